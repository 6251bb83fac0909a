"""The machine-wide vector cache: a new database starts without encoding; it is bounded and shared safely."""

from __future__ import annotations

import asyncio
import sqlite3

import numpy as np

from storage.machine_cache import MachineVectorCache


def vector(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(8).astype(np.float32)


async def test_a_new_database_starts_without_encoding_what_this_machine_already_has(make_desk, settings, tmp_path):
    shared = settings.model_copy(update={"vector_cache_file": tmp_path / "machine.sqlite3"})
    first = await make_desk(settings=shared)
    assert first.desk.index._store.encoded > 0
    other_database = shared.model_copy(update={"database_url": f"sqlite:///{tmp_path / 'second.db'}"})
    second = await make_desk(settings=other_database)
    assert second.desk.index._store.encoded == 0  # FAQ, answers, sentences and intents all came from the file
    query = "my account is frozen"
    assert (await first.desk.assess(query)).decision == (await second.desk.assess(query)).decision


async def test_vectors_are_keyed_by_model_identity_and_bounded(tmp_path):
    path = tmp_path / "machine.sqlite3"
    cache = MachineVectorCache(path, "weights-a", max_vectors=1000)
    await cache.put_many("model", {f"k{i}": vector(i) for i in range(1200)})
    assert len(await cache.get_many("model", [f"k{i}" for i in range(1200)])) == 1000  # the oldest went
    assert not await cache.get_many("model", ["k0", "k199"]) and await cache.get_many("model", ["k200"])
    other_weights = MachineVectorCache(path, "weights-b")
    assert await other_weights.get_many("model", ["k500"]) == {}
    np.testing.assert_array_equal((await cache.get_many("model", ["k500"]))["k500"], vector(500))


async def test_concurrent_writers_and_a_broken_file_lose_nothing_but_cache(tmp_path):
    path = tmp_path / "machine.sqlite3"
    writers = [MachineVectorCache(path, "w") for _ in range(6)]
    await asyncio.gather(*(w.put_many("m", {f"k{i}": vector(i) for i in range(300)}) for w in writers))
    assert len(await writers[0].get_many("m", [f"k{i}" for i in range(300)])) == 300
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM vectors").fetchone()[0] == 300
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    cache = MachineVectorCache(broken, "w")
    await cache.put_many("m", {"k": vector(1)})  # refused quietly: a cache, not a store
    assert await cache.get_many("m", ["k"]) == {}
