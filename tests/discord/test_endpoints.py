"""SUPPORTBOT_DISCORD_API_BASE and _GATEWAY point the real bot at another Discord (a fake, a proxy)."""

from __future__ import annotations

import asyncio
import contextlib

import discord
import pytest
import yarl

from bots.discord.client import run_discord
from core.settings import DiscordSettings, Settings
from tests.discord.fake_discord import TOKEN, FakeDiscord


async def test_run_discord_logs_in_and_connects_where_the_settings_say(settings: Settings,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # Restored after the test: run_discord sets these class attributes for the whole process.
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY",
                        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    fake = FakeDiscord()
    await fake.start()
    ds = DiscordSettings(_env_file=None, token=TOKEN, guild_id=fake.guild_id,  # type: ignore[call-arg]
                         help_channel_id=fake.help_channel_id, support_channel_id=fake.support_channel_id,
                         api_base=fake.base + "/", gateway=fake.gateway)
    running = asyncio.create_task(run_discord(settings.model_copy(update={"faq_file": None, "discord": ds})))
    try:
        await fake.wait("GET", "/users/@me$")  # the login went over REST to the fake (the model loads next)
        used = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
        assert used == (fake.base, yarl.URL(fake.gateway))
    finally:
        running.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running
        await fake.close()


def test_the_endpoints_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPORTBOT_DISCORD_API_BASE", "http://127.0.0.1:9/api/v10")
    monkeypatch.setenv("SUPPORTBOT_DISCORD_GATEWAY", "ws://127.0.0.1:9/gateway")
    ds = DiscordSettings(_env_file=None)  # type: ignore[call-arg]
    assert (ds.api_base, ds.gateway) == ("http://127.0.0.1:9/api/v10", "ws://127.0.0.1:9/gateway")
    monkeypatch.delenv("SUPPORTBOT_DISCORD_API_BASE")
    monkeypatch.delenv("SUPPORTBOT_DISCORD_GATEWAY")
    assert DiscordSettings(_env_file=None).api_base == ""  # type: ignore[call-arg]
