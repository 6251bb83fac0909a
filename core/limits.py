"""Per-user flood control: a token bucket per user, and one polite answer per blocked stretch.

Kept in memory: a limit is about the last minute of one process, and losing it on restart
costs nothing. (Several processes each give a user their own bucket; the ticket cooldown, which
must hold across processes, is read from the database instead.)
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    """Whether a message may go through; if not, when it may, and whether to say so."""

    allowed: bool
    retry_after: float = 0.0
    notify: bool = False  # the first refusal of a stretch is answered; the rest are only counted


class RateLimiter:
    """``burst`` messages at once, refilled at ``per_minute``; remembers at most ``capacity`` users."""

    def __init__(self, burst: int, per_minute: float, *, clock: Callable[[], float] = time.monotonic,
                 capacity: int = 100_000) -> None:
        self.burst = burst
        self.rate = per_minute / 60
        self._clock = clock
        self._capacity = capacity
        self._buckets: OrderedDict[str, tuple[float, float, bool]] = OrderedDict()  # tokens, at, told
        self.refused = 0

    def check(self, key: str) -> Verdict:
        """Spend one token of ``key``'s bucket, if there is one."""
        if self.burst <= 0:
            return Verdict(True)
        now = self._clock()
        tokens, at, told = self._buckets.pop(key, (float(self.burst), now, False))
        tokens = min(float(self.burst), tokens + (now - at) * self.rate)
        if tokens >= 1:
            self._remember(key, (tokens - 1, now, False))
            return Verdict(True)
        self.refused += 1
        self._remember(key, (tokens, now, True))
        wait = (1 - tokens) / self.rate if self.rate else float("inf")
        return Verdict(False, wait, notify=not told)

    def _remember(self, key: str, state: tuple[float, float, bool]) -> None:
        self._buckets[key] = state
        while len(self._buckets) > self._capacity:  # the least recently seen users go first
            self._buckets.popitem(last=False)
