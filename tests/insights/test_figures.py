"""The figures of `supportbot stats`, on hand-made records whose answers are known."""

from datetime import UTC, datetime, timedelta

import numpy as np

from core.insights.gaps import ESCALATED, UNHELPFUL, average_linkage, gap_samples
from core.insights.stats import BOT_ANSWER, BOT_SUGGEST, NOT_HELPFUL, DeskData, UserLine, compute_stats
from core.insights.summary import stats_as_dict
from core.models import Ticket, TicketEvent, TicketState

T0 = datetime(2026, 11, 16, 0, 0, tzinfo=UTC)


def ticket(number: int, *, at: timedelta, escalated: float | None = None, first: float | None = None,
           resolved: float | None = None, moderator: str | None = None, rating: int | None = None,
           category: str | None = None) -> Ticket:
    """A ticket created at T0 + ``at``; the other times are minutes after creation."""
    created = T0 + at
    def later(minutes: float | None) -> datetime | None:
        return None if minutes is None else created + timedelta(minutes=minutes)
    return Ticket(number, "test", f"u{number}", "", TicketState.CLOSED, "en", created, created, category=category,
                  moderator_id=moderator, moderator_name=moderator, escalated_at=later(escalated),
                  first_response_at=later(first), resolved_at=later(resolved), rating=rating)


def data() -> DeskData:
    tickets = [
        ticket(1, at=timedelta(hours=9)),  # answered by the bot, never escalated
        ticket(2, at=timedelta(hours=9, minutes=30)),  # only suggestions, never escalated
        ticket(3, at=timedelta(days=1, hours=14), escalated=1, first=11, resolved=61, moderator="ann", rating=5,
               category="security"),
        ticket(4, at=timedelta(days=1, hours=14), escalated=2, first=32, resolved=182, moderator="bo", rating=2),
        ticket(5, at=timedelta(days=2, hours=20), escalated=0, first=5, moderator="ann"),  # claimed, unresolved
    ]
    lines = [UserLine(t.id, t.created_at, f"question {t.id}") for t in tickets]
    lines.append(UserLine(4, tickets[3].created_at + timedelta(minutes=1), "a person please"))
    events = [
        TicketEvent(1, BOT_ANSWER, "bot", tickets[0].created_at, "backup"),
        TicketEvent(2, BOT_SUGGEST, "bot", tickets[1].created_at, "backup,deposit"),
        TicketEvent(4, BOT_ANSWER, "bot", tickets[3].created_at, "deposit"),
        TicketEvent(4, NOT_HELPFUL, "bot", tickets[3].created_at + timedelta(minutes=1), "deposit"),
    ]
    return DeskData(T0, T0 + timedelta(days=3), tickets, lines, events)


def test_volume_rates_and_times():
    stats = compute_stats(data(), {"backup": "wallet", "deposit": "deposit"})
    assert (stats.messages, stats.conversations, stats.escalated, stats.resolved) == (6, 5, 3, 2)
    assert (stats.answered_by_bot, stats.suggested, stats.automated, stats.automated_with_answer) == (2, 1, 2, 1)
    assert stats.deflection_rate == 1 / 5 and stats.automation_rate == 2 / 5 and stats.resolution_rate == 2 / 3
    # first response: 10, 30, 5 minutes after escalation -> median 10, p90 30
    assert (stats.first_response.median, stats.first_response.p90) == (10, 30)
    assert (stats.resolution.median, stats.resolution.p90) == (60, 180)
    assert stats.satisfaction.mean == 3.5 and stats.satisfaction.distribution == {1: 0, 2: 1, 3: 0, 4: 0, 5: 1}


def test_per_moderator_category_hours_and_entries():
    stats = compute_stats(data(), {"backup": "wallet", "deposit": "deposit"})
    ann, bo = stats.by_moderator
    assert (ann.name, ann.claimed, ann.resolved, ann.satisfaction.mean) == ("ann", 2, 1, 5)
    assert (bo.name, bo.first_response.median) == ("bo", 30)
    # ticket 4 has no category of its own: the entry it was shown decides
    assert set(stats.satisfaction_by_category) == {"security", "deposit"}
    assert stats.busiest_hours == [14, 9, 20] and sum(stats.hours) == 6
    deposit = next(e for e in stats.entries if e.entry_id == "deposit")
    assert (deposit.shown, deposit.not_helpful, deposit.not_helpful_rate) == (1, 1, 1.0)
    assert [d.conversations for d in stats.days] == [2, 2, 1]
    assert dict(stats.response_buckets)["5-15m"] == 2 and dict(stats.response_buckets)["30-60m"] == 1


def test_days_and_hours_follow_the_desk_time_zone():
    stats = compute_stats(data(), {}, "Asia/Shanghai")  # UTC+8: 09:00 UTC is 17:00 there
    assert stats.hours[17] == 2 and stats.hours[9] == 0
    assert len(stats.days) == 4  # three UTC days span four Shanghai dates


def test_the_json_form_has_every_figure_and_no_datetime_objects():
    import json

    payload = stats_as_dict(compute_stats(data(), {}))
    text = json.dumps(payload)
    assert payload["deflection_rate"] == 0.2 and payload["first_response"]["median_min"] == 10
    assert "by_moderator" in text and "busiest_hours" in text


def test_an_empty_period_gives_dashes_not_errors():
    stats = compute_stats(DeskData(T0, T0 + timedelta(days=1), [], [], []), {})
    assert stats.deflection_rate is None and stats.first_response.median is None and stats.busiest_hours == []


def test_gap_samples_take_the_question_behind_each_failure():
    samples = gap_samples(data())
    # ticket 4: its answer did not help (the question before that event); ticket 3 and 5: escalated unanswered
    assert (4, "question 4", UNHELPFUL) in [(s.ticket_id, s.text, s.kind) for s in samples]
    assert {s.ticket_id for s in samples if s.kind == ESCALATED} == {3, 5}
    assert all(s.ticket_id not in (1, 2) for s in samples)


def test_average_linkage_keeps_two_topics_apart():
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal(32), rng.standard_normal(32)
    points = [centre + 0.1 * rng.standard_normal(32) for centre in (a, a, a, a, b, b, b)]
    vectors = np.stack([p / np.linalg.norm(p) for p in points])
    groups = average_linkage(vectors, 0.8)
    assert sorted(map(len, groups)) == [3, 4]
    assert average_linkage(vectors, 0.9999) == [[i] for i in range(7)]
