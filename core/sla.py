"""SLA timers, working hours and auto-close: a sweep over active tickets, with all state in the database.

Nothing is remembered in memory: each sweep reads the tickets, their transcripts and event logs
and decides from timestamps what is due, recording what it did as events. A restart, or two
bot processes sweeping the same database, therefore neither forgets a timer nor fires one twice
(each reminder's event is written under a lock on its ticket row; the second sweep finds it and
stays quiet).
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.errors import TicketStateError
from core.i18n import Reply
from core.models import Actor, Author, Ticket, TicketEvent, TicketState
from core.notify import STAFF, USER
from core.outbox.effects import EffectKind
from core.settings import SlaSettings
from core.tickets import RATING_FINAL, THREAD_GONE, TicketService

log = logging.getLogger(__name__)

SYSTEM = Actor("system", "sla", "SLA", is_moderator=True, is_admin=True)
# Event kinds written by the sweep.
PINGED_UNCLAIMED, PINGED_UNANSWERED, CLOSE_WARNED = "sla_unclaimed", "sla_unanswered", "close_warning"
REANNOUNCED = "reannounced"
# A platform that refuses a ticket's thread (missing rights, topics off) is asked again after 10, 20,
# 40 ... minutes, at most every 6 hours: a setup an admin has not fixed yet is not hammered all day.
RETRY_FIRST, RETRY_CAP = timedelta(minutes=10), timedelta(hours=6)
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class WorkingHours:
    """When staff are at work, e.g. ``09:00-18:00`` on ``mon-fri`` in ``Asia/Shanghai``; empty means always."""

    def __init__(self, hours: str, days: str, timezone: str) -> None:
        self.zone = ZoneInfo(timezone)
        self.always = not hours.strip()
        self.start, self.end = _parse_hours(hours) if not self.always else (time(0), time(0))
        self.days = _parse_days(days)

    def is_open(self, moment: datetime) -> bool:
        """Whether ``moment`` falls in working hours."""
        if self.always:
            return True
        local = moment.astimezone(self.zone)
        return local.weekday() in self.days and self.start <= local.time() < self.end

    def next_open(self, moment: datetime) -> datetime:
        """The next moment staff are at work (``moment`` itself if they are now)."""
        if self.is_open(moment):
            return moment
        local = moment.astimezone(self.zone)
        for offset in range(8):
            day = local.date() + timedelta(days=offset)
            opening = datetime.combine(day, self.start, tzinfo=self.zone)
            if day.weekday() in self.days and opening > local:
                return opening
        return moment  # no working day configured: never promise a time


class Housekeeper:
    """Pings staff about waiting tickets, reminds claimers, warns quiet users and closes their tickets."""

    def __init__(self, tickets: TicketService, settings: SlaSettings, hours: WorkingHours) -> None:
        self.tickets = tickets
        self.settings = settings
        self.hours = hours

    async def sweep(self) -> list[tuple[int, str]]:
        """Do whatever is due now; return (ticket, what was done) for logs and tests."""
        done: list[tuple[int, str]] = []
        states = [TicketState.OPEN, TicketState.CLAIMED, TicketState.RESOLVED]
        for ticket in await self.tickets.repo.list(states=states, limit=10_000):
            action = await self._check(ticket)
            if action:
                done.append((ticket.id, action))
        # Ratings given in the last hour whose change window has passed lose their buttons.
        recent = self.tickets.clock() - timedelta(hours=1)
        for ticket in await self.tickets.repo.list(states=[TicketState.CLOSED], closed_since=recent, limit=10_000):
            if await self.tickets.finalize_rating(ticket):
                done.append((ticket.id, RATING_FINAL))
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

    async def _check(self, ticket: Ticket) -> str | None:
        now = self.tickets.clock()
        events = await self.tickets.repo.events(ticket.id)
        cfg = self.settings
        if ticket.state in (TicketState.OPEN, TicketState.CLAIMED) and ticket.thread_ref is None:
            repaired = await self._announce_again(ticket, events, now)
            if repaired:
                return repaired
        if ticket.state == TicketState.OPEN and cfg.unclaimed_minutes and ticket.escalated_at is not None:
            since = _latest(ticket.escalated_at, events, PINGED_UNCLAIMED, "reopened")
            waited = now - ticket.escalated_at
            if now - since >= timedelta(minutes=cfg.unclaimed_minutes) and self.hours.is_open(now):
                minutes = int(waited.total_seconds() // 60)
                return await self._remind(ticket, PINGED_UNCLAIMED, STAFF, since, Reply(
                    "sla.unclaimed", {"number": ticket.id, "minutes": minutes}))
            return None
        if ticket.state == TicketState.CLAIMED:
            lines = [m for m in await self.tickets.repo.messages(ticket.id)
                     if not m.internal and m.author in (Author.USER, Author.MODERATOR)]
            claimed = _latest(ticket.escalated_at or ticket.created_at, events, "claimed")
            last = lines[-1] if lines else None
            if last is None or last.author == Author.USER or last.at < claimed:
                if not cfg.unanswered_minutes:
                    return None
                waiting = max(claimed, last.at if last is not None and last.author == Author.USER else claimed)
                since = _latest(waiting, events, PINGED_UNANSWERED)
                if now - since >= timedelta(minutes=cfg.unanswered_minutes) and self.hours.is_open(now):
                    return await self._remind(ticket, PINGED_UNANSWERED, STAFF, since, Reply(
                        "sla.unanswered", {"number": ticket.id, "moderator": ticket.moderator_name or "-",
                                           "minutes": int((now - waiting).total_seconds() // 60)}))
                return None
            # The moderator spoke last: the ticket waits on its user.
            return await self._maybe_close(ticket, events, last.at, now, resolve=True)
        if ticket.state == TicketState.RESOLVED and ticket.rating is None and ticket.resolved_at is not None:
            return await self._maybe_close(ticket, events, ticket.resolved_at, now, resolve=False)
        return None

    async def _announce_again(self, ticket: Ticket, events: list[TicketEvent], now: datetime) -> str | None:
        """Show an escalated ticket that has no staff thread, backing off while the platform keeps refusing.

        The thread may be missing because the process died before it existed, because the platform
        refused it (rights, setup; the ticket then has a fallback card), or because it was deleted.
        """
        # Tries count from the escalation, or from the moment the ticket's thread was found deleted.
        since = _latest(ticket.escalated_at or ticket.created_at, events, THREAD_GONE)
        tries = [e.at for e in events if e.kind == REANNOUNCED and e.at >= since]
        # Leave an escalation (or a replacement) in flight alone.
        if now - since < timedelta(seconds=self.settings.announce_grace_seconds):
            return None
        if tries and now - tries[-1] < retry_delay(len(tries)):
            return None
        if await self.tickets.card_queued(ticket):
            return None  # its card is still on the way (the platform is slow or refusing for now)
        async with self.tickets.units():
            if not await self.tickets.note_once(ticket.id, REANNOUNCED, max([since, *tries]), actor=SYSTEM.key):
                return None  # another process is showing it right now
            await self.tickets.announce_again(ticket)
        # Delivered on commit when this process serves the platform: report it only if the thread now exists.
        return REANNOUNCED if (await self.tickets.get(ticket.id)).thread_ref else None

    async def _maybe_close(self, ticket: Ticket, events: list[TicketEvent], quiet_since: datetime, now: datetime,
                           *, resolve: bool) -> str | None:
        cfg = self.settings
        if not cfg.auto_close_hours:
            return None
        warned = [e for e in events if e.kind == CLOSE_WARNED and e.at >= quiet_since]
        if not warned:
            if now - quiet_since >= timedelta(hours=cfg.auto_close_hours):
                return await self._remind(ticket, CLOSE_WARNED, USER, quiet_since, Reply(
                    "sla.closing_soon", {"number": ticket.id, "hours": _hours(cfg.close_warning_hours)}))
            return None
        if now - warned[-1].at < timedelta(hours=cfg.close_warning_hours):
            return None
        try:
            if resolve:
                # Waiting on a user who went quiet: resolve, which sends the rating request.
                await self.tickets.resolve(ticket.id, SYSTEM)
                return "auto_resolved"
            await self.tickets.close(ticket.id, SYSTEM, reason="auto_closed")
            return "auto_closed"
        except TicketStateError:
            return None  # another process (or a moderator) changed it since this sweep read it

    async def _remind(self, ticket: Ticket, kind: str, audience: str, since: datetime, reply: Reply) -> str | None:
        # The event and the reminder commit together; if another process recorded this reminder after
        # ``since`` (it swept at the same moment), this one writes neither.
        async with self.tickets.units():
            if not await self.tickets.note_once(ticket.id, kind, since, audience, actor=SYSTEM.key):
                return None
            await self.tickets.emit(ticket, EffectKind.REMIND, kind=kind, audience=audience, key=reply.key,
                                    params=reply.params)
        return kind


def retry_delay(tries: int) -> timedelta:
    """How long after the ``tries``-th re-announce the next is due: 10, 20, 40 ... minutes, capped."""
    return min(RETRY_FIRST * 2 ** min(max(tries - 1, 0), 16), RETRY_CAP)


def _latest(start: datetime, events: list[TicketEvent], *kinds: str) -> datetime:
    times = [e.at for e in events if e.kind in kinds]
    return max([start, *times])


def _hours(value: float) -> str:
    return f"{value:g}"


def _parse_hours(text: str) -> tuple[time, time]:
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", text)
    if not match:
        raise ValueError(f"working hours {text!r}: expected HH:MM-HH:MM, e.g. 09:00-18:00")
    h1, m1, h2, m2 = map(int, match.groups())
    if not (0 <= h1 < 24 and 0 <= h2 <= 24 and m1 < 60 and m2 < 60):
        raise ValueError(f"working hours {text!r}: not a time of day")
    start, end = time(h1, m1), time(23, 59, 59) if h2 == 24 else time(h2, m2)
    if start >= end:
        raise ValueError(f"working hours {text!r}: the end must come after the start")
    return start, end


def _parse_days(text: str) -> frozenset[int]:
    days: set[int] = set()
    for part in filter(None, (p.strip().lower() for p in text.split(","))):
        first, _, last = part.partition("-")
        if first not in _DAYS or (last and last not in _DAYS):
            raise ValueError(f"working days {text!r}: use mon..sun, ranges and commas, e.g. mon-fri,sun")
        a, b = _DAYS.index(first), _DAYS.index(last or first)
        days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
    return frozenset(days)
