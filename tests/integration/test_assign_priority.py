"""Assign, priority and history through the desk on a real database, with the fake notifier."""

import pytest

from bots.texts import card_text, ticket_title
from core.desk import Inbound
from core.errors import AlreadyClaimed, InvalidInput, NotAllowed, TicketStateError
from core.i18n import Reply, render
from core.models import Actor, TicketState
from core.settings import LimitSettings, SlaSettings
from core.tickets.assign import ASSIGNED, PRIORITY, NotStaff, NotYours
from core.tickets.sla import PINGED_UNCLAIMED
from tests.fakes import MovableClock

MIA = Actor("test", "m1", "Mia", is_moderator=True)
OMAR = Actor("test", "m2", "Omar", is_moderator=True)
ROOT = Actor("test", "a1", "Root", is_admin=True)
ULLA = Actor("test", "u1", "Ulla")


@pytest.fixture
def settings(backend_settings):
    """SQLite, then PostgreSQL (the queue order is a CASE in SQL); "account" tickets are high here."""
    return backend_settings.model_copy(update={"priority_categories": {"account": "high"}})


def user(uid: str, text: str = "") -> Inbound:
    return Inbound("test", uid, text, user_name=f"user {uid}")


async def test_priority_from_the_category_orders_the_queue_and_moderators_change_it(make_desk, notifier):
    desk = (await make_desk()).desk
    first = (await desk.request_human(user("u1", "my deposit has not arrived"))).ticket
    second = await desk.request_human(user("u2", "my deposit has not arrived"))
    urgent = await desk.handle_message(user("u3", "my account is frozen"))  # an escalate: true entry
    assert (first.priority, second.ticket.priority, urgent.ticket.priority) == ("normal", "normal", "high")
    assert (second.queue_position, urgent.queue_position) == (2, 1)  # the high ticket goes first
    queue = desk.tickets.repo.queue_position
    assert [await queue(t.id) for t in (urgent.ticket, first, second.ticket)] == [1, 2, 3]
    shown = next(card for card in notifier.opened if card.ticket.id == urgent.ticket.id)
    assert "Priority: 🔴 high" in card_text(shown, "en", "u3") and "优先级：🔴 高" in card_text(shown, "zh", "u3")
    assert ticket_title(shown.ticket, 100).startswith(f"🔴 #{urgent.ticket.id} ")

    await desk.set_priority(first.id, MIA, "low")  # then normal before low, each by age
    await desk.set_priority(urgent.ticket.id, MIA, "low")
    assert [await queue(t.id) for t in (second.ticket, first, urgent.ticket)] == [1, 2, 3]
    assert (await desk.tickets.get(first.id)).priority == "low"
    assert (first.id, PRIORITY) in notifier.changes
    events = [(e.kind, e.actor, e.detail) for e in await desk.tickets.repo.events(first.id)]
    assert (PRIORITY, MIA.key, "normal->low") in events
    assert [e.action for e in await desk.audit.entries()][:2] == [PRIORITY, PRIORITY]
    status = await desk.my_ticket(user("u1"))
    assert "number 2 in the queue" in status.texts()[0]

    with pytest.raises(InvalidInput):
        await desk.set_priority(first.id, MIA, "asap")
    with pytest.raises(NotAllowed):
        await desk.set_priority(first.id, ULLA, "high")  # users do not rank their own tickets


async def test_assign_hands_a_ticket_over_and_refuses_what_it_must(make_desk, notifier):
    desk = (await make_desk()).desk
    ticket = (await desk.request_human(user("u1", "my deposit has not arrived"))).ticket

    handed = await desk.assign(ticket.id, MIA, OMAR)  # an open ticket: any moderator hands it on
    assert (handed.state, handed.moderator_id, handed.moderator_name) == (TicketState.CLAIMED, "m2", "Omar")
    assert notifier.changes[-1] == (ticket.id, ASSIGNED)
    events = await desk.tickets.repo.events(ticket.id)
    assert (ASSIGNED, MIA.key, OMAR.key) in [(e.kind, e.actor, e.detail) for e in events]
    entry = (await desk.audit.entries())[0]
    assert (entry.action, entry.actor, entry.ticket_id, entry.target) == ("assign", MIA.key, ticket.id, OMAR.key)
    await desk.staff_reply(ticket.id, OMAR, "I'll take it from here")  # the new owner talks to the user
    assert notifier.to_user_sent == [(ticket.id, "I'll take it from here")]
    with pytest.raises(AlreadyClaimed):
        await desk.claim(ticket.id, MIA)

    with pytest.raises(NotYours) as not_yours:  # Mia no longer owns it, and is no admin
        await desk.assign(ticket.id, MIA, MIA)
    assert "claimed by Omar" in render("en", Reply(not_yours.value.key, not_yours.value.params))
    with pytest.raises(NotStaff) as not_staff:
        await desk.assign(ticket.id, OMAR, ULLA)
    assert not_staff.value.params["name"] == "Ulla"
    with pytest.raises(NotStaff):
        await desk.assign(ticket.id, OMAR, Actor("telegram", "m1", "Mia", is_moderator=True))  # another platform
    with pytest.raises(NotAllowed):
        await desk.assign(ticket.id, ULLA, OMAR)
    with pytest.raises(NotAllowed):  # named from another ticket's thread: a forged command
        await desk.assign(ticket.id, Actor("test", "m2", "Omar", is_moderator=True, where="thread-999"), MIA)

    changes = len(notifier.changes)
    assert (await desk.assign(ticket.id, ROOT, MIA)).moderator_id == "m1"  # admins hand on anyone's ticket
    assert (await desk.assign(ticket.id, MIA, MIA)).moderator_id == "m1"  # already hers: nobody told again
    assert len(notifier.changes) == changes + 1

    await desk.resolve(ticket.id, MIA)
    with pytest.raises(TicketStateError) as done:
        await desk.assign(ticket.id, ROOT, OMAR)
    assert done.value.params["state"] == "resolved"
    with pytest.raises(TicketStateError):
        await desk.set_priority(ticket.id, ROOT, "high")


async def test_users_see_their_latest_tickets_in_their_language(make_desk, settings):
    unlimited = LimitSettings(tickets_per_hour=0, _env_file=None)  # type: ignore[call-arg]
    desk = (await make_desk(settings=settings.model_copy(update={"limits": unlimited}))).desk
    assert [r.key for r in (await desk.my_tickets(user("u1"))).replies] == ["ticket.none"]
    for number in range(6):
        outcome = await desk.request_human(user("u1", f"question number {number}\nsecond line"))
        await desk.cancel(user("u1"))
        assert outcome.ticket is not None
    await desk.request_human(user("u1", "my card was charged twice"))
    lines = (await desk.my_tickets(user("u1"))).texts()
    assert lines[0] == "Your latest tickets (5):" and len(lines) == 6
    assert "· waiting for an agent · my card was charged twice" in lines[1]
    assert lines[2].endswith("· closed · question number 5") and "second line" not in lines[2]
    assert "question number 0" not in "\n".join(lines)  # only the last five
    await desk.cancel(user("u1"))
    zh = (await desk.my_tickets(Inbound("test", "u1", locale="zh-CN"))).texts()  # no ticket: the app's language
    assert zh[0] == "您最近的工单（5 个）：" and "· 已关闭 · my card was charged twice" in zh[1]
    assert [r.key for r in (await desk.my_tickets(user("u2"))).replies] == ["ticket.none"]  # only one's own


async def test_high_tickets_ping_staff_sooner(make_desk, settings, notifier):
    clock = MovableClock()
    sla = SlaSettings(unclaimed_minutes=15, high_priority_factor=0.5, _env_file=None)  # type: ignore[call-arg]
    app = await make_desk(settings=settings.model_copy(update={"sla": sla}), clock=clock)
    normal = (await app.desk.request_human(user("u1", "my deposit has not arrived"))).ticket
    urgent = (await app.desk.handle_message(user("u2", "my account is frozen"))).ticket
    assert urgent.priority == "high"
    clock.advance(minutes=8)
    assert await app.housekeeper.sweep() == [(urgent.id, PINGED_UNCLAIMED)]
    clock.advance(minutes=8)
    assert sorted(await app.housekeeper.sweep()) == [(normal.id, PINGED_UNCLAIMED), (urgent.id, PINGED_UNCLAIMED)]
    await app.desk.set_priority(normal.id, MIA, "high")  # from now on, its reminders come at the high pace
    clock.advance(minutes=8)
    assert sorted(await app.housekeeper.sweep()) == [(normal.id, PINGED_UNCLAIMED), (urgent.id, PINGED_UNCLAIMED)]
