"""Edited and deleted messages (raw gateway events, so no message cache is needed): the copy follows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import discord

from bots.discord import copies
from bots.discord.identity import PLATFORM, actor
from bots.discord.inbox import Deletion
from bots.discord.messages import served
from bots.discord.origin import DM, GUILD, THREAD, Origin, coming_from
from bots.ordering import KeyedLocks
from bots.texts import split_internal
from core.models import Actor

if TYPE_CHECKING:
    from bots.discord.bot import DiscordBot


async def edited(client: DiscordBot, message: discord.Message, order: KeyedLocks) -> None:
    """A person edited a message the bot serves: a user's, or a moderator's in a ticket thread."""
    if not served(client, message):
        return
    ref, channel = copies.ref_of(message) or "", message.channel
    # In the original's order: an edit that arrives while the original is still handled waits for it.
    shared = message.guild is not None and not isinstance(channel, discord.Thread)
    async with order.hold((channel.id, message.author.id) if shared else channel.id):
        ticket = await client.desk.ticket_in_thread(PLATFORM, str(channel.id)) if isinstance(
            channel, discord.Thread) else None
        if ticket is not None and str(message.author.id) != ticket.user_id:
            text, _ = split_internal(message.content)
            who = actor(message.author, client.settings, where=channel.id)
        else:
            mention = rf"<@!?{client.user.id}>" if client.user else r"$^"
            text = re.sub(mention, "", message.content).strip()
            who = Actor(PLATFORM, str(message.author.id), message.author.display_name)
        with coming_from(_origin(channel.id, message.guild is not None, isinstance(channel, discord.Thread))):
            await client.desk.message_edited(PLATFORM, ref, text, who)


async def deleted(client: DiscordBot, gone: Deletion) -> None:
    """A message was deleted: its copy is marked; Discord does not say by whom."""
    with coming_from(_origin(gone.channel_id, gone.in_guild, gone.thread)):
        await client.desk.message_deleted(PLATFORM, f"{gone.channel_id}:{gone.message_id}")


def _origin(channel_id: int, in_guild: bool, thread: bool) -> Origin:
    return Origin(THREAD if thread else GUILD if in_guild else DM, channel_id)
