"""FAQ gap mining: cluster what users asked when the FAQ failed them, with the same embeddings.

Samples are the questions that ended with a human (escalations) and the ones whose answer
the user said did not help. Requests for a person, complaints and smalltalk carry no topic and
are dropped. Average-linkage clustering on cosine similarity keeps clusters tight (no chaining);
each cluster is shown with the entry nearest its centre, which tells a missing topic (far
from every entry) from a weak entry (near one, yet it failed).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.decision.intents import COMPLAINT, HUMAN, IntentClassifier
from core.insights.stats import BOT_ANSWER, BOT_PICK, NOT_HELPFUL, DeskData
from core.retrieval.index import FaqIndex
from core.settings import DecisionSettings
from core.tickets.privacy import ERASED

ESCALATED, UNHELPFUL = "escalated", "not_helpful"


@dataclass(frozen=True)
class GapSample:
    """One question the FAQ did not settle."""

    ticket_id: int
    text: str
    kind: str  # ESCALATED or UNHELPFUL


@dataclass(frozen=True)
class Gap:
    """A cluster of similar unsettled questions: a candidate new entry, or a weak existing one."""

    number: int
    samples: tuple[GapSample, ...]
    nearest_entry: str | None
    nearest_score: float
    weak_entry: bool  # the nearest entry scores like an answer: it exists but did not help

    @property
    def size(self) -> int:
        """How many questions the cluster holds."""
        return len(self.samples)

    @property
    def examples(self) -> list[str]:
        """Distinct question texts, most frequent first."""
        return [text for text, _ in Counter(s.text for s in self.samples).most_common()]


def gap_samples(data: DeskData) -> list[GapSample]:
    """The question behind each escalation, and each question whose answer did not help."""
    lines_by_ticket: dict[int, list[tuple[object, str]]] = {}
    for line in data.lines:
        if line.text != ERASED:  # a forgotten user's or an expired transcript's words are not questions any more
            lines_by_ticket.setdefault(line.ticket_id, []).append((line.at, line.text))
    samples: list[GapSample] = []
    unhelpful = {e.ticket_id: e for e in data.events if e.kind == NOT_HELPFUL}
    answered = {e.ticket_id for e in data.events if e.kind in (BOT_ANSWER, BOT_PICK)}
    for ticket in data.tickets:
        lines = lines_by_ticket.get(ticket.id, [])
        if ticket.id in unhelpful:
            # strictly before: the words sent with the request for a person are not the failed question
            before = [text for at, text in lines if at < unhelpful[ticket.id].at]  # type: ignore[operator]
            if before:
                samples.append(GapSample(ticket.id, before[-1], UNHELPFUL))
        elif ticket.escalated_at is not None and ticket.id not in answered:
            before = [text for at, text in lines if at <= ticket.escalated_at]  # type: ignore[operator]
            samples += [GapSample(ticket.id, text, ESCALATED) for text in before[-2:]]
    return samples


async def mine_gaps(samples: Sequence[GapSample], index: FaqIndex, intents: IntentClassifier,
                    decision: DecisionSettings, *, similarity: float = 0.6, min_size: int = 2) -> list[Gap]:
    """Cluster the topical samples; return clusters of at least ``min_size``, largest first."""
    kept: list[GapSample] = []
    vectors: list[np.ndarray] = []
    # All at once, so the micro-batcher encodes them in batches rather than one model call each.
    encoded = await asyncio.gather(*(index.encode_query(sample.text) for sample in samples))
    for sample, vector in zip(samples, encoded, strict=True):
        intent = intents.classify(vector)
        if intent is not None and intent.score >= decision.intent_threshold and (
                intent.name in (HUMAN, COMPLAINT) or intent.is_smalltalk):
            continue  # "转人工", "terrible service", "hi": no topic to write an entry about
        kept.append(sample)
        vectors.append(vector)
    if not kept:
        return []
    groups = average_linkage(np.stack(vectors), similarity)
    gaps: list[Gap] = []
    for members in sorted(groups, key=lambda g: (-len(g), g[0])):
        if len(members) < min_size:
            continue
        centre = np.mean([vectors[i] for i in members], axis=0)
        centre = centre / max(float(np.linalg.norm(centre)), 1e-12)
        best = index.search(centre, limit=1)
        nearest = best[0] if best else None
        gaps.append(Gap(
            number=len(gaps) + 1, samples=tuple(kept[i] for i in members),
            nearest_entry=nearest.entry.id if nearest else None,
            nearest_score=nearest.score if nearest else 0.0,
            weak_entry=nearest is not None and nearest.score >= decision.answer_threshold,
        ))
    return gaps


def average_linkage(vectors: np.ndarray, similarity: float) -> list[list[int]]:
    """Merge clusters while the mean pairwise cosine of the closest two stays >= ``similarity``."""
    count = len(vectors)
    sums = (vectors @ vectors.T).astype(np.float64)  # sum of pairwise similarities between clusters
    sizes = np.ones(count)
    members: list[list[int] | None] = [[i] for i in range(count)]
    alive = np.ones(count, dtype=bool)
    while alive.sum() > 1:
        mean = sums / np.outer(sizes, sizes)
        mean[~alive, :] = -np.inf
        mean[:, ~alive] = -np.inf
        np.fill_diagonal(mean, -np.inf)
        a, b = np.unravel_index(int(np.argmax(mean)), mean.shape)
        if mean[a, b] < similarity:
            break
        sums[a, :] += sums[b, :]
        sums[:, a] += sums[:, b]
        sizes[a] += sizes[b]
        alive[b] = False
        members[a] = [*(members[a] or []), *(members[b] or [])]
        members[b] = None
    return [sorted(m) for m in members if m is not None]
