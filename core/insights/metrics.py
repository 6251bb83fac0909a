"""What the desk reports for monitoring, as a small port: the core names no metrics library.

The adapters' process wires a Prometheus implementation in (``bots/observability``); everything
else (the CLI, tests, a bot with metrics off) gets ``NO_METRICS``, which does nothing. Calls sit on
the hot path, so implementations must be cheap and must never raise.
"""

from __future__ import annotations

from typing import Protocol

# What became of a user's message besides a decision (answer, suggest, escalate, smalltalk).
RELAYED = "relayed"  # a human has the ticket: passed on to staff
NO_TEXT = "no_text"  # an attachment with nothing to search
REFUSED = "refused"  # invalid input, rate limited, escalation cooldown: the user was told why
UNAVAILABLE = "unavailable"  # the database was down
FAILED = "failed"  # an unexpected error

# What became of one outbox row's delivery attempt.
SENT = "sent"
RETRY = "retry"  # failed; tried again after a backoff
RATE_LIMITED = "rate_limited"  # the platform said when to try again
PARKED = "parked"  # failed too often: kept for an operator
UNCONFIRMED = "unconfirmed"  # sent, but the platform never answered
THREAD_GONE = "thread_gone"  # the staff thread was deleted: a new card goes first


class Metrics(Protocol):
    """Counters and timings of the data path; labels are small fixed sets, never user text."""

    def message_handled(self, platform: str, outcome: str, seconds: float) -> None:
        """A user's message got ``outcome`` (a decision kind or one of the names above) after ``seconds``."""
        ...

    def encoded(self, batch_size: int, seconds: float) -> None:
        """One model call encoded ``batch_size`` user messages together."""
        ...

    def delivered(self, platform: str, result: str) -> None:
        """One outbox row's delivery attempt ended in ``result``."""
        ...


class NullMetrics:
    """Records nothing: metrics are off."""

    def message_handled(self, platform: str, outcome: str, seconds: float) -> None:
        """Forget it."""

    def encoded(self, batch_size: int, seconds: float) -> None:
        """Forget it."""

    def delivered(self, platform: str, result: str) -> None:
        """Forget it."""


NO_METRICS: Metrics = NullMetrics()
