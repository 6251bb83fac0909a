"""Micro-batching of message encodes: concurrent users share one model call instead of queueing.

The first message of a quiet moment is encoded almost at once (after ``wait`` seconds for
company); messages that arrive while a batch is being encoded form the next batch. Under load
one forward pass serves up to ``max_batch`` users, which on CPU costs far less than that many
single passes.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Sequence

import numpy as np

from core.insights.metrics import NO_METRICS, Metrics

EncodeFn = Callable[[Sequence[str]], np.ndarray]


class MicroBatcher:
    """Collects ``encode(text)`` calls and runs them through ``encode_many`` in batches."""

    def __init__(self, encode_many: EncodeFn, *, max_batch: int = 32, wait: float = 0.002) -> None:
        self._encode_many = encode_many
        self._max_batch = max_batch
        self._wait = wait
        self._pending: list[tuple[str, asyncio.Future[np.ndarray]]] = []
        self._worker: asyncio.Task[None] | None = None
        self.batches = 0  # model calls made, for tests and benchmarks
        self.metrics: Metrics = NO_METRICS  # set by the composition root when metrics are on

    async def encode(self, text: str) -> np.ndarray:
        """Return the vector of ``text``, encoded together with whatever else is waiting."""
        future: asyncio.Future[np.ndarray] = asyncio.get_running_loop().create_future()
        self._pending.append((text, future))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._pending:
            if len(self._pending) < self._max_batch and self._wait > 0:
                await asyncio.sleep(self._wait)
            batch, self._pending = self._pending[: self._max_batch], self._pending[self._max_batch:]
            live = [(text, future) for text, future in batch if not future.done()]  # drop cancelled callers
            if not live:
                continue
            self.batches += 1
            started = time.perf_counter()
            try:
                vectors = await asyncio.to_thread(self._encode_many, [text for text, _ in live])
                self.metrics.encoded(len(live), time.perf_counter() - started)
            except Exception as exc:  # every caller of this batch learns of the failure
                for _, future in live:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), vector in zip(live, np.asarray(vectors, dtype=np.float32), strict=True):
                with contextlib.suppress(asyncio.InvalidStateError):  # cancelled meanwhile
                    future.set_result(vector)
