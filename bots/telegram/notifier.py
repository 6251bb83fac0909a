"""The Telegram side of the core's outbound interface: forum topics for staff, private chats for users."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import Bot, Message
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bots.telegram import render
from bots.texts import event_notice
from core.i18n import render as render_reply
from core.i18n import t
from core.models import Ticket, TicketMessage
from core.notify import StaffThread, TicketCard
from core.sla import STAFF, Reminder

log = logging.getLogger(__name__)
T = TypeVar("T")

ATTEMPTS = 3


def thread_ref(chat_id: int, thread_id: int) -> str:
    """Return the stored reference of a forum topic."""
    return f"{chat_id}:{thread_id}"


def parse_thread_ref(ref: str | None) -> tuple[int, int] | None:
    """Return (chat id, topic id) from a stored reference, or None if it is not a Telegram topic."""
    try:
        chat, thread = (ref or "").split(":")
        return int(chat), int(thread)
    except ValueError:
        return None


async def with_retries(call: Callable[[], Awaitable[T]]) -> T:
    """Retry a Bot API call on network errors (flood waits are handled by the rate limiter)."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await call()
        except NetworkError as exc:  # RetryAfter and Forbidden are not network errors; BadRequest is one
            if isinstance(exc, BadRequest) or attempt == ATTEMPTS:
                raise
            log.warning("telegram network error (attempt %d/%d): %s", attempt, ATTEMPTS, exc)
            await asyncio.sleep(0.5 * attempt)
    raise AssertionError("unreachable")


class TelegramNotifier:
    """Shows tickets as forum topics in the staff group and relays between topic and private chat."""

    def __init__(self, bot: Bot, staff_chat_id: int | None, staff_lang: str,
                 routes: dict[str, int] | None = None) -> None:
        self.bot = bot
        self.staff_chat_id = staff_chat_id
        self.routes = routes or {}
        self.lang = staff_lang

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        if self.staff_chat_id is None:
            log.warning("ticket %s escalated but no staff group is configured", card.ticket.id)
            return None
        # A routed category (e.g. security) goes to its own team's group; its topic id carries the chat.
        chat = self.routes.get(card.ticket.category or "", self.staff_chat_id)
        try:
            topic = await with_retries(lambda: self.bot.create_forum_topic(chat, render.topic_title(card.ticket)))
        except TelegramError as exc:
            # No topic (no rights, topics off): the ticket stays open and staff still hear of it.
            log.error("cannot create a topic for ticket %s: %s", card.ticket.id, exc)
            notice = f"{render.card_text(card, self.lang)[:3900]}\n\n⚠️ {exc}"
            await with_retries(lambda: self.bot.send_message(chat, notice))
            return None
        thread = topic.message_thread_id
        sent = await with_retries(lambda: self.bot.send_message(
            chat, render.card_text(card, self.lang)[: render.MESSAGE_LIMIT], message_thread_id=thread,
            reply_markup=render.card_keyboard(card.ticket, self.lang)))
        return StaffThread(thread_ref(chat, thread), str(sent.message_id))

    async def to_staff(self, ticket: Ticket, message: TicketMessage) -> None:
        where = parse_thread_ref(ticket.thread_ref)
        if where is None:
            return
        text = t(self.lang, "staff.user_says", user=ticket.user_name or ticket.user_id, text=message.text)
        await self._send(where[0], text, message.attachment, thread=where[1])

    async def to_user(self, ticket: Ticket, message: TicketMessage) -> None:
        text = t(ticket.language, "ticket.moderator_says", moderator=ticket.moderator_name or "-", text=message.text)
        try:
            await self._send(int(ticket.user_id), text, message.attachment)
        except Forbidden:
            # The user blocked the bot: the reply is stored; tell the moderator instead of failing.
            await self.staff_notice(ticket, t(self.lang, "staff.user_unreachable"))

    async def ticket_changed(self, ticket: Ticket, event: str) -> None:
        where = parse_thread_ref(ticket.thread_ref)
        if where is None:
            return
        chat, thread = where
        if event in ("claimed", "resolved", "closed", "reopened"):
            await self._quietly(self.bot.edit_forum_topic(chat, thread, name=render.topic_title(ticket)))
            await self._update_card(ticket, chat)
        if event == "reopened":
            await self._quietly(self.bot.reopen_forum_topic(chat, thread))
        notice = event_notice(ticket, event, self.lang)
        if notice:
            await self.staff_notice(ticket, notice)
        if event in ("resolved", "closed"):
            await self._quietly(self.bot.close_forum_topic(chat, thread))

    async def request_rating(self, ticket: Ticket) -> None:
        text = t(ticket.language, "rating.ask_buttons", number=ticket.id)
        try:
            await with_retries(lambda: self.bot.send_message(int(ticket.user_id), text,
                                                             reply_markup=render.rating_keyboard(ticket.id)))
        except Forbidden:
            await self.staff_notice(ticket, t(self.lang, "staff.user_unreachable"))

    async def remind(self, ticket: Ticket, reminder: Reminder) -> None:
        if reminder.audience == STAFF:
            await self.staff_notice(ticket, "⏰ " + render_reply(self.lang, reminder.reply))
            return
        try:
            await self._send(int(ticket.user_id), render_reply(ticket.language, reminder.reply), None)
        except Forbidden:
            await self.staff_notice(ticket, t(self.lang, "staff.user_unreachable"))

    async def staff_notice(self, ticket: Ticket, text: str) -> None:
        """Post a line into the ticket's topic."""
        where = parse_thread_ref(ticket.thread_ref)
        if where is not None:
            await self._send(where[0], text, None, thread=where[1])

    async def _update_card(self, ticket: Ticket, chat: int) -> None:
        if not ticket.card_ref:
            return
        # No markup at all removes the buttons once the ticket is resolved or closed.
        markup = render.card_keyboard(ticket, self.lang)
        await self._quietly(self.bot.edit_message_reply_markup(chat, int(ticket.card_ref), reply_markup=markup))

    async def _send(self, chat: int, text: str, attachment: str | None, *, thread: int | None = None) -> Message:
        kind, _, file_id = (attachment or "").partition(":")
        if kind == "photo" and file_id:
            return await with_retries(lambda: self.bot.send_photo(chat, file_id, caption=text[:1024],
                                                                  message_thread_id=thread))
        if kind == "document" and file_id:
            return await with_retries(lambda: self.bot.send_document(chat, file_id, caption=text[:1024],
                                                                     message_thread_id=thread))
        sent: Message | None = None
        for piece in render.chunks(text):
            sent = await with_retries(functools.partial(self.bot.send_message, chat, piece, message_thread_id=thread))
        assert sent is not None, "empty text is refused before it gets here"
        return sent

    @staticmethod
    async def _quietly(call: Awaitable[object]) -> None:
        """Cosmetic updates (titles, buttons) must not fail a state change that is already stored."""
        try:
            await call
        except TelegramError as exc:
            log.info("telegram refused a cosmetic update: %s", exc)
