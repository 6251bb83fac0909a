"""Embedding cache: vectors by (model name, text hash), so only changed texts are re-encoded."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sqlalchemy.exc import IntegrityError
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
                # Plain columns, not ORM rows: a restart reads tens of thousands of these.
                rows = await session.exec(select(EmbeddingRow.key, EmbeddingRow.vector).where(
                    EmbeddingRow.model == model, col(EmbeddingRow.key).in_(chunk)))
                for key, vector in rows.all():
                    found[key] = np.frombuffer(vector, dtype=np.float32).copy()
        return found

    async def put_many(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        """Store vectors; a key already present is overwritten."""
        rows = {key: _row(model, key, vector) for key, vector in vectors.items()}
        try:
            async with self._db.session() as session:
                existing: set[str] = set()
                keys = list(rows)
                for start in range(0, len(keys), _CHUNK):
                    found = await session.exec(select(EmbeddingRow.key).where(
                        EmbeddingRow.model == model, col(EmbeddingRow.key).in_(keys[start : start + _CHUNK])))
                    existing.update(found.all())
                # New keys in one bulk insert: a 5,000-entry FAQ caches in seconds, not a minute of merges.
                session.add_all([row for key, row in rows.items() if key not in existing])
                for key in existing:
                    await session.merge(rows[key])
        except IntegrityError:
            # Another process cached some of the same texts meanwhile: write row by row, last one wins.
            async with self._db.session() as session:
                for row in rows.values():
                    await session.merge(row)


def _row(model: str, key: str, vector: np.ndarray) -> EmbeddingRow:
    data = np.asarray(vector, dtype=np.float32)
    return EmbeddingRow(model=model, key=key, dim=int(data.shape[0]), vector=data.tobytes())
