"""The SLA sweep reads only due tickets: each ticket stores when it is next worth a look (``check_at``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event

from bots.bootstrap import DeskApp
from core.desk import Inbound
from core.models import Actor, Author, Ticket, TicketMessage, TicketState
from core.ports import TicketUpdate
from core.settings import LimitSettings, SlaSettings
from core.tickets.notify import STAFF
from core.tickets.sla import PINGED_UNANSWERED, PINGED_UNCLAIMED
from tests.fakes import MovableClock

MOD = Actor("test", "m1", "Mia", is_moderator=True)
MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
SLA = SlaSettings(unclaimed_minutes=15, unanswered_minutes=30, auto_close_hours=24, close_warning_hours=12,
                  working_hours="", _env_file=None)  # type: ignore[call-arg]
UNLIMITED = LimitSettings(burst=0, per_minute=0, tickets_per_hour=0, _env_file=None)  # type: ignore[call-arg]


def user(user_id: str, text: str = "my account is locked") -> Inbound:
    return Inbound("test", user_id, text, "Ulla")


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(MONDAY_10)


@pytest.fixture
async def app(make_desk, settings, clock) -> DeskApp:
    return await make_desk(settings=settings.model_copy(update={"sla": SLA, "limits": UNLIMITED}), clock=clock)


@pytest.fixture
def looked(app: DeskApp, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The tickets whose event log the sweep read: one read per ticket it looked at."""
    seen: list[int] = []
    read = app.desk.tickets.repo.events

    async def events(ticket_id: int) -> Any:
        seen.append(ticket_id)
        return await read(ticket_id)

    monkeypatch.setattr(app.desk.tickets.repo, "events", events)
    return seen


async def waiting_on_users(app: DeskApp, count: int) -> list[int]:
    """``count`` claimed tickets, each with a staff thread, whose moderator answered last (quiet for a day)."""
    tickets, repo, now = app.desk.tickets, app.desk.tickets.repo, app.desk.tickets.clock()
    numbers: list[int] = []
    async with tickets.units():  # one transaction: seeding 300 tickets stays quick
        for n in range(count):
            ticket = await repo.create(Ticket(id=0, platform="test", user_id=f"old{n}", user_name="", language="en",
                                              state=TicketState.PENDING, created_at=now, updated_at=now,
                                              thread_ref=f"thread-old{n}"))
            await repo.transition(ticket.id, [TicketState.PENDING], TicketUpdate(
                state=TicketState.CLAIMED, escalated_at=now, moderator_id=MOD.user_id, moderator_name=MOD.name))
            await repo.add_message(TicketMessage(ticket.id, Author.MODERATOR, MOD.key, "please send the tx hash", now))
            numbers.append(ticket.id)
    return numbers


async def due_now(app: DeskApp) -> list[int]:
    return [t.id for t in await app.desk.tickets.repo.due(app.desk.tickets.clock(), 100)]


async def test_a_sweep_looks_only_at_the_due_tickets(app, clock, looked, notifier):
    old = await waiting_on_users(app, 300)
    assert len(await app.housekeeper.sweep()) == 0  # the first sweep of a process looks at all of them
    assert len(looked) == 300
    clock.advance(minutes=1)
    fresh = (await app.desk.request_human(user("new"))).ticket.id
    for n in range(3):  # three of the users answer
        await app.desk.handle_message(user(f"old{n}", "here it is: 0xabc"))
    looked.clear()
    assert await app.housekeeper.sweep() == []
    assert sorted(looked) == sorted([fresh, *old[:3]])  # not the 297 still waiting on their users
    clock.advance(minutes=31)
    looked.clear()
    done = await app.housekeeper.sweep()
    assert sorted(done) == sorted([(fresh, PINGED_UNCLAIMED), *((n, PINGED_UNANSWERED) for n in old[:3])])
    assert sorted(looked) == sorted([fresh, *old[:3]])
    assert len(notifier.reminders) == 4


async def test_the_due_query_is_a_range_on_the_index(app, clock):
    await waiting_on_users(app, 20)
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    engine = app.db.engine.sync_engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        assert len(await app.desk.tickets.repo.due(clock(), 100)) == 20
    finally:
        event.remove(engine, "before_cursor_execute", record)
    sql, parameters = next((s, p) for s, p in statements if "FROM tickets" in s)
    async with app.db.engine.connect() as connection:
        plan = " ".join(str(row[-1]) for row in await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}",
                                                                                  parameters))
    assert "USING INDEX ix_tickets_check_at (state=? AND check_at<?)" in plan, plan


async def test_a_ticket_is_skipped_until_its_time_then_acted_on_once(app, clock, looked, notifier):
    number = (await app.desk.request_human(user("u1"))).ticket.id
    assert await app.housekeeper.sweep() == []  # plans the first ping for 10:15
    clock.advance(minutes=14, seconds=59)
    assert await due_now(app) == []
    looked.clear()
    assert await app.housekeeper.sweep() == [] and looked == []
    clock.advance(seconds=1)
    assert await due_now(app) == [number]
    assert await app.housekeeper.sweep() == [(number, PINGED_UNCLAIMED)]
    assert await app.housekeeper.sweep() == []  # its own event made it due: this look plans 10:30
    looked.clear()
    clock.advance(minutes=14)
    assert await app.housekeeper.sweep() == [] and looked == []
    clock.advance(minutes=1)
    assert await app.housekeeper.sweep() == [(number, PINGED_UNCLAIMED)]
    assert notifier.reminders == [(number, PINGED_UNCLAIMED, STAFF)] * 2


async def test_a_message_a_state_change_or_a_lost_thread_makes_a_ticket_due_at_once(app, clock, looked):
    number = (await app.desk.request_human(user("u1"))).ticket.id
    await app.desk.tickets.claim(number, MOD)
    await app.desk.tickets.staff_reply(number, MOD, "please send the tx hash")
    await app.housekeeper.sweep()
    assert await due_now(app) == []  # nothing for a day: the user is quiet

    changes: list[Callable[[], Any]] = [
        lambda: app.desk.handle_message(user("u1", "0xabc")),  # a message
        lambda: app.desk.tickets.resolve(number, MOD),  # a state change
        lambda: app.desk.tickets.repo.set_thread(number, None),  # the staff thread is gone
    ]
    for change in changes:
        clock.advance(minutes=1)
        await change()
        assert await due_now(app) == [number]  # at once, not at the next timer
        looked.clear()
        assert await app.housekeeper.sweep() == []
        assert looked == [number]
        assert await due_now(app) == []
    ticket = await app.desk.tickets.get(number)
    assert (ticket.state, ticket.thread_ref) == (TicketState.RESOLVED, None)


async def test_a_change_while_the_sweep_looks_keeps_the_ticket_due(app, clock, monkeypatch):
    number = (await app.desk.request_human(user("u1"))).ticket.id
    await app.desk.tickets.claim(number, MOD)
    await app.desk.tickets.staff_reply(number, MOD, "please send the tx hash")
    await app.housekeeper.sweep()
    clock.advance(minutes=1)
    await app.desk.tickets.note(number, "seen")  # any change makes it due
    read = app.desk.tickets.repo.messages

    async def messages_then_the_user_answers(ticket_id: int) -> list[TicketMessage]:
        lines = await read(ticket_id)
        await app.desk.handle_message(user("u1", "0xabc"))  # after the sweep read the transcript
        return lines

    monkeypatch.setattr(app.desk.tickets.repo, "messages", messages_then_the_user_answers)
    assert await app.housekeeper.sweep() == []  # it planned from a transcript where Mia spoke last ...
    monkeypatch.undo()
    assert await due_now(app) == [number]  # ... but did not store that plan over the user's answer
    clock.advance(minutes=30)
    assert await app.housekeeper.sweep() == [(number, PINGED_UNANSWERED)]


async def test_two_processes_sweeping_at_once_act_once(make_desk, backend_settings, clock, notifier):
    # Two desks, each with its own engine, on one SQLite file or one PostgreSQL database.
    settings = backend_settings.model_copy(update={"sla": SLA, "limits": UNLIMITED})
    a = await make_desk(settings=settings, clock=clock)
    b = await make_desk(settings=settings, clock=clock)
    numbers = [(await a.desk.request_human(user(f"u{n}"))).ticket.id for n in range(6)]
    await asyncio.gather(a.housekeeper.sweep(), b.housekeeper.sweep())  # each looks at everything once
    for _ in range(3):
        clock.advance(minutes=15)
        swept = await asyncio.gather(a.housekeeper.sweep(), b.housekeeper.sweep())
        assert sorted(swept[0] + swept[1]) == [(n, PINGED_UNCLAIMED) for n in numbers]
    assert sorted(notifier.reminders) == sorted([(n, PINGED_UNCLAIMED, STAFF) for n in numbers] * 3)
    swept = await asyncio.gather(a.housekeeper.sweep(), b.housekeeper.sweep())
    assert swept == [[], []]


async def test_new_settings_make_the_next_sweep_look_at_every_ticket(app, clock):
    number = (await app.desk.request_human(user("u1"))).ticket.id
    await app.housekeeper.sweep()  # plans the ping for 10:15 under a 15-minute timer
    clock.advance(minutes=5)
    app.housekeeper.settings = SLA.model_copy(update={"unclaimed_minutes": 5})
    assert await app.housekeeper.sweep() == [(number, PINGED_UNCLAIMED)]
