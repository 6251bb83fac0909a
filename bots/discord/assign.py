"""Slash commands for handing tickets on in their threads: /assign MEMBER and /priority LEVEL."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands

from bots.discord.identity import PLATFORM, actor
from bots.discord.interactions import defer, interaction_language, respond
from bots.discord.names import described, named
from core.i18n import t
from core.models import Ticket

if TYPE_CHECKING:
    from bots.discord.bot import DiscordBot

Interaction = discord.Interaction[Any]
Command = app_commands.Command[Any, Any, None]




def commands(client: DiscordBot) -> list[Command]:
    """/assign and /priority; the core checks the rights of the moderator and of the member named."""
    return [Command(name=named("assign"), description=described("assign"), callback=_assign(client)),
            Command(name=named("priority"), description=described("priority"), callback=_priority(client))]


def _assign(client: DiscordBot) -> Any:
    @app_commands.rename(member=named("member"))
    async def assign(interaction: Interaction, member: discord.Member) -> None:
        # The member's roles come with the interaction (resolved by Discord), not from what was typed.
        who = actor(interaction.user, client.settings, where=interaction.channel_id)
        await defer(interaction)
        if ticket := await _ticket_or_say(client, interaction):
            ticket = await client.desk.assign(ticket.id, who, actor(member, client.settings))
            await respond(interaction, t(_lang(client, interaction), "assign.done", number=ticket.id,
                                         moderator=ticket.moderator_name or "-"), ephemeral=True)
    return assign


def _priority(client: DiscordBot) -> Any:
    @app_commands.rename(level=named("level"))
    async def priority(interaction: Interaction, level: Literal["high", "normal", "low"]) -> None:
        who = actor(interaction.user, client.settings, where=interaction.channel_id)
        await defer(interaction)
        if ticket := await _ticket_or_say(client, interaction):
            ticket = await client.desk.set_priority(ticket.id, who, level)
            lang = _lang(client, interaction)
            await respond(interaction, t(lang, "assign.priority_done", number=ticket.id,
                                         priority=t(lang, f"staff.priority.{ticket.priority}")), ephemeral=True)
    return priority


async def _ticket_or_say(client: DiscordBot, interaction: Interaction) -> Ticket | None:
    """The ticket whose thread the command was used in; says so when there is none."""
    ticket = await client.desk.ticket_in_thread(PLATFORM, str(interaction.channel_id))
    if ticket is None:
        await respond(interaction, t(_lang(client, interaction), "staff.no_ticket"), ephemeral=True)
    return ticket


def _lang(client: DiscordBot, interaction: Interaction) -> str:
    return interaction_language(interaction, client.settings.default_language)
