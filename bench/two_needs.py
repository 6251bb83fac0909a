"""Messages with two needs: is the clearer one answered and the other offered beside it?

    python bench/two_needs.py --faq ../shared/eval/faq_a.yaml [--queries bench/two_needs.jsonl] [--errors]

The set (``two_needs.jsonl``: text, entries, kind "two" or "one", lang) was written for this from the FAQ
alone. For a two-need line: both needs reached (one answered and the other offered, or both among the
suggestions), one reached, or none. For a one-need line (long, with other topics' words in passing): how
often something else is offered beside a right answer (a spurious offer), and how the line is decided.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from collections import Counter
from pathlib import Path

from bots.bootstrap import build_desk
from core.decision.decide import Decision, DecisionKind
from core.settings import Settings

HERE = Path(__file__).parent


def also_of(decision: Decision) -> str | None:
    return getattr(decision, "also", None)  # (the script also measures code from before the offer)


def reached(decision: Decision) -> set[str]:
    """The entries the user can reach from the reply: the answer, what is offered beside it, the suggestions."""
    if decision.kind == DecisionKind.ANSWER:
        return {e for e in (decision.entry_id, also_of(decision)) if e}
    return set(decision.suggestions)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--faq", type=Path, required=True)
    parser.add_argument("--queries", type=Path, default=HERE / "two_needs.jsonl")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.queries.read_text(encoding="utf-8").splitlines() if line.strip()]
    base = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        settings = base.model_copy(update={"database_url": f"sqlite:///{tmp}/s.db", "faq_file": args.faq})
        app = await build_desk(settings, vector_cache_url=base.resolved_database_url)
        try:
            decisions = [(await app.desk.assess(str(row["text"]))).decision for row in rows]
        finally:
            await app.close()
    two: Counter[str] = Counter()
    one: Counter[str] = Counter()
    errors = []
    for row, decision in zip(rows, decisions, strict=True):
        wanted, got, also = set(row["entries"]), reached(decision), also_of(decision)
        said = (f"{decision.kind.value} {decision.entry_id} also={also} {list(decision.suggestions)}: "
                f"{row['text'][:90]!r}")
        if row["kind"] == "two":
            both = len(wanted & got) == 2
            two["both" if both else "one" if wanted & got else "none"] += 1
            two["offered beside an answer"] += also is not None
            two["wrong offer"] += also is not None and also not in wanted
            if not both:
                errors.append(f"  two {sorted(wanted)} -> {said}")
        else:
            one[decision.kind.value] += 1
            one["right answer"] += decision.answered_entry in wanted
            one["spurious offer"] += also is not None and also not in wanted
            if also is not None and also not in wanted:
                errors.append(f"  one {sorted(wanted)} -> {said}")
    n_two, n_one = sum(1 for r in rows if r["kind"] == "two"), sum(1 for r in rows if r["kind"] == "one")
    print(f"two needs ({n_two}): " + ", ".join(f"{k} {v}" for k, v in two.items()))
    print(f"one need ({n_one}): " + ", ".join(f"{k} {v}" for k, v in one.items()))
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    asyncio.run(main())
