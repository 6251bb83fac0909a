"""Handlers for users in a private chat with the bot: questions, buttons, /human, /ticket, /cancel."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, InputFile, Message, Update
from telegram.constants import ChatType
from telegram.error import TelegramError

from bots.telegram import callbacks, render
from bots.telegram.context import Context, command_body, desk_errors, inbound, language, reply, services
from core.desk import Outcome
from core.errors import AlreadyRated, InvalidInput, NotAllowed
from core.i18n import Reply, t

log = logging.getLogger(__name__)


@desk_errors
async def start(update: Update, context: Context) -> None:
    """/start and /help: what the bot does, in the user's language."""
    await reply(update, t(language(update, context), "help.telegram"))


@desk_errors
async def message(update: Update, context: Context) -> None:
    """Any text, photo or document: the desk answers, suggests, escalates, or relays to staff."""
    msg = update.effective_message
    assert msg is not None
    text = msg.text or msg.caption or ""
    outcome = await services(context).desk.handle_message(inbound(update, text, attachment_of(msg)))
    if outcome.secrets and await _delete(msg):
        outcome.replies.append(Reply("secret.deleted"))
    await show(update, outcome)


async def unsupported(update: Update, context: Context) -> None:
    """Stickers, voice notes, locations...: say what the bot can read instead of ignoring them."""
    await reply(update, t(language(update, context), "input.unsupported"))


@desk_errors
async def human(update: Update, context: Context) -> None:
    """/human [text]: escalate at once."""
    await show(update, await services(context).desk.request_human(inbound(update, command_body(update))))


@desk_errors
async def ticket(update: Update, context: Context) -> None:
    """/ticket: the user's ticket and its state."""
    await show(update, await services(context).desk.my_ticket(inbound(update)))


@desk_errors
async def tickets(update: Update, context: Context) -> None:
    """/tickets: the user's latest tickets, newest first."""
    await show(update, await services(context).desk.my_tickets(inbound(update)))


@desk_errors
async def cancel(update: Update, context: Context) -> None:
    """/cancel: withdraw the active ticket."""
    await show(update, await services(context).desk.cancel(inbound(update)))


@desk_errors
async def transcript(update: Update, context: Context) -> None:
    """/transcript: the user's latest ticket as an HTML file, without the staff's notes."""
    result = await services(context).desk.my_transcript(inbound(update, answered_here=True))
    if isinstance(result, Outcome):
        await show(update, result)
        return
    if len(result.data) > render.UPLOAD_LIMIT:
        await reply(update, t(result.lang, "transcript.too_large", number=result.ticket_id))
        return
    msg = update.effective_message
    assert msg is not None
    await msg.reply_document(InputFile(result.data, filename=result.name),
                             caption=t(result.lang, "transcript.caption", number=result.ticket_id))


@desk_errors
async def comment(update: Update, context: Context) -> None:
    """/comment TEXT: add a comment to the latest rating."""
    await show(update, await services(context).desk.comment(inbound(update, command_body(update))))


@desk_errors
async def button(update: Update, context: Context) -> None:
    """Inline buttons under answers, suggestions and rating requests, pressed in the user's private chat."""
    query = update.callback_query
    assert query is not None
    pressed = callbacks.parse(query.data)
    chat = update.effective_chat
    if pressed is None or chat is None or chat.type != ChatType.PRIVATE:
        # The data is the client's to write: a user button pressed anywhere but a private chat is forged.
        raise NotAllowed(action="button")
    desk = services(context).desk
    if pressed.action == callbacks.RATE:
        await _rate(update, context, pressed)
        return
    await query.answer()
    if pressed.action == callbacks.SOLVED:
        outcome = await desk.mark_solved(inbound(update))
    elif pressed.action == callbacks.HUMAN:
        outcome = await desk.request_human(inbound(update))
    elif pressed.action == callbacks.PICK and pressed.args:
        outcome = await desk.choose(inbound(update), pressed.args[0])
    else:
        return
    if isinstance(query.message, Message):
        await _quietly_edit_markup(query.message)  # one press per keyboard: no double escalations
    await show(update, outcome)


async def _rate(update: Update, context: Context, pressed: callbacks.Callback) -> None:
    """A 1-5 press: stored (or changed, within the window); the keyboard stays until the rating is final."""
    query = update.callback_query
    assert query is not None
    try:
        ticket_id, score = pressed.number(0), pressed.number(1)
    except (ValueError, IndexError):
        raise InvalidInput() from None
    message = query.message if isinstance(query.message, Message) else None
    try:
        outcome = await services(context).desk.rate(inbound(update, answered_here=True), ticket_id, score)
    except AlreadyRated:
        if message is not None:
            await _quietly_edit_markup(message)  # final: the buttons go
        raise
    await query.answer(t(outcome.lang, "rating.thanks", score=score)[:200])
    if message is not None:
        await _quietly_edit_markup(message, render.rating_keyboard(ticket_id, chosen=score))
    outcome.replies += [Reply("rating.changed_hint"), Reply("rating.comment_hint")]
    await show(update, outcome)


async def show(update: Update, outcome: Outcome) -> None:
    """Send an outcome as one message with its buttons, unless the desk already sent it from the outbox."""
    if outcome.replies and not outcome.delivered:
        await reply(update, render.outcome_text(outcome), render.outcome_keyboard(outcome))


def attachment_of(msg: Message) -> str | None:
    """Return a relayable reference to a photo or document (Telegram file ids work across chats)."""
    if msg.photo:
        return f"photo:{msg.photo[-1].file_id}"
    if msg.document:
        return f"document:{msg.document.file_id}"
    return None


async def _delete(msg: Message) -> bool:
    try:
        return await msg.delete()
    except TelegramError as exc:
        log.info("could not delete a message holding a secret: %s", exc)
        return False


async def _quietly_edit_markup(msg: Message, markup: InlineKeyboardMarkup | None = None) -> None:
    try:
        await msg.edit_reply_markup(markup)
    except TelegramError as exc:
        log.info("could not remove a keyboard: %s", exc)

