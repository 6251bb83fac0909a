"""The one outbound interface: how the core tells an adapter that staff or a user must see something."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from core.i18n import Reply
from core.models import Ticket, TicketMessage
from core.outbox.answers import Answer
from core.tickets.transcripts import TranscriptFile
from core.understanding.facts import Fact

STAFF, USER = "staff", "user"


@dataclass(frozen=True)
class Reminder:
    """Something the platform must show: to the ticket's staff thread or to its user."""

    kind: str
    audience: str  # STAFF or USER
    reply: Reply


@dataclass(frozen=True)
class TicketCard:
    """What moderators see when a ticket opens: the question, the bot's guesses, the user's history."""

    ticket: Ticket
    question: str
    guesses: tuple[tuple[str, str, float], ...]  # (entry id, its first question, score)
    earlier: tuple[Ticket, ...]
    transcript: tuple[TicketMessage, ...] = field(default=())
    again: bool = False  # shown before (its thread was refused or deleted): the conversation goes with it
    facts: tuple[Fact, ...] = ()  # hashes, addresses, amounts the user pasted, with explorer links
    # A thread an earlier attempt at this card made before it died or failed: post the card there, make no new one.
    thread: str | None = None
    # Called with a new thread's reference as soon as the platform made it, before the card is posted, so
    # that an attempt cut short after this point is not made twice.
    made: Callable[[str], Awaitable[None]] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class StaffThread:
    """Where a ticket is shown to staff: the thread, and the card message in it (platform references).

    ``ref`` None: the platform refused a thread (missing rights, topics off) and the card was posted in
    a fallback place (the staff group's General topic, the support channel); ``card`` tells the adapter
    so, and the SLA sweep keeps trying to create the thread.
    """

    ref: str | None
    card: str | None = None


class StaffThreadGone(Exception):
    """Raised by a notifier when the ticket's staff thread no longer exists (deleted by someone).

    The core then forgets the thread and shows the ticket again, so a new one carries the transcript.
    """

    def __init__(self, ticket_id: int) -> None:
        super().__init__(f"the staff thread of ticket {ticket_id} is gone")
        self.ticket_id = ticket_id


class Unconfirmed(Exception):
    """Raised by a notifier when the platform took a send but its answer never came (a read timeout).

    The message was most likely shown; sending it again would most likely show it twice. The outbox
    takes it as delivered unless ``SUPPORTBOT_OUTBOX_RESEND_UNCONFIRMED`` is set.
    """


class Notifier(Protocol):
    """Implemented by each adapter for its platform; every method may be a no-op."""

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        """Show a new escalated ticket to staff; return the thread created for it.

        Called again by the SLA sweep while the ticket has no thread: a ticket whose ``card_ref`` names
        a fallback card already has one, so a failed retry posts nothing new.
        """
        ...

    async def to_staff(self, ticket: Ticket, message: TicketMessage) -> str | None:
        """Relay a user's message into the ticket's staff thread; raise ``StaffThreadGone`` if it was deleted.

        Return the copy posted (a platform reference), so that the user's edits can reach it.
        """
        ...

    async def to_user(self, ticket: Ticket, message: TicketMessage) -> str | None:
        """Deliver a moderator's reply to the user; return the copy posted (a platform reference)."""
        ...

    async def edit_staff_copy(self, ticket: Ticket, message: TicketMessage) -> str | None:
        """A relayed user line was edited or deleted (``message.edited_at``/``deleted_at``): show it on its staff
        copy (``message.copy_ref``), marked. No known copy: post the line anew, marked; return that copy."""
        ...

    async def edit_user_copy(self, ticket: Ticket, message: TicketMessage) -> str | None:
        """A relayed moderator line was edited: edit the user's copy (or post it anew), like ``edit_staff_copy``."""
        ...

    async def ticket_changed(self, ticket: Ticket, event: str) -> None:
        """Reflect a state change (claimed, resolved, closed, reopened, rated) on the platform."""
        ...

    async def request_rating(self, ticket: Ticket) -> str | None:
        """Ask the user for a 1-5 satisfaction rating of a resolved ticket; return the request's message
        (a platform reference), so its buttons can be taken away once the rating is final."""
        ...

    async def rating_final(self, ticket: Ticket, request: str) -> None:
        """The rating can no longer change: take the buttons off the request message ``request``."""
        ...

    async def remind(self, ticket: Ticket, reminder: Reminder) -> None:
        """Show an SLA reminder: in the staff thread (mentioning the claimer, if any) or to the user.

        A staff reminder raises ``StaffThreadGone`` when the thread was deleted.
        """
        ...

    async def answer(self, ticket: Ticket, answer: Answer) -> None:
        """Reply to a user's own message where it came from (``answer.to``, the adapter's address), with the
        answer's actions as buttons."""
        ...

    async def post_transcript(self, ticket: Ticket, transcript: TranscriptFile) -> str | None:
        """Post the transcript file in the ticket's staff thread; return the posted message (a platform reference).

        A thread that is gone is no reason for a new one: the file goes where a fallback card would (the staff
        group's General topic, the support channel), so this never raises ``StaffThreadGone``.
        """
        ...


@runtime_checkable
class RateLimitAware(Protocol):
    """A notifier that can tell a platform's "slow down" apart from a failure."""

    def retry_after(self, exc: Exception) -> float | None:
        """Seconds the platform asked to wait before the next call, if ``exc`` is its rate limit."""
        ...
