"""The Discord adapter end to end: discord.py parses the fake gateway's events and sends over REST."""

from __future__ import annotations

import pytest

from core.models import TicketState
from tests.discord.conftest import ALICE
from tests.discord.fake_discord import FakeDiscord

pytestmark = pytest.mark.model


async def test_answer_in_the_help_channel_with_buttons(fake: FakeDiscord, start_client):
    client = await start_client()
    commands = await fake.wait("PUT", f"/guilds/{fake.guild_id}/commands")
    assert {c["name"] for c in commands.body} == {"ask", "faq", "stats"}
    mark = fake.mark()
    await fake.message(ALICE, "How do I back up my wallet?")
    answer = await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)
    assert "backup-mnemonic" in answer.embed_text
    assert answer.custom_ids == ["sb:solved", "sb:human"]
    mark = fake.mark()
    await fake.press(ALICE, fake.messages[int(max(fake.messages))], "sb:solved")
    glad = await fake.wait("POST", "/callback", mark)
    assert "Glad that helped" in glad.embed_text
    ticket = await client.desk.tickets.repo.latest_for_user("discord", str(ALICE.id))
    assert ticket.state == TicketState.CLOSED
