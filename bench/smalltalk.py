"""Small-talk precision: of the messages the desk answers as small talk, how many really were small talk.

A casual request ("can u help", "在吗 有个问题", "hello? anyone") must reach the user's problem, not get a
"You're welcome!". The labelled set (`bench/smalltalk_requests.jsonl`: text, smalltalk true/false, lang) was
written for this, without looking at the evaluation files. Usage:
    python bench/smalltalk.py --faq ../shared/eval/faq_a.yaml [--queries bench/smalltalk_requests.jsonl]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from collections import Counter
from pathlib import Path

from bots.bootstrap import build_desk
from core.settings import Settings

HERE = Path(__file__).parent
SMALLTALK = "smalltalk"


def load(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def report(rows: list[dict[str, object]], kinds: list[str]) -> dict[str, object]:
    """The figures: precision of the small-talk decision, requests swallowed, small talk kept."""
    said = [(row, kind) for row, kind in zip(rows, kinds, strict=True) if kind == SMALLTALK]
    true_smalltalk = sum(1 for row in rows if row["smalltalk"])
    return {
        "n": len(rows),
        "smalltalk_labelled": true_smalltalk,
        "answered_as_smalltalk": len(said),
        "smalltalk_precision": round(sum(1 for row, _ in said if row["smalltalk"]) / len(said), 4) if said else None,
        "requests_swallowed": [str(row["text"]) for row, _ in said if not row["smalltalk"]],
        "smalltalk_kept": round(sum(1 for row, _ in said if row["smalltalk"]) / true_smalltalk, 4)
        if true_smalltalk else None,
        "smalltalk_lost": [f"{row['text']} -> {kind}" for row, kind in zip(rows, kinds, strict=True)
                           if row["smalltalk"] and kind != SMALLTALK],
        "requests_answered": [f"{row['text']} -> {kind}" for row, kind in zip(rows, kinds, strict=True)
                              if not row["smalltalk"] and kind in ("answer", "suggest")],
        "requests_by_decision": dict(Counter(k for row, k in zip(rows, kinds, strict=True) if not row["smalltalk"])),
    }


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--faq", type=Path, required=True)
    parser.add_argument("--queries", type=Path, default=HERE / "smalltalk_requests.jsonl")
    args = parser.parse_args()
    rows = load(args.queries)
    base = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        settings = base.model_copy(update={"database_url": f"sqlite:///{tmp}/s.db", "faq_file": args.faq})
        app = await build_desk(settings, vector_cache_url=base.resolved_database_url)
        try:
            kinds = [(await app.desk.assess(str(row["text"]))).decision.kind.value for row in rows]
        finally:
            await app.close()
    print(json.dumps(report(rows, kinds), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    asyncio.run(main())
