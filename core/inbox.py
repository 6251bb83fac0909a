"""Incoming updates are stored before the platform is told they arrived, and marked handled with their effects.

An adapter stores each update (``InboxRepo.store``) before acknowledging it (the next ``getUpdates``
offset, a webhook's 200); a second copy of a stored update is recognised by its id and dropped. While
an update is handled, ``handling`` names it, so the unit of work that commits the update's effects
also marks it handled, in the same transaction. On restart, stored updates never marked handled are
handled first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

# (platform, update id) of the update this task is handling, if any.
_HANDLING: ContextVar[tuple[str, str] | None] = ContextVar("supportbot_inbound", default=None)


@contextlib.contextmanager
def handling(platform: str, key: str) -> Iterator[None]:
    """Name the update being handled in this task (its units mark it handled when they commit)."""
    token = _HANDLING.set((platform, key))
    try:
        yield
    finally:
        _HANDLING.reset(token)


@contextlib.contextmanager
def detached() -> Iterator[None]:
    """Work an update's handler starts but that is not part of it (a delivery in the background)."""
    token = _HANDLING.set(None)
    try:
        yield
    finally:
        _HANDLING.reset(token)


def current() -> tuple[str, str] | None:
    """The update this task is handling, if the adapter named one."""
    return _HANDLING.get()
