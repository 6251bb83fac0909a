"""The Telegram side of the core's outbound interface: forum topics for staff, private chats for users."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from typing import Any, TypeVar

import httpx
from telegram import Bot, ChatMemberAdministrator, InputFile, Message, ReplyParameters
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bots.telegram import copies, polls, render
from bots.texts import event_notice, transcript_text
from core.i18n import render as render_reply
from core.i18n import t
from core.models import Ticket, TicketMessage
from core.outbox.answers import Answer
from core.tickets.assign import ASSIGNED, PRIORITY
from core.tickets.notify import STAFF, Reminder, StaffThread, StaffThreadGone, TicketCard, Unconfirmed
from core.tickets.polls import POLL_STYLE, PollRequest
from core.tickets.transcripts import TranscriptFile

log = logging.getLogger(__name__)
T = TypeVar("T")

ATTEMPTS = 3
# Why Telegram refused a topic; each names a ``setup.*`` text telling admins what to fix.
TOPICS_OFF, NOT_ADMIN, NO_TOPIC_RIGHT = "topics_off", "not_admin", "no_topic_right"
REMOVED, REFUSED = "removed", "refused"
# How Telegram says a topic is gone (deleted, or closed to a bot without the right to post there).
GONE = ("message thread not found", "topic_deleted", "topic_closed")


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


def reply_address(chat_id: int, thread_id: int | None) -> str:
    """Where an answer to a message goes: its chat, and its forum topic if it has one."""
    return f"{chat_id}" if thread_id is None else f"{chat_id}:{thread_id}"


def parse_reply_address(address: str) -> tuple[int, int | None]:
    chat, _, thread = address.partition(":")
    return int(chat), int(thread) if thread else None


def fallback_ref(chat_id: int, message_id: int) -> str:
    """Return the stored reference of a card posted in a group's General topic (a topic card is its message id)."""
    return f"{chat_id}:{message_id}"


def parse_fallback_ref(ref: str | None) -> tuple[int, int] | None:
    """Return (chat id, message id) of a fallback card, or None for a topic card or none at all."""
    return parse_thread_ref(ref)  # the same "chat:number" shape


def topic_gone(exc: TelegramError) -> bool:
    """Whether Telegram refused a message because its topic no longer takes messages."""
    return isinstance(exc, BadRequest) and any(mark in exc.message.lower() for mark in GONE)


async def with_retries(call: Callable[[], Awaitable[T]]) -> T:
    """Retry a sending Bot API call on network errors (flood waits are handled by the rate limiter).

    A read timeout is not retried: the request reached Telegram, which most likely sent the message
    and only its answer was lost, so sending it again would most likely show it twice.
    """
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await call()
        except NetworkError as exc:  # RetryAfter and Forbidden are not network errors; BadRequest is one
            if isinstance(exc, TimedOut) and isinstance(exc.__cause__, httpx.ReadTimeout):
                raise Unconfirmed(str(exc)) from exc
            if isinstance(exc, BadRequest) or attempt == ATTEMPTS:
                raise
            log.warning("telegram network error (attempt %d/%d): %s", attempt, ATTEMPTS, exc)
            await asyncio.sleep(0.5 * attempt)
    raise AssertionError("unreachable")


class TelegramNotifier:
    """Shows tickets as forum topics in the staff group and relays between topic and private chat."""

    def __init__(self, bot: Bot, staff_chat_id: int | None, staff_lang: str,
                 routes: dict[str, int] | None = None, admin_ids: Sequence[int] = (), *,
                 rating_style: str = "buttons") -> None:
        self.bot = bot
        self.rating_style = rating_style  # "poll": the rating is asked as a native poll (polls.py)
        self.staff_chat_id = staff_chat_id
        self.routes = routes or {}
        self.lang = staff_lang
        self.admin_ids = tuple(admin_ids)
        # (group, problem) admins were told about; forgotten once a topic is created there again.
        self._told: set[tuple[int, str]] = set()

    def retry_after(self, exc: Exception) -> float | None:
        if not isinstance(exc, RetryAfter):
            return None
        wait = exc.retry_after
        return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        if self.staff_chat_id is None:
            log.warning("ticket %s escalated but no staff group is configured", card.ticket.id)
            return None
        # A routed category (e.g. security) goes to its own team's group; its topic id carries the chat.
        chat = self.routes.get(card.ticket.category or "", self.staff_chat_id)
        earlier = parse_thread_ref(card.thread)
        if earlier is not None:
            chat, thread = earlier
        else:
            try:
                topic = await with_retries(lambda: self.bot.create_forum_topic(chat, render.topic_title(card.ticket)))
            except TelegramError as exc:
                return await self._fall_back(card, chat, exc)
            except Unconfirmed as exc:  # a topic may exist, but with no id there is nowhere to post the card
                raise TelegramError("the topic was not confirmed; the card is tried again") from exc
            thread = topic.message_thread_id
            if card.made is not None:
                await card.made(thread_ref(chat, thread))
        self._told = {told for told in self._told if told[0] != chat}  # fixed: a new breakage is told again
        try:
            sent = await with_retries(lambda: self.bot.send_message(
                chat, render.card_text(card, self.lang)[: render.MESSAGE_LIMIT], message_thread_id=thread,
                reply_markup=render.card_keyboard(card.ticket, self.lang)))
        except Unconfirmed:  # the card is most likely there; without its id its buttons just stay as they are
            return StaffThread(thread_ref(chat, thread), None)
        if card.again and card.transcript:  # staff in the new topic see what was said in the lost one
            await self._quietly(self._send(chat, transcript_text(card, self.lang), None, thread=thread))
        await self._retire_fallback(card.ticket)
        return StaffThread(thread_ref(chat, thread), str(sent.message_id))

    async def to_staff(self, ticket: Ticket, message: TicketMessage) -> str | None:
        text = t(self.lang, "staff.user_says", user=ticket.user_name or ticket.user_id, text=message.text)
        return copies.ref_of(await self._to_staff_place(ticket, text, message.attachment))

    async def to_user(self, ticket: Ticket, message: TicketMessage) -> str | None:
        text = t(ticket.language, "ticket.moderator_says", moderator=ticket.moderator_name or "-", text=message.text)
        try:
            return copies.ref_of(await self._send(int(ticket.user_id), text, message.attachment))
        except Forbidden:
            # The user blocked the bot: the reply is stored; tell the moderator instead of failing.
            await self.staff_notice(ticket, t(self.lang, "staff.user_unreachable"))
            return None

    async def edit_staff_copy(self, ticket: Ticket, message: TicketMessage) -> str | None:
        said = t(self.lang, "staff.user_says", user=ticket.user_name or ticket.user_id, text=message.text)
        text, entities = copies.marked(self.lang, said, message)
        if await self._edit_copy(message, text, entities):
            return None
        return copies.ref_of(await self._to_staff_place(ticket, text, None))  # no copy to edit: the words anew

    async def edit_user_copy(self, ticket: Ticket, message: TicketMessage) -> str | None:
        said = t(ticket.language, "ticket.moderator_says", moderator=ticket.moderator_name or "-", text=message.text)
        text, entities = copies.marked(ticket.language, said, message)
        if await self._edit_copy(message, text, entities):
            return None
        try:
            return copies.ref_of(await self._send(int(ticket.user_id), text, None))
        except Forbidden:
            return None  # the user blocked the bot: staff were told when the reply itself failed

    async def _edit_copy(self, message: TicketMessage, text: str, entities: list[Any]) -> bool:
        copy = parse_fallback_ref(message.copy_ref)  # "chat:message"; None while its relay posted none we know
        if copy is None:
            return False
        return await with_retries(functools.partial(copies.edit, self.bot, copy, text, entities,
                                                    caption=bool(message.attachment)))

    async def ticket_changed(self, ticket: Ticket, event: str) -> None:
        where = parse_thread_ref(ticket.thread_ref)
        if event in ("claimed", "resolved", "closed", "reopened", ASSIGNED, PRIORITY):
            if where is not None:
                await self._quietly(self.bot.edit_forum_topic(*where, name=render.topic_title(ticket)))
            await self._update_card(ticket)
        if event == "reopened" and where is not None:
            await self._quietly(self.bot.reopen_forum_topic(*where))
        notice = event_notice(ticket, event, self.lang)
        if notice and event == ASSIGNED:  # the new owner must hear of it, even under a fallback card
            await self._tell_owner(ticket, notice)
        elif notice and where is not None:  # a fallback card shows the state on its buttons; General stays quiet
            await self.staff_notice(ticket, notice)
        if event in ("resolved", "closed") and where is not None:
            await self._quietly(self.bot.close_forum_topic(*where))

    async def request_rating(self, ticket: Ticket) -> str | None:
        text = t(ticket.language, "rating.ask_buttons", number=ticket.id)
        try:
            if self.rating_style == POLL_STYLE:
                return await with_retries(lambda: polls.ask(self.bot, ticket))
            sent = await with_retries(lambda: self.bot.send_message(int(ticket.user_id), text,
                                                                    reply_markup=render.rating_keyboard(ticket.id)))
        except Forbidden:
            await self.staff_notice(ticket, t(self.lang, "staff.user_unreachable"))
            return None
        return f"{sent.chat_id}:{sent.message_id}"

    async def rating_final(self, ticket: Ticket, request: str) -> None:
        poll = PollRequest.parse(request)
        if poll is not None:
            await self._quietly(polls.stop(self.bot, poll))
            return
        chat, _, message = request.partition(":")
        if chat.lstrip("-").isdigit() and message.isdigit():
            await self._quietly(self.bot.edit_message_reply_markup(int(chat), int(message), reply_markup=None))

    async def remind(self, ticket: Ticket, reminder: Reminder) -> None:
        if reminder.audience == STAFF:
            await self._to_staff_place(ticket, "⏰ " + render_reply(self.lang, reminder.reply), None)
            return
        try:
            await self._send(int(ticket.user_id), render_reply(ticket.language, reminder.reply), None)
        except Forbidden:
            await self.staff_notice(ticket, t(self.lang, "staff.user_unreachable"))

    async def answer(self, ticket: Ticket, answer: Answer) -> None:
        chat, thread = parse_reply_address(answer.to)
        pieces = list(render.chunks(answer.text)) or [answer.text]
        keyboard = render.actions_keyboard(answer.actions)
        try:
            for number, piece in enumerate(pieces, start=1):
                markup = keyboard if number == len(pieces) else None
                await with_retries(functools.partial(self.bot.send_message, chat, piece, message_thread_id=thread,
                                                     reply_markup=markup))
        except Forbidden:  # the user blocked the bot since: nobody to answer
            log.info("ticket %s: the answer could not reach chat %s (blocked)", ticket.id, chat)

    async def post_transcript(self, ticket: Ticket, transcript: TranscriptFile) -> str | None:
        caption = t(self.lang, "staff.transcript", number=ticket.id)
        topic = parse_thread_ref(ticket.thread_ref)
        if topic is not None:
            try:
                return await self._post_file(topic[0], transcript, caption, thread=topic[1])
            except BadRequest as exc:
                if not topic_gone(exc):
                    raise
            # Someone deleted the topic: a transcript is no reason for a new one; it goes to General, as a
            # fallback card would.
            return await self._post_file(topic[0], transcript, t(self.lang, "staff.transcript_elsewhere",
                                                                 number=ticket.id))
        fallback = parse_fallback_ref(ticket.card_ref)
        if fallback is None:
            return None  # never shown to staff (no staff group): nowhere to post
        return await self._post_file(fallback[0], transcript, caption, reply_to=fallback[1])

    async def _post_file(self, chat: int, transcript: TranscriptFile, caption: str, *, thread: int | None = None,
                         reply_to: int | None = None) -> str:
        """Send the transcript as a document (``ticket-<n>.html``); one over the upload limit becomes a line."""
        if len(transcript.data) > render.UPLOAD_LIMIT:
            size = f"{len(transcript.data) / 1024 / 1024:.0f}"
            text = t(self.lang, "staff.transcript_too_large", number=transcript.ticket_id, size=size)
            sent = await self._send(chat, text, None, thread=thread, reply_to=reply_to)
        else:
            answers = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
            sent = await with_retries(lambda: self.bot.send_document(
                chat, InputFile(transcript.data, filename=transcript.name), caption=caption[:1024],
                message_thread_id=thread, reply_parameters=answers))
        return f"{sent.chat_id}:{sent.message_id}"

    async def _tell_owner(self, ticket: Ticket, text: str) -> None:
        """Post the assignment notice with the new owner mentioned, so Telegram notifies them."""
        entities = render.mention(text, ticket.moderator_name, ticket.moderator_id)
        topic, card = parse_thread_ref(ticket.thread_ref), parse_fallback_ref(ticket.card_ref)
        if topic is not None:
            call = functools.partial(self.bot.send_message, topic[0], text, message_thread_id=topic[1],
                                     entities=entities)
        elif card is not None:
            call = functools.partial(self.bot.send_message, card[0], text, entities=entities,
                                     reply_parameters=ReplyParameters(card[1], allow_sending_without_reply=True))
        else:
            return
        try:
            await with_retries(call)
        except BadRequest as exc:
            if not topic_gone(exc):
                raise
            log.info("ticket %s: its topic is gone, assignment notice skipped", ticket.id)

    async def staff_notice(self, ticket: Ticket, text: str) -> None:
        """Post a line into the ticket's topic (or under its fallback card); a deleted topic is only logged."""
        try:
            await self._to_staff_place(ticket, text, None)
        except StaffThreadGone:
            # A notice is not worth a new topic; the user's next message or the next reminder makes one.
            log.info("ticket %s: its topic is gone, notice skipped", ticket.id)

    async def _to_staff_place(self, ticket: Ticket, text: str, attachment: str | None) -> Message | None:
        """Post in the ticket's topic, or under its fallback card; raise ``StaffThreadGone`` for a deleted topic."""
        where = parse_thread_ref(ticket.thread_ref)
        if where is not None:
            try:
                return await self._send(where[0], text, attachment, thread=where[1])
            except BadRequest as exc:
                if topic_gone(exc):
                    raise StaffThreadGone(ticket.id) from exc
                raise
        fallback = parse_fallback_ref(ticket.card_ref)
        if fallback is not None:
            return await self._send(fallback[0], text, attachment, reply_to=fallback[1])
        return None

    async def _fall_back(self, card: TicketCard, chat: int, exc: TelegramError) -> StaffThread | None:
        """No topic: post the card with its buttons in General (once per ticket) and tell admins what to fix."""
        ticket = card.ticket
        problem = await self._diagnose(chat, exc)
        log.error("cannot create a topic for ticket %s in %s (%s): %s", ticket.id, chat, problem, exc)
        await self._tell_admins(chat, problem, ticket.id, exc)
        if problem == REMOVED or parse_fallback_ref(ticket.card_ref) is not None:
            return None  # the group refuses the bot, or the card is there already; the sweep tries again
        text = f"{t(self.lang, 'setup.fallback_card')}\n\n{render.card_text(card, self.lang)}"
        try:
            sent = await with_retries(lambda: self.bot.send_message(
                chat, text[: render.MESSAGE_LIMIT], reply_markup=render.card_keyboard(ticket, self.lang)))
        except TelegramError as second:
            log.error("cannot post the fallback card of ticket %s in %s: %s", ticket.id, chat, second)
            return None
        return StaffThread(None, fallback_ref(chat, sent.message_id))

    async def _diagnose(self, chat: int, exc: TelegramError) -> str | None:
        """Ask Telegram what is wrong with the staff group; None for a passing failure (network, flood)."""
        if isinstance(exc, Forbidden) or "chat not found" in exc.message.lower():
            return REMOVED
        if not isinstance(exc, BadRequest):
            return None
        try:
            if not (await self.bot.get_chat(chat)).is_forum:
                return TOPICS_OFF
            member = await self.bot.get_chat_member(chat, self.bot.id)
        except Forbidden:
            return REMOVED
        except TelegramError as check:
            log.warning("cannot check the setup of staff group %s: %s", chat, check)
            return REFUSED
        if not isinstance(member, ChatMemberAdministrator):
            return NOT_ADMIN
        return REFUSED if member.can_manage_topics else NO_TOPIC_RIGHT

    async def _tell_admins(self, chat: int, problem: str | None, ticket_id: int, exc: TelegramError) -> None:
        """Tell admins once per (group, problem): in the group, or privately when the group refuses the bot."""
        if problem is None or (chat, problem) in self._told:
            return
        self._told.add((chat, problem))
        cause = t(self.lang, f"setup.{problem}", chat=chat, error=exc.message)
        text = t(self.lang, "setup.told", problem=cause, number=ticket_id)
        if problem != REMOVED:
            try:
                await with_retries(lambda: self.bot.send_message(chat, text))
                return
            except TelegramError as second:
                log.error("cannot tell staff group %s about its setup: %s", chat, second)
        reached = 0
        for admin in self.admin_ids:
            try:
                await with_retries(functools.partial(self.bot.send_message, admin, text))
                reached += 1
            except TelegramError as second:  # an admin who never opened a chat with the bot
                log.warning("cannot tell admin %s about staff group %s: %s", admin, chat, second)
        if not reached:
            log.error("no admin could be told that staff group %s is unusable (%s)", chat, problem)

    async def _retire_fallback(self, ticket: Ticket) -> None:
        """A retry made the topic: the fallback card in General loses its buttons and points there."""
        fallback = parse_fallback_ref(ticket.card_ref)
        if fallback is not None:
            text = t(self.lang, "setup.moved", number=ticket.id, place=render.topic_title(ticket))
            await self._quietly(self.bot.edit_message_text(text, *fallback))

    async def _update_card(self, ticket: Ticket) -> None:
        """Show the ticket's state in its card's buttons, in its topic or as a fallback card in General."""
        topic = parse_thread_ref(ticket.thread_ref)
        card = parse_fallback_ref(ticket.card_ref)
        if card is None and topic is not None and (ticket.card_ref or "").isdigit():
            card = topic[0], int(ticket.card_ref or "")
        if card is None:
            return
        # No markup at all removes the buttons once the ticket is resolved or closed.
        markup = render.card_keyboard(ticket, self.lang)
        await self._quietly(self.bot.edit_message_reply_markup(*card, reply_markup=markup))

    async def _send(self, chat: int, text: str, attachment: str | None, *, thread: int | None = None,
                    reply_to: int | None = None) -> Message:
        kind, _, file_id = (attachment or "").partition(":")
        # Under a fallback card, a line answers the card so staff see which ticket it belongs to.
        answers = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
        place: dict[str, Any] = {"message_thread_id": thread, "reply_parameters": answers}
        if kind == "photo" and file_id:
            return await with_retries(lambda: self.bot.send_photo(chat, file_id, caption=text[:1024], **place))
        if kind == "document" and file_id:
            return await with_retries(lambda: self.bot.send_document(chat, file_id, caption=text[:1024], **place))
        sent: Message | None = None
        for piece in render.chunks(text):
            sent = await with_retries(functools.partial(self.bot.send_message, chat, piece, **place))
        assert sent is not None, "empty text is refused before it gets here"
        return sent

    @staticmethod
    async def _quietly(call: Awaitable[object]) -> None:
        """Cosmetic updates (titles, buttons) must not fail a state change that is already stored."""
        try:
            await call
        except (TelegramError, Unconfirmed) as exc:
            log.info("telegram refused a cosmetic update: %s", exc)
