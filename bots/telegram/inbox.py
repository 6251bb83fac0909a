"""Telegram updates go through the inbox: stored before Telegram is told they arrived, handled once.

Polling: each ``getUpdates`` batch is stored in one transaction as it comes back, before PTB asks
for the next batch with a higher offset (which tells Telegram the batch arrived). Webhooks: PTB's
handler awaits ``update_queue.put`` before it answers 200, so ``put`` stores the update first. An
update stored before (Telegram sent it again, or a replay after a restart has it) is not queued twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from telegram import Bot, Update
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError
from telegram.ext import ApplicationBuilder, ExtBot

from core.clock import utcnow
from core.errors import StorageUnavailable
from core.ports import InboxRepo

log = logging.getLogger(__name__)

PLATFORM = "telegram"
REPLAY_LIMIT = 10_000


class InboxQueue(asyncio.Queue[object]):
    """The application's update queue; ``inbox`` is set once the desk (and its database) is up."""

    def __init__(self) -> None:
        super().__init__()
        self.inbox: InboxRepo | None = None
        self._fresh: set[int] = set()  # stored by this run's getUpdates, not queued yet

    async def store(self, updates: Sequence[Update]) -> None:
        """Store a fetched batch in one transaction; remember which updates are new."""
        if self.inbox is None:
            self._fresh.update(u.update_id for u in updates)
            return
        try:
            fresh = await self.inbox.store_many(PLATFORM, [(str(u.update_id), u.to_dict()) for u in updates],
                                                utcnow())
        except StorageUnavailable as exc:
            # A TelegramError makes PTB's polling loop wait and fetch the same batch again (the offset has
            # not moved); in a webhook request it fails the request, and Telegram sends the update again.
            raise NetworkError("the database is unavailable; the update is fetched again") from exc
        self._fresh.update(int(key) for key in fresh)

    async def put(self, item: object) -> None:
        if isinstance(item, Update):
            if item.update_id not in self._fresh:
                await self.store([item])  # a webhook's update (polling stored its batch already)
            if item.update_id not in self._fresh:
                log.info("telegram update %s arrived a second time: not handled again", item.update_id)
                return
            self._fresh.discard(item.update_id)
        await super().put(item)

    async def replay(self, bot: Bot) -> int:
        """Queue the updates a previous run stored but never handled (it died), oldest first."""
        if self.inbox is None:
            return 0
        stored = await self.inbox.unhandled(PLATFORM, REPLAY_LIMIT)
        for payload in stored:
            update = Update.de_json(payload, bot)
            if update is not None:
                await super().put(update)
        if stored:
            log.warning("handling %d telegram updates stored before a restart", len(stored))
        return len(stored)


class InboxBot(ExtBot[Any]):
    """PTB's bot, storing each ``getUpdates`` batch before the updater may confirm it."""

    __slots__ = ("_inbox_queue",)

    def __init__(self, *args: Any, inbox_queue: InboxQueue, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        with self._unfrozen():
            self._inbox_queue = inbox_queue

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        updates = await super().get_updates(*args, **kwargs)
        if updates:
            await self._inbox_queue.store(updates)
        return updates


class InboxApplicationBuilder(ApplicationBuilder[Any, Any, Any, Any, Any, Any]):
    """``Application.builder()`` whose bot is an ``InboxBot`` feeding ``queue`` (also the update queue)."""

    def __init__(self, queue: InboxQueue) -> None:
        super().__init__()  # type: ignore[misc]  # PTB types its own __init__ for the default bot only
        self._inbox_queue = queue
        self.update_queue(queue)

    def _build_ext_bot(self) -> ExtBot[Any]:
        # PTB's own construction (telegram.ext.ApplicationBuilder._build_ext_bot), with the inbox bot's class.
        if isinstance(self._token, DefaultValue):
            raise RuntimeError("No bot token was set.")
        return InboxBot(
            token=self._token,
            base_url=DefaultValue.get_value(self._base_url),
            base_file_url=DefaultValue.get_value(self._base_file_url),
            private_key=DefaultValue.get_value(self._private_key),
            private_key_password=DefaultValue.get_value(self._private_key_password),
            defaults=DefaultValue.get_value(self._defaults),
            arbitrary_callback_data=DefaultValue.get_value(self._arbitrary_callback_data),
            request=self._build_request(get_updates=False),
            get_updates_request=self._build_request(get_updates=True),
            rate_limiter=DefaultValue.get_value(self._rate_limiter),
            local_mode=DefaultValue.get_value(self._local_mode),
            inbox_queue=self._inbox_queue,
        )
