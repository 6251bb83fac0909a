"""Working hours: when staff are at work, parsed from the SLA settings."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

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
