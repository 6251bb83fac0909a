"""`supportbot faq ...`: manage the knowledge base; every change is versioned."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from bots.cli.common import cli_actor, load_settings, open_desk, run, setup_logging
from core.models import FaqVersion
from faq.commands import apply_edit, validated
from faq.loader import dump_faq, load_faq, write_faq

app = typer.Typer(help="List, show, add, edit, remove, undo, import and export FAQ entries.", no_args_is_help=True)

EnvFile = Annotated[Path | None, typer.Option("--env-file", help="Settings file")]
Database = Annotated[str | None, typer.Option("--database", help="SQLAlchemy URL")]
Questions = Annotated[list[str] | None, typer.Option("--question", "-q", help="A question phrasing (repeatable)")]


def _settings(env_file: Path | None, database: str | None):  # type: ignore[no-untyped-def]
    setup_logging("WARNING")
    return load_settings(env_file, database)


@app.command("list")
def list_entries(env_file: EnvFile = None, database: Database = None) -> None:
    """List every entry: id, category, first question."""
    async def body() -> None:
        async with open_desk(_settings(env_file, database)) as desk_app:
            entries = await desk_app.desk.faq_list()
        for entry in entries:
            typer.echo(f"{entry.id:34s} {entry.category:12s} {entry.questions[0]}")
        typer.echo(f"{len(entries)} entries")

    run(body)


@app.command()
def show(entry_id: str, env_file: EnvFile = None, database: Database = None) -> None:
    """Show one entry as YAML."""
    async def body() -> None:
        async with open_desk(_settings(env_file, database)) as desk_app:
            typer.echo(dump_faq([await desk_app.desk.faq_show(entry_id)]))

    run(body)


@app.command()
def add(entry_id: Annotated[str, typer.Argument(help="New entry id, e.g. nft-display")],
        category: Annotated[str, typer.Option(help="Category")],
        question: Questions = None,
        zh: Annotated[str, typer.Option(help="Answer in Chinese")] = "",
        en: Annotated[str, typer.Option(help="Answer in English")] = "",
        env_file: EnvFile = None, database: Database = None) -> None:
    """Add an entry (takes effect at once)."""
    raw: dict[str, object] = {"id": entry_id, "category": category, "questions": question or [],
                              "answer": {"zh": zh, "en": en}}

    async def body() -> None:
        entry = validated(raw, "<command line>")
        async with open_desk(_settings(env_file, database)) as desk_app:
            version = await desk_app.desk.faq_add(entry, cli_actor())
        typer.echo(f"added {entry.id} (version {version.version})")

    run(body)


@app.command()
def edit(entry_id: str, category: Annotated[str | None, typer.Option(help="New category")] = None,
         question: Questions = None,
         add_question: Annotated[list[str] | None, typer.Option("--add-question", help="Append a phrasing")] = None,
         zh: Annotated[str | None, typer.Option(help="New Chinese answer")] = None,
         en: Annotated[str | None, typer.Option(help="New English answer")] = None,
         env_file: EnvFile = None, database: Database = None) -> None:
    """Change an entry's fields; unspecified fields stay as they are."""
    async def body() -> None:
        async with open_desk(_settings(env_file, database)) as desk_app:
            desk = desk_app.desk
            changes = {"category": category, "questions": question or None, "add_questions": add_question,
                       "answer": {k: v for k, v in (("zh", zh), ("en", en)) if v is not None} or None}
            entry = apply_edit(await desk.faq_show(entry_id), changes, "<command line>")
            version = await desk.faq_edit(entry, cli_actor())
        typer.echo(f"edited {entry_id} (version {version.version})")

    run(body)


@app.command()
def remove(entry_id: str, env_file: EnvFile = None, database: Database = None) -> None:
    """Remove an entry (its history stays; `faq undo` brings it back)."""
    async def body() -> None:
        async with open_desk(_settings(env_file, database)) as desk_app:
            version = await desk_app.desk.faq_remove(entry_id, cli_actor())
        typer.echo(f"removed {entry_id} (version {version.version})")

    run(body)


@app.command()
def history(entry_id: str, env_file: EnvFile = None, database: Database = None) -> None:
    """Show every version of an entry: who, when, what changed."""
    async def body() -> None:
        async with open_desk(_settings(env_file, database)) as desk_app:
            for version in await desk_app.desk.faq_history(entry_id):
                typer.echo(_describe(version))

    run(body)


@app.command()
def undo(entry_id: str, env_file: EnvFile = None, database: Database = None) -> None:
    """Revert the latest change of an entry."""
    async def body() -> None:
        async with open_desk(_settings(env_file, database)) as desk_app:
            version = await desk_app.desk.faq_undo(entry_id, cli_actor())
        state = "removed" if version.new is None else "restored"
        typer.echo(f"undid the last change of {entry_id}: {state} (version {version.version})")

    run(body)


@app.command("import")
def import_file(path: Annotated[Path, typer.Argument(help="FAQ YAML file", exists=True, dir_okay=False)],
                replace_all: Annotated[bool, typer.Option("--replace", help="Remove entries not in the file")] = False,
                env_file: EnvFile = None, database: Database = None) -> None:
    """Validate a YAML file and bring the database in line with it (all or nothing)."""
    async def body() -> None:
        entries = load_faq(path)  # validate before touching the database
        async with open_desk(_settings(env_file, database), seed_faq=False) as desk_app:
            changed = await desk_app.desk.faq_import(entries, cli_actor(), replace=replace_all)
        typer.echo(f"imported {len(entries)} entries from {path}: {changed} changed")

    run(body)


@app.command()
def export(path: Annotated[Path | None, typer.Argument(help="Output file (default: stdout)")] = None,
           env_file: EnvFile = None, database: Database = None) -> None:
    """Write the live entries as YAML."""
    async def body() -> None:
        async with open_desk(_settings(env_file, database)) as desk_app:
            entries = await desk_app.desk.faq_list()
        if path is None:
            sys.stdout.write(dump_faq(entries))
        else:
            write_faq(entries, path)
            typer.echo(f"wrote {len(entries)} entries to {path}", err=True)

    run(body)


def _describe(version: FaqVersion) -> str:
    lines = [f"v{version.version} {version.at:%Y-%m-%d %H:%M:%S} {version.action.value:7s} by {version.actor}"]
    old, new = version.old, version.new
    if old is None and new is not None:
        lines.append(f"    + {new.questions[0]}")
    elif new is None and old is not None:
        lines.append(f"    - {old.questions[0]}")
    elif old is not None and new is not None:
        for lang in sorted(set(old.answer) | set(new.answer)):
            if old.answer.get(lang) != new.answer.get(lang):
                lines.append(f"    answer.{lang}: {old.answer.get(lang, '')!r}\n      -> {new.answer.get(lang, '')!r}")
        if old.questions != new.questions:
            lines.append(f"    questions: {list(old.questions)}\n      -> {list(new.questions)}")
        if old.category != new.category:
            lines.append(f"    category: {old.category} -> {new.category}")
    return "\n".join(lines)
