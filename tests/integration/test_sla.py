"""SLA pings, reminders, auto-close and working hours, on a real SQLite file with a clock the test moves."""

import asyncio
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from bots.bootstrap import DeskApp
from core.desk import Inbound
from core.i18n import render
from core.models import Actor, TicketState
from core.settings import SlaSettings
from core.tickets.hours import WorkingHours
from core.tickets.notify import STAFF, USER
from core.tickets.sla import CLOSE_WARNED, PINGED_UNANSWERED, PINGED_UNCLAIMED
from tests.fakes import MovableClock

MOD = Actor("test", "m1", "Mia", is_moderator=True)
MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # a Monday


def user(text: str = "") -> Inbound:
    return Inbound("test", "u1", text, "Ulla")


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(MONDAY_10)


@pytest.fixture
async def app(make_desk, settings, clock) -> DeskApp:
    sla = SlaSettings(unclaimed_minutes=15, unanswered_minutes=30, auto_close_hours=24, close_warning_hours=12,
                      working_hours="09:00-18:00", working_days="mon-fri", _env_file=None)  # type: ignore[call-arg]
    return await make_desk(settings=settings.model_copy(update={"sla": sla}), clock=clock)


async def escalate(app: DeskApp) -> int:
    outcome = await app.desk.request_human(user("my account is locked"))
    assert outcome.ticket is not None and outcome.ticket.state == TicketState.OPEN
    return outcome.ticket.id


async def test_an_unclaimed_ticket_pings_staff_every_interval_in_working_hours(app, clock, notifier):
    number = await escalate(app)
    clock.advance(minutes=14)
    assert await app.housekeeper.sweep() == []
    clock.advance(minutes=1)
    assert await app.housekeeper.sweep() == [(number, PINGED_UNCLAIMED)]
    assert await app.housekeeper.sweep() == []  # not twice for the same interval
    clock.advance(minutes=15)
    assert await app.housekeeper.sweep() == [(number, PINGED_UNCLAIMED)]
    assert notifier.reminders == [(number, PINGED_UNCLAIMED, STAFF)] * 2
    clock.now = MONDAY_10.replace(hour=19)  # after hours: nobody is pinged at night
    assert await app.housekeeper.sweep() == []


async def test_timers_survive_a_restart(app, make_desk, settings, clock):
    number = await escalate(app)
    clock.advance(minutes=16)
    assert await app.housekeeper.sweep() == [(number, PINGED_UNCLAIMED)]
    again = await make_desk(settings=settings.model_copy(update={"sla": app.desk.settings.sla}), clock=clock)
    assert await again.housekeeper.sweep() == []  # the ping is in the database, not in the old process
    clock.advance(minutes=15)
    assert await again.housekeeper.sweep() == [(number, PINGED_UNCLAIMED)]


async def test_the_claimer_is_reminded_while_the_user_waits(app, clock, notifier):
    number = await escalate(app)
    await app.desk.tickets.claim(number, MOD)
    clock.advance(minutes=31)
    assert await app.housekeeper.sweep() == [(number, PINGED_UNANSWERED)]
    await app.desk.tickets.staff_reply(number, MOD, "checking")
    clock.advance(minutes=31)
    assert await app.housekeeper.sweep() == []  # now the ticket waits on the user, not on Mia
    await app.desk.handle_message(user("any news?"))
    clock.advance(minutes=29)
    assert await app.housekeeper.sweep() == []
    clock.advance(minutes=2)
    assert await app.housekeeper.sweep() == [(number, PINGED_UNANSWERED)]


async def test_a_silent_user_is_warned_then_resolved_then_closed(app, clock, notifier):
    number = await escalate(app)
    await app.desk.tickets.claim(number, MOD)
    await app.desk.tickets.staff_reply(number, MOD, "please send the tx hash")
    clock.advance(hours=24)
    assert await app.housekeeper.sweep() == [(number, CLOSE_WARNED)]
    assert notifier.reminders[-1] == (number, CLOSE_WARNED, USER)
    clock.advance(hours=11)
    assert await app.housekeeper.sweep() == []
    clock.advance(hours=1)
    assert await app.housekeeper.sweep() == [(number, "auto_resolved")]
    assert notifier.ratings == [number]  # resolving asks for the rating
    clock.advance(hours=24)
    assert await app.housekeeper.sweep() == [(number, CLOSE_WARNED)]  # unrated: one more reminder
    clock.advance(hours=12)
    assert await app.housekeeper.sweep() == [(number, "auto_closed")]
    ticket = await app.desk.tickets.get(number)
    assert ticket.state == TicketState.CLOSED
    await app.desk.rate(user(), number, 4)  # a late rating is still taken
    assert (await app.desk.tickets.get(number)).rating == 4


async def test_a_user_who_answers_the_warning_keeps_the_ticket(app, clock):
    number = await escalate(app)
    await app.desk.tickets.claim(number, MOD)
    await app.desk.tickets.staff_reply(number, MOD, "please send the tx hash")
    clock.advance(hours=24)
    await app.housekeeper.sweep()
    await app.desk.handle_message(user("0xabc, sorry for the delay"))
    clock.advance(hours=13)
    assert (number, "auto_resolved") not in await app.housekeeper.sweep()
    assert (await app.desk.tickets.get(number)).state == TicketState.CLAIMED


async def test_out_of_hours_the_user_is_told_when_to_expect_a_reply(app, clock):
    clock.now = datetime(2026, 11, 28, 23, 0, tzinfo=UTC)  # Saturday night
    outcome = await app.desk.request_human(user("my account is locked"))
    text = "\n".join(outcome.texts())
    assert "Mon 09:00" in text and "mon-fri 09:00-18:00 (UTC)" in text
    zh = render("zh", outcome.replies[-1])
    assert "Mon 09:00" in zh and "工作时间" in zh


def test_working_hours_parse_and_refuse_nonsense():
    hours = WorkingHours("09:00-18:00", "mon-fri", "Asia/Shanghai")
    assert hours.is_open(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))  # 10:00 in Shanghai, Monday
    assert not hours.is_open(datetime(2026, 11, 23, 11, 0, tzinfo=UTC))  # 19:00 there
    assert hours.next_open(datetime(2026, 11, 27, 11, 0, tzinfo=UTC)).isoformat() == "2026-11-30T09:00:00+08:00"
    assert WorkingHours("", "mon-fri", "UTC").is_open(MONDAY_10.replace(hour=3))
    assert WorkingHours("22:00-23:00", "sat-mon", "UTC").days == frozenset({5, 6, 0})
    for hours_text, days in (("9-18", "mon-fri"), ("18:00-09:00", "mon-fri"), ("09:00-18:00", "monday")):
        with pytest.raises(ValidationError):
            SlaSettings(working_hours=hours_text, working_days=days, _env_file=None)  # type: ignore[call-arg]


async def test_two_processes_sweeping_at_once_ping_and_warn_once(app, make_desk, settings, clock, notifier):
    # Two desks on one database file, each with its own engine, as two bot processes would be.
    other = await make_desk(settings=settings.model_copy(update={"sla": app.desk.settings.sla}), clock=clock)
    waiting = await escalate(app)
    quiet = (await app.desk.request_human(Inbound("test", "u2", "where is my deposit", "Vic"))).ticket.id
    await app.desk.tickets.claim(quiet, MOD)
    await app.desk.tickets.staff_reply(quiet, MOD, "please send the tx hash")
    clock.advance(hours=24)
    swept = await asyncio.gather(app.housekeeper.sweep(), other.housekeeper.sweep())
    assert sorted(swept[0] + swept[1]) == [(waiting, PINGED_UNCLAIMED), (quiet, CLOSE_WARNED)]
    assert sorted(notifier.reminders) == [(waiting, PINGED_UNCLAIMED, STAFF), (quiet, CLOSE_WARNED, USER)]
    clock.advance(hours=12)
    swept = await asyncio.gather(app.housekeeper.sweep(), other.housekeeper.sweep())
    assert [done for done in swept[0] + swept[1] if done[0] == quiet] == [(quiet, "auto_resolved")]
    assert notifier.ratings == [quiet]


async def test_a_rating_loses_its_buttons_once_it_is_final(app, clock, notifier):
    number = await escalate(app)
    await app.desk.tickets.claim(number, MOD)
    await app.desk.tickets.resolve(number, MOD)
    await app.desk.rate(user(), number, 2)
    clock.advance(minutes=5)
    await app.desk.rate(user(), number, 4)  # still changeable
    assert await app.housekeeper.sweep() == [] and notifier.finals == []
    clock.advance(minutes=6)  # eleven minutes after the first press
    assert await app.housekeeper.sweep() == [(number, "rating_final")]
    assert notifier.finals == [(number, f"rating-{number}-1")]  # the request message, once
    assert await app.housekeeper.sweep() == []
    assert (await app.desk.tickets.get(number)).rating == 4
