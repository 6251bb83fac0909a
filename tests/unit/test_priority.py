"""Priorities: parsing what moderators type, the category default, and shorter SLA timers for high tickets."""

from datetime import UTC, datetime, timedelta

import pytest

from bots.texts import ticket_title
from core.errors import InvalidInput
from core.models import Ticket, TicketEvent, TicketState
from core.settings import Settings, SlaSettings
from core.tickets.assign import ASSIGNED
from core.tickets.hours import WorkingHours
from core.tickets.priority import HIGH, LOW, NORMAL, parse_priority, priority_for
from core.tickets.timers import PINGED_UNANSWERED, PINGED_UNCLAIMED, ticket_timers

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
ALWAYS = WorkingHours("", "mon-fri", "UTC")  # no hours set: always staffed
SLA = SlaSettings(unclaimed_minutes=15, unanswered_minutes=30, high_priority_factor=0.5,
                  _env_file=None)  # type: ignore[call-arg]


def ticket(priority: str, state: TicketState = TicketState.OPEN, **extra: object) -> Ticket:
    return Ticket(1, "test", "u1", "Ulla", state, "en", NOON, NOON, category="security", thread_ref="t-1",
                  escalated_at=NOON, priority=priority, **extra)  # type: ignore[arg-type]


def test_moderators_may_type_a_priority_in_several_ways():
    assert [parse_priority(w) for w in ("high", " HIGH ", "urgent", "高", "normal", "n", "low", "低")] == \
           [HIGH, HIGH, HIGH, HIGH, NORMAL, NORMAL, LOW, LOW]
    for wrong in ("", "highest", "1"):
        with pytest.raises(InvalidInput) as refused:
            parse_priority(wrong)
        assert refused.value.key == "error.input.priority"


def test_security_is_high_by_default_and_the_setting_maps_any_category():
    defaults = Settings(_env_file=None).priority_categories  # type: ignore[call-arg]
    assert priority_for("security", defaults) == HIGH
    assert priority_for("deposit", defaults) == priority_for(None, defaults) == NORMAL
    assert priority_for("fees", {"fees": LOW}) == LOW
    with pytest.raises(ValueError, match="priorities must be one of"):
        Settings(priority_categories={"security": "urgent"}, _env_file=None)  # type: ignore[call-arg]


@pytest.mark.parametrize(("priority", "minutes"), [(HIGH, 7.5), (NORMAL, 15), (LOW, 15)])
def test_an_unclaimed_high_ticket_pings_after_half_the_time(priority, minutes):
    timers = ticket_timers(ticket(priority), [], [], SLA, ALWAYS, NOON)
    assert [(t.kind, t.at) for t in timers] == [(PINGED_UNCLAIMED, NOON + timedelta(minutes=minutes))]


def test_the_claimer_of_a_high_ticket_is_reminded_sooner_and_an_assignment_restarts_the_wait():
    claimed = ticket(HIGH, TicketState.CLAIMED, moderator_id="m1", moderator_name="Mia")
    events = [TicketEvent(1, "claimed", "test:m1", NOON)]
    (timer,) = ticket_timers(claimed, events, [], SLA, ALWAYS, NOON)
    assert (timer.kind, timer.at) == (PINGED_UNANSWERED, NOON + timedelta(minutes=15))
    handed = [*events, TicketEvent(1, ASSIGNED, "test:m1", NOON + timedelta(minutes=10), "test:m2")]
    (timer,) = ticket_timers(claimed, handed, [], SLA, ALWAYS, NOON + timedelta(minutes=10))
    assert timer.at == NOON + timedelta(minutes=25)  # the new owner gets the whole (high) wait


def test_titles_mark_high_and_low_tickets():
    assert ticket_title(ticket(HIGH), 100) == "🔴 #1 · security · en"
    assert ticket_title(ticket(NORMAL), 100) == "#1 · security · en"
    assert ticket_title(ticket(LOW), 100).startswith("🔵 #1 ")
    resolved = ticket(HIGH, TicketState.RESOLVED)
    assert ticket_title(resolved, 100).startswith("✅ 🔴 #1")
