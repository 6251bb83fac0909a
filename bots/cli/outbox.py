"""`supportbot outbox list|retry|drop`: what waits for a platform, and what an operator does about it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from bots.bootstrap import open_records
from bots.cli.common import load_settings, run, setup_logging
from core.clock import utcnow
from core.outbox.effects import OutboxItem, OutboxState

app = typer.Typer(help="Platform effects waiting for delivery, parked ones, and what to do with them.",
                  no_args_is_help=True)

EnvFile = Annotated[Path | None, typer.Option("--env-file", help="Settings file")]
Database = Annotated[str | None, typer.Option("--database", help="SQLAlchemy URL")]


def _line(item: OutboxItem) -> str:
    error = f"  {item.last_error}" if item.last_error else ""
    return (f"{item.id:<6d} {item.state.value:8s} {item.effect.platform}:{item.effect.ticket_id:<6d} "
            f"{item.effect.kind.value:15s} tries {item.attempts:<2d} due {item.due_at:%Y-%m-%d %H:%M:%S}{error}")


def _json(item: OutboxItem) -> str:
    return json.dumps({"id": item.id, "state": item.state.value, "platform": item.effect.platform,
                       "ticket": item.effect.ticket_id, "kind": item.effect.kind.value, "attempts": item.attempts,
                       "created": item.created_at.isoformat(), "due": item.due_at.isoformat(),
                       "error": item.last_error, "result": item.result}, ensure_ascii=False)


@app.command("list")
def list_rows(state: Annotated[list[OutboxState] | None, typer.Option(help="Only these states (default: pending "
                                                                           "and parked)")] = None,
              platform: Annotated[str | None, typer.Option(help="Only this platform")] = None,
              ticket: Annotated[int | None, typer.Option(help="Only this ticket")] = None,
              limit: Annotated[int, typer.Option(help="How many, oldest first")] = 50,
              as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
              env_file: EnvFile = None, database: Database = None) -> None:
    """List outbox rows, oldest first, with their last error."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")
    states = state or [OutboxState.PENDING, OutboxState.PARKED]

    async def body() -> None:
        async with open_records(settings) as records:
            found = await records.outbox.list(states=states, platform=platform, ticket_id=ticket, limit=limit)
            counts = await records.outbox.count_by_state()
        for item in found:
            typer.echo(_json(item) if as_json else _line(item))
        if not as_json:
            typer.echo(", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "the outbox is empty")

    run(body)


@app.command()
def retry(row: Annotated[int, typer.Argument(help="The row's id (from `outbox list`)")],
          env_file: EnvFile = None, database: Database = None) -> None:
    """Send a parked (or dropped) row again: due now, with a fresh count of attempts."""
    _change(row, "retry", env_file, database)


@app.command()
def drop(row: Annotated[int, typer.Argument(help="The row's id (from `outbox list`)")],
         env_file: EnvFile = None, database: Database = None) -> None:
    """Give up on a pending or parked row; the rows queued behind it for its ticket go ahead."""
    _change(row, "drop", env_file, database)


def _change(row: int, action: str, env_file: Path | None, database: str | None) -> None:
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> bool:
        async with open_records(settings) as records:
            if action == "retry":
                return await records.outbox.requeue(row, utcnow())
            return await records.outbox.drop(row)

    if not run(body):
        wanted = "parked or dropped" if action == "retry" else "pending or parked"
        typer.echo(f"no {wanted} outbox row {row}", err=True)
        raise typer.Exit(1)
    typer.echo(f"row {row}: {'queued again' if action == 'retry' else 'dropped'}")
