"""Discord messages that arrive while no bot process listens are read and answered after the restart, once.

The gateway does not send them again; the bot reads each channel it served after the newest message it
stored, and a message a dead process stored but never finished is handled again.
"""

from __future__ import annotations

import asyncio

import pytest

from core.clock import utcnow
from tests.discord.conftest import ALICE, BOB, MOD
from tests.discord.fake_discord import DM_BASE, FakeDiscord

pytestmark = pytest.mark.model


async def test_messages_sent_while_the_bot_was_down_are_answered_after_the_restart(fake: FakeDiscord, start_client):
    first = await start_client()
    mark = fake.mark()
    await fake.message(ALICE, "How do I back up my wallet?", dm=True)
    await fake.message(BOB, "How do I back up my wallet?")
    await fake.wait("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)
    await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)
    await first.close()

    # Down: two people write; nobody listens.
    await fake.message(ALICE, "I want to talk to a human please", dm=True, missed=True)
    await fake.message(BOB, "what is gas?", missed=True)
    mark = fake.mark()
    second = await start_client()
    to_alice = await fake.wait("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)
    to_bob = await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)
    assert "human" in to_alice.embed_text.lower() or "agent" in to_alice.embed_text.lower()
    assert "gas" in to_bob.embed_text.lower()
    ticket = await second.desk.latest_ticket("discord", str(ALICE.id))
    assert ticket is not None and ticket.escalated_at is not None

    # Nothing is answered twice: the messages seen before the restart are not read again, and a second
    # ready (a reconnect) finds nothing new.
    assert len(fake.sent("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)) == 1
    assert len(fake.sent("POST", f"/channels/{fake.help_channel_id}/messages", mark)) == 1
    await second.on_ready()
    assert len(fake.sent("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)) == 1


async def test_a_message_a_dead_process_stored_but_never_finished_is_handled_at_start(fake: FakeDiscord,
                                                                                    start_client):
    first = await start_client()
    mark = fake.mark()
    await fake.message(ALICE, "hello", dm=True)
    await fake.wait("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)
    # The process stored this one and died before handling it.
    message = await fake.message(ALICE, "How do I back up my wallet?", dm=True, missed=True)
    await first.desk_app.inbox.store_many("discord", [(message["id"], {"channel": int(message["channel_id"]),
                                                                       "message": int(message["id"])})], utcnow())
    await first.close()

    mark = fake.mark()
    await start_client()
    answer = await fake.wait("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)
    assert "backup" in answer.embed_text.lower() or "mnemonic" in answer.embed_text.lower()
    assert len(fake.sent("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)) == 1


async def test_a_channel_never_served_is_not_read_back(fake: FakeDiscord, start_client):
    # A first start must not answer the help channel's old history.
    await fake.message(BOB, "what is gas?", missed=True)
    mark = fake.mark()
    client = await start_client()
    await client.on_ready()
    assert fake.sent("POST", f"/channels/{fake.help_channel_id}/messages", mark) == []
    assert fake.sent("GET", f"/channels/{fake.help_channel_id}/messages", mark) == []


async def test_a_live_message_after_the_reconnect_does_not_hide_the_missed_ones(fake: FakeDiscord, start_client):
    # discord.py hands over live messages before on_ready starts the catch-up: the catch-up must start each
    # channel from what was stored before the connection, not from a live message stored since.
    client = await start_client()
    mark = fake.mark()
    await fake.message(ALICE, "hello", dm=True)
    await fake.wait("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)
    assert client.inbox is not None
    client.inbox.connected()  # a new connection: what follows was missed, then one arrives live
    await fake.message(ALICE, "How do I back up my wallet?", dm=True, missed=True)
    mark = fake.mark()
    await fake.message(ALICE, "what is gas?", dm=True)
    await fake.wait("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)
    await client.on_ready()
    texts = [c.embed_text.lower() for c in fake.sent("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)]
    assert len(texts) == 2 and any("mnemonic" in t or "back up" in t for t in texts)


async def test_a_catch_up_cut_short_by_a_crash_is_redone_by_the_next_start(fake: FakeDiscord, start_client):
    # A process stored a newer message of the channel live and died before its catch-up read the older one:
    # the next start reads the last half hour again, so the older one is not hidden behind the newer.
    first = await start_client()
    mark = fake.mark()
    await fake.message(ALICE, "hello", dm=True)
    await fake.wait("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)
    older = await fake.message(ALICE, "How do I back up my wallet?", dm=True, missed=True)
    newer = await fake.message(ALICE, "anyone?", dm=True, missed=True)
    await first.desk_app.inbox.store_many("discord", [(newer["id"], {"channel": int(newer["channel_id"]),
                                                                     "message": int(newer["id"])})], utcnow())
    await first.desk_app.inbox.finish("discord", [newer["id"]], utcnow())
    await first.close()

    mark = fake.mark()
    await start_client()
    answer = await fake.wait("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark)
    assert "mnemonic" in answer.embed_text.lower() or "back up" in answer.embed_text.lower()
    assert int(older["id"]) < int(newer["id"])


async def test_a_message_this_process_is_handling_is_not_replayed_by_its_catch_up(fake: FakeDiscord, start_client):
    # Stored and not yet finished because this very process is handling it: not a dead process's leftover.
    client = await start_client()
    assert client.inbox is not None
    client.inbox.connected()
    message = await fake.message(ALICE, "How do I back up my wallet?", dm=True, missed=True)
    await client.desk_app.inbox.store_many("discord", [(message["id"], {"channel": int(message["channel_id"]),
                                                                        "message": int(message["id"])})], utcnow())
    mark = fake.mark()
    await client.on_ready()
    assert fake.sent("POST", f"/channels/{DM_BASE + ALICE.id}/messages", mark) == []


async def test_a_moderators_first_words_in_a_new_thread_while_the_bot_was_down_are_read_back(fake: FakeDiscord,
                                                                                           start_client):
    # Nothing from the thread was stored yet, so only the open ticket says the thread is the bot's to read.
    first = await start_client()
    mark = fake.mark()
    await fake.message(BOB, "I want to talk to a human please", dm=True)
    await fake.wait("POST", "/threads", mark)
    await fake.wait("POST", f"/channels/{max(fake.threads)}/messages", mark)  # the card, in its thread
    ticket = await first.desk.latest_ticket("discord", str(BOB.id))
    assert ticket is not None and ticket.thread_ref == str(max(fake.threads))
    await first.close()

    await fake.message(MOD, "Hi Bob, which network did you use?", channel_id=int(ticket.thread_ref), missed=True)
    second = await start_client()
    for _ in range(100):
        lines = [m.text for m in await second.desk_app.desk.tickets.repo.messages(ticket.id)]
        if any("which network" in line for line in lines):
            break
        await asyncio.sleep(0.1)
    assert any("which network" in line for line in lines)


async def relayed_in_a_claimed_ticket(fake: FakeDiscord, client) -> tuple[dict, int, int]:
    """Bob's ticket, claimed; his DM relayed: return his message, the thread and the id of the staff copy."""
    mark = fake.mark()
    await fake.message(BOB, "I need a human", dm=True)
    await fake.wait("POST", f"/channels/{fake.support_channel_id}/threads", mark)
    thread = max(fake.threads)
    await fake.wait("POST", f"/channels/{thread}/messages", mark)
    ticket = await client.desk.latest_ticket("discord", str(BOB.id))
    card = fake.messages[min(m for m, v in fake.messages.items() if v["channel_id"] == str(thread))]
    await fake.answer(await fake.press(MOD, card, f"sb:claim:{ticket.id}"))
    mark = fake.mark()
    original = await fake.message(BOB, "my UID is 1234", dm=True)
    await fake.wait("POST", f"/channels/{thread}/messages", mark)
    copy = max(m for m, v in fake.messages.items() if v["channel_id"] == str(thread))
    return original, thread, copy


async def test_an_edit_made_while_the_bot_was_down_reaches_the_staff_copy_after_the_restart(fake: FakeDiscord,
                                                                                          start_client):
    first = await start_client()
    original, thread, copy = await relayed_in_a_claimed_ticket(fake, first)
    await first.close()

    await fake.edit(original, "my UID is 12345", missed=True)  # nobody listens: only the history shows it
    mark = fake.mark()
    second = await start_client()
    patched = await fake.wait("PATCH", f"/channels/{thread}/messages/{copy}", mark)
    assert patched.body["content"] == "👤 Bob: my UID is 12345\n✏️ (edited)"
    await second.on_ready()  # a reconnect reads it again: the same words change nothing
    assert len(fake.sent("PATCH", f"/channels/{thread}/messages/{copy}", mark)) == 1


async def test_a_deletion_a_dead_process_stored_is_carried_out_at_start(fake: FakeDiscord, start_client):
    first = await start_client()
    original, thread, copy = await relayed_in_a_claimed_ticket(fake, first)
    # The process received the deletion, stored it, and was killed before carrying it out.
    key = f"delete:{original['id']}"
    await first.desk_app.inbox.store_many("discord", [(key, {
        "channel": int(original["channel_id"]), "message": int(original["id"]), "change": "delete", "key": key,
        "guild": False, "thread": False})], utcnow())
    await first.close()
    await fake.delete(original, missed=True)

    mark = fake.mark()
    await start_client()
    gone = await fake.wait("PATCH", f"/channels/{thread}/messages/{copy}", mark)
    assert gone.body["content"] == "🗑 deleted by the user\n~~👤 Bob: my UID is 1234~~"
