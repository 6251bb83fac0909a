"""Micro-batching: concurrent messages share model calls; failures and cancellations stay contained."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import numpy as np
import pytest

from core.retrieval.batching import MicroBatcher


class CountingEncoder:
    def __init__(self, fail: bool = False) -> None:
        self.calls: list[list[str]] = []
        self.fail = fail

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        if self.fail:
            raise RuntimeError("model crashed")
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)


async def test_concurrent_messages_share_one_call_and_each_gets_its_own_vector():
    encoder = CountingEncoder()
    batcher = MicroBatcher(encoder, max_batch=16, wait=0.01)
    texts = [f"message {'x' * i}" for i in range(10)]
    vectors = await asyncio.gather(*(batcher.encode(t) for t in texts))
    assert len(encoder.calls) == 1 and sorted(encoder.calls[0]) == sorted(texts)
    assert [v[0] for v in vectors] == [float(len(t)) for t in texts]


async def test_batches_never_exceed_the_limit():
    encoder = CountingEncoder()
    batcher = MicroBatcher(encoder, max_batch=4, wait=0.0)
    await asyncio.gather(*(batcher.encode(str(i)) for i in range(10)))
    assert sum(len(c) for c in encoder.calls) == 10 and max(len(c) for c in encoder.calls) <= 4


async def test_a_failing_model_call_fails_every_caller_of_that_batch_and_the_next_works():
    encoder = CountingEncoder(fail=True)
    batcher = MicroBatcher(encoder, wait=0.0)
    results = await asyncio.gather(batcher.encode("a"), batcher.encode("b"), return_exceptions=True)
    assert all(isinstance(r, RuntimeError) for r in results)
    encoder.fail = False
    assert (await batcher.encode("abc"))[0] == 3.0


async def test_a_cancelled_caller_does_not_disturb_the_others():
    encoder = CountingEncoder()
    batcher = MicroBatcher(encoder, wait=0.01)
    doomed = asyncio.create_task(batcher.encode("gone"))
    kept = asyncio.create_task(batcher.encode("kept"))
    await asyncio.sleep(0)
    doomed.cancel()
    assert (await kept)[0] == 4.0
    with pytest.raises(asyncio.CancelledError):
        await doomed
    assert encoder.calls == [["kept"]]
