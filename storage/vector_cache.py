"""Embedding cache: vectors by (model name, text hash), so only changed texts are re-encoded."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sqlmodel import col, select

from storage.engine import Database
from storage.models import EmbeddingRow

_CHUNK = 500  # stay well under SQLite's bound-parameter limit


class SqlVectorCache:
    """Stores float32 vectors as bytes."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get_many(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """Return the cached vectors among ``keys``."""
        found: dict[str, np.ndarray] = {}
        async with self._db.session() as session:
            for start in range(0, len(keys), _CHUNK):
                chunk = list(keys[start : start + _CHUNK])
                rows = await session.exec(
                    select(EmbeddingRow).where(EmbeddingRow.model == model, col(EmbeddingRow.key).in_(chunk)))
                for row in rows.all():
                    found[row.key] = np.frombuffer(row.vector, dtype=np.float32).copy()
        return found

    async def put_many(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        """Store vectors; a key already present is overwritten."""
        async with self._db.session() as session:
            for key, vector in vectors.items():
                data = np.asarray(vector, dtype=np.float32)
                await session.merge(EmbeddingRow(model=model, key=key, dim=int(data.shape[0]), vector=data.tobytes()))
