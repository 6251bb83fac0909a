"""`supportbot audit` and `supportbot block list|add|remove`: the operator's view of staff actions and blocks."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from bots.bootstrap import open_moderation
from bots.cli.common import cli_actor, load_settings, run, setup_logging
from core.clock import utcnow
from core.i18n import render
from core.insights.audit import entry_json, entry_line
from core.ports import Block
from core.tickets.blocks import DEFAULT_DURATION, is_duration, parse_duration

block_app = typer.Typer(help="Users who may not open tickets: list, add, remove.", no_args_is_help=True)

EnvFile = Annotated[Path | None, typer.Option("--env-file", help="Settings file")]
Database = Annotated[str | None, typer.Option("--database", help="SQLAlchemy URL")]
User = Annotated[str, typer.Argument(help="PLATFORM:USER_ID, e.g. telegram:12345 or discord:9876")]


def since_moment(text: str, timezone: str, now: datetime) -> datetime:
    """``7d``/``12h``/``30m`` back from now, or an ISO date or time (in the desk's time zone unless it says)."""
    if is_duration(text) and text.lower() not in ("perm", "permanent", "forever"):
        length = parse_duration(text)
        assert length is not None
        return now - length
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(timezone))


def audit(since: Annotated[str | None, typer.Option(help="From when: an ISO date or time, or 7d, 12h, 30m back")]
          = None,
          limit: Annotated[int, typer.Option(help="At most this many, the latest")] = 1000,
          as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
          env_file: EnvFile = None, database: Database = None) -> None:
    """Print the audit log, oldest first: who did what, when, on which ticket."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> None:
        start = since_moment(since, settings.timezone, utcnow()) if since else None
        async with open_moderation(settings) as moderation:
            entries = await moderation.audit.entries(since=start, limit=limit)
        for entry in reversed(entries):
            typer.echo(json.dumps(entry_json(entry), ensure_ascii=False) if as_json
                       else entry_line(entry, settings.timezone))
        if not entries and not as_json:
            typer.echo("the audit log has no entries" + (f" since {start.isoformat()}" if start else ""))

    run(body)


def _target(user: str) -> tuple[str, str]:
    platform, _, user_id = user.partition(":")
    if not platform or not user_id:
        raise ValueError(f"name the user as PLATFORM:USER_ID (e.g. telegram:12345), not {user!r}")
    return platform, user_id


def _block_json(block: Block) -> str:
    return json.dumps({"platform": block.platform, "user": block.user_id, "name": block.user_name,
                       "until": block.until.isoformat() if block.until else None, "reason": block.reason,
                       "by": block.actor, "at": block.created_at.isoformat(), "ticket": block.ticket_id},
                      ensure_ascii=False)


@block_app.command("list")
def list_blocks(platform: Annotated[str | None, typer.Option(help="Only this platform")] = None,
                as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
                env_file: EnvFile = None, database: Database = None) -> None:
    """List the blocks in force, newest first."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> None:
        async with open_moderation(settings) as moderation:
            blocks = await moderation.blocks.active(cli_actor(), platform)
            listing = render("en", moderation.blocks.list_reply(blocks))
        typer.echo("\n".join(_block_json(b) for b in blocks) if as_json else listing)

    run(body)


@block_app.command("add")
def add(user: User,
        duration: Annotated[str, typer.Option("--for", help="30m, 12h, 7d, 2w or perm")] = DEFAULT_DURATION,
        reason: Annotated[str, typer.Option(help="Why (staff see it; the user does not)")] = "",
        env_file: EnvFile = None, database: Database = None) -> None:
    """Block a user; their open ticket is closed (the bot tells staff when it next runs)."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> str:
        platform, user_id = _target(user)
        async with open_moderation(settings) as moderation:
            block = await moderation.blocks.block(cli_actor(), platform=platform, user_id=user_id,
                                                  duration=duration, reason=reason)
            return render("en", moderation.blocks.done_reply(block))

    typer.echo(run(body))


@block_app.command("remove")
def remove(user: User, env_file: EnvFile = None, database: Database = None) -> None:
    """Lift a user's block."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> bool:
        platform, user_id = _target(user)
        async with open_moderation(settings) as moderation:
            return await moderation.blocks.unblock(cli_actor(), platform=platform, user_id=user_id) is not None

    if not run(body):
        typer.echo(f"{user} is not blocked", err=True)
        raise typer.Exit(1)
    typer.echo(f"{user} is unblocked")


__all__ = ["audit", "block_app", "since_moment"]
