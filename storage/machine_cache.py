"""A vector cache that outlives databases: one SQLite file per machine, shared by every database and process.

A new deployment, a new test database or a second desk on the same machine would otherwise encode
every FAQ text again (half a minute for the shipped FAQ). Vectors are content-addressed: the model's
identity (its weights' digest and the name that encodes length and precision) and the hash of the
exact text the model saw, prompt included (``core.retrieval.index.text_key``), so any database may reuse
them. WAL mode and a busy timeout let several processes read and write at once; the file holds at
most ``max_vectors`` rows, the oldest written going first.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import numpy as np

from core.ports import VectorCache

_SCHEMA = """
CREATE TABLE IF NOT EXISTS vectors (
    id INTEGER PRIMARY KEY,
    model TEXT NOT NULL,
    key TEXT NOT NULL,
    vector BLOB NOT NULL,
    UNIQUE (model, key)
)
"""
_CHUNK = 500  # well under SQLite's bound-parameter limit


class MachineVectorCache:
    """Vectors by (model identity, text key) in one file; safe for concurrent processes."""

    def __init__(self, path: Path, model_identity: str, *, max_vectors: int = 100_000) -> None:
        self.path = path
        self.identity = model_identity
        self.max_vectors = max_vectors
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(_SCHEMA)
            self._ready = True
        return connection

    def _model(self, model: str) -> str:
        return f"{model}#{self.identity}"

    async def get_many(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """Return the cached vectors among ``keys`` (an unreadable file counts as empty)."""
        return await asyncio.to_thread(self._get_many, self._model(model), list(keys))

    async def put_many(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        """Store vectors (an existing key keeps its vector: same model and text, same vector)."""
        if vectors:
            await asyncio.to_thread(self._put_many, self._model(model), vectors)

    def _get_many(self, model: str, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        try:
            with closing(self._connect()) as db:
                for start in range(0, len(keys), _CHUNK):
                    chunk = keys[start : start + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows = db.execute(f"SELECT key, vector FROM vectors WHERE model = ? AND key IN ({marks})",
                                      [model, *chunk])
                    found.update((key, np.frombuffer(blob, dtype=np.float32).copy()) for key, blob in rows)
        except sqlite3.Error:
            return {}  # a cache, not a source of truth: the database cache or the model will answer
        return found

    def _put_many(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        rows = [(model, key, np.asarray(v, dtype=np.float32).tobytes()) for key, v in vectors.items()]
        try:
            with closing(self._connect()) as db:
                db.execute("BEGIN IMMEDIATE")
                db.executemany("INSERT OR IGNORE INTO vectors (model, key, vector) VALUES (?, ?, ?)", rows)
                (count,) = db.execute("SELECT count(*) FROM vectors").fetchone()
                if count > self.max_vectors:  # keep the newest: the oldest are least likely still in use
                    db.execute("DELETE FROM vectors WHERE id IN (SELECT id FROM vectors ORDER BY id LIMIT ?)",
                               (count - self.max_vectors,))
                db.execute("COMMIT")
        except sqlite3.Error:
            return  # a full disk or a locked file loses a cache entry, never a message


class LayeredVectorCache:
    """The machine's cache in front of the database's: read the fast one first, write both.

    The database cache stays the source shared by several machines; the machine cache makes a new
    database on this machine start without encoding.
    """

    def __init__(self, machine: MachineVectorCache, database: VectorCache) -> None:
        self.machine = machine
        self.database = database

    async def get_many(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """Return the vectors either cache has; the machine's learns what only the database had."""
        found = await self.machine.get_many(model, keys)
        missing = [k for k in keys if k not in found]
        if missing:
            from_db = await self.database.get_many(model, missing)
            if from_db:
                await self.machine.put_many(model, from_db)
                found.update(from_db)
        return found

    async def put_many(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        """Store in both."""
        await self.database.put_many(model, vectors)
        await self.machine.put_many(model, vectors)
