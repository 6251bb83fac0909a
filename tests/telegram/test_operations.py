"""Running the adapter: webhook mode, start-up errors, and logs that never carry secrets or the token."""

from __future__ import annotations

import json
import logging
import socket

import httpx
import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from bots.cli import app as cli_app
from bots.cli.common import setup_logging
from bots.telegram.app import ConfigurationError, TelegramBot
from core.settings import Settings, TelegramSettings
from tests.telegram.conftest import ALICE
from tests.telegram.fake_bot_api import FakeBotApi


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.model
async def test_webhook_mode_takes_updates_only_with_the_secret(api: FakeBotApi, start_bot, tg_settings):
    port = free_port()
    telegram = tg_settings.telegram.model_copy(update={
        "mode": "webhook", "webhook_url": "https://bot.example.invalid/telegram", "webhook_listen": "127.0.0.1",
        "webhook_port": port, "webhook_secret": SecretStr("s3cret-token")})
    await start_bot(telegram=telegram)
    registered = await api.wait("setWebhook")
    assert registered.params["url"] == "https://bot.example.invalid/telegram"
    assert registered.params["secret_token"] == "s3cret-token"

    update = {"update_id": 1, "message": api.private_message(ALICE, "How do I back up my wallet?", deliver=False)}
    async with httpx.AsyncClient() as client:
        url = f"http://127.0.0.1:{port}/telegram"
        forged = await client.post(url, content=json.dumps(update), headers={"content-type": "application/json"})
        assert forged.status_code == 403
        mark = api.mark()
        accepted = await client.post(url, content=json.dumps(update), headers={
            "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": "s3cret-token"})
        assert accepted.status_code == 200
    answer = await api.wait("sendMessage", mark, chat_id=ALICE.id)
    assert "backup-mnemonic" in answer.text
    assert len(api.sent("sendMessage", 0, chat_id=ALICE.id)) == 1  # the forged update did nothing


def test_missing_token_is_a_clear_error_at_start(settings: Settings):
    with pytest.raises(ConfigurationError, match="SUPPORTBOT_TELEGRAM_TOKEN"):
        TelegramBot(settings.model_copy(update={"telegram": TelegramSettings(_env_file=None)}))  # type: ignore[call-arg]
    webhook = TelegramSettings(_env_file=None, token="1:x", mode="webhook")  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="WEBHOOK_URL"):
        TelegramBot(settings.model_copy(update={"telegram": webhook}))


def test_cli_run_telegram_without_token_exits_with_a_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.delenv("SUPPORTBOT_TELEGRAM_TOKEN", raising=False)
    result = CliRunner().invoke(cli_app, ["run", "telegram", "--database", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 1
    assert "SUPPORTBOT_TELEGRAM_TOKEN" in result.output


async def test_cli_run_telegram_with_a_rejected_token_exits_with_a_message(api: FakeBotApi, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SUPPORTBOT_TELEGRAM_TOKEN", "999:wrong")
    monkeypatch.setenv("SUPPORTBOT_TELEGRAM_BASE_URL", api.base_url)
    monkeypatch.setenv("SUPPORTBOT_FAQ_FILE", str(tmp_path / "faq.yaml"))
    (tmp_path / "faq.yaml").write_text("- {id: a, category: c, questions: [q], answer: {zh: 答, en: a}}\n")
    import asyncio

    result = await asyncio.to_thread(CliRunner().invoke, cli_app,
                                     ["run", "telegram", "--database", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 1
    assert "telegram:" in result.output and "999:wrong" not in result.output


def test_debug_logging_never_lets_raw_updates_or_the_token_through():
    root = logging.getLogger()
    saved = root.level, list(root.handlers)
    try:
        setup_logging("DEBUG")
        # PTB logs whole updates (raw user text, before redaction) at DEBUG; httpx logs URLs with the token.
        assert not logging.getLogger("telegram.ext.Application").isEnabledFor(logging.DEBUG)
        assert not logging.getLogger("discord.gateway").isEnabledFor(logging.DEBUG)
        assert not logging.getLogger("httpx").isEnabledFor(logging.INFO)
        assert logging.getLogger("bots.telegram.app").isEnabledFor(logging.DEBUG)
    finally:
        root.setLevel(saved[0])
        root.handlers[:] = saved[1]
        logging.getLogger("telegram").setLevel(logging.NOTSET)
        logging.getLogger("discord").setLevel(logging.NOTSET)
