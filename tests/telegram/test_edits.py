"""Edit sync on Telegram through python-telegram-bot against the fake Bot API: both ways, marked, in place."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from telegram import Bot

from bots.telegram import copies
from core.models import Author, TicketMessage
from tests.telegram.conftest import ALICE, MOD
from tests.telegram.fake_bot_api import TOKEN, FakeBotApi
from tests.telegram.test_staff_side import escalate

pytestmark = pytest.mark.model


async def test_edits_reach_the_other_sides_copy_marked(api: FakeBotApi, start_bot):
    bot = await start_bot()
    _, card, thread = await escalate(api, ALICE, "/human my USDT withdrawal never arrived")
    ticket_id = int(card.buttons[0][1].split(":")[1])
    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket_id}")
    await api.wait("editMessageReplyMarkup", mark)

    # The user writes, then fixes a typo: the copy in the topic changes in place, marked edited.
    mark = api.mark()
    original = api.private_message(ALICE, "the hash is 0xabc")
    copy = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread, text_has="0xabc")
    mark = api.mark()
    api.edit(original, "the hash is 0xabd")
    edited = await api.wait("editMessageText", mark, chat_id=api.staff_chat_id, message_id=copy.params["message_id"])
    assert "the hash is 0xabd" in edited.text and "(edited)" in edited.text

    # The moderator edits a reply in the topic: the user's copy changes, marked in the user's language.
    mark = api.mark()
    reply = api.topic_message(MOD, thread, "please wait 5 minutes")
    sent = await api.wait("sendMessage", mark, chat_id=ALICE.id, text_has="5 minutes")
    mark = api.mark()
    api.edit(reply, "please wait 10 minutes")
    fixed = await api.wait("editMessageText", mark, chat_id=ALICE.id, message_id=sent.params["message_id"])
    assert "please wait 10 minutes" in fixed.text and "(edited)" in fixed.text
    assert not api.sent("sendMessage", mark, chat_id=ALICE.id)  # edited, not sent again

    repo = bot.desk_app.desk.tickets.repo
    lines = [m for m in await repo.messages(ticket_id) if m.author == Author.MODERATOR]
    assert lines[-1].text == "please wait 10 minutes" and lines[-1].earlier == ("please wait 5 minutes",)


async def test_editing_a_copy_to_what_it_shows_is_no_failure(api: FakeBotApi):
    """Telegram answers "message is not modified" (400); a second delivery of the same edit is done, not failed."""
    async with Bot(TOKEN, base_url=api.base_url) as bot:
        sent = await bot.send_message(ALICE.id, "hello")
        copy = (sent.chat_id, sent.message_id)
        assert await copies.edit(bot, copy, "hello again", [], caption=False)
        assert await copies.edit(bot, copy, "hello again", [], caption=False)
    assert len(api.refused) == 1 and api.refused[0][1].startswith("message is not modified")


def test_a_deletion_keeps_the_words_struck_through_under_its_mark():
    now = datetime.now(UTC)
    line = TicketMessage(1, Author.USER, "1", "wrong chat", now, deleted_at=now)
    text, entities = copies.marked("en", "👤 Ann: wrong chat", line)
    assert text.startswith("🗑 deleted by the user\n")
    strike = entities[0]
    assert text.encode("utf-16-le")[strike.offset * 2:(strike.offset + strike.length) * 2].decode("utf-16-le") == \
        "👤 Ann: wrong chat"
