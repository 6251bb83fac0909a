"""The blocklist and the audit log on Telegram: /block in a topic or by id, one notice, /unblock, /blocks, /audit."""

from __future__ import annotations

import pytest

from core.models import TicketState
from tests.telegram.conftest import ALICE, BOB, GROUP_ADMIN, MOD
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.test_staff_side import escalate

pytestmark = pytest.mark.model


def general(api: FakeBotApi, user, text: str) -> None:
    """A command in the staff group's General topic (no ticket there)."""
    api.topic_message(user, 0, text, is_topic_message=False)


async def test_block_from_a_topic_one_notice_then_silence_until_unblocked(api: FakeBotApi, start_bot):
    bot = await start_bot()
    repo = bot.desk_app.desk.tickets.repo
    _, _, thread = await escalate(api, ALICE, "/human I want a refund NOW")
    ticket = await repo.latest_for_user("telegram", str(ALICE.id))

    mark = api.mark()
    api.topic_message(MOD, thread, "/block 12h insults staff")
    done = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread,
                          text_has="is blocked until")
    assert f"telegram:{ALICE.id}" in done.text and "insults staff" in done.text and "UTC" in done.text
    assert (await repo.get(ticket.id)).state == TicketState.CLOSED

    mark = api.mark()
    notice = await api.reply_to(ALICE, "hello??")
    assert "can't open support requests until" in notice.text
    api.private_message(ALICE, "/human answer me")  # silence: no ticket, no reply, nothing relayed
    api.private_message(ALICE, "still there?")

    general(api, MOD, "/blocks")
    listing = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, text_has="blocked (user")
    assert f"telegram:{ALICE.id}" in listing.text and "insults staff" in listing.text
    general(api, MOD, f"/unblock {ALICE.id}")
    await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, text_has="is unblocked")

    answer = await api.reply_to(ALICE, "How do I back up my wallet?")  # one chat's updates run in order
    assert "backup-mnemonic" in answer.text
    to_alice = api.sent("sendMessage", mark, chat_id=ALICE.id)
    assert [c.text for c in to_alice] == [notice.text, answer.text]
    assert not api.sent("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread,
                        text_has="answer me")
    latest = await repo.latest_for_user("telegram", str(ALICE.id))  # the conversation after the unblock
    said = [m.text for m in await repo.messages(latest.id) if m.author == "user"]
    assert latest.id == ticket.id + 1 and said == ["How do I back up my wallet?"]


async def test_block_by_id_in_chinese_and_the_audit_for_admins_only(api: FakeBotApi, start_bot, tg_settings):
    await start_bot(staff_language="zh")
    mark = api.mark()
    general(api, MOD, f"/block {BOB.id} perm 诈骗")
    done = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, text_has="已封禁")
    assert "另行通知" in done.text and "诈骗" in done.text
    notice = await api.reply_to(BOB, "你好")
    assert "您已无法再发起客服请求" in notice.text

    general(api, MOD, "/block soon")  # no id, not in a ticket's topic: whom?
    await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, text_has="要封禁谁")
    general(api, MOD, "/audit")
    await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, text_has="您没有权限")

    refused = await api.reply_to(ALICE, "/audit")  # a user in private: not an admin either
    assert "not allowed" in refused.text
    shown = await api.reply_to(GROUP_ADMIN, "/audit 5")
    assert "Mia" in shown.text and f"block · telegram:{BOB.id} · perm: 诈骗" in shown.text


async def test_the_staff_menu_lists_the_new_commands(api: FakeBotApi, start_bot):
    await start_bot()
    menus = [c for c in api.sent("setMyCommands") if (c.get("scope") or {}).get("chat_id") == api.staff_chat_id]
    assert menus
    for menu in menus:
        assert {"block", "unblock", "blocks", "audit"} <= {c["command"] for c in menu.get("commands")}
    zh = next(m for m in menus if m.params.get("language_code") == "zh")
    assert any(c["description"] == "查看被封禁的用户" for c in zh.get("commands"))
