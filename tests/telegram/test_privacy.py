"""Privacy requests on Telegram: /mydata as documents, /forgetme with a button only its user can press."""

from __future__ import annotations

import json

import pytest

from core.tickets.privacy import ERASED
from tests.scan import scan
from tests.telegram.conftest import ALICE, BOB
from tests.telegram.fake_bot_api import FakeBotApi, FakeUser

pytestmark = pytest.mark.model

WORD = "marmalade"
ZELDA = FakeUser(5550123, "Zelda", "en")  # an id no fake message or topic id comes near


async def test_mydata_sends_json_and_transcripts_as_documents(api: FakeBotApi, start_bot):
    await start_bot()
    mark = api.mark()
    api.private_message(ALICE, f"/human my {WORD} withdrawal never arrived")
    await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)  # the card: the ticket exists
    mark = api.mark()
    api.private_message(ALICE, "/mydata")
    first = await api.wait("sendDocument", mark, chat_id=ALICE.id)
    second = await api.wait("sendDocument", mark, chat_id=ALICE.id, nth=2)
    name, data = first.upload("document") or ("", b"")
    assert name == "my-data.json" and "1 ticket(s)" in first.text
    stored = json.loads(data)
    assert stored["user_id"] == str(ALICE.id) and stored["name"] == "Alice"
    assert any(WORD in m["text"] for m in stored["tickets"][0]["messages"])
    html_name, html = second.upload("document") or ("", b"")
    assert html_name.startswith("ticket-") and WORD in html.decode() and "caption" not in second.params


async def test_forgetme_asks_then_erases_only_for_the_presser(api: FakeBotApi, start_bot):
    bot = await start_bot()
    mark = api.mark()
    api.private_message(ZELDA, f"/human my {WORD} withdrawal never arrived")
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    thread = int(card.params["message_thread_id"])
    mark = api.mark()
    api.private_message(ZELDA, "/forgetme")
    warning = await api.wait("sendMessage", mark, chat_id=ZELDA.id, text_has="cannot be undone")
    assert warning.buttons == [("🗑 Erase my data", f"forget:{ZELDA.id}")]

    # The data is the client's to write: Bob's press on Zelda's button, or data that is not a user id, erases
    # nothing.
    mark = api.mark()
    api.press(BOB, warning, f"forget:{ZELDA.id}")
    refused = await api.wait("answerCallbackQuery", mark)
    assert refused.params.get("show_alert")
    api.press(ZELDA, warning, "forget:12x")
    await api.wait("answerCallbackQuery", mark, nth=2)
    assert await bot.desk_app.desk.tickets.repo.active_for_user("telegram", str(ZELDA.id)) is not None

    mark = api.mark()
    api.press(ZELDA, warning, f"forget:{ZELDA.id}")
    await api.wait("answerCallbackQuery", mark)
    await api.wait("editMessageReplyMarkup", mark, chat_id=ZELDA.id)  # the button goes: one press
    await api.wait("sendMessage", mark, chat_id=ZELDA.id, text_has="is erased")
    await api.wait("closeForumTopic", mark, message_thread_id=thread)  # staff see the ticket closed

    desk = bot.desk_app.desk
    assert await scan(bot.desk_app.db.engine, "Zelda", WORD, ids=(str(ZELDA.id),)) == set()
    [ticket] = await desk.tickets.repo.list(platform="telegram")
    assert ticket.user_id.startswith("forgotten:") and ticket.escalated_at is not None
    assert {m.text for m in await desk.tickets.repo.messages(ticket.id)} == {ERASED}
    mark = api.mark()
    api.private_message(ZELDA, "/tickets")  # nothing of theirs is left to list
    await api.wait("sendMessage", mark, chat_id=ZELDA.id, text_has="You have no ticket")
