"""What the Discord handlers need from the running client.

Buttons, commands, message routing and interaction handlers take a ``DiscordBot`` rather than the
client class itself, so none of them imports ``bots.discord.client`` (which imports all of them).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import discord

from core.desk import SupportDesk
from core.settings import Settings

Interaction = discord.Interaction[Any]


class Handlers(Protocol):
    """The interaction handlers the persistent buttons and modals call back into."""

    async def guarded(self, interaction: Interaction, body: Callable[[], Awaitable[None]]) -> None: ...
    async def feedback(self, interaction: Interaction, action: str) -> None: ...
    async def pick(self, interaction: Interaction, entry_id: str) -> None: ...
    async def rate(self, interaction: Interaction, ticket_id: int, score: int) -> None: ...
    async def open_comment(self, interaction: Interaction, ticket_id: int) -> None: ...
    async def ticket_action(self, interaction: Interaction, action: str, ticket_id: int) -> None: ...


class DiscordBot(Protocol):
    """The running client as the handlers see it."""

    settings: Settings

    @property
    def user(self) -> discord.ClientUser | None: ...
    @property
    def desk(self) -> SupportDesk: ...
    @property
    def interactions(self) -> Handlers: ...

    def get_channel(self, id: int, /) -> discord.abc.GuildChannel | discord.Thread | discord.abc.PrivateChannel | None:
        ...


def bot_of(interaction: Interaction) -> DiscordBot:
    """The client an interaction arrived on."""
    return interaction.client  # type: ignore[return-value]
