"""Concurrent update handling that keeps each chat's (and each topic's) messages in order.

PTB's own concurrency runs every update at once, which could relay a user's second message
before their first; one lock per conversation keeps order while different users run in parallel.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bots.ordering import KeyedLocks
from core import inbox
from core.clock import utcnow
from core.errors import StorageUnavailable
from core.ports import InboxRepo

log = logging.getLogger(__name__)

_UNGATED = 1 << 16  # PTB's own limit; more than it ever has in flight (getUpdates returns at most 100)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """At most ``max_concurrent_updates`` at once; one at a time per chat and forum topic.

    PTB takes its own semaphore before ``do_process_update``, so a chat's backlog waiting for its
    turn would hold every slot and one flooding user would delay everybody. PTB's gate is therefore
    left wide open and the real limit is taken here, after the chat's turn: a backlog waits in its
    own queue holding no slot.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(_UNGATED)
        self.slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        self.locks = KeyedLocks()
        self.inbox: InboxRepo | None = None  # set once the desk is up
        self._unmarked: list[str] = []  # handled while the database was down: marked when it is back

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = conversation_key(update)
        async with contextlib.AsyncExitStack() as turn:
            if key is not None:
                await turn.enter_async_context(self.locks.hold(key))
            async with self.slots:
                if not isinstance(update, Update):
                    await coroutine
                    return
                with inbox.handling("telegram", str(update.update_id)):
                    await coroutine
                await self._handled(str(update.update_id))

    async def _handled(self, update_id: str) -> None:
        """Mark an update handled (a unit that committed its effects did so already; this covers the rest)."""
        if self.inbox is None:
            return
        self._unmarked.append(update_id)
        try:
            await self.inbox.finish("telegram", self._unmarked, utcnow())
        except StorageUnavailable:
            log.warning("%d handled telegram updates not yet marked (database unavailable)", len(self._unmarked))
            return
        self._unmarked = []

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def conversation_key(update: object) -> tuple[int, int] | None:
    """Return (chat id, topic id) of an update, or None when it belongs to no chat."""
    if isinstance(update, Update) and update.poll_answer is not None and update.poll_answer.user is not None:
        # A vote carries no chat; it takes its turn with the voter's private chat (whose id is theirs), so
        # a changed vote is never stored before the vote it changes.
        return update.poll_answer.user.id, 0
    if not isinstance(update, Update) or update.effective_chat is None:
        return None
    message = update.effective_message
    thread = message.message_thread_id if message is not None and message.is_topic_message else None
    return update.effective_chat.id, thread or 0
