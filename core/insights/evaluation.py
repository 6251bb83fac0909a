"""Score the desk's decisions on a labeled JSONL file (text, expected entry id or null, lang, and an optional
reply_lang: the language a human agent would answer in)."""

from __future__ import annotations

import json
import statistics
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.desk import SupportDesk


@dataclass(frozen=True)
class LabeledQuery:
    """One line of an evaluation file."""

    text: str
    expected: str | None
    lang: str
    reply_lang: str | None = None


def load_queries(path: Path) -> list[LabeledQuery]:
    """Read a JSONL evaluation file; a bad line is an error naming its number."""
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            reply_lang = raw.get("reply_lang")
            queries.append(LabeledQuery(str(raw["text"]), raw.get("expected"), str(raw.get("lang", "?")),
                                        str(reply_lang) if reply_lang else None))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a query line ({exc})") from None
    if not queries:
        raise ValueError(f"{path}: no queries")
    return queries


@dataclass(frozen=True)
class QueryResult:
    """The desk's decision on one labeled query."""

    query: LabeledQuery
    decision: str
    answered: str | None
    top: str | None
    suggestions: tuple[str, ...]
    candidates: tuple[tuple[str, float], ...]
    ms: float
    lang: str = ""  # the language the desk replies in

    @property
    def correct(self) -> bool:
        """Tell whether the desk did the right thing: the expected answer, or no answer for null."""
        return self.answered == self.query.expected


async def run_queries(desk: SupportDesk, queries: Sequence[LabeledQuery]) -> list[QueryResult]:
    """Run every query through the same decision code the bots use."""
    results = []
    for query in queries:
        start = time.perf_counter()
        assessment = await desk.assess(query.text)
        ms = (time.perf_counter() - start) * 1000
        d = assessment.decision
        results.append(QueryResult(query, d.kind.value, d.answered_entry, d.candidates[0][0] if d.candidates else None,
                                   d.suggestions, d.candidates, ms, assessment.lang))
    return results


def score(results: Sequence[QueryResult]) -> dict[str, Any]:
    """Return the metrics of a run."""
    n = len(results)
    in_scope = [r for r in results if r.query.expected is not None]
    null = [r for r in results if r.query.expected is None]
    by_lang: dict[str, list[QueryResult]] = defaultdict(list)
    for r in results:
        by_lang[r.query.lang].append(r)
    wrong = sum(1 for r in results if r.answered is not None and r.answered != r.query.expected)
    suggested = sum(1 for r in in_scope if r.decision == "suggest" and r.query.expected in r.suggestions)
    times = sorted(r.ms for r in results)
    with_reply_lang = [r for r in results if r.query.reply_lang]
    return {
        "n": n,
        "in_scope": len(in_scope),
        "null": len(null),
        "top1": _share(sum(1 for r in in_scope if r.top == r.query.expected), len(in_scope)),
        "answered_correct": _share(sum(1 for r in in_scope if r.correct), len(in_scope)),
        "suggested_correct": _share(suggested, len(in_scope)),
        "abstain_oos": _share(sum(1 for r in null if r.answered is None), len(null)),
        "accuracy": _share(sum(1 for r in results if r.correct), n),
        "wrong_answer_rate": _share(wrong, n),
        "helpful": _share(sum(1 for r in results if r.correct) + suggested, n),
        # Only over queries that say which language a human would answer in (None when none do).
        "reply_language_accuracy": _share(sum(1 for r in with_reply_lang if r.lang == r.query.reply_lang),
                                          len(with_reply_lang)) if with_reply_lang else None,
        "per_lang": {lang: _share(sum(1 for r in rs if r.correct), len(rs)) for lang, rs in sorted(by_lang.items())},
        "decisions": dict(sorted(_count(r.decision for r in results).items())),
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2),
    }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _count(items: Any) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item] += 1
    return counts
