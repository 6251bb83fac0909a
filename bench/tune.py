"""Grid-search the decision settings on a labeled file, with a by-entry cross-validation.

Encodes every query once, then replays `core.decision.decide` under each setting, so
a sweep takes seconds. Usage:
    python bench/tune.py --faq ../shared/eval/faq_a.yaml --queries ../shared/eval/dev_a.jsonl

`--shape` rewrites the FAQ first (one question per entry, answers in one language only) to see
whether the shipped thresholds still hold on an FAQ written differently; settings come from the
environment as in the bot (e.g. SUPPORTBOT_DECISION_CLASSIFIER_WEIGHT=0 for the ablation).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import itertools
import random
import tempfile
from pathlib import Path

from bots.bootstrap import build_desk
from core.decision.decide import decide
from core.insights.evaluation import load_queries
from core.models import FaqEntry
from core.settings import DecisionSettings, Settings
from core.understanding.text import normalize
from faq.loader import dump_faq, load_faq

SHAPES = ("as-is", "one-question", "zh-answers", "en-answers")


def reshaped(entry: FaqEntry, shape: str) -> FaqEntry:
    if shape == "one-question":
        return dataclasses.replace(entry, questions=entry.questions[:1])
    if shape in ("zh-answers", "en-answers"):
        lang = shape[:2]
        return dataclasses.replace(entry, answer={lang: entry.answer_in(lang)})
    return entry

GRID = {
    "answer_threshold": [0.46, 0.48, 0.50, 0.52, 0.54, 0.55, 0.56, 0.57, 0.58, 0.60, 0.62],
    "answer_margin": [0.0, 0.01, 0.02, 0.03, 0.04, 0.06],
    "suggest_threshold": [0.34, 0.36, 0.38, 0.40],
    "intent_threshold": [0.55, 0.6, 0.65],
    "intent_lead": [0.0, 0.05, 0.1],
}


def metrics(rows, cfg: DecisionSettings) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    correct = wrong = 0
    for expected, candidates, intent in rows:
        answered = decide(candidates, intent, cfg).answered_entry
        correct += answered == expected
        wrong += answered is not None and answered != expected
    return correct / len(rows), wrong / len(rows)


def best(rows, base: DecisionSettings) -> tuple[DecisionSettings, float, float]:  # type: ignore[no-untyped-def]
    top = None
    for values in itertools.product(*GRID.values()):
        cfg = base.model_copy(update=dict(zip(GRID.keys(), values, strict=True)))
        acc, wrong = metrics(rows, cfg)
        objective = acc - 2 * wrong  # a wrong answer costs more than an honest escalation
        if top is None or objective > top[0]:
            top = (objective, cfg, acc, wrong)
    assert top is not None
    return top[1], top[2], top[3]


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--faq", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--shape", choices=SHAPES, default="as-is")
    args = parser.parse_args()
    base = Settings()
    queries = load_queries(args.queries)
    with tempfile.TemporaryDirectory() as tmp:
        faq = Path(tmp) / "faq.yaml"
        faq.write_text(dump_faq([reshaped(e, args.shape) for e in load_faq(args.faq)]), encoding="utf-8")
        settings = base.model_copy(update={"database_url": f"sqlite:///{tmp}/t.db", "faq_file": faq})
        app = await build_desk(settings, vector_cache_url=base.resolved_database_url)
        desk = app.desk
        rows = []
        for q in queries:
            text = normalize(q.text)
            vector = await desk.index.encode_query(text)
            rows.append((q.expected, desk.index.search(vector, text=text), desk.intents.classify(vector)))
        await app.close()
    current = base.decision
    acc, wrong = metrics(rows, current)
    print(f"current settings: acc {acc:.4f} wrong {wrong:.4f}")
    cfg, acc, wrong = best(rows, current)
    print(f"best on all: acc {acc:.4f} wrong {wrong:.4f}",
          {k: getattr(cfg, k) for k in GRID})
    # Cross-validation by entry: tune on queries of some entries (+ part of the nulls), test on the rest.
    entries = sorted({r[0] for r in rows if r[0]})
    random.Random(7).shuffle(entries)
    accs, wrongs = [], []
    for fold in range(args.folds):
        held = set(entries[fold :: args.folds])
        test = [r for i, r in enumerate(rows) if (r[0] in held) or (r[0] is None and i % args.folds == fold)]
        train = [r for r in rows if r not in test]
        cfg, _, _ = best(train, current)
        acc, wrong = metrics(test, cfg)
        accs.append(acc)
        wrongs.append(wrong)
    print(f"cross-validated by entry ({args.folds} folds): acc {sum(accs) / len(accs):.4f} "
          f"wrong {sum(wrongs) / len(wrongs):.4f}")


if __name__ == "__main__":
    asyncio.run(main())
