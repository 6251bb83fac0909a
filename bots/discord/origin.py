"""Where the message being handled came from, so the notifier neither echoes it nor loses it.

A user who asked in the server is added to their ticket's private thread and talks there; a user
who wrote in a DM is relayed between the DM and the thread. The handler sets the origin for the
duration of one desk call; the notifier reads it (contextvars follow the await chain).
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

DM = "dm"
GUILD = "guild"
THREAD = "thread"


@dataclass(frozen=True)
class Origin:
    """A DM, a server channel, or a ticket thread, with its channel id."""

    kind: str  # DM, GUILD or THREAD
    channel_id: int


ORIGIN: ContextVar[Origin | None] = ContextVar("discord_origin", default=None)
