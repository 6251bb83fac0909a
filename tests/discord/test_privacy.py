"""Privacy requests on Discord: /mydata answers privately with files, /forgetme with a button only its user acts on."""

from __future__ import annotations

import json

import pytest

from core.desk import Inbound
from core.tickets.privacy import ERASED
from tests.discord.conftest import BOB
from tests.discord.fake_discord import FakeDiscord, FakeMember
from tests.scan import scan

pytestmark = pytest.mark.model

WORD = "marmalade"
ZELDA = FakeMember(555_000_000_000_000_123, "Zelda")


async def escalated(fake: FakeDiscord, client) -> int:
    """Zelda asks for a human by DM, then writes the word, which is relayed into the ticket's thread."""
    mark = fake.mark()
    await fake.message(ZELDA, "I want to talk to a human", dm=True)
    await fake.wait("POST", f"/channels/{fake.support_channel_id}/threads", mark)
    thread_id = max(fake.threads)
    await fake.wait("POST", f"/channels/{thread_id}/messages", mark)  # the card
    mark = fake.mark()
    await fake.message(ZELDA, f"my {WORD} wallet is stuck", dm=True)
    relayed = await fake.wait("POST", f"/channels/{thread_id}/messages", mark)
    assert WORD in json.dumps(relayed.body)
    ticket = await client.desk.tickets.repo.latest_for_user("discord", str(ZELDA.id))
    return ticket.id


async def test_mydata_answers_privately_with_the_files(fake: FakeDiscord, start_client):
    client = await start_client()
    number = await escalated(fake, client)
    sent = await fake.answer(await fake.slash(ZELDA, "mydata", []))
    files = {name: content for name, content in sent.files.values()}
    assert sent.ephemeral and "1 ticket(s)" in sent.content
    assert sorted(files) == sorted(["my-data.json", f"ticket-{number}.html"])
    assert [a["filename"] for a in sent.body["attachments"]] == [name for name, _ in sent.files.values()]
    stored = json.loads(files["my-data.json"])
    assert stored["user_id"] == str(ZELDA.id) and stored["tickets"][0]["number"] == number
    assert WORD in files[f"ticket-{number}.html"].decode()


async def test_forgetme_button_erases_only_for_its_user(fake: FakeDiscord, start_client):
    client = await start_client()
    number = await escalated(fake, client)
    warning = await fake.answer(await fake.slash(ZELDA, "forgetme", []))
    assert warning.ephemeral and "cannot be undone" in warning.embed_text
    [custom_id] = warning.custom_ids
    message = next(m for m in fake.messages.values() if custom_id in json.dumps(m.get("components")))

    refused = await fake.answer(await fake.press(BOB, message, custom_id))
    assert refused.ephemeral and "not allowed" in refused.content.lower()
    assert await client.desk.tickets.repo.active_for_user("discord", str(ZELDA.id)) is not None

    mark = fake.mark()
    pressed = await fake.press(ZELDA, message, custom_id)
    done = await fake.answer(pressed)
    assert done.ephemeral and "is erased" in done.embed_text
    [first] = [c for c in fake.calls[mark:] if c.path.startswith(f"/interactions/{pressed}/")]
    assert first.body["type"] == 7 and first.body["data"]["components"] == []  # the button went with the press
    ticket = await client.desk.tickets.repo.get(number)
    assert ticket.user_id.startswith("forgotten:") and ticket.state.value == "closed"
    assert {m.text for m in await client.desk.tickets.repo.messages(number)} == {ERASED}
    assert await scan(client.desk_app.db.engine, "Zelda", WORD, ids=(str(ZELDA.id),)) == set()


async def test_a_long_history_goes_ten_files_a_message(fake: FakeDiscord, start_client):
    client = await start_client()
    desk = client.desk
    for _ in range(11):  # eleven withdrawn conversations: twelve files, more than one message takes
        await desk.tickets.open_pending("discord", str(ZELDA.id), "Zelda", "en")
        await desk.cancel(Inbound("discord", str(ZELDA.id)))
    interaction = await fake.slash(ZELDA, "mydata", [])
    first, second = await fake.answer(interaction), await fake.answer(interaction, nth=2)
    assert (len(first.files), len(second.files)) == (10, 2) and first.ephemeral and second.ephemeral
    assert "11 ticket(s)" in first.content and not fake.refused
