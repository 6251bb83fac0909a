"""Slash commands for teaching the bot: /faq_link ENTRY in a resolved ticket's thread; admins review candidates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bots.discord.identity import PLATFORM, actor
from bots.discord.interactions import defer, interaction_language, respond
from bots.discord.names import described, named
from core.i18n import Reply, render, t

if TYPE_CHECKING:
    from bots.discord.bot import DiscordBot

Interaction = discord.Interaction[Any]
Command = app_commands.Command[Any, Any, None]
ADMINS = discord.Permissions(manage_guild=True)  # by default; a server may grant the review to others




def commands(client: DiscordBot) -> list[Command]:
    """/faq_link for moderators in a ticket's thread; /faq_candidates, /faq_accept, /faq_reject, /faq_accept_all."""
    review = [Command(name=named(name), description=described(name), callback=callback) for name, callback in (
        ("faq_candidates", _candidates(client)), ("faq_accept", _decide(client, accept=True)),
        ("faq_reject", _decide(client, accept=False)), ("faq_accept_all", _accept_all(client)))]
    for command in review:
        command.default_permissions = ADMINS
    return [*review, Command(name=named("faq_link"), description=described("faq_link"), callback=_link(client))]


def _candidates(client: DiscordBot) -> Any:
    @app_commands.rename(entry_id=named("entry_id"))
    async def faq_candidates(interaction: Interaction, entry_id: str | None = None) -> None:
        who = actor(interaction.user, client.settings)
        await defer(interaction)
        await _say(client, interaction, await client.desk.faq_candidates_reply(who, entry_id))
    return faq_candidates


def _decide(client: DiscordBot, *, accept: bool) -> Any:
    @app_commands.rename(candidate_id=named("candidate_id"))
    async def decide(interaction: Interaction, candidate_id: int) -> None:
        who = actor(interaction.user, client.settings)
        await defer(interaction)
        change = client.desk.faq_accept if accept else client.desk.faq_reject
        await _say(client, interaction, await change(candidate_id, who))
    return decide


def _accept_all(client: DiscordBot) -> Any:
    @app_commands.rename(entry_id=named("entry_id"))
    async def faq_accept_all(interaction: Interaction, entry_id: str) -> None:
        who = actor(interaction.user, client.settings)
        await defer(interaction)
        await _say(client, interaction, await client.desk.faq_accept_all(entry_id, who))
    return faq_accept_all


def _link(client: DiscordBot) -> Any:
    @app_commands.rename(entry_id=named("entry_id"))
    async def faq_link(interaction: Interaction, entry_id: str) -> None:
        who = actor(interaction.user, client.settings, where=interaction.channel_id)
        await defer(interaction)
        ticket = await client.desk.ticket_in_thread(PLATFORM, str(interaction.channel_id))
        if ticket is None:
            await respond(interaction, t(_lang(client, interaction), "learning.usage_link"), ephemeral=True)
            return
        await _say(client, interaction, await client.desk.faq_link(ticket.id, entry_id, who))
    return faq_link


async def _say(client: DiscordBot, interaction: Interaction, answer: Reply) -> None:
    await respond(interaction, render(_lang(client, interaction), answer)[:2000], ephemeral=True)


def _lang(client: DiscordBot, interaction: Interaction) -> str:
    return interaction_language(interaction, client.settings.default_language)
