"""SUPPORTBOT_RATING_STYLE=poll on Discord: the rating is a native poll in the user's DM, read from its votes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import discord
import pytest
import yarl

from bots.discord.client import intents
from core.models import TicketState
from tests.discord.conftest import ADMIN, ALICE, BOB, MOD, OTHER_MOD
from tests.discord.fake_discord import DM_BASE
from tests.discord.fake_polls import DIRECT_MESSAGE_POLLS, PollDiscord

pytestmark = pytest.mark.model
ALICE_DM = DM_BASE + ALICE.id


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[PollDiscord]:
    server = PollDiscord(members=[ALICE, BOB, MOD, OTHER_MOD, ADMIN])
    await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway))
    yield server
    await server.close()


def test_poll_votes_are_asked_for_only_with_the_poll_style():
    assert not intents().dm_polls and not intents().guild_polls
    assert intents(poll_votes=True).dm_polls and intents(poll_votes=True).guild_polls


async def test_a_vote_in_the_dm_poll_is_the_rating_until_the_poll_ends(fake: PollDiscord, start_client):
    client = await start_client(settings_update={"rating_style": "poll"})
    assert fake.intents & DIRECT_MESSAGE_POLLS
    repo = client.desk.tickets.repo
    mark = fake.mark()
    await fake.message(ALICE, "/human my withdrawal is stuck")
    await fake.wait("POST", f"/channels/{fake.support_channel_id}/threads", mark)
    thread = max(fake.threads)
    await fake.wait("POST", f"/channels/{thread}/messages", mark)  # the card
    ticket = await repo.latest_for_user("discord", str(ALICE.id))
    card = fake.messages[min(m for m, v in fake.messages.items() if v["channel_id"] == str(thread))]
    await fake.answer(await fake.press(MOD, card, f"sb:claim:{ticket.id}"))
    mark = fake.mark()
    await fake.answer(await fake.press(MOD, card, f"sb:resolve:{ticket.id}"))

    # The request is a poll: five answers, one choice, a day long, no buttons.
    asked = await fake.wait("POST", f"/channels/{ALICE_DM}/messages", mark)
    poll = asked.body["poll"]
    assert [a["poll_media"]["text"] for a in poll["answers"]] == [f"{n} " + "⭐" * n for n in range(1, 6)]
    assert f"#{ticket.id}" in poll["question"]["text"] and not poll["allow_multiselect"] and poll["duration"] == 24
    assert not asked.custom_ids
    message: dict[str, Any] = asked.result

    # Alice votes 4: stored, the ticket closed, staff told; she is thanked in the DM with the comment button.
    mark = fake.mark()
    assert await fake.vote(ALICE, message, 4)
    thanks = await fake.wait("POST", f"/channels/{ALICE_DM}/messages", mark)
    assert "4/5" in thanks.content and thanks.custom_ids == [f"sb:comment:{ticket.id}"]
    stored = await repo.get(ticket.id)
    assert (stored.state, stored.rating) == (TicketState.CLOSED, 4)
    shown = await fake.wait("POST", f"/channels/{thread}/messages", mark)
    assert "rated this ticket 4/5" in shown.content

    # Removing the vote changes nothing; her next vote, within the window, changes the rating.
    mark = fake.mark()
    assert await fake.vote(ALICE, message, 4, remove=True)
    assert await fake.vote(ALICE, message, 2)
    changed = await fake.wait("POST", f"/channels/{ALICE_DM}/messages", mark)
    assert "2/5" in changed.content and len(fake.sent("POST", f"/channels/{ALICE_DM}/messages", mark)) == 1
    assert (await repo.get(ticket.id)).rating == 2

    # Eleven minutes later the rating is final: the sweep ends the poll, which takes no more votes.
    real_clock = client.desk.tickets.clock
    client.desk.tickets.clock = lambda: real_clock() + timedelta(minutes=11)
    mark = fake.mark()
    assert await client.desk_app.housekeeper.sweep() == [(ticket.id, "rating_final")]
    await fake.wait("POST", f"/channels/{ALICE_DM}/polls/{message['id']}/expire", mark)
    assert not await fake.vote(ALICE, message, 2, remove=True)
    assert (await repo.get(ticket.id)).rating == 2
    assert not fake.refused, fake.refused
