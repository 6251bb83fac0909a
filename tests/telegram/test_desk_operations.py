"""Issue 8 on Telegram: category routing to another staff group, snippets, SLA reminders in topics and to users."""

from __future__ import annotations

import pytest

from tests.telegram.conftest import ALICE, BOB, MOD
from tests.telegram.fake_bot_api import FakeBotApi

pytestmark = pytest.mark.model

SECURITY_GROUP = -1009999999999


async def test_a_security_ticket_opens_in_the_security_group_and_snippets_reach_the_user(
        api: FakeBotApi, start_bot, tg_settings):
    routed = tg_settings.telegram.model_copy(update={"routes": {"security": SECURITY_GROUP}})
    bot = await start_bot(telegram=routed)
    mark = api.mark()
    api.private_message(BOB, "我的钱包被盗了，资产被人转走了")
    card = await api.wait("sendMessage", mark, chat_id=SECURITY_GROUP)
    await api.wait("sendMessage", mark, chat_id=BOB.id)  # the escalation is complete once Bob is told
    assert not api.sent("createForumTopic", mark, chat_id=api.staff_chat_id)
    thread = int(card.params["message_thread_id"])
    ticket = await bot.desk_app.desk.tickets.repo.latest_for_user("telegram", str(BOB.id))
    assert ticket.category == "security" and ticket.thread_ref == f"{SECURITY_GROUP}:{thread}"

    # Moderators of the routed group work there as in the main one.
    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket.id}")
    await api.wait("sendMessage", mark, chat_id=SECURITY_GROUP, text_has="Claimed by Mia")
    mark = api.mark()
    api.topic_message(MOD, thread, "/snippet", chat_id=SECURITY_GROUP)
    listing = await api.wait("sendMessage", mark, chat_id=SECURITY_GROUP, message_thread_id=thread)
    assert "ask-txhash" in listing.text and "to-security" in listing.text
    mark = api.mark()
    api.topic_message(MOD, thread, "/snippet ask-txhash", chat_id=SECURITY_GROUP)
    sent = await api.wait("sendMessage", mark, chat_id=BOB.id)
    assert "交易哈希" in sent.text and "Mia" in sent.text  # in Bob's language, as Mia's own message
    mark = api.mark()
    api.topic_message(MOD, thread, "/snippet no-such-thing", chat_id=SECURITY_GROUP)
    refused = await api.wait("sendMessage", mark, chat_id=SECURITY_GROUP, message_thread_id=thread)
    assert "no-such-thing" in refused.text and "ask-txhash" in refused.text
    assert not api.sent("sendMessage", mark, chat_id=BOB.id)


async def test_sla_reminders_go_to_the_topic_and_the_user(api: FakeBotApi, start_bot):
    bot = await start_bot()
    mark = api.mark()
    api.private_message(ALICE, "/human my account is locked")
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    thread = int(card.params["message_thread_id"])
    await api.wait("sendMessage", mark, chat_id=ALICE.id)
    desk = bot.desk_app.desk
    ticket = await desk.tickets.repo.latest_for_user("telegram", str(ALICE.id))
    sla = desk.settings.sla.model_copy(update={"unclaimed_minutes": 1e-6, "auto_close_hours": 1e-9})
    bot.desk_app.housekeeper.settings = sla  # timers due at once; the sweep itself is the real one
    mark = api.mark()
    assert await bot.desk_app.housekeeper.sweep() == [(ticket.id, "sla_unclaimed")]
    ping = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread)
    assert f"#{ticket.id}" in ping.text and "nobody has claimed" in ping.text

    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket.id}")
    await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, text_has="Claimed by Mia")
    api.topic_message(MOD, thread, "please send the tx hash")
    await api.wait("sendMessage", mark, chat_id=ALICE.id, text_has="please send the tx hash")
    mark = api.mark()
    assert await bot.desk_app.housekeeper.sweep() == [(ticket.id, "close_warning")]
    warning = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert "will close" in warning.text


async def test_markup_in_user_text_is_sent_as_plain_text(api: FakeBotApi, start_bot):
    await start_bot()
    mark = api.mark()
    hostile = "/human <b>urgent</b> *now* [x](http://evil.example) @everyone"
    api.private_message(ALICE, hostile)
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert "<b>urgent</b> *now* [x](http://evil.example) @everyone" in card.text  # shown as typed
    # No parse mode anywhere: Telegram renders every text the bot sends literally, so nothing a user
    # or an FAQ author types can become markup or a link.
    assert all("parse_mode" not in call.params for call in api.calls)


async def test_staff_commands_from_a_user_or_a_moderator_where_they_do_not_belong(api: FakeBotApi, start_bot):
    bot = await start_bot()
    desk = bot.desk_app.desk
    entries = len(await desk.faq.list_entries())
    for command in ("/claim", "/resolve", "/reopen", "/note hi", "/snippet checking"):
        refused = await api.reply_to(ALICE, command)
        assert refused.text.startswith("Unknown command"), command  # staff commands do not exist for users
    for command in ("/faq_remove backup-mnemonic", "/faq_undo backup-mnemonic", "/stats",
                    "/faq_add id: x\ncategory: y\nquestions: [q]\nanswer: {en: a, zh: b}"):
        assert (await api.reply_to(ALICE, command)).text == "You are not allowed to do that."
    # A moderator (a member of the staff group) is not an admin either.
    mark = api.mark()
    api.topic_message(MOD, 1, "/faq_remove backup-mnemonic")
    refused = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    assert refused.text == "You are not allowed to do that."
    assert len(await desk.faq.list_entries()) == entries
