"""Telegram failing the bot's sends: stored messages reach people once, in order, whatever the Bot API answers."""

from __future__ import annotations

import asyncio

import pytest

from core.outbox.delivery import UNCONFIRMED
from core.outbox.effects import EffectKind, OutboxState
from core.settings import OutboxSettings
from tests.telegram.conftest import ALICE, MOD
from tests.telegram.fake_bot_api import Chaos, FakeBotApi
from tests.telegram.test_staff_side import escalate

pytestmark = pytest.mark.model


async def claimed(api: FakeBotApi, bot) -> tuple[int, int]:
    _, card, thread = await escalate(api, ALICE, "/human my withdrawal is stuck")
    ticket = await bot.desk_app.desk.tickets.repo.latest_for_user("telegram", str(ALICE.id))
    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket.id}")
    await api.wait("editForumTopic", mark)
    return ticket.id, thread


async def settled(bot, ticket_id: int, kind: EffectKind) -> list:
    """The ticket's outbox rows once one of ``kind`` exists and none is pending (the worker retries on its own)."""
    for _ in range(600):
        rows = await bot.desk_app.delivery.outbox.list(ticket_id=ticket_id, limit=100)
        if any(r.effect.kind == kind for r in rows) and all(r.state != OutboxState.PENDING for r in rows):
            return rows
        await asyncio.sleep(0.05)
    raise AssertionError("the outbox never settled")


async def test_a_send_answered_after_the_timeout_is_not_sent_again(api: FakeBotApi, start_bot):
    bot = await start_bot()
    number, thread = await claimed(api, bot)
    # Telegram shows the reply but answers after the client's read timeout (1 s in tests).
    api.chaos = Chaos(late=1.0, methods=("sendMessage",), late_seconds=2)
    api.topic_message(MOD, thread, "we found your transfer, it is on its way")
    rows = await settled(bot, number, EffectKind.TO_USER)
    api.chaos = None
    to_user = [r for r in rows if r.effect.kind == EffectKind.TO_USER]
    assert [(r.state, r.result) for r in to_user] == [(OutboxState.DONE, UNCONFIRMED)]
    seen = [c for c in api.delivered if c.method == "sendMessage" and str(c.params.get("chat_id")) == str(ALICE.id)
            and "it is on its way" in c.text]
    assert len(seen) == 1


async def test_failed_and_rate_limited_relays_arrive_once_and_in_order(api: FakeBotApi, start_bot):
    bot = await start_bot()
    number, thread = await claimed(api, bot)
    api.chaos = Chaos(error=0.2, flood=0.1, methods=("sendMessage",), seed=3)
    for n in range(8):
        api.private_message(ALICE, f"detail number {n}")
    for n in range(8):
        await api.wait("sendMessage", 0, chat_id=api.staff_chat_id, text_has=f"detail number {n}")
    await settled(bot, number, EffectKind.TO_STAFF)
    api.chaos.error = api.chaos.flood = 0.0
    relayed = [c.text for c in api.delivered if c.method == "sendMessage" and "detail number" in c.text
               and str(c.params.get("message_thread_id")) == str(thread)]
    assert [int(text.rsplit(" ", 1)[1]) for text in relayed] == list(range(8))  # each once, in order
    assert api.chaos.counts["error"] + api.chaos.counts["flood"] > 0  # the fake did fail some sends


async def test_an_answer_telegram_refused_reaches_the_user_later_and_once(api: FakeBotApi, start_bot):
    # The reply to a user's message is an outbox row of the escalation: a refused send is retried by the
    # worker, not lost with the handler (and not sent by the handler on top of it).
    bot = await start_bot()
    api.chaos = Chaos(error=1.0, methods=("sendMessage",))
    mark = api.mark()
    api.private_message(ALICE, "/human my withdrawal is stuck")
    await api.wait("sendMessage", mark, chat_id=ALICE.id)  # tried, and refused
    api.chaos = None
    ticket = await bot.desk_app.desk.tickets.repo.latest_for_user("telegram", str(ALICE.id))
    rows = await settled(bot, ticket.id, EffectKind.ANSWER)
    assert [r.state for r in rows if r.effect.kind == EffectKind.ANSWER] == [OutboxState.DONE]
    answers = [c for c in api.delivered if c.method == "sendMessage" and str(c.params.get("chat_id")) == str(ALICE.id)]
    assert len(answers) == 1 and f"#{ticket.id}" in answers[0].text


async def test_a_stopping_bot_lets_the_card_in_flight_finish_before_it_closes_its_client(api: FakeBotApi, start_bot):
    # The handler does not wait for its effects, so stopping does not wait for them through the handler.
    bot = await start_bot(outbox=OutboxSettings(inline_seconds=0, backoff_seconds=0.25, _env_file=None))
    api.chaos = Chaos(late=1.0, methods=("createForumTopic",), late_seconds=0.5)  # within the read timeout
    mark = api.mark()
    api.private_message(ALICE, "/human my withdrawal is stuck")
    await api.wait("createForumTopic", mark)  # the card's delivery is under way
    outbox = bot.desk_app.delivery.outbox
    await bot.stop()
    # Cut by a closed HTTP client, the card would be pending with an error and sent again by the next start.
    cards = [r for r in await outbox.list(platform="telegram") if r.effect.kind is EffectKind.CARD]
    assert [(r.state, r.last_error) for r in cards] == [(OutboxState.DONE, None)]
