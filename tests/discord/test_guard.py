"""The community guard in a public Discord channel, through the real discord.py client and the fake gateway.

Scams are deleted and warned about in their language, staff get a card whose buttons ban or time out;
warnings, questions and staff are left alone; impersonating names are flagged on joining and renaming;
only staff can press, and never against staff; the two context menus answer and report.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.settings import GuardSettings
from tests.discord.conftest import ADMIN, ALICE, BOB, MOD
from tests.discord.fake_discord import APP_ID, BOT_RIGHTS, GUARD_RIGHTS, MANAGE_MESSAGES, Call, FakeDiscord, FakeMember

pytestmark = pytest.mark.model

SCAMMER = FakeMember(6001, "Crypto Helper")
IMPOSTOR = FakeMember(6003, "TPWallet Support ✅")
SCAM = "Wallet sync required: validate your wallet at https://tokenpocket-verify.com/claim"
GUARD = {"settings_update": {"guard": GuardSettings(_env_file=None, official_bots=["TPWalletSupportBot"])}}  # type: ignore[call-arg]


async def start_guarded(fake: FakeDiscord, start_client: Any) -> Any:
    fake.members.append(SCAMMER)  # a member of the server like any other
    return await start_client(guarded_channels=[fake.public_channel_id], **GUARD)


async def scam_card(fake: FakeDiscord, who: FakeMember, text: str = SCAM) -> tuple[dict[str, Any], Call, Call]:
    """``who`` posts a scam in the public channel; return it, the warning there and the card for staff."""
    mark = fake.mark()
    message = await fake.message(who, text, channel_id=fake.public_channel_id)
    await fake.wait("DELETE", f"/channels/{fake.public_channel_id}/messages/{message['id']}", mark)
    warning = await fake.wait("POST", f"/channels/{fake.public_channel_id}/messages$", mark)
    card = await fake.wait("POST", f"/channels/{fake.support_channel_id}/messages$", mark)
    return message, warning, card


def card_message(fake: FakeDiscord, card: Call) -> dict[str, Any]:
    """The stored message a card call created (what a press carries)."""
    return next(m for m in reversed(fake.messages.values())
                if m["channel_id"] == str(fake.support_channel_id) and m["content"] == card.content)


async def test_a_scam_is_deleted_warned_about_and_ban_bans(fake: FakeDiscord, start_client):
    fake.bot_permissions = GUARD_RIGHTS
    await start_guarded(fake, start_client)
    _, warning, card = await scam_card(fake, SCAMMER)
    assert "removed" in warning.content and "tokenpocket-verify" not in warning.content  # the link never repeated
    assert "#general" in card.content and "Crypto Helper" in card.content and f"<@{SCAMMER.id}>" in card.content
    assert "look-alike domain" in card.content and "https://" not in card.content
    assert "tokenpocket\\-verify\\[.\\]com/claim" in card.content  # defanged, and shown as typed
    assert "✅ Deleted; the channel was warned." in card.content
    assert card.custom_ids == [f"sb:guard:{a}:{SCAMMER.id}" for a in ("ban", "mute", "ignore")]
    assert card.labels == ["🔨 Ban", "🔇 Mute 24 h", "👌 Ignore"]

    mark = fake.mark()
    await fake.press(MOD, card_message(fake, card), card.custom_ids[0])
    await fake.wait("PUT", f"/guilds/{fake.guild_id}/bans/{SCAMMER.id}", mark)
    edited = await fake.wait("PATCH", "/messages/@original", mark)
    assert "🔨 Banned by Mia." in edited.body["content"] and edited.body["components"] == []
    assert fake.banned == [SCAMMER.id] and not fake.refused, fake.refused

    # Chinese in, Chinese warning out; staff read the staff language.
    _, warning, card = await scam_card(fake, BOB, "加我微信 abc12345 帮你解决提币问题")
    assert "已删除" in warning.content and "offers help in private" in card.content


async def test_without_rights_staff_are_told(fake: FakeDiscord, start_client):
    fake.bot_permissions = BOT_RIGHTS & ~MANAGE_MESSAGES  # and, as invited without the guard, no Ban / Timeout
    await start_guarded(fake, start_client)
    mark = fake.mark()
    scam = await fake.message(SCAMMER, SCAM, channel_id=fake.public_channel_id)
    card = await fake.wait("POST", f"/channels/{fake.support_channel_id}/messages$", mark)
    assert "Discord refused to delete it (Missing Permissions)" in card.content and "Deleted" not in card.content
    warning = fake.sent("POST", f"/channels/{fake.public_channel_id}/messages$", mark)[0]
    assert "looks like a scam" in warning.content and str(warning.body["message_reference"]["message_id"]) == scam["id"]
    assert [(r[1], r[2]["code"]) for r in fake.refused] == [(403, 50013)]

    for button in card.custom_ids[:2]:
        pressed = await fake.press(MOD, card_message(fake, card), button)
        told = await fake.answer(pressed)
        assert told.ephemeral and "Discord refused (Missing Permissions)" in told.content
    assert not fake.banned and not fake.timeouts and not fake.sent("PATCH", "/messages/@original")  # buttons stay


async def test_staff_warnings_and_questions_are_left_alone(fake: FakeDiscord, start_client):
    fake.bot_permissions = GUARD_RIGHTS
    await start_guarded(fake, start_client)
    for who, text in [(ALICE, "don't click tokenpocket-verify.com, it's a scam!"),
                      (BOB, "someone DMed me this link tokenpocket-verify.com, is it real?"),
                      (MOD, SCAM), (ADMIN, SCAM)]:  # the moderator and the admin role
        await fake.message(who, text, channel_id=fake.public_channel_id)
    # Each message is judged without a REST call: once the next scam's card is out, the others were judged.
    last, _, _ = await scam_card(fake, SCAMMER)
    assert fake.deleted == [int(last["id"])]
    assert len(fake.sent("POST", f"/channels/{fake.support_channel_id}/messages$")) == 1
    assert len(fake.sent("POST", f"/channels/{fake.public_channel_id}/messages$")) == 1  # one warning, no answers


async def test_the_staff_never_dm_first_reminder_comes_after_enough_messages(fake: FakeDiscord, start_client):
    fake.bot_permissions = GUARD_RIGHTS
    fake.members.append(SCAMMER)
    later = [timedelta(0)]
    guard = GUARD["settings_update"]["guard"].model_copy(update={"reminder_hours": 6, "reminder_min_messages": 3})
    await start_client(guarded_channels=[fake.public_channel_id], settings_update={"guard": guard},
                       clock=lambda: datetime.now(UTC) + later[0])
    mark = fake.mark()
    for text in ("gm", "anyone know when the next update ships?", "thanks!"):
        await fake.message(ALICE, text, channel_id=fake.public_channel_id)
    later[0] = timedelta(hours=6)
    await fake.message(ALICE, "nice", channel_id=fake.public_channel_id)
    reminder = await fake.wait("POST", f"/channels/{fake.public_channel_id}/messages$", mark)
    assert reminder.content.startswith("🛡 Reminder: our team never messages you first")
    assert "Is this staff?" in reminder.content and "是工作人员吗？" in reminder.content
    later[0] = timedelta(hours=12)
    await fake.message(BOB, "ok", channel_id=fake.public_channel_id)
    await scam_card(fake, SCAMMER)  # the scam's warning is its own, and one message is fewer than three
    posted = fake.sent("POST", f"/channels/{fake.public_channel_id}/messages$", mark)
    assert sum(c.content.startswith("🛡") for c in posted) == 1


async def test_an_app_posted_as_an_attachment_is_removed(fake: FakeDiscord, start_client):
    fake.bot_permissions = GUARD_RIGHTS
    await start_guarded(fake, start_client)
    mark = fake.mark()
    installer = [{"id": "1", "filename": "tpwallet-extension-fixed.crx", "size": 4096,
                  "url": "https://cdn.discordapp.com/attachments/1/tpwallet-extension-fixed.crx",
                  "proxy_url": "https://media.discordapp.net/attachments/1/tpwallet-extension-fixed.crx"}]
    post = await fake.message(SCAMMER, "install this one, the store version is broken",
                              channel_id=fake.public_channel_id, attachments=installer)
    await fake.wait("DELETE", f"/channels/{fake.public_channel_id}/messages/{post['id']}", mark)
    card = await fake.wait("POST", f"/channels/{fake.support_channel_id}/messages$", mark)
    assert "posts an app or program file" in card.content


async def test_a_post_edited_into_a_scam_is_deleted_too(fake: FakeDiscord, start_client):
    fake.bot_permissions = GUARD_RIGHTS
    await start_guarded(fake, start_client)
    mark = fake.mark()
    post = await fake.message(SCAMMER, "anyone else having sync issues today?", channel_id=fake.public_channel_id)
    await asyncio.sleep(1)  # read and judged harmless (judging makes no REST call to wait for)
    await fake.edit(post, SCAM)  # the link comes once people have read the harmless words
    await fake.wait("DELETE", f"/channels/{fake.public_channel_id}/messages/{post['id']}", mark)
    await fake.wait("POST", f"/channels/{fake.support_channel_id}/messages$", mark)  # staff are told
    assert fake.deleted == [int(post["id"])]


async def test_an_impersonator_joining_is_flagged_and_mute_times_out(fake: FakeDiscord, start_client):
    fake.bot_permissions = GUARD_RIGHTS
    await start_guarded(fake, start_client)
    mark = fake.mark()
    await fake.join(IMPOSTOR)
    card = await fake.wait("POST", f"/channels/{fake.support_channel_id}/messages$", mark)
    assert "Possible impersonator in Wallet" in card.content and "imitates TPWallet" in card.content
    assert f"<@{IMPOSTOR.id}>" in card.content

    # Posting: readers are warned once, in the message's language; staff already have their card.
    mark = fake.mark()
    hello = await fake.message(IMPOSTOR, "大家好，有问题可以问我", channel_id=fake.public_channel_id)
    warning = await fake.wait("POST", f"/channels/{fake.public_channel_id}/messages$", mark)
    assert "不是工作人员" in warning.content and str(warning.body["message_reference"]["message_id"]) == hello["id"]
    await fake.message(IMPOSTOR, "hello again", channel_id=fake.public_channel_id)
    await scam_card(fake, SCAMMER)  # handled after the one before it was
    assert len(fake.sent("POST", f"/channels/{fake.public_channel_id}/messages$", mark)) == 2  # + the scam's
    assert len(fake.sent("POST", f"/channels/{fake.support_channel_id}/messages$", mark)) == 1  # the scam's card

    mark = fake.mark()
    await fake.press(MOD, card_message(fake, card), f"sb:guard:mute:{IMPOSTOR.id}")
    timeout = await fake.wait("PATCH", f"/guilds/{fake.guild_id}/members/{IMPOSTOR.id}", mark)
    until = datetime.fromisoformat(timeout.body["communication_disabled_until"])
    assert abs(until - (datetime.now(UTC) + timedelta(hours=24))) < timedelta(minutes=2)
    assert "🔇 Muted for 24 h by Mia." in (await fake.wait("PATCH", "/messages/@original", mark)).body["content"]
    assert not fake.banned


async def test_a_rename_is_flagged_and_only_staff_press_and_never_against_staff(fake: FakeDiscord, start_client):
    fake.bot_permissions = GUARD_RIGHTS
    await start_guarded(fake, start_client)
    mark = fake.mark()
    await fake.rename(BOB, "Bob")  # a name like any other: nothing
    await fake.rename(BOB, "Mia | Support")  # the moderator's name with a role word
    card = await fake.wait("POST", f"/channels/{fake.support_channel_id}/messages$", mark)
    assert "imitates Mia" in card.content and f"<@{BOB.id}>" in card.content
    assert len(fake.sent("POST", f"/channels/{fake.support_channel_id}/messages$", mark)) == 1

    message = card_message(fake, card)
    for who, button in [(ALICE, f"sb:guard:ban:{BOB.id}"), (BOB, f"sb:guard:ignore:{BOB.id}")]:
        pressed = await fake.press(who, message, button)
        assert (await fake.answer(pressed)).content == "You are not allowed to do that."
    # A staff member's forged button against staff (or the bot) does nothing either. (discord.py ignores an
    # id that is not on the message, so the forged client claims the message carries it.)
    for forged in (f"sb:guard:ban:{ADMIN.id}", f"sb:guard:mute:{MOD.id}", f"sb:guard:ban:{APP_ID}"):
        lying = {**message, "components": [{"type": 1, "components": [{"type": 2, "style": 4, "custom_id": forged,
                                                                       "label": "🔨 Ban"}]}]}
        pressed = await fake.press(MOD, lying, forged)
        assert (await fake.answer(pressed)).content == "I couldn't understand that input."
    assert not fake.banned and not fake.timeouts and not fake.sent("PATCH", "/messages/@original")

    mark = fake.mark()
    await fake.press(ADMIN, message, f"sb:guard:ignore:{BOB.id}")
    edited = await fake.wait("PATCH", "/messages/@original", mark)
    assert "👌 Ignored by Gus." in edited.body["content"] and edited.body["components"] == []


async def test_is_this_staff_and_report_message(fake: FakeDiscord, start_client):
    client = await start_guarded(fake, start_client)
    synced = await fake.wait("PUT", f"/guilds/{fake.guild_id}/commands")
    menus = {c["name"]: c for c in synced.body if c.get("type") in (2, 3)}
    assert menus["Is this staff?"]["type"] == 2 and menus["Report message"]["type"] == 3
    assert menus["Is this staff?"]["name_localizations"]["zh-CN"] == "是工作人员吗？"
    impostor = await fake.rename(BOB, "Mia (Admin)")
    answers = {}
    for target, locale in [(MOD, "en-US"), (impostor, "en-US"), (ALICE, "zh-CN"), (ADMIN, "zh-CN")]:
        pressed = await fake.user_menu(ALICE, "Is this staff?", target, locale=locale)
        shown = await fake.answer(pressed)
        assert shown.ephemeral
        answers[target.name] = shown.content
    assert answers == {"Mia": "✅ Mia is real staff.", "Bob": answers["Bob"], "Alice": "Alice 不是工作人员。",
                       "Gus": "✅ Gus 是真正的工作人员。"}
    assert answers["Bob"].startswith("⚠️ Mia (Admin) is not staff: the name imitates Mia")

    suspicious = await fake.message(SCAMMER, "hey, what is your wallet address? I can take a look at evil.example",
                                    channel_id=fake.public_channel_id)
    mark = fake.mark()
    pressed = await fake.message_menu(ALICE, "Report message", suspicious)
    thanks = await fake.answer(pressed)
    assert thanks.ephemeral and thanks.content.startswith("Thanks for your report") and "Ticket #" in thanks.embed_text
    thread = await fake.wait("POST", f"/channels/{fake.support_channel_id}/threads", mark)
    card = await fake.wait("POST", f"/channels/{thread_id(thread, fake)}/messages", mark)
    text = card.embed_text.replace("\\", "")  # markdown escaped: shown as typed
    assert "[report] Crypto Helper (@crypto helper, id 6001): hey, what is your wallet address? I can take a look " \
           "at evil[.]example https://discord.com/channels/" in text
    ticket = await client.desk.tickets.repo.latest_for_user("discord", str(ALICE.id))
    assert ticket is not None and ticket.state.value == "open"


def thread_id(call: Call, fake: FakeDiscord) -> int:
    """The thread a create-thread call made (the newest one under the support channel)."""
    return max(t for t, v in fake.threads.items() if v["parent_id"] == str(fake.support_channel_id)
               and v["name"] == call.body["name"])
