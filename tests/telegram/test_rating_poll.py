"""SUPPORTBOT_RATING_STYLE=poll on Telegram: the rating is a native non-anonymous poll, read from its votes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest

from core.models import Ticket, TicketState
from core.outbox.delivery import UNCONFIRMED
from core.outbox.effects import EffectKind
from tests.telegram.conftest import ALICE, BOB, MOD
from tests.telegram.fake_bot_api import Call, Chaos, FakeUser
from tests.telegram.fake_polls import PollBotApi
from tests.telegram.test_delivery import settled

pytestmark = pytest.mark.model


@pytest.fixture
async def api() -> AsyncIterator[PollBotApi]:
    server = PollBotApi()
    await server.start()
    yield server
    await server.close()


async def resolved(api: PollBotApi, bot: Any, user: FakeUser, text: str) -> tuple[Ticket, int, Call]:
    """The user escalates, Mia claims and resolves; return the ticket, its topic and the poll sent."""
    mark = api.mark()
    api.private_message(user, text)
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    topic = int(card.params["message_thread_id"])
    ticket = await bot.desk_app.desk.tickets.repo.latest_for_user("telegram", str(user.id))
    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket.id}")
    await api.wait("answerCallbackQuery", mark)
    mark = api.mark()
    api.topic_message(MOD, topic, "/resolve")
    return ticket, topic, await api.wait("sendPoll", mark, chat_id=user.id)


async def test_a_vote_in_the_poll_is_the_rating_and_can_be_changed_until_the_poll_stops(api: PollBotApi, start_bot):
    bot = await start_bot(rating_style="poll")
    desk = bot.desk_app.desk
    ticket, topic, sent = await resolved(api, bot, ALICE, "/human my deposit is missing")

    # A non-anonymous poll (so each vote names its voter) with five options, asked for with the updates.
    assert sent.get("is_anonymous") is False and sent.get("allows_multiple_answers") is False
    assert [o if isinstance(o, str) else o["text"] for o in sent.get("options")] == [
        "1 ⭐", "2 ⭐⭐", "3 ⭐⭐⭐", "4 ⭐⭐⭐⭐", "5 ⭐⭐⭐⭐⭐"]
    assert f"#{ticket.id}" in sent.params["question"] and "How satisfied" in sent.params["question"]
    assert "poll_answer" in (api.allowed_updates or [])
    assert not api.sent("sendMessage", 0, chat_id=ALICE.id, text_has="Tap 1")  # no buttons as well
    poll = api.poll_of(sent)

    # Bob got the poll forwarded and votes in it: it is not his ticket, nothing is stored or said.
    mark = api.mark()
    assert api.vote(BOB, poll, [0])
    await api.reply_to(BOB, "/ticket")  # his chat's next update: the vote was handled before it
    assert len(api.sent("sendMessage", mark, chat_id=BOB.id)) == 1
    assert (await desk.tickets.get(ticket.id)).rating is None

    # Alice votes 4: stored, the ticket closed, staff told in the topic, Alice thanked in her chat.
    mark = api.mark()
    assert api.vote(ALICE, poll, [3])
    thanks = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert "4/5" in thanks.text and "/comment" in thanks.text and "retract" in thanks.text
    await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=topic, text_has="rated")
    stored = await desk.tickets.get(ticket.id)
    assert (stored.state, stored.rating) == (TicketState.CLOSED, 4)

    # She retracts her vote (the rating stays) and votes 5 within the window: changed, staff told.
    mark = api.mark()
    assert api.vote(ALICE, poll, [])
    assert api.vote(ALICE, poll, [4])
    changed = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert "5/5" in changed.text
    assert len(api.sent("sendMessage", mark, chat_id=ALICE.id)) == 1  # nothing for the retraction
    await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=topic,
                   text_has="changed the rating to 5/5")
    assert (await desk.tickets.get(ticket.id)).rating == 5

    # Eleven minutes later the rating is final: the sweep stops the poll, and no one can vote in it.
    real_clock = desk.tickets.clock
    desk.tickets.clock = lambda: real_clock() + timedelta(minutes=11)
    mark = api.mark()
    assert await bot.desk_app.housekeeper.sweep() == [(ticket.id, "rating_final")]
    await api.wait("stopPoll", mark, chat_id=ALICE.id, message_id=sent.params["message_id"])
    assert poll.closed and not api.vote(ALICE, poll, [])
    assert (await desk.tickets.get(ticket.id)).rating == 5
    assert not api.refused, api.refused


async def test_the_comment_after_a_vote_and_buttons_stay_the_default(api: PollBotApi, start_bot):
    bot = await start_bot(rating_style="poll")
    ticket, _, sent = await resolved(api, bot, ALICE, "/human my withdrawal is stuck")
    mark = api.mark()
    assert api.vote(ALICE, api.poll_of(sent), [1])
    await api.wait("sendMessage", mark, chat_id=ALICE.id, text_has="2/5")
    reply = await api.reply_to(ALICE, "/comment quick, thanks")
    assert "comment was saved" in reply.text
    stored = await bot.desk_app.desk.tickets.get(ticket.id)
    assert (stored.rating, stored.rating_comment) == (2, "quick, thanks")


async def test_a_vote_in_a_poll_whose_id_never_came_back_still_rates(api: PollBotApi, start_bot):
    """Telegram posts the poll but answers after the client's timeout: the bot never learns the poll's id."""
    bot = await start_bot(rating_style="poll")
    desk = bot.desk_app.desk
    api.chaos = Chaos(late=1.0, methods=("sendPoll",), late_seconds=2)
    ticket, _, sent = await resolved(api, bot, ALICE, "/human my deposit is missing")
    poll = api.poll_of(sent)
    rows = await settled(bot, ticket.id, EffectKind.RATING_REQUEST)
    api.chaos = None
    assert [r.result for r in rows if r.effect.kind == EffectKind.RATING_REQUEST] == [UNCONFIRMED]

    # Bob votes in it (forwarded to him): his own tickets hold no unanswered poll, nothing is stored.
    mark = api.mark()
    assert api.vote(BOB, poll, [0])
    await api.reply_to(BOB, "/ticket")
    assert len(api.sent("sendMessage", mark, chat_id=BOB.id)) == 1

    # Alice's vote finds her ticket through its rating request, sent but never confirmed.
    mark = api.mark()
    assert api.vote(ALICE, poll, [4])
    thanks = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert "5/5" in thanks.text
    assert (await desk.tickets.get(ticket.id)).rating == 5
