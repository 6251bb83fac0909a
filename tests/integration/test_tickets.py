"""Ticket lifecycle on a real SQLite file: escalation, claim race, relay, resolve, rating, reopen."""

import asyncio

import pytest

from core.desk import Inbound
from core.errors import AlreadyClaimed, AlreadyRated, InvalidInput, NotAllowed, TicketStateError
from core.models import Actor, Author, TicketState

MOD_A = Actor("test", "m1", "Alice", is_moderator=True)
MOD_B = Actor("test", "m2", "Bob", is_moderator=True)
ADMIN = Actor("test", "a1", "Root", is_admin=True)


@pytest.fixture
def settings(backend_settings):
    """Run every test of this module on SQLite and on PostgreSQL."""
    return backend_settings


def user(uid: str = "u1", text: str = "") -> Inbound:
    return Inbound("test", uid, text, user_name=f"user {uid}")


async def test_full_lifecycle(make_desk, notifier):
    desk = (await make_desk()).desk
    opened = await desk.request_human(user(text="my deposit has not arrived"))
    ticket = opened.ticket
    assert (await desk.tickets.repo.messages(ticket.id))[0].text == "my deposit has not arrived"
    assert ticket.state == TicketState.OPEN and opened.queue_position == 1
    assert ticket.thread_ref == f"thread-{ticket.id}"
    assert notifier.opened[0].question == "my deposit has not arrived"
    assert await desk.tickets.repo.by_thread("test", ticket.thread_ref) == await desk.tickets.get(ticket.id)

    relayed = await desk.handle_message(user(text="here is a screenshot", ))
    assert relayed.relayed and notifier.to_staff_sent == [(ticket.id, "here is a screenshot")]

    await desk.tickets.claim(ticket.id, MOD_A)
    await desk.tickets.staff_reply(ticket.id, MOD_A, "checking your deposit now")
    await desk.tickets.staff_reply(ticket.id, MOD_A, "user seems new", internal=True)
    assert notifier.to_user_sent == [(ticket.id, "checking your deposit now")]

    await desk.tickets.resolve(ticket.id, MOD_A)
    assert notifier.ratings == [ticket.id]
    rated = await desk.rate(user(), ticket.id, 4, "quick")
    assert rated.ticket.state == TicketState.CLOSED and rated.ticket.rating == 4

    final = await desk.tickets.get(ticket.id)
    assert final.first_response_at is not None and final.resolved_at is not None and final.closed_at is not None
    messages = await desk.tickets.repo.messages(ticket.id)
    assert [m.author for m in messages if not m.internal][-2:] == [Author.USER, Author.MODERATOR]
    assert any(m.internal for m in messages)
    kinds = [e.kind for e in await desk.tickets.repo.events(ticket.id)]
    assert kinds == ["created", "escalated", "claimed", "resolved", "rating_asked", "rated"]
    assert [c[1] for c in notifier.changes] == ["claimed", "resolved", "rated"]


async def test_claim_race_has_exactly_one_winner(make_desk):
    desk = (await make_desk()).desk
    ticket = (await desk.request_human(user(text="help"))).ticket
    moderators = [Actor("test", f"m{i}", f"Mod {i}", is_moderator=True) for i in range(8)]
    results = await asyncio.gather(*(desk.tickets.claim(ticket.id, m) for m in moderators), return_exceptions=True)
    winners = [r for r in results if not isinstance(r, Exception)]
    losers = [r for r in results if isinstance(r, AlreadyClaimed)]
    assert len(winners) == 1 and len(losers) == 7
    assert all(loser.params["moderator"] == winners[0].moderator_name for loser in losers)


async def test_claim_race_across_two_desk_processes_on_one_database(make_desk):
    first, second = (await make_desk()).desk, (await make_desk()).desk
    ticket = (await first.request_human(user(text="help"))).ticket
    results = await asyncio.gather(first.tickets.claim(ticket.id, MOD_A), second.tickets.claim(ticket.id, MOD_B),
                                   return_exceptions=True)
    assert sum(isinstance(r, AlreadyClaimed) for r in results) == 1


async def test_permissions(make_desk):
    desk = (await make_desk()).desk
    ticket = (await desk.request_human(user(text="help"))).ticket
    with pytest.raises(NotAllowed):
        await desk.tickets.claim(ticket.id, Actor("test", "u2", "random user"))
    with pytest.raises(NotAllowed):  # a moderator may not talk to the user before claiming
        await desk.tickets.staff_reply(ticket.id, MOD_B, "hi")
    await desk.tickets.claim(ticket.id, MOD_A)
    with pytest.raises(NotAllowed):
        await desk.tickets.resolve(ticket.id, MOD_B)
    with pytest.raises(NotAllowed):
        await desk.tickets.staff_reply(ticket.id, MOD_B, "let me take over")
    await desk.tickets.staff_reply(ticket.id, ADMIN, "admin here")
    await desk.tickets.resolve(ticket.id, ADMIN)
    with pytest.raises(NotAllowed):
        await desk.tickets.rate(ticket.id, Actor("test", "someone-else"), 5)


async def test_one_active_ticket_per_user_and_queue_positions(make_desk, notifier):
    desk = (await make_desk()).desk
    first = await desk.request_human(user("u1", "help"))
    again = await desk.request_human(user("u1", "hello??"))
    assert again.ticket.id == first.ticket.id and again.queue_position == 1
    assert notifier.to_staff_sent == [(first.ticket.id, "hello??")]  # nothing the user writes is dropped
    second = await desk.request_human(user("u2", "help me too"))
    assert second.queue_position == 2
    await desk.tickets.claim(first.ticket.id, MOD_A)
    assert (await desk.my_ticket(user("u2"))).queue_position == 1
    with pytest.raises(TicketStateError):  # the database itself refuses a second active ticket
        await desk.tickets.repo.create(second.ticket)


async def test_simultaneous_first_messages_share_one_conversation(make_desk):
    desk = (await make_desk()).desk
    outcomes = await asyncio.gather(*(desk.handle_message(user("u9", "my deposit has not arrived"))
                                      for _ in range(5)))
    assert len({o.ticket.id for o in outcomes}) == 1
    texts = [m.text for m in await desk.tickets.repo.messages(outcomes[0].ticket.id) if m.author == Author.USER]
    assert texts == ["my deposit has not arrived"] * 5


async def test_cancel_reopen_and_invalid_transitions(make_desk):
    desk = (await make_desk()).desk
    ticket = (await desk.request_human(user(text="help"))).ticket
    cancelled = await desk.cancel(user())
    assert cancelled.ticket.state == TicketState.CLOSED
    assert (await desk.cancel(user())).replies[0].key == "ticket.none"
    with pytest.raises(TicketStateError):
        await desk.tickets.resolve(ticket.id, ADMIN)
    reopened = await desk.tickets.reopen(ticket.id, Actor("test", "u1"))
    assert reopened.state == TicketState.OPEN and reopened.moderator_id is None
    with pytest.raises(TicketStateError):
        await desk.tickets.rate(ticket.id, Actor("test", "u1"), 5)  # not resolved
    with pytest.raises(InvalidInput, match=r"error\.input\.rating"):
        await desk.tickets.rate(ticket.id, Actor("test", "u1"), 9)


async def test_stats(make_desk):
    """What staff read with /stats after one ticket handled by a human and one question the bot answered."""
    desk = (await make_desk()).desk
    ticket = (await desk.request_human(user("u1", "help"))).ticket
    await desk.tickets.claim(ticket.id, MOD_A)
    await desk.tickets.staff_reply(ticket.id, MOD_A, "hi")
    await desk.tickets.resolve(ticket.id, MOD_A)
    await desk.rate(user("u1"), ticket.id, 5)
    await desk.handle_message(user("u2", "my deposit has not arrived"))
    waiting = (await desk.request_human(user("u3", "still waiting"))).ticket
    reply = await desk.stats(ADMIN)
    figures = reply.params
    assert reply.key == "stats.summary"
    # Three conversations: the bot answered u2 alone, so a third of them needed no human.
    assert figures["total"] == 3 and figures["deflection"] == "33%"
    assert figures["escalated"] == 2 and figures["waiting"] == 1 and figures["claimed"] == 0
    assert figures["rating"] == "5.00" and figures["ratings"] == 1
    assert figures["first_response"] != "-"
    await desk.tickets.claim(waiting.id, MOD_B)
    assert (await desk.stats(MOD_B)).params["claimed"] == 1
    with pytest.raises(NotAllowed):
        await desk.stats(Actor("test", "u1", "user u1"))


async def test_a_staff_action_from_another_tickets_thread_changes_nothing(make_desk):
    """The platform says where an action came from; a payload naming another ticket is forged."""
    desk = (await make_desk()).desk
    first = (await desk.request_human(user("u1", "help"))).ticket
    second = (await desk.request_human(user("u2", "help me"))).ticket
    in_first = Actor("test", "m1", "Alice", is_moderator=True, where=first.thread_ref)
    for action in (desk.tickets.claim(second.id, in_first), desk.tickets.resolve(second.id, in_first),
                   desk.tickets.staff_reply(second.id, in_first, "hi")):
        with pytest.raises(NotAllowed):
            await action
    admin_elsewhere = Actor("test", "a1", "Root", is_admin=True, where=first.thread_ref)
    with pytest.raises(NotAllowed):
        await desk.tickets.resolve(second.id, admin_elsewhere)
    assert (await desk.tickets.get(second.id)).state == TicketState.OPEN
    assert await desk.tickets.repo.messages(second.id) == (await desk.tickets.repo.messages(second.id))[:1]
    claimed = await desk.tickets.claim(first.id, in_first)  # in its own thread it works
    assert claimed.moderator_id == "m1"


async def test_a_rating_can_be_changed_for_ten_minutes_then_it_is_final(make_desk, notifier):
    from datetime import UTC, datetime, timedelta

    now = [datetime(2026, 12, 2, 10, 0, tzinfo=UTC)]
    desk = (await make_desk(clock=lambda: now[0])).desk
    ticket = (await desk.request_human(user(text="help"))).ticket
    await desk.tickets.claim(ticket.id, MOD_A)
    await desk.tickets.resolve(ticket.id, MOD_A)
    await desk.rate(user(), ticket.id, 2)
    now[0] += timedelta(minutes=3)
    changed = await desk.rate(user(), ticket.id, 5)  # a slip of the thumb, corrected
    assert changed.ticket.rating == 5
    await desk.rate(user(), ticket.id, 5)  # the same press again: nothing new
    with pytest.raises(NotAllowed):
        await desk.rate(user("u2"), ticket.id, 1)
    now[0] += timedelta(minutes=8)
    with pytest.raises(AlreadyRated):
        await desk.rate(user(), ticket.id, 1)
    final = await desk.tickets.get(ticket.id)
    assert (final.rating, final.state) == (5, TicketState.CLOSED)
    assert [c[1] for c in notifier.changes if c[0] == ticket.id] == ["claimed", "resolved", "rated", "rerated"]
