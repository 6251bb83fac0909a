"""Learning from the desk: picks, confirmations and moderators' links become candidate phrasings of an
entry; admins accept them into its questions (a versioned, undoable FAQ edit) or reject them."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime

from core.desk.base import DeskBase, log
from core.errors import DeskError, NotAllowed, TicketStateError
from core.i18n import Reply
from core.insights.stats import BOT_ANSWER, BOT_PICK, BOT_SUGGEST
from core.models import Actor, Author, Ticket, TicketState
from core.ports import TicketRepo
from core.retrieval.candidates import (
    CONFIRM,
    LINK,
    PICK,
    Candidate,
    CandidateRepo,
    CandidateState,
    is_known,
    phrasing,
)
from core.retrieval.faq_admin import require_faq_rights

ACCEPT, REJECT, FAQ_LINK = "faq_accept", "faq_reject", "faq_link"  # audit actions
SHOWN = 20  # what /faq_candidates lists in a chat
_PREVIEW = 120


class CandidateNotFound(DeskError):
    key = "learning.not_found"


class NoCandidates(DeskError):
    key = "learning.none"


async def learn(desk: DeskBase, ticket: Ticket, source: str, entry_id: str | None = None) -> Candidate | None:
    """Keep the user's question behind a pick (of ``entry_id``) or a confirmation as a candidate phrasing.

    The question is the user's last message before the desk's latest answer or suggestions; a pick only
    counts when those suggestions held the entry (an old button under an earlier message does not), and
    a confirmation is of the entry last answered or picked. Call inside the action's unit of work,
    before the pick itself is noted.
    """
    if desk.candidates is None:
        return None
    shown = [e for e in await desk.tickets.repo.events(ticket.id) if e.kind in (BOT_ANSWER, BOT_SUGGEST, BOT_PICK)]
    if not shown:
        return None
    last = shown[-1]
    if source == PICK and (last.kind != BOT_SUGGEST or entry_id not in last.detail.split(",")):
        return None
    if source == CONFIRM:
        if last.kind not in (BOT_ANSWER, BOT_PICK):
            return None
        entry_id = last.detail
    question = await _user_text(desk.tickets.repo, ticket.id, last=True, until=last.at)
    if entry_id is None or question is None:
        return None
    return await _propose(desk, desk.candidates, ticket, entry_id, question, source)


class LearningDesk(DeskBase):
    """Moderators link resolved tickets to entries; admins review what the desk learned."""

    async def faq_link(self, ticket_id: int, entry_id: str, actor: Actor) -> Reply:
        """Propose a resolved (or closed) ticket's first question as a phrasing of ``entry_id``."""
        if not (actor.is_moderator or actor.is_admin):
            raise NotAllowed(action="faq_link")
        ticket = self.tickets.check_place(await self.tickets.get(ticket_id), actor)
        if ticket.state not in (TicketState.RESOLVED, TicketState.CLOSED):
            raise TicketStateError(ticket_id=ticket_id, state=ticket.state.value)
        await self.faq.show(entry_id)  # FaqEntryNotFound for a mistyped id
        question = await _user_text(self.tickets.repo, ticket_id, last=False)
        async with self.tickets.units():
            candidate = None
            if self.candidates is not None and question is not None:
                candidate = await _propose(self, self.candidates, ticket, entry_id, question, LINK)
            await self.audit.record(actor, FAQ_LINK, ticket_id=ticket_id, target=entry_id,
                                    detail=f"candidate {candidate.id}" if candidate else "nothing new")
        if candidate is None:
            return Reply("learning.link_nothing", {"number": ticket_id, "entry": entry_id})
        return Reply("learning.linked", {"number": ticket_id, "entry": entry_id, "id": candidate.id})

    async def faq_candidates(self, actor: Actor, entry_id: str | None = None, *,
                             limit: int = SHOWN) -> list[Candidate]:
        """Pending candidates (of one entry, or all), oldest first (admins)."""
        return await self._repo(actor).pending(entry_id=entry_id, limit=limit)

    async def faq_candidates_reply(self, actor: Actor, entry_id: str | None = None) -> Reply:
        """``/faq_candidates [ENTRY]``: one pending candidate a line, with the id to accept or reject it by."""
        candidates = await self.faq_candidates(actor, entry_id)
        if not candidates:
            return Reply("learning.empty")
        return Reply("learning.list", {"count": len(candidates), "list": "\n".join(map(candidate_line, candidates))})

    async def faq_accept(self, candidate_id: int, actor: Actor) -> Reply:
        """Add one candidate's phrasing to its entry's questions (admins; ``/faq_undo`` takes it back)."""
        candidate = await self._pending(candidate_id, actor)
        return await self._accept(candidate.entry_id, [candidate], actor)

    async def faq_accept_all(self, entry_id: str, actor: Actor) -> Reply:
        """Add every pending phrasing of one entry to its questions, as one version (admins)."""
        candidates = await self._repo(actor).pending(entry_id=entry_id, limit=1000)
        if not candidates:
            raise NoCandidates(entry=entry_id)
        return await self._accept(entry_id, candidates, actor)

    async def faq_reject(self, candidate_id: int, actor: Actor) -> Reply:
        """Drop a candidate: its phrasing is never proposed for its entry again (admins)."""
        candidate = await self._pending(candidate_id, actor)
        async with self.tickets.units():
            await self._repo(actor).decide([candidate.id], CandidateState.REJECTED, actor.key, self.tickets.clock())
            await self.audit.record(actor, REJECT, target=candidate.entry_id, detail=f"candidate {candidate.id}")
        return Reply("learning.rejected", {"id": candidate.id, "entry": candidate.entry_id})

    async def _accept(self, entry_id: str, candidates: Sequence[Candidate], actor: Actor) -> Reply:
        repo = self._repo(actor)
        async with self.tickets.units():
            entry = await self.faq.show(entry_id)
            questions = list(entry.questions)
            for candidate in candidates:
                if not is_known(candidate.text, questions):
                    questions.append(candidate.text)
            ids = [c.id for c in candidates]
            version = None
            if len(questions) > len(entry.questions):
                version = await self.faq.edit(dataclasses.replace(entry, questions=tuple(questions)), actor)
            await repo.decide(ids, CandidateState.ACCEPTED, actor.key, self.tickets.clock())
            detail = f"candidates {','.join(map(str, ids))}" + (f" v{version.version}" if version else "")
            await self.audit.record(actor, ACCEPT, target=entry_id, detail=detail)
        added = len(questions) - len(entry.questions)
        log.info("faq %s: %d candidate(s) accepted by %s, %d new question(s)", entry_id, len(ids), actor.key, added)
        return Reply("learning.accepted", {"count": added, "entry": entry_id,
                                           "version": version.version if version else "-"})

    async def _pending(self, candidate_id: int, actor: Actor) -> Candidate:
        candidate = await self._repo(actor).get(candidate_id)
        if candidate is None or candidate.state != CandidateState.PENDING:
            raise CandidateNotFound(id=candidate_id)
        return candidate

    def _repo(self, actor: Actor) -> CandidateRepo:
        """The candidate store, after checking the actor may change the FAQ (before revealing anything)."""
        require_faq_rights(actor)
        if self.candidates is None:
            raise NoCandidates(entry="-")
        return self.candidates


def candidate_line(candidate: Candidate) -> str:
    """One candidate for a list: its id, entry, where it came from and the start of its text."""
    text = candidate.text if len(candidate.text) <= _PREVIEW else candidate.text[:_PREVIEW] + "…"
    ticket = f" #{candidate.ticket_id}" if candidate.ticket_id is not None else ""
    return f"[{candidate.id}] {candidate.entry_id} · {candidate.source}{ticket} · {text}"


async def _propose(desk: DeskBase, repo: CandidateRepo, ticket: Ticket, entry_id: str, message: str,
                   source: str) -> Candidate | None:
    entry = desk.index.get(entry_id)
    said = phrasing(message)
    if entry is None or said is None or is_known(said, entry.questions):
        return None
    return await repo.add(Candidate(entry_id, ticket.platform, said, source, desk.tickets.clock(), ticket.id))


async def _user_text(repo: TicketRepo, ticket_id: int, *, last: bool, until: datetime | None = None) -> str | None:
    """The ticket's first (or last, up to ``until``) message from its user that is no note and has text."""
    lines = [m for m in await repo.messages(ticket_id)
             if m.author == Author.USER and not m.internal and m.text.strip() and (until is None or m.at <= until)]
    if not lines:
        return None
    return lines[-1].text if last else lines[0].text
