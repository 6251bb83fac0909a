"""Where the message being handled came from, so the notifier neither echoes it nor loses it.

A user who asked in the server is added to their ticket's private thread and talks there; a user
who wrote in a DM is relayed between the DM and the thread. The handler sets the origin for the
duration of one desk call; the notifier reads it (contextvars follow the await chain).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import discord

DM = "dm"
GUILD = "guild"
THREAD = "thread"


@dataclass(frozen=True)
class Origin:
    """A DM, a server channel, or a ticket thread, with its channel id."""

    kind: str  # DM, GUILD or THREAD
    channel_id: int


ORIGIN: ContextVar[Origin | None] = ContextVar("discord_origin", default=None)


@contextlib.contextmanager
def coming_from(origin: Origin) -> Iterator[None]:
    """Mark the desk calls made inside the block as handling a message from ``origin``."""
    token = ORIGIN.set(origin)
    try:
        yield
    finally:
        ORIGIN.reset(token)


def of_interaction(interaction: discord.Interaction[Any]) -> Origin:
    """A slash command or button press: from a server channel or from a DM."""
    return Origin(GUILD if interaction.guild is not None else DM, interaction.channel_id or 0)
