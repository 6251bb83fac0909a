"""What a desk action asks a platform to show, stored as data until it is delivered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class EffectKind(StrEnum):
    """One per ``Notifier`` method: the delivery worker calls that method with the row's payload."""

    CARD = "card"  # ticket_opened: payload question, guesses, again
    TO_STAFF = "to_staff"  # payload message (a transcript line's id)
    TO_USER = "to_user"  # payload message
    CHANGED = "changed"  # ticket_changed: payload event
    RATING_REQUEST = "rating_request"
    RATING_FINAL = "rating_final"  # payload request (the rating request's message)
    REMIND = "remind"  # payload kind, audience, key, params


class OutboxState(StrEnum):
    PENDING = "pending"
    DONE = "done"
    PARKED = "parked"  # failed too often: kept for an operator (`supportbot outbox retry|drop`)
    DROPPED = "dropped"


@dataclass(frozen=True)
class Effect:
    """A platform effect of one ticket, addressed to the platform that shows the ticket."""

    platform: str
    ticket_id: int
    kind: EffectKind
    payload: dict[str, Any]


@dataclass(frozen=True)
class OutboxItem:
    """A stored effect and how its delivery is going."""

    id: int
    effect: Effect
    state: OutboxState
    attempts: int
    created_at: datetime
    due_at: datetime
    last_error: str | None = None
    result: str | None = None  # the platform reference its delivery returned (a thread, a message)
