"""Privacy requests: a user's data as files (``/mydata``), erasure (``/forgetme``) and retention.

Erasure keeps every ticket for the figures (counts, times, ratings, categories) under an opaque
``forgotten:<random>`` placeholder that nothing maps back to the person; their name, their words and
everything written in their conversations are replaced. A block in force stays under the user's
platform id: erasing it would let an abuser lift their own block by asking to be forgotten.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from core.clock import Clock, utcnow
from core.insights.audit import PRIVACY, AuditLog
from core.models import Actor, Ticket, TicketState
from core.outbox.effects import EffectKind
from core.ports import BlockRepo, PrivacyRepo, TicketUpdate
from core.tickets.service import TicketService
from core.tickets.transcripts import html_file, load_transcript, to_json

log = logging.getLogger(__name__)

ERASED = "[erased]"  # what a message's text becomes; language-neutral, and no user could have been quoted in it
FORGOTTEN = "forgotten:"
PRIVACY_ACTOR = Actor("system", "privacy", "privacy")  # /forgetme is audited without the user's own id
TICKETS_READ = 10_000  # a user's whole history, read at once
PURGE_BATCH = 500
PURGE_EVERY = 3600.0  # seconds between two retention rounds
OPEN_ENDED = (TicketState.PENDING, TicketState.OPEN, TicketState.CLAIMED, TicketState.RESOLVED)


def placeholder() -> str:
    """A fresh opaque user id: random, so nothing (not even a hash of the id) leads back to the person."""
    return FORGOTTEN + secrets.token_hex(8)


@dataclass(frozen=True)
class ExportFile:
    """One file of a data export."""

    name: str
    data: bytes
    media_type: str


@dataclass(frozen=True)
class DataExport:
    """What is stored about a user: ``my-data.json`` first, then one HTML transcript per ticket, newest first."""

    lang: str
    tickets: int
    files: list[ExportFile]


class PrivacyService:
    """Exports and erases a user's data, and erases old transcripts when a retention period is set."""

    def __init__(self, repo: PrivacyRepo, tickets: TicketService, blocks: BlockRepo, audit: AuditLog, *,
                 timezone: str = "UTC", clock: Clock = utcnow) -> None:
        self.repo = repo
        self.tickets = tickets
        self.blocks = blocks
        self.audit = audit
        self.timezone = timezone
        self.clock = clock

    async def export(self, platform: str, user_id: str, lang: str) -> DataExport:
        """The user's tickets with their messages and ratings (no internal notes, no staff event log), their
        block if any, as JSON; and each ticket's transcript as HTML."""
        tickets = await self.tickets.repo.list(platform=platform, user_id=user_id, limit=TICKETS_READ)
        transcripts = [await load_transcript(self.tickets.repo, t.id) for t in tickets]
        block = await self.blocks.get(platform, user_id)
        data: dict[str, Any] = {
            "platform": platform, "user_id": user_id, "name": next((t.user_name for t in tickets if t.user_name), ""),
            "exported_at": self.clock().isoformat(), "timezone": self.timezone,
            "tickets": [to_json(t, timezone=self.timezone, include_internal=False) for t in transcripts],
            "block": None if block is None else {
                "created_at": block.created_at.isoformat(), "until": block.until.isoformat() if block.until else None,
                "reason": block.reason, "in_force": block.active(self.clock())},
        }
        body = json.dumps(data, ensure_ascii=False, indent=2).encode()
        files = [ExportFile("my-data.json", body, "application/json")]
        for transcript in transcripts:
            page = html_file(transcript, timezone=self.timezone, lang=transcript.ticket.language or lang,
                             include_internal=False)
            files.append(ExportFile(page.name, page.data, "text/html"))
        log.info("exported %d tickets of a %s user", len(tickets), platform)
        return DataExport(lang, len(tickets), files)

    async def forget(self, platform: str, user_id: str, actor: Actor = PRIVACY_ACTOR) -> int:
        """Close the user's unfinished tickets, then erase them everywhere; return how many tickets were anonymised."""
        async with self.tickets.units():  # first its own unit: staff see the ticket close before its words go
            # Resolved ones too: their timers would otherwise write to a user who is no longer there.
            for ticket in await self.tickets.repo.list(platform=platform, user_id=user_id, states=OPEN_ENDED):
                await self._close(ticket)
        name = placeholder()
        async with self.tickets.units():
            count = await self.repo.erase_user(platform, user_id, name, ERASED, self.clock())
            await self.audit.record(actor, PRIVACY, target=name, detail=f"forget: {count} tickets")
        log.info("erased a %s user: %d tickets anonymised", platform, count)
        return count

    async def purge(self, days: int) -> int:
        """Erase the transcripts of tickets closed more than ``days`` days ago (0: keep forever); return how many."""
        if days <= 0:
            return 0
        before, total = self.clock() - timedelta(days=days), 0
        while True:
            async with self.tickets.units():
                count = await self.repo.erase_closed_before(before, ERASED, placeholder, PURGE_BATCH)
                if count:
                    await self.audit.record(PRIVACY_ACTOR, PRIVACY, detail=f"retention {days}d: {count} tickets")
            total += count
            if count < PURGE_BATCH:
                break
        if total:
            log.info("retention: erased %d tickets closed before %s", total, before.date())
        return total

    async def run_forever(self, days: int, every: float = PURGE_EVERY) -> None:
        """Purge now and then every ``every`` seconds; a failed round is logged and tried at the next."""
        while True:
            try:
                await self.purge(days)
            except Exception:  # the database may be down for a while
                log.exception("retention purge failed; trying again later")
            await asyncio.sleep(every)

    async def _close(self, ticket: Ticket) -> None:
        # Not TicketService.close: that posts the staff a fresh transcript, a new copy of what is to be erased.
        from_states = [s for s in TicketState if s != TicketState.CLOSED]
        if await self.tickets.repo.transition(ticket.id, from_states,
                                              TicketUpdate(state=TicketState.CLOSED, closed_at=self.clock())):
            await self.tickets.note(ticket.id, "closed", "forgotten", actor=PRIVACY_ACTOR.key)
            if ticket.escalated_at is not None:
                await self.tickets.emit(ticket, EffectKind.CHANGED, event="closed")

