"""Ratings as a native Telegram poll (``SUPPORTBOT_RATING_STYLE=poll``): sending and stopping it.

The poll is non-anonymous, so Telegram sends the bot a ``poll_answer`` update naming the voter for
each vote (allowed in private chats; only channels refuse such polls; ``votes.py`` reads them). Once
the rating is final the poll is stopped, so nobody can vote on it any more.
"""

from __future__ import annotations

from telegram import Bot

from core.i18n import t
from core.models import Ticket
from core.tickets.polls import SCORES, PollRequest

OPTIONS = tuple(f"{score} " + "⭐" * score for score in SCORES)  # option i is score i + 1


async def ask(bot: Bot, ticket: Ticket) -> str:
    """Send the rating poll to the user's private chat; return its request reference."""
    sent = await bot.send_poll(int(ticket.user_id), t(ticket.language, "rating.ask_poll", number=ticket.id),
                               OPTIONS, is_anonymous=False, allows_multiple_answers=False)
    assert sent.poll is not None, "sendPoll returns the message with its poll"
    return PollRequest(sent.poll.id, str(sent.chat_id), str(sent.message_id)).ref


async def stop(bot: Bot, request: PollRequest) -> None:
    """Close the poll: its votes stay on screen, no new ones are taken."""
    await bot.stop_poll(int(request.place), int(request.message))
