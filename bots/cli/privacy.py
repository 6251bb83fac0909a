"""`supportbot privacy export|forget|purge`: a user's data for the operator, erasure, and retention by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bots.bootstrap import open_privacy
from bots.cli.common import cli_actor, load_settings, run, setup_logging
from bots.exports import write_export

app = typer.Typer(help="Privacy requests: export or erase what is stored about a user; erase old transcripts.",
                  no_args_is_help=True)

EnvFile = Annotated[Path | None, typer.Option("--env-file", help="Settings file")]
Database = Annotated[str | None, typer.Option("--database", help="SQLAlchemy URL")]
User = Annotated[str, typer.Argument(help="PLATFORM:USER_ID, e.g. telegram:12345 or discord:9876")]


def _user(user: str) -> tuple[str, str]:
    platform, _, user_id = user.partition(":")
    if not platform or not user_id.strip():
        raise ValueError(f"name the user as PLATFORM:USER_ID (e.g. telegram:12345), not {user!r}")
    return platform, user_id.strip()


@app.command()
def export(user: User, out: Annotated[Path, typer.Option("--out", help="Folder to write the files into")],
           lang: Annotated[str, typer.Option(help="Language of the transcripts' labels: en or zh")] = "en",
           env_file: EnvFile = None, database: Database = None) -> None:
    """Write what is stored about a user: my-data.json and one HTML transcript per ticket (no internal notes)."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> list[Path]:
        platform, user_id = _user(user)
        async with open_privacy(settings) as privacy:
            return write_export(await privacy.export(platform, user_id, lang), out)

    for path in run(body):
        typer.echo(str(path))


@app.command()
def forget(user: User, yes: Annotated[bool, typer.Option("--yes", help="Really erase (it cannot be undone)")] = False,
           env_file: EnvFile = None, database: Database = None) -> None:
    """Erase a user: their name, messages and ids go; their tickets stay as anonymous numbers for the figures."""
    if not yes:
        typer.secho("this erases the user's data for good; add --yes to go ahead", err=True, fg="red")
        raise typer.Exit(1)
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> int:
        platform, user_id = _user(user)
        async with open_privacy(settings) as privacy:
            return await privacy.forget(platform, user_id, cli_actor())

    typer.echo(f"erased; {run(body)} ticket(s) kept as anonymous numbers")


@app.command()
def purge(days: Annotated[int | None, typer.Option(help="Tickets closed this many days ago (default: "
                                                        "SUPPORTBOT_RETENTION_DAYS)")] = None,
          env_file: EnvFile = None, database: Database = None) -> None:
    """Erase the transcripts of tickets closed more than N days ago (the tickets stay, anonymous)."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")
    keep = settings.retention_days if days is None else days
    if keep <= 0:
        typer.secho("no retention period: set SUPPORTBOT_RETENTION_DAYS or pass --days N", err=True, fg="red")
        raise typer.Exit(1)

    async def body() -> int:
        async with open_privacy(settings) as privacy:
            return await privacy.purge(keep)

    typer.echo(f"erased the transcripts of {run(body)} ticket(s) closed more than {keep} days ago")
