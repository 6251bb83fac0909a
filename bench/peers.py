"""The desk against what other support bots do, on the same FAQ and queries in the same run.

Peers, each answering or abstaining (abstaining = "let me get a human"):
  keyword  the FAQ questions as trigger phrases: answer when one appears inside the message
           (normalized: NFKC, simplified Chinese, lower case, no punctuation), the longest
           match winning - the usual open-source support bot;
  bm25     Okapi BM25 over Chinese character bigrams + English words of each entry's
           questions, answering when the best score clears one threshold;
  embed    the bare embedding model: best cosine between the message and an entry's
           questions, one global threshold.
The BM25 and embedding thresholds are chosen on the same file to maximize accuracy - an
optimistic view of those peers; the desk runs with its shipped settings. Usage:
    python bench/peers.py --faq ../shared/eval/faq_a.yaml --queries ../shared/eval/dev_a.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import math
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from bots.bootstrap import build_desk
from core.insights.evaluation import LabeledQuery, QueryResult, load_queries, run_queries, score
from core.models import FaqEntry
from core.settings import Settings
from core.understanding.text import normalize

_PUNCT = re.compile(r"[^\w\s]|_")
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[a-z0-9]+")


def canonical(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", normalize(text).lower()).split())


def tokens(text: str) -> list[str]:
    """English words plus Chinese character bigrams (single characters for one-character runs)."""
    text = canonical(text)
    out = _WORD.findall(text)
    for run in re.findall(r"[\u3400-\u9fff]+", text):
        out += [run[i:i + 2] for i in range(len(run) - 1)] or [run]
    return out


class Bm25:
    """Okapi BM25 (k1 1.5, b 0.75) with one document per entry."""

    def __init__(self, documents: Sequence[list[str]], k1: float = 1.5, b: float = 0.75) -> None:
        self.docs = [Counter(d) for d in documents]
        self.lengths = [len(d) for d in documents]
        self.avg = sum(self.lengths) / len(self.lengths)
        frequency = Counter(term for d in self.docs for term in d)
        n = len(documents)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in frequency.items()}
        self.k1, self.b = k1, b

    def scores(self, query: list[str]) -> list[float]:
        out = []
        for doc, length in zip(self.docs, self.lengths, strict=True):
            total = 0.0
            for term in query:
                tf = doc.get(term, 0)
                if tf:
                    total += self.idf[term] * tf * (self.k1 + 1) / (
                        tf + self.k1 * (1 - self.b + self.b * length / self.avg))
            out.append(total)
        return out


Scorer = Callable[[str], list[tuple[str, float]]]


def keyword_peer(entries: Sequence[FaqEntry]) -> Scorer:
    triggers = [(e.id, canonical(q)) for e in entries for q in e.questions]

    def run(text: str) -> list[tuple[str, float]]:
        message = canonical(text)
        hits = sorted(((len(trigger), entry_id) for entry_id, trigger in triggers if trigger and trigger in message),
                      reverse=True)
        return [(entry_id, float(length)) for length, entry_id in hits[:1]]
    return run


def bm25_peer(entries: Sequence[FaqEntry]) -> Scorer:
    index = Bm25([tokens(" ".join(e.questions)) for e in entries])

    def run(text: str) -> list[tuple[str, float]]:
        ranked = sorted(zip(index.scores(tokens(text)), (e.id for e in entries), strict=True), reverse=True)
        return [(entry_id, value) for value, entry_id in ranked[:3]]
    return run


def results_for(queries: Sequence[LabeledQuery], ranked: Sequence[list[tuple[str, float]]],
                threshold: float) -> list[QueryResult]:
    out = []
    for query, candidates in zip(queries, ranked, strict=True):
        top = candidates[0] if candidates else None
        answered = top[0] if top is not None and top[1] >= threshold else None
        out.append(QueryResult(query, "answer" if answered else "escalate", answered, top[0] if top else None, (),
                               tuple(candidates), 0.0))
    return out


Ranked = Sequence[list[tuple[str, float]]]


def tuned(queries: Sequence[LabeledQuery], ranked: Ranked) -> tuple[float, list[QueryResult]]:
    """The threshold (among the observed top scores) with the best accuracy on this very file."""
    options = sorted({c[0][1] for c in ranked if c} | {math.inf})
    best: tuple[float, float, list[QueryResult]] | None = None
    for threshold in options:
        results = results_for(queries, ranked, threshold)
        accuracy = sum(r.correct for r in results) / len(results)
        if best is None or accuracy > best[0]:
            best = (accuracy, threshold, results)
    assert best is not None
    return best[1], best[2]


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--faq", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True)
    args = parser.parse_args()
    queries = load_queries(args.queries)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/peers.db", faq_file=args.faq)
        app = await build_desk(settings)
        try:
            desk = app.desk
            entries = desk.index.entries
            rows: dict[str, tuple[str, dict[str, object]]] = {}
            # Keyword bots answer on any match; there is no threshold to tune.
            keyword = keyword_peer(entries)
            matched = [keyword(q.text) for q in queries]
            rows["keyword substring"] = ("any match", score(results_for(queries, matched, 0)))
            bm25 = bm25_peer(entries)
            threshold, results = tuned(queries, [bm25(q.text) for q in queries])
            rows["BM25 bigrams+words"] = (f"score >= {threshold:.2f}", score(results))
            ranked = []
            for q in queries:
                candidates = desk.index.search(await desk.index.encode_query(q.text), limit=3)
                candidates.sort(key=lambda c: -c.question_score)
                ranked.append([(c.entry.id, c.question_score) for c in candidates])
            threshold, results = tuned(queries, ranked)
            rows["bare embedding"] = (f"cosine >= {threshold:.3f}", score(results))
            rows["supportbot desk"] = ("shipped settings", score(await run_queries(desk, queries)))
        finally:
            await app.close()
    print(f"{args.faq.name} + {args.queries.name}: {len(queries)} queries "
          f"({sum(q.expected is None for q in queries)} out of scope)\n")
    print(f"| {'method':22s} | {'rule':18s} | accuracy | wrong_answer_rate | helpful |")
    print(f"|{'-' * 24}|{'-' * 20}|---------:|------------------:|--------:|")
    for name, (rule, m) in rows.items():
        print(f"| {name:22s} | {rule:18s} | {m['accuracy']:8.3f} | {m['wrong_answer_rate']:17.3f} "
              f"| {m['helpful']:7.3f} |")


if __name__ == "__main__":
    asyncio.run(main())
