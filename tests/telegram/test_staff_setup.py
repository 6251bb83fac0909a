"""Staff-side setup failures on Telegram: topics off, a missing right, the bot removed, a deleted topic.

The ticket stays open and claimable from a fallback card in the group's General topic, admins are
told once what to fix, the sweep retries with growing intervals, and a deleted topic is replaced
without losing the user's message.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from bots.telegram.app import TelegramBot
from core.models import TicketState
from core.settings import SlaSettings
from core.tickets.sla import REANNOUNCED
from tests.fakes import MovableClock, new_staff_thread
from tests.telegram.conftest import ALICE, BOB, CONFIG_ADMIN, MOD
from tests.telegram.fake_bot_api import Call, FakeBotApi, FakeUser

pytestmark = pytest.mark.model
# Only the sweep the test drives runs: no pings, no auto-close, no sweep of its own within the test.
QUIET_SLA = SlaSettings(unclaimed_minutes=0, unanswered_minutes=0, auto_close_hours=0, working_hours="",
                        sweep_seconds=3600, _env_file=None)  # type: ignore[call-arg]

CARL = FakeUser(1003, "Carl", "en")


ClockedBot = Callable[..., Coroutine[Any, Any, TelegramBot]]


@pytest.fixture
def start_clocked(start_bot: Any) -> ClockedBot:
    """Start a bot whose desk reads ``clock``; only the sweep the test drives runs (no pings, no auto-close)."""
    async def factory(clock: MovableClock) -> TelegramBot:
        return await start_bot(clock=clock, sla=QUIET_SLA)  # type: ignore[no-any-return]
    return factory


async def escalate_without_topic(api: FakeBotApi, user: FakeUser, text: str) -> Call:
    """The user asks for a human while the group refuses topics; return the fallback card."""
    mark = api.mark()
    api.private_message(user, f"/human {text}")
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, text_has=text)
    await api.wait("sendMessage", mark, chat_id=user.id)
    return card


async def test_topics_off_card_in_general_admins_told_once_claimed_there_then_a_topic_on_retry(
        api: FakeBotApi, start_clocked):
    api.forum = False
    clock = MovableClock()
    bot = await start_clocked(clock)
    repo = bot.desk_app.desk.tickets.repo
    sweep = bot.desk_app.housekeeper.sweep
    staff = api.staff_chat_id

    mark = api.mark()
    card = await escalate_without_topic(api, ALICE, "my withdrawal is stuck")
    ticket = await repo.latest_for_user("telegram", str(ALICE.id))
    told = api.sent("sendMessage", mark, chat_id=staff, text_has="Topics are off")
    assert len(told) == 1 and "Turn on Topics" in told[0].text and f"#{ticket.id}" in told[0].text
    assert api.sent("getChat", mark, chat_id=staff)  # the cause was asked of Telegram, not guessed
    assert "message_thread_id" not in card.params  # General
    assert "could not get its own topic" in card.text
    assert card.buttons == [("✋ Claim", f"claim:{ticket.id}"), ("✅ Resolve", f"resolve:{ticket.id}")]
    assert (ticket.state, ticket.thread_ref) == (TicketState.OPEN, None)
    assert ticket.card_ref == f"{staff}:{card.params['message_id']}"

    # A second escalation gets its own card, but admins are not told again.
    mark = api.mark()
    await escalate_without_topic(api, BOB, "我的账户被冻结了")
    bob = await repo.latest_for_user("telegram", str(BOB.id))
    assert not api.sent("sendMessage", mark, chat_id=staff, text_has="Topics are off")

    # A moderator claims from the card in General; the user's next message lands under that card.
    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket.id}")
    assert "Claimed by Mia" in (await api.wait("answerCallbackQuery", mark)).text
    markup = await api.wait("editMessageReplyMarkup", mark, chat_id=staff, message_id=card.params["message_id"])
    assert markup.get("reply_markup")["inline_keyboard"][0][0]["text"] == "✋ Mia"
    mark = api.mark()
    api.private_message(ALICE, "any news?")
    relayed = await api.wait("sendMessage", mark, chat_id=staff, text_has="any news?")
    assert relayed.text == "👤 Alice: any news?" and "message_thread_id" not in relayed.params
    assert relayed.get("reply_parameters")["message_id"] == int(card.params["message_id"])

    # The sweep asks again after 10, then 20 minutes; a refused retry posts nothing.
    def topic_tries(since: int) -> list[Call]:
        return [c for c in api.sent("createForumTopic", since) if c.params["name"].startswith(f"#{ticket.id} ")]

    mark = api.mark()
    for minutes in (0.52, 9, 1, 19):
        clock.advance(minutes=minutes)
        assert await sweep() == []
        await asyncio.sleep(0)
    assert len(topic_tries(mark)) == 2
    assert not api.sent("sendMessage", mark, chat_id=staff)

    # An admin turns topics on: the next due retry opens the topic, with the conversation, for Mia.
    api.forum = True
    mark = api.mark()
    clock.advance(minutes=1)
    assert sorted(await sweep()) == [(ticket.id, REANNOUNCED), (bob.id, REANNOUNCED)]
    ticket = await new_staff_thread(repo, ticket.id)
    thread = int((ticket.thread_ref or ":").split(":")[1])
    assert api.topics[thread]["name"].endswith("✋ Mia") and ticket.state == TicketState.CLAIMED
    new_card, history = api.sent("sendMessage", mark, chat_id=staff, message_thread_id=thread)
    assert new_card.buttons == [("✋ Mia", f"claim:{ticket.id}"), ("✅ Resolve", f"resolve:{ticket.id}")]
    assert "conversation so far" in history.text and "👤 Alice: any news?" in history.text
    assert "my withdrawal is stuck" in history.text
    moved = api.sent("editMessageText", mark, chat_id=staff, message_id=card.params["message_id"])
    assert len(moved) == 1 and "now has its own place" in moved[0].text and not moved[0].get("reply_markup")
    mark = api.mark()
    api.topic_message(MOD, thread, "found it, crediting now")
    assert (await api.wait("sendMessage", mark, chat_id=ALICE.id)).text == "💬 Mia: found it, crediting now"

    # A topic was created again, so a new breakage is told again, naming the missing right.
    api.bot_can_manage_topics = False
    mark = api.mark()
    await escalate_without_topic(api, CARL, "where is my refund")
    told = api.sent("sendMessage", mark, chat_id=staff, text_has="Manage topics")
    assert len(told) == 1 and "lacks the Manage topics right" in told[0].text
    assert api.sent("getChatMember", mark, chat_id=staff)


async def test_a_bot_that_is_no_administrator_is_told_so(api: FakeBotApi, start_bot):
    api.bot_status = "member"
    await start_bot()
    mark = api.mark()
    card = await escalate_without_topic(api, ALICE, "please help me")
    told = api.sent("sendMessage", mark, chat_id=api.staff_chat_id, text_has="not an administrator")
    assert len(told) == 1 and "Make it an administrator with the Manage topics right" in told[0].text
    assert card.buttons[0][1].startswith("claim:")


async def test_a_bot_removed_from_the_group_tells_the_listed_admins_privately_once(api: FakeBotApi, start_bot):
    api.bot_status = "kicked"
    bot = await start_bot()
    mark = api.mark()
    api.private_message(ALICE, "/human please help me")
    told = await api.wait("sendMessage", mark, chat_id=CONFIG_ADMIN.id)
    await api.wait("sendMessage", mark, chat_id=ALICE.id)  # the user still gets a ticket
    assert "removed from the staff group" in told.text
    ticket = await bot.desk_app.desk.tickets.repo.latest_for_user("telegram", str(ALICE.id))
    assert (ticket.state, ticket.thread_ref, ticket.card_ref) == (TicketState.OPEN, None, None)
    mark = api.mark()
    api.private_message(BOB, "/human 请帮帮我")
    await api.wait("sendMessage", mark, chat_id=BOB.id)
    assert not api.sent("sendMessage", mark, chat_id=CONFIG_ADMIN.id)


async def test_a_deleted_topic_is_replaced_by_the_users_next_message_which_is_not_lost(api: FakeBotApi, start_bot):
    bot = await start_bot()
    repo = bot.desk_app.desk.tickets.repo
    mark = api.mark()
    api.private_message(ALICE, "/human my deposit vanished")
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    await api.wait("sendMessage", mark, chat_id=ALICE.id)
    old = int(card.params["message_thread_id"])
    ticket = await repo.latest_for_user("telegram", str(ALICE.id))
    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket.id}")
    await api.wait("answerCallbackQuery", mark, text_has="Claimed by Mia")

    api.delete_topic(old)
    mark = api.mark()
    api.private_message(ALICE, "hello? is anyone there")
    history = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, text_has="conversation so far")
    thread = int(history.params["message_thread_id"])
    assert thread != old and "👤 Alice: hello? is anyone there" in history.text
    assert api.sent("sendMessage", mark, message_thread_id=old)  # the relay Telegram refused
    ticket = await new_staff_thread(repo, ticket.id, old=f"{api.staff_chat_id}:{old}")
    assert ticket.state == TicketState.CLAIMED and api.topics[thread]["name"].endswith("✋ Mia")
    new_card = api.sent("sendMessage", mark, message_thread_id=thread)[0]
    assert "Question: hello? is anyone there" in new_card.text
    mark = api.mark()
    api.topic_message(MOD, thread, "yes, here")
    assert (await api.wait("sendMessage", mark, chat_id=ALICE.id)).text == "💬 Mia: yes, here"
