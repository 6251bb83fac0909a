"""`supportbot eval`: score retrieval decisions on a labeled file, in a fresh temporary database."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from bots.cli.common import load_settings, open_desk, run, setup_logging
from core.insights.evaluation import QueryResult, load_queries, run_queries, score


def eval_command(
    faq_file: Annotated[Path, typer.Option("--faq", help="FAQ YAML to load", exists=True, dir_okay=False)],
    queries_file: Annotated[Path, typer.Option("--queries", help="JSONL of {text, expected, lang}", exists=True,
                                               dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object on the last line")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List every miss")] = False,
    env_file: Annotated[Path | None, typer.Option("--env-file")] = None,
) -> None:
    """Run every query through the bots' decision code and print the metrics."""
    base = load_settings(env_file)
    setup_logging("WARNING")

    async def body() -> None:
        queries = load_queries(queries_file)
        with tempfile.TemporaryDirectory(prefix="supportbot-eval-") as tmp:
            # FAQ and tickets live in a throwaway database; vectors come from the usual cache,
            # keyed by model and text hash, so repeated runs do not re-encode the FAQ.
            settings = base.model_copy(update={"database_url": f"sqlite:///{Path(tmp) / 'eval.db'}",
                                               "faq_file": faq_file})
            async with open_desk(settings, vector_cache_url=base.resolved_database_url) as desk_app:
                results = await run_queries(desk_app.desk, queries)
        metrics = score(results)
        if errors:
            _print_errors(results)
        if as_json:
            typer.echo(json.dumps(metrics, ensure_ascii=False))
        else:
            for key, value in metrics.items():
                typer.echo(f"{key:18s} {value}")

    run(body)


def _print_errors(results: list[QueryResult]) -> None:
    misses = [r for r in results if not r.correct]
    typer.echo(f"{len(misses)} misses:")
    for r in misses:
        top = ", ".join(f"{i} {s:.3f}" for i, s in r.candidates[:3])
        typer.echo(f"- {r.query.text!r} expected={r.query.expected} decision={r.decision} "
                   f"answered={r.answered} suggestions={list(r.suggestions)} top=[{top}]")
