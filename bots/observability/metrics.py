"""Prometheus collectors: what the desk records as it works, and the queue read from the database.

One registry per running desk (not prometheus_client's global one), so tests and a process with
several desks never register a name twice. Label values are small fixed sets: platforms, decision
kinds, states, logger names; never a user id or message text.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from core.decision.decide import DecisionKind
from core.models import TicketState
from core.outbox.effects import OutboxState
from core.ports import TicketRepo
from storage.outbox_repo import SqlOutboxRepo

log = logging.getLogger(__name__)

DECISIONS = frozenset(kind.value for kind in DecisionKind)
# Smalltalk answers in milliseconds; an escalation waits up to the outbox's inline budget (1 s) for its card.
ANSWER_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
ENCODE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)
REFRESH_SECONDS = 1.0  # scrapes closer together than this reuse the last read


class PrometheusMetrics:
    """The core's ``Metrics`` port on prometheus-client counters and histograms."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.messages = Counter("supportbot_messages", "User messages the desk handled, by platform and outcome",
                                ["platform", "outcome"], registry=registry)
        self.decisions = Counter("supportbot_decisions", "Decisions the bot made on user messages, by kind",
                                 ["kind"], registry=registry)
        self.answer_seconds = Histogram("supportbot_answer_seconds",
                                        "Time from a user's message reaching the desk to its reply, by decision",
                                        ["kind"], buckets=ANSWER_BUCKETS, registry=registry)
        self.batch_size = Histogram("supportbot_encode_batch_size", "User messages encoded together in one model call",
                                    buckets=BATCH_BUCKETS, registry=registry)
        self.encode_seconds = Histogram("supportbot_encode_seconds", "Duration of one model call on user messages",
                                        buckets=ENCODE_BUCKETS, registry=registry)
        self.deliveries = Counter("supportbot_outbox_deliveries", "Outbox delivery attempts by platform and result",
                                  ["platform", "result"], registry=registry)
        self.last_delivery = Gauge("supportbot_outbox_last_delivery_timestamp_seconds",
                                   "When this process last delivered an outbox row (Unix time; 0: not yet)",
                                   registry=registry)
        self.last_delivered_at: float | None = None
        for kind in DECISIONS:  # every kind shows from the start, so a rate over it is never "no data"
            self.decisions.labels(kind)

    def message_handled(self, platform: str, outcome: str, seconds: float) -> None:
        """Count the message; time it when the bot decided something."""
        self.messages.labels(platform, outcome).inc()
        if outcome in DECISIONS:
            self.decisions.labels(outcome).inc()
            self.answer_seconds.labels(outcome).observe(seconds)

    def encoded(self, batch_size: int, seconds: float) -> None:
        """Observe one model call's batch size and duration."""
        self.batch_size.observe(batch_size)
        self.encode_seconds.observe(seconds)

    def delivered(self, platform: str, result: str) -> None:
        """Count one delivery attempt; a sent row moves the last-delivery time."""
        self.deliveries.labels(platform, result).inc()
        if result == "sent":
            self.last_delivered_at = time.time()
            self.last_delivery.set(self.last_delivered_at)


class ErrorCounter(logging.Handler):
    """Counts log records at ERROR and above by logger: every failure the code already logs, in one series."""

    def __init__(self, registry: CollectorRegistry) -> None:
        super().__init__(level=logging.ERROR)
        self.errors = Counter("supportbot_errors", "Errors logged (ERROR or worse), by logger", ["logger"],
                              registry=registry)

    def emit(self, record: logging.LogRecord) -> None:
        self.errors.labels(record.name).inc()


class QueueGauges:
    """The ticket queue and the outbox backlog, read from the database when scraped.

    The read is async on the bot's own loop and bounded by ``timeout``; a database that is down leaves
    the last values in place and sets ``supportbot_database_up`` to 0, so the scrape itself never fails.
    """

    def __init__(self, registry: CollectorRegistry, tickets: TicketRepo, outbox: SqlOutboxRepo,
                 clock: Callable[[], datetime], timeout: float) -> None:
        self._tickets, self._outbox, self._clock, self._timeout = tickets, outbox, clock, timeout
        self.by_state = Gauge("supportbot_tickets", "Tickets by state (open: waiting in the queue)", ["state"],
                              registry=registry)
        self.rows = Gauge("supportbot_outbox_rows", "Outbox rows by state (done rows are kept until purged)",
                          ["state"], registry=registry)
        self.backlog = Gauge("supportbot_outbox_backlog", "Outbox rows due now and not delivered yet",
                             registry=registry)
        self.backlog_age = Gauge("supportbot_outbox_backlog_age_seconds",
                                 "How long the oldest due outbox row has waited", registry=registry)
        self.database_up = Gauge("supportbot_database_up", "1 if the last scrape could read the database",
                                 registry=registry)
        self._lock = asyncio.Lock()
        self._read_at = -REFRESH_SECONDS

    async def refresh(self) -> None:
        """Read the counts again, unless another scrape just did."""
        async with self._lock:
            loop = asyncio.get_running_loop()
            if loop.time() - self._read_at < REFRESH_SECONDS:
                return
            now = self._clock()
            try:
                async with asyncio.timeout(self._timeout):
                    tickets = await self._tickets.count_by_state()
                    rows = await self._outbox.count_by_state()
                    due, earliest = await self._outbox.backlog(now)
            except Exception as exc:  # the endpoint stays up; the gauge says why the numbers are stale
                log.warning("metrics: could not read the queue (%s)", type(exc).__name__)
                self.database_up.set(0)
                return
            for state in TicketState:  # states with no ticket show 0, not a gap
                self.by_state.labels(state.value).set(tickets.get(state.value, 0))
            for row_state in OutboxState:
                self.rows.labels(row_state.value).set(rows.get(row_state.value, 0))
            self.backlog.set(due)
            self.backlog_age.set(max(0.0, (now - earliest).total_seconds()) if earliest is not None else 0.0)
            self.database_up.set(1)
            self._read_at = loop.time()
