"""Discord's presentation of core outcomes: embeds, thread names, the staff card."""

from __future__ import annotations

import dataclasses
import re

import discord

from bots import texts
from core.desk import Outcome
from core.models import Ticket
from core.tickets.notify import TicketCard

EMBED_LIMIT = 4096
CONTENT_LIMIT = 2000
UPLOAD_LIMIT = 10 * 1024 * 1024  # bytes of an attachment in a server without boosts (Discord's default)
THREAD_NAME_LIMIT = 100
COLOUR = discord.Colour.blurple()
# Links as Discord's client finds them (the pattern discord.py uses) are shown as typed: the client formats
# nothing inside a link, and a backslash would break it. Outside links, every character that starts Discord
# markdown is escaped; the client hides a backslash before punctuation, so an extra one costs nothing.
_LINK_OR_MARKDOWN = re.compile(r"(?P<link><[^: >]+:/[^ >]+>|(?:https?|steam)://[^\s<]+[^<.,:;\"'\]\s])"
                               r"|[\\*_~`|\[\]>#-]")


def outcome_embed(outcome: Outcome) -> discord.Embed:
    """One embed holding every reply of an outcome (embeds never ping anyone)."""
    return text_embed("\n\n".join(outcome.texts()))


def text_embed(text: str) -> discord.Embed:
    """Replies the desk rendered, as one embed."""
    return discord.Embed(description=text[:EMBED_LIMIT], colour=COLOUR)


def user_text(text: str) -> str:
    """A user's words shown to staff: markdown and mentions escaped, so they read exactly as typed.

    (Nothing pings anyway - the client's allowed_mentions is none - but a user must not be able to
    fake formatting, masked links or a quote of staff.)
    """
    # Not discord.utils.escape_markdown: it escapes only the "[" of "[**x**](y)" and leaves "**x**" to render.
    return _LINK_OR_MARKDOWN.sub(lambda m: m["link"] or "\\" + m[0], discord.utils.escape_mentions(text))


def card_embed(card: TicketCard, lang: str) -> discord.Embed:
    """The summary card that opens a ticket's thread (the user as a mention, which an embed never pings)."""
    card = dataclasses.replace(card, question=user_text(card.question))
    name = user_text(card.ticket.user_name or "-")
    text = texts.card_text(card, lang, f"{name} (<@{card.ticket.user_id}>)")
    return discord.Embed(description=text[:EMBED_LIMIT], colour=COLOUR)


def thread_name(ticket: Ticket) -> str:
    """The thread's name."""
    return texts.ticket_title(ticket, THREAD_NAME_LIMIT)


def clip(text: str) -> str:
    """Fit plain message content into Discord's limit."""
    return text if len(text) <= CONTENT_LIMIT else text[: CONTENT_LIMIT - 1] + "…"
