"""Privacy requests through the desk on a real database: export, erasure (every table scanned), retention."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from bots.bootstrap import DeskApp
from core.desk import Inbound
from core.insights.stats import compute_stats
from core.models import Actor, TicketState
from core.tickets.blocks import UserBlocked
from core.tickets.privacy import ERASED
from tests.fakes import MovableClock
from tests.scan import scan as scan_tables

UID, NAME, WORD = "u7781", "Zelda Quixote", "marmalade"  # what must vanish
OTHER = "u2002"
MOD = Actor("test", "m1", "Mia", is_moderator=True)


def msg(text: str, uid: str = UID, name: str = NAME) -> Inbound:
    return Inbound("test", uid, text, user_name=name)


async def scan(app: DeskApp, *needles: str) -> set[tuple[str, str]]:
    return await scan_tables(app.db.engine, *needles)


async def a_story(app: DeskApp, clock: MovableClock) -> int:
    """The user's history: a bot answer they confirmed, an escalated ticket with staff lines, a note, a rating
    with a comment, a block and its lifting, an update in the inbox, and a bot conversation still open."""
    desk = app.desk
    await desk.handle_message(msg(f"my deposit has not arrived {WORD}"))
    await desk.mark_solved(msg(""))
    ticket = (await desk.request_human(msg(f"please help, my {WORD} wallet is stuck"))).ticket
    assert ticket is not None
    await desk.claim(ticket.id, MOD)
    await desk.staff_reply(ticket.id, MOD, f"Hi {NAME}, looking at your {WORD} now")
    await desk.staff_reply(ticket.id, MOD, f"note: {NAME} seems legit", internal=True)
    await desk.resolve(ticket.id, MOD)
    await desk.rate(msg(""), ticket.id, 4)
    await desk.comment(msg(f"thanks, {WORD} is fine"))
    await desk.block(MOD, user_id=UID, duration="30m", reason=f"tested {NAME}")
    await desk.unblock(MOD, user_id=UID)
    update = {"update_id": 9, "message": {"from": {"id": UID, "is_bot": False, "first_name": NAME},
                                          "chat": {"id": UID, "type": "private"}, "text": WORD}}
    await app.inbox.store_many("test", [("9", update), ("10", {"update_id": 10, "message": {
        "from": {"id": OTHER, "is_bot": False, "first_name": "Bo"}, "text": "bystander words"}})], clock())
    clock.advance(minutes=1)
    await desk.handle_message(msg(f"and another {WORD} question"))  # active: closed by the erasure
    await desk.handle_message(msg("my deposit has not arrived, bystander words", uid=OTHER, name="Bo Other"))
    return ticket.id


async def test_forgetme_leaves_no_id_name_or_word_in_any_table_and_the_figures_stay(make_desk, backend_settings):
    clock = MovableClock()
    app = await make_desk(settings=backend_settings, clock=clock)
    desk = app.desk
    rated = await a_story(app, clock)
    found = await scan(app, UID, NAME, WORD)
    # The scan sees them where they are (so an empty scan afterwards means something).
    assert {"tickets", "ticket_messages", "ticket_events", "outbox", "inbox", "audit"} <= {t for t, _ in found}
    now = clock()
    before = compute_stats(await desk.insights.desk_data(now - timedelta(days=1), now + timedelta(days=1)), {})

    warning = await desk.forget_warning(msg("/forgetme"))
    assert warning.replies[0].params["count"] == 3
    done = await desk.forget_me(msg("/forgetme confirm"))
    assert done.replies[0].key == "privacy.forget.done" and done.replies[0].params["count"] == 3

    assert await scan(app, UID, NAME, WORD) == set()
    after = compute_stats(await desk.insights.desk_data(now - timedelta(days=1), now + timedelta(days=1)), {})
    assert (after.conversations, after.escalated, after.resolved) == (before.conversations, before.escalated,
                                                                       before.resolved)
    assert after.satisfaction == before.satisfaction and after.messages == before.messages
    kept = await desk.tickets.repo.get(rated)
    assert kept is not None and kept.user_id.startswith("forgotten:") and kept.rating == 4
    assert kept.user_name == "" and kept.rating_comment is None
    assert {m.text for m in await desk.tickets.repo.messages(rated)} == {ERASED}
    assert await desk.tickets.repo.active_for_user("test", UID) is None
    # The bystander is untouched: their ticket, their words, their stored update.
    assert {"tickets", "ticket_messages", "inbox"} <= {t for t, _ in await scan(app, OTHER, "bystander words")}
    # The erasure is audited, without the user's id.
    entry = (await desk.audit.entries(limit=1))[0]
    assert entry.action == "privacy" and entry.target is not None and entry.target.startswith("forgotten:")
    assert UID not in f"{entry.actor} {entry.detail}"
    # Writing again starts afresh: a new ticket under their id, nothing of the old ones.
    await desk.handle_message(msg("hello again"))
    assert [t.id for t in await desk.tickets.repo.list(platform="test", user_id=UID)] != [rated]


async def test_unfinished_tickets_close_for_staff_and_a_block_in_force_stays(make_desk, notifier):
    desk = (await make_desk()).desk
    resolved = (await desk.request_human(msg(f"help {WORD}"))).ticket
    assert resolved is not None
    await desk.claim(resolved.id, MOD)
    await desk.resolve(resolved.id, MOD)  # waiting for a rating: its timers would write to the user
    waiting = (await desk.request_human(msg(f"again {WORD}"))).ticket
    assert waiting is not None
    await desk.forget_me(msg(""))
    assert (waiting.id, "closed") in notifier.changes
    for ticket in (resolved, waiting):
        assert (await desk.ticket(ticket.id)).state == TicketState.CLOSED
    assert len(notifier.transcripts) == 1  # the one posted on resolve: no new copy of what is being erased

    await desk.block(MOD, user_id=UID, duration="perm", reason=f"{NAME} spams")
    await desk.forget_me(msg(""))
    block = await desk.blocks.repo.get("test", UID)  # kept under the id: erasure must not lift a block
    assert block is not None and block.user_name == "" and block.reason == ""
    with pytest.raises(UserBlocked):
        await desk.handle_message(msg("let me in"))


async def test_mydata_exports_json_and_transcripts_without_internal_notes(make_desk):
    app = await make_desk()
    desk = app.desk
    ticket = (await desk.request_human(msg(f"help {WORD}"))).ticket
    assert ticket is not None
    await desk.claim(ticket.id, MOD)
    await desk.staff_reply(ticket.id, MOD, "on it")
    await desk.staff_reply(ticket.id, MOD, "SECRET-NOTE about this user", internal=True)
    await desk.block(MOD, user_id=UID, duration="7d", reason="spam")
    export = await desk.my_data(msg(""))
    names = [f.name for f in export.files]
    assert names == ["my-data.json", f"ticket-{ticket.id}.html"] and export.tickets == 1
    data: dict[str, Any] = json.loads(export.files[0].data)
    assert (data["user_id"], data["name"], data["block"]["reason"]) == (UID, NAME, "spam")
    texts = [m["text"] for m in data["tickets"][0]["messages"]]
    assert f"help {WORD}" in texts and "on it" in texts
    everything = b"".join(f.data for f in export.files).decode()
    assert "SECRET-NOTE" not in everything and '"events"' not in everything
    assert WORD in export.files[1].data.decode()
    assert (await desk.my_data(msg("", uid="nobody"))).tickets == 0  # a stranger gets an empty export


async def test_retention_erases_old_closed_transcripts_only(make_desk):
    clock = MovableClock()
    desk = (await make_desk(clock=clock)).desk
    old = (await desk.request_human(msg(f"old {WORD}"))).ticket
    assert old is not None
    await desk.cancel(msg(""))
    clock.advance(days=20)
    recent = (await desk.request_human(msg("recent question", uid=OTHER))).ticket
    assert recent is not None
    await desk.cancel(msg("", uid=OTHER))
    clock.advance(days=11)
    active = (await desk.request_human(msg("still open"))).ticket
    assert active is not None
    assert desk.privacy is not None
    assert await desk.privacy.purge(0) == 0  # 0: keep forever
    assert await desk.privacy.purge(30) == 1
    assert await desk.privacy.purge(30) == 0  # done once
    erased = await desk.tickets.repo.get(old.id)
    assert erased is not None and erased.user_id.startswith("forgotten:") and erased.state == TicketState.CLOSED
    assert {m.text for m in await desk.tickets.repo.messages(old.id)} == {ERASED}
    assert next(m.text for m in await desk.tickets.repo.messages(recent.id)) == "recent question"
    assert next(m.text for m in await desk.tickets.repo.messages(active.id)) == "still open"
    assert (await desk.audit.entries(limit=1))[0].detail == "retention 30d: 1 tickets"
