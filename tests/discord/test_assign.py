"""/assign, /priority and /tickets on Discord: discord.py against the fake gateway and REST API, real model."""

from __future__ import annotations

import pytest

from core.models import TicketState
from tests.discord.conftest import ALICE, BOB, MOD, OTHER_MOD
from tests.discord.fake_discord import FakeDiscord
from tests.discord.test_discord_flow import escalate_from_help_channel

pytestmark = pytest.mark.model


def option(name: str, value: object, kind: int = 3) -> dict[str, object]:
    return {"type": kind, "name": name, "value": value}


async def test_a_security_ticket_is_high_handed_on_reprioritised_and_listed(fake: FakeDiscord, start_client):
    client = await start_client()
    repo = client.desk.tickets.repo
    made, thread, card, _ = await escalate_from_help_channel(fake, ALICE,
                                                             "someone stole my funds, my wallet was drained")
    ticket = await repo.latest_for_user("discord", str(ALICE.id))
    assert (ticket.category, ticket.priority) == ("security", "high")
    assert made.body["name"] == f"🔴 #{ticket.id} · security · en" and "Priority: 🔴 high" in card.embed_text

    # Mia hands it to Omar (the member option comes resolved, roles included): his now, and he is pinged.
    mark = fake.mark()
    done = await fake.answer(await fake.slash(MOD, "assign", [option("member", str(OTHER_MOD.id), 6)],
                                              channel_id=thread, users=(OTHER_MOD,)))
    assert done.ephemeral and f"#{ticket.id} is now assigned to Omar" in done.content
    told = next(c for c in fake.sent("POST", f"/channels/{thread}/messages", mark) if "Assigned to" in c.content)
    assert told.content.startswith(f"<@{OTHER_MOD.id}> 📌 Assigned to Omar")
    assert [int(u) for u in told.body["allowed_mentions"]["users"]] == [OTHER_MOD.id]
    renamed = await fake.wait("PATCH", f"/channels/{thread}$", mark)
    assert renamed.body["name"] == f"🔴 #{ticket.id} · security · en · ✋ Omar"
    ticket = await repo.get(ticket.id)
    assert (ticket.state, ticket.moderator_id) == (TicketState.CLAIMED, str(OTHER_MOD.id))

    # Refused: a member without the moderator role, a user acting as staff, a command outside a ticket thread.
    bob = await fake.answer(await fake.slash(OTHER_MOD, "assign", [option("member", str(BOB.id), 6)],
                                             channel_id=thread, users=(BOB,)))
    assert "Bob is not a moderator here" in bob.content
    alice = await fake.answer(await fake.slash(ALICE, "assign", [option("member", str(ALICE.id), 6)],
                                               channel_id=thread, users=(ALICE,)))
    assert "not allowed" in alice.content
    elsewhere = await fake.answer(await fake.slash(MOD, "priority", [option("level", "low")]))
    assert "not linked to a ticket" in elsewhere.content

    # /priority in the thread: answered privately, shown in the thread and its name.
    mark = fake.mark()
    low = await fake.answer(await fake.slash(OTHER_MOD, "priority", [option("level", "low")], channel_id=thread))
    assert low.ephemeral and f"#{ticket.id}: priority 🔵 low" in low.content
    shown = await fake.wait("POST", f"/channels/{thread}/messages", mark)
    assert shown.content == "Priority is now 🔵 low."
    assert (await repo.get(ticket.id)).priority == "low"

    # The user lists her tickets, privately.
    listed = await fake.answer(await fake.slash(ALICE, "tickets", []))
    assert listed.ephemeral and listed.embed_text.startswith("Your latest tickets (1):")
    assert f"#{ticket.id} · " in listed.embed_text and "· being handled · someone stole my funds" in listed.embed_text

    # Resolved (Omar presses Resolve on the card): it can no longer be handed on.
    starter = fake.messages[min(m for m, v in fake.messages.items() if v["channel_id"] == str(thread))]
    await fake.answer(await fake.press(OTHER_MOD, starter, f"sb:resolve:{ticket.id}"))
    assert (await repo.get(ticket.id)).state == TicketState.RESOLVED
    late = await fake.answer(await fake.slash(OTHER_MOD, "assign", [option("member", str(MOD.id), 6)],
                                              channel_id=thread, users=(MOD,)))
    assert "the ticket is resolved" in late.content
