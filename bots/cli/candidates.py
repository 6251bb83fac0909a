"""`supportbot faq candidates ...`: review the phrasings users gave (picks, confirmations, moderators' links)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated

import typer

from bots.cli.common import cli_actor, load_settings, open_desk, run, setup_logging
from core.desk import SupportDesk
from core.desk.learning import candidate_line
from core.i18n import Reply, render

app = typer.Typer(help="List, accept and reject candidate phrasings of FAQ entries.", no_args_is_help=True)

EnvFile = Annotated[Path | None, typer.Option("--env-file", help="Settings file")]
Database = Annotated[str | None, typer.Option("--database", help="SQLAlchemy URL")]


def _run(env_file: Path | None, database: str | None, action: Callable[[SupportDesk], Awaitable[Reply]]) -> None:
    setup_logging("WARNING")

    async def body() -> None:
        async with open_desk(load_settings(env_file, database)) as desk_app:
            typer.echo(render("en", await action(desk_app.desk)))

    run(body)


@app.command("list")
def list_candidates(entry_id: Annotated[str | None, typer.Argument(help="Only this entry's")] = None,
                    limit: Annotated[int, typer.Option(help="At most this many")] = 200,
                    env_file: EnvFile = None, database: Database = None) -> None:
    """List pending candidates, oldest first: [id] entry · source #ticket · text."""
    setup_logging("WARNING")

    async def body() -> None:
        async with open_desk(load_settings(env_file, database)) as desk_app:
            candidates = await desk_app.desk.faq_candidates(cli_actor(), entry_id, limit=limit)
        for candidate in candidates:
            typer.echo(candidate_line(candidate))
        typer.echo(f"{len(candidates)} pending")

    run(body)


@app.command()
def accept(candidate_id: int, env_file: EnvFile = None, database: Database = None) -> None:
    """Add a candidate's phrasing to its entry's questions (a new version; `faq undo ENTRY` takes it back)."""
    _run(env_file, database, lambda desk: desk.faq_accept(candidate_id, cli_actor()))


@app.command()
def reject(candidate_id: int, env_file: EnvFile = None, database: Database = None) -> None:
    """Drop a candidate; its phrasing is not proposed for that entry again."""
    _run(env_file, database, lambda desk: desk.faq_reject(candidate_id, cli_actor()))


@app.command("accept-all")
def accept_all(entry_id: str, env_file: EnvFile = None, database: Database = None) -> None:
    """Add every pending phrasing of one entry, as one version."""
    _run(env_file, database, lambda desk: desk.faq_accept_all(entry_id, cli_actor()))
