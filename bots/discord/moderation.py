"""Slash commands for the blocklist (/block, /unblock, /blocks) and the admins' /audit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bots.discord.identity import PLATFORM, actor
from bots.discord.interactions import defer, interaction_language, respond
from bots.discord.names import described, named
from core.desk.moderation import AUDIT_SHOWN
from core.i18n import Reply, render
from core.tickets.blocks import DEFAULT_DURATION

if TYPE_CHECKING:
    from bots.discord.bot import DiscordBot

Interaction = discord.Interaction[Any]
Command = app_commands.Command[Any, Any, None]




def commands(client: DiscordBot) -> list[Command]:
    """The four commands; the core checks every right again (moderator role for blocks, admin for /audit)."""
    audit = Command(name=named("audit"), description=described("audit"), callback=_audit(client))
    audit.default_permissions = discord.Permissions(manage_guild=True)
    return [Command(name=named("block"), description=described("block"), callback=_block(client)),
            Command(name=named("unblock"), description=described("unblock"), callback=_unblock(client)),
            Command(name=named("blocks"), description=described("blocks"), callback=_blocks(client)), audit]


async def _answer(client: DiscordBot, interaction: Interaction, reply: Reply) -> None:
    lang = interaction_language(interaction, client.settings.default_language)
    await respond(interaction, render(lang, reply), ephemeral=True)


def _block(client: DiscordBot) -> Any:
    @app_commands.rename(user=named("user"), duration=named("duration"), reason=named("reason"))
    async def block(interaction: Interaction, user: discord.User | None = None, duration: str = DEFAULT_DURATION,
                    reason: str = "") -> None:
        """Without a user: the user of the ticket whose thread this is."""
        who = actor(interaction.user, client.settings, where=interaction.channel_id)
        await defer(interaction)
        done = await client.desk.block(who, user_id=str(user.id) if user else None, duration=duration, reason=reason)
        await _answer(client, interaction, done)
    return block


def _unblock(client: DiscordBot) -> Any:
    @app_commands.rename(user=named("user"))
    async def unblock(interaction: Interaction, user: discord.User | None = None) -> None:
        who = actor(interaction.user, client.settings, where=interaction.channel_id)
        await defer(interaction)
        await _answer(client, interaction, await client.desk.unblock(who, user_id=str(user.id) if user else None))
    return unblock


def _blocks(client: DiscordBot) -> Any:
    async def blocks(interaction: Interaction) -> None:
        who = actor(interaction.user, client.settings)
        await defer(interaction)
        await _answer(client, interaction, await client.desk.blocks_reply(who, PLATFORM))
    return blocks


def _audit(client: DiscordBot) -> Any:
    async def audit(interaction: Interaction, count: app_commands.Range[int, 1, 50] = AUDIT_SHOWN) -> None:
        who = actor(interaction.user, client.settings)
        await defer(interaction)
        await _answer(client, interaction, await client.desk.audit_reply(who, count))
    return audit
