"""Helpers shared by the CLI commands: settings, the desk's lifetime, error reporting."""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import logging
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from bots.bootstrap import DeskApp, build_desk
from core.errors import DeskError
from core.i18n import t
from core.models import Actor
from core.retrieval.embedding import ModelNotAvailable
from core.settings import (
    DecisionSettings,
    DiscordSettings,
    GuardSettings,
    LimitSettings,
    Settings,
    SlaSettings,
    TelegramSettings,
)
from faq.loader import FaqFileError

T = TypeVar("T")
log = logging.getLogger("supportbot")


def setup_logging(level: str, log_format: str = "text") -> None:
    """Log key=value lines (or, with ``json``, one JSON object a line) to stderr, quiet the noisy libraries."""
    logging.basicConfig(level=level.upper(), stream=sys.stderr, force=True,
                        format="%(asctime)s level=%(levelname)s logger=%(name)s msg=%(message)s")
    if log_format == "json":
        from bots.observability.logs import JsonFormatter

        for handler in logging.getLogger().handlers:
            handler.setFormatter(JsonFormatter())
    # httpx logs request URLs, which carry the bot token; PTB's and discord.py's debug lines carry raw user messages
    # (seed phrases included, before the desk redacts them). Neither may go below these levels.
    for noisy in ("httpx", "httpcore", "sentence_transformers", "transformers", "alembic", "aiosqlite", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for chatty in ("telegram", "discord"):  # discord.py logs whole gateway events at DEBUG, too
        logging.getLogger(chatty).setLevel(max(logging.INFO, logging.getLogger().getEffectiveLevel()))


def load_settings(env_file: Path | None, database: str | None = None, **overrides: Any) -> Settings:
    """Build the settings once, from env vars, the .env file and command-line overrides."""
    # The nested decision thresholds must read the same file, not only ./.env.
    files: dict[str, Any] = {"_env_file": env_file} if env_file else {}
    settings = Settings(**files, decision=DecisionSettings(**files), telegram=TelegramSettings(**files),
                        discord=DiscordSettings(**files), sla=SlaSettings(**files),
                        limits=LimitSettings(**files), guard=GuardSettings(**files))
    if database:
        overrides["database_url"] = database
    return settings.model_copy(update={k: v for k, v in overrides.items() if v is not None})


def cli_actor() -> Actor:
    """Return the person at the terminal: an admin of their own installation."""
    return Actor("cli", getpass.getuser(), getpass.getuser(), is_moderator=True, is_admin=True)


@contextlib.asynccontextmanager
async def open_desk(settings: Settings, **kwargs: Any) -> AsyncIterator[DeskApp]:
    """Build the desk for one command and close it afterwards."""
    app = await build_desk(settings, **kwargs)
    try:
        yield app
    finally:
        await app.close()


def run(coro_factory: Callable[[], Awaitable[T]]) -> T:
    """Run an async command body, turning known failures into a clear message and exit code 1."""
    try:
        return asyncio.run(coro_factory())  # type: ignore[arg-type]
    except FaqFileError as exc:
        typer.secho(f"FAQ file is invalid, nothing was loaded:\n{exc}", err=True, fg="red")
    except ModelNotAvailable as exc:
        typer.secho(str(exc), err=True, fg="red")
    except DeskError as exc:
        typer.secho(t("en", exc.key, **exc.params), err=True, fg="red")
    except (FileNotFoundError, ValueError) as exc:
        typer.secho(str(exc), err=True, fg="red")
    except KeyboardInterrupt:
        typer.echo("", err=True)
    raise typer.Exit(code=1)
