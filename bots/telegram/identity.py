"""Who a Telegram user is to the desk: user, moderator (member of the staff group) or admin."""

from __future__ import annotations

import logging
import time

from telegram import Bot, User
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from bots.telegram.notifier import thread_ref
from core.models import Actor
from core.settings import Settings

PLATFORM = "telegram"
log = logging.getLogger(__name__)


class StaffDirectory:
    """Admins are listed in settings or administer the staff group; the group's admin list is cached."""

    def __init__(self, bot: Bot, settings: Settings) -> None:
        self._bot = bot
        self._staff_chat = settings.telegram.staff_chat_id
        self._staff_chats = set(settings.telegram.staff_chats)
        self._ttl = settings.telegram.admin_cache_seconds
        self._settings = settings
        self._group_admins: set[str] = set()
        self._fetched_at = float("-inf")
        self._usernames: dict[str, int] = {}  # @username -> id of staff seen acting, for /assign @username

    def is_staff_chat(self, chat_id: int | None) -> bool:
        """Return whether ``chat_id`` is a staff group (the main one or a routed one)."""
        return chat_id in self._staff_chats

    async def is_admin(self, user_id: int) -> bool:
        """Return whether the user may edit the FAQ and read stats."""
        if user_id in self._settings.telegram.admin_ids or self._settings.lists_admin(PLATFORM, str(user_id)):
            return True
        return str(user_id) in await self._admins_of_group()

    async def actor(self, user: User, chat_id: int | None, topic_id: int | None = None) -> Actor:
        """Return the desk's view of ``user`` acting in ``chat_id`` (and forum topic ``topic_id``).

        Both come from Telegram (the chat of the message, or of the message a button sits under), never
        from button data, which the client writes: anyone posting in a staff group is a moderator there,
        and only for tickets shown in that place.
        """
        in_staff_chat = self.is_staff_chat(chat_id)
        if in_staff_chat and user.username:
            self._usernames[user.username.lower()] = user.id
        where = thread_ref(chat_id, topic_id or 0) if in_staff_chat and chat_id is not None else None
        return Actor(PLATFORM, str(user.id), user.full_name, is_moderator=in_staff_chat,
                     is_admin=await self.is_admin(user.id), where=where)

    async def member(self, chat_id: int, user_id: int) -> Actor | None:
        """The desk's view of another person as staff of ``chat_id`` (membership as Telegram reports it now).

        None when Telegram does not know them there; a person who left or was never in the group is a user.
        """
        try:
            found = await self._bot.get_chat_member(chat_id, user_id)
        except TelegramError as exc:  # "user not found", "PARTICIPANT_ID_INVALID": nobody the group knows
            log.info("cannot read member %s of %s: %s", user_id, chat_id, exc)
            return None
        inside = found.status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
        inside = (inside or getattr(found, "is_member", False)) and not found.user.is_bot
        return Actor(PLATFORM, str(user_id), found.user.full_name, is_moderator=inside and self.is_staff_chat(chat_id),
                     is_admin=await self.is_admin(user_id))

    async def find_username(self, chat_id: int, username: str) -> int | None:
        """The id of a staff member by @username: one seen acting here, or an administrator of the group."""
        name = username.lstrip("@").lower()
        if name in self._usernames:
            return self._usernames[name]
        try:
            admins = await self._bot.get_chat_administrators(chat_id)
        except TelegramError as exc:
            log.warning("cannot read the admins of %s: %s", chat_id, exc)
            return None
        return next((m.user.id for m in admins if (m.user.username or "").lower() == name), None)

    async def _admins_of_group(self) -> set[str]:
        if self._staff_chat is None:
            return set()
        if time.monotonic() - self._fetched_at < self._ttl:
            return self._group_admins
        try:
            members = await self._bot.get_chat_administrators(self._staff_chat)
        except TelegramError as exc:
            # Keep the last known list: a transient API error must not lock admins out or in.
            log.warning("cannot read staff group admins: %s", exc)
            return self._group_admins
        self._group_admins = {str(m.user.id) for m in members if not m.user.is_bot}
        self._fetched_at = time.monotonic()
        return self._group_admins
