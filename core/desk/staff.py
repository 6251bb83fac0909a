"""The staff and admin doors: tickets, snippets, stats and FAQ edits.

Adapters call these, never the ticket or FAQ services below them (one door into the core).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta

from core.desk.base import DeskBase
from core.errors import InvalidInput, NotAllowed
from core.i18n import Reply
from core.insights import audit
from core.insights.audit import GUARD, guard_reply
from core.insights.stats import compute_stats
from core.insights.summary import summary_reply
from core.models import HUMAN_STATES, Actor, FaqEntry, FaqVersion, Ticket, TicketMessage, TicketState
from core.tickets import assign, edits
from core.tickets.service import StaffPost

GUARD_COUNTED = 100_000  # a week of guard actions, read for /stats
STAFF_THREADS_READ = 1_000  # open tickets whose threads a restart reads back

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
        async with self.tickets.units():
            post = await self.tickets.post_from_staff(ticket_id, actor, snippet.text_in(ticket.language))
            await self._audit_post(actor, post, f"snippet {snippet.name}")
        return post

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
        guard = guard_reply(await self.audit.entries(since=now - timedelta(days=7), limit=GUARD_COUNTED, action=GUARD))
        return summary_reply(figures, waiting=queue.get(TicketState.OPEN.value, 0),
                             claimed=queue.get(TicketState.CLAIMED.value, 0), guard=guard)

    def now(self) -> datetime:
        """Return the desk's current time (its tickets' clock, so a test's fake clock holds everywhere)."""
        return self.tickets.clock()

    async def ticket(self, ticket_id: int) -> Ticket:
        """Return a ticket or raise ``TicketNotFound``."""
        return await self.tickets.get(ticket_id)

    async def ticket_in_thread(self, platform: str, thread_ref: str) -> Ticket | None:
        """Return the ticket whose staff thread (topic, channel thread) is ``thread_ref``, if any."""
        return await self.tickets.repo.by_thread(platform, thread_ref)

    async def staff_threads(self, platform: str) -> list[Ticket]:
        """The tickets a human has, with a staff thread on ``platform`` (what an adapter's catch-up reads)."""
        tickets = await self.tickets.repo.list(states=HUMAN_STATES, platform=platform, limit=STAFF_THREADS_READ)
        return [t for t in tickets if t.thread_ref]

    async def latest_ticket(self, platform: str, user_id: str) -> Ticket | None:
        """Return the user's most recent ticket, active or not."""
        return await self.tickets.repo.latest_for_user(platform, user_id)

    async def claim(self, ticket_id: int, actor: Actor) -> Ticket:
        """Make a moderator the owner of an open ticket."""
        async with self.tickets.units():
            ticket = await self.tickets.claim(ticket_id, actor)
            await self.audit.record(actor, audit.CLAIM, ticket_id=ticket_id)
        return ticket

    async def resolve(self, ticket_id: int, actor: Actor) -> Ticket:
        """Mark a ticket resolved and ask its user for a rating."""
        async with self.tickets.units():
            ticket = await self.tickets.resolve(ticket_id, actor)
            await self.audit.record(actor, audit.RESOLVE, ticket_id=ticket_id)
        return ticket

    async def reopen(self, ticket_id: int, actor: Actor) -> Ticket:
        """Put a resolved or closed ticket back in the queue."""
        async with self.tickets.units():
            ticket = await self.tickets.reopen(ticket_id, actor)
            await self.audit.record(actor, audit.REOPEN, ticket_id=ticket_id)
        return ticket

    async def assign(self, ticket_id: int, actor: Actor, target: Actor) -> Ticket:
        """Hand a ticket to another moderator (``target``, whose rights the adapter read off the platform)."""
        async with self.tickets.units():
            ticket = await assign.assign(self.tickets, ticket_id, actor, target)
            await self.audit.record(actor, audit.ASSIGN, ticket_id=ticket_id, target=target.key,
                                    detail=target.name)
        return ticket

    async def set_priority(self, ticket_id: int, actor: Actor, priority: str) -> Ticket:
        """Set an active ticket's priority (``high``, ``normal``, ``low``): queue order and SLA timers follow."""
        async with self.tickets.units():
            ticket = await assign.set_priority(self.tickets, ticket_id, actor, priority)
            await self.audit.record(actor, assign.PRIORITY, ticket_id=ticket_id, detail=ticket.priority)
        return ticket

    async def staff_reply(self, ticket_id: int, actor: Actor, text: str, *, internal: bool = False,
                          attachment: str | None = None) -> TicketMessage:
        """Store a moderator's message and relay it to the user (unless internal); refusals raise."""
        async with self.tickets.units():
            message = await self.tickets.staff_reply(ticket_id, actor, text, internal=internal, attachment=attachment)
            await self._audit_post(actor, StaffPost(message))
        return message

    async def post_from_staff(self, ticket_id: int, actor: Actor, text: str, *, internal: bool = False,
                              attachment: str | None = None, ref: str | None = None) -> StaffPost:
        """Store a moderator's line from the ticket's thread: relayed when allowed, else kept as a note.

        ``ref``: the moderator's message on the platform, so that their edit of it reaches the user's copy.
        """
        async with self.tickets.units():
            post = await self.tickets.post_from_staff(ticket_id, actor, text, internal=internal,
                                                      attachment=attachment)
            await edits.relayed(self.tickets, post.message, ref)
            await self._audit_post(actor, post)
        return post

    async def faq_list(self) -> list[FaqEntry]:
        """Return every live FAQ entry."""
        return await self.faq.list_entries()

    async def faq_show(self, entry_id: str) -> FaqEntry:
        """Return one FAQ entry or raise ``FaqEntryNotFound``."""
        return await self.faq.show(entry_id)

    async def faq_add(self, entry: FaqEntry, actor: Actor) -> FaqVersion:
        """Add a FAQ entry (admins), answering from the next message on."""
        return await self._faq_change(actor, lambda: self.faq.add(entry, actor))

    async def faq_edit(self, entry: FaqEntry, actor: Actor) -> FaqVersion:
        """Replace a FAQ entry's text (admins)."""
        return await self._faq_change(actor, lambda: self.faq.edit(entry, actor))

    async def faq_remove(self, entry_id: str, actor: Actor) -> FaqVersion:
        """Remove a FAQ entry (admins); undo brings it back."""
        return await self._faq_change(actor, lambda: self.faq.remove(entry_id, actor))

    async def faq_undo(self, entry_id: str, actor: Actor) -> FaqVersion:
        """Revert a FAQ entry's latest change (admins)."""
        return await self._faq_change(actor, lambda: self.faq.undo(entry_id, actor))

    async def faq_history(self, entry_id: str) -> list[FaqVersion]:
        """Every version of an entry, oldest first."""
        return await self.faq.history(entry_id)

    async def faq_import(self, entries: Sequence[FaqEntry], actor: Actor, *, replace: bool = False) -> int:
        """Bring the FAQ in line with a validated file (admins); one audit row for the whole import."""
        async with self.tickets.units():
            changed = await self.faq.import_entries(entries, actor, replace=replace)
            if changed:
                await self.audit.record(actor, audit.faq_action("import"), detail=f"{changed} changed")
        return changed

    async def _faq_change(self, actor: Actor, change: Callable[[], Awaitable[FaqVersion]]) -> FaqVersion:
        """Make a FAQ change and its audit row in one transaction (the change's version row is in it too)."""
        async with self.tickets.units():
            version = await change()
            await self.audit.record(actor, audit.faq_action(version.action.value), target=version.entry_id,
                                    detail=f"v{version.version}")
        return version

    async def _audit_post(self, actor: Actor, post: StaffPost, what: str = "") -> None:
        """A staff line in the audit: reply or note, its message number, never its text."""
        action = audit.NOTE if post.message.internal else audit.REPLY
        detail = " ".join(filter(None, [f"message {post.message.id}", what]))
        await self.audit.record(actor, action, ticket_id=post.message.ticket_id, detail=detail)


def _preview(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"

