"""The community guard in a public group, through the real PTB Application and the fake Bot API.

Scams are deleted and warned about in the author's language, staff get a card whose buttons ban or
mute; warnings, questions and staff are left alone; impersonating names are flagged on joining; a
forged press changes nothing; /verify and /report answer in zh and en.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest

from core.clock import utcnow
from core.models import Actor
from core.settings import GuardSettings, Settings
from tests.telegram.conftest import ALICE, BOB, GROUP_ADMIN, MOD, FakeUser
from tests.telegram.fake_bot_api import CALLBACK_DATA_LIMIT, Call, GuardedGroupApi

pytestmark = pytest.mark.model

PUBLIC_ADMIN = FakeUser(5001, "Pat", "en")
SCAMMER = FakeUser(6001, "Crypto Helper", "en")
SCAMMER_ZH = FakeUser(6002, "小王", "zh-hans")
IMPOSTOR = FakeUser(6003, "TPWallet Support ✅", "en")
ADMIN_ACTOR = Actor("telegram", "1", "auditor", is_admin=True)
SCAM = "Wallet sync required: validate your wallet at https://tokenpocket-verify.com/claim"


@pytest.fixture
async def api() -> AsyncIterator[GuardedGroupApi]:
    server = GuardedGroupApi(group_admins=[GROUP_ADMIN.id], public_admins=[PUBLIC_ADMIN.id],
                             staff_members={MOD.id})
    await server.start()
    yield server
    await server.close()


@pytest.fixture
def guarded(tg_settings: Settings, api: GuardedGroupApi) -> dict[str, Any]:
    """Settings overrides: the public group is guarded; the official bot and a staff name are known."""
    return {"telegram": tg_settings.telegram.model_copy(update={"guarded_chats": [api.public_chat_id]}),
            "guard": GuardSettings(_env_file=None, official_bots=["TPWalletSupportBot"],  # type: ignore[call-arg]
                                   staff_names=["Mia"])}


async def scam_card(api: GuardedGroupApi, who: FakeUser, text: str = SCAM) -> tuple[dict[str, Any], Call, Call]:
    """``who`` posts a scam; return the message, the warning in the group and the card in the staff group."""
    mark = api.mark()
    message = api.group_message(who, text)
    await api.wait("deleteMessage", mark, chat_id=api.public_chat_id, message_id=message["message_id"])
    warning = await api.wait("sendMessage", mark, chat_id=api.public_chat_id)
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    return message, warning, card


async def test_a_scam_link_is_deleted_warned_about_and_ban_bans(api: GuardedGroupApi, start_bot, guarded):
    await start_bot(**guarded)
    _, warning, card = await scam_card(api, SCAMMER)
    assert "removed" in warning.text and "tokenpocket-verify" not in warning.text  # the link is never repeated
    assert "message_thread_id" not in card.params  # General topic of the main staff group
    assert "Crypto Helper (id 6001)" in card.text and "look-alike domain" in card.text
    assert "hxxps://tokenpocket-verify[.]com/claim" in card.text and "https://" not in card.text
    assert "✅ Deleted; the group was warned." in card.text
    assert [label for label, _ in card.buttons] == ["🔨 Ban", "🔇 Mute 24 h", "👌 Ignore"]
    assert all(len(data.encode()) <= CALLBACK_DATA_LIMIT for _, data in card.buttons)

    mark = api.mark()
    api.press(MOD, card, card.buttons[0][1])
    ban = await api.wait("banChatMember", mark)
    assert (ban.params["chat_id"], ban.params["user_id"]) == (str(api.public_chat_id), str(SCAMMER.id))
    edited = await api.wait("editMessageText", mark)
    assert "Banned by Mia" in edited.text and not edited.buttons  # who did what; the buttons are gone
    assert not api.refused, api.refused

    # A Chinese-speaking author is warned in Chinese; a scam in a photo's caption counts too.
    _, warning, card = await scam_card(api, SCAMMER_ZH, "加我微信 abc12345 帮你解决提币问题")
    assert "已删除" in warning.text and "引导私聊" not in card.text  # staff read the staff language (en)
    assert "offers help in private" in card.text
    mark = api.mark()
    photo = api.group_message(SCAMMER, caption="claim your airdrop at tpwallet-claim.app")
    await api.wait("deleteMessage", mark, message_id=photo["message_id"])


async def test_a_scam_no_rule_names_is_caught_by_its_likeness(api: GuardedGroupApi, start_bot, guarded):
    await start_bot(**guarded)
    pitch = "恭喜您的账户获得专属奖励，先支付0.2 ETH手续费即可领取5 ETH"  # no link, no contact, no rule
    _, warning, card = await scam_card(api, SCAMMER_ZH, pitch)
    assert "已删除" in warning.text and "reads like known scams" in card.text


async def test_an_app_posted_as_a_file_is_removed_and_a_picture_is_not(api: GuardedGroupApi, start_bot, guarded):
    await start_bot(**guarded)
    mark = api.mark()
    api.group_message(ALICE, caption="my balance screen, is this normal?")  # a photo
    document = {"file_id": "d1", "file_unique_id": "d1", "file_name": "TPWallet_v5.2_fix.apk", "file_size": 1234}
    posted = api.group_message(SCAMMER, document=document)  # no caption at all: the file is the scam
    await api.wait("deleteMessage", mark, chat_id=api.public_chat_id, message_id=posted["message_id"])
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    assert "posts an app or program file" in card.text
    assert len(api.sent("deleteMessage", mark)) == 1


async def test_warnings_questions_and_staff_are_left_alone(api: GuardedGroupApi, start_bot, guarded):
    await start_bot(**guarded)
    for who, text in [(ALICE, "don't click tokenpocket-verify.com, it's a scam!"),
                      (BOB, "where is customer support? my withdrawal is stuck"),
                      (MOD, SCAM),  # a member of the staff group
                      (GROUP_ADMIN, SCAM),  # an admin of the staff group
                      (PUBLIC_ADMIN, SCAM)]:  # an admin of the public group
        api.group_message(who, text)
    # Updates of one chat are handled in order: once the next scam is deleted, the others were judged.
    last, _, _ = await scam_card(api, SCAMMER)
    assert api.deleted == [(api.public_chat_id, last["message_id"])]
    assert len(api.sent("sendMessage", chat_id=api.staff_chat_id)) == 1


async def test_the_staff_never_dm_first_reminder_comes_after_enough_messages(api: GuardedGroupApi, start_bot,
                                                                              guarded):
    later = [timedelta(0)]
    guard = guarded["guard"].model_copy(update={"reminder_hours": 6, "reminder_min_messages": 3})
    await start_bot(clock=lambda: utcnow() + later[0], **{**guarded, "guard": guard})
    mark = api.mark()
    for text in ("gm", "anyone know when the next update ships?", "thanks!"):
        api.group_message(ALICE, text)
    await scam_card(api, SCAMMER)  # handled after them, in order: busy, but 6 hours have not passed
    assert api.sent("sendMessage", mark, chat_id=api.public_chat_id, text_has="🛡") == []

    later[0] = timedelta(hours=6)
    mark = api.mark()
    api.group_message(BOB, "nice")
    reminder = await api.wait("sendMessage", mark, chat_id=api.public_chat_id)
    assert reminder.text.startswith("🛡 Reminder: our team never messages you first")
    assert "/verify NAME" in reminder.text and "@TPWalletSupportBot" in reminder.text and "🛡 提醒" in reminder.text
    # Six more hours, but two messages are fewer than the three the next one needs.
    later[0] = timedelta(hours=12)
    api.group_message(BOB, "ok")
    api.group_message(BOB, "ok!")
    await scam_card(api, SCAMMER, SCAM + " ")
    assert len(api.sent("sendMessage", mark, chat_id=api.public_chat_id, text_has="🛡")) == 1


async def test_an_impersonator_joining_is_flagged_and_mute_restricts(api: GuardedGroupApi, start_bot, guarded):
    await start_bot(**guarded)
    mark = api.mark()
    api.join(IMPOSTOR)
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    assert "TPWallet Support ✅ (id 6003)" in card.text and "imitates TPWallet" in card.text
    api.group_message(ALICE, "/verify Alice")
    await api.wait("sendMessage", mark, chat_id=api.public_chat_id)
    assert len(api.sent("sendMessage", mark, chat_id=api.staff_chat_id)) == 1  # one join, two updates, one card

    mark = api.mark()
    api.press(MOD, card, card.buttons[1][1])
    mute = await api.wait("restrictChatMember", mark)
    assert (mute.params["chat_id"], mute.params["user_id"]) == (str(api.public_chat_id), str(IMPOSTOR.id))
    assert mute.get("permissions")["can_send_messages"] is False
    assert abs(int(mute.params["until_date"]) - (time.time() + 24 * 3600)) < 120
    assert "Muted for 24 h by Mia" in (await api.wait("editMessageText", mark)).text
    assert not api.banned


async def test_forged_presses_change_nothing(api: GuardedGroupApi, start_bot, guarded):
    await start_bot(**guarded)
    _, warning, card = await scam_card(api, SCAMMER)
    ban = card.buttons[0][1]
    forged = [(SCAMMER, warning, ban), (ALICE, warning, ban),  # under the bot's message in the public group
              (ALICE, Call("sendMessage", {"chat_id": str(ALICE.id), "text": "x"}), ban)]  # in a private chat
    for who, under, data in forged:
        mark = api.mark()
        api.press(who, under, data)
        assert (await api.wait("answerCallbackQuery", mark)).text == "You are not allowed to do that."
    # In the staff group, a button naming a chat that is not guarded (here the staff group) or a bad id.
    for data in (f"gban:{-api.staff_chat_id}:{ALICE.id}", "gban:-7777:1", "gmute:abc:1", f"gban:{ban.split(':')[1]}",
                 f"{ban}:9"):
        mark = api.mark()
        api.press(MOD, card, data)
        assert (await api.wait("answerCallbackQuery", mark)).text == "I couldn't understand that input."
    assert not api.banned and not api.restricted and not api.sent("editMessageText")
    assert not api.refused, api.refused


async def test_without_rights_staff_are_told(api: GuardedGroupApi, start_bot, guarded):
    api.bot_can_delete = api.bot_can_restrict = False
    await start_bot(**guarded)
    mark = api.mark()
    scam = api.group_message(SCAMMER, SCAM)
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    assert "Telegram refused to delete it (Message can't be deleted)" in card.text
    assert "Deleted" not in card.text
    warning = api.sent("sendMessage", mark, chat_id=api.public_chat_id)[0]
    assert "looks like a scam" in warning.text and warning.get("reply_parameters")["message_id"] == scam["message_id"]
    mark = api.mark()
    api.press(MOD, card, card.buttons[0][1])
    answer = await api.wait("answerCallbackQuery", mark)
    assert "Telegram refused" in answer.text and answer.get("show_alert") is True
    assert not api.sent("editMessageText")  # the buttons stay for a second try


async def test_verify_tells_staff_from_impersonators(api: GuardedGroupApi, start_bot, guarded):
    await start_bot(**guarded)
    admin_says = api.group_message(GROUP_ADMIN, "Hello everyone")
    alice_says = api.group_message(ALICE, "Hello")
    answers = {}
    for who, text, reply_to in [(ALICE, "/verify", admin_says), (ALICE, "/verify Mia Support", None),
                                (ALICE, "/verify @TPWalletSupportBot", None),
                                (ALICE, "/verify @TPWallet_Helpdesk_bot", None),
                                (BOB, "/verify", alice_says), (BOB, "/verify TPWallet Support", None)]:
        mark = api.mark()
        api.group_message(who, text, reply_to=reply_to)
        answers[(who.first_name, text, bool(reply_to))] = (await api.wait("sendMessage", mark,
                                                                          chat_id=api.public_chat_id)).text
    assert answers[("Alice", "/verify", True)] == "✅ Gus is real staff."
    assert answers[("Alice", "/verify Mia Support", False)].startswith("⚠️ Mia Support is not staff: the name "
                                                                        "imitates Mia")
    assert answers[("Alice", "/verify @TPWalletSupportBot", False)] == "✅ @TPWalletSupportBot is our official bot."
    assert "imitates TPWallet" in answers[("Alice", "/verify @TPWallet_Helpdesk_bot", False)]
    assert answers[("Bob", "/verify", True)] == "Alice 不是工作人员。"
    assert answers[("Bob", "/verify TPWallet Support", False)].startswith("⚠️ TPWallet Support 不是工作人员")
    assert not api.deleted  # asking about a fake bot's name is not advertising it
    # In a private chat too, and the real name written plainly cannot be vouched for.
    assert "imitates Mia" in (await api.reply_to(ALICE, "/verify Mia (Admin)")).text
    assert (await api.reply_to(ALICE, "/verify Mia")).text.startswith("Anyone can copy a name")


async def test_report_opens_a_ticket_carrying_the_message(api: GuardedGroupApi, start_bot, guarded):
    bot = await start_bot(**guarded)
    suspicious = api.group_message(SCAMMER, "hey, what is your wallet address? I can take a look at evil.example")
    mark = api.mark()
    api.group_message(ALICE, "/report", reply_to=suspicious)
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    assert "message_thread_id" in card.params  # a ticket's own topic
    assert "[report] Crypto Helper (id 6001): hey, what is your wallet address? I can take a look at evil[.]example" \
        in card.text
    told = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert told.text.startswith("Thanks for your report")
    ticket = await bot.desk_app.desk.tickets.repo.latest_for_user("telegram", str(ALICE.id))
    assert ticket is not None and ticket.state.value == "open"
    assert (ticket.category, ticket.priority) == ("security", "high")  # a report goes first in the queue
    assert "guard" in (await bot.desk_app.desk.audit_entries(ADMIN_ACTOR))[0].action

    mark = api.mark()
    api.group_message(BOB, "/report")  # not a reply
    usage = await api.wait("sendMessage", mark, chat_id=api.public_chat_id)
    assert usage.text == "请回复要举报的消息并发送 /report。"
