"""The staff and admin doors: tickets, snippets, stats and FAQ edits.

Adapters call these, never the ticket or FAQ services below them (one door into the core).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from core.desk.base import DeskBase
from core.errors import InvalidInput, NotAllowed
from core.i18n import Reply
from core.insights.stats import compute_stats
from core.insights.summary import summary_reply
from core.models import Actor, FaqEntry, FaqVersion, Ticket, TicketMessage, TicketState
from core.tickets.service import StaffPost


class StaffDesk(DeskBase):
    """What moderators and admins do, each checked for rights below this door."""

    async def send_snippet(self, ticket_id: int, actor: Actor, name: str) -> StaffPost:
        """Send a canned reply, in the ticket's language, as the moderator's own message."""
        if not (actor.is_moderator or actor.is_admin):
            raise NotAllowed(action="snippet")
        snippet = self.snippets.get(name.strip().lower())
        if snippet is None:
            raise InvalidInput(reason="snippet", name=name.strip() or "-", names=", ".join(sorted(self.snippets)))
        ticket = await self.tickets.get(ticket_id)
        return await self.tickets.post_from_staff(ticket_id, actor, snippet.text_in(ticket.language))

    def snippet_list(self, lang: str) -> Reply:
        """The snippet names with the start of each text, for ``/snippet`` without a name."""
        lines = "\n".join(f"• {s.name}: {_preview(s.text_in(lang))}" for s in self.snippets.values())
        return Reply("staff.snippets", {"list": lines or "-"})

    async def stats(self, actor: Actor) -> Reply:
        """The last 7 days for staff: volume, deflection, queue, response times, satisfaction, weakest entry."""
        if not (actor.is_admin or actor.is_moderator):
            raise NotAllowed(action="stats")
        now = self.tickets.clock()
        queue = await self.tickets.repo.count_by_state()  # the live queue, not just the last 7 days
        figures = compute_stats(await self.insights.desk_data(now - timedelta(days=7), now),
                                self.index.categories(), self.settings.timezone)
        return summary_reply(figures, waiting=queue.get(TicketState.OPEN.value, 0),
                             claimed=queue.get(TicketState.CLAIMED.value, 0))

    def now(self) -> datetime:
        """Return the desk's current time (its tickets' clock, so a test's fake clock holds everywhere)."""
        return self.tickets.clock()

    async def ticket(self, ticket_id: int) -> Ticket:
        """Return a ticket or raise ``TicketNotFound``."""
        return await self.tickets.get(ticket_id)

    async def ticket_in_thread(self, platform: str, thread_ref: str) -> Ticket | None:
        """Return the ticket whose staff thread (topic, channel thread) is ``thread_ref``, if any."""
        return await self.tickets.repo.by_thread(platform, thread_ref)

    async def latest_ticket(self, platform: str, user_id: str) -> Ticket | None:
        """Return the user's most recent ticket, active or not."""
        return await self.tickets.repo.latest_for_user(platform, user_id)

    async def claim(self, ticket_id: int, actor: Actor) -> Ticket:
        """Make a moderator the owner of an open ticket."""
        return await self.tickets.claim(ticket_id, actor)

    async def resolve(self, ticket_id: int, actor: Actor) -> Ticket:
        """Mark a ticket resolved and ask its user for a rating."""
        return await self.tickets.resolve(ticket_id, actor)

    async def reopen(self, ticket_id: int, actor: Actor) -> Ticket:
        """Put a resolved or closed ticket back in the queue."""
        return await self.tickets.reopen(ticket_id, actor)

    async def staff_reply(self, ticket_id: int, actor: Actor, text: str, *, internal: bool = False,
                          attachment: str | None = None) -> TicketMessage:
        """Store a moderator's message and relay it to the user (unless internal); refusals raise."""
        return await self.tickets.staff_reply(ticket_id, actor, text, internal=internal, attachment=attachment)

    async def post_from_staff(self, ticket_id: int, actor: Actor, text: str, *, internal: bool = False,
                              attachment: str | None = None) -> StaffPost:
        """Store a moderator's line from the ticket's thread: relayed when allowed, else kept as a note."""
        return await self.tickets.post_from_staff(ticket_id, actor, text, internal=internal, attachment=attachment)

    async def faq_list(self) -> list[FaqEntry]:
        """Return every live FAQ entry."""
        return await self.faq.list_entries()

    async def faq_show(self, entry_id: str) -> FaqEntry:
        """Return one FAQ entry or raise ``FaqEntryNotFound``."""
        return await self.faq.show(entry_id)

    async def faq_add(self, entry: FaqEntry, actor: Actor) -> FaqVersion:
        """Add a FAQ entry (admins), answering from the next message on."""
        return await self.faq.add(entry, actor)

    async def faq_edit(self, entry: FaqEntry, actor: Actor) -> FaqVersion:
        """Replace a FAQ entry's text (admins)."""
        return await self.faq.edit(entry, actor)

    async def faq_remove(self, entry_id: str, actor: Actor) -> FaqVersion:
        """Remove a FAQ entry (admins); undo brings it back."""
        return await self.faq.remove(entry_id, actor)

    async def faq_undo(self, entry_id: str, actor: Actor) -> FaqVersion:
        """Revert a FAQ entry's latest change (admins)."""
        return await self.faq.undo(entry_id, actor)


def _preview(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"

