"""Teaching the bot on Discord: admins review candidate phrasings with slash commands; /faq_link wants a thread."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.retrieval.candidates import Candidate
from tests.discord.conftest import ADMIN, ALICE, MOD
from tests.discord.fake_discord import FakeDiscord

pytestmark = pytest.mark.model
MANAGE_GUILD = 1 << 5


async def test_admins_review_candidates_and_a_link_needs_a_ticket_thread(fake: FakeDiscord, start_client):
    client = await start_client()
    commands = await fake.wait("PUT", f"/guilds/{fake.guild_id}/commands")
    review = {c["name"]: c for c in commands.body if c["name"].startswith("faq_")}
    assert set(review) == {"faq_candidates", "faq_accept", "faq_reject", "faq_accept_all", "faq_link"}
    assert int(review["faq_accept"]["default_member_permissions"]) == MANAGE_GUILD
    assert review["faq_candidates"]["name_localizations"]["zh-CN"] == "候选问法"

    empty = await fake.answer(await fake.slash(ADMIN, "faq_candidates", [], permissions=MANAGE_GUILD))
    assert empty.content == "No candidate phrasings are waiting." and empty.ephemeral
    await client.desk.candidates.add(Candidate("backup-mnemonic", "discord", "never wrote my words down",
                                               "pick", datetime.now(UTC), ticket_id=None))
    refused = await fake.answer(await fake.slash(ALICE, "faq_accept", [{"type": 4, "name": "candidate_id",
                                                                        "value": 1}]))
    assert refused.content == "You are not allowed to do that."
    listed = await fake.answer(await fake.slash(ADMIN, "faq_candidates", [], permissions=MANAGE_GUILD))
    assert "[1] backup-mnemonic · pick · never wrote my words down" in listed.content
    accepted = await fake.answer(await fake.slash(ADMIN, "faq_accept", [{"type": 4, "name": "candidate_id",
                                                                         "value": 1}], permissions=MANAGE_GUILD))
    assert "backup-mnemonic: 1 new question(s), version 2" in accepted.content
    assert "never wrote my words down" in client.desk.index.get("backup-mnemonic").questions

    outside = await fake.answer(await fake.slash(MOD, "faq_link", [{"type": 3, "name": "entry_id",
                                                                    "value": "backup-mnemonic"}]))
    assert outside.content == "Use /faq_link ENTRY_ID in the topic or thread of a resolved ticket."
