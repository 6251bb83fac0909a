"""Users in a private chat: answers with feedback buttons, suggestions, help, odd input, secrets."""

from __future__ import annotations

import pytest

from tests.telegram.conftest import ALICE, BOB
from tests.telegram.fake_bot_api import FakeBotApi

pytestmark = pytest.mark.model

SEED = "abandon ability able about above absent absorb abstract absurd abuse access accident"


async def test_answer_has_feedback_buttons_and_solved_closes_the_conversation(api: FakeBotApi, start_bot):
    bot = await start_bot()
    answer = await api.reply_to(ALICE, "How do I back up my wallet?")
    assert "backup-mnemonic" in answer.text
    assert [data for _, data in answer.buttons] == ["solved", "human"]

    mark = api.mark()
    api.press(ALICE, answer, "solved")
    glad = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert glad.text == "Glad that helped!"
    assert api.sent("answerCallbackQuery", mark)
    ticket = await bot.desk_app.desk.tickets.repo.latest_for_user("telegram", str(ALICE.id))
    assert ticket.state == "closed"


async def test_chinese_user_gets_chinese_answer_and_menu(api: FakeBotApi, start_bot):
    await start_bot()
    zh_menus = [c for c in api.sent("setMyCommands") if c.params.get("language_code") == "zh"]
    assert zh_menus and any(cmd["description"] == "转人工客服" for cmd in zh_menus[0].get("commands"))
    welcome = await api.reply_to(BOB, "/start")
    assert "钱包客服助手" in welcome.text
    answer = await api.reply_to(BOB, "我的转账一直显示pending怎么办")
    assert "transfer-pending" in answer.text and "✅ 问题已解决" in [label for label, _ in answer.buttons]


async def test_suggestions_are_buttons_and_a_tap_answers(api: FakeBotApi, start_bot):
    await start_bot()
    offer = await api.reply_to(ALICE, "transfer problem")
    picks = [data for _, data in offer.buttons if data.startswith("pick:")]
    assert 2 <= len(picks) <= 3 and offer.buttons[-1][1] == "human"
    mark = api.mark()
    api.press(ALICE, offer, picks[0])
    answer = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert picks[0].removeprefix("pick:") in answer.text
    assert [data for _, data in answer.buttons] == ["solved", "human"]
    # The pressed keyboard is removed, so a second tap cannot answer (or escalate) twice. (The answer is an
    # outbox row of the pick, so it may reach the user before the edit.)
    await api.wait("editMessageReplyMarkup", mark, chat_id=ALICE.id, message_id=offer.params["message_id"])


async def test_two_needs_get_an_answer_and_a_button_for_the_other(api: FakeBotApi, start_bot):
    await start_bot()
    answer = await api.reply_to(ALICE, "How do I back up my seed phrase? Also which chains do you support?")
    data = [data for _, data in answer.buttons]
    # The other need's button on its own row (as suggestions are), then "solved" and "a person" side by side.
    assert len(data) == 3 and data[0].startswith("pick:") and data[1:] == ["solved", "human"]
    other = data[0].removeprefix("pick:")
    assert {other, "backup-mnemonic" if "backup-mnemonic" in answer.text else "supported-chains"} == {
        "backup-mnemonic", "supported-chains"}
    mark = api.mark()
    api.press(ALICE, answer, data[0])
    second = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert other in second.text


async def test_seed_phrase_is_deleted_redacted_and_warned_about(api: FakeBotApi, start_bot):
    bot = await start_bot()
    mark = api.mark()
    sent = api.private_message(ALICE, f"my wallet is empty, my words are {SEED}")
    warning = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert "seed phrase" in warning.text and "deleted your message" in warning.text
    assert (ALICE.id, sent["message_id"]) in api.deleted
    ticket = await bot.desk_app.desk.tickets.repo.latest_for_user("telegram", str(ALICE.id))
    stored = [m.text for m in await bot.desk_app.desk.tickets.repo.messages(ticket.id)]
    assert stored and all("abandon" not in text and "accident" not in text for text in stored)
    assert any("[REDACTED seed_phrase]" in text for text in stored)


async def test_odd_input_gets_a_clear_reply_and_the_bot_keeps_going(api: FakeBotApi, start_bot):
    await start_bot()
    mark = api.mark()
    api.private_message(ALICE, None, sticker={"file_id": "st1", "file_unique_id": "u", "type": "regular",
                                              "width": 512, "height": 512, "is_animated": False, "is_video": False})
    assert "not this kind of message" in (await api.wait("sendMessage", mark, chat_id=ALICE.id)).text

    assert "too long (4090 characters, at most 4000)" in (await api.reply_to(ALICE, "x" * 4090)).text

    assert "Unknown command /frobnicate" in (await api.reply_to(ALICE, "/frobnicate now")).text

    mark = api.mark()
    api.private_message(ALICE, "/comment")
    assert "empty" in (await api.wait("sendMessage", mark, chat_id=ALICE.id)).text

    # Editing an old message does not make the bot answer it again.
    first = api.private_message(ALICE, "gas")
    await api.wait("sendMessage", mark, nth=2, chat_id=ALICE.id)
    mark = api.mark()
    api.edit(first, "How do I back up my wallet?")
    api.private_message(ALICE, "/ticket")
    await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert [c.text for c in api.sent("sendMessage", mark, chat_id=ALICE.id)] == \
        ["You're chatting with the bot (ticket #1). Type /human for a person."]

    # A forged or stale button: an alert, not a crash.
    mark = api.mark()
    api.press(ALICE, api.sent("sendMessage", 0, chat_id=ALICE.id)[0], "rate:abc:9")
    alert = await api.wait("answerCallbackQuery", mark)
    assert alert.get("show_alert") is True and "understand" in alert.text

    # Telegram asks the bot to slow down: the rate limiter waits and retries, the user still gets the answer.
    api.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    mark = api.mark()
    api.private_message(ALICE, "How do I back up my wallet?")
    retried = await api.wait("sendMessage", mark, nth=2, chat_id=ALICE.id)
    assert "backup-mnemonic" in retried.text

    # A send refused with an error: the answer is an outbox row of the message, so the worker sends it
    # again (nothing is lost, no apology needed), and the next message works.
    api.fail("sendMessage", 400, "Bad Request: message is malformed")
    mark = api.mark()
    api.private_message(ALICE, "gas")
    later = await api.wait("sendMessage", mark + 1, chat_id=ALICE.id)
    assert "gas-explained" in later.text
    assert "backup-mnemonic" in (await api.reply_to(ALICE, "How do I back up my wallet?")).text

