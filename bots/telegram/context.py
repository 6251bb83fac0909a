"""What every handler needs: the desk, the staff directory, the user's language, error replies."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, cast

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bots.telegram import render
from bots.telegram.identity import PLATFORM, StaffDirectory
from bots.telegram.notifier import reply_address, thread_ref, with_retries
from bots.texts import error_text
from core.desk import Inbound, SupportDesk
from core.errors import DeskError
from core.i18n import t
from core.models import Actor, Ticket
from core.settings import Settings
from core.tickets.notify import Unconfirmed
from core.understanding.text import choose_language
from faq.loader import FaqFileError

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]


@dataclass
class Services:
    """Stored in ``bot_data``: the one desk and directory shared by all handlers."""

    desk: SupportDesk
    staff: StaffDirectory
    settings: Settings


def services(context: Context) -> Services:
    """Return the services the application was built with."""
    return cast(Services, context.bot_data["services"])


def language(update: Update, context: Context, text: str = "") -> str:
    """Reply language: staff settings in the staff group; else the text's script, then the client locale."""
    svc = services(context)
    chat = update.effective_chat
    if chat is not None and svc.staff.is_staff_chat(chat.id):
        return svc.settings.staff_language
    user = update.effective_user
    return choose_language(text, user.language_code if user else None, svc.settings.default_language)


def inbound(update: Update, text: str = "", attachment: str | None = None, *, answered_here: bool = False) -> Inbound:
    """Return the user's message as the desk's ``Inbound``.

    It carries the chat (and topic) to answer in, so the desk's reply goes out as an outbox row of the
    action it answers; ``answered_here`` keeps the reply with the handler (one that edits the buttons too).
    """
    user = update.effective_user
    assert user is not None, "handlers are registered for messages with a sender"
    message = update.effective_message
    return Inbound(PLATFORM, str(user.id), text, user_name=user.full_name, locale=user.language_code,
                   attachment=attachment, reply_to=None if answered_here else _reply_address(update),
                   ref=f"{message.chat_id}:{message.message_id}" if message is not None else None)


def _reply_address(update: Update) -> str | None:
    chat, message = update.effective_chat, update.effective_message
    if chat is None:
        return None
    thread = message.message_thread_id if message is not None and message.is_topic_message else None
    return reply_address(chat.id, thread)


async def reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> Message | None:
    """Answer in the same chat (and forum topic), splitting text Telegram would refuse.

    Returns the last piece sent (None if Telegram took it without confirming).
    """
    message = update.effective_message
    chat = update.effective_chat
    if chat is None:
        return None
    thread = message.message_thread_id if message is not None and message.is_topic_message else None
    pieces = list(render.chunks(text)) or [text]
    sent = None
    for number, piece in enumerate(pieces, start=1):
        keyboard = markup if number == len(pieces) else None
        try:  # a passing network error or 5xx is tried again; a lost answer is not sent twice
            sent = await with_retries(functools.partial(chat.send_message, piece, message_thread_id=thread,
                                                        reply_markup=keyboard))
        except Unconfirmed:
            log.info("an answer in chat %s was taken but not confirmed: not sent again", chat.id)
    return sent


def command_body(update: Update) -> str:
    """Return everything after the command word, newlines kept (``context.args`` splits them away)."""
    message = update.effective_message
    text = (message.text or "") if message else ""
    _, _, rest = text.partition(" ") if " " in text.split("\n", 1)[0] else text.partition("\n")
    return rest.strip()


def desk_errors(handler: Handler) -> Handler:
    """Turn errors a person caused into a reply in their language; anything else reaches on_error."""
    @functools.wraps(handler)
    async def wrapper(update: Update, context: Context) -> None:
        try:
            await handler(update, context)
        except (DeskError, FaqFileError) as exc:
            if not getattr(exc, "quiet", False):
                await tell(update, error_text(exc, language(update, context)) or "")
    return wrapper


async def tell(update: Update, text: str) -> None:
    """Report to whoever acted: an alert for a button press, a message otherwise.

    A press can be answered once; when the handler already answered it, the text goes to the chat.
    """
    if update.callback_query is not None:
        try:
            await update.callback_query.answer(text[:200], show_alert=True)
            return
        except BadRequest as exc:
            log.info("callback query already answered or expired: %s", exc)
    await reply(update, text)


async def on_error(update: object, context: Context) -> None:
    """Log an unexpected failure (ids only, never message text) and tell the person something broke."""
    if not isinstance(update, Update):
        log.error("telegram error outside an update: %r", context.error, exc_info=context.error)
        return
    chat = update.effective_chat
    log.error("update %s in chat %s failed: %s", update.update_id, chat.id if chat else "-",
              type(context.error).__name__, exc_info=context.error)
    try:
        await tell(update, t(language(update, context), "error.generic"))
    except Exception as exc:  # the network may be the very thing that failed
        log.warning("could not report the failure of update %s: %s", update.update_id, exc)


async def acting(update: Update, context: Context) -> Actor:
    """The person acting, with the chat and topic Telegram says the message (or pressed card) is in, never
    from its text: staff rights and the ticket a command acts on follow from where it was sent."""
    user, chat, msg = update.effective_user, update.effective_chat, update.effective_message
    assert user is not None
    topic = msg.message_thread_id if msg is not None and msg.is_topic_message else None
    return await services(context).staff.actor(user, chat.id if chat else None, topic)


async def topic_ticket(update: Update, context: Context, *, say: bool = True) -> Ticket | None:
    """The ticket whose forum topic the message was sent in; with ``say``, tells the sender when there is none."""
    msg, chat = update.effective_message, update.effective_chat
    ticket = None
    if msg is not None and chat is not None and msg.is_topic_message and msg.message_thread_id is not None:
        ticket = await services(context).desk.ticket_in_thread(PLATFORM, thread_ref(chat.id, msg.message_thread_id))
    if ticket is None and say:
        await reply(update, t(language(update, context), "staff.no_ticket"))
    return ticket
