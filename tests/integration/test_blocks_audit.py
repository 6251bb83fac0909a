"""The blocklist and the audit log through the desk, on a real SQLite file (the fake embedder)."""

from __future__ import annotations

import json

import pytest

from core.desk import Inbound
from core.errors import NotAllowed
from core.i18n import render
from core.models import Actor, FaqEntry, TicketState
from core.tickets.blocks import BadDuration, NoBlockTarget, UserBlocked, parse_block_args, parse_duration
from tests.fakes import MovableClock

MOD = Actor("test", "m1", "Mia", is_moderator=True)
ADMIN = Actor("test", "a1", "Gus", is_moderator=True, is_admin=True)
USER = Actor("test", "u1", "Ann")


def msg(text: str, uid: str = "u1") -> Inbound:
    return Inbound("test", uid, text, user_name="Ann")


def test_durations_and_arguments():
    assert parse_duration("30m").total_seconds() == 1800 and parse_duration("7D").days == 7
    assert parse_duration("perm") is None and parse_duration("永久") is None
    for bad in ("", "0h", "7", "1y", "-3d", "12hours"):
        with pytest.raises(BadDuration):
            parse_duration(bad)
    assert parse_block_args("") == parse_block_args("   ")
    assert (parse_block_args("").user_id, parse_block_args("").duration) == (None, "24h")
    request = parse_block_args("12345 7d spam links again")
    assert (request.user_id, request.duration, request.reason) == ("12345", "7d", "spam links again")
    assert parse_block_args("scammer asks for seeds").duration == "24h"  # no duration: the default
    assert parse_block_args("perm scammer").reason == "scammer"


async def test_block_in_a_ticket_closes_it_and_the_user_gets_one_notice_then_silence(make_desk, notifier):
    clock = MovableClock()
    desk = (await make_desk(clock=clock)).desk
    ticket = (await desk.request_human(msg("please help"))).ticket
    await desk.claim(ticket.id, MOD)
    done = await desk.block(MOD, ticket_id=ticket.id, duration="12h", reason="abusive")
    assert "test:u1" in render("en", done) and "abusive" in render("en", done)
    assert (await desk.ticket(ticket.id)).state == TicketState.CLOSED
    assert (ticket.id, "closed") in notifier.changes

    with pytest.raises(UserBlocked) as first:
        await desk.handle_message(msg("hello?"))
    assert not first.value.quiet and first.value.key == "block.notice"
    assert "UTC" in render("zh", _reply(first.value)) and "客服请求" in render("zh", _reply(first.value))
    for attempt in (lambda: desk.handle_message(msg("anyone there")), lambda: desk.request_human(msg("")),
                    lambda: desk.choose(msg(""), "deposit-missing")):
        with pytest.raises(UserBlocked) as again:
            await attempt()
        assert again.value.quiet
    assert await desk.tickets.repo.active_for_user("test", "u1") is None  # nothing was opened
    assert len(await desk.tickets.repo.messages(ticket.id)) == 1  # nothing was stored or relayed

    clock.advance(hours=12, seconds=1)  # expired by time: no sweeper, no unblock
    outcome = await desk.handle_message(msg("my deposit has not arrived"))
    assert outcome.entry is not None and outcome.entry.id == "deposit-missing"


async def test_block_by_id_unblock_and_list(make_desk):
    desk = (await make_desk()).desk
    await desk.block(MOD, user_id="u2", duration="perm", reason="spam")
    await desk.block(ADMIN, user_id="u3", duration="30m")
    listed = render("en", await desk.blocks_reply(MOD))
    assert "test:u2" in listed and "∞" in listed and "test:u3" in listed and "spam" in listed
    with pytest.raises(UserBlocked) as blocked:
        await desk.handle_message(msg("hi", uid="u2"))
    assert blocked.value.key == "block.notice_permanent"
    assert (await desk.unblock(MOD, user_id="u2")).key == "block.lifted"
    assert (await desk.unblock(MOD, user_id="u2")).key == "block.not_blocked"
    assert (await desk.handle_message(msg("hello", uid="u2"))).replies
    # Blocked again after an unblock: the new block gets its own notice.
    await desk.block(MOD, user_id="u2", duration="1h")
    with pytest.raises(UserBlocked) as renewed:
        await desk.handle_message(msg("hi", uid="u2"))
    assert not renewed.value.quiet
    with pytest.raises(NoBlockTarget):
        await desk.block(MOD, duration="1h")
    with pytest.raises(BadDuration):
        await desk.block(MOD, user_id="u4", duration="soon")


async def test_only_staff_block_and_only_admins_read_the_audit(make_desk):
    desk = (await make_desk()).desk
    for call in (lambda: desk.block(USER, user_id="u2"), lambda: desk.unblock(USER, user_id="u2"),
                 lambda: desk.blocks_reply(USER), lambda: desk.audit_reply(MOD)):
        with pytest.raises(NotAllowed):
            await call()
    assert await desk.block_list(MOD) == []


async def test_every_staff_action_is_audited_without_message_text(make_desk):
    desk = (await make_desk()).desk
    ticket = (await desk.request_human(msg("please help"))).ticket
    await desk.claim(ticket.id, MOD)
    await desk.post_from_staff(ticket.id, MOD, "my password: hunter2 is secret")
    await desk.post_from_staff(ticket.id, MOD, "looks like a scam", internal=True)
    await desk.resolve(ticket.id, MOD)
    await desk.reopen(ticket.id, MOD)
    entry = FaqEntry("nft", "tokens", ("where are my NFTs",), {"en": "Open the NFT tab.", "zh": "打开 NFT 页面。"})
    await desk.faq_add(entry, ADMIN)
    await desk.faq_remove("nft", ADMIN)
    await desk.faq_undo("nft", ADMIN)
    await desk.block(MOD, ticket_id=ticket.id, duration="7d", reason="seed abandon ability able about above absent "
                     "absorb abstract absurd abuse access accident")
    await desk.unblock(ADMIN, user_id="u1")

    entries = await desk.audit_entries(ADMIN, limit=50)
    actions = [(e.action, e.ticket_id, e.actor) for e in reversed(entries)]
    assert actions == [("claim", ticket.id, "test:m1"), ("reply", ticket.id, "test:m1"),
                       ("note", ticket.id, "test:m1"), ("resolve", ticket.id, "test:m1"),
                       ("reopen", ticket.id, "test:m1"), ("faq_add", None, "test:a1"),
                       ("faq_remove", None, "test:a1"), ("faq_undo", None, "test:a1"),
                       ("block", ticket.id, "test:m1"), ("unblock", ticket.id, "test:a1")]
    everything = json.dumps([e.__dict__ for e in entries], default=str)
    assert "hunter2" not in everything and "scam" not in everything and "abandon ability" not in everything
    block = next(e for e in entries if e.action == "block")
    assert block.target == "test:u1" and block.detail.startswith("7d: ")
    assert next(e for e in entries if e.action == "faq_undo").detail == "v3"
    shown = render("zh", await desk.audit_reply(ADMIN))
    assert "Mia (test:m1) · claim" in shown and shown.index("claim") < shown.index("unblock")


async def test_a_refused_action_writes_no_audit_row(make_desk):
    desk = (await make_desk()).desk
    ticket = (await desk.request_human(msg("please help"))).ticket
    await desk.claim(ticket.id, MOD)
    with pytest.raises(Exception):  # noqa: B017 - AlreadyClaimed: the other moderator loses
        await desk.claim(ticket.id, Actor("test", "m2", "Omar", is_moderator=True))
    assert [e.action for e in await desk.audit_entries(ADMIN)] == ["claim"]


def _reply(exc: UserBlocked):
    from core.i18n import Reply

    return Reply(exc.key, exc.params)
