"""Concurrent update handling that keeps each chat's (and each topic's) messages in order.

PTB's own concurrency runs every update at once, which could relay a user's second message
before their first; one lock per conversation keeps order while different users run in parallel.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bots.ordering import KeyedLocks


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """At most ``max_concurrent_updates`` at once; one at a time per chat and forum topic."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self.locks = KeyedLocks()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = conversation_key(update)
        if key is None:
            await coroutine
            return
        async with self.locks.hold(key):
            await coroutine

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def conversation_key(update: object) -> tuple[int, int] | None:
    """Return (chat id, topic id) of an update, or None when it belongs to no chat."""
    if not isinstance(update, Update) or update.effective_chat is None:
        return None
    message = update.effective_message
    thread = message.message_thread_id if message is not None and message.is_topic_message else None
    return update.effective_chat.id, thread or 0
