"""Blocklist and audit commands in the staff group: /block, /unblock, /blocks; /audit for admins."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bots.telegram.context import Context, acting, command_body, desk_errors, language, reply, services
from core.desk.moderation import AUDIT_SHOWN
from core.i18n import render
from core.tickets.blocks import USER_ID, parse_block_args

AUDIT_MAX = 50


@desk_errors
async def block(update: Update, context: Context) -> None:
    """/block [USER_ID] [30m|12h|7d|perm] [reason]: without an id, the user of the topic's ticket."""
    request = parse_block_args(command_body(update))
    done = await services(context).desk.block(await acting(update, context), user_id=request.user_id,
                                              duration=request.duration, reason=request.reason)
    await reply(update, render(language(update, context), done))


@desk_errors
async def unblock(update: Update, context: Context) -> None:
    """/unblock [USER_ID]: without an id, the user of the topic's ticket."""
    first = command_body(update).split()[:1]
    user_id = first[0] if first and USER_ID.match(first[0]) else None
    done = await services(context).desk.unblock(await acting(update, context), user_id=user_id)
    await reply(update, render(language(update, context), done))


@desk_errors
async def blocks(update: Update, context: Context) -> None:
    """/blocks: the Telegram users blocked now."""
    listed = await services(context).desk.blocks_reply(await acting(update, context), "telegram")
    await reply(update, render(language(update, context), listed))


@desk_errors
async def audit(update: Update, context: Context) -> None:
    """/audit [N]: the last N (20) staff and admin actions, for admins."""
    arg = command_body(update).split()[:1]
    limit = min(int(arg[0]), AUDIT_MAX) if arg and arg[0].isdigit() and int(arg[0]) > 0 else AUDIT_SHOWN
    shown = await services(context).desk.audit_reply(await acting(update, context), limit)
    await reply(update, render(language(update, context), shown))


def handlers(staff_chat: filters.BaseFilter) -> list[BaseHandler[Any, Any, Any]]:
    """The staff group's moderation commands (``/audit`` is registered with the admin commands)."""
    return [CommandHandler("block", block, filters=staff_chat),
            CommandHandler("unblock", unblock, filters=staff_chat),
            CommandHandler("blocks", blocks, filters=staff_chat)]

