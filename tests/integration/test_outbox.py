"""The outbox: an action's state and its platform effects commit together; delivery retries, in order, once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from typer.testing import CliRunner

from bots.bootstrap import DeskApp
from bots.cli import app as cli_app
from core.clock import utcnow
from core.desk import Inbound
from core.errors import StorageUnavailable
from core.models import Actor, Ticket, TicketMessage, TicketState
from core.outbox.delivery import PARKED
from core.outbox.effects import EffectKind, OutboxState
from core.settings import LimitSettings, OutboxSettings, SlaSettings
from core.tickets.notify import StaffThread, StaffThreadGone, TicketCard
from core.tickets.sla import PINGED_UNCLAIMED
from tests.fakes import FakeNotifier, MovableClock, new_staff_thread

MOD = Actor("test", "m1", "Mia", is_moderator=True)
START = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)


class Busy(Exception):
    """A platform's "slow down": the notifier tells how long to wait."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"429, retry after {seconds}")
        self.seconds = seconds


class FlakyNotifier(FakeNotifier):
    """Fails the next ``failures`` relays to staff (and replies to users), with an error or a rate limit."""

    def __init__(self) -> None:
        super().__init__()
        self.failures = 0
        self.error: Exception = RuntimeError("500 Internal Server Error")
        self.gone: set[int] = set()
        self.calls = 0

    def retry_after(self, exc: Exception) -> float | None:
        return exc.seconds if isinstance(exc, Busy) else None

    def _maybe_fail(self) -> None:
        self.calls += 1
        if self.failures:
            self.failures -= 1
            raise self.error

    async def to_staff(self, ticket: Ticket, message: TicketMessage) -> None:
        if ticket.id in self.gone:
            self.gone.discard(ticket.id)
            raise StaffThreadGone(ticket.id)
        self._maybe_fail()
        await super().to_staff(ticket, message)

    async def to_user(self, ticket: Ticket, message: TicketMessage) -> None:
        self._maybe_fail()
        await super().to_user(ticket, message)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(START)


@pytest.fixture
def flaky() -> FlakyNotifier:
    return FlakyNotifier()


QUIET_SLA = SlaSettings(unclaimed_minutes=0, unanswered_minutes=0, auto_close_hours=0,  # type: ignore[call-arg]
                        _env_file=None)


@pytest.fixture
async def app(make_desk, backend_settings, clock, flaky) -> DeskApp:
    outbox = OutboxSettings(max_attempts=3, backoff_seconds=2, inline_seconds=30, _env_file=None)  # type: ignore[call-arg]
    settings = backend_settings.model_copy(update={"outbox": outbox, "sla": QUIET_SLA})
    return await make_desk(settings=settings, clock=clock, notifiers={"test": flaky})


def user(text: str) -> Inbound:
    return Inbound("test", "u1", text, "Ulla")


async def escalated(app: DeskApp) -> int:
    ticket = (await app.desk.request_human(user("my account is locked"))).ticket
    assert ticket is not None and ticket.thread_ref is not None
    await app.desk.tickets.claim(ticket.id, MOD)
    return ticket.id


async def rows(app: DeskApp, *states: OutboxState) -> list[tuple[str, str]]:
    items = await app.delivery.outbox.list(states=states or None, limit=1000)
    return [(i.effect.kind.value, i.state.value) for i in items]


async def test_a_failed_relay_is_stored_once_and_delivered_later_in_order(app, clock, flaky):
    number = await escalated(app)
    flaky.failures = 1
    first = await app.desk.handle_message(user("it says error 1001"))  # the platform fails: no error for the user
    assert first.relayed
    await app.desk.handle_message(user("and now 1002"))  # queued behind the first, not sent before it
    assert flaky.to_staff_sent == []
    lines = [m.text for m in await app.desk.tickets.repo.messages(number)]
    assert lines.count("it says error 1001") == 1 and lines.count("and now 1002") == 1

    assert await app.delivery.deliver_due() == 0  # backing off: 2 s after the first failure
    clock.advance(seconds=2)
    assert await app.delivery.deliver_due() == 1
    assert flaky.to_staff_sent == [(number, "it says error 1001"), (number, "and now 1002")]
    assert await app.delivery.deliver_due() == 0  # nothing is sent twice
    assert await rows(app, OutboxState.PENDING) == []


async def test_a_rate_limit_waits_as_long_as_the_platform_says_and_is_not_a_failure(app, clock, flaky):
    number = await escalated(app)
    flaky.failures, flaky.error = 5, Busy(30)
    await app.desk.tickets.post_from_staff(number, MOD, "we are checking")
    for _ in range(5):  # five 429s in a row would park a row after 3 failures; rate limits do not count
        assert flaky.to_user_sent == []
        clock.advance(seconds=29)
        assert await app.delivery.deliver_due() == 0
        clock.advance(seconds=1)
        await app.delivery.deliver_due()
    assert flaky.to_user_sent == [(number, "we are checking")]
    assert (await app.delivery.outbox.list(states=[OutboxState.DONE], limit=100))[-1].attempts == 0


async def test_a_row_that_keeps_failing_is_parked_staff_are_told_once_and_the_queue_moves_on(app, clock, flaky):
    number = await escalated(app)
    flaky.failures = 3
    await app.desk.tickets.post_from_staff(number, MOD, "first reply")  # fails 3 times: parked
    await app.desk.tickets.post_from_staff(number, MOD, "second reply")
    for seconds in (2, 4):
        clock.advance(seconds=seconds)
        await app.delivery.deliver_due()
    assert flaky.to_user_sent == [(number, "second reply")]
    assert flaky.reminders == [(number, PARKED, "staff")]
    parked = await app.delivery.outbox.list(states=[OutboxState.PARKED])
    assert [(p.effect.kind, p.attempts) for p in parked] == [(EffectKind.TO_USER, 3)]
    assert "500 Internal Server Error" in (parked[0].last_error or "")
    events = [e.kind for e in await app.desk.tickets.repo.events(number)]
    assert events.count(PARKED) == 1

    assert await app.delivery.outbox.requeue(parked[0].id, clock())  # what `supportbot outbox retry` does
    await app.delivery.deliver_due()
    assert flaky.to_user_sent == [(number, "second reply"), (number, "first reply")]


async def test_an_action_that_fails_half_way_leaves_neither_its_state_nor_its_effects(app, flaky, monkeypatch):
    number = (await app.desk.request_human(user("my account is locked"))).ticket.id
    before = await rows(app)
    repo = app.desk.tickets.repo

    async def broken(event: object) -> None:
        raise StorageUnavailable("disk full")

    monkeypatch.setattr(repo, "add_event", broken)  # the claim's event write fails after its state change
    with pytest.raises(StorageUnavailable):
        await app.desk.tickets.claim(number, MOD)
    monkeypatch.undo()
    ticket = await app.desk.tickets.get(number)
    assert ticket.state == TicketState.OPEN and ticket.moderator_id is None
    assert await rows(app) == before and flaky.changes == []


async def test_a_deleted_thread_gets_a_new_card_with_the_transcript_and_no_repeated_relays(app, flaky):
    number = await escalated(app)
    flaky.gone.add(number)
    app.desk.tickets.units.after_commit.clear()  # the platform is slow: both lines wait in the outbox
    await app.desk.handle_message(user("hello? the thread is gone"))
    await app.desk.handle_message(user("still there?"))
    await app.delivery.deliver_due()
    cards = [c for c in flaky.opened if c.ticket.id == number]
    assert len(cards) == 2 and cards[1].again
    assert [m.text for m in cards[1].transcript][-2:] == ["hello? the thread is gone", "still there?"]
    assert flaky.to_staff_sent == []  # both lines came with the new card; nothing is sent a second time
    assert await rows(app, OutboxState.PENDING) == []


async def test_two_workers_on_one_database_deliver_each_row_once_and_in_order(make_desk, backend_settings, clock):
    seen = FakeNotifier()
    unlimited = LimitSettings(burst=0, per_minute=0, _env_file=None)  # type: ignore[call-arg]
    settings = backend_settings.model_copy(update={"sla": QUIET_SLA, "limits": unlimited})
    a = await make_desk(settings=settings, clock=clock, notifiers={"test": seen})
    b = await make_desk(settings=settings, clock=clock, notifiers={"test": seen})
    number = await escalated(a)
    a.desk.tickets.units.after_commit.clear()  # as if another process wrote them: only the workers deliver
    for n in range(20):
        await a.desk.handle_message(user(f"line {n}"))
    await asyncio.gather(a.delivery.deliver_due(), b.delivery.deliver_due(), a.delivery.deliver_due())
    assert seen.to_staff_sent == [(number, f"line {n}") for n in range(20)]


async def test_a_sweep_in_another_process_writes_rows_the_owning_platform_delivers(make_desk, settings, clock):
    """The console (or another platform's process) sweeping a Telegram ticket no longer swallows its reminder."""
    sla = SlaSettings(unclaimed_minutes=15, unanswered_minutes=0, auto_close_hours=0,  # type: ignore[call-arg]
                      working_hours="", _env_file=None)
    settings = settings.model_copy(update={"sla": sla})
    owner, other = FakeNotifier(), FakeNotifier()
    serving = await make_desk(settings=settings, clock=clock, notifiers={"test": owner})
    elsewhere = await make_desk(settings=settings, clock=clock, notifiers={"console": other})
    number = (await serving.desk.request_human(user("help"))).ticket.id
    clock.advance(minutes=16)
    assert await elsewhere.housekeeper.sweep() == [(number, PINGED_UNCLAIMED)]
    assert other.reminders == [] and owner.reminders == []
    assert await serving.delivery.deliver_due() == 1
    assert owner.reminders == [(number, PINGED_UNCLAIMED, "staff")]


async def test_the_outbox_command_lists_retries_and_drops(settings, clock, flaky, make_desk):
    outbox = OutboxSettings(max_attempts=1, inline_seconds=30, _env_file=None)  # type: ignore[call-arg]
    app = await make_desk(settings=settings.model_copy(update={"sla": QUIET_SLA, "outbox": outbox}), clock=clock,
                          notifiers={"test": flaky})
    number = await escalated(app)
    flaky.failures = 2
    await app.desk.tickets.post_from_staff(number, MOD, "one")
    await app.desk.tickets.post_from_staff(number, MOD, "two")
    first, second = (p.id for p in await app.delivery.outbox.list(states=[OutboxState.PARKED]))

    env = {"SUPPORTBOT_DATABASE_URL": settings.database_url or "", "SUPPORTBOT_FAQ_FILE": str(settings.faq_file)}
    runner = CliRunner()

    async def cli(*args: str):  # the command runs its own event loop
        return await asyncio.to_thread(runner.invoke, cli_app, list(args), env=env)

    listed = await cli("outbox", "list")
    assert listed.exit_code == 0, listed.output
    assert f"{first:<6d} parked" in listed.output and "to_user" in listed.output and "2 parked" in listed.output
    as_json = await cli("outbox", "list", "--json", "--state", "parked")
    assert as_json.output.count('"state": "parked"') == 2
    assert (await cli("outbox", "retry", str(first))).exit_code == 0
    assert (await cli("outbox", "drop", str(second))).exit_code == 0
    again = await cli("outbox", "retry", "999")
    assert again.exit_code == 1 and "no parked or dropped outbox row 999" in again.output
    after = await cli("outbox", "list", "--state", "pending", "--state", "dropped")
    assert f"{first:<6d} pending" in after.output and f"{second:<6d} dropped" in after.output
    clock.now = max(clock.now, utcnow())  # the command queued it at the wall clock's now
    await app.delivery.deliver_due()
    assert flaky.to_user_sent == [(number, "one")]


async def test_old_delivered_rows_and_handled_updates_are_purged(app, clock, flaky):
    await escalated(app)
    inbox = app.delivery.units.inbox
    assert inbox is not None
    assert await inbox.store_many("test", [("1", {"update_id": 1}), ("2", {"update_id": 2})], clock()) == ["1", "2"]
    assert await inbox.store_many("test", [("2", {"update_id": 2}), ("3", {})], clock()) == ["3"]
    await inbox.finish("test", ["1", "3"], clock())  # 2 never handled: kept, whatever its age
    delivered = len(await app.delivery.outbox.list(states=[OutboxState.DONE], limit=100))
    assert delivered >= 2
    clock.advance(days=6)
    assert await app.delivery.purge() == 0
    clock.advance(days=2)
    assert await app.delivery.purge() == delivered + 2
    assert await inbox.unhandled("test", 10) == [{"update_id": 2}]


class DyingCardNotifier(FakeNotifier):
    """Makes the thread, then fails before the card is posted (a crash or a refused send); then works."""

    def __init__(self) -> None:
        super().__init__()
        self.threads_made: list[str] = []
        self.given: list[str | None] = []

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        self.given.append(card.thread)
        if card.thread is None:
            thread = f"topic-{len(self.threads_made) + 1}"
            self.threads_made.append(thread)
            assert card.made is not None
            await card.made(thread)
            raise RuntimeError("connection reset while posting the card")
        return StaffThread(card.thread, f"card-in-{card.thread}")


async def test_a_card_cut_short_after_its_thread_was_made_is_posted_in_that_thread(make_desk, settings, clock):
    dying = DyingCardNotifier()
    app = await make_desk(settings=settings.model_copy(update={"sla": QUIET_SLA}), clock=clock,
                          notifiers={"test": dying})
    number = (await app.desk.request_human(user("my account is locked"))).ticket.id
    # The thread is the ticket's as soon as it exists: staff writing there before the card find the ticket.
    assert (await app.desk.tickets.get(number)).thread_ref == "topic-1"
    clock.advance(seconds=2)
    await app.delivery.deliver_due()
    assert dying.threads_made == ["topic-1"] and dying.given == [None, "topic-1"]
    assert (await app.desk.tickets.get(number)).thread_ref == "topic-1"


class HangingNotifier(FakeNotifier):
    """A platform that never answers a reply to the user (until the process stops)."""

    async def to_user(self, ticket: Ticket, message: TicketMessage) -> None:
        await asyncio.sleep(3600)


async def test_a_stop_gives_back_the_rows_in_flight_and_the_next_start_sends_them(make_desk, settings, clock):
    quick = OutboxSettings(inline_seconds=0.5, _env_file=None)  # type: ignore[call-arg]
    settings = settings.model_copy(update={"sla": QUIET_SLA, "outbox": quick})
    first = await make_desk(settings=settings, clock=clock, notifiers={"test": HangingNotifier()})
    number = (await first.desk.request_human(user("my account is locked"))).ticket.id
    await new_staff_thread(first.desk.tickets.repo, number)
    await first.desk.tickets.claim(number, MOD)
    await first.desk.tickets.post_from_staff(number, MOD, "on its way")  # answers; the send hangs behind
    await first.close()
    seen = FakeNotifier()
    second = await make_desk(settings=settings, clock=clock, notifiers={"test": seen})
    assert await second.delivery.deliver_due() == 1  # not held by the stopped worker's lease
    assert seen.to_user_sent == [(number, "on its way")]
