"""The Telegram bot as an operator runs it with SUPPORTBOT_METRICS_ENABLED: the endpoint lives and dies with it."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from bots.telegram.app import TelegramBot
from core.settings import Settings, TelegramSettings
from tests.fakes import FakeEmbedder
from tests.observability.scrape import health, scrape, value
from tests.telegram.fake_bot_api import TOKEN, FakeBotApi, FakeUser

ALICE = FakeUser(1001, "Alice", "en")


async def test_the_running_bot_serves_metrics_and_health_until_stopped(metrics_settings: Settings):
    api = FakeBotApi()
    await api.start()
    telegram = TelegramSettings(_env_file=None, token=TOKEN, staff_chat_id=api.staff_chat_id,  # type: ignore[call-arg]
                                base_url=api.base_url, base_file_url=api.base_url.replace("/bot", "/file/bot"),
                                poll_timeout=1)
    bot = TelegramBot(metrics_settings.model_copy(update={"telegram": telegram}), embedder=FakeEmbedder())
    try:
        await bot.start()
        assert bot.desk_app is not None and bot.desk_app.observer is not None
        port = bot.desk_app.observer.port
        assert port
        answer = await api.reply_to(ALICE, "my deposit has not arrived")
        assert "transaction hash" in answer.text
        # The answer is an outbox row delivered inside the desk call; the call is counted when it returns.
        for _ in range(50):
            samples = await scrape(port)
            if any(name == "supportbot_messages_total" for name, _ in samples):
                break
            await asyncio.sleep(0.1)
        assert value(samples, "supportbot_messages_total", platform="telegram", outcome="answer") == 1
        assert value(samples, "supportbot_tickets", state="pending") == 1
        status, body = await health(port)
        assert status == 200 and body["status"] == "ok"
    finally:
        await bot.stop()
        await api.close()
    with pytest.raises(httpx.ConnectError):
        await scrape(port)
