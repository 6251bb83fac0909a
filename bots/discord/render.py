"""Discord's presentation of core outcomes: embeds, thread names, the staff card."""

from __future__ import annotations

import discord

from core.desk import Outcome
from core.i18n import t
from core.models import Ticket, TicketState
from core.notify import TicketCard

EMBED_LIMIT = 4096
CONTENT_LIMIT = 2000
THREAD_NAME_LIMIT = 100
COLOUR = discord.Colour.blurple()


def outcome_embed(outcome: Outcome) -> discord.Embed:
    """One embed holding every reply of an outcome (embeds never ping anyone)."""
    return discord.Embed(description="\n\n".join(outcome.texts())[:EMBED_LIMIT], colour=COLOUR)


def card_embed(card: TicketCard, lang: str) -> discord.Embed:
    """The summary card that opens a ticket's thread."""
    ticket = card.ticket
    guesses = "; ".join(f"{entry_id} ({score:.2f}) {question}" for entry_id, question, score in card.guesses) or "-"
    earlier = ", ".join(f"#{e.id} {e.category or '-'} {e.state.value}" + (f" {e.rating}/5" if e.rating else "")
                        for e in card.earlier) or "-"
    text = t(lang, "staff.card_full", number=ticket.id, category=ticket.category or "-", language=ticket.language,
             user=f"{ticket.user_name or '-'} (<@{ticket.user_id}>)", reason=ticket.escalation_reason or "-",
             question=card.question or "-", guesses=guesses, earlier=earlier,
             state=t(lang, f"staff.state.{ticket.state.value}", moderator=ticket.moderator_name or "-"))
    return discord.Embed(description=text[:EMBED_LIMIT], colour=COLOUR)


def thread_name(ticket: Ticket) -> str:
    """The thread's name: number, category, language, and who has it."""
    mark = {TicketState.RESOLVED: "✅ ", TicketState.CLOSED: "🔒 "}.get(ticket.state, "")
    name = f"{mark}#{ticket.id} · {ticket.category or 'general'} · {ticket.language}"
    if ticket.state == TicketState.CLAIMED and ticket.moderator_name:
        name += f" · ✋ {ticket.moderator_name}"
    return name[:THREAD_NAME_LIMIT]


def clip(text: str) -> str:
    """Fit plain message content into Discord's limit."""
    return text if len(text) <= CONTENT_LIMIT else text[: CONTENT_LIMIT - 1] + "…"
