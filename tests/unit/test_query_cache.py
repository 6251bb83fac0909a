"""The recent-message cache: repeats skip the encoder, identical messages in flight share one encode."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from core.retrieval.query_cache import QueryCache


class CountingEncoder:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.release = asyncio.Event()
        self.release.set()

    async def __call__(self, text: str) -> np.ndarray:
        self.calls.append(text)
        await self.release.wait()
        if text == "boom":
            raise RuntimeError("model down")
        return np.full(3, float(len(text)), dtype=np.float32)


async def test_a_repeat_skips_the_encoder_and_the_oldest_goes_first():
    cache, encode = QueryCache(2), CountingEncoder()
    for text in ("hi", "hello", "hi", "hey", "hello"):
        await cache.get(text, encode)
    # "hi" was used again before "hey" came, so "hello" (least recent) was dropped and encoded again.
    assert encode.calls == ["hi", "hello", "hey", "hello"]
    assert (cache.hits, cache.misses, len(cache)) == (1, 4, 2)


async def test_identical_messages_in_flight_share_one_encode():
    cache, encode = QueryCache(8), CountingEncoder()
    encode.release.clear()
    waiting = [asyncio.create_task(cache.get("充值没到账", encode)) for _ in range(5)]
    await asyncio.sleep(0)
    encode.release.set()
    vectors = await asyncio.gather(*waiting)
    assert encode.calls == ["充值没到账"] and all(np.array_equal(v, vectors[0]) for v in vectors)


async def test_a_failed_encode_reaches_every_waiter_and_is_not_remembered():
    cache, encode = QueryCache(8), CountingEncoder()
    encode.release.clear()
    waiting = [asyncio.create_task(cache.get("boom", encode)) for _ in range(3)]
    await asyncio.sleep(0)
    encode.release.set()
    results = await asyncio.gather(*waiting, return_exceptions=True)
    assert all(isinstance(r, RuntimeError) for r in results)
    with pytest.raises(RuntimeError):
        await cache.get("boom", encode)
    assert len(encode.calls) == 2 and len(cache) == 0


async def test_size_zero_turns_it_off():
    cache, encode = QueryCache(0), CountingEncoder()
    await cache.get("hi", encode)
    await cache.get("hi", encode)
    assert encode.calls == ["hi", "hi"] and len(cache) == 0
