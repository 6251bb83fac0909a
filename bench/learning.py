"""Learning from the desk: replay half of each labelled set as traffic, accept what it taught, score the other half.

    python bench/learning.py --faq ../shared/eval/faq_a.yaml \
        --queries ../shared/eval/messy_dev_a.jsonl --queries ../shared/eval/dev_a.jsonl

Each set is shuffled with a fixed seed and cut in two halves. Direction A->B replays half A of every set
through a desk on a temporary SQLite file (`SupportDesk.handle_message`, one user per message) and
simulates the users: when the desk answers the labelled entry the user confirms (`mark_solved`), when
the labelled entry is among its suggestions the user picks it (`choose`); otherwise, and for
out-of-scope messages, nothing. An admin then accepts every candidate (`faq_accept_all`, entry by
entry), and half B of every set is scored before and after, with the desk's own decision code. B->A
swaps the halves. No message of the scored half is ever replayed, and nothing is tuned on it.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from bots.bootstrap import build_desk
from core.desk import Inbound, SupportDesk
from core.insights.evaluation import LabeledQuery, load_queries, run_queries, score
from core.models import Actor
from core.settings import Settings

ADMIN = Actor("bench", "admin", "bench", is_admin=True)
SHOWN = ("top1", "accuracy", "wrong_answer_rate", "helpful")


def halves(queries: list[LabeledQuery], seed: int) -> tuple[list[LabeledQuery], list[LabeledQuery]]:
    order = list(range(len(queries)))
    random.Random(seed).shuffle(order)
    cut = len(order) // 2
    return [queries[i] for i in order[:cut]], [queries[i] for i in order[cut:]]


async def replay(desk: SupportDesk, traffic: list[LabeledQuery]) -> Counter[str]:
    """Send each message as its own user and act as that user would; count what happened."""
    seen: Counter[str] = Counter()
    for number, query in enumerate(traffic):
        msg = Inbound("bench", f"u{number}", query.text)
        outcome = await desk.handle_message(msg)
        if query.expected is None:
            continue
        if outcome.entry is not None and outcome.entry.id == query.expected:
            await desk.mark_solved(Inbound("bench", f"u{number}", ""))
            seen["confirmed"] += 1
        elif query.expected in {e.id for e in outcome.suggestions}:
            await desk.choose(Inbound("bench", f"u{number}", ""), query.expected)
            seen["picked"] += 1
        else:
            seen["no signal"] += 1
    return seen


async def accept_all(desk: SupportDesk, sources: set[str]) -> Counter[str]:
    """Accept every candidate from ``sources`` (the admin who trusts the traffic); reject the others."""
    candidates = await desk.faq_candidates(ADMIN, limit=100_000)
    for candidate in candidates:
        if candidate.source not in sources:
            await desk.faq_reject(candidate.id, ADMIN)
    for entry_id in sorted({c.entry_id for c in candidates if c.source in sources}):
        await desk.faq_accept_all(entry_id, ADMIN)
    return Counter(c.source for c in candidates if c.source in sources)


async def direction(settings: Settings, cache_url: str, sets: dict[str, tuple[list[LabeledQuery],
                    list[LabeledQuery]]], tmp: Path, name: str, sources: set[str], flips: bool) -> dict[str, Any]:
    db = tmp / f"{name}.db"
    app = await build_desk(settings.model_copy(update={"database_url": f"sqlite:///{db}"}),
                           vector_cache_url=cache_url)
    try:
        desk = app.desk
        before = {label: await run_queries(desk, held) for label, (_, held) in sets.items()}
        seen = await replay(desk, [q for traffic, _ in sets.values() for q in traffic])
        accepted = await accept_all(desk, sources)
        after = {label: await run_queries(desk, held) for label, (_, held) in sets.items()}
    finally:
        await app.close()
    if flips:
        for label in sets:
            for old, new in zip(before[label], after[label], strict=True):
                if old.answered != new.answered:
                    what = "fixed" if new.correct else "BROKE" if old.correct else "other"
                    print(f"  {label}: {what} {old.query.text[:90]!r} "
                          f"expected={old.query.expected} {old.answered} -> {new.answered} ({new.decision})")
    return {"before": {k: score(v) for k, v in before.items()}, "after": {k: score(v) for k, v in after.items()},
            "seen": seen, "sources": accepted}


def table(name: str, result: dict[str, Any]) -> None:
    seen, sources = result["seen"], result["sources"]
    print(f"\n{name}: traffic {sum(seen.values())} labelled in-scope messages "
          f"({seen['confirmed']} confirmed, {seen['picked']} picked, {seen['no signal']} no signal); "
          f"accepted {sum(sources.values())} phrasings ({dict(sources)})")
    print(f"{'scored half':28s} " + "  ".join(f"{k:>22s}" for k in SHOWN))
    for label, before in result["before"].items():
        after = result["after"][label]
        cells = [f"{before[k]:.3f} -> {after[k]:.3f} ({after[k] - before[k]:+.3f})" for k in SHOWN]
        print(f"{label + ' (n=' + str(before['n']) + ')':28s} " + "  ".join(f"{c:>22s}" for c in cells))


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--faq", type=Path, required=True)
    parser.add_argument("--queries", type=Path, action="append", required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sources", default="pick,confirm", help="Which candidates the admin accepts")
    parser.add_argument("--flips", action="store_true", help="List the scored messages that changed")
    args = parser.parse_args()
    base = Settings()
    settings = base.model_copy(update={"faq_file": args.faq})
    split = {path.stem: halves(load_queries(path), args.seed) for path in args.queries}
    sizes = ", ".join(f"{k} {len(a)}/{len(b)}" for k, (a, b) in split.items())
    print(f"seed {args.seed}; accepting {args.sources}; halves: {sizes}")
    with tempfile.TemporaryDirectory(prefix="supportbot-learning-") as tmp:
        for name, sets in (("A->B", split), ("B->A", {k: (b, a) for k, (a, b) in split.items()})):
            table(f"learn from {name[0]}, score {name[-1]}",
                  await direction(settings, base.resolved_database_url, sets, Path(tmp), name.replace(">", ""),
                                  set(args.sources.split(",")), args.flips))


if __name__ == "__main__":
    asyncio.run(main())
