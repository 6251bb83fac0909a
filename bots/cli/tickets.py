"""`supportbot tickets list|show|export`: read tickets from the terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import typer

from bots.bootstrap import open_records
from bots.cli.common import load_settings, run, setup_logging
from core.models import Ticket, TicketState
from core.tickets.transcripts import Transcript, load_transcript, to_html, to_json

app = typer.Typer(help="List, show and export tickets.", no_args_is_help=True)

EnvFile = Annotated[Path | None, typer.Option("--env-file", help="Settings file")]
Database = Annotated[str | None, typer.Option("--database", help="SQLAlchemy URL")]


def _line(ticket: Ticket) -> str:
    moderator = f" @{ticket.moderator_name}" if ticket.moderator_name else ""
    rating = f" rated {ticket.rating}/5" if ticket.rating else ""
    return (f"#{ticket.id:<5d} {ticket.state.value:9s} {ticket.platform}:{ticket.user_id} {ticket.language} "
            f"{ticket.category or '-'} {ticket.created_at:%Y-%m-%d %H:%M}{moderator}{rating}")


@app.command("list")
def list_tickets(state: Annotated[list[TicketState] | None, typer.Option(help="Only these states")] = None,
                 limit: Annotated[int, typer.Option(help="How many, newest first")] = 50,
                 env_file: EnvFile = None, database: Database = None) -> None:
    """List tickets, newest first."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> None:
        async with open_records(settings) as records:  # records only: listing needs no model
            found = await records.tickets.list(states=state, limit=limit)
        for ticket in found:
            typer.echo(_line(ticket))
        typer.echo(f"{len(found)} tickets")

    run(body)


@app.command()
def show(ticket_id: int, env_file: EnvFile = None, database: Database = None) -> None:
    """Show a ticket with its transcript and event log."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> None:
        async with open_records(settings) as records:
            transcript = await load_transcript(records.tickets, ticket_id)
        ticket, messages, events = transcript.ticket, transcript.messages, transcript.events
        typer.echo(_line(ticket))
        if ticket.faq_guesses:
            typer.echo(f"bot's guesses: {', '.join(ticket.faq_guesses)}")
        if ticket.rating_comment:
            typer.echo(f"comment: {ticket.rating_comment}")
        typer.echo("transcript:")
        for m in messages:
            note = " (internal)" if m.internal else ""
            typer.echo(f"  {m.at:%H:%M:%S} {m.author.value}{note}: {m.text}")
        typer.echo("events:")
        for e in events:
            typer.echo(f"  {e.at:%H:%M:%S} {e.kind} by {e.actor} {e.detail}".rstrip())

    run(body)


@app.command()
def export(ticket_id: int,
           html: Annotated[bool, typer.Option("--html", help="One self-contained HTML page")] = False,
           as_json: Annotated[bool, typer.Option("--json", help="JSON")] = False,
           out: Annotated[Path | None, typer.Option("--out", help="Write to this file, not stdout")] = None,
           no_internal: Annotated[bool, typer.Option(
               "--no-internal", help="Leave out internal notes and the event log (the user's own copy)")] = False,
           lang: Annotated[Literal["en", "zh"], typer.Option(help="Language of the HTML labels")] = "en",
           env_file: EnvFile = None, database: Database = None) -> None:
    """Export a ticket's transcript as HTML or JSON, times in the desk's time zone."""
    if html == as_json:
        raise typer.BadParameter("choose one of --html or --json")
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> Transcript:
        async with open_records(settings) as records:  # records only: an export encodes nothing
            return await load_transcript(records.tickets, ticket_id)

    transcript = run(body)
    zone, internal = settings.timezone, not no_internal
    if html:
        text = to_html(transcript, timezone=zone, lang=lang, include_internal=internal)
    else:
        payload = to_json(transcript, timezone=zone, include_internal=internal)
        text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if out is None:
        typer.echo(text, nl=False)
        return
    out.write_text(text, encoding="utf-8")
    typer.echo(f"transcript of ticket #{ticket_id} written to {out}")
