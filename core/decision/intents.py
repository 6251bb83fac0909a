"""Recognize messages that are not FAQ questions (smalltalk, help requests, asking for a human, complaints)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import numpy as np
import yaml

from core.retrieval.index import QUERY, VectorStore
from core.understanding.text import normalize

SMALLTALK = frozenset({"greeting", "thanks", "acknowledge", "goodbye", "bot_identity", "chitchat", "compliment"})
HUMAN = "human"
COMPLAINT = "complaint"
HELP_REQUEST = "help_request"  # "can u help", "在吗 有个问题": asked what the problem is, never small talk


@dataclass(frozen=True)
class IntentMatch:
    """The closest intent and its similarity."""

    name: str
    score: float

    @property
    def is_smalltalk(self) -> bool:
        """Tell whether this intent gets a polite reply and no ticket."""
        return self.name in SMALLTALK


def load_exemplars() -> dict[str, list[str]]:
    """Return the shipped exemplars by intent name."""
    text = resources.files("core.decision").joinpath("intents.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return {name: [str(x) for x in items] for name, items in data.items()}


class IntentClassifier:
    """Nearest-exemplar intent recognition with the FAQ's own embedding model."""

    def __init__(self, store: VectorStore, exemplars: dict[str, list[str]] | None = None) -> None:
        self._store = store
        self._exemplars = exemplars if exemplars is not None else load_exemplars()
        self._names: list[str] = []
        self._matrix = np.zeros((0, 0), dtype=np.float32)

    async def load(self) -> None:
        """Encode the exemplars (cached like FAQ texts)."""
        texts, names = [], []
        for name, items in self._exemplars.items():
            for item in items:
                texts.append(normalize(item))
                names.append(name)
        self._matrix = await self._store.vectors(QUERY, texts)
        self._names = names

    def classify(self, query: np.ndarray) -> IntentMatch | None:
        """Return the closest intent for a query vector."""
        if not self._names:
            return None
        scores = self._matrix @ query
        best = int(np.argmax(scores))
        return IntentMatch(self._names[best], float(scores[best]))
