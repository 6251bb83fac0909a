"""Where the message being handled came from, so the notifier neither echoes it nor loses it.

A user who asked in the server is added to their ticket's private thread and talks there; a user
who wrote in a DM is relayed between the DM and the thread. The handler names the origin for one desk
call; the core stamps it on every outbox row the call writes (``core.outbox.effects.source``) and sets
it again while a row is delivered, so the notifier reads it on a worker's retry too, in any process.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import discord

from core.outbox.effects import from_source, source

DM = "dm"
GUILD = "guild"
THREAD = "thread"


@dataclass(frozen=True)
class Origin:
    """A DM, a server channel, or a ticket thread, with its channel id."""

    kind: str  # DM, GUILD or THREAD
    channel_id: int

    @property
    def address(self) -> str:
        """The origin as the core carries it: a reply address (``Inbound.reply_to``) and a row's source."""
        return f"{self.kind}:{self.channel_id}"

    @classmethod
    def parse(cls, address: str | None) -> Origin | None:
        kind, _, channel = (address or "").partition(":")
        return cls(kind, int(channel)) if kind in (DM, GUILD, THREAD) and channel.isdigit() else None


@contextlib.contextmanager
def coming_from(origin: Origin) -> Iterator[None]:
    """Mark the desk calls made inside the block as handling a message from ``origin``."""
    with from_source(origin.address):
        yield


def current() -> Origin | None:
    """Where the message whose effects are written or delivered now came from (None: not from a person)."""
    return Origin.parse(source())


def of_interaction(interaction: discord.Interaction[Any]) -> Origin:
    """A slash command or button press: from a server channel or from a DM."""
    return Origin(GUILD if interaction.guild is not None else DM, interaction.channel_id or 0)
