"""A real discord.py client against the fake gateway and REST API, on the test's database, with the real model."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import discord
import pytest
import yarl

from bots.discord.client import SupportClient
from core.clock import Clock, utcnow
from core.settings import DiscordSettings, Settings
from tests.discord.fake_discord import TOKEN, FakeDiscord, FakeMember

ALICE = FakeMember(1001, "Alice")
BOB = FakeMember(1002, "Bob")
MOD = FakeMember(2001, "Mia", roles=(700_000_000_000_000_100,))
OTHER_MOD = FakeMember(2002, "Omar", roles=(700_000_000_000_000_100,))
ADMIN = FakeMember(3001, "Gus", roles=(700_000_000_000_000_200,))


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord(members=[ALICE, BOB, MOD, OTHER_MOD, ADMIN])
    await server.start()
    # The network edge: discord.py's own HTTP and gateway code, pointed at 127.0.0.1.
    monkeypatch.setattr(discord.http.Route, "BASE", server.base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway))
    yield server
    await server.close()


@pytest.fixture
def dc_settings(settings: Settings, fake: FakeDiscord, machine_vectors: Path | None) -> Settings:
    discord_settings = DiscordSettings(  # type: ignore[call-arg]
        _env_file=None, token=TOKEN, guild_id=fake.guild_id, help_channel_id=fake.help_channel_id,
        support_channel_id=fake.support_channel_id, moderator_role_id=fake.moderator_role_id,
        admin_role_id=fake.admin_role_id)
    return settings.model_copy(update={"faq_file": None, "discord": discord_settings,
                                       "vector_cache_file": machine_vectors})


ClientFactory = Callable[..., Coroutine[Any, Any, SupportClient]]


@pytest.fixture
async def start_client(dc_settings: Settings, fake: FakeDiscord, real_embedder: Any,
                       vector_cache_url: str) -> AsyncIterator[ClientFactory]:
    """Start clients on the test's database; each is closed afterwards."""
    running: list[tuple[SupportClient, asyncio.Task[None]]] = []

    async def factory(embedder: Any = None, clock: Clock = utcnow, settings_update: dict[str, Any] | None = None,
                      **discord_overrides: Any) -> SupportClient:
        discord_settings = dc_settings.discord.model_copy(update=discord_overrides)
        settings = dc_settings.model_copy(update={**(settings_update or {}), "discord": discord_settings})
        client = SupportClient(settings, embedder=embedder or real_embedder, vector_cache_url=vector_cache_url,
                               clock=clock, guild_ready_timeout=0.1)
        task = asyncio.create_task(client.start(TOKEN))
        running.append((client, task))
        waiter = asyncio.create_task(client.wait_until_ready())
        done, _ = await asyncio.wait({task, waiter}, timeout=180, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            task.result()  # raise what stopped it
        assert waiter in done, "the client did not become ready"
        return client

    yield factory
    for client, task in running:
        await client.close()
        await asyncio.gather(task, return_exceptions=True)
