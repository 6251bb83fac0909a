"""Fit the guard's scam likeness model on the labelled corpora, and measure it by leaving each corpus out.

    python bench/guard_train.py [--c 8] [--threshold 0.85] [--veto 0.05] [--report-threshold 0.8] [--ceiling 0.2]
                                [--grid] [--save]

Every corpus in ``FITTED`` is encoded once by the desk's model (normalized like a user message).
For each corpus in turn the model is fitted on the others and the corpus is judged by the rules alone and by
the rules plus the model (``core.guard.judge``): the figures of a corpus the model never saw. ``--grid``
prints, for each penalty and threshold, the false alarms and recall the model adds over held-out corpora
(how the shipped setting was chosen: no added false alarm, the most recall), then the same for the report
model (messages about a scam, told from the scams). ``--save`` fits both on every corpus and writes
``core/guard/data/likeness.json``. Staff-written lines are left out of the fit (their "DM me" is
allowed because of who writes it, not what it says).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bots.bootstrap import load_embedder  # noqa: E402
from core.guard.identity import OfficialIdentity  # noqa: E402
from core.guard.judge import judge_message  # noqa: E402
from core.guard.likeness import SHIPPED, Report, ScamLikeness, fit_logistic  # noqa: E402
from core.settings import Settings  # noqa: E402
from core.understanding.text import normalize  # noqa: E402

# The corpora the shipped weights were fitted on, named so that a new corpus stays blind until it is measured
# (``bench/guard.py --corpus``) and then joins the fit here.
FITTED = ("guard_corpus", "guard_heldout", "guard_third", "guard_fourth", "guard_fifth", "guard_sixth",
          "guard_seventh", "guard_eighth", "guard_ninth", "guard_tenth", "guard_eleventh", "guard_twelfth",
          "guard_thirteenth")
CORPORA = [ROOT / "bench" / name for name in FITTED]
# The harmless messages that are *about* a scam, by the kind their writers gave them (each corpus names kinds in
# its own words): warnings, quoted scams asked about, victims' stories, reports, safety questions.
ABOUT_A_SCAM = re.compile(r"warn|quot|story|report|debunk|safety|victim|verify_question|poisoning|"
                          r"recovery_question|private_key_question|official_link_question|approval_question|revoke")


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


def judged(rows: list[dict[str, Any]], p: np.ndarray, threshold: float | None, veto: float = 0.0,
           report: np.ndarray | None = None, report_threshold: float = 0.8, ceiling: float = 0.2) -> np.ndarray:
    """The verdicts (scam or not) of ``core.guard.judge`` itself: the rules alone (``threshold`` None), or the
    rules weighed by the model at ``threshold`` and ``veto`` (and the report model's probabilities ``report``,
    if given). Each row's held-out probabilities are handed to it as a two-dimensional model: the vector is
    their logits, the scam model reads the first, the report model the second."""
    doubts = None if report is None else Report(np.array([0, 1], np.float32), 0.0, report_threshold, ceiling)
    likeness = None if threshold is None else ScamLikeness(np.array([1, 0], np.float32), 0.0, threshold,
                                                           "held-out", veto, doubts)
    second = np.zeros(len(rows)) if report is None else report
    logits = np.stack([_logit(p), _logit(second)], axis=1).astype(np.float32)

    async def verdicts() -> list[bool]:
        out = []
        for row, vector in zip(rows, logits, strict=True):

            async def encode(_: str, vector: np.ndarray = vector) -> np.ndarray:
                return vector

            verdict = await judge_message(row["text"], row["identity"], author=row.get("author", ""),
                                          author_is_staff=bool(row["author_is_staff"]), likeness=likeness,
                                          encode=encode)
            out.append(verdict.scam)
        return out

    return np.array(asyncio.run(verdicts()))


def _logit(p: np.ndarray) -> np.ndarray:
    return np.log(np.clip(p, 1e-9, 1 - 1e-9) / np.clip(1 - p, 1e-9, 1.0))


def labels(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which rows the models learn from (not staff), which are scams, and which are about a scam."""
    fit = np.array([not r["author_is_staff"] for r in rows])
    scam = np.array([r["label"] == "scam" for r in rows])
    about = np.array([r["label"] == "ok" and ABOUT_A_SCAM.search(r.get("kind") or "") is not None for r in rows])
    return fit, scam, about


def held_out(rows: list[dict[str, Any]], x: np.ndarray, c: float, report_c: float) -> tuple[np.ndarray, np.ndarray]:
    """Each row's scam and report probabilities from models fitted on the other corpora."""
    corpus = np.array([r["corpus"] for r in rows])
    fit, scam, about = labels(rows)
    p, q = np.zeros(len(rows)), np.zeros(len(rows))
    for name in sorted(set(corpus)):
        test, train = corpus == name, (corpus != name) & fit
        w, b = fit_logistic(x[train], scam[train], c=c)
        p[test] = 1 / (1 + np.exp(-(x[test] @ w + b)))
        sub = train & (scam | about)  # reports against the scams they could be taken for
        w, b = fit_logistic(x[sub], about[sub], c=report_c)
        q[test] = 1 / (1 + np.exp(-(x[test] @ w + b)))
    return p, q


def figures(pred: np.ndarray, scam: np.ndarray) -> str:
    tp, fp, fn = int((pred & scam).sum()), int((pred & ~scam).sum()), int((~pred & scam).sum())
    return f"precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, tp + fn):.3f} (false alarms {fp}, missed {fn})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--c", type=float, default=8.0)
    parser.add_argument("--threshold", type=float, default=0.85)
    parser.add_argument("--veto", type=float, default=0.05, help="below it, the model overrules a rule's hit")
    parser.add_argument("--report-c", type=float, default=8.0)
    parser.add_argument("--report-threshold", type=float, default=0.8,
                        help="from it, a message that reads like a report of a scam is doubted (0 turns it off)")
    parser.add_argument("--ceiling", type=float, default=0.2, help="... if its scam likeness is below this")
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--save", action="store_true")
    args = parser.parse_args()
    rows, x, model = load()
    fit, scam, about = labels(rows)
    corpus = np.array([r["corpus"] for r in rows])
    names = sorted(set(corpus))
    truth = np.concatenate([scam[corpus == name] for name in names])

    def pooled(p: np.ndarray, q: np.ndarray | None, threshold: float, veto: float, report_threshold: float,
               ceiling: float) -> str:
        verdicts = [judged([r for r, k in zip(rows, corpus == name, strict=True) if k], p[corpus == name],
                           threshold, veto, None if q is None else q[corpus == name], report_threshold, ceiling)
                    for name in names]
        return figures(np.concatenate(verdicts), truth)

    if args.grid:
        for c in (1.0, 2.0, 4.0, 8.0):
            p, _ = held_out(rows, x, c, args.report_c)
            for t in (0.7, 0.75, 0.8, 0.85, 0.9):
                alone = (p >= t) & fit
                print(f"C={c:<4} t={t:<5} model alone, held out: recall {(alone & scam).sum() / scam.sum():.3f}, "
                      f"false alarms {(alone & ~scam).sum()} of {(~scam).sum()}")
            for v in (0.0, 0.02, 0.03, 0.05, 0.08, 0.1):
                print(f"C={c:<4} veto {v:<5} rules + model at {args.threshold}, held out: "
                      f"{pooled(p, None, args.threshold, v, 1.0, 0.0)}")
        p, q = held_out(rows, x, args.c, args.report_c)
        for rt in (0.5, 0.7, 0.8, 0.9):
            for ceiling in (0.1, 0.2, 0.3, 0.5, 1.0):
                print(f"report from {rt:<4} below likeness {ceiling:<4} (veto {args.veto}), held out: "
                      f"{pooled(p, q, args.threshold, args.veto, rt, ceiling)}")
    p, q = held_out(rows, x, args.c, args.report_c)
    print(f"each corpus judged by models fitted on the others (C={args.c}, threshold {args.threshold}, "
          f"veto {args.veto}, report from {args.report_threshold} below likeness {args.ceiling}):")
    for name in names:
        m = corpus == name
        part = [r for r, keep in zip(rows, m, strict=True) if keep]
        print(f"  {name:14s} rules alone: {figures(judged(part, p[m], None), scam[m])}")
        print(f"  {'':14s} with model:  {figures(judged(part, p[m], args.threshold, args.veto), scam[m])}")
        both = judged(part, p[m], args.threshold, args.veto, q[m], args.report_threshold, args.ceiling)
        print(f"  {'':14s} and report:  {figures(both, scam[m])}")
    if args.save:
        likeness = ScamLikeness.fit(x[fit], scam[fit], c=args.c, threshold=args.threshold, model=model,
                                    veto=args.veto)
        sub = fit & (scam | about)
        w, b = fit_logistic(x[sub], about[sub], c=args.report_c)
        report = Report(w, b, args.report_threshold, args.ceiling) if args.report_threshold > 0 else None
        likeness.with_report(report).save(SHIPPED)
        print(f"saved {SHIPPED.relative_to(ROOT)} ({fit.sum()} messages, {about[sub].sum()} about a scam, "
              f"model {model})")


if __name__ == "__main__":
    main()
