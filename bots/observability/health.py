"""The health check: is the database reachable, is the model loaded, when did the outbox last deliver."""

from __future__ import annotations

import asyncio
import time

from bots.observability.metrics import PrometheusMetrics
from core.retrieval.index import FaqIndex
from storage.engine import Database
from storage.health import ping


class Health:
    """Answers ``/healthz``: healthy while the database answers; the rest is reported for the operator."""

    def __init__(self, db: Database, *, model: str, index: FaqIndex, last_delivery: PrometheusMetrics,
                 timeout: float) -> None:
        self._db = db
        self._model = model
        self._index = index
        self._last_delivery = last_delivery
        self._timeout = timeout
        self._started = time.monotonic()

    async def check(self) -> tuple[bool, dict[str, object]]:
        """Return whether the process is healthy, and the facts behind it as JSON-ready data."""
        started = time.perf_counter()
        try:
            async with asyncio.timeout(self._timeout):
                await ping(self._db)
            database: dict[str, object] = {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1)}
        except Exception as exc:  # never the message: a driver's text can carry the URL and its password
            database = {"ok": False, "error": type(exc).__name__}
        delivered_at = self._last_delivery.last_delivered_at
        body: dict[str, object] = {
            "status": "ok" if database["ok"] else "unavailable",
            "database": database,
            # The endpoint starts once the desk is built, and the desk is built around a loaded model.
            "model": {"loaded": True, "name": self._model, "faq_entries": len(self._index.entries)},
            "outbox": {"last_delivery_age_seconds":
                       None if delivered_at is None else round(max(0.0, time.time() - delivered_at), 1)},
            "uptime_seconds": round(time.monotonic() - self._started, 1),
        }
        return bool(database["ok"]), body
