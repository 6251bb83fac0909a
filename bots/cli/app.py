"""`supportbot`: chat, ask, run, and the faq / tickets / eval / model command groups."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from bots.cli import candidates, evaluate, faq, guard, insights, model, moderation, outbox, privacy, tickets
from bots.cli.common import load_settings, open_desk, run, setup_logging
from core.i18n import render
from core.settings import Settings

app = typer.Typer(help="Multilingual FAQ and ticket desk for wallet support.", no_args_is_help=True,
                  add_completion=False)
app.add_typer(faq.app, name="faq")
faq.app.add_typer(candidates.app, name="candidates")
app.add_typer(tickets.app, name="tickets")
app.add_typer(model.app, name="model")
app.add_typer(guard.app, name="guard")
app.add_typer(outbox.app, name="outbox")
app.add_typer(moderation.block_app, name="block")
app.add_typer(privacy.app, name="privacy")
app.command(name="audit")(moderation.audit)
app.command(name="eval")(evaluate.eval_command)
app.command(name="stats")(insights.stats)
app.command(name="demo-data")(insights.demo_data)
app.command(name="gaps")(insights.gaps)
app.command(name="report")(insights.report)

EnvFile = Annotated[Path | None, typer.Option("--env-file", help="Settings file (default: ./.env)")]
Database = Annotated[str | None, typer.Option("--database", help="SQLAlchemy URL (overrides settings)")]


@app.command()
def chat(env_file: EnvFile = None, database: Database = None,
         lang: Annotated[str | None, typer.Option(help="Your locale, zh or en")] = None) -> None:
    """Talk to the bot in the terminal, as a user (with a moderator console for escalations)."""
    from bots.console.chat import run_console

    settings = load_settings(env_file, database)
    setup_logging("ERROR")  # the terminal is the chat; operator warnings would interleave with it
    run(lambda: run_console(settings, locale=lang))


@app.command()
def ask(text: Annotated[str, typer.Argument(help="The user's message")], env_file: EnvFile = None,
        database: Database = None, as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """Show the desk's decision and reply for one message (stores nothing)."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> None:
        async with open_desk(settings) as desk_app:
            outcome = await desk_app.desk.preview(text)
            decision = outcome.decision
            assert decision is not None
            replies = [render(outcome.lang, r) for r in outcome.replies]
            if as_json:
                typer.echo(json.dumps({
                    "decision": decision.kind.value, "reason": decision.reason, "entry": decision.entry_id,
                    "score": round(decision.score, 4), "suggestions": list(decision.suggestions),
                    "lang": outcome.lang, "reply": "\n".join(replies),
                }, ensure_ascii=False))
                return
            typer.echo(f"decision: {decision.kind.value} ({decision.reason}), entry: {decision.entry_id or '-'}, "
                       f"score: {decision.score:.3f}, lang: {outcome.lang}")
            for line in replies:
                typer.echo(line)
            for number, entry in enumerate(outcome.suggestions, start=1):
                typer.echo(f"  {number}. {entry.questions[0]}  [{entry.id}]")

    run(body)


@app.command(name="run")
def run_adapter(platform: Annotated[str, typer.Argument(help="console, telegram or discord")] = "console",
                env_file: EnvFile = None, database: Database = None) -> None:
    """Run an adapter: `console` is the terminal chat; `telegram` and `discord` read SUPPORTBOT_TELEGRAM_* /
    SUPPORTBOT_DISCORD_*."""
    if platform == "console":
        chat(env_file=env_file, database=database)
        return
    if platform not in ("telegram", "discord"):
        typer.secho(f"unknown adapter {platform!r} (console, telegram, discord)", err=True, fg="red")
        raise typer.Exit(code=2)
    settings = load_settings(env_file, database)
    setup_logging(settings.log_level, settings.log_format)
    if platform == "telegram":
        _run_telegram(settings)
    else:
        _run_discord(settings)


def _run_telegram(settings: Settings) -> None:
    from telegram.error import InvalidToken, TelegramError

    from bots.telegram.app import ConfigurationError, run_telegram

    try:
        run(lambda: run_telegram(settings))
    except InvalidToken:  # PTB's message repeats the token; terminals end up in logs
        typer.secho("telegram: the Bot API server rejected the token (check SUPPORTBOT_TELEGRAM_TOKEN)",
                    err=True, fg="red")
        raise typer.Exit(code=1) from None
    except (ConfigurationError, TelegramError) as exc:
        typer.secho(f"telegram: {exc}", err=True, fg="red")
        raise typer.Exit(code=1) from None


def _run_discord(settings: Settings) -> None:
    import discord

    from bots.discord.client import ConfigurationError, run_discord

    try:
        run(lambda: run_discord(settings))
    except discord.LoginFailure:
        typer.secho("discord: the token was rejected (check SUPPORTBOT_DISCORD_TOKEN)", err=True, fg="red")
        raise typer.Exit(code=1) from None
    except discord.PrivilegedIntentsRequired:
        typer.secho("discord: enable the Message Content intent for the bot in the developer portal",
                    err=True, fg="red")
        raise typer.Exit(code=1) from None
    except (ConfigurationError, discord.DiscordException) as exc:
        typer.secho(f"discord: {exc}", err=True, fg="red")
        raise typer.Exit(code=1) from None


def main() -> None:
    """Entry point of the console script."""
    app()
