"""Messages: users in DMs and the help channel; users and moderators in ticket threads."""

from __future__ import annotations

import contextlib
import logging
import re
from typing import TYPE_CHECKING, Any

import discord

from bots.discord import render
from bots.discord.identity import PLATFORM, actor
from bots.discord.interactions import view_for
from bots.discord.notifier import MODE_THREAD, card_parts
from bots.discord.origin import DM, GUILD, THREAD, Origin, coming_from
from bots.texts import error_text, post_feedback, split_internal
from core.desk import Inbound, Outcome
from core.errors import DeskError
from core.i18n import Reply
from core.models import Ticket
from core.understanding.text import choose_language

if TYPE_CHECKING:
    from bots.discord.bot import DiscordBot

log = logging.getLogger(__name__)


def served(client: DiscordBot, message: discord.Message) -> bool:
    """Whether ``route`` may act on the message: a person's message in a DM, the help channel or a staff thread."""
    if message.author.bot:
        return False
    ds = client.settings.discord
    channel = message.channel
    if isinstance(channel, discord.Thread):
        return channel.parent_id in ds.staff_channels
    return message.guild is None or channel.id == ds.help_channel_id


def served_channel(client: DiscordBot, channel_id: int, *, in_guild: bool) -> bool:
    """Whether ``served`` accepts messages of this channel (for events that name only the channel)."""
    ds = client.settings.discord
    if not in_guild or channel_id == ds.help_channel_id:
        return True
    channel = client.get_channel(channel_id)
    return isinstance(channel, discord.Thread) and channel.parent_id in ds.staff_channels


async def route(client: DiscordBot, message: discord.Message) -> None:
    """Send a message to the user or staff path; ignore bots and channels the bot does not serve."""
    if message.author.bot or client.user is None:
        return
    ds = client.settings.discord
    channel = message.channel
    if isinstance(channel, discord.Thread) and channel.parent_id in ds.staff_channels:
        ticket = await client.desk.ticket_in_thread(PLATFORM, str(channel.id))
        if ticket is None:
            return
        if str(message.author.id) == ticket.user_id:
            await from_user(client, message, Origin(THREAD, channel.id))
        else:
            await from_staff(client, message, ticket)
    elif message.guild is None:
        await from_user(client, message, Origin(DM, channel.id))
    elif channel.id == ds.help_channel_id:
        await from_user(client, message, Origin(GUILD, channel.id))


async def from_user(client: DiscordBot, message: discord.Message, origin: Origin) -> None:
    """A user's question or a message for their ticket."""
    text = re.sub(rf"<@!?{client.user.id}>", "", message.content).strip() if client.user else message.content
    attachment = message.attachments[0].url if message.attachments else None
    lang = choose_language(text, None, client.settings.default_language)
    # The answer goes out as an outbox row of the action, into the channel the message came from.
    inbound = Inbound(PLATFORM, str(message.author.id), text, user_name=message.author.display_name,
                      attachment=attachment, reply_to=origin.address, ref=f"{message.channel.id}:{message.id}")
    try:
        with coming_from(origin):
            outcome = await client.desk.handle_message(inbound)
    except DeskError as exc:
        if not exc.quiet:
            await message.reply(render.clip(error_text(exc, lang) or ""))
        return
    if outcome.secrets and message.guild is not None:
        await _hide_secret(message, outcome)
        return
    if outcome.replies and not outcome.delivered:
        await _send(message, outcome)


async def from_staff(client: DiscordBot, message: discord.Message, ticket: Ticket) -> None:
    """A moderator in a ticket thread: relay to the user once claimed, otherwise keep it as a note."""
    who = actor(message.author, client.settings, where=message.channel.id)
    if not (who.is_moderator or who.is_admin):
        return
    lang = client.settings.staff_language
    text, internal = split_internal(message.content)
    attachment = message.attachments[0].url if message.attachments else None
    try:
        with coming_from(Origin(THREAD, message.channel.id)):
            post = await client.desk.post_from_staff(ticket.id, who, text, internal=internal, attachment=attachment,
                                                     ref=f"{message.channel.id}:{message.id}")
    except DeskError as exc:
        await message.channel.send(render.clip(error_text(exc, lang) or ""))
        return
    if post.message.internal and card_parts(ticket)[1] == MODE_THREAD:
        # The user is in this thread: take the note out of their sight; it is stored.
        with contextlib.suppress(discord.HTTPException):
            await message.delete()
    feedback = post_feedback(post, lang)
    if feedback:
        await message.channel.send(feedback)


async def _send(message: discord.Message, outcome: Outcome) -> None:
    view = view_for(outcome)
    kwargs: dict[str, Any] = {"embed": render.outcome_embed(outcome)}
    if view is not None:
        kwargs["view"] = view
    await message.channel.send(**kwargs)


async def _hide_secret(message: discord.Message, outcome: Outcome) -> None:
    """In a server channel: delete the message, warn and answer privately, leave a neutral notice."""
    with contextlib.suppress(discord.HTTPException):
        await message.delete()
    with contextlib.suppress(discord.Forbidden):  # DMs closed: the public notice below still tells them
        await message.author.send(embed=render.outcome_embed(outcome), view=view_for(outcome) or discord.utils.MISSING)
    notice = Outcome(outcome.lang, [Reply("secret.deleted")])
    await message.channel.send(f"<@{message.author.id}> " + "\n".join(notice.texts()),
                               allowed_mentions=discord.AllowedMentions(users=[message.author]))
