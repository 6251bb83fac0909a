"""`supportbot guard check`: judge messages and display names offline, one JSON line in, one out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from bots.cli.common import load_settings
from core.guard.identity import OfficialIdentity
from core.guard.messages import check_message
from core.guard.names import impersonates

app = typer.Typer(help="The community guard: scam messages and impersonators.", no_args_is_help=True)

Many = Annotated[list[str] | None, typer.Option()]


@app.command()
def check(file: Annotated[Path | None, typer.Option("--file", help="JSON lines (default: stdin)")] = None,
          as_json: Annotated[bool, typer.Option("--json", help="JSON lines (the only output format)")] = True,
          brand: Many = None, official_domain: Many = None, official_bot: Many = None, staff_name: Many = None,
          allowed_domain: Many = None) -> None:
    """Read `{"text", "author", "platform"}` or `{"name", "platform"}` per line; print one verdict per line.

    A message gets `{"verdict": "scam" | "ok", "reasons": [...]}`, a name `{"impersonates": NAME | null}`.
    The identity flags add to the settings (SUPPORTBOT_GUARD_*). Nothing is fetched.
    """
    guard = load_settings(None).guard
    identity = OfficialIdentity(
        brands=(*guard.brands, *(brand or [])), official_domains=(*guard.official_domains, *(official_domain or [])),
        official_bots=(*guard.official_bots, *(official_bot or [])),
        staff_names=(*guard.staff_names, *(staff_name or [])),
        allowed_domains=(*guard.allowed_domains, *(allowed_domain or [])))
    source: TextIO = file.open(encoding="utf-8") if file else sys.stdin
    failed = False
    with source:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                typer.echo(json.dumps(judge(json.loads(line), identity), ensure_ascii=False))
            except (ValueError, TypeError) as exc:
                # One bad line gets its own answer in its place, so the output stays aligned with the input.
                typer.echo(json.dumps({"error": f"line {number}: {exc}"}, ensure_ascii=False))
                failed = True
    if failed:
        raise typer.Exit(code=1)


def judge(item: Any, identity: OfficialIdentity) -> dict[str, Any]:
    """The verdict for one input object."""
    if not isinstance(item, dict):
        raise TypeError("expected a JSON object")
    if isinstance(item.get("text"), str):
        verdict = check_message(item["text"], identity, author=str(item.get("author") or ""),
                                author_is_staff=bool(item.get("author_is_staff")))
        return {"verdict": "scam" if verdict.scam else "ok", "reasons": list(verdict.reasons)}
    if isinstance(item.get("name"), str):
        return {"impersonates": impersonates(item["name"], identity)}
    raise ValueError('expected "text" (a message) or "name" (a display name)')
