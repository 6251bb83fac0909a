"""What the desk's data says: volume, deflection, response times, satisfaction, weak FAQ entries.

Pure functions over plain records (``DeskData``) that storage reads in one go; no SQL here, so
every figure is unit-testable on hand-made data.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from core.models import Ticket, TicketEvent

# Event kinds the desk records for insights (besides the lifecycle ones in core.tickets.service).
BOT_ANSWER = "bot_answer"  # detail: entry id
BOT_PICK = "bot_pick"  # the user chose a suggestion; detail: entry id
BOT_SUGGEST = "bot_suggest"  # detail: comma-separated entry ids
NOT_HELPFUL = "not_helpful"  # the user asked for a human right after an answer; detail: entry id


@dataclass(frozen=True)
class UserLine:
    """One message a user sent (already redacted), for volume and gap mining."""

    ticket_id: int
    at: datetime
    text: str


@dataclass(frozen=True)
class DeskData:
    """Everything about the conversations started in [since, until)."""

    since: datetime
    until: datetime
    tickets: Sequence[Ticket]
    lines: Sequence[UserLine]
    events: Sequence[TicketEvent]


@dataclass(frozen=True)
class Spread:
    """Median and 90th percentile of durations, in minutes."""

    count: int
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, minutes: Sequence[float]) -> Spread:
        """Summarize ``minutes`` (nearest-rank percentiles)."""
        if not minutes:
            return cls(0, None, None)
        ordered = sorted(minutes)
        return cls(len(ordered), _rank(ordered, 0.5), _rank(ordered, 0.9))


@dataclass(frozen=True)
class Satisfaction:
    """Ratings 1-5: how many, their mean and their distribution."""

    count: int
    mean: float | None
    distribution: dict[int, int]

    @classmethod
    def of(cls, ratings: Sequence[int]) -> Satisfaction:
        """Summarize ``ratings``."""
        counts = Counter(ratings)
        return cls(len(ratings), sum(ratings) / len(ratings) if ratings else None,
                   {score: counts.get(score, 0) for score in range(1, 6)})


@dataclass(frozen=True)
class EntryUse:
    """How often an FAQ entry was shown, and how often the user then said it did not help."""

    entry_id: str
    shown: int
    not_helpful: int

    @property
    def not_helpful_rate(self) -> float:
        """Share of showings followed by "this did not help"."""
        return self.not_helpful / self.shown if self.shown else 0.0


@dataclass(frozen=True)
class ModeratorFigures:
    """One moderator's tickets, response and resolution times and ratings."""

    name: str
    claimed: int
    resolved: int
    first_response: Spread
    resolution: Spread
    satisfaction: Satisfaction


@dataclass(frozen=True)
class DayFigures:
    """One calendar day (in the report's time zone)."""

    day: str
    messages: int
    conversations: int
    escalated: int

    @property
    def deflection_rate(self) -> float | None:
        """Share of the day's conversations no human had to handle."""
        return 1 - self.escalated / self.conversations if self.conversations else None


@dataclass(frozen=True)
class DeskStats:
    """The figures of ``supportbot stats`` and the admins' /stats."""

    since: datetime
    until: datetime
    timezone: str
    messages: int
    conversations: int
    answered_by_bot: int
    suggested: int
    escalated: int
    resolved: int
    automated: int  # never escalated
    automated_with_answer: int  # never escalated, and the bot showed an answer
    first_response: Spread
    resolution: Spread
    satisfaction: Satisfaction
    by_moderator: list[ModeratorFigures]
    satisfaction_by_category: dict[str, Satisfaction]
    hours: list[int]  # user messages per hour of day, 0-23
    days: list[DayFigures]
    top_categories: list[tuple[str, int]]
    entries: list[EntryUse] = field(default_factory=list)
    response_buckets: list[tuple[str, int]] = field(default_factory=list)  # first-response time histogram

    @property
    def deflection_rate(self) -> float | None:
        """Conversations the bot answered and no human had to take."""
        return _share(self.automated_with_answer, self.conversations)

    @property
    def automation_rate(self) -> float | None:
        """Conversations fully handled without a human (never escalated)."""
        return _share(self.automated, self.conversations)

    @property
    def resolution_rate(self) -> float | None:
        """Escalated tickets a moderator resolved."""
        return _share(self.resolved, self.escalated)

    @property
    def busiest_hours(self) -> list[int]:
        """The three hours of day with the most user messages, busiest first."""
        ranked = sorted(range(24), key=lambda h: (-self.hours[h], h))
        return [h for h in ranked[:3] if self.hours[h]]


def compute_stats(data: DeskData, categories: dict[str, str], timezone: str = "UTC") -> DeskStats:
    """Compute every figure from the raw records; ``categories`` maps FAQ entry ids to categories."""
    zone = ZoneInfo(timezone)
    shown: dict[int, list[str]] = defaultdict(list)
    suggested: set[int] = set()
    not_helpful: Counter[str] = Counter()
    shown_count: Counter[str] = Counter()
    for event in data.events:
        if event.kind in (BOT_ANSWER, BOT_PICK):
            shown[event.ticket_id].append(event.detail)
            shown_count[event.detail] += 1
        elif event.kind == BOT_SUGGEST:
            suggested.add(event.ticket_id)
        elif event.kind == NOT_HELPFUL:
            not_helpful[event.detail] += 1

    tickets = list(data.tickets)
    escalated = [t for t in tickets if t.escalated_at is not None]
    resolved = [t for t in escalated if t.resolved_at is not None]
    automated = [t for t in tickets if t.escalated_at is None]
    rated = [t for t in tickets if t.rating is not None]

    by_category: Counter[str] = Counter()
    rating_by_category: dict[str, list[int]] = defaultdict(list)
    for ticket in tickets:
        category = ticket_category(ticket, shown.get(ticket.id, []), categories)
        by_category[category] += 1
        if ticket.rating is not None:
            rating_by_category[category].append(ticket.rating)

    hours = [0] * 24
    day_messages: Counter[str] = Counter()
    for line in data.lines:
        local = line.at.astimezone(zone)
        hours[local.hour] += 1
        day_messages[local.date().isoformat()] += 1
    day_conversations: Counter[str] = Counter()
    day_escalated: Counter[str] = Counter()
    for ticket in tickets:
        day = ticket.created_at.astimezone(zone).date().isoformat()
        day_conversations[day] += 1
        day_escalated[day] += ticket.escalated_at is not None

    return DeskStats(
        since=data.since, until=data.until, timezone=timezone,
        messages=len(data.lines), conversations=len(tickets),
        answered_by_bot=sum(1 for t in tickets if shown.get(t.id)),
        suggested=len(suggested), escalated=len(escalated), resolved=len(resolved), automated=len(automated),
        automated_with_answer=sum(1 for t in automated if shown.get(t.id)),
        first_response=Spread.of(_minutes(escalated, "escalated_at", "first_response_at")),
        resolution=Spread.of(_minutes(escalated, "escalated_at", "resolved_at")),
        satisfaction=Satisfaction.of([t.rating for t in rated if t.rating is not None]),
        by_moderator=_per_moderator(escalated),
        satisfaction_by_category={c: Satisfaction.of(r) for c, r in sorted(rating_by_category.items())},
        hours=hours,
        days=[DayFigures(d, day_messages[d], day_conversations[d], day_escalated[d])
              for d in _days(data.since, data.until, zone)],
        top_categories=by_category.most_common(10),
        entries=sorted((EntryUse(e, n, not_helpful[e]) for e, n in shown_count.items()),
                       key=lambda u: (-u.not_helpful_rate, -u.shown, u.entry_id)),
        response_buckets=_buckets(_minutes(escalated, "escalated_at", "first_response_at")),
    )


RESPONSE_BUCKETS = ((5, "<5m"), (15, "5-15m"), (30, "15-30m"), (60, "30-60m"), (120, "1-2h"), (240, "2-4h"),
                    (480, "4-8h"), (math.inf, ">8h"))


def _buckets(minutes: Sequence[float]) -> list[tuple[str, int]]:
    counts = Counter(next(label for bound, label in RESPONSE_BUCKETS if m < bound) for m in minutes)
    return [(label, counts.get(label, 0)) for _, label in RESPONSE_BUCKETS]


def ticket_category(ticket: Ticket, shown: Sequence[str], categories: dict[str, str]) -> str:
    """The ticket's own category, else that of the last entry the bot showed, else "other"."""
    if ticket.category:
        return ticket.category
    for entry_id in reversed(shown):
        if entry_id in categories:
            return categories[entry_id]
    return "other"


def _per_moderator(tickets: Iterable[Ticket]) -> list[ModeratorFigures]:
    groups: dict[str, list[Ticket]] = defaultdict(list)
    for ticket in tickets:
        if ticket.moderator_id:
            groups[ticket.moderator_name or ticket.moderator_id].append(ticket)
    return [ModeratorFigures(
        name=name, claimed=len(group), resolved=sum(1 for t in group if t.resolved_at is not None),
        first_response=Spread.of(_minutes(group, "escalated_at", "first_response_at")),
        resolution=Spread.of(_minutes(group, "escalated_at", "resolved_at")),
        satisfaction=Satisfaction.of([t.rating for t in group if t.rating is not None]),
    ) for name, group in sorted(groups.items())]


def _minutes(tickets: Iterable[Ticket], start: str, end: str) -> list[float]:
    out = []
    for ticket in tickets:
        a, b = getattr(ticket, start), getattr(ticket, end)
        if a is not None and b is not None:
            out.append(max(0.0, (b - a).total_seconds() / 60))
    return out


def _days(since: datetime, until: datetime, zone: ZoneInfo) -> list[str]:
    first, last = since.astimezone(zone).date(), (until - timedelta(microseconds=1)).astimezone(zone).date()
    count = (last - first).days + 1
    return [(first + timedelta(days=i)).isoformat() for i in range(max(0, min(count, 366)))]


def _rank(ordered: Sequence[float], q: float) -> float:
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None
