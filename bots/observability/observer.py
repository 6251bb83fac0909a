"""The metrics registry, the recorder the core writes to, and the endpoint serving both.

``Observability`` is built by ``bots.bootstrap.build_desk`` when ``SUPPORTBOT_METRICS_ENABLED`` is
set: its ``metrics`` go into the desk, the micro-batcher and the outbox worker (the core's ``Metrics``
port), ``watch`` gives it the repositories to read the queue from, and the long-running adapters
``start`` the endpoint and ``stop`` it on shutdown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from prometheus_client import (
    CollectorRegistry,
    GCCollector,
    PlatformCollector,
    ProcessCollector,
    disable_created_metrics,
)

from bots.observability.health import Health
from bots.observability.metrics import ErrorCounter, PrometheusMetrics, QueueGauges
from bots.observability.server import MetricsServer
from core.ports import TicketRepo
from core.retrieval.index import FaqIndex
from core.settings import Settings
from storage.engine import Database
from storage.outbox_repo import SqlOutboxRepo

log = logging.getLogger(__name__)
READ_TIMEOUT = 5.0  # seconds a scrape or health check waits for the database at most


class Observability:
    """The process's metrics registry, the recorder the core writes to, and the endpoint serving both."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # A `_created` series beside every counter doubles the output and no dashboard reads it.
        disable_created_metrics()
        self.registry = CollectorRegistry()
        for collector in (ProcessCollector, PlatformCollector, GCCollector):  # memory, CPU, fds, GC
            collector(registry=self.registry)
        self.metrics = PrometheusMetrics(self.registry)
        self.errors = ErrorCounter(self.registry)
        self.server: MetricsServer | None = None
        self._gauges: QueueGauges | None = None
        self._health: Health | None = None

    def watch(self, *, db: Database, tickets: TicketRepo, outbox: SqlOutboxRepo, model: str, index: FaqIndex,
              clock: Callable[[], datetime]) -> None:
        """Read the queue and the backlog from these repositories and check this database's health."""
        timeout = min(READ_TIMEOUT, self.settings.database_timeout_seconds)
        self._gauges = QueueGauges(self.registry, tickets, outbox, clock, timeout)
        self._health = Health(db, model=model, index=index, last_delivery=self.metrics, timeout=timeout)

    @property
    def port(self) -> int | None:
        """The port the endpoint listens on, once started."""
        return self.server.port if self.server is not None else None

    async def start(self) -> None:
        """Serve /metrics and /healthz, and count logged errors."""
        if self.server is not None:
            return
        assert self._gauges is not None and self._health is not None, "watch() comes first"
        server = MetricsServer(self.registry, self._gauges, self._health, self.settings.metrics_host,
                               self.settings.metrics_port)
        await server.start()
        self.server = server
        logging.getLogger().addHandler(self.errors)
        log.info("metrics on http://%s:%d/metrics, health on /healthz", server.host, server.port)

    async def stop(self) -> None:
        """Stop serving and counting."""
        logging.getLogger().removeHandler(self.errors)
        server, self.server = self.server, None
        if server is not None:
            await server.stop()
