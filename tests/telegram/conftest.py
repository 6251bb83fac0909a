"""A real PTB Application against the fake Bot API, on the test's own database, with the real model."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from bots.telegram.app import TelegramBot
from core.clock import Clock, utcnow
from core.settings import Settings, TelegramSettings
from tests.telegram.fake_bot_api import TOKEN, FakeBotApi, FakeUser

ALICE = FakeUser(1001, "Alice", "en")
BOB = FakeUser(1002, "Bob", "zh-hans")
MOD = FakeUser(2001, "Mia")  # a member of the staff group, not an admin
OTHER_MOD = FakeUser(2002, "Omar")
GROUP_ADMIN = FakeUser(3001, "Gus")  # administrator of the staff group
CONFIG_ADMIN = FakeUser(3002, "Cora")  # listed in SUPPORTBOT_TELEGRAM_ADMIN_IDS


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi(group_admins=[GROUP_ADMIN.id])
    await server.start()
    yield server
    await server.close()


@pytest.fixture
def tg_settings(settings: Settings, api: FakeBotApi, machine_vectors: Path | None) -> Settings:
    telegram = TelegramSettings(  # type: ignore[call-arg]
        _env_file=None, token=TOKEN, staff_chat_id=api.staff_chat_id, admin_ids=[CONFIG_ADMIN.id],
        base_url=api.base_url, base_file_url=api.base_url.replace("/bot", "/file/bot"), poll_timeout=1,
        request_timeout=1,  # Telegram's late answers in chaos tests come after it
        group_max_rate=10_000,  # Telegram's 20/min per group would make the story take minutes
    )
    return settings.model_copy(update={"faq_file": None, "telegram": telegram, "vector_cache_file": machine_vectors})


BotFactory = Callable[..., Coroutine[Any, Any, TelegramBot]]


@pytest.fixture
async def start_bot(tg_settings: Settings, api: FakeBotApi, real_embedder: Any,
                    vector_cache_url: str) -> AsyncIterator[BotFactory]:
    """Start bots on the test's database; every one still running is stopped afterwards."""
    bots: list[TelegramBot] = []

    class StoppedQuickly(TelegramBot):
        async def stop(self) -> None:
            await api.release_polls()  # or every stop waits out the poll in flight (poll_timeout)
            await super().stop()

    async def factory(clock: Clock = utcnow, **overrides: Any) -> TelegramBot:
        bot = StoppedQuickly(tg_settings.model_copy(update=overrides), embedder=real_embedder, clock=clock,
                             vector_cache_url=vector_cache_url)
        await bot.start()
        bots.append(bot)
        return bot

    yield factory
    for bot in bots:
        await bot.stop()
