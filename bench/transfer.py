"""Do the shipped settings carry over to an FAQ they were not tuned on?

The thresholds are tuned on faq_a + dev_a. This runs the same desk code on three sets:
  A  faq_a + dev_a (the tuning set);
  B  the shipped FAQ (faq/default.yaml, written separately, 40 entries, other wording) asked the
     dev_a messages whose topic it has (bench/transfer_map.yaml), plus the out-of-scope
     questions of the demo week (staking, NFTs, hardware wallets, selling for cash), which sit
     close to its topics - the hardest kind of "no answer";
  B- B without those near-topic questions (we wrote them, so B alone could flatter our own choice)
for the shipped settings and for the points it was chosen against. Usage:
    python bench/transfer.py --faq ../shared/eval/faq_a.yaml --queries ../shared/eval/dev_a.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path
from typing import Any

import yaml

from bots.bootstrap import build_desk, load_embedder
from bots.demo import GAPS
from core.insights.evaluation import LabeledQuery, load_queries, run_queries, score
from core.ports import Embedder
from core.settings import Settings
from core.understanding.text import detect_language
from faq.loader import default_faq_path

POINTS: dict[str, dict[str, Any]] = {
    "shipped": {},
    "no classifier (previous release)": {"classifier_weight": 0.0, "answer_threshold": 0.47, "answer_margin": 0.04},
    "classifier, best on dev_a alone": {"answer_threshold": 0.56, "answer_margin": 0.0},
}


def second_set(dev: list[LabeledQuery]) -> tuple[list[LabeledQuery], list[LabeledQuery]]:
    """Return the dev messages labelled for the shipped FAQ, and the near-topic questions it has no entry for."""
    raw = yaml.safe_load((Path(__file__).parent / "transfer_map.yaml").read_text(encoding="utf-8"))
    mapping, by_message = raw["entries"], raw["messages"]
    mapped = [LabeledQuery(q.text, by_message.get(q.text) or (mapping[q.expected] if q.expected else None), q.lang)
              for q in dev if q.expected is None or q.expected in mapping]
    gaps = [LabeledQuery(t, None, detect_language(t)) for texts in GAPS.values() for t in texts]
    return mapped, gaps


async def measure(settings: Settings, embedder: Embedder, faq: Path,
                  queries: list[LabeledQuery]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        run = settings.model_copy(update={"database_url": f"sqlite:///{tmp}/t.db", "faq_file": faq})
        app = await build_desk(run, embedder=embedder, vector_cache_url=settings.resolved_database_url)
        try:
            return score(await run_queries(app.desk, queries))
        finally:
            await app.close()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--faq", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True)
    args = parser.parse_args()
    base = Settings()
    dev = load_queries(args.queries)
    # B- leaves out the near-topic questions we wrote, so a figure is not only about our own sentences.
    mapped, near_topic = second_set(dev)
    sets = {"A": (args.faq, dev), "B": (default_faq_path(), mapped + near_topic), "B-": (default_faq_path(), mapped)}
    print(f"A: {args.faq.name}, {len(dev)} messages; B: {default_faq_path().name}, {len(sets['B'][1])} messages "
          f"({sum(q.expected is None for q in sets['B'][1])} out of scope); B-: B without the near-topic "
          f"questions, {len(sets['B-'][1])} messages\n")
    print(f"{'settings':34s} {'set':3s} {'accuracy':>8s} {'wrong':>7s} {'helpful':>7s} {'abstain_oos':>11s}")
    embedder = load_embedder(base)  # once: every point and set reuses it
    for name, update in POINTS.items():
        settings = base.model_copy(update={"decision": base.decision.model_copy(update=update)})
        for label, (faq, queries) in sets.items():
            m = await measure(settings, embedder, faq, queries)
            print(f"{name:34s} {label:3s} {m['accuracy']:8.3f} {m['wrong_answer_rate']:7.3f} {m['helpful']:7.3f} "
                  f"{m['abstain_oos']:11.3f}", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
