"""Telegram's rules, played by a client that forges what it can: callback data is the client's to write.

The Bot API says so in as many words ("a bad client can send arbitrary data in this field"): the
only things a press proves are who pressed and which message (in which chat and topic) the button
was under. Every staff and user action is tried from the wrong place and by the wrong person; none
may change anything. Then routes from question to rating, fairness under a flood, and ratings.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from core.models import Ticket, TicketState
from tests.fakes import new_staff_thread
from tests.telegram.conftest import ALICE, BOB, MOD, OTHER_MOD, FakeUser
from tests.telegram.fake_bot_api import Call, FakeBotApi

pytestmark = pytest.mark.model

SECURITY_GROUP = -1009999999999
OTHER_GROUP = -1005555555555  # a group the bot is in that is not a staff group
STRANGER = FakeUser(4001, "Mallory", "en")


def message_in(chat_id: int, thread: int | None = None) -> Call:
    """A message of the bot's in ``chat_id`` (and topic), for a button to be pressed under."""
    params = {"chat_id": str(chat_id), "text": "x"}
    if thread is not None:
        params["message_thread_id"] = str(thread)
    return Call("sendMessage", params)


async def escalate(api: FakeBotApi, user: FakeUser, text: str, chat: int | None = None) -> tuple[Call, int]:
    """The user asks for a human; return the card and its topic."""
    mark = api.mark()
    api.private_message(user, text)
    card = await api.wait("sendMessage", mark, chat_id=chat or api.staff_chat_id)
    await api.wait("sendMessage", mark, chat_id=user.id)  # the escalation is complete once the user is told
    return card, int(card.params["message_thread_id"])


async def resolved(api: FakeBotApi, bot: Any, user: FakeUser, text: str) -> tuple[Ticket, int, Call]:
    """The user escalates, Mia claims and resolves; return the ticket, its topic and the rating request."""
    card, topic = await escalate(api, user, text)
    ticket = await bot.desk_app.desk.tickets.repo.latest_for_user("telegram", str(user.id))
    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket.id}")
    await api.wait("answerCallbackQuery", mark)
    mark = api.mark()
    api.topic_message(MOD, topic, "/resolve")
    return ticket, topic, await api.wait("sendMessage", mark, chat_id=user.id, text_has="How satisfied")


async def refused(api: FakeBotApi, who: FakeUser, under: Call, data: str) -> Call:
    """Press ``data`` under ``under`` as ``who``; return the bot's answer, which must be a refusal."""
    mark = api.mark()
    api.press(who, under, data)
    answer = await api.wait("answerCallbackQuery", mark)
    return answer


async def test_forged_presses_change_nothing(api: FakeBotApi, start_bot, tg_settings):
    routed = tg_settings.telegram.model_copy(update={"routes": {"security": SECURITY_GROUP}})
    bot = await start_bot(telegram=routed)
    repo = bot.desk_app.desk.tickets.repo
    card_a, topic_a = await escalate(api, ALICE, "/human my USDT withdrawal never arrived")
    _, topic_s = await escalate(api, BOB, "我的钱包被盗了，资产被人转走了", chat=SECURITY_GROUP)
    ticket_a = await repo.latest_for_user("telegram", str(ALICE.id))
    ticket_s = await repo.latest_for_user("telegram", str(BOB.id))
    assert ticket_s.thread_ref == f"{SECURITY_GROUP}:{topic_s}"
    before = {t: await repo.get(t) for t in (ticket_a.id, ticket_s.id)}

    forged = [  # (who, under which message, data): the data names a real ticket, the place is wrong
        (STRANGER, message_in(STRANGER.id), ticket_a),  # a stranger's private chat
        (ALICE, message_in(ALICE.id), ticket_a),  # the ticket's own user, in her private chat
        (MOD, message_in(OTHER_GROUP), ticket_a),  # a group that is not a staff group
        (MOD, message_in(api.staff_chat_id, topic_a), ticket_s),  # another ticket's topic
        (MOD, message_in(api.staff_chat_id), ticket_a),  # the staff group's General topic
        (OTHER_MOD, message_in(api.staff_chat_id, topic_a), ticket_s),  # main group, for a routed ticket
        (MOD, message_in(SECURITY_GROUP), ticket_s),  # the routed group's General topic
    ]
    tried = 0
    for who, under, target in forged:
        for action in ("claim", "resolve"):
            answer = await refused(api, who, under, f"{action}:{target.id}")
            assert answer.text == "You are not allowed to do that.", (who.first_name, under.params, action)
            tried += 1
    # User buttons: only in one's own private chat, only for one's own ticket.
    for who, under, data in [(MOD, card_a, "human"), (MOD, card_a, f"pick:{'deposit-not-credited'}"),
                             (MOD, card_a, "solved"), (MOD, card_a, f"rate:{ticket_a.id}:1"),
                             (STRANGER, message_in(OTHER_GROUP), "human")]:
        answer = await refused(api, who, under, data)
        assert answer.text == "You are not allowed to do that.", (who.first_name, data)
        tried += 1
    # Malformed data is refused as such (and answered, so the client stops its spinner).
    for data in ("claim:", "claim:abc", "resolve:99999999999999999999999", "rate:1", "rate:x:y", "nonsense"):
        mark = api.mark()
        api.press(MOD, card_a, data)
        await api.wait("answerCallbackQuery", mark)
        tried += 1

    for ticket_id, old in before.items():
        now = await repo.get(ticket_id)
        assert (now.state, now.moderator_id, now.rating) == (old.state, old.moderator_id, old.rating)
    assert not api.sent("editForumTopic") and not api.sent("editMessageReplyMarkup")
    assert not api.refused, api.refused  # every press was answered once, within the rules
    assert tried == 2 * len(forged) + 5 + 6

    # The real presses still work: the card's own button, in its own topic.
    mark = api.mark()
    api.press(MOD, card_a, f"claim:{ticket_a.id}")
    assert "Claimed by Mia" in (await api.wait("answerCallbackQuery", mark)).text
    assert (await repo.get(ticket_a.id)).moderator_id == str(MOD.id)


async def test_someone_elses_rating_and_staff_commands_elsewhere_are_refused(api: FakeBotApi, start_bot):
    bot = await start_bot()
    repo = bot.desk_app.desk.tickets.repo
    ticket, _, rating = await resolved(api, bot, ALICE, "/human please check my deposit")

    # Bob forges Alice's rating from his own chat: refused, nothing stored.
    answer = await refused(api, BOB, message_in(BOB.id), f"rate:{ticket.id}:1")
    assert answer.text == "您没有权限执行此操作。"  # in Bob's language
    assert (await repo.get(ticket.id)).rating is None
    # Staff commands only work in a staff group's ticket topic: in a private chat they are unknown.
    reply = await api.reply_to(STRANGER, f"/claim {ticket.id}")
    assert "Unknown command /claim" in reply.text
    # Alice rates her own ticket.
    mark = api.mark()
    api.press(ALICE, rating, f"rate:{ticket.id}:4")
    await api.wait("answerCallbackQuery", mark)
    assert (await repo.get(ticket.id)).rating == 4


async def test_a_rating_can_be_changed_for_ten_minutes_then_its_buttons_go(api: FakeBotApi, start_bot):
    bot = await start_bot()
    desk = bot.desk_app.desk
    ticket, topic, rating = await resolved(api, bot, ALICE, "/human my deposit is missing")

    mark = api.mark()
    api.press(ALICE, rating, f"rate:{ticket.id}:2")
    await api.wait("sendMessage", mark, chat_id=ALICE.id, text_has="2/5")
    ticked = await api.wait("editMessageReplyMarkup", mark, chat_id=ALICE.id)
    assert [b["text"] for b in ticked.get("reply_markup")["inline_keyboard"][0]][1] == "✅ 2 ⭐"
    mark = api.mark()
    api.press(ALICE, rating, f"rate:{ticket.id}:5")  # changed her mind within the window
    await api.wait("sendMessage", mark, chat_id=ALICE.id, text_has="5/5")
    notice = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=topic)
    assert "changed the rating to 5/5" in notice.text
    assert not api.sent("editForumTopic", mark)  # a rating never renames the topic
    assert (await desk.tickets.get(ticket.id)).rating == 5

    # Eleven minutes later the rating is final: the sweep takes the buttons off the request...
    from datetime import timedelta

    real_clock = desk.tickets.clock
    desk.tickets.clock = lambda: real_clock() + timedelta(minutes=11)
    mark = api.mark()
    assert await bot.desk_app.housekeeper.sweep() == [(ticket.id, "rating_final")]
    final = await api.wait("editMessageReplyMarkup", mark, chat_id=ALICE.id, message_id=rating.params["message_id"])
    assert not final.get("reply_markup")
    # ...and a press on a copy still on screen is told so politely, and changes nothing.
    mark = api.mark()
    api.press(ALICE, rating, f"rate:{ticket.id}:1")
    answer = await api.wait("answerCallbackQuery", mark)
    assert "already rated 5/5" in answer.text
    removed = await api.wait("editMessageReplyMarkup", mark, chat_id=ALICE.id)
    assert not removed.get("reply_markup")
    assert (await desk.tickets.get(ticket.id)).rating == 5
    assert not api.sent("sendMessage", mark, chat_id=api.staff_chat_id)


async def test_a_routed_ticket_goes_from_question_to_rating_in_its_own_group(api: FakeBotApi, start_bot, tg_settings):
    routed = tg_settings.telegram.model_copy(update={"routes": {"security": SECURITY_GROUP}})
    bot = await start_bot(telegram=routed)
    repo = bot.desk_app.desk.tickets.repo
    card, topic = await escalate(api, BOB, "我的钱包被盗了，资产被人转走了", chat=SECURITY_GROUP)
    ticket = await repo.latest_for_user("telegram", str(BOB.id))
    mark = api.mark()
    api.press(MOD, card, f"claim:{ticket.id}")
    await api.wait("answerCallbackQuery", mark)
    mark = api.mark()
    api.topic_message(MOD, topic, "请立即转移剩余资产", chat_id=SECURITY_GROUP)
    assert "请立即转移剩余资产" in (await api.wait("sendMessage", mark, chat_id=BOB.id)).text
    mark = api.mark()
    api.private_message(BOB, "已经转移了")
    relayed = await api.wait("sendMessage", mark, chat_id=SECURITY_GROUP, message_thread_id=topic)
    assert "已经转移了" in relayed.text
    mark = api.mark()
    api.topic_message(MOD, topic, "/resolve", chat_id=SECURITY_GROUP)
    rating = await api.wait("sendMessage", mark, chat_id=BOB.id)
    await api.wait("closeForumTopic", mark, chat_id=SECURITY_GROUP)
    mark = api.mark()
    api.press(BOB, rating, f"rate:{ticket.id}:5")
    shown = await api.wait("sendMessage", mark, chat_id=SECURITY_GROUP, message_thread_id=topic)
    assert "5/5" in shown.text
    final = await repo.get(ticket.id)
    assert (final.state, final.rating) == (TicketState.CLOSED, 5)
    assert not api.sent("sendMessage", 0, chat_id=api.staff_chat_id)  # the main group never saw it


async def test_one_users_flood_does_not_delay_another_users_answer(api: FakeBotApi, start_bot):
    await start_bot()
    flooder = FakeUser(5001, "Flo", "en")
    mark = api.mark()
    for number in range(100):
        api.private_message(flooder, f"hello {number}? my deposit is missing")
    await asyncio.sleep(0)
    api.private_message(BOB, "怎么备份助记词？")
    answer = await api.wait("sendMessage", mark, chat_id=BOB.id)
    # Bob's answer comes while the flooder's backlog waits in its own queue: at most a handful of the
    # flooder's hundred messages were answered before it (without per-chat queues beneath the global
    # limit, all 32 slots held flooder updates and Bob waited behind most of them).
    before_bob = api.calls[mark:api.calls.index(answer)]
    handled_first = [c for c in before_bob if c.method == "sendMessage" and c.params.get("chat_id") == str(flooder.id)]
    assert "助记词" in answer.text
    assert len(handled_first) <= 5, len(handled_first)


async def test_a_group_flood_limit_is_waited_out_and_nothing_is_lost(api: FakeBotApi, start_bot):
    """Telegram answers 429 with retry_after past 20 messages a minute into a group (scaled down here)."""
    api.group_limit = (2, 2.0)
    bot = await start_bot()
    users = [FakeUser(6000 + n, f"user{n}", "en") for n in range(3)]
    mark = api.mark()
    for user in users:
        api.private_message(user, "/human my deposit is missing")
    for user in users:
        await api.wait("sendMessage", mark, chat_id=user.id)  # each is told their ticket is open
    assert api.flooded  # the limit was hit...
    repo = bot.desk_app.desk.tickets.repo
    for user in users:  # ...and waited out: every ticket gets its topic and its card
        ticket = await repo.latest_for_user("telegram", str(user.id))
        await new_staff_thread(repo, ticket.id)
    cards = [c for c in api.sent("sendMessage", mark, chat_id=api.staff_chat_id) if c not in api.flooded]
    assert len({c.params["message_thread_id"] for c in cards}) == 3
