"""The fake Discord's chaos mode (bench/chaos_discord.py): failures that get past discord.py's own retries."""

from __future__ import annotations

import asyncio

from tests.discord.conftest import ALICE
from tests.discord.fake_discord import Call, Chaos, FakeDiscord


def test_a_500_lasts_through_the_clients_four_retries_then_the_next_send_rolls_again() -> None:
    chaos = Chaos(error=1.0, seed=3)
    send = Call("POST", "/channels/123456789/messages", {"content": "hi"})
    first = chaos.fate(send)
    while first[1] != 500:  # half the errors are a 503, raised by discord.py at once
        assert first[:2] == ("error", 503)
        first = chaos.fate(send)
    assert [chaos.fate(send)[:2] for _ in range(4)] == [("retry", 500)] * 4
    assert chaos.fate(send)[0] == "error"  # the outbox's next attempt: a new roll


def test_429s_on_sends_mostly_outlast_the_clients_wait_and_callbacks_stay_within_3_s() -> None:
    chaos = Chaos(flood=1.0, seed=5)
    waits = [chaos.fate(Call("POST", f"/channels/{n}/messages", {}))[2] for n in range(300)]
    assert 150 < sum(w > 30 for w in waits) < 250 and all(w >= 1 for w in waits)
    callback = chaos.fate(Call("POST", "/interactions/1/tok1/callback", {"type": 5}))
    assert callback[:2] == ("flood", 429) and callback[2] < 1
    assert chaos.fate(Call("PATCH", "/channels/1", {"name": "x"}))[0] == "ok"  # cosmetic calls are left alone


async def test_what_people_write_while_no_bot_is_connected_is_kept_but_never_dispatched() -> None:
    fake = FakeDiscord(miss_while_down=True)
    await fake.start()
    try:
        sent = await asyncio.wait_for(fake.message(ALICE, "anyone there?", dm=True), 1)
        assert fake.missed == [int(sent["id"])] and not fake.connected
        assert fake.messages[int(sent["id"])]["content"] == "anyone there?"  # in the channel's history
    finally:
        await fake.close()
