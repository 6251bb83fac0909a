"""Edited messages: a user's in the private chat, a moderator's in a ticket topic; the copy follows.

Telegram sends a bot no update when a message in a private chat is deleted, so a user's deletion cannot
be seen here (Discord's can).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bots.telegram import copies
from bots.telegram.context import Context, desk_errors, services
from bots.telegram.identity import PLATFORM
from bots.texts import split_internal
from core.models import Actor


def handlers(staff_chats: list[int]) -> list[BaseHandler[Update, Context, None]]:
    """Edits only: new messages go to the user and staff handlers."""
    edited = filters.UpdateType.EDITED_MESSAGE
    return [MessageHandler(edited & filters.ChatType.PRIVATE, user_edited),
            MessageHandler(edited & filters.Chat(chat_id=staff_chats) & filters.IS_TOPIC_MESSAGE, staff_edited)]


@desk_errors
async def user_edited(update: Update, context: Context) -> None:
    """A user edited a message they sent the bot: the staff copy shows the new words, marked edited."""
    msg, user = update.edited_message, update.effective_user
    if msg is None or user is None:
        return
    actor = Actor(PLATFORM, str(user.id), user.full_name)
    await services(context).desk.message_edited(PLATFORM, copies.message_ref(msg.chat_id, msg.message_id),
                                                msg.text or msg.caption or "", actor)


@desk_errors
async def staff_edited(update: Update, context: Context) -> None:
    """A moderator edited their message in a ticket topic: the user's copy of a relayed reply follows."""
    msg, user = update.edited_message, update.effective_user
    if msg is None or user is None:
        return
    actor = await services(context).staff.actor(user, msg.chat_id, msg.message_thread_id)
    text, _ = split_internal(msg.text or msg.caption or "")
    await services(context).desk.message_edited(PLATFORM, copies.message_ref(msg.chat_id, msg.message_id), text, actor)
