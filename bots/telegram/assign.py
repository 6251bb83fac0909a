"""Handing tickets on in the staff group: /assign and /priority in a ticket's topic."""

from __future__ import annotations

from typing import Any

from telegram import Message, MessageEntity, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bots.telegram.context import Context, acting, command_body, desk_errors, language, reply, services, topic_ticket
from bots.telegram.identity import PLATFORM
from core.i18n import t
from core.models import Actor


@desk_errors
async def assign(update: Update, context: Context) -> None:
    """/assign @username | USER_ID, or /assign in reply to their message: the ticket becomes theirs."""
    ticket = await topic_ticket(update, context)
    if ticket is None:
        return
    target = await _target(update, context)
    if target is not None:  # the topic is told (the new owner mentioned) once the change is delivered
        await services(context).desk.assign(ticket.id, await acting(update, context), target)


@desk_errors
async def priority(update: Update, context: Context) -> None:
    """/priority high|normal|low in a ticket's topic: its place in the queue and its reminders."""
    if ticket := await topic_ticket(update, context):
        await services(context).desk.set_priority(ticket.id, await acting(update, context), command_body(update))


def handlers(staff_chat: filters.BaseFilter) -> list[BaseHandler[Any, Any, Any]]:
    """The staff group's commands for handing tickets on."""
    return [CommandHandler("assign", assign, filters=staff_chat),
            CommandHandler("priority", priority, filters=staff_chat)]


async def _target(update: Update, context: Context) -> Actor | None:
    """Whom /assign names, with the rights Telegram reports for them in this group; says so when unclear."""
    msg, chat = update.effective_message, update.effective_chat
    assert msg is not None and chat is not None
    staff, lang = services(context).staff, language(update, context)
    user_id = _named_id(msg)
    word = command_body(update).split()[0] if command_body(update) else ""
    if user_id is None and word.startswith("@"):
        user_id = await staff.find_username(chat.id, word)
        if user_id is None:
            await reply(update, t(lang, "assign.unknown", name=word))
            return None
    if user_id is None:
        await reply(update, t(lang, "assign.whom"))
        return None
    return await staff.member(chat.id, user_id) or Actor(PLATFORM, str(user_id), word or str(user_id))


def _named_id(msg: Message) -> int | None:
    """A person named by a tap on their name (text mention), a numeric id, or the message answered."""
    for entity in msg.parse_entities([MessageEntity.TEXT_MENTION]):
        if entity.user is not None:
            return entity.user.id
    words = (msg.text or "").split()[1:2]
    if words and words[0].isdigit():
        return int(words[0])
    answered = msg.reply_to_message
    # In a topic every message answers the topic's first (service) message: that one names nobody.
    if answered is not None and answered.forum_topic_created is None and answered.from_user is not None:
        return answered.from_user.id
    return None

