"""What a desk action asks a platform to show, stored as data until it is delivered."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
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
    ANSWER = "answer"  # the reply to a user's own message: payload to, text, lang, actions
    TRANSCRIPT = "transcript"  # post_transcript in the staff thread: payload until, timezone, lang
    EDIT_STAFF = "edit_staff"  # edit_staff_copy: a user's line changed (payload message); behind its relay
    EDIT_USER = "edit_user"  # edit_user_copy: a moderator's reply changed (payload message); behind its relay


# Rows go in order per ticket and lane: what the user sees does not wait behind a staff card the staff
# group's flood limit holds back, and the reverse.
USER_LANE = frozenset({EffectKind.TO_USER, EffectKind.ANSWER, EffectKind.RATING_REQUEST, EffectKind.RATING_FINAL,
                       EffectKind.EDIT_USER})
STAFF_LANE = frozenset(EffectKind) - USER_LANE


def lane_of(kind: EffectKind) -> frozenset[EffectKind]:
    """The kinds that go in order with ``kind``."""
    return USER_LANE if kind in USER_LANE else STAFF_LANE


# Where the message an action handles came from, as its adapter writes it (``Inbound.reply_to``). Every
# row the action writes carries it, and it is set again while the row is delivered: the adapter knows
# where the message came from on a retry by the worker, or by another process, too.
_SOURCE: ContextVar[str | None] = ContextVar("supportbot_source", default=None)


@contextlib.contextmanager
def from_source(address: str | None) -> Iterator[None]:
    """Mark the rows written (or delivered) inside the block as coming from ``address``."""
    token = _SOURCE.set(address)
    try:
        yield
    finally:
        _SOURCE.reset(token)


def source() -> str | None:
    """The address of the message whose effects are being written or delivered, if its adapter gave one."""
    return _SOURCE.get()


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
