"""`supportbot stats`: what the desk did over a period, from the stored records (no model needed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer

from bots.bootstrap import open_records
from bots.cli.common import load_settings, open_desk, run, setup_logging
from bots.demo import DemoSummary, SimClock, simulate
from core.insights import DeskStats, Satisfaction, Spread, compute_stats, stats_as_dict
from core.settings import Settings

EnvFile = Annotated[Path | None, typer.Option("--env-file", help="Settings file")]
Database = Annotated[str | None, typer.Option("--database", help="SQLAlchemy URL")]
Since = Annotated[datetime | None, typer.Option(help="Start (date or date-time, desk time zone); default 7 days ago")]
Until = Annotated[datetime | None, typer.Option(help="End, exclusive; default now")]


def period(settings: Settings, since: datetime | None, until: datetime | None) -> tuple[datetime, datetime]:
    """Resolve the command-line period; naive times are in the desk's time zone."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(settings.timezone)
    end = until.replace(tzinfo=until.tzinfo or zone) if until else datetime.now(UTC)
    start = since.replace(tzinfo=since.tzinfo or zone) if since else end - timedelta(days=7)
    if start >= end:
        raise ValueError(f"--since {start.isoformat()} is not before --until {end.isoformat()}")
    return start, end


async def load_stats(settings: Settings, since: datetime, until: datetime) -> DeskStats:
    """Read the period's records and compute the figures."""
    async with open_records(settings) as records:
        data = await records.insights.desk_data(since, until)
        return compute_stats(data, await records.categories(), settings.timezone)


def stats(since: Since = None, until: Until = None,
          as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
          env_file: EnvFile = None, database: Database = None) -> None:
    """Messages, deflection, automation, response and resolution times, satisfaction, weak FAQ entries."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")
    start, end = period(settings, since, until)
    figures = run(lambda: load_stats(settings, start, end))
    typer.echo(json.dumps(stats_as_dict(figures), ensure_ascii=False, indent=2) if as_json else format_stats(figures))


def format_stats(s: DeskStats) -> str:
    """The figures as a plain-text page for the terminal."""
    lines = [
        f"{s.since:%Y-%m-%d %H:%M} .. {s.until:%Y-%m-%d %H:%M} ({s.timezone})",
        f"messages            {s.messages}",
        f"conversations       {s.conversations}",
        f"answered by the bot {s.answered_by_bot}   suggested {s.suggested}",
        f"escalated           {s.escalated}   resolved {s.resolved}",
        f"deflection rate     {_pct(s.deflection_rate)}   (answered by the bot, no human needed)",
        f"automation rate     {_pct(s.automation_rate)}   (never escalated)",
        f"resolution rate     {_pct(s.resolution_rate)}   (escalated tickets resolved)",
        f"first response      {_spread(s.first_response)}",
        f"resolution time     {_spread(s.resolution)}",
        f"satisfaction        {_satisfaction(s.satisfaction)}",
        f"busiest hours       {', '.join(f'{h:02d}:00' for h in s.busiest_hours) or '-'}",
        "top categories      " + (", ".join(f"{c} {n}" for c, n in s.top_categories[:5]) or "-"),
    ]
    if s.by_moderator:
        lines.append("per moderator")
        lines += [f"  {m.name:16s} claimed {m.claimed:3d}  resolved {m.resolved:3d}  first response "
                  f"{_spread(m.first_response)}  resolution {_spread(m.resolution)}  {_satisfaction(m.satisfaction)}"
                  for m in s.by_moderator]
    if s.satisfaction_by_category:
        lines.append("satisfaction per category")
        lines += [f"  {c:16s} {_satisfaction(r)}" for c, r in s.satisfaction_by_category.items()]
    weak = [e for e in s.entries if e.not_helpful]
    if weak:
        lines.append('"did not help" per FAQ entry')
        lines += [f"  {e.entry_id:28s} {e.not_helpful:3d} of {e.shown:3d} ({e.not_helpful_rate:.0%})"
                  for e in weak[:10]]
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _spread(s: Spread) -> str:
    if not s.count or s.median is None or s.p90 is None:
        return "-"
    return f"median {s.median:.1f} min, p90 {s.p90:.1f} min (n={s.count})"


def _satisfaction(s: Satisfaction) -> str:
    if s.mean is None:
        return "no ratings"
    spread = " ".join(f"{k}★{v}" for k, v in s.distribution.items())
    return f"{s.mean:.2f}/5 from {s.count} ({spread})"


def demo_data(days: Annotated[int, typer.Option(help="How many days back")] = 7,
              conversations: Annotated[int, typer.Option(help="How many conversations")] = 300,
              seed: Annotated[int, typer.Option(help="Random seed (same seed, same week)")] = 7,
              env_file: EnvFile = None, database: Database = None) -> None:
    """Simulate a week of users and moderators through the real desk (platform "demo"), for stats and reports."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")

    async def body() -> DemoSummary:
        clock = SimClock(datetime.now(UTC))
        async with open_desk(settings, clock=clock) as desk_app:
            return await simulate(desk_app.desk, clock, days=days, conversations=conversations, seed=seed)

    done = run(body)
    typer.echo(f"simulated {done.conversations} conversations, {done.messages} messages, {done.escalated} escalated, "
               f"{done.resolved} resolved, {done.rated} rated, into {settings.resolved_database_url}")
    typer.echo("try: supportbot stats, supportbot gaps, supportbot report --out report.html")
