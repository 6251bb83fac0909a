"""Vectors of recent messages: support traffic repeats itself ("hi", /start, the question of the day).

A bounded LRU keyed by the exact normalized text the model would see; a repeat skips the encoder,
and identical messages arriving together share one encode. Nothing is persisted: a message's
vector is cheap to recompute, and users' words stay out of any file.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable

import numpy as np


class QueryCache:
    """At most ``size`` vectors, least recently used out first; ``size`` 0 turns the cache off."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._in_flight: dict[str, asyncio.Future[np.ndarray]] = {}
        self.hits = 0
        self.misses = 0

    async def get(self, text: str, encode: Callable[[str], Awaitable[np.ndarray]]) -> np.ndarray:
        """Return the vector of ``text``: remembered, being encoded for someone else, or encoded now."""
        if not self.size:
            return await encode(text)
        vector = self._vectors.get(text)
        if vector is not None:
            self._vectors.move_to_end(text)
            self.hits += 1
            return vector
        waiting = self._in_flight.get(text)
        if waiting is not None:
            self.hits += 1
            return await asyncio.shield(waiting)
        self.misses += 1
        future: asyncio.Future[np.ndarray] = asyncio.get_running_loop().create_future()
        self._in_flight[text] = future
        try:
            vector = await encode(text)
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: nobody else may be waiting
            raise
        finally:
            del self._in_flight[text]
        future.set_result(vector)
        self._vectors[text] = vector
        if len(self._vectors) > self.size:
            self._vectors.popitem(last=False)
        return vector

    def __len__(self) -> int:
        return len(self._vectors)
