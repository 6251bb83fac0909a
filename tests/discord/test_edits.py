"""Edit and delete sync on Discord: discord.py's raw MESSAGE_UPDATE / MESSAGE_DELETE from the fake gateway."""

from __future__ import annotations

import pytest

from core.models import Author
from tests.discord.conftest import BOB, MOD
from tests.discord.fake_discord import FakeDiscord

pytestmark = pytest.mark.model

DM_CHANNEL = "/channels/600000000000001002/messages"  # Bob's DM with the bot


async def test_edits_both_ways_and_a_deleted_dm_is_marked_on_the_staff_copy(fake: FakeDiscord, start_client):
    client = await start_client()
    mark = fake.mark()
    await fake.message(BOB, "I need a human", dm=True)
    await fake.wait("POST", f"/channels/{fake.support_channel_id}/threads", mark)
    thread_id = max(fake.threads)
    await fake.wait("POST", f"/channels/{thread_id}/messages", mark)
    ticket_id = (await client.desk.tickets.repo.latest_for_user("discord", str(BOB.id))).id
    card = fake.messages[min(m for m, v in fake.messages.items() if v["channel_id"] == str(thread_id))]
    await fake.answer(await fake.press(MOD, card, f"sb:claim:{ticket_id}"))

    # Bob's DM is relayed, then edited: the bot PATCHes its own copy in the thread, marked edited.
    mark = fake.mark()
    original = await fake.message(BOB, "my UID is 1234", dm=True)
    copy = await fake.wait("POST", f"/channels/{thread_id}/messages", mark)
    copy_id = int(fake.messages[max(fake.messages)]["id"])
    assert copy.content == "👤 Bob: my UID is 1234"
    mark = fake.mark()
    await fake.edit(original, "my UID is 12345")
    patched = await fake.wait("PATCH", f"/channels/{thread_id}/messages/{copy_id}", mark)
    assert patched.body["content"] == "👤 Bob: my UID is 12345\n✏️ (edited)"

    # The moderator edits a reply in the thread: Bob's copy in the DM follows.
    mark = fake.mark()
    reply = await fake.message(MOD, "checking UID 1234", channel_id=thread_id)
    await fake.wait("POST", DM_CHANNEL, mark)
    sent_id = max(m for m, v in fake.messages.items() if v["channel_id"] == "600000000000001002")
    mark = fake.mark()
    await fake.edit(reply, "checking UID 12345")
    fixed = await fake.wait("PATCH", f"{DM_CHANNEL}/{sent_id}", mark)
    assert "checking UID 12345" in fixed.body["content"] and "(edited)" in fixed.body["content"]

    # Bob deletes his message: staff keep it, struck through under the deletion mark.
    mark = fake.mark()
    await fake.delete(original)
    gone = await fake.wait("PATCH", f"/channels/{thread_id}/messages/{copy_id}", mark)
    assert gone.body["content"] == "🗑 deleted by the user\n~~👤 Bob: my UID is 12345~~"
    lines = [m for m in await client.desk.tickets.repo.messages(ticket_id) if m.author == Author.USER]
    assert lines[-1].deleted_at is not None and lines[-1].earlier == ("my UID is 1234",)
    assert copy_id not in fake.deleted  # staff's view is never removed
