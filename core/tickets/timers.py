"""When each SLA timer of a ticket fires, computed from the ticket, its transcript and its event log.

Pure functions of what the sweep read: ``core.tickets.sla`` fires the timers that are due and stores the earliest
of the others as the ticket's next check, so that a sweep reads only the tickets with something to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from core.models import Author, Ticket, TicketEvent, TicketMessage, TicketState
from core.settings import SlaSettings
from core.tickets.assign import ASSIGNED
from core.tickets.priority import timer_factor
from core.tickets.service import RATED, RATING_ASKED, RATING_CHANGE_WINDOW, RATING_FINAL, THREAD_GONE

S = TicketState
# Event kinds written by the sweep, and what a fired timer reports.
PINGED_UNCLAIMED, PINGED_UNANSWERED, CLOSE_WARNED = "sla_unclaimed", "sla_unanswered", "close_warning"
REANNOUNCED = "reannounced"
AUTO_RESOLVED, AUTO_CLOSED = "auto_resolved", "auto_closed"
# A platform that refuses a ticket's thread (missing rights, topics off) is asked again after 10, 20,
# 40 ... minutes, at most every 6 hours: a setup an admin has not fixed yet is not hammered all day.
RETRY_FIRST, RETRY_CAP = timedelta(minutes=10), timedelta(hours=6)
# Rating buttons are taken off only within an hour of the close (a rating given later keeps them).
RATING_WATCH = timedelta(hours=1)
_TICK = timedelta(microseconds=1)  # a rating can still be changed at the very end of its window


class Hours(Protocol):
    """When staff are at work (``core.tickets.hours.WorkingHours``)."""

    def is_open(self, moment: datetime) -> bool: ...

    def next_open(self, moment: datetime) -> datetime: ...


@dataclass(frozen=True)
class Timer:
    """One thing the sweep will do for a ticket, from ``at`` on."""

    kind: str
    at: datetime
    since: datetime  # the start of its interval: the same event recorded after it means it was done
    waiting_since: datetime | None = None  # what a reminder counts its minutes from


def retry_delay(tries: int) -> timedelta:
    """How long after the ``tries``-th re-announce the next is due: 10, 20, 40 ... minutes, capped."""
    return min(RETRY_FIRST * 2 ** min(max(tries - 1, 0), 16), RETRY_CAP)


def ticket_timers(ticket: Ticket, events: Sequence[TicketEvent], lines: Sequence[TicketMessage],
                  cfg: SlaSettings, hours: Hours, now: datetime) -> list[Timer]:
    """The ticket's timers in the order the sweep tries them; ``lines`` is the claimed ticket's conversation."""
    found: list[Timer] = []
    if ticket.state in (S.OPEN, S.CLAIMED) and ticket.thread_ref is None:
        found.append(_reannounce(ticket, events, cfg))
    if ticket.state == S.OPEN:
        timer = _unclaimed(ticket, events, cfg, hours, now)
    elif ticket.state == S.CLAIMED:
        timer = _claimed(ticket, events, lines, cfg, hours, now)
    elif ticket.state == S.RESOLVED and ticket.rating is None and ticket.resolved_at is not None:
        timer = _closing(events, ticket.resolved_at, cfg, AUTO_CLOSED)
    elif ticket.state == S.CLOSED:
        timer = _rating_final(ticket, events, now)
    else:
        timer = None
    return [*found, timer] if timer is not None else found


def next_check(timers: Sequence[Timer], now: datetime) -> datetime | None:
    """When to look at the ticket again; None when only a change to it can make something due.

    A timer that was due but did nothing (its card is still queued, another process did it) is looked
    at again at the next sweep.
    """
    return min((max(t.at, now) for t in timers), default=None)


def _reannounce(ticket: Ticket, events: Sequence[TicketEvent], cfg: SlaSettings) -> Timer:
    # Tries count from the escalation, or from the moment the ticket's thread was found deleted.
    since = _latest(ticket.escalated_at or ticket.created_at, events, THREAD_GONE)
    tries = [e.at for e in events if e.kind == REANNOUNCED and e.at >= since]
    # An escalation (or a replacement) in flight is left alone for the grace period.
    at = since + timedelta(seconds=cfg.announce_grace_seconds)
    if tries:
        at = max(at, tries[-1] + retry_delay(len(tries)))
    return Timer(REANNOUNCED, at, max([since, *tries]))


def _unclaimed(ticket: Ticket, events: Sequence[TicketEvent], cfg: SlaSettings, hours: Hours,
               now: datetime) -> Timer | None:
    if not cfg.unclaimed_minutes or ticket.escalated_at is None:
        return None
    since = _latest(ticket.escalated_at, events, PINGED_UNCLAIMED, "reopened")
    at = _staffed(hours, since + _wait(ticket, cfg.unclaimed_minutes, cfg), now)
    return Timer(PINGED_UNCLAIMED, at, since, ticket.escalated_at) if at is not None else None


def _claimed(ticket: Ticket, events: Sequence[TicketEvent], lines: Sequence[TicketMessage], cfg: SlaSettings,
             hours: Hours, now: datetime) -> Timer | None:
    # An assignment hands the ticket over: the new owner's wait starts then.
    claimed = _latest(ticket.escalated_at or ticket.created_at, events, "claimed", ASSIGNED)
    last = lines[-1] if lines else None
    if last is not None and last.author != Author.USER and last.at >= claimed:
        # The moderator spoke last: the ticket waits on its user.
        return _closing(events, last.at, cfg, AUTO_RESOLVED)
    if not cfg.unanswered_minutes:
        return None
    waiting = max(claimed, last.at if last is not None and last.author == Author.USER else claimed)
    since = _latest(waiting, events, PINGED_UNANSWERED)
    at = _staffed(hours, since + _wait(ticket, cfg.unanswered_minutes, cfg), now)
    return Timer(PINGED_UNANSWERED, at, since, waiting) if at is not None else None


def _closing(events: Sequence[TicketEvent], quiet_since: datetime, cfg: SlaSettings, then: str) -> Timer | None:
    """Warn a quiet user after ``auto_close_hours``, then (``close_warning_hours`` later) resolve or close."""
    if not cfg.auto_close_hours:
        return None
    warned = [e.at for e in events if e.kind == CLOSE_WARNED and e.at >= quiet_since]
    if not warned:
        return Timer(CLOSE_WARNED, quiet_since + timedelta(hours=cfg.auto_close_hours), quiet_since)
    return Timer(then, warned[-1] + timedelta(hours=cfg.close_warning_hours), quiet_since)


def _rating_final(ticket: Ticket, events: Sequence[TicketEvent], now: datetime) -> Timer | None:
    """Take the buttons off the rating requests once the change window has passed (see ``finalize_rating``)."""
    if ticket.rating is None or ticket.closed_at is None:
        return None
    if any(e.kind == RATING_FINAL for e in events) or not any(e.kind == RATING_ASKED and e.detail for e in events):
        return None  # done already, or no request to edit yet (storing one changes the ticket)
    rated = [e.at for e in events if e.kind == RATED]
    first = min(rated) if rated else ticket.closed_at
    at = first + RATING_CHANGE_WINDOW + _TICK
    if max(at, now) > ticket.closed_at + RATING_WATCH:
        return None
    return Timer(RATING_FINAL, at, first)


def _wait(ticket: Ticket, minutes: float, cfg: SlaSettings) -> timedelta:
    """An SLA wait for the ticket's priority: high tickets get ``high_priority_factor`` of it."""
    return timedelta(minutes=minutes * timer_factor(ticket.priority, cfg.high_priority_factor))


def _staffed(hours: Hours, moment: datetime, now: datetime) -> datetime | None:
    """The first moment at or after ``moment`` (and now) in working hours; None if staff never work."""
    opening = hours.next_open(max(moment, now))
    return opening.astimezone(UTC) if hours.is_open(opening) else None


def _latest(start: datetime, events: Sequence[TicketEvent], *kinds: str) -> datetime:
    return max([start, *(e.at for e in events if e.kind in kinds)])
