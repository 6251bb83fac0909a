"""Teaching the bot in Telegram: /faq_link in a resolved ticket's topic, then an admin's review."""

from __future__ import annotations

import pytest

from core.models import TicketState
from tests.telegram.conftest import ALICE, CONFIG_ADMIN, MOD
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.test_staff_side import escalate

pytestmark = pytest.mark.model


async def in_topic(api: FakeBotApi, user, thread: int, text: str) -> str:
    mark = api.mark()
    api.topic_message(user, thread, text)
    return (await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread)).text


async def test_a_moderator_links_a_resolved_ticket_and_an_admin_accepts_it(api: FakeBotApi, start_bot):
    bot = await start_bot()
    desk = bot.desk_app.desk
    _, card, thread = await escalate(api, ALICE, "/human my backup words were never written down, what now")
    ticket = await desk.tickets.repo.latest_for_user("telegram", str(ALICE.id))
    refused = await in_topic(api, MOD, thread, "/faq_link backup-mnemonic")
    assert refused == "That can't be done: the ticket is open."  # only a resolved ticket's question is known to fit
    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket.id}")
    await api.wait("answerCallbackQuery", mark)
    mark = api.mark()
    api.press(MOD, card, f"resolve:{ticket.id}")
    await api.wait("closeForumTopic", mark, message_thread_id=thread)
    assert (await desk.tickets.get(ticket.id)).state == TicketState.RESOLVED

    linked = await in_topic(api, MOD, thread, "/faq_link backup-mnemonic")
    assert f"Ticket #{ticket.id}" in linked and "candidate [1] for backup-mnemonic" in linked

    assert (await api.reply_to(ALICE, "/faq_candidates")).text == "You are not allowed to do that."
    listed = (await api.reply_to(CONFIG_ADMIN, "/faq_candidates backup-mnemonic")).text
    assert f"[1] backup-mnemonic · link #{ticket.id} · my backup words were never written down, what now" in listed
    assert "Use /faq_accept ID" in (await api.reply_to(CONFIG_ADMIN, "/faq_accept one")).text
    accepted = (await api.reply_to(CONFIG_ADMIN, "/faq_accept 1")).text
    assert "backup-mnemonic: 1 new question(s), version 2" in accepted
    assert "my backup words were never written down, what now" in desk.index.get("backup-mnemonic").questions
    assert (await api.reply_to(CONFIG_ADMIN, "/faq_reject 1")).text == "No pending candidate [1]."
    assert (await api.reply_to(CONFIG_ADMIN, "/faq_accept_all backup-mnemonic")).text == \
        "No pending candidates for backup-mnemonic."
    menus = [c for c in api.sent("setMyCommands") if (c.get("scope") or {}).get("chat_id") == api.staff_chat_id]
    assert {"faq_link", "faq_candidates", "faq_accept", "faq_reject", "faq_accept_all"} <= {
        c["command"] for c in menus[0].get("commands")}
