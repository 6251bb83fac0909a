"""How much a message reads like the scams people have labelled: a logistic regression over its embedding.

The rules (``messages``) name what a scam does: a look-alike link, "DM me", a seed request. They miss a
kind of scam they have no words for, and each new corpus has brought new kinds (romance "investment"
platforms, fees to unlock a withdrawal, fake security updates). The multilingual model the desk already
loads places a message near the scams it resembles whatever its words, so a linear model over its vector,
fitted on every labelled group message of ``bench/guard_*`` (``bench/guard_train.py``), catches part of
what the rules miss: a message the rules let through is a scam when its probability reaches ``threshold``
(a warning or a question about a scam is excused as for the rules). It also checks the rules: a message they
flag whose probability is below ``veto`` reads like the chat, warnings and questions of the corpora, and the
rules' words matched by accident (a user asking whether a quoted link is official, a story about a "signal
teacher"), so it is let through. A second model, fitted on the same corpora to tell the messages *about* a scam
(warnings, a quoted DM asked about, a victim's story) from the scams, widens that check: a flagged message that
reads like a report and only a little like a scam is let through too. All were chosen by leaving each corpus
out in turn; ``bench/README.md`` has the figures.

The fit is plain numpy (Newton's method on the L2-penalised, class-balanced log loss), so the bot needs no
learning library; the weights ship as ``data/likeness.json`` with the name of the model they belong to,
and are not used with another model.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

SHIPPED = Path(__file__).parent / "data" / "likeness.json"
REASON = "resembles_scam"
# Short chatter ("gm", "lol same", "谢谢") says too little to resemble anything.
MIN_CHARS = 12


@dataclass(frozen=True)
class Report:
    """Whether a message is about a scam (warns, asks about one it got, tells how it happened) rather than one:
    a logistic model over the same vectors, trusted from ``threshold`` and only for a message whose scam
    likeness is below ``ceiling`` (one that reads very like a scam is not excused by its warning tone: fake
    "security alerts" warn too)."""

    weights: np.ndarray
    bias: float
    threshold: float = 0.8
    ceiling: float = 0.2

    def probability(self, vector: np.ndarray) -> float:
        return _sigmoid(float(vector @ self.weights) + self.bias)


@dataclass(frozen=True)
class ScamLikeness:
    """A fitted model: weights and bias over unit vectors of ``model``; ``threshold`` and ``veto`` on the
    probability (a scam at or above the first; below the second, a rule's hit is not trusted); ``report``,
    when fitted, also doubts a hit on a message that reads like a report of a scam."""

    weights: np.ndarray
    bias: float
    threshold: float
    model: str
    veto: float = 0.0
    report: Report | None = None

    def probability(self, vector: np.ndarray) -> float:
        """The probability that a message with this (unit) vector is a scam."""
        return _sigmoid(float(vector @ self.weights) + self.bias)

    def resembles(self, vector: np.ndarray) -> bool:
        return self.probability(vector) >= self.threshold

    def doubts(self, vector: np.ndarray) -> bool:
        """Whether a message the rules flag reads so little like a scam, or so much like a report of one, that
        the flag is not trusted."""
        p = self.probability(vector)
        if p < self.veto:
            return True
        report = self.report
        return report is not None and p < report.ceiling and report.probability(vector) >= report.threshold

    @staticmethod
    def worth_judging(text: str) -> bool:
        """Whether a message is long enough for its resemblance to mean something."""
        return len("".join(text.split())) >= MIN_CHARS

    @classmethod
    def fit(cls, vectors: np.ndarray, scam: np.ndarray, *, c: float, threshold: float, model: str,
            veto: float = 0.0) -> ScamLikeness:
        """Fit on unit ``vectors`` labelled ``scam`` (booleans); ``c`` is the inverse L2 penalty, as in
        scikit-learn's ``LogisticRegression(C=c, class_weight="balanced")``."""
        weights, bias = fit_logistic(vectors, scam, c=c)
        return cls(weights, bias, threshold, model, veto)

    def with_report(self, report: Report | None) -> ScamLikeness:
        return replace(self, report=report)

    def save(self, path: Path) -> None:
        data: dict[str, object] = {"model": self.model, "threshold": self.threshold, "veto": self.veto,
                                   "bias": self.bias, "weights": _rounded(self.weights)}
        if self.report is not None:
            data["report"] = {"threshold": self.report.threshold, "ceiling": self.report.ceiling,
                              "bias": self.report.bias, "weights": _rounded(self.report.weights)}
        path.write_text(json.dumps(data) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = SHIPPED) -> ScamLikeness | None:
        """The fitted model at ``path``; None (and a warning) when it is missing or broken."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            raw = data.get("report")
            report = None if raw is None else Report(
                np.asarray(raw["weights"], dtype=np.float32), float(raw["bias"]), float(raw["threshold"]),
                float(raw["ceiling"]))
            return cls(np.asarray(data["weights"], dtype=np.float32), float(data["bias"]),
                       float(data["threshold"]), str(data["model"]), float(data.get("veto", 0.0)), report)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("guard: no scam likeness model at %s (%s); the rules judge alone", path, exc)
            return None


def fit_logistic(vectors: np.ndarray, labels: np.ndarray, *, c: float,
                 iterations: int = 50) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-penalised, class-balanced logistic regression (Newton's method) of
    ``labels`` (booleans) on unit ``vectors``; ``c`` is the inverse penalty."""
    x = np.hstack([vectors.astype(np.float64), np.ones((len(vectors), 1))])
    y = labels.astype(np.float64)
    positives = max(1.0, y.sum())
    negatives = max(1.0, len(y) - y.sum())
    weight = np.where(y > 0, len(y) / (2 * positives), len(y) / (2 * negatives))  # classes weigh the same
    penalty = np.full(x.shape[1], 1.0 / c)
    penalty[-1] = 0.0  # the bias is not shrunk
    w = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (weight * (p - y)) + penalty * w
        hessian = (x * (weight * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1].astype(np.float32), float(w[-1])


def _sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-z)))


def _rounded(weights: np.ndarray) -> list[float]:
    return [round(float(v), 6) for v in weights]


def for_model(model: str, path: Path = SHIPPED) -> ScamLikeness | None:
    """The shipped likeness model when it was fitted on vectors of ``model``, else None."""
    likeness = ScamLikeness.load(path)
    # The model itself, not how it runs: its ONNX int8 graph gives the fp32 vectors to about 0.999 cosine.
    if likeness is not None and likeness.model.split("@")[0] != model.split("@")[0]:
        log.info("guard: the scam likeness model was fitted for %s, not %s; the rules judge alone",
                 likeness.model, model)
        return None
    return likeness
