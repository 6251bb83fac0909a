"""A platform refusing a ticket's staff thread: one fallback card, retries that back off; a deleted thread replaced."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bots.bootstrap import DeskApp
from core.desk import Inbound
from core.models import Actor, Author, Ticket, TicketMessage, TicketState
from core.settings import SlaSettings
from core.tickets.notify import Reminder, StaffThread, StaffThreadGone, TicketCard
from core.tickets.service import THREAD_GONE
from core.tickets.sla import PINGED_UNCLAIMED, REANNOUNCED, retry_delay
from tests.fakes import FakeNotifier, MovableClock

MOD = Actor("test", "m1", "Mia", is_moderator=True)
START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


class RefusingNotifier(FakeNotifier):
    """Refuses threads while ``refusing``, posting a fallback card only for a ticket that has none yet."""

    def __init__(self) -> None:
        super().__init__()
        self.refusing = True
        self.fallback_cards = 0
        self.gone: set[int] = set()  # tickets whose thread was deleted

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        self.opened.append(card)
        if not self.refusing:
            return StaffThread(f"thread-{card.ticket.id}-{len(self.opened)}", f"card-{len(self.opened)}")
        if card.ticket.card_ref is not None:
            return None  # its fallback card is there already
        self.fallback_cards += 1
        return StaffThread(None, f"fallback-{card.ticket.id}")

    async def to_staff(self, ticket: Ticket, message: TicketMessage) -> None:
        if ticket.id in self.gone:
            self.gone.discard(ticket.id)
            raise StaffThreadGone(ticket.id)
        await super().to_staff(ticket, message)

    async def remind(self, ticket: Ticket, reminder: Reminder) -> None:
        if ticket.id in self.gone:
            self.gone.discard(ticket.id)
            raise StaffThreadGone(ticket.id)
        await super().remind(ticket, reminder)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(START)


@pytest.fixture
def refusing() -> RefusingNotifier:
    return RefusingNotifier()


@pytest.fixture
async def app(make_desk, settings, clock, refusing) -> DeskApp:
    sla = SlaSettings(unclaimed_minutes=0, unanswered_minutes=0, auto_close_hours=0, working_hours="",
                      announce_grace_seconds=30, _env_file=None)  # type: ignore[call-arg]
    return await make_desk(settings=settings.model_copy(update={"sla": sla}), clock=clock,
                           notifiers={"test": refusing})


def user(text: str) -> Inbound:
    return Inbound("test", "u1", text, "Ulla")


def test_retry_delay_doubles_from_ten_minutes_up_to_six_hours():
    assert [retry_delay(n) // timedelta(minutes=1) for n in range(1, 9)] == [10, 20, 40, 80, 160, 320, 360, 360]
    assert retry_delay(10_000) == timedelta(hours=6)


async def test_a_refused_thread_is_retried_with_backoff_and_one_fallback_card(app, clock, refusing):
    number = (await app.desk.request_human(user("my account is locked"))).ticket.id
    ticket = await app.desk.tickets.get(number)
    assert (ticket.state, ticket.thread_ref, ticket.card_ref) == (TicketState.OPEN, None, f"fallback-{number}")
    await app.desk.tickets.claim(number, MOD)  # claimable from the fallback card (no thread to be checked against)

    retried_at: list[int] = []  # minutes after the escalation at which the sweep asked the platform again
    for due in (0, 10, 30, 70, 150, 310, 630, 990, 1350):  # 10, 20, 40 ... minutes apart, then every 6 hours
        for minute in (due - 1, due):  # a minute early nothing happens; when due, exactly one retry
            clock.now = START + timedelta(minutes=minute, seconds=31)
            before = len(refusing.opened)
            assert await app.housekeeper.sweep() == []  # refused again: nothing to report
            retried_at += [minute] * (len(refusing.opened) - before)
    assert retried_at == [0, 10, 30, 70, 150, 310, 630, 990, 1350]
    assert refusing.fallback_cards == 1  # the retries never posted a second card
    retry = refusing.opened[-1]
    assert retry.again and retry.ticket.card_ref == f"fallback-{number}"  # the adapter can tell
    events = [e.kind for e in await app.desk.tickets.repo.events(number)]
    assert events.count(REANNOUNCED) == len(retried_at)

    # The platform accepts again: the next due retry opens the thread, which replaces the fallback card.
    refusing.refusing = False
    clock.now = START + timedelta(minutes=1350 + 360, seconds=31)
    assert await app.housekeeper.sweep() == [(number, REANNOUNCED)]
    ticket = await app.desk.tickets.get(number)
    assert ticket.thread_ref is not None and ticket.card_ref is not None and ticket.state == TicketState.CLAIMED
    clock.advance(hours=12)
    assert await app.housekeeper.sweep() == []


async def test_a_deleted_thread_is_replaced_and_the_message_kept(app, clock, refusing):
    refusing.refusing = False
    number = (await app.desk.request_human(user("my account is locked"))).ticket.id
    first = (await app.desk.tickets.get(number)).thread_ref
    await app.desk.tickets.claim(number, MOD)
    refusing.gone.add(number)
    clock.advance(minutes=5)
    await app.desk.handle_message(user("hello? the topic disappeared"))
    ticket = await app.desk.tickets.get(number)
    assert ticket.thread_ref not in (None, first) and ticket.state == TicketState.CLAIMED
    shown = refusing.opened[-1]
    assert shown.again and shown.question == "hello? the topic disappeared"
    assert [m.text for m in shown.transcript if m.author == Author.USER][-1] == "hello? the topic disappeared"
    assert THREAD_GONE in [e.kind for e in await app.desk.tickets.repo.events(number)]


async def test_a_thread_deleted_while_refused_backs_off_from_the_deletion(app, clock, refusing):
    refusing.refusing = False
    number = (await app.desk.request_human(user("my account is locked"))).ticket.id
    refusing.refusing = True
    refusing.gone.add(number)
    clock.advance(hours=30)  # long after the escalation: the backoff counts from the deletion, not from it
    await app.desk.handle_message(user("still there?"))
    ticket = await app.desk.tickets.get(number)
    assert (ticket.thread_ref, ticket.card_ref) == (None, f"fallback-{number}")
    opened = len(refusing.opened)
    clock.advance(seconds=29)
    await app.housekeeper.sweep()
    assert len(refusing.opened) == opened  # a replacement in flight is left alone
    clock.advance(seconds=2)
    await app.housekeeper.sweep()
    clock.advance(minutes=9)
    await app.housekeeper.sweep()
    assert len(refusing.opened) == opened + 1
    clock.advance(minutes=1)
    await app.housekeeper.sweep()
    assert len(refusing.opened) == opened + 2


async def test_a_staff_reminder_into_a_deleted_thread_opens_a_new_one(make_desk, settings, clock, refusing):
    refusing.refusing = False
    sla = SlaSettings(unclaimed_minutes=15, working_hours="", _env_file=None)  # type: ignore[call-arg]
    app = await make_desk(settings=settings.model_copy(update={"sla": sla}), clock=clock, notifiers={"test": refusing})
    number = (await app.desk.request_human(user("my account is locked"))).ticket.id
    first = (await app.desk.tickets.get(number)).thread_ref
    refusing.gone.add(number)
    clock.advance(minutes=16)
    assert await app.housekeeper.sweep() == [(number, PINGED_UNCLAIMED)]
    assert (await app.desk.tickets.get(number)).thread_ref not in (None, first)
    assert refusing.opened[-1].again
