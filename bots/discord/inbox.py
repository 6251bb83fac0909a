"""Discord messages go through the inbox: stored on arrival, handled once, and caught up after a restart.

The gateway does not send again what a dead process missed, and it has no offset to hold back. So each
message the bot serves is stored (by its id) before it is handled and marked handled after; on every
ready the bot first handles again what a dead process stored but never finished, then asks each channel
it served lately (the help channel, DM channels and ticket threads it stored messages from) for the
messages after the newest one it stored (and those of the last half hour again, in case a catch-up was cut
short by another crash), and handles those it has not seen, oldest first, channels in parallel.

Edits and deletions of served messages are stored the same way (an edit by message and edit time), so one
a dead process received is carried out by the next. A message read back that was edited since is edited
again (an edit that changes nothing is a no-op in the desk), which also catches edits made while no process
listened.

Not caught up: a DM from someone who never wrote to the bot before (Discord lists no DM channels to a
bot; the help channel and every known conversation are read), and a deletion made while no process
listened (history shows nothing of a message that is gone).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

import discord

from bots.discord.identity import PLATFORM
from core import inbox
from core.clock import Clock
from core.models import Ticket
from core.ports import InboxRepo

log = logging.getLogger(__name__)

# How far back the channels to read are taken from; how much of each is read again; replays at most.
LOOK_BACK = timedelta(days=2)
RE_READ = timedelta(minutes=30)
REPLAY_LIMIT = 500
# Channels read at once: each missed message is handled in order within its channel, and a handled message
# may wait up to a second for its own delivery, so one channel after another would take minutes.
AT_ONCE = 8

Route = Callable[[discord.Message], Awaitable[None]]
EDIT, DELETE = "edit", "delete"


@dataclass(frozen=True)
class Deletion:
    """A deleted message, as the gateway names it: no author, no content."""

    channel_id: int
    message_id: int
    in_guild: bool
    thread: bool


@dataclass(frozen=True)
class Routes:
    """Where the inbox hands what it stores: new messages, edited messages, deletions."""

    message: Route
    edit: Route
    delete: Callable[[Deletion], Awaitable[None]]


class DiscordInbox:
    """Stores served messages by id, marks them handled, and reads what arrived while the bot was down."""

    def __init__(self, repo: InboxRepo, clock: Clock) -> None:
        self.repo = repo
        self.clock = clock
        self.connected_at = clock()

    def connected(self) -> None:
        """The gateway connection is (again) up: messages from now on arrive live, and a catch-up starts each
        channel from what was stored before this moment (a live message stored since must not hide the
        messages missed before it)."""
        self.connected_at = self.clock()

    async def handle(self, message: discord.Message, route: Route) -> bool:
        """Store ``message``, then route it once: a copy already stored (a catch-up overlap) is dropped (False)."""
        return await self._once(str(message.id), {"channel": message.channel.id, "message": message.id},
                                lambda: route(message))

    async def handle_edit(self, message: discord.Message, route: Route) -> bool:
        """Store an edit (by message and edit time), then carry it out once."""
        if message.edited_at is None:  # a link preview came in: no words changed, nothing to keep
            await route(message)
            return True
        key = f"{EDIT}:{message.id}:{message.edited_at.isoformat()}"
        payload: dict[str, object] = {"channel": message.channel.id, "message": message.id, "change": EDIT,
                                      "key": key}
        return await self._once(key, payload, lambda: route(message))

    async def handle_delete(self, gone: Deletion, route: Callable[[Deletion], Awaitable[None]]) -> bool:
        """Store a deletion, then carry it out once."""
        key = f"{DELETE}:{gone.message_id}"
        payload: dict[str, object] = {"channel": gone.channel_id, "message": gone.message_id, "change": DELETE,
                                      "key": key, "guild": gone.in_guild, "thread": gone.thread}
        return await self._once(key, payload, lambda: route(gone))

    async def _once(self, key: str, payload: dict[str, object], run: Callable[[], Awaitable[None]]) -> bool:
        if not await self.repo.store_many(PLATFORM, [(key, payload)], self.clock()):
            return False
        try:
            with inbox.handling(PLATFORM, key):
                await run()
        finally:
            # Also when it failed: a message that broke its handler once is not replayed forever.
            await self.repo.finish(PLATFORM, [key], self.clock())
        return True

    async def catch_up(self, client: discord.Client, routes: Routes, threads: Sequence[Ticket] = ()) -> int:
        """Handle what a dead process left unfinished and what arrived while no process listened; return how many.

        Channels are read at once (in order within each), and each from a little before what it stored last: a
        catch-up cut short by another crash, after live messages of the same channel were stored, is redone.
        ``threads``: the open tickets' staff threads, read from their escalation on, since a moderator may have
        written the first words of one while no process listened.
        """
        starts = await self._channels()
        for ticket in threads:
            opened = discord.utils.time_snowflake(ticket.escalated_at or ticket.created_at or self.connected_at)
            if ticket.thread_ref and ticket.thread_ref.isdigit():
                thread = int(ticket.thread_ref)
                starts[thread] = min(starts.get(thread, opened), opened)
        unfinished: dict[int, list[int]] = {}
        changes: dict[int, list[dict[str, object]]] = {}
        # Only what was stored before this connection: a live message this process is handling right now is
        # unfinished too, and must not be handled twice.
        for stored in await self.repo.unhandled(PLATFORM, REPLAY_LIMIT, until=self.connected_at):
            channel = int(str(stored["channel"]))
            if "change" in stored:
                changes.setdefault(channel, []).append(stored)
            else:
                unfinished.setdefault(channel, []).append(int(str(stored["message"])))
        gate = asyncio.Semaphore(AT_ONCE)

        async def one(channel_id: int) -> int:
            async with gate:
                done = await self._replay(client, channel_id, unfinished.get(channel_id, []), routes.message)
                done += await self._replay_changes(client, channel_id, changes.get(channel_id, []), routes)
                if channel_id in starts:
                    done += await self._read(client, channel_id, starts[channel_id], routes)
                return done

        done = sum(await asyncio.gather(*(one(c) for c in {*starts, *unfinished, *changes})))
        if done:
            log.warning("discord catch-up: handled %d messages that arrived while the bot was down", done)
        return done

    async def _replay(self, client: discord.Client, channel_id: int, messages: list[int], route: Route) -> int:
        """Handle again, in order, the messages of a channel a dead process stored but never finished."""
        done = 0
        for message_id in sorted(messages):
            message = await _fetch(client, channel_id, message_id)
            await self.repo.finish(PLATFORM, [str(message_id)], self.clock())
            if message is not None:
                with inbox.handling(PLATFORM, str(message.id)):
                    await route(message)
                done += 1
        return done

    async def _replay_changes(self, client: discord.Client, channel_id: int, stored: list[dict[str, object]],
                              routes: Routes) -> int:
        """Carry out, in order, the edits and deletions of a channel a dead process stored but never finished."""
        for change in stored:
            message_id = int(str(change["message"]))
            await self.repo.finish(PLATFORM, [str(change["key"])], self.clock())
            if change["change"] == DELETE:
                await routes.delete(Deletion(channel_id, message_id, bool(change.get("guild")),
                                             bool(change.get("thread"))))
                continue
            message = await _fetch(client, channel_id, message_id)  # as it is now: its latest words
            if message is not None:
                await routes.edit(message)
        return len(stored)

    async def _read(self, client: discord.Client, channel_id: int, start: int, routes: Routes) -> int:
        """Handle, oldest first, the messages of one channel after ``start`` that were never stored; those
        stored before and edited since are edited again."""
        channel = await _channel(client, channel_id)
        if channel is None:
            return 0
        try:
            missed = [m async for m in channel.history(limit=None, after=discord.Object(start), oldest_first=True)
                      if not m.author.bot]
        except discord.HTTPException as exc:
            log.info("discord catch-up: channel %s unreadable: %s", channel_id, exc)
            return 0
        done = 0
        for message in missed:
            try:
                if await self.handle(message, routes.message):
                    done += 1
                elif message.edited_at is not None:
                    done += await self.handle_edit(message, routes.edit)
            except Exception:  # one broken message must not stop the catch-up of the others
                log.exception("discord catch-up: message %s in %s failed", message.id, channel_id)
        return done

    async def _channels(self) -> dict[int, int]:
        """Each channel served lately, with the newest message stored from it. (A channel never served has no
        starting point: reading its whole history would answer old messages.)"""
        newest: dict[int, int] = {}
        for stored in await self.repo.recent(PLATFORM, self.clock() - LOOK_BACK, 10_000, until=self.connected_at):
            channel, message = int(str(stored["channel"])), int(str(stored["message"]))
            newest[channel] = max(newest.get(channel, 0), message)
        # Read again what was written in the last RE_READ too: stored messages are skipped by their ids.
        again = discord.utils.time_snowflake(self.connected_at - RE_READ)
        return {channel: min(message, again) for channel, message in newest.items()}


async def _channel(client: discord.Client, channel_id: int) -> discord.abc.Messageable | None:
    found = client.get_channel(channel_id)
    if found is None:
        with contextlib.suppress(discord.HTTPException):
            found = await client.fetch_channel(channel_id)
    return found if isinstance(found, discord.abc.Messageable) else None


async def _fetch(client: discord.Client, channel_id: int, message_id: int) -> discord.Message | None:
    channel = await _channel(client, channel_id)
    if channel is None:
        return None
    try:
        return await channel.fetch_message(message_id)
    except discord.HTTPException:  # deleted meanwhile: nothing to handle
        return None
