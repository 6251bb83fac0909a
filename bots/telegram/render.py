"""Telegram's presentation of core outcomes: one message per outcome, keyboards, topic titles.

Everything is sent as plain text (no parse mode), so FAQ text or user text can never inject
markup, and ``@mentions`` in relayed text are never turned into pings by formatting.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity, User

from bots import texts
from bots.telegram.callbacks import CLAIM, HUMAN, PICK, RATE, RESOLVE, SOLVED, Callback
from core.desk import Outcome
from core.models import Ticket
from core.outbox.answers import UserAction, UserChoice
from core.tickets import cards
from core.tickets.notify import TicketCard

MESSAGE_LIMIT = 4096
UPLOAD_LIMIT = 50 * 1024 * 1024  # bytes of a file a bot may upload (the Bot API's limit)
TOPIC_TITLE_LIMIT = 128
_CARD_CALLBACKS = {cards.CLAIM: CLAIM, cards.RESOLVE: RESOLVE}  # core's card actions as callback names
_USER_CALLBACKS = {UserChoice.SOLVED: SOLVED, UserChoice.HUMAN: HUMAN}


def button(text: str, callback: Callback) -> InlineKeyboardButton:
    """Return an inline button carrying ``callback``."""
    return InlineKeyboardButton(text, callback_data=callback.encode())


def outcome_text(outcome: Outcome) -> str:
    """Join an outcome's replies into one message."""
    return "\n\n".join(outcome.texts())


def outcome_keyboard(outcome: Outcome) -> InlineKeyboardMarkup | None:
    """Buttons for an outcome: feedback under an answer, the candidates under a suggestion."""
    return actions_keyboard(outcome.actions())


def actions_keyboard(actions: Sequence[UserAction]) -> InlineKeyboardMarkup | None:
    """The core's actions under a reply as buttons: one row per suggested entry, then the others side by side."""
    if not actions:
        return None
    picks = [[button(a.label[:60], Callback(PICK, (a.entry_id or "",)))]
             for a in actions if a.choice == UserChoice.PICK]
    others = [button(a.label[:60], Callback(_USER_CALLBACKS[a.choice]))
              for a in actions if a.choice != UserChoice.PICK]
    return InlineKeyboardMarkup([*picks, others] if others else picks)


def rating_keyboard(ticket_id: int, chosen: int | None = None) -> InlineKeyboardMarkup:
    """1-5 buttons (the chosen one ticked); the ticket number rides along so a press is valid after a restart."""
    return InlineKeyboardMarkup([[button(f"{'✅ ' if score == chosen else ''}{score} ⭐",
                                         Callback(RATE, (str(ticket_id), str(score))))
                                  for score in range(1, 6)]])


def card_keyboard(ticket: Ticket, lang: str) -> InlineKeyboardMarkup | None:
    """The staff card's buttons, as ``core.tickets.cards`` decides them for the ticket's state; none once it is done."""
    actions = cards.card_actions(ticket)
    if not actions:
        return None
    # Telegram has no disabled buttons: the claimer's button still sends claim, which just reports who has it.
    return InlineKeyboardMarkup([[button(a.label(lang)[:60], Callback(_CARD_CALLBACKS[a.action], (str(a.ticket_id),)))
                                  for a in actions]])


def card_text(card: TicketCard, lang: str) -> str:
    """The summary card that opens a ticket's topic."""
    return texts.card_text(card, lang, f"{card.ticket.user_name or '-'} (id {card.ticket.user_id})")


def mention(text: str, name: str | None, user_id: str | None) -> list[MessageEntity]:
    """A mention of ``name`` inside plain ``text`` that notifies that person (an entity: no parse mode needed)."""
    at = text.find(name) if name and user_id and user_id.isdigit() else -1
    if name is None or user_id is None or at < 0:
        return []
    # Telegram counts offsets in UTF-16 code units (an emoji before the name counts two).
    offset, length = len(text[:at].encode("utf-16-le")) // 2, len(name.encode("utf-16-le")) // 2
    return [MessageEntity(MessageEntity.TEXT_MENTION, offset, length, user=User(int(user_id), name, False))]


def topic_title(ticket: Ticket) -> str:
    """The forum topic's name."""
    return texts.ticket_title(ticket, TOPIC_TITLE_LIMIT)


def chunks(text: str, limit: int = MESSAGE_LIMIT) -> Iterator[str]:
    """Split long text at line breaks into pieces Telegram accepts."""
    piece = ""
    for line in text.splitlines(keepends=True):
        while len(line) > limit:
            if piece:
                yield piece
                piece = ""
            yield line[:limit]
            line = line[limit:]
        if len(piece) + len(line) > limit:
            yield piece
            piece = ""
        piece += line
    if piece.strip():
        yield piece


