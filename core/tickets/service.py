"""Ticket lifecycle: pending -> open -> claimed -> resolved -> closed, with reopen.

Every state change is a guarded transition in the repository, so two moderators
racing for a ticket cannot both win. Every public operation is one unit of work: its state
change, its events and the platform effects it asks for (outbox rows) commit together.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from core.clock import Clock, utcnow
from core.errors import (
    AlreadyClaimed,
    AlreadyRated,
    DeskError,
    InvalidInput,
    NotAllowed,
    TicketNotFound,
    TicketStateError,
)
from core.models import (
    HUMAN_STATES,
    Actor,
    Author,
    Ticket,
    TicketEvent,
    TicketMessage,
    TicketState,
)
from core.outbox.effects import Effect, EffectKind
from core.outbox.unit import UnitOfWork, in_unit
from core.ports import TicketRepo, TicketUpdate
from core.tickets.transcripts import TranscriptOptions

log = logging.getLogger(__name__)

S = TicketState
RATED, RERATED = "rated", "rerated"
RATING_ASKED, RATING_FINAL = "rating_asked", "rating_final"  # detail of RATING_ASKED: the request message
THREAD_GONE = "thread_gone"  # the platform said the ticket's staff thread was deleted
# A rating may be changed this long after the first press; then it is final and its buttons go.
RATING_CHANGE_WINDOW = timedelta(minutes=10)


@dataclass(frozen=True)
class StaffPost:
    """A stored staff line; ``refused`` says why it was kept as a note instead of reaching the user."""

    message: TicketMessage
    refused: DeskError | None = None


class TicketService:
    """Moderator-side ticket operations and the transitions the user side needs."""

    def __init__(self, repo: TicketRepo, units: UnitOfWork, clock: Clock = utcnow,
                 transcripts: TranscriptOptions | None = None) -> None:
        self.repo, self.units, self.clock = repo, units, clock
        self.transcripts = transcripts  # None: no transcript is posted on resolve and close

    async def emit(self, ticket: Ticket, kind: EffectKind, /, **payload: object) -> None:
        """Ask the ticket's platform to show something, once this unit of work commits."""
        await self.units.emit(Effect(ticket.platform, ticket.id, kind, payload))

    async def get(self, ticket_id: int) -> Ticket:
        """Return a ticket or raise ``TicketNotFound``."""
        ticket = await self.repo.get(ticket_id)
        if ticket is None:
            raise TicketNotFound(ticket_id=ticket_id)
        return ticket

    @in_unit
    async def open_pending(self, platform: str, user_id: str, user_name: str, language: str) -> Ticket:
        """Start a bot conversation for a user who has no active ticket."""
        now = self.clock()
        try:
            ticket = await self.repo.create(Ticket(
                id=0, platform=platform, user_id=user_id, user_name=user_name, state=S.PENDING,
                language=language, created_at=now, updated_at=now,
            ))
        except TicketStateError:
            # Two messages of the same user raced to start a conversation: join the winner's.
            existing = await self.repo.active_for_user(platform, user_id)
            if existing is None:
                raise
            return existing
        await self._event(ticket.id, "created", f"{platform}:{user_id}")
        return ticket

    @in_unit
    async def record(self, ticket: Ticket, author: Author, author_id: str, text: str, *,
                     internal: bool = False, attachment: str | None = None) -> TicketMessage:
        """Append one (already redacted) line to the transcript."""
        message = TicketMessage(ticket.id, author, author_id, text, self.clock(), internal, attachment)
        return replace(message, id=await self.repo.add_message(message))

    @in_unit
    async def escalate(self, ticket: Ticket, *, reason: str, question: str, category: str | None,
                       guesses: tuple[tuple[str, str, float], ...], priority: str | None = None) -> Ticket:
        """Hand a pending ticket to humans (at ``priority``, see ``core.tickets.priority``) and show it to staff."""
        update = TicketUpdate(state=S.OPEN, escalated_at=self.clock(), escalation_reason=reason,
                              category=category, faq_guesses=[g[0] for g in guesses], priority=priority)
        if not await self.repo.transition(ticket.id, [S.PENDING], update):
            current = await self.get(ticket.id)
            if current.state in HUMAN_STATES:
                return current
            raise TicketStateError(ticket_id=ticket.id, state=current.state.value)
        await self._event(ticket.id, "escalated", "bot", reason)
        ticket = await self.get(ticket.id)
        await self.announce(ticket, question, guesses)
        log.info("ticket %s escalated (%s)", ticket.id, reason)
        return ticket

    async def announce(self, ticket: Ticket, question: str,
                       guesses: tuple[tuple[str, str, float], ...] = (), *, again: bool = False) -> None:
        """Show an escalated ticket to staff: its thread and card, remembered when the platform made them.

        A platform that refuses the thread leaves the ticket without one (maybe with a fallback card);
        the SLA sweep finds those and calls ``announce_again``.
        """
        await self.emit(ticket, EffectKind.CARD, question=question, guesses=[list(g) for g in guesses], again=again)

    @in_unit
    async def announce_again(self, ticket: Ticket) -> None:
        """Show an escalated ticket that has no staff thread once more; its latest user line is the question."""
        await self.announce(ticket, "", tuple((g, g, 0.0) for g in ticket.faq_guesses), again=True)

    async def card_queued(self, ticket: Ticket) -> bool:
        """Whether a card of the ticket is still waiting for its platform (so it is not shown twice)."""
        return bool(await self.units.outbox.pending(ticket.id, EffectKind.CARD))

    @in_unit
    async def relay_to_staff(self, ticket: Ticket, message: TicketMessage) -> None:
        """Pass a stored user line to the staff thread (a deleted thread is replaced by one whose card has it)."""
        await self.emit(ticket, EffectKind.TO_STAFF, message=message.id)

    @in_unit
    async def claim(self, ticket_id: int, actor: Actor) -> Ticket:
        """Make ``actor`` the owner of an open ticket; exactly one of racing moderators wins."""
        self.check_place(await self._staff_ticket(ticket_id, actor, "claim"), actor)
        update = TicketUpdate(state=S.CLAIMED, moderator_id=actor.user_id, moderator_name=actor.name or actor.user_id)
        if not await self.repo.transition(ticket_id, [S.OPEN], update):
            current = await self.get(ticket_id)
            if current.state == S.CLAIMED:
                if current.moderator_id == actor.user_id:
                    return current
                raise AlreadyClaimed(ticket_id=ticket_id, moderator=current.moderator_name or current.moderator_id)
            raise TicketStateError(ticket_id=ticket_id, state=current.state.value)
        await self._event(ticket_id, "claimed", actor.key)
        ticket = await self.get(ticket_id)
        await self.emit(ticket, EffectKind.CHANGED, event="claimed")
        return ticket

    @in_unit
    async def staff_reply(self, ticket_id: int, actor: Actor, text: str, *, internal: bool = False,
                          attachment: str | None = None) -> TicketMessage:
        """Store a moderator's message; relay it to the user unless it is an internal note."""
        ticket = self.check_place(await self._staff_ticket(ticket_id, actor, "reply"), actor)
        if not text.strip() and not attachment:
            raise InvalidInput(reason="empty")
        if internal:
            return await self.record(ticket, Author.MODERATOR, actor.key, text, internal=True, attachment=attachment)
        if ticket.state not in HUMAN_STATES:
            raise TicketStateError(ticket_id=ticket_id, state=ticket.state.value)
        if not actor.is_admin and (ticket.state != S.CLAIMED or ticket.moderator_id != actor.user_id):
            raise NotAllowed(action="reply_unclaimed")
        message = await self.record(ticket, Author.MODERATOR, actor.key, text, attachment=attachment)
        if ticket.first_response_at is None:
            await self.repo.transition(ticket_id, [ticket.state],
                                       TicketUpdate(state=ticket.state, first_response_at=message.at))
        await self.emit(ticket, EffectKind.TO_USER, message=message.id)
        return message

    @in_unit
    async def post_from_staff(self, ticket_id: int, actor: Actor, text: str, *, internal: bool = False,
                              attachment: str | None = None) -> StaffPost:
        """A moderator's line in the ticket's thread: relayed when allowed, otherwise kept as a note, never lost."""
        if internal:
            return StaffPost(await self.staff_reply(ticket_id, actor, text, internal=True, attachment=attachment))
        try:
            return StaffPost(await self.staff_reply(ticket_id, actor, text, attachment=attachment))
        except (NotAllowed, TicketStateError) as exc:
            note = await self.staff_reply(ticket_id, actor, text, internal=True, attachment=attachment)
            return StaffPost(note, refused=exc)

    @in_unit
    async def resolve(self, ticket_id: int, actor: Actor) -> Ticket:
        """Mark a ticket resolved (claimer or admin) and ask the user for a rating."""
        ticket = self.check_place(await self._staff_ticket(ticket_id, actor, "resolve"), actor)
        if not (actor.is_admin or (actor.is_moderator and ticket.moderator_id == actor.user_id)):
            raise NotAllowed(action="resolve", moderator=ticket.moderator_name or "-")
        if not await self.repo.transition(ticket_id, [S.OPEN, S.CLAIMED],
                                          TicketUpdate(state=S.RESOLVED, resolved_at=self.clock())):
            raise TicketStateError(ticket_id=ticket_id, state=(await self.get(ticket_id)).state.value)
        await self._event(ticket_id, "resolved", actor.key)
        ticket = await self.get(ticket_id)
        # The user is asked first: a staff thread that is gone must not hold up the rating request.
        await self.emit(ticket, EffectKind.RATING_REQUEST)
        if self.transcripts is not None:  # before the change's row: a closed topic or archived thread may refuse it
            await self.emit(ticket, EffectKind.TRANSCRIPT, **self.transcripts.payload(self.clock()))
        await self.emit(ticket, EffectKind.CHANGED, event="resolved")
        return ticket

    @in_unit
    async def rate(self, ticket_id: int, user: Actor, score: int, comment: str | None = None) -> Ticket:
        """Store the user's 1-5 rating (and optional comment) and close the ticket.

        One rating per ticket: its user may change it for ``RATING_CHANGE_WINDOW`` after the first press
        (a slip of the thumb), then it is final.
        """
        if not 1 <= score <= 5:
            raise InvalidInput(reason="rating")
        ticket = await self.get(ticket_id)
        if not self.owns(ticket, user):
            raise NotAllowed(action="rate")
        if ticket.state not in (S.RESOLVED, S.CLOSED) or ticket.resolved_at is None:
            raise TicketStateError(ticket_id=ticket_id, state=ticket.state.value)
        if ticket.rating is not None:
            return await self._change_rating(ticket, user, score, comment)
        await self.repo.set_rating(ticket_id, score, comment)
        await self.repo.transition(ticket_id, [S.RESOLVED], TicketUpdate(state=S.CLOSED, closed_at=self.clock()))
        await self._event(ticket_id, RATED, user.key, str(score))
        ticket = await self.get(ticket_id)
        await self.emit(ticket, EffectKind.CHANGED, event=RATED)
        return ticket

    async def rating_open(self, ticket: Ticket) -> bool:
        """Whether the ticket's rating may still be given or changed."""
        if ticket.rating is None:
            return True
        rated = [e.at for e in await self.repo.events(ticket.id) if e.kind == RATED]
        first = min(rated) if rated else (ticket.closed_at or ticket.updated_at)
        return self.clock() - first <= RATING_CHANGE_WINDOW

    @in_unit
    async def finalize_rating(self, ticket: Ticket) -> bool:
        """Once the change window has passed, take the buttons off the rating requests (once); True if now."""
        if ticket.rating is None or await self.rating_open(ticket):
            return False
        events = await self.repo.events(ticket.id)
        requests = [e.detail for e in events if e.kind == RATING_ASKED and e.detail]
        if not requests or any(e.kind == RATING_FINAL for e in events):
            return False
        if not await self.note_once(ticket.id, RATING_FINAL, events[0].at, actor="bot"):
            return False  # another process did it
        for request in requests:
            await self.emit(ticket, EffectKind.RATING_FINAL, request=request)
        return True

    async def _change_rating(self, ticket: Ticket, user: Actor, score: int, comment: str | None) -> Ticket:
        if not await self.rating_open(ticket):
            raise AlreadyRated(ticket_id=ticket.id, score=ticket.rating)
        if score == ticket.rating and comment is None:
            return ticket  # the same button again: nothing changes, nobody is told twice
        await self.repo.set_rating(ticket.id, score, comment if comment is not None else ticket.rating_comment)
        await self._event(ticket.id, RERATED, user.key, str(score))
        ticket = await self.get(ticket.id)
        await self.emit(ticket, EffectKind.CHANGED, event=RERATED)
        return ticket

    @in_unit
    async def comment(self, ticket_id: int, user: Actor, comment: str) -> Ticket:
        """Attach the user's comment to the rating they already gave."""
        ticket = await self.get(ticket_id)
        if not self.owns(ticket, user):
            raise NotAllowed(action="rate")
        if ticket.rating is None:
            raise TicketStateError(ticket_id=ticket_id, state=ticket.state.value)
        await self.repo.set_rating(ticket_id, ticket.rating, comment)
        return await self.get(ticket_id)

    @in_unit
    async def reopen(self, ticket_id: int, actor: Actor) -> Ticket:
        """Put a resolved or closed ticket back in the queue (its user, a moderator or an admin)."""
        ticket = await self.get(ticket_id)
        if not (actor.is_moderator or actor.is_admin or self.owns(ticket, actor)):
            raise NotAllowed(action="reopen")
        self.check_place(ticket, actor)
        if ticket.escalated_at is None:
            raise TicketStateError(ticket_id=ticket_id, state=ticket.state.value)
        other = await self.repo.active_for_user(ticket.platform, ticket.user_id)
        if other is not None and other.id != ticket_id:
            raise TicketStateError(ticket_id=other.id, state=other.state.value)
        update = TicketUpdate(state=S.OPEN, clear_moderator=True)
        if not await self.repo.transition(ticket_id, [S.RESOLVED, S.CLOSED], update):
            raise TicketStateError(ticket_id=ticket_id, state=(await self.get(ticket_id)).state.value)
        await self._event(ticket_id, "reopened", actor.key)
        ticket = await self.get(ticket_id)
        await self.emit(ticket, EffectKind.CHANGED, event="reopened")
        return ticket

    @in_unit
    async def close(self, ticket_id: int, actor: Actor, *, reason: str = "closed") -> Ticket:
        """Close a ticket for good: the user withdrew it, a moderator closed it, or it went idle."""
        ticket = await self.get(ticket_id)
        if not (self.owns(ticket, actor) or actor.is_moderator or actor.is_admin or actor.platform == "system"):
            raise NotAllowed(action="close")
        from_states = [s for s in TicketState if s != S.CLOSED]
        if not await self.repo.transition(ticket_id, from_states, TicketUpdate(state=S.CLOSED, closed_at=self.clock())):
            raise TicketStateError(ticket_id=ticket_id, state=S.CLOSED.value)
        await self._event(ticket_id, "closed", actor.key, reason)
        resolved, ticket = ticket.state == S.RESOLVED, await self.get(ticket_id)
        if ticket.escalated_at is not None:
            if self.transcripts is not None and not resolved:  # a resolved ticket's was posted on resolve
                await self.emit(ticket, EffectKind.TRANSCRIPT, **self.transcripts.payload(self.clock()))
            await self.emit(ticket, EffectKind.CHANGED, event="closed")
        return ticket

    @staticmethod
    def owns(ticket: Ticket, actor: Actor) -> bool:
        """Whether ``actor`` is the ticket's user (on the ticket's own platform)."""
        return actor.platform == ticket.platform and actor.user_id == ticket.user_id

    @staticmethod
    def check_place(ticket: Ticket, actor: Actor) -> Ticket:
        """Refuse a staff action that names a ticket other than the one shown where it was made.

        Button payloads and command arguments are written by the client; where the action happened is
        reported by the platform. A ticket without a staff thread (its card fell back to the group or
        channel) can be acted on from any staff place.
        """
        if actor.where is not None and ticket.thread_ref is not None and actor.where != ticket.thread_ref:
            raise NotAllowed(action="elsewhere")
        return ticket

    async def _staff_ticket(self, ticket_id: int, actor: Actor, action: str) -> Ticket:
        """The ticket a staff action names, after checking the actor is staff (before revealing it exists)."""
        if not (actor.is_moderator or actor.is_admin):
            raise NotAllowed(action=action)
        return await self.get(ticket_id)

    @in_unit
    async def note(self, ticket_id: int, kind: str, detail: str = "", actor: str = "bot") -> None:
        """Record what the bot did or learned (see ``core.insights.stats``) in the ticket's event log."""
        await self._event(ticket_id, kind, actor, detail)

    @in_unit
    async def note_once(self, ticket_id: int, kind: str, after: datetime, detail: str = "",
                        actor: str = "bot") -> bool:
        """Record ``kind`` unless it was already recorded after ``after`` (e.g. by another process); True if now."""
        return await self.repo.add_event_once(TicketEvent(ticket_id, kind, actor, self.clock(), detail), after)

    async def _event(self, ticket_id: int, kind: str, actor: str, detail: str = "") -> None:
        await self.repo.add_event(TicketEvent(ticket_id, kind, actor, self.clock(), detail))
