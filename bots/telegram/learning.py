"""Teaching the bot in Telegram: /faq_link in a resolved ticket's topic; admins review what users asked."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bots.telegram.context import Context, acting, command_body, desk_errors, language, reply, services
from bots.telegram.identity import PLATFORM
from bots.telegram.notifier import thread_ref
from core.i18n import Reply, render, t


@desk_errors
async def faq_candidates(update: Update, context: Context) -> None:
    """/faq_candidates [ENTRY]: the phrasings waiting for review, with their ids."""
    words = command_body(update).split()
    desk = services(context).desk
    await _say(update, context, await desk.faq_candidates_reply(await acting(update, context), *words[:1]))


@desk_errors
async def faq_accept(update: Update, context: Context) -> None:
    """/faq_accept ID: the phrasing joins its entry's questions (/faq_undo ENTRY takes it back)."""
    if (candidate_id := await _number(update, context, "/faq_accept")) is not None:
        desk = services(context).desk
        await _say(update, context, await desk.faq_accept(candidate_id, await acting(update, context)))


@desk_errors
async def faq_reject(update: Update, context: Context) -> None:
    """/faq_reject ID: the phrasing is dropped and not proposed again."""
    if (candidate_id := await _number(update, context, "/faq_reject")) is not None:
        desk = services(context).desk
        await _say(update, context, await desk.faq_reject(candidate_id, await acting(update, context)))


@desk_errors
async def faq_accept_all(update: Update, context: Context) -> None:
    """/faq_accept_all ENTRY: every pending phrasing of one entry, as one version."""
    words = command_body(update).split()
    if len(words) != 1:
        await reply(update, t(language(update, context), "learning.usage_entry", command="/faq_accept_all"))
        return
    await _say(update, context, await services(context).desk.faq_accept_all(words[0], await acting(update, context)))


@desk_errors
async def faq_link(update: Update, context: Context) -> None:
    """/faq_link ENTRY in a resolved ticket's topic: its first question becomes a candidate of that entry."""
    msg, chat, words = update.effective_message, update.effective_chat, command_body(update).split()
    desk, ticket = services(context).desk, None
    if msg is not None and chat is not None and msg.is_topic_message and msg.message_thread_id is not None:
        ticket = await desk.ticket_in_thread(PLATFORM, thread_ref(chat.id, msg.message_thread_id))
    if ticket is None or len(words) != 1:
        await reply(update, t(language(update, context), "learning.usage_link"))
        return
    await _say(update, context, await desk.faq_link(ticket.id, words[0], await acting(update, context)))


def handlers(anywhere: filters.BaseFilter, staff_chat: filters.BaseFilter) -> list[BaseHandler[Any, Any, Any]]:
    """Review in a private chat or the staff group (the core checks admin rights); links in a ticket's topic."""
    review = {"faq_candidates": faq_candidates, "faq_accept": faq_accept, "faq_reject": faq_reject,
              "faq_accept_all": faq_accept_all}
    return [*(CommandHandler(name, handler, filters=anywhere) for name, handler in review.items()),
            CommandHandler("faq_link", faq_link, filters=staff_chat)]


async def _number(update: Update, context: Context, command: str) -> int | None:
    words = command_body(update).split()
    if len(words) != 1 or not words[0].strip("[]#").isdigit():
        await reply(update, t(language(update, context), "learning.usage_id", command=command))
        return None
    return int(words[0].strip("[]#"))


async def _say(update: Update, context: Context, answer: Reply) -> None:
    await reply(update, render(language(update, context), answer))
