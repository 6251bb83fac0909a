"""SLA timers, working hours and auto-close: a sweep over the tickets that are due, with all state in the database.

Nothing is remembered in memory: a ticket's transcript and event log say which timers it has and when
they fire (``core.tickets.timers``), and the sweep records what it did as events. Each ticket also stores when
it is next worth a look (``check_at``): the sweep sets it to its earliest timer, and every change to the
ticket sets it to the change's moment, so a sweep reads only the due tickets, not every active one. A
restart, or two bot processes sweeping the same database, therefore neither forgets a timer nor fires one
twice: a sweep leases a ticket before looking at it, and each reminder's event is written under a lock on
its ticket row (the second sweep finds it and stays quiet).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from core.errors import TicketStateError
from core.i18n import Reply
from core.models import Actor, Author, Ticket, TicketMessage, TicketState
from core.outbox.effects import EffectKind
from core.settings import SlaSettings
from core.tickets.hours import WorkingHours
from core.tickets.notify import STAFF, USER
from core.tickets.service import RATING_FINAL, TicketService
from core.tickets.timers import (
    AUTO_CLOSED,
    AUTO_RESOLVED,
    CLOSE_WARNED,
    PINGED_UNANSWERED,
    PINGED_UNCLAIMED,
    RATING_WATCH,
    REANNOUNCED,
    Timer,
    next_check,
    retry_delay,
    ticket_timers,
)

__all__ = ["CLOSE_WARNED", "PINGED_UNANSWERED", "PINGED_UNCLAIMED", "REANNOUNCED", "SYSTEM", "Housekeeper",
           "retry_delay"]

log = logging.getLogger(__name__)

SYSTEM = Actor("system", "sla", "SLA", is_moderator=True, is_admin=True)
# A sweep holds a ticket this long while it looks at it; if the process dies meanwhile, another looks then.
LEASE = timedelta(minutes=2)
# Tickets leased (and their next check times stored) per transaction: a commit per ticket would cost more
# than looking at it.
CHUNK = 100
# At most this many tickets per sweep (as many as the full scan read); the longest due go first.
SWEEP_LIMIT = 10_000


class Housekeeper:
    """Pings staff about waiting tickets, reminds claimers, warns quiet users and closes their tickets."""

    def __init__(self, tickets: TicketService, settings: SlaSettings, hours: WorkingHours) -> None:
        self.tickets = tickets
        self.hours = hours
        self.settings = settings

    @property
    def settings(self) -> SlaSettings:
        """The timers' lengths; new ones make the next sweep look at every watched ticket."""
        return self._settings

    @settings.setter
    def settings(self, value: SlaSettings) -> None:
        # The stored check times were computed under the settings of whichever process swept last (before
        # a restart with a shorter timer, say): look at every ticket once rather than fire late.
        self._settings = value
        self._look_at_all = True

    async def sweep(self) -> list[tuple[int, str]]:
        """Do whatever is due now; return (ticket, what was done) for logs and tests."""
        now = self.tickets.clock()
        everything = self._look_at_all
        tickets = await (self._watched(now) if everything else self.tickets.repo.due(now, SWEEP_LIMIT))
        done: list[tuple[int, str]] = []
        for first in range(0, len(tickets), CHUNK):
            done += await self._visit([t.id for t in tickets[first:first + CHUNK]], now, anyway=everything)
        if everything:
            self._look_at_all = False
        return done

    async def run_forever(self) -> None:
        """Sweep every ``sweep_seconds`` until cancelled; one failed sweep is logged, not fatal."""
        while True:
            try:
                for ticket_id, action in await self.sweep():
                    log.info("sla: ticket %s %s", ticket_id, action)
            except Exception:  # the database may be down for a while: try again next round
                log.exception("sla sweep failed")
            await asyncio.sleep(self.settings.sweep_seconds)

    async def _watched(self, now: datetime) -> list[Ticket]:
        """Every ticket a timer can concern, whatever its stored check time."""
        states = [TicketState.OPEN, TicketState.CLAIMED, TicketState.RESOLVED]
        active = await self.tickets.repo.list(states=states, limit=SWEEP_LIMIT)
        rated = await self.tickets.repo.list(states=[TicketState.CLOSED], closed_since=now - RATING_WATCH,
                                             limit=SWEEP_LIMIT)
        return active + rated

    async def _visit(self, ticket_ids: list[int], now: datetime, *, anyway: bool) -> list[tuple[int, str]]:
        """Lease the tickets, look at each, then store when to look next at those that did not change meanwhile."""
        repo, lease = self.tickets.repo, now + LEASE
        async with self.tickets.units():
            # Read as leased: a change that came before the lease is seen, one after it sets check_at again.
            tickets = await repo.lease_checks(ticket_ids, lease, due_at=None if anyway else now)
        done: list[tuple[int, str]] = []
        planned: dict[int, datetime | None] = {}
        try:
            for ticket in tickets:
                action, planned[ticket.id] = await self._check(ticket, now)
                if action:
                    done.append((ticket.id, action))
        finally:
            async with self.tickets.units():
                # One not looked at (this sweep failed first) is due again at the next sweep.
                await repo.set_check_at({t.id: planned.get(t.id, now) for t in tickets}, leased=lease)
        return done

    async def _check(self, ticket: Ticket, now: datetime) -> tuple[str | None, datetime | None]:
        """Fire the ticket's first due timer that does something; return that and when to look next."""
        events = await self.tickets.repo.events(ticket.id)
        lines = await self._conversation(ticket) if ticket.state == TicketState.CLAIMED else []
        timers = ticket_timers(ticket, events, lines, self.settings, self.hours, now)
        for timer in timers:
            if timer.at <= now and (action := await self._fire(ticket, timer, now)):
                return action, now  # what it did changed the ticket: the next sweep plans from there
        return None, next_check(timers, now)

    async def _conversation(self, ticket: Ticket) -> list[TicketMessage]:
        return [m for m in await self.tickets.repo.messages(ticket.id)
                if not m.internal and m.author in (Author.USER, Author.MODERATOR)]

    async def _fire(self, ticket: Ticket, timer: Timer, now: datetime) -> str | None:
        """Do what ``timer`` is for; None if another process (or a person) did it or changed the ticket first."""
        if timer.kind == REANNOUNCED:
            return await self._announce_again(ticket, timer.since)
        if timer.kind == RATING_FINAL:
            return RATING_FINAL if await self.tickets.finalize_rating(ticket) else None
        if timer.kind in (AUTO_RESOLVED, AUTO_CLOSED):
            return await self._close(ticket, timer.kind)
        minutes = int((now - (timer.waiting_since or now)).total_seconds() // 60)
        if timer.kind == PINGED_UNCLAIMED:
            reply = Reply("sla.unclaimed", {"number": ticket.id, "minutes": minutes})
        elif timer.kind == PINGED_UNANSWERED:
            reply = Reply("sla.unanswered", {"number": ticket.id, "moderator": ticket.moderator_name or "-",
                                             "minutes": minutes})
        else:
            reply = Reply("sla.closing_soon", {"number": ticket.id, "hours": _hours(self.settings.close_warning_hours)})
        return await self._remind(ticket, timer.kind, USER if timer.kind == CLOSE_WARNED else STAFF, timer.since,
                                  reply)

    async def _announce_again(self, ticket: Ticket, since: datetime) -> str | None:
        """Show an escalated ticket that has no staff thread, backing off while the platform keeps refusing.

        The thread may be missing because the process died before it existed, because the platform
        refused it (rights, setup; the ticket then has a fallback card), or because it was deleted.
        """
        if await self.tickets.card_queued(ticket):
            return None  # its card is still on the way (the platform is slow or refusing for now)
        async with self.tickets.units():
            if not await self.tickets.note_once(ticket.id, REANNOUNCED, since, actor=SYSTEM.key):
                return None  # another process is showing it right now
            await self.tickets.announce_again(ticket)
        # Delivered on commit when this process serves the platform: report it only if the thread now exists.
        return REANNOUNCED if (await self.tickets.get(ticket.id)).thread_ref else None

    async def _close(self, ticket: Ticket, kind: str) -> str | None:
        try:
            if kind == AUTO_RESOLVED:
                # Waiting on a user who went quiet: resolve, which sends the rating request.
                await self.tickets.resolve(ticket.id, SYSTEM)
            else:
                await self.tickets.close(ticket.id, SYSTEM, reason=AUTO_CLOSED)
        except TicketStateError:
            return None  # another process (or a moderator) changed it since this sweep read it
        return kind

    async def _remind(self, ticket: Ticket, kind: str, audience: str, since: datetime, reply: Reply) -> str | None:
        # The event and the reminder commit together; if another process recorded this reminder after
        # ``since`` (it swept at the same moment), this one writes neither.
        async with self.tickets.units():
            if not await self.tickets.note_once(ticket.id, kind, since, audience, actor=SYSTEM.key):
                return None
            await self.tickets.emit(ticket, EffectKind.REMIND, kind=kind, audience=audience, key=reply.key,
                                    params=reply.params)
        return kind


def _hours(value: float) -> str:
    return f"{value:g}"
