"""`supportbot guard check`: judge messages and display names offline, one JSON line in, one out."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Annotated, Any, TextIO

import numpy as np
import typer

from bots.cli.common import load_settings
from core.guard.identity import OfficialIdentity
from core.guard.judge import Encode, judge_message
from core.guard.likeness import ScamLikeness, for_model
from core.guard.names import impersonates
from core.settings import Settings
from core.understanding.text import normalize

app = typer.Typer(help="The community guard: scam messages and impersonators.", no_args_is_help=True)

Many = Annotated[list[str] | None, typer.Option()]


@app.command()
def check(file: Annotated[Path | None, typer.Option("--file", help="JSON lines (default: stdin)")] = None,
          as_json: Annotated[bool, typer.Option("--json", help="JSON lines (the only output format)")] = True,
          brand: Many = None, official_domain: Many = None, official_bot: Many = None, staff_name: Many = None,
          allowed_domain: Many = None,
          rules_only: Annotated[bool, typer.Option("--rules-only", help="Judge by the rules alone, without "
                                                   "loading the model")] = False) -> None:
    """Read `{"text", "author", "platform"}` or `{"name", "platform"}` per line; print one verdict per line.

    A message gets `{"verdict": "scam" | "ok", "reasons": [...]}`, a name `{"impersonates": NAME | null}`.
    The identity flags add to the settings (SUPPORTBOT_GUARD_*). Messages the rules let through are also
    judged by their likeness to labelled scams, with the desk's model (loaded from disk; nothing is fetched).
    """
    settings = load_settings(None)
    guard = settings.guard
    identity = OfficialIdentity(
        brands=(*guard.brands, *(brand or [])), official_domains=(*guard.official_domains, *(official_domain or [])),
        official_bots=(*guard.official_bots, *(official_bot or [])),
        staff_names=(*guard.staff_names, *(staff_name or [])),
        allowed_domains=(*guard.allowed_domains, *(allowed_domain or [])))
    source: TextIO = file.open(encoding="utf-8") if file else sys.stdin
    with source:
        lines = [(number, line) for number, line in enumerate(source, start=1) if line.strip()]
    items: list[Any] = []
    for number, line in lines:
        try:
            items.append(json.loads(line))
        except ValueError as exc:
            items.append(ValueError(f"line {number}: {exc}"))
    likeness, encode = (None, None) if rules_only or not guard.likeness else likeness_for(settings, items)
    failed = False
    for (number, _), item in zip(lines, items, strict=True):
        try:
            if isinstance(item, ValueError):
                raise item
            typer.echo(json.dumps(asyncio.run(judge(item, identity, likeness, encode)), ensure_ascii=False))
        except (ValueError, TypeError) as exc:
            # One bad line gets its own answer in its place, so the output stays aligned with the input.
            message = str(exc) if str(exc).startswith("line ") else f"line {number}: {exc}"
            typer.echo(json.dumps({"error": message}, ensure_ascii=False))
            failed = True
    if failed:
        raise typer.Exit(code=1)


def likeness_for(settings: Settings, items: list[Any]) -> tuple[ScamLikeness | None, Encode | None]:
    """The likeness model and the vectors of every message, encoded at once; (None, None) without the model."""
    from bots.bootstrap import load_embedder
    from core.retrieval.embedding import ModelNotAvailable

    texts = sorted({normalize(i["text"]) for i in items if isinstance(i, dict) and isinstance(i.get("text"), str)})
    if not texts:  # names only: no model to load
        return None, None
    try:
        embedder = load_embedder(settings)
    except ModelNotAvailable as exc:
        typer.secho(f"the model is not available ({exc}): judging by the rules alone", err=True, fg="yellow")
        return None, None
    likeness = for_model(embedder.name)
    if likeness is None:
        return None, None
    vectors = dict(zip(texts, embedder.encode_queries(texts), strict=True))

    async def encode(text: str) -> np.ndarray:
        return vectors[normalize(text)]

    return likeness, encode


async def judge(item: Any, identity: OfficialIdentity, likeness: ScamLikeness | None = None,
                encode: Encode | None = None) -> dict[str, Any]:
    """The verdict for one input object."""
    if not isinstance(item, dict):
        raise TypeError("expected a JSON object")
    if isinstance(item.get("text"), str):
        files = [str(name) for name in item.get("files") or []]
        verdict = await judge_message(item["text"], identity, author=str(item.get("author") or ""),
                                      author_is_staff=bool(item.get("author_is_staff")), files=files,
                                      likeness=likeness, encode=encode)
        return {"verdict": "scam" if verdict.scam else "ok", "reasons": list(verdict.reasons)}
    if isinstance(item.get("name"), str):
        return {"impersonates": impersonates(item["name"], identity)}
    raise ValueError('expected "text" (a message) or "name" (a display name)')
