"""The user's door to their own past: ``/tickets`` lists their latest tickets."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from core.desk.base import DeskBase
from core.desk.outcome import Inbound, Outcome
from core.i18n import Reply
from core.models import Author, Ticket

HISTORY_SHOWN = 5
QUESTION_CHARS = 60  # of the first line a user wrote: enough to recognise a ticket, short on a phone


class HistoryDesk(DeskBase):
    """What a user asked before, in their language."""

    async def my_tickets(self, msg: Inbound) -> Outcome:
        """The user's latest tickets, newest first: number, state, date and their first question."""
        lang = await self._language(msg)
        tickets = await self.tickets.repo.list(platform=msg.platform, user_id=msg.user_id, limit=HISTORY_SHOWN)
        if not tickets:
            return Outcome(lang, [Reply("ticket.none")])
        lines = [Reply("ticket.history.line", await self._line(ticket)) for ticket in tickets]
        return Outcome(lang, [Reply("ticket.history.title", {"count": len(tickets)}), *lines], ticket=tickets[0])

    async def _line(self, ticket: Ticket) -> dict[str, object]:
        said = next((m.text for m in await self.tickets.repo.messages(ticket.id)
                     if m.author == Author.USER and m.text.strip()), "")
        first = said.strip().splitlines()[0] if said.strip() else "-"
        question = first if len(first) <= QUESTION_CHARS else first[:QUESTION_CHARS - 1] + "…"
        day = ticket.created_at.astimezone(ZoneInfo(self.settings.timezone))
        return {"number": ticket.id, "date": f"{day:%Y-%m-%d}", "question": question,
                "state": Reply(f"ticket.history.state.{ticket.state.value}")}
