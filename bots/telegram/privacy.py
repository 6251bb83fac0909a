"""Privacy requests in a user's private chat: /mydata sends documents, /forgetme asks, its button erases."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, InputFile, Message, Update
from telegram.constants import ChatType
from telegram.error import TelegramError

from bots.telegram import callbacks, render
from bots.telegram.context import Context, desk_errors, inbound, reply, services
from core.errors import NotAllowed
from core.i18n import t
from core.tickets.privacy import DataExport

log = logging.getLogger(__name__)


@desk_errors
async def mydata(update: Update, context: Context) -> None:
    """/mydata: what is stored about the user, as documents (JSON, then one HTML page per ticket)."""
    await send_export(update, await services(context).desk.my_data(inbound(update, answered_here=True)))


@desk_errors
async def forgetme(update: Update, context: Context) -> None:
    """/forgetme: what erasure means, with a button that names the user it is for."""
    user = update.effective_user
    assert user is not None
    outcome = await services(context).desk.forget_warning(inbound(update, answered_here=True))
    press = callbacks.Callback(callbacks.FORGET, (str(user.id),))
    keyboard = InlineKeyboardMarkup([[render.button(t(outcome.lang, "privacy.forget.button"), press)]])
    await reply(update, render.outcome_text(outcome), keyboard)


@desk_errors
async def confirm(update: Update, context: Context) -> None:
    """The erase button: only in a private chat, only by the user the button was made for."""
    query = update.callback_query
    assert query is not None
    if not _own_press(update):  # the data is the client's to write: a press for someone else is forged
        raise NotAllowed(action="button")
    await query.answer()  # first: erasing takes a moment, and the client spins until answered
    outcome = await services(context).desk.forget_me(inbound(update, answered_here=True))
    if isinstance(query.message, Message):
        try:  # one press: the button goes
            await query.message.edit_reply_markup(None)
        except TelegramError as exc:
            log.info("could not remove the erase button: %s", exc)
    await reply(update, render.outcome_text(outcome))


def _own_press(update: Update) -> bool:
    pressed = callbacks.parse(update.callback_query.data if update.callback_query else None)
    user, chat = update.effective_user, update.effective_chat
    if pressed is None or pressed.action != callbacks.FORGET or len(pressed.args) != 1 or user is None:
        return False
    try:
        named = pressed.number(0)
    except ValueError:
        return False
    return chat is not None and chat.type == ChatType.PRIVATE and named == user.id


async def send_export(update: Update, export: DataExport) -> None:
    """Send each file as a document in the chat; one past the Bot API's upload limit becomes a line."""
    msg = update.effective_message
    assert msg is not None
    caption = t(export.lang, "privacy.mydata.caption", tickets=export.tickets)
    for number, item in enumerate(export.files):
        if len(item.data) > render.UPLOAD_LIMIT:
            await reply(update, t(export.lang, "privacy.mydata.too_large", name=item.name))
            continue
        await msg.reply_document(InputFile(item.data, filename=item.name), caption=caption if number == 0 else None)
