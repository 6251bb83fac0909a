"""Transcripts on Telegram: a document in the ticket's topic on resolve, and the user's own copy by /transcript."""

from __future__ import annotations

import pytest

from core.outbox.effects import EffectKind
from tests.telegram.conftest import ALICE, BOB, MOD
from tests.telegram.fake_bot_api import Call, FakeBotApi, FakeUser

pytestmark = pytest.mark.model

NOTE = "checked the tx, the user looks legit"


async def claimed_with_note(api: FakeBotApi, user: FakeUser, text: str) -> tuple[Call, int, int]:
    """The user asks for a human, Mia claims and leaves an internal note; return the card, topic and ticket."""
    mark = api.mark()
    api.private_message(user, text)
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    thread = int(card.params["message_thread_id"])
    number = int(card.buttons[0][1].split(":")[1])
    mark = api.mark()
    api.press(MOD, card, f"claim:{number}")
    await api.wait("editMessageReplyMarkup", mark, message_id=card.params["message_id"])
    mark = api.mark()
    api.topic_message(MOD, thread, f"!{NOTE}")
    await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread)  # "note saved"
    return card, thread, number


def html_of(call: Call) -> tuple[str, str]:
    uploaded = call.upload("document")
    assert uploaded is not None, "the transcript is uploaded as a file, not sent as a file id"
    return uploaded[0], uploaded[1].decode("utf-8")


async def test_resolve_posts_the_transcript_in_the_topic_before_closing_it(api: FakeBotApi, start_bot):
    bot = await start_bot()
    card, thread, number = await claimed_with_note(api, ALICE, "/human my USDT withdrawal never arrived")
    mark = api.mark()
    api.press(MOD, card, f"resolve:{number}")
    document = await api.wait("sendDocument", mark, chat_id=api.staff_chat_id, message_thread_id=thread)
    closed = await api.wait("closeForumTopic", mark, message_thread_id=thread)
    assert api.calls.index(document) < api.calls.index(closed)  # posted while the topic still takes messages
    name, html = html_of(document)
    assert name == f"ticket-{number}.html" and f"Transcript of ticket #{number}" in document.text
    assert "my USDT withdrawal never arrived" in html
    assert '<span class="badge">Internal note</span><b>Moderator · Mia</b>' in html and NOTE in html
    assert "Event log" in html and "<script" not in html
    # The posted message is the row's result: the transcript is there for good, and can be rendered again.
    rows = await bot.desk_app.delivery.outbox.list(ticket_id=number, limit=100)
    [row] = [r for r in rows if r.effect.kind == EffectKind.TRANSCRIPT]
    assert row.result == f"{api.staff_chat_id}:{document.params['message_id']}"


async def test_a_transcript_whose_topic_was_deleted_goes_to_general(api: FakeBotApi, start_bot):
    await start_bot()
    card, thread, number = await claimed_with_note(api, ALICE, "/human my USDT withdrawal never arrived")
    api.delete_topic(thread)
    mark = api.mark()
    api.press(MOD, card, f"resolve:{number}")
    await api.wait("sendDocument", mark, chat_id=api.staff_chat_id, message_thread_id=thread)  # refused
    general = await api.wait("sendDocument", mark, chat_id=api.staff_chat_id, nth=2)
    assert "message_thread_id" not in general.params and "topic or thread is gone" in general.text
    assert html_of(general)[0] == f"ticket-{number}.html"
    assert not api.sent("createForumTopic", mark)  # a transcript is no reason for a new topic


async def test_the_user_gets_their_own_transcript_without_internal_notes(api: FakeBotApi, start_bot):
    await start_bot()
    mark = api.mark()
    api.private_message(BOB, "/transcript")
    nothing = await api.wait("sendMessage", mark, chat_id=BOB.id)
    assert nothing.text == "您还没有工单，暂无对话记录可发送。"
    _, _, number = await claimed_with_note(api, BOB, "/human 我的提现一直没到账")
    mark = api.mark()
    api.private_message(BOB, "/transcript")
    document = await api.wait("sendDocument", mark, chat_id=BOB.id)
    name, html = html_of(document)
    assert name == f"ticket-{number}.html" and f"工单 #{number}" in document.text
    assert "我的提现一直没到账" in html and "对话记录" in html  # the user's words, labels in their language
    assert NOTE not in html and "内部备注" not in html and "事件日志" not in html
    assert not api.sent("sendDocument", mark, chat_id=api.staff_chat_id)
