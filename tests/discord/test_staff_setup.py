"""Staff-side setup failures on Discord: thread permissions missing, a deleted ticket thread.

The ticket stays open and claimable from a fallback card in the support channel, admins are told
once there which permissions the bot lacks, the sweep retries with growing intervals, and a deleted
thread is replaced without losing the user's message.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from bots.discord.client import SupportClient
from core.models import TicketState
from core.settings import SlaSettings
from core.tickets.sla import REANNOUNCED
from tests.discord.conftest import ALICE, BOB, MOD
from tests.discord.fake_discord import (
    BOT_RIGHTS,
    CREATE_PRIVATE_THREADS,
    MANAGE_THREADS,
    Call,
    FakeDiscord,
)
from tests.fakes import MovableClock, new_staff_thread

pytestmark = pytest.mark.model
# Only the sweep the test drives runs: no pings, no auto-close, no sweep of its own within the test.
QUIET_SLA = SlaSettings(unclaimed_minutes=0, unanswered_minutes=0, auto_close_hours=0, working_hours="",
                        sweep_seconds=3600, _env_file=None)  # type: ignore[call-arg]

ALICE_DM = 600_000_000_000_001_001


ClockedClient = Callable[..., Coroutine[Any, Any, SupportClient]]


@pytest.fixture
def start_clocked(start_client: Any) -> ClockedClient:
    """Start a client whose desk reads ``clock``; only the sweep the test drives runs (no pings, no auto-close)."""
    async def factory(clock: MovableClock) -> SupportClient:
        return await start_client(clock=clock, settings_update={"sla": QUIET_SLA})  # type: ignore[no-any-return]
    return factory


def posted_in(fake: FakeDiscord, channel_id: int, since: int) -> list[Call]:
    """Messages the bot posted in a channel after ``since`` (refused ones excluded)."""
    return [c for c in fake.sent("POST", f"/channels/{channel_id}/messages$", since)
            if not any(r[0] is c for r in fake.refused)]


def card_message(fake: FakeDiscord, channel_id: int, ticket_id: int) -> dict[str, Any]:
    """The stored message with the ticket's buttons in ``channel_id``."""
    return next(m for m in fake.messages.values() if m["channel_id"] == str(channel_id)
                and any(c.get("custom_id") == f"sb:resolve:{ticket_id}"
                        for row in m["components"] for c in row.get("components", [])))


async def test_missing_thread_rights_card_in_channel_admins_told_once_claimed_there_then_a_thread(
        fake: FakeDiscord, start_clocked):
    fake.bot_permissions = BOT_RIGHTS & ~(CREATE_PRIVATE_THREADS | MANAGE_THREADS)
    clock = MovableClock()
    client = await start_clocked(clock)
    repo = client.desk.tickets.repo
    support = fake.support_channel_id

    mark = fake.mark()
    await fake.message(ALICE, "I want to talk to a human")
    await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)  # Alice is told her ticket is open
    ticket = await repo.latest_for_user("discord", str(ALICE.id))
    refused = [r for r in fake.refused if r[0].path == f"/channels/{support}/threads"]
    assert refused and refused[0][1] == 403 and refused[0][2]["code"] == 50013
    told, card = posted_in(fake, support, mark)
    assert "lacks Create Private Threads, Manage Threads in this channel" in told.content
    assert told.content.startswith(f"<@&{fake.admin_role_id}>") and f"#{ticket.id}" in told.content
    assert [int(r) for r in told.body["allowed_mentions"]["roles"]] == [fake.admin_role_id]
    assert "could not get its own topic or thread" in card.content
    assert "I want to talk to a human" in card.embed_text
    assert card.custom_ids == [f"sb:claim:{ticket.id}", f"sb:resolve:{ticket.id}"]
    fallback = card_message(fake, support, ticket.id)
    assert (ticket.state, ticket.thread_ref) == (TicketState.OPEN, None)
    assert ticket.card_ref == f"{support}:{fallback['id']}/dm"

    # A second escalation gets its own card; admins are not told again.
    mark = fake.mark()
    await fake.message(BOB, "我要人工客服", dm=True)
    await fake.wait("POST", "/channels/600000000000001002/messages", mark)
    bob = await repo.latest_for_user("discord", str(BOB.id))
    assert [c.custom_ids[0] for c in posted_in(fake, support, mark)] == [f"sb:claim:{bob.id}"]

    # A moderator claims from the card in the channel; Alice's next message lands under that card.
    mark = fake.mark()
    assert "Claimed by Mia" in (await fake.answer(await fake.press(MOD, fallback, f"sb:claim:{ticket.id}"))).content
    edited = await fake.wait("PATCH", f"/channels/{support}/messages/{fallback['id']}", mark)
    assert edited.labels[0] == "✋ Mia"
    mark = fake.mark()
    await fake.message(ALICE, "any news?")
    relayed = await fake.wait("POST", f"/channels/{support}/messages", mark)
    assert relayed.content == "👤 Alice: any news?"
    assert int(relayed.body["message_reference"]["message_id"]) == int(fallback["id"])

    # The sweep asks again after 10, then 20 minutes; a refused retry posts nothing.
    def thread_tries(since: int) -> list[Call]:
        return [c for c in fake.sent("POST", f"/channels/{support}/threads", since)
                if c.body["name"].startswith(f"#{ticket.id} ")]

    mark = fake.mark()
    for minutes in (0.52, 9, 1, 19):
        clock.advance(minutes=minutes)
        assert await client.desk_app.housekeeper.sweep() == []
    assert len(thread_tries(mark)) == 2
    assert not posted_in(fake, support, mark)

    # An admin grants the permissions: the next due retry opens the thread, with the conversation.
    await fake.set_bot_permissions(BOT_RIGHTS)
    mark = fake.mark()
    clock.advance(minutes=1)
    assert sorted(await client.desk_app.housekeeper.sweep()) == [(ticket.id, REANNOUNCED), (bob.id, REANNOUNCED)]
    ticket = await new_staff_thread(repo, ticket.id)
    thread = int(ticket.thread_ref or 0)
    assert fake.threads[thread]["name"].endswith("✋ Mia") and ticket.state == TicketState.CLAIMED
    new_card, history = posted_in(fake, thread, mark)
    assert new_card.custom_ids == [f"sb:claim:{ticket.id}", f"sb:resolve:{ticket.id}"]
    assert new_card.labels[0] == "✋ Mia"
    assert "conversation so far" in history.content and "👤 Alice: any news?" in history.content
    moved = fake.sent("PATCH", f"/channels/{support}/messages/{fallback['id']}", mark)
    assert len(moved) == 1 and f"<#{thread}>" in moved[0].content and moved[0].body["components"] == []
    mark = fake.mark()
    await fake.message(MOD, "found it, crediting now", channel_id=thread)
    to_user = await fake.wait("POST", f"/channels/{ALICE_DM}/messages", mark)  # opened by the sweep: relayed by DM
    assert to_user.content == "💬 Mia: found it, crediting now"


@pytest.mark.parametrize("announced", [True, False], ids=["thread-delete-event", "missed-event"])
async def test_a_deleted_thread_is_replaced_by_the_users_next_message_which_is_not_lost(
        fake: FakeDiscord, start_client, announced: bool):
    client = await start_client()
    repo = client.desk.tickets.repo
    mark = fake.mark()
    await fake.message(ALICE, "I want to talk to a human", dm=True)
    await fake.wait("POST", f"/channels/{ALICE_DM}/messages", mark)
    ticket = await repo.latest_for_user("discord", str(ALICE.id))
    old = int(ticket.thread_ref or 0)
    await fake.answer(await fake.press(MOD, card_message(fake, old, ticket.id), f"sb:claim:{ticket.id}"))

    await fake.delete_thread(old, announce=announced)
    for _ in range(200):  # Discord's THREAD_DELETE reaches the client's cache first
        if client.get_channel(old) is None or not announced:
            break
        await asyncio.sleep(0.01)
    mark = fake.mark()
    await fake.message(ALICE, "hello? is anyone there", dm=True)
    ticket = await new_staff_thread(repo, ticket.id, old=str(old))
    thread = int(ticket.thread_ref or 0)
    assert any(r[0].path.startswith(f"/channels/{old}") and r[1] == 404 and r[2]["code"] == 10003
               for r in fake.refused)
    history = posted_in(fake, thread, mark)[1]
    assert "👤 Alice: hello? is anyone there" in history.content
    assert ticket.state == TicketState.CLAIMED and fake.threads[thread]["name"].endswith("✋ Mia")
    mark = fake.mark()
    await fake.message(MOD, "yes, here", channel_id=thread)
    assert (await fake.wait("POST", f"/channels/{ALICE_DM}/messages", mark)).content == "💬 Mia: yes, here"
