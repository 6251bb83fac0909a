"""Ratings as a native Discord poll (``SUPPORTBOT_RATING_STYLE=poll``): sent, read from its votes, ended.

Votes arrive as ``MESSAGE_POLL_VOTE_ADD`` events (the ``dm_polls`` / ``guild_polls`` intents), naming the
voter, the poll's message and an answer id. Discord numbers answers itself and advises against relying
on the order, so the score is read from the chosen answer's text, which the bot wrote.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import timedelta

import discord

from bots.discord import buttons
from bots.discord.identity import PLATFORM
from bots.texts import error_text
from core.desk import Inbound, SupportDesk
from core.errors import DeskError
from core.i18n import t
from core.models import Ticket
from core.tickets.polls import SCORES, PollRequest

log = logging.getLogger(__name__)

# Discord takes 1-768 hours. The rating is final ten minutes after the first vote, when the bot ends
# the poll; a poll nobody votes in closes by itself after a day.
DURATION = timedelta(hours=24)
OPTIONS = tuple(f"{score} " + "⭐" * score for score in SCORES)  # at most 55 characters each


def rating_poll(ticket: Ticket) -> discord.Poll:
    """The 1-5 poll asking for a resolved ticket's rating."""
    poll = discord.Poll(t(ticket.language, "rating.ask_poll", number=ticket.id), duration=DURATION)
    for option in OPTIONS:
        poll.add_answer(text=option)
    return poll


def request_of(sent: discord.Message) -> str:
    """The stored reference of a sent poll: a vote names the poll by its message."""
    return PollRequest(str(sent.id), str(sent.channel.id), str(sent.id)).ref


async def end(client: discord.Client, request: PollRequest) -> None:
    """End the poll now: the results show, no more votes are taken."""
    await client.get_partial_messageable(int(request.place)).get_partial_message(int(request.message)).end_poll()


async def vote(client: discord.Client, desk: SupportDesk, payload: discord.RawPollVoteActionEvent) -> None:
    """A vote in a poll the bot can see: a rating when it is a rating poll of the voter's ticket."""
    if client.user is not None and payload.user_id == client.user.id:
        return
    score = await _score(client, payload)
    if score is None:
        return
    user = client.get_user(payload.user_id)
    msg = Inbound(PLATFORM, str(payload.user_id), user_name=user.display_name if user else "")
    channel = client.get_partial_messageable(payload.channel_id)
    try:
        outcome = await desk.rate_by_poll(msg, str(payload.message_id), score)
    except DeskError as exc:  # the rating was final already (the poll should have ended)
        with contextlib.suppress(discord.HTTPException):
            await channel.send(error_text(exc, desk.settings.default_language) or "")
        return
    if outcome is None or outcome.ticket is None:
        return
    # A vote has no interaction to answer: the thanks is a message of its own, where the poll is.
    text = "\n\n".join([*outcome.texts(), t(outcome.lang, "rating.vote_changed_hint"),
                        t(outcome.lang, "rating.comment_hint_button")])
    await channel.send(text, view=buttons.comment_view(outcome.ticket.id, outcome.lang))


async def _score(client: discord.Client, payload: discord.RawPollVoteActionEvent) -> int | None:
    """The score of the chosen answer, None when the poll is not one of the bot's rating polls."""
    message = discord.utils.get(client.cached_messages, id=payload.message_id)
    if message is None:
        try:
            message = await client.get_partial_messageable(payload.channel_id).fetch_message(payload.message_id)
        except discord.HTTPException as exc:
            log.info("could not read the poll of a vote: %s", exc)
            return None
    if message.poll is None or client.user is None or message.author.id != client.user.id:
        return None
    answer = message.poll.get_answer(payload.answer_id)
    return OPTIONS.index(answer.text) + 1 if answer is not None and answer.text in OPTIONS else None
