"""Ticket lifecycle: pending -> open -> claimed -> resolved -> closed, with reopen.

Every state change is a guarded transition in the repository, so two moderators
racing for a ticket cannot both win.
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
    ACTIVE_STATES,
    HUMAN_STATES,
    Actor,
    Author,
    Ticket,
    TicketEvent,
    TicketMessage,
    TicketState,
)
from core.notify import Notifier, NullNotifier, StaffThreadGone, TicketCard
from core.ports import TicketRepo, TicketUpdate

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

    def __init__(self, repo: TicketRepo, notifiers: dict[str, Notifier] | None = None,
                 clock: Clock = utcnow) -> None:
        self.repo = repo
        self.notifiers = notifiers if notifiers is not None else {}
        self.clock = clock

    def notifier(self, platform: str) -> Notifier:
        """Return the adapter's notifier for ``platform`` (a silent one if none is registered)."""
        return self.notifiers.get(platform) or NullNotifier()

    async def get(self, ticket_id: int) -> Ticket:
        """Return a ticket or raise ``TicketNotFound``."""
        ticket = await self.repo.get(ticket_id)
        if ticket is None:
            raise TicketNotFound(ticket_id=ticket_id)
        return ticket

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

    async def record(self, ticket: Ticket, author: Author, author_id: str, text: str, *,
                     internal: bool = False, attachment: str | None = None) -> TicketMessage:
        """Append one (already redacted) line to the transcript."""
        message = TicketMessage(ticket.id, author, author_id, text, self.clock(), internal, attachment)
        await self.repo.add_message(message)
        return message

    async def escalate(self, ticket: Ticket, *, reason: str, question: str, category: str | None,
                       guesses: tuple[tuple[str, str, float], ...]) -> Ticket:
        """Hand a pending ticket to humans and show it to staff."""
        update = TicketUpdate(state=S.OPEN, escalated_at=self.clock(), escalation_reason=reason,
                              category=category, faq_guesses=[g[0] for g in guesses])
        if not await self.repo.transition(ticket.id, [S.PENDING], update):
            current = await self.get(ticket.id)
            if current.state in HUMAN_STATES:
                return current
            raise TicketStateError(ticket_id=ticket.id, state=current.state.value)
        await self._event(ticket.id, "escalated", "bot", reason)
        ticket = await self.announce(await self.get(ticket.id), question, guesses)
        log.info("ticket %s escalated (%s)", ticket.id, reason)
        return ticket

    async def announce(self, ticket: Ticket, question: str,
                       guesses: tuple[tuple[str, str, float], ...] = (), *, again: bool = False) -> Ticket:
        """Show an escalated ticket to staff (its thread and card) and remember where.

        Escalation stores the state first, so a process killed in between leaves an open ticket
        without a thread; the SLA sweep finds those and calls this again.
        """
        earlier = tuple(t for t in await self.repo.list(platform=ticket.platform, user_id=ticket.user_id, limit=6)
                        if t.id != ticket.id and t.state not in ACTIVE_STATES)[:5]
        card = TicketCard(ticket, question, guesses, earlier, tuple(await self.repo.messages(ticket.id)), again)
        thread = await self.notifier(ticket.platform).ticket_opened(card)
        if thread is not None:  # a ref of None: only a fallback card, the thread is tried again later
            await self.repo.set_thread(ticket.id, thread.ref, thread.card)
            ticket = replace(ticket, thread_ref=thread.ref, card_ref=thread.card)
        return ticket

    async def announce_again(self, ticket: Ticket) -> Ticket:
        """Show an escalated ticket that has no staff thread once more; its latest user line is the question."""
        lines = [m.text for m in await self.repo.messages(ticket.id) if m.author == Author.USER]
        guesses = tuple((g, g, 0.0) for g in ticket.faq_guesses)
        return await self.announce(ticket, lines[-1] if lines else "", guesses, again=True)

    async def relay_to_staff(self, ticket: Ticket, message: TicketMessage) -> None:
        """Pass a stored user line to the staff thread; a deleted thread is replaced by one whose card has it."""
        try:
            await self.notifier(ticket.platform).to_staff(ticket, message)
        except StaffThreadGone:
            await self.replace_thread(ticket)

    async def replace_thread(self, ticket: Ticket) -> Ticket:
        """Forget a staff thread the platform says was deleted and show the ticket in a new one."""
        current = await self.get(ticket.id)
        if current.thread_ref != ticket.thread_ref:
            return current  # another message or the sweep replaced it already
        log.warning("ticket %s: its staff thread is gone, opening a new one", ticket.id)
        await self.repo.set_thread(ticket.id, None, None)
        await self._event(ticket.id, THREAD_GONE, "bot")
        return await self.announce_again(replace(current, thread_ref=None, card_ref=None))

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
        await self.notifier(ticket.platform).ticket_changed(ticket, "claimed")
        return ticket

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
        await self.notifier(ticket.platform).to_user(ticket, message)
        return message

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
        notifier = self.notifier(ticket.platform)
        # The user is asked first: a staff thread that is gone must not cost the rating request.
        request = await notifier.request_rating(ticket)
        if request is not None:
            await self._event(ticket_id, RATING_ASKED, "bot", request)
        await notifier.ticket_changed(ticket, "resolved")
        return ticket

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
        await self.notifier(ticket.platform).ticket_changed(ticket, RATED)
        return ticket

    async def rating_open(self, ticket: Ticket) -> bool:
        """Whether the ticket's rating may still be given or changed."""
        if ticket.rating is None:
            return True
        rated = [e.at for e in await self.repo.events(ticket.id) if e.kind == RATED]
        first = min(rated) if rated else (ticket.closed_at or ticket.updated_at)
        return self.clock() - first <= RATING_CHANGE_WINDOW

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
        notifier = self.notifier(ticket.platform)
        for request in requests:
            await notifier.rating_final(ticket, request)
        return True

    async def _change_rating(self, ticket: Ticket, user: Actor, score: int, comment: str | None) -> Ticket:
        if not await self.rating_open(ticket):
            raise AlreadyRated(ticket_id=ticket.id, score=ticket.rating)
        if score == ticket.rating and comment is None:
            return ticket  # the same button again: nothing changes, nobody is told twice
        await self.repo.set_rating(ticket.id, score, comment if comment is not None else ticket.rating_comment)
        await self._event(ticket.id, RERATED, user.key, str(score))
        ticket = await self.get(ticket.id)
        await self.notifier(ticket.platform).ticket_changed(ticket, RERATED)
        return ticket

    async def comment(self, ticket_id: int, user: Actor, comment: str) -> Ticket:
        """Attach the user's comment to the rating they already gave."""
        ticket = await self.get(ticket_id)
        if not self.owns(ticket, user):
            raise NotAllowed(action="rate")
        if ticket.rating is None:
            raise TicketStateError(ticket_id=ticket_id, state=ticket.state.value)
        await self.repo.set_rating(ticket_id, ticket.rating, comment)
        return await self.get(ticket_id)

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
        await self.notifier(ticket.platform).ticket_changed(ticket, "reopened")
        return ticket

    async def close(self, ticket_id: int, actor: Actor, *, reason: str = "closed") -> Ticket:
        """Close a ticket for good: the user withdrew it, a moderator closed it, or it went idle."""
        ticket = await self.get(ticket_id)
        if not (self.owns(ticket, actor) or actor.is_moderator or actor.is_admin or actor.platform == "system"):
            raise NotAllowed(action="close")
        from_states = [s for s in TicketState if s != S.CLOSED]
        if not await self.repo.transition(ticket_id, from_states, TicketUpdate(state=S.CLOSED, closed_at=self.clock())):
            raise TicketStateError(ticket_id=ticket_id, state=S.CLOSED.value)
        await self._event(ticket_id, "closed", actor.key, reason)
        ticket = await self.get(ticket_id)
        if ticket.escalated_at is not None:
            await self.notifier(ticket.platform).ticket_changed(ticket, "closed")
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

    async def note(self, ticket_id: int, kind: str, detail: str = "", actor: str = "bot") -> None:
        """Record what the bot did or learned (see ``core.insights``) in the ticket's event log."""
        await self._event(ticket_id, kind, actor, detail)

    async def note_once(self, ticket_id: int, kind: str, after: datetime, detail: str = "",
                        actor: str = "bot") -> bool:
        """Record ``kind`` unless it was already recorded after ``after`` (e.g. by another process); True if now."""
        return await self.repo.add_event_once(TicketEvent(ticket_id, kind, actor, self.clock(), detail), after)

    async def _event(self, ticket_id: int, kind: str, actor: str, detail: str = "") -> None:
        await self.repo.add_event(TicketEvent(ticket_id, kind, actor, self.clock(), detail))
