"""The console's side of the outbound interface: staff events are printed in the same terminal."""

from __future__ import annotations

from collections.abc import Callable

from bots.texts import event_notice, facts_text
from core.i18n import render, t
from core.models import Ticket, TicketMessage
from core.outbox.answers import Answer
from core.tickets.notify import STAFF, Reminder, StaffThread, TicketCard
from core.tickets.transcripts import TranscriptFile


class ConsoleNotifier:
    """Prints what a staff thread would show, prefixed so it reads apart from the user's chat."""

    def __init__(self, out: Callable[[str], None]) -> None:
        self._out = out
        self.rating_requested: int | None = None

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        guesses = ", ".join(f"{i} ({s:.2f})" for i, _, s in card.guesses) or "-"
        earlier = ", ".join(f"#{e.id} {e.state.value}" for e in card.earlier) or "-"
        summary = t("en", "staff.card", number=card.ticket.id, question=card.question, guesses=guesses,
                    earlier=earlier, language=card.ticket.language)
        self._out(f"[staff] {summary}")
        for line in facts_text(card, "en").splitlines() if card.facts else ():
            self._out(f"[staff] {line}")
        self._out("[staff] (moderate here: /mod claim, /mod reply TEXT, /mod note TEXT, /mod snippet NAME, "
                  "/mod resolve)")
        return StaffThread(f"console-thread-{card.ticket.id}")

    async def to_staff(self, ticket: Ticket, message: TicketMessage) -> None:
        self._out(f"[staff] #{ticket.id} user: {message.text}")

    async def to_user(self, ticket: Ticket, message: TicketMessage) -> None:
        self._out(t(ticket.language, "ticket.moderator_says", moderator=ticket.moderator_name or "-",
                    text=message.text))

    async def edit_staff_copy(self, ticket: Ticket, message: TicketMessage) -> str | None:
        mark = t("en", "edit.deleted" if message.deleted_at else "edit.mark")
        self._out(f"[staff] #{ticket.id} user: {message.text} {mark}")  # a console shows no copy to edit
        return None

    async def edit_user_copy(self, ticket: Ticket, message: TicketMessage) -> str | None:
        self._out(t(ticket.language, "ticket.moderator_says", moderator=ticket.moderator_name or "-",
                    text=message.text) + " " + t(ticket.language, "edit.mark"))
        return None

    async def ticket_changed(self, ticket: Ticket, event: str) -> None:
        notice = event_notice(ticket, event, "en") if event in ("assigned", "priority") else None
        if notice:
            self._out(f"[staff] #{ticket.id} {notice}")
            return
        self._out(f"[staff] #{ticket.id} {event}" + (f" by {ticket.moderator_name}" if event == "claimed" else ""))

    async def request_rating(self, ticket: Ticket) -> str | None:
        self.rating_requested = ticket.id
        self._out(t(ticket.language, "rating.ask", number=ticket.id))
        return None  # typed replies, no buttons to take away

    async def rating_final(self, ticket: Ticket, request: str) -> None:
        return None

    async def remind(self, ticket: Ticket, reminder: Reminder) -> None:
        if reminder.audience == STAFF:
            self._out(f"[staff] {render('en', reminder.reply)}")
        else:
            self._out(render(ticket.language, reminder.reply))

    async def post_transcript(self, ticket: Ticket, transcript: TranscriptFile) -> str | None:
        # A terminal has no file to post: say how to get it (it is rendered again from the records).
        self._out(f"[staff] #{ticket.id} transcript {transcript.name} ({len(transcript.data)} bytes): "
                  f"supportbot tickets export {ticket.id} --html --out {transcript.name}")
        return None

    async def answer(self, ticket: Ticket, answer: Answer) -> None:
        # The console answers in its own loop (its messages carry no reply address); one written by
        # another process for this console is still shown.
        self._out(answer.text)
