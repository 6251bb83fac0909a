"""Discord's rules: forged component presses, the 3-second interaction deadline, the rename limit, routes.

A client can send any ``custom_id``; Discord itself reports who pressed (the member, with roles and
permissions in that server) and where (the channel). The fake refuses a first response after 3 s and
a third channel rename in ten minutes (429 with ``retry_after``), as Discord does.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import Any

import aiohttp
import numpy as np
import pytest

from core.models import Actor, TicketState
from tests.discord.conftest import ADMIN, ALICE, BOB, MOD, OTHER_MOD
from tests.discord.fake_discord import APP_ID, MANAGE_GUILD, TOKEN, FakeDiscord, FakeMember

pytestmark = pytest.mark.model

NOT_ALLOWED = "You are not allowed to do that."
OTHER_GUILD = 710_000_000_000_000_001
OWNER_ELSEWHERE = FakeMember(4001, "Mallory")  # owns a server of her own, nothing here


class SlowEmbedder:
    """The real model behind a machine too busy to answer within Discord's 3 seconds."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.name, self.delay = inner, inner.name, 0.0

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        time.sleep(self.delay)  # runs in a worker thread, as the real encoder does
        return self.inner.encode_queries(texts)  # type: ignore[no-any-return]

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.encode_documents(texts)  # type: ignore[no-any-return]


async def escalate(fake: FakeDiscord, user: FakeMember, text: str, channel: int | None = None) -> int:
    """The user asks in the help channel; return the new thread's id once they were told."""
    mark = fake.mark()
    await fake.message(user, text)
    await fake.wait("POST", f"/channels/{channel or fake.support_channel_id}/threads", mark)
    thread_id = max(fake.threads)
    await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)
    return thread_id


def first_message_in(fake: FakeDiscord, channel_id: int) -> dict[str, Any]:
    return fake.messages[min(m for m, v in fake.messages.items() if v["channel_id"] == str(channel_id))]


def bots_last_message_in(fake: FakeDiscord, channel_id: int) -> dict[str, Any]:
    """The bot's latest message in a channel (a DM is channel 6000... + the user's id)."""
    return fake.messages[max(m for m, v in fake.messages.items()
                             if v["channel_id"] == str(channel_id) and v["author"]["id"] == str(APP_ID))]


def dm_of(user: FakeMember) -> int:
    return 600_000_000_000_000_000 + user.id


async def test_forged_presses_change_nothing(fake: FakeDiscord, start_client):
    client = await start_client()
    repo = client.desk.tickets.repo
    thread_a = await escalate(fake, ALICE, "/human my withdrawal is stuck")
    thread_b = await escalate(fake, BOB, "/human 我要人工客服")
    ticket_a = await repo.latest_for_user("discord", str(ALICE.id))
    ticket_b = await repo.latest_for_user("discord", str(BOB.id))
    card_a, card_b = first_message_in(fake, thread_a), first_message_in(fake, thread_b)
    # discord.py only runs a button that is on the message the press came with, so a forged press carries
    # a card: seen by the wrong person, from another server, from a DM, or pasted into another thread.
    card_a_in_dm = {**card_a, "channel_id": str(dm_of(MOD))}
    card_a_in_thread_b = {**card_b, "components": card_a["components"]}
    fake.members.append(OWNER_ELSEWHERE)

    forged: list[tuple[FakeMember, dict[str, Any], int, dict[str, Any]]] = [
        (ALICE, card_a, ticket_a.id, {}),  # the ticket's user, who sees the card in her thread
        (BOB, card_a, ticket_a.id, {}),  # another user of the server
        (OWNER_ELSEWHERE, card_a, ticket_a.id, {"guild_id": OTHER_GUILD, "permissions": MANAGE_GUILD}),
        (MOD, card_a_in_dm, ticket_a.id, {"dm": True}),  # a moderator, from a DM: no roles there
        (MOD, card_a_in_thread_b, ticket_a.id, {}),  # a moderator, in another ticket's thread
        (ADMIN, card_a_in_thread_b, ticket_a.id, {"permissions": MANAGE_GUILD}),  # an admin, likewise
    ]
    tried = 0
    for who, message, ticket_id, where in forged:
        for action in ("claim", "resolve"):
            answer = await fake.answer(await fake.press(who, message, f"sb:{action}:{ticket_id}", **where))
            assert answer.content == NOT_ALLOWED and answer.ephemeral, (who.name, where, action, answer.content)
            tried += 1
    # User buttons that name a ticket: only its own user.
    assert (await repo.get(ticket_a.id)).state == TicketState.OPEN
    await client.desk.tickets.claim(ticket_a.id, Actor("discord", str(MOD.id), "Mia", is_moderator=True))
    await client.desk.tickets.resolve(ticket_a.id, Actor("discord", str(MOD.id), "Mia", is_moderator=True))
    rating_dm = {**bots_last_message_in(fake, dm_of(ALICE)), "channel_id": str(dm_of(BOB))}
    answer = await fake.answer(await fake.press(BOB, rating_dm, f"sb:rate:{ticket_a.id}:1", dm=True))
    assert answer.content == NOT_ALLOWED
    tried += 1
    assert (await repo.get(ticket_a.id)).rating is None
    untouched = await repo.get(ticket_b.id)
    assert untouched.state == TicketState.OPEN and untouched.moderator_id is None
    assert tried == 2 * len(forged) + 1
    assert not fake.refused, [(c.path, status) for c, status, _ in fake.refused]


async def test_slow_work_is_deferred_within_the_3_second_deadline(fake: FakeDiscord, start_client, real_embedder):
    slow = SlowEmbedder(real_embedder)
    await start_client(embedder=slow)
    slow.delay = 3.5
    asked = await fake.slash(ALICE, "ask", [{"type": 3, "name": "question", "value": "How do I back up my wallet?"}])
    answer = await fake.answer(asked)
    first = next(c for c in fake.calls if c.path.startswith(f"/interactions/{asked}/"))
    assert first.body["type"] == 5  # "thinking...", sent before the slow work
    assert "backup-mnemonic" in answer.embed_text and answer.path.startswith(f"/webhooks/{APP_ID}/")
    assert not fake.refused


async def test_the_fake_refuses_a_late_or_second_first_response(fake: FakeDiscord):
    """The fake is as strict as Discord: checked here on its own, without a bot."""
    fake.interactions["1"] = {"created": time.monotonic() - 3.5, "acknowledged": None}
    fake.interactions["2"] = {"created": time.monotonic(), "acknowledged": None}
    headers = {"Authorization": f"Bot {TOKEN}"}
    async with aiohttp.ClientSession(headers=headers) as http:
        async with http.post(f"{fake.base}/interactions/1/tok1/callback", json={"type": 5}) as late:
            assert late.status == 404 and (await late.json())["code"] == 10062
        async with http.post(f"{fake.base}/webhooks/{APP_ID}/tok2", json={"content": "x"}) as early:
            assert early.status == 404 and (await early.json())["code"] == 10015  # not acknowledged yet
        async with http.post(f"{fake.base}/interactions/2/tok2/callback", json={"type": 5}) as first:
            assert first.status == 200
        async with http.post(f"{fake.base}/interactions/2/tok2/callback", json={"type": 5}) as second:
            assert second.status == 400 and (await second.json())["code"] == 40060


async def test_a_third_rename_is_refused_with_429_and_skipped_not_waited_for(fake: FakeDiscord, start_client):
    client = await start_client()
    thread = await escalate(fake, ALICE, "/human my withdrawal is stuck")
    ticket = await client.desk.tickets.repo.latest_for_user("discord", str(ALICE.id))
    card = first_message_in(fake, thread)
    await fake.answer(await fake.press(MOD, card, f"sb:claim:{ticket.id}"))  # rename 1: who has it
    await fake.answer(await fake.press(MOD, card, f"sb:resolve:{ticket.id}"))  # rename 2: resolved
    rated = await fake.answer(await fake.press(ALICE, bots_last_message_in(fake, dm_of(ALICE)),
                                               f"sb:rate:{ticket.id}:4", dm=True))
    assert "4/5" in rated.content
    renames = [c for c in fake.sent("PATCH", f"/channels/{thread}$") if "name" in (c.body or {})]
    assert len(renames) == 2  # the rating renamed nothing

    mark = fake.mark()
    admin = Actor("discord", str(ADMIN.id), "Gus", is_admin=True)
    # Rename 3 would wait ten minutes in discord.py's default handling; the guard only stops a hung test.
    reopened = await asyncio.wait_for(client.desk.tickets.reopen(ticket.id, admin), 60)
    assert reopened.state == TicketState.OPEN
    limited = [(c, status, body) for c, status, body in fake.refused if status == 429]
    assert len(limited) == 1 and limited[0][2]["retry_after"] > 500
    assert len([c for c in fake.sent("PATCH", f"/channels/{thread}$", mark) if "name" in (c.body or {})]) == 1
    card_update = await fake.wait("PATCH", f"/channels/{thread}/messages/{card['id']}", mark)
    assert card_update.custom_ids[0] == f"sb:claim:{ticket.id}"  # the card shows the state the name could not


async def test_a_routed_ticket_goes_from_question_to_rating_in_its_channel(fake: FakeDiscord, start_client):
    client = await start_client(routes={"security": fake.security_channel_id})
    repo = client.desk.tickets.repo
    thread = await escalate(fake, ALICE, "someone stole my funds, my wallet was drained", fake.security_channel_id)
    ticket = await repo.latest_for_user("discord", str(ALICE.id))
    assert ticket.category == "security" and ALICE.id in fake.thread_members[thread]
    card = first_message_in(fake, thread)
    await fake.answer(await fake.press(OTHER_MOD, card, f"sb:claim:{ticket.id}"))
    mark = fake.mark()
    await fake.message(OTHER_MOD, "Please move what is left to a new wallet now.", channel_id=thread)
    await fake.message(ALICE, "done, moved it", channel_id=thread)
    await fake.message(OTHER_MOD, "!user acted fast", channel_id=thread)
    await fake.wait("DELETE", f"/channels/{thread}/messages/", mark)  # the note leaves the user's sight
    transcript = [(m.author, m.text, m.internal) for m in await repo.messages(ticket.id)]
    assert ("moderator", "Please move what is left to a new wallet now.", False) in transcript
    assert ("user", "done, moved it", False) in transcript and ("moderator", "user acted fast", True) in transcript
    assert (await repo.get(ticket.id)).first_response_at is not None
    mark = fake.mark()
    await fake.answer(await fake.press(OTHER_MOD, card, f"sb:resolve:{ticket.id}"))
    rating = await fake.wait("POST", "/channels/600000000000001001/messages", mark)
    await fake.answer(await fake.press(ALICE, bots_last_message_in(fake, dm_of(ALICE)), f"sb:rate:{ticket.id}:5",
                                       dm=True))
    final = await repo.get(ticket.id)
    assert (final.state, final.rating) == (TicketState.CLOSED, 5) and rating.custom_ids[0].startswith("sb:rate:")


async def test_a_rating_is_final_after_ten_minutes(fake: FakeDiscord, start_client):
    client = await start_client()
    thread = await escalate(fake, ALICE, "/human my withdrawal is stuck")
    ticket = await client.desk.tickets.repo.latest_for_user("discord", str(ALICE.id))
    card = first_message_in(fake, thread)
    await fake.answer(await fake.press(MOD, card, f"sb:claim:{ticket.id}"))
    mark = fake.mark()
    await fake.answer(await fake.press(MOD, card, f"sb:resolve:{ticket.id}"))
    await fake.wait("POST", "/channels/600000000000001001/messages", mark)
    rating_message = bots_last_message_in(fake, dm_of(ALICE))
    first = await fake.answer(await fake.press(ALICE, rating_message, f"sb:rate:{ticket.id}:2", dm=True))
    assert "2/5" in first.content
    changed = await fake.answer(await fake.press(ALICE, rating_message, f"sb:rate:{ticket.id}:4", dm=True))
    assert "4/5" in changed.content
    from datetime import timedelta

    real_clock = client.desk.tickets.clock
    client.desk.tickets.clock = lambda: real_clock() + timedelta(minutes=11)
    mark = fake.mark()
    # The sweep disables the request's buttons, showing the final choice...
    assert await client.desk_app.housekeeper.sweep() == [(ticket.id, "rating_final")]
    swept = await fake.wait("PATCH", f"/channels/{dm_of(ALICE)}/messages/{rating_message['id']}", mark)
    swept_buttons = [c for row in swept.body["components"] for c in row["components"]]
    assert all(b["disabled"] for b in swept_buttons) and swept_buttons[3]["style"] == 3  # 4 highlighted
    # ...and a press on it anyway is told so politely.
    mark = fake.mark()
    late = await fake.answer(await fake.press(ALICE, rating_message, f"sb:rate:{ticket.id}:1", dm=True))
    assert "already rated 4/5" in late.content
    disabled = await fake.wait("PATCH", "/messages/@original", mark)
    buttons = [c for row in disabled.body["components"] for c in row["components"]]
    assert len(buttons) == 5 and all(b.get("disabled") for b in buttons)
    assert (await client.desk.tickets.get(ticket.id)).rating == 4


async def test_one_users_flood_in_the_help_channel_does_not_delay_another(fake: FakeDiscord, start_client):
    await start_client()
    mark = fake.mark()
    for number in range(100):
        await fake.message(ALICE, f"hello {number}? how do I back up my wallet")
    await fake.message(BOB, "怎么备份助记词？")

    def bobs_answer() -> int | None:
        sent = fake.sent("POST", f"/channels/{fake.help_channel_id}/messages", mark)
        return next((i for i, c in enumerate(sent) if "助记词" in c.embed_text), None)

    async with fake._changed:
        await asyncio.wait_for(fake._changed.wait_for(lambda: bobs_answer() is not None), 60)
    # Each author's messages queue on their own: only a handful of Alice's hundred were answered first
    # (with one queue per channel, Bob waited behind all of them).
    assert bobs_answer() is not None and bobs_answer() <= 5, bobs_answer()
