"""Fit the guard's scam likeness model on the labelled corpora, and measure it by leaving each corpus out.

    python bench/guard_train.py [--c 4] [--threshold 0.8] [--veto 0] [--grid] [--save]

Every corpus in ``FITTED`` is encoded once by the desk's model (normalized like a user message).
For each corpus in turn the model is fitted on the others and the corpus is judged by the rules alone and by
the rules plus the model (``core.guard.judge``): the figures of a corpus the model never saw. ``--grid``
prints, for each penalty and threshold, the false alarms and recall the model adds over held-out corpora
(how the shipped setting was chosen: no added false alarm, the most recall). ``--save`` fits on every corpus
and writes ``core/guard/data/likeness.json``. Staff-written lines are left out of the fit (their "DM me" is
allowed because of who writes it, not what it says).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bots.bootstrap import load_embedder  # noqa: E402
from core.guard.identity import OfficialIdentity  # noqa: E402
from core.guard.judge import judge_message  # noqa: E402
from core.guard.likeness import SHIPPED, ScamLikeness  # noqa: E402
from core.settings import Settings  # noqa: E402
from core.understanding.text import normalize  # noqa: E402

# The corpora the shipped weights were fitted on, named so that a new corpus stays blind until it is measured
# (``bench/guard.py --corpus``) and then joins the fit here.
FITTED = ("guard_corpus", "guard_heldout", "guard_third", "guard_fourth", "guard_fifth", "guard_sixth",
          "guard_seventh")
CORPORA = [ROOT / "bench" / name for name in FITTED]


def identity_of(folder: Path) -> OfficialIdentity:
    raw = json.loads((folder / "identity.json").read_text(encoding="utf-8"))
    return OfficialIdentity(brands=tuple(raw["brands"]), official_domains=tuple(raw["official_domains"]),
                            official_bots=tuple(raw["official_bots"]), staff_names=tuple(raw["staff_names"]),
                            allowed_domains=tuple(raw.get("allowed_domains", ())))


def load() -> tuple[list[dict[str, Any]], np.ndarray, str]:
    rows = []
    for folder in CORPORA:
        identity = identity_of(folder)
        for line in (folder / "messages.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row.update(corpus=folder.name, identity=identity)
                rows.append(row)
    embedder = load_embedder(Settings(_env_file=None))  # type: ignore[call-arg]
    vectors = embedder.encode_queries([normalize(r["text"]) for r in rows])
    return rows, vectors, embedder.name


def judged(rows: list[dict[str, Any]], p: np.ndarray, threshold: float | None, veto: float = 0.0) -> np.ndarray:
    """The verdicts (scam or not) of ``core.guard.judge`` itself: the rules alone (``threshold`` None), or the
    rules weighed by the model at ``threshold`` and ``veto``. Each row's held-out probability is handed to it
    as a one-dimensional model: the vector is the probability's logit, the weight 1."""
    likeness = None if threshold is None else ScamLikeness(np.ones(1, np.float32), 0.0, threshold, "held-out", veto)
    logits = np.log(np.clip(p, 1e-9, 1 - 1e-9) / np.clip(1 - p, 1e-9, 1.0)).astype(np.float32)

    async def verdicts() -> list[bool]:
        out = []
        for row, logit in zip(rows, logits, strict=True):
            vector = np.array([logit], np.float32)

            async def encode(_: str, vector: np.ndarray = vector) -> np.ndarray:
                return vector

            verdict = await judge_message(row["text"], row["identity"], author=row.get("author", ""),
                                          author_is_staff=bool(row["author_is_staff"]), likeness=likeness,
                                          encode=encode)
            out.append(verdict.scam)
        return out

    return np.array(asyncio.run(verdicts()))


def held_out(rows: list[dict[str, Any]], x: np.ndarray, c: float, model: str) -> np.ndarray:
    """Each row's probability from a model fitted on the other corpora."""
    corpus = np.array([r["corpus"] for r in rows])
    fit_rows = np.array([not r["author_is_staff"] for r in rows])
    scam = np.array([r["label"] == "scam" for r in rows])
    p = np.zeros(len(rows))
    for name in sorted(set(corpus)):
        train = (corpus != name) & fit_rows
        likeness = ScamLikeness.fit(x[train], scam[train], c=c, threshold=0.5, model=model)
        p[corpus == name] = 1 / (1 + np.exp(-(x[corpus == name] @ likeness.weights + likeness.bias)))
    return p


def figures(pred: np.ndarray, scam: np.ndarray) -> str:
    tp, fp, fn = int((pred & scam).sum()), int((pred & ~scam).sum()), int((~pred & scam).sum())
    return f"precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, tp + fn):.3f} (false alarms {fp}, missed {fn})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--c", type=float, default=4.0)
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--veto", type=float, default=0.0, help="below it, the model overrules a rule's hit")
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--save", action="store_true")
    args = parser.parse_args()
    rows, x, model = load()
    scam = np.array([r["label"] == "scam" for r in rows])
    corpus = np.array([r["corpus"] for r in rows])
    if args.grid:
        for c in (1.0, 2.0, 4.0, 8.0):
            p = held_out(rows, x, c, model)
            for t in (0.7, 0.75, 0.8, 0.85, 0.9):
                alone = (p >= t) & np.array([not r["author_is_staff"] for r in rows])
                print(f"C={c:<4} t={t:<5} model alone, held out: recall {(alone & scam).sum() / scam.sum():.3f}, "
                      f"false alarms {(alone & ~scam).sum()} of {(~scam).sum()}")
            for v in (0.0, 0.02, 0.03, 0.05, 0.08, 0.1):
                with_veto = np.concatenate([judged([r for r, k in zip(rows, corpus == name, strict=True) if k],
                                                   p[corpus == name], args.threshold, v)
                                            for name in sorted(set(corpus))])
                truth = np.concatenate([scam[corpus == name] for name in sorted(set(corpus))])
                print(f"C={c:<4} veto {v:<5} rules + model at {args.threshold}, held out: {figures(with_veto, truth)}")
    p = held_out(rows, x, args.c, model)
    print(f"each corpus judged by a model fitted on the others (C={args.c}, threshold {args.threshold}, "
          f"veto {args.veto}):")
    for name in sorted(set(corpus)):
        m = corpus == name
        part = [r for r, keep in zip(rows, m, strict=True) if keep]
        print(f"  {name:14s} rules alone: {figures(judged(part, p[m], None), scam[m])}")
        print(f"  {'':14s} with model:  {figures(judged(part, p[m], args.threshold, args.veto), scam[m])}")
    if args.save:
        fit = np.array([not r["author_is_staff"] for r in rows])
        likeness = ScamLikeness.fit(x[fit], scam[fit], c=args.c, threshold=args.threshold, model=model,
                                    veto=args.veto)
        likeness.save(SHIPPED)
        print(f"saved {SHIPPED.relative_to(ROOT)} ({fit.sum()} messages, model {model})")


if __name__ == "__main__":
    main()
