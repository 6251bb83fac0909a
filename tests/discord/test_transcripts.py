"""Transcripts on Discord: an attachment in the ticket's thread on resolve, and the user's own copy by /transcript."""

from __future__ import annotations

import pytest

from core.outbox.effects import EffectKind
from tests.discord.conftest import ALICE, MOD
from tests.discord.fake_discord import Call, FakeDiscord

pytestmark = pytest.mark.model

NOTE = "checked the bridge, the user looks legit"


async def claimed_with_note(fake: FakeDiscord, client) -> tuple[dict, int, int]:
    """Alice asks for a human in the help channel, Mia claims and leaves an internal note; return the card,
    the thread and the ticket."""
    mark = fake.mark()
    await fake.message(ALICE, "I want to talk to a human")
    await fake.wait("POST", f"/channels/{fake.support_channel_id}/threads", mark)
    thread_id = max(fake.threads)
    await fake.wait("POST", f"/channels/{thread_id}/messages", mark)
    card = fake.messages[max(m for m, v in fake.messages.items() if v["channel_id"] == str(thread_id))]
    number = (await client.desk.tickets.repo.latest_for_user("discord", str(ALICE.id))).id
    await fake.answer(await fake.press(MOD, card, f"sb:claim:{number}"))
    mark = fake.mark()
    await fake.message(ALICE, "my USDT from the exchange is missing", channel_id=thread_id)
    await fake.message(MOD, f"!{NOTE}", channel_id=thread_id)
    await fake.wait("DELETE", f"/channels/{thread_id}/messages/", mark)  # the note leaves the user's sight
    return card, thread_id, number


def upload(call: Call) -> tuple[str, str]:
    [(name, content)] = call.files.values()
    return name, content.decode("utf-8")


async def test_resolve_posts_the_transcript_in_the_thread_before_archiving_it(fake: FakeDiscord, start_client):
    client = await start_client()
    card, thread_id, number = await claimed_with_note(fake, client)
    mark = fake.mark()
    await fake.answer(await fake.press(MOD, card, f"sb:resolve:{number}"))
    archived = await fake.wait("PATCH", f"/channels/{thread_id}$", mark, nth=2)  # renamed, then archived
    assert archived.body.get("archived")
    [posted] = [c for c in fake.sent("POST", f"/channels/{thread_id}/messages", mark) if c.files]
    assert fake.calls.index(posted) < fake.calls.index(archived)  # posted while the thread takes messages
    name, html = upload(posted)
    assert name == f"ticket-{number}.html" and f"Transcript of ticket #{number}" in posted.content
    assert [a["filename"] for a in posted.body["attachments"]] == [name]
    assert "my USDT from the exchange is missing" in html
    assert '<span class="badge">Internal note</span><b>Moderator · Mia</b>' in html and NOTE in html
    # The posted message is the row's result.
    rows = await client.desk_app.delivery.outbox.list(ticket_id=number, limit=100)
    [row] = [r for r in rows if r.effect.kind == EffectKind.TRANSCRIPT]
    message_id = max(m for m, v in fake.messages.items() if v["channel_id"] == str(thread_id) and v["attachments"])
    assert row.result == f"{thread_id}:{message_id}"


async def test_the_user_gets_their_own_transcript_without_internal_notes(fake: FakeDiscord, start_client):
    client = await start_client()
    nothing = await fake.answer(await fake.slash(ALICE, "transcript", []))
    assert "You have no ticket yet" in nothing.embed_text and nothing.ephemeral
    _, _, number = await claimed_with_note(fake, client)
    mark = fake.mark()
    sent = await fake.answer(await fake.slash(ALICE, "transcript", []))
    name, html = upload(sent)
    assert name == f"ticket-{number}.html" and sent.ephemeral and f"ticket #{number}" in sent.content
    assert "my USDT from the exchange is missing" in html and "Conversation" in html
    assert NOTE not in html and "Internal note" not in html and "Event log" not in html
    assert not [c for c in fake.calls[mark:] if c.path.startswith(f"/channels/{fake.support_channel_id}")]
