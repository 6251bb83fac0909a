"""`supportbot stats`: what the desk did over a period, from the stored records (no model needed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer

from bots.bootstrap import open_records
from bots.cli.common import cli_actor, load_settings, open_desk, run, setup_logging
from bots.demo import DemoSummary, SimClock, simulate
from bots.report import render_report
from core.insights.gaps import ESCALATED, UNHELPFUL, Gap, gap_samples, mine_gaps
from core.insights.stats import DeskStats, Satisfaction, Spread, compute_stats
from core.insights.summary import stats_as_dict
from core.settings import Settings
from faq.commands import validated

EnvFile = Annotated[Path | None, typer.Option("--env-file", help="Settings file")]
Database = Annotated[str | None, typer.Option("--database", help="SQLAlchemy URL")]
Since = Annotated[datetime | None, typer.Option(help="Start (date or date-time, desk time zone); default 7 days ago")]
Until = Annotated[datetime | None, typer.Option(help="End, exclusive; default now")]


def period(settings: Settings, since: datetime | None, until: datetime | None) -> tuple[datetime, datetime]:
    """Resolve the command-line period (naive times are in the desk's time zone); exit 2 if it is empty."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(settings.timezone)
    end = until.replace(tzinfo=until.tzinfo or zone) if until else datetime.now(UTC)
    start = since.replace(tzinfo=since.tzinfo or zone) if since else end - timedelta(days=7)
    if start >= end:
        typer.secho(f"--since {start.isoformat()} is not before --until {end.isoformat()}", err=True, fg="red")
        raise typer.Exit(code=2)
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


def gaps(since: Since = None, until: Until = None,
         similarity: Annotated[float, typer.Option(help="Mean cosine that holds a cluster together")] = 0.6,
         min_size: Annotated[int, typer.Option(help="Smallest cluster listed")] = 2,
         promote: Annotated[int | None, typer.Option(help="Turn this cluster into a new FAQ entry")] = None,
         entry_id: Annotated[str | None, typer.Option("--id", help="Id of the new entry (with --promote)")] = None,
         category: Annotated[str, typer.Option(help="Category of the new entry")] = "other",
         answer_en: Annotated[str | None, typer.Option(help="English answer of the new entry")] = None,
         answer_zh: Annotated[str | None, typer.Option(help="Chinese answer of the new entry")] = None,
         as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
         env_file: EnvFile = None, database: Database = None) -> None:
    """Cluster escalated and "did not help" questions into candidate new (or weak) FAQ entries."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")
    start, end = period(settings, since, until)
    if promote is not None and not (entry_id and (answer_en or answer_zh)):
        typer.secho("--promote needs --id and at least one of --answer-en / --answer-zh", err=True, fg="red")
        raise typer.Exit(code=2)

    async def body() -> list[Gap]:
        async with open_desk(settings) as desk_app:
            desk = desk_app.desk
            samples = gap_samples(await desk.insights.desk_data(start, end))
            found = await mine_gaps(samples, desk.index, desk.intents, settings.decision, similarity=similarity,
                                    min_size=min_size)
            if promote is not None:
                gap = next((g for g in found if g.number == promote), None)
                if gap is None:
                    raise ValueError(f"no cluster {promote}; `supportbot gaps` lists {len(found)}")
                answer = {k: v for k, v in (("en", answer_en), ("zh", answer_zh)) if v}
                entry = validated({"id": entry_id, "category": category, "questions": gap.examples[:8],
                                   "answer": answer}, "--promote")
                version = await desk.faq_add(entry, cli_actor())
                typer.echo(f"cluster {gap.number} is now FAQ entry {entry.id} (version {version.version}) with "
                           f"{len(entry.questions)} questions")
            return found

    found = run(body)
    if promote is not None:
        return
    if as_json:
        typer.echo(json.dumps([gap_as_dict(g) for g in found], ensure_ascii=False, indent=2))
        return
    typer.echo(f"{len(found)} clusters from {start:%Y-%m-%d} to {end:%Y-%m-%d}")
    for gap in found:
        kind = f"weak entry {gap.nearest_entry}" if gap.weak_entry else "new topic"
        typer.echo(f"\n#{gap.number}  {gap.size} questions  {kind} (nearest {gap.nearest_entry or '-'} "
                   f"{gap.nearest_score:.2f})")
        for text in gap.examples[:5]:
            typer.echo(f"   - {text}")
    if found:
        typer.echo("\nturn one into an entry: supportbot gaps --promote N --id NEW-ID --answer-en ... --answer-zh ...")


def gap_as_dict(gap: Gap) -> dict[str, object]:
    """A cluster as JSON-ready values."""
    return {"number": gap.number, "size": gap.size, "examples": gap.examples[:10],
            "nearest_entry": gap.nearest_entry, "nearest_score": round(gap.nearest_score, 4),
            "weak_entry": gap.weak_entry,
            "kinds": {k: sum(1 for s in gap.samples if s.kind == k) for k in (ESCALATED, UNHELPFUL)}}


def report(out: Annotated[Path, typer.Option("--out", help="Where the HTML page goes")] = Path("report.html"),
           since: Since = None, until: Until = None,
           env_file: EnvFile = None, database: Database = None) -> None:
    """Write one self-contained HTML page: volume, deflection trend, response times, satisfaction, top gaps."""
    settings = load_settings(env_file, database)
    setup_logging("WARNING")
    start, end = period(settings, since, until)

    async def body() -> str:
        # One desk, one read of the period: the figures and the gaps come from the same records.
        async with open_desk(settings) as desk_app:
            desk = desk_app.desk
            data = await desk.insights.desk_data(start, end)
            figures = compute_stats(data, desk.index.categories(), settings.timezone)
            found = await mine_gaps(gap_samples(data), desk.index, desk.intents, settings.decision)
        return render_report(figures, found)

    page = run(body)
    out.write_text(page, encoding="utf-8")
    typer.echo(f"report written to {out} ({len(page) // 1024} KB)")
