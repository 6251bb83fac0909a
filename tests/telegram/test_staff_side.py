"""Escalation to a forum topic, claim, relay both ways, resolve, rating; admins; a restart in the middle."""

from __future__ import annotations

import pytest

from core.models import TicketState
from tests.telegram.conftest import ALICE, BOB, CONFIG_ADMIN, GROUP_ADMIN, MOD, OTHER_MOD
from tests.telegram.fake_bot_api import Call, FakeBotApi

pytestmark = pytest.mark.model


async def escalate(api: FakeBotApi, user, text: str) -> tuple[Call, Call, int]:
    """The user asks for a human; return the user's notice, the staff card and the topic id."""
    mark = api.mark()
    api.private_message(user, text)
    topic = await api.wait("createForumTopic", mark, chat_id=api.staff_chat_id)
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    notice = await api.wait("sendMessage", mark, chat_id=user.id)
    thread = int(card.params["message_thread_id"])
    assert topic.params["name"] == api.topics[thread]["name"]
    return notice, card, thread


async def test_full_story_from_escalation_to_stored_rating(api: FakeBotApi, start_bot):
    bot = await start_bot()
    repo = bot.desk_app.desk.tickets.repo
    notice, card, thread = await escalate(api, ALICE, "/human my USDT withdrawal never arrived")
    ticket = await repo.latest_for_user("telegram", str(ALICE.id))
    assert ticket.state == TicketState.OPEN
    assert f"#{ticket.id}" in notice.text and "number 1 in the queue" in notice.text
    assert api.topics[thread]["name"].startswith(f"#{ticket.id} · ") and api.topics[thread]["name"].endswith(" · en")
    assert "my USDT withdrawal never arrived" in card.text and f"id {ALICE.id}" in card.text
    assert card.buttons == [("✋ Claim", f"claim:{ticket.id}"), ("✅ Resolve", f"resolve:{ticket.id}")]

    # The user sends a screenshot: it lands in the topic as a photo with the caption.
    mark = api.mark()
    api.private_message(ALICE, None, caption="screenshot of the failed transfer",
                        photo=[{"file_id": "small", "file_unique_id": "a", "width": 90, "height": 90},
                               {"file_id": "big", "file_unique_id": "b", "width": 900, "height": 900}])
    photo = await api.wait("sendPhoto", mark, chat_id=api.staff_chat_id, message_thread_id=thread)
    assert photo.params["photo"] == "big" and "screenshot of the failed transfer" in photo.text

    # Before claiming, a moderator's words stay in the topic (kept as a note), not sent to the user.
    mark = api.mark()
    api.topic_message(MOD, thread, "looking into it")
    refused = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread)
    assert "claim the ticket first" in refused.text
    assert not api.sent("sendMessage", mark, chat_id=ALICE.id)

    # Claim: the title and the card show who has it; a second moderator cannot take it.
    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket.id}")
    assert "Claimed by Mia" in (await api.wait("answerCallbackQuery", mark)).text
    await api.wait("editForumTopic", mark)
    assert api.topics[thread]["name"].endswith("✋ Mia")
    markup = await api.wait("editMessageReplyMarkup", mark, message_id=card.params["message_id"])
    assert markup.get("reply_markup")["inline_keyboard"][0][0]["text"] == "✋ Mia"
    mark = api.mark()
    api.press(OTHER_MOD, card, f"claim:{ticket.id}")
    alert = await api.wait("answerCallbackQuery", mark)
    assert "already claimed by Mia" in alert.text
    assert (await repo.get(ticket.id)).moderator_id == str(MOD.id)

    # Relay both ways; an internal note (!) never reaches the user.
    mark = api.mark()
    api.topic_message(MOD, thread, "found it, it was on the wrong network. Crediting now.")
    to_user = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert to_user.text == "💬 Mia: found it, it was on the wrong network. Crediting now."
    mark = api.mark()
    api.topic_message(MOD, thread, "!user seems legit, checked the tx")
    await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread)
    api.private_message(ALICE, "thank you!")
    relayed = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread, nth=2)
    assert relayed.text == "👤 Alice: thank you!"
    assert not [c for c in api.sent("sendMessage", mark, chat_id=ALICE.id) if "legit" in c.text]
    transcript = await repo.messages(ticket.id)
    assert [m.text for m in transcript if m.internal] == ["looking into it", "user seems legit, checked the tx"]

    # Resolve: the topic closes, the user gets 1-5 buttons, the vote is stored and shown to staff.
    mark = api.mark()
    api.press(MOD, card, f"resolve:{ticket.id}")
    ask = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    await api.wait("closeForumTopic", mark, message_thread_id=thread)
    assert api.topics[thread]["closed"] and api.topics[thread]["name"].startswith("✅")
    assert [data for _, data in ask.buttons] == [f"rate:{ticket.id}:{score}" for score in range(1, 6)]
    mark = api.mark()
    api.press(ALICE, ask, f"rate:{ticket.id}:4")
    thanks = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert "4/5" in thanks.text and "/comment" in thanks.text
    shown = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread)
    assert "rated this ticket 4/5" in shown.text
    assert "comment was saved" in (await api.reply_to(ALICE, "/comment quick and friendly")).text
    ticket = await repo.get(ticket.id)
    assert (ticket.state, ticket.rating, ticket.rating_comment) == (TicketState.CLOSED, 4, "quick and friendly")
    assert ticket.first_response_at is not None


async def test_a_restart_in_the_middle_keeps_the_relay_and_old_buttons_working(api: FakeBotApi, start_bot):
    first = await start_bot()
    _, card, thread = await escalate(api, BOB, "/human 我的账户被冻结了")
    ticket_id = (await first.desk_app.desk.tickets.repo.latest_for_user("telegram", str(BOB.id))).id
    await first.stop()

    second = await start_bot()
    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket_id}")  # a button on a card sent before the restart
    await api.wait("answerCallbackQuery", mark, text_has="Claimed by Mia")
    mark = api.mark()
    api.topic_message(MOD, thread, "您好，请提供您的UID")
    # (text_has: if the stopped bot had not yet confirmed the /human update, the new one answers it
    # again with the ticket's status, which is fine; the relay is what is checked here)
    to_user = await api.wait("sendMessage", mark, chat_id=BOB.id, text_has="您好，请提供您的UID")
    assert to_user.text == "💬 Mia：您好，请提供您的UID"
    mark = api.mark()
    api.private_message(BOB, "UID 778899")
    relayed = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread)
    assert relayed.text == "👤 Bob: UID 778899"  # staff notices are in the staff language
    ticket = await second.desk_app.desk.tickets.repo.get(ticket_id)
    assert ticket.state == TicketState.CLAIMED


async def test_commands_in_a_topic_and_the_cancelled_ticket(api: FakeBotApi, start_bot):
    bot = await start_bot()
    _, _, thread = await escalate(api, ALICE, "/human please help")
    mark = api.mark()
    api.topic_message(MOD, thread, "/claim")
    await api.wait("sendMessage", mark, message_thread_id=thread, text_has="Claimed by Mia")
    mark = api.mark()
    api.topic_message(MOD, thread, "/note called the exchange")
    assert "Internal note saved" in (await api.wait("sendMessage", mark, message_thread_id=thread)).text
    assert "being handled by Mia" in (await api.reply_to(ALICE, "/ticket")).text
    mark = api.mark()
    api.private_message(ALICE, "/cancel")
    assert "withdrawn" in (await api.wait("sendMessage", mark, chat_id=ALICE.id)).text
    await api.wait("closeForumTopic", mark, message_thread_id=thread)
    mark = api.mark()
    api.topic_message(MOD, thread, "are you still there?")
    after = await api.wait("sendMessage", mark, message_thread_id=thread)
    assert "the ticket is closed" in after.text and "Internal note saved" in after.text
    mark = api.mark()
    api.topic_message(GROUP_ADMIN, thread, "/reopen")
    await api.wait("reopenForumTopic", mark, message_thread_id=thread)
    ticket = await bot.desk_app.desk.tickets.repo.latest_for_user("telegram", str(ALICE.id))
    assert ticket.state == TicketState.OPEN and ticket.moderator_id is None


NEW_ENTRY = """/faq_add
id: nft-display
category: assets
questions:
  - My NFT is not showing in the wallet
  - NFT 不显示
answer:
  en: Open the NFT tab and pull down to refresh; NFTs on other chains need that chain enabled.
  zh: 打开 NFT 页面下拉刷新；其他链上的 NFT 需要先启用该链。
"""


async def test_admins_change_the_faq_with_immediate_effect_and_others_are_refused(api: FakeBotApi, start_bot):
    await start_bot()
    assert (await api.reply_to(ALICE, NEW_ENTRY)).text == "You are not allowed to do that."
    mark = api.mark()
    api.topic_message(MOD, 1, "/faq_remove backup-mnemonic")
    assert (await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)).text == "You are not allowed to do that."

    assert "nft-display: add, version 1" in (await api.reply_to(CONFIG_ADMIN, NEW_ENTRY)).text
    answer = await api.reply_to(BOB, "我的NFT不显示了")
    assert "打开 NFT 页面下拉刷新" in answer.text

    edited = await api.reply_to(CONFIG_ADMIN, "/faq_edit nft-display\nanswer: {zh: 请在 NFT 页面点击刷新按钮。}")
    assert "nft-display: edit, version 2" in edited.text
    assert "请在 NFT 页面点击刷新按钮。" in (await api.reply_to(BOB, "我的NFT不显示了")).text

    broken = await api.reply_to(CONFIG_ADMIN, "/faq_edit nft-display\nanswer: [broken")
    assert broken.text.startswith("That FAQ entry is invalid, nothing was changed") and "bad YAML" in broken.text
    invalid = await api.reply_to(CONFIG_ADMIN, "/faq_add\nid: Bad Id\ncategory: x\nquestions: [q]\nanswer: {en: a}")
    assert "missing language: zh" in invalid.text and "lowercase" in invalid.text

    # The staff group's own administrators are admins too (read from getChatAdministrators).
    mark = api.mark()
    api.topic_message(GROUP_ADMIN, 1, "/faq_undo nft-display")
    assert "nft-display: undo, version 3" in (await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)).text
    mark = api.mark()
    api.topic_message(GROUP_ADMIN, 1, "/faq_show nft-display")
    assert "打开 NFT 页面下拉刷新" in (await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)).text
    mark = api.mark()
    api.topic_message(MOD, 1, "/stats")
    stats = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    # Bob asked twice in one conversation, and the bot answered without a human
    assert "Last 7 days: 1 conversations, 2 messages" in stats.text and "no human needed: 100%" in stats.text
    assert (await api.reply_to(ALICE, "/stats")).text == "You are not allowed to do that."


async def test_moderator_photo_reaches_the_user_and_a_blocked_user_is_reported(api: FakeBotApi, start_bot):
    await start_bot()
    _, card, thread = await escalate(api, ALICE, "/human where is my refund")
    mark = api.mark()
    api.press(MOD, card, card.buttons[0][1])
    await api.wait("answerCallbackQuery", mark, text_has="Claimed by Mia")
    mark = api.mark()
    api.topic_message(MOD, thread, None, caption="tap here",
                      photo=[{"file_id": "guide", "file_unique_id": "g", "width": 500, "height": 900}])
    photo = await api.wait("sendPhoto", mark, chat_id=ALICE.id)
    assert photo.params["photo"] == "guide" and photo.text == "💬 Mia: tap here"

    api.fail("sendMessage", 403, "Forbidden: bot was blocked by the user")
    mark = api.mark()
    api.topic_message(MOD, thread, "are you there?")
    notice = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread)
    assert "can't be reached" in notice.text
