"""Votes in a rating poll (``poll_answer`` updates): a vote names its poll and voter, never a ticket."""

from __future__ import annotations

import contextlib
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, PollAnswerHandler

from bots.telegram.context import Context, services
from bots.telegram.identity import PLATFORM
from bots.texts import error_text
from core.desk import Inbound
from core.errors import DeskError
from core.i18n import Reply
from core.understanding.text import choose_language


async def vote(update: Update, context: Context) -> None:
    """A vote, changed vote or retracted vote in a rating poll."""
    answer = update.poll_answer
    if answer is None or answer.user is None:
        return  # a vote on behalf of a chat: never the ticket's user, who votes in a private chat
    voter = answer.user
    score = answer.option_ids[0] + 1 if answer.option_ids else None
    msg = Inbound(PLATFORM, str(voter.id), user_name=voter.full_name, locale=voter.language_code)
    try:
        outcome = await services(context).desk.rate_by_poll(msg, answer.poll_id, score)
    except DeskError as exc:  # the rating was final already (the poll should have been stopped)
        lang = choose_language("", voter.language_code, services(context).settings.default_language)
        with contextlib.suppress(TelegramError):  # a courtesy: the rating stands either way
            await context.bot.send_message(voter.id, error_text(exc, lang) or "")
        return
    if outcome is None:
        return
    # A vote has no message or press to answer: the thanks is a message of its own in the private chat.
    outcome.replies += [Reply("rating.vote_changed_hint"), Reply("rating.comment_hint")]
    await context.bot.send_message(voter.id, "\n\n".join(outcome.texts()))


def handlers() -> list[BaseHandler[Update, Any, Any]]:
    """The vote handler; ``poll_answer`` must be among the updates the bot asks for (``Update.ALL_TYPES``)."""
    return [PollAnswerHandler(vote)]
