"""Edit and delete sync on Discord: the bot's copy of a relayed line follows its original.

A copy is ``channel:message``. Discord lets a bot PATCH only its own messages, which copies are; a copy
someone deleted is posted anew, marked.
"""

from __future__ import annotations

import logging

import discord

from bots.discord import render
from core.i18n import t
from core.models import TicketMessage

log = logging.getLogger(__name__)


def ref_of(message: discord.Message | None) -> str | None:
    """The platform reference of one message: where a line came from, or the copy a relay posted."""
    return f"{message.channel.id}:{message.id}" if message is not None else None


def parse(ref: str | None) -> tuple[int, int] | None:
    channel, _, message = (ref or "").partition(":")
    return (int(channel), int(message)) if channel.isdigit() and message.isdigit() else None


def marked(lang: str, said: str, message: TicketMessage) -> str:
    """The copy's new words: an edit carries the mark, a deletion keeps the words struck through under its mark."""
    if message.deleted_at is None:
        return render.clip(f"{said}\n{t(lang, 'edit.mark')}")
    return render.clip(f"{t(lang, 'edit.deleted')}\n~~{said}~~")


async def edit(client: discord.Client, copy_ref: str | None, text: str) -> bool:
    """Edit the copy in place; False when there is none to edit (unknown, or deleted), so the caller posts anew."""
    copy = parse(copy_ref)
    if copy is None:
        return False
    try:
        await client.get_partial_messageable(copy[0]).get_partial_message(copy[1]).edit(content=text)
    except discord.NotFound:
        log.info("discord: copy %s is gone; its words are posted anew", copy_ref)
        return False
    return True
