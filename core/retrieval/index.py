"""Embedding retrieval over FAQ entries.

Each entry is scored by its best question and best answer (cosine), IDF-weighted lexical evidence,
and a classifier fitted on the FAQ's own texts that tells neighbouring entries apart.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import numpy as np

from core.models import FaqEntry
from core.ports import Embedder, VectorCache
from core.retrieval.batching import MicroBatcher
from core.retrieval.discriminative import EntryClassifier
from core.retrieval.homophones import HomophoneSpeller
from core.retrieval.lexical import LexicalIndex
from core.retrieval.query_cache import QueryCache
from core.understanding.text import normalize, split_sentences

log = logging.getLogger(__name__)

# Questions are short and phrased like user messages, so they are encoded with the query
# prompt (symmetric similarity); answers are passages and get the document prompt.
QUERY, DOCUMENT = "q", "d"
_CONTENDERS = 5


def text_key(kind: str, text: str) -> str:
    """Return the cache key of a text encoded as ``kind``."""
    return hashlib.sha256(f"{kind}\0{text}".encode()).hexdigest()


@dataclass(frozen=True)
class Candidate:
    """An entry and how well it matches a message."""

    entry: FaqEntry
    score: float
    question_score: float
    answer_score: float
    lexical_score: float = 0.0
    classifier_score: float = 0.0


class VectorStore:
    """Vectors by text, from memory, then the database cache, encoding only what neither has."""

    def __init__(self, embedder: Embedder, cache: VectorCache | None, *, max_batch: int = 16,
                 batch_wait: float = 0.002, recent_messages: int = 0) -> None:
        self._embedder = embedder
        self._cache = cache
        self._memory: dict[str, np.ndarray] = {}
        self.encoded = 0  # texts actually run through the model, for tests and benchmarks
        self.messages = MicroBatcher(embedder.encode_queries, max_batch=max_batch, wait=batch_wait)
        self.recent = QueryCache(recent_messages)

    @property
    def model(self) -> str:
        return self._embedder.name

    async def encode_message(self, text: str) -> np.ndarray:
        """Encode one user message (batched with concurrent ones); a recent repeat costs no encode."""
        return await self.recent.get(text, self.messages.encode)

    async def fitted(self, keys: Sequence[str], fit: Callable[[], Awaitable[np.ndarray]]) -> np.ndarray:
        """Return the rows stored under ``keys``, or compute them with ``fit`` and store them.

        For what is derived from vectors but costs more to compute than to read back (the entry
        classifier's weights at 5,000 entries), so a restart does not redo it.
        """
        if self._cache is not None and keys:
            found = await self._cache.get_many(self._embedder.name, keys)
            if len(found) == len(keys):
                return np.stack([found[k] for k in keys])
        rows = await fit()
        if self._cache is not None and keys:
            await self._cache.put_many(self._embedder.name, dict(zip(keys, rows, strict=True)))
        return rows

    async def vectors(self, kind: str, texts: Sequence[str]) -> np.ndarray:
        """Return one vector per text, encoding the missing ones in a single batch."""
        keys = [text_key(kind, t) for t in texts]
        missing = [k for k in dict.fromkeys(keys) if k not in self._memory]
        if missing and self._cache is not None:
            self._memory.update(await self._cache.get_many(self._embedder.name, missing))
        todo = {k: t for k, t in zip(keys, texts, strict=True) if k not in self._memory}
        if todo:
            encode = self._embedder.encode_queries if kind == QUERY else self._embedder.encode_documents
            fresh = await asyncio.to_thread(encode, list(todo.values()))
            new = dict(zip(todo.keys(), np.asarray(fresh, dtype=np.float32), strict=True))
            self._memory.update(new)
            self.encoded += len(new)
            if self._cache is not None:
                await self._cache.put_many(self._embedder.name, new)
            log.info("encoded %d new %s texts", len(new), "question" if kind == QUERY else "answer")
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([self._memory[k] for k in keys])


@dataclass(frozen=True)
class EntryTexts:
    """What one entry is indexed by, normalized: questions (query prompt), answers and answer sentences."""

    questions: list[str]
    answers: list[str]
    sentences: list[str]  # only the entry classifier's training examples

    @classmethod
    def of(cls, entry: FaqEntry) -> EntryTexts:
        """Return the texts of ``entry``."""
        answers = [normalize(a) for a in entry.answer.values()]
        # An answer covers several situations; each sentence is one more example of what the entry is about.
        return cls([normalize(q) for q in entry.questions], answers,
                   [part for a in answers for part in split_sentences(a)])


class FaqIndex:
    """The searchable form of the FAQ; rebuilt (cheaply, from cached vectors) on every change."""

    def __init__(self, store: VectorStore, question_weight: float = 0.5, lexical_weight: float = 0.0,
                 classifier_weight: float = 0.0, classifier_alpha: float = 1.0, homophones: bool = False) -> None:
        self._store = store
        self._homophones = homophones
        self._speller = HomophoneSpeller()
        self._weight = question_weight
        self._lexical_weight = lexical_weight
        self._classifier_weight = classifier_weight
        self._classifier_alpha = classifier_alpha
        self._lexical = LexicalIndex()
        self._classifier = EntryClassifier()
        self._entries: list[FaqEntry] = []
        self._q = np.zeros((0, 0), dtype=np.float32)
        self._q_owner = np.zeros(0, dtype=np.int64)
        self._a = np.zeros((0, 0), dtype=np.float32)
        self._a_owner = np.zeros(0, dtype=np.int64)
        self._lock = asyncio.Lock()

    @property
    def entries(self) -> list[FaqEntry]:
        """Return the indexed entries."""
        return list(self._entries)

    @property
    def model(self) -> str:
        """The name of the model that encodes messages (what vectors fitted elsewhere must come from)."""
        return self._store.model

    @property
    def encoded(self) -> int:
        """How many FAQ texts this index has run through the model (not found in a cache)."""
        return self._store.encoded

    def categories(self) -> dict[str, str]:
        """Return each indexed entry's category, by entry id."""
        return {e.id: e.category for e in self._entries}

    def get(self, entry_id: str) -> FaqEntry | None:
        """Return the indexed entry with this id, if any."""
        return next((e for e in self._entries if e.id == entry_id), None)

    async def rebuild(self, entries: Sequence[FaqEntry]) -> None:
        """Index ``entries``; only texts never seen before are encoded."""
        questions, q_owner, answers, a_owner, sentences, s_owner = [], [], [], [], [], []
        documents: list[list[str]] = []
        for number, entry in enumerate(entries):
            texts = EntryTexts.of(entry)
            documents.append(texts.questions + texts.answers)
            questions += texts.questions
            q_owner += [number] * len(texts.questions)
            answers += texts.answers
            a_owner += [number] * len(texts.answers)
            sentences += texts.sentences
            s_owner += [number] * len(texts.sentences)
        lexical = LexicalIndex(documents)
        speller = HomophoneSpeller()
        if self._homophones:  # jieba's segmentation of every FAQ text: off the event loop
            speller = await asyncio.to_thread(HomophoneSpeller, [t for d in documents for t in d])
        async with self._lock:
            q = await self._store.vectors(QUERY, questions)
            a = await self._store.vectors(DOCUMENT, answers)
            classifier = EntryClassifier()
            if self._classifier_weight and entries:
                classifier = await self._fit_classifier(
                    [(QUERY, questions, q), (DOCUMENT, answers, a), (DOCUMENT, sentences, None)],
                    q_owner + a_owner + s_owner, len(entries))
            # Swap everything at once so a concurrent search never sees half an index.
            self._entries, self._q, self._a, self._lexical = list(entries), q, a, lexical
            self._classifier = classifier
            self._speller = speller
            self._q_owner = np.asarray(q_owner, dtype=np.int64)
            self._a_owner = np.asarray(a_owner, dtype=np.int64)

    async def _fit_classifier(self, examples: list[tuple[str, list[str], np.ndarray | None]], owners: list[int],
                              count: int) -> EntryClassifier:
        """Fit the entry classifier on (kind, texts, vectors or None) groups, or read its weights back.

        A group's vectors may be None: they are fetched only if the weights must be fitted, so a restart
        with the weights cached does not read every answer sentence's vector.
        """
        labels = np.asarray(owners, dtype=np.int64)
        # The weights depend on every text and its entry; one cache key per entry's column.
        keys = [text_key(kind, t) for kind, texts, _ in examples for t in texts]
        digest = hashlib.sha256(repr((self._classifier_alpha, owners, keys)).encode()).hexdigest()

        async def fit() -> np.ndarray:
            groups = [v if v is not None else await self._store.vectors(kind, texts) for kind, texts, v in examples]
            vectors = np.vstack([v for v in groups if v.size])
            return await asyncio.to_thread(
                lambda: EntryClassifier.fit(vectors, labels, count, self._classifier_alpha).columns())

        columns = await self._store.fitted([text_key("classifier", f"{digest}:{i}") for i in range(count)], fit)
        return EntryClassifier.from_columns(columns)

    def respell(self, text: str) -> str:
        """``text`` with IME homophone typos of the FAQ's words put right ("密马" -> 密码), when enabled."""
        return self._speller.respell(text)

    async def encode_query(self, text: str) -> np.ndarray:
        """Return the vector of one user message."""
        return await self._store.encode_message(normalize(text))

    def search(self, query: np.ndarray, limit: int = 5, text: str | None = None) -> list[Candidate]:
        """Return the best ``limit`` entries for a query vector (and its normalized text), best first."""
        if not self._entries:
            return []
        count = len(self._entries)
        q_best = _segment_max(self._q @ query, self._q_owner, count)
        a_best = _segment_max(self._a @ query, self._a_owner, count)
        fused = self._weight * q_best + (1 - self._weight) * a_best
        learned = self._classifier.scores(query) if self._classifier.fitted else np.zeros(count, np.float32)
        fused = fused + self._classifier_weight * learned
        lexical = self._lexical.coverage(text) if text and self._lexical_weight else np.zeros(count, np.float32)
        if lexical.any():
            # Only lexical evidence that tells the dense contenders apart counts: a term every contender
            # shares ("transfer") must not lift a vague message over the answer threshold.
            contenders = np.argpartition(-fused, min(_CONTENDERS, count) - 1)[:_CONTENDERS]
            fused = fused + self._lexical_weight * (lexical - lexical[contenders].mean())
        order = np.argsort(-fused)[:limit]
        return [
            Candidate(self._entries[i], float(fused[i]), float(q_best[i]), float(a_best[i]), float(lexical[i]),
                      float(learned[i]))
            for i in order
        ]


def _segment_max(scores: np.ndarray, owner: np.ndarray, count: int) -> np.ndarray:
    best = np.full(count, -1.0, dtype=np.float32)
    np.maximum.at(best, owner, scores)
    return best
