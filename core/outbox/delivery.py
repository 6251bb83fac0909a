"""The delivery worker: sends a process's own outbox rows, in order per ticket, until each is done.

Each row is one ``Notifier`` call. A row is leased before its call and marked done (with what the
platform returned) in a unit of work after it, so a resend can only happen when the process dies
between the platform's answer and that commit. A platform that asks to slow down gets its
``retry_after``; other failures back off and, after ``max_attempts``, park the row and tell staff.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Coroutine, Sequence
from datetime import timedelta
from typing import Any

from core import inbox
from core.clock import Clock, utcnow
from core.i18n import Reply
from core.insights import metrics
from core.models import Ticket, TicketEvent
from core.outbox.calls import call
from core.outbox.effects import Effect, EffectKind, OutboxItem, OutboxState, from_source, lane_of
from core.outbox.unit import UnitOfWork
from core.ports import OutboxRepo, TicketRepo
from core.settings import OutboxSettings
from core.tickets.notify import (
    STAFF,
    Notifier,
    RateLimitAware,
    Reminder,
    StaffThread,
    StaffThreadGone,
    Unconfirmed,
)
from core.tickets.service import RATING_ASKED, THREAD_GONE

log = logging.getLogger(__name__)

PARKED = "delivery_parked"  # the ticket event written when a row is parked
PURGE_EVERY = 3600.0  # seconds between two purges of old rows
UNCONFIRMED = "unconfirmed"  # the result of a row the platform took but never answered
# Rows whose result is the copy of a transcript line they posted (payload message).
COPIES = frozenset({EffectKind.TO_STAFF, EffectKind.TO_USER, EffectKind.EDIT_STAFF, EffectKind.EDIT_USER})
CLOSE_GRACE = 3.0  # seconds a stopping process gives the platform calls in flight


def worker_name() -> str:
    """This process's lease owner: host and pid tell a restarted worker which leases died with it."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def maybe_posted_unreferenced(item: OutboxItem) -> bool:
    """Whether a row's effect may be on the platform while its reference is not stored: in flight or retried
    (a send may have landed before it failed), or delivered without an answer."""
    return item.state == OutboxState.PENDING or (item.state == OutboxState.DONE and item.result in (None, UNCONFIRMED))


class Delivery:
    """Delivers the rows of the platforms this process has notifiers for."""

    def __init__(self, outbox: OutboxRepo, tickets: TicketRepo, units: UnitOfWork,
                 notifiers: dict[str, Notifier], settings: OutboxSettings, clock: Clock = utcnow,
                 measure: metrics.Metrics = metrics.NO_METRICS) -> None:
        self.outbox = outbox
        self.metrics = measure
        self.tickets = tickets
        self.units = units
        self.notifiers = notifiers
        self.settings = settings
        self.clock = clock
        self.owner = worker_name()
        self._locks: dict[int, asyncio.Lock] = {}
        self._running: set[asyncio.Task[None]] = set()  # deliveries started after commits and by the worker
        self._closing = False

    @property
    def platforms(self) -> list[str]:
        return list(self.notifiers)

    async def after_commit(self, effects: Sequence[Effect]) -> None:
        """Deliver what a unit just committed at once, when it is for this process; the worker retries the rest.

        The caller waits at most ``inline_seconds``: a slow platform (429s, timeouts) must not hold up the
        answer to the person who acted; the delivery goes on in the background.
        """
        tickets = list(dict.fromkeys(e.ticket_id for e in effects if e.platform in self.notifiers))
        if not tickets:
            return
        task = self._start(self._drain_each(tickets), "outbox-inline")
        await asyncio.wait({task}, timeout=self.settings.inline_seconds)

    def _start(self, delivery: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(delivery, name=name)
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return task

    async def _drain_each(self, tickets: Sequence[int]) -> None:
        try:
            with inbox.detached():  # its units are the delivery's, not the update's: they mark nothing handled
                for ticket_id in tickets:
                    await self.drain(ticket_id)
        except Exception:  # the worker delivers what this attempt could not
            log.exception("outbox: delivering just after the commit failed")

    async def close(self) -> None:
        """Let the calls in flight finish (a call cut between the platform's answer and the commit would be
        sent again by the next start), start no new one, then stop and give the rows back."""
        self._closing = True
        if self._running:
            await asyncio.wait(set(self._running), timeout=CLOSE_GRACE)
        for task in list(self._running):
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)
        try:
            mine = [item for item, owner in await self.outbox.leases(self.platforms) if owner == self.owner]
            await self.outbox.release(mine)
        except Exception:  # the database may be gone already: the leases then end by themselves
            log.warning("outbox: could not give back the rows this worker held", exc_info=True)

    async def drain(self, ticket_id: int) -> None:
        """Deliver the ticket's due rows in order per lane; a lane stops at its first row that must wait,
        the other lane goes on (the user's answer does not wait for a staff card held back, nor the reverse)."""
        lock = self._locks.setdefault(ticket_id, asyncio.Lock())
        try:
            async with lock:
                held: set[EffectKind] = set()
                while not self._closing and (item := await self._claim(ticket_id, held)) is not None:
                    if not await self._deliver(item):
                        held |= lane_of(item.effect.kind)
        finally:
            if not lock.locked() and self._locks.get(ticket_id) is lock:
                del self._locks[ticket_id]

    async def run_forever(self) -> None:
        """Deliver due rows until cancelled, looking every ``poll_seconds`` (other processes write rows too)."""
        with contextlib.suppress(Exception):  # the database may be down at start: the loop retries
            await self.recover()
        busy: set[int] = set()
        gate = asyncio.Semaphore(self.settings.concurrency)

        async def one(ticket_id: int) -> None:
            try:
                async with gate:
                    await self.drain(ticket_id)
            except Exception:
                log.exception("outbox: delivery to ticket %s failed", ticket_id)
            finally:
                busy.discard(ticket_id)

        purged_at = -PURGE_EVERY
        while True:
            if asyncio.get_running_loop().time() - purged_at >= PURGE_EVERY:
                purged_at = asyncio.get_running_loop().time()
                with contextlib.suppress(Exception):
                    await self.purge()
            try:
                for ticket_id in await self.outbox.due_tickets(self.platforms, self.clock(), 200):
                    if ticket_id not in busy:
                        busy.add(ticket_id)
                        self._start(one(ticket_id), f"outbox-{ticket_id}")
            except Exception:  # the database may be down for a while: try again next round
                log.exception("outbox: looking for due rows failed")
            await asyncio.sleep(self.settings.poll_seconds)

    async def deliver_due(self) -> int:
        """One round, ticket after ticket (the CLI and tests): take back dead workers' rows, deliver what is due."""
        await self.recover()
        tickets = await self.outbox.due_tickets(self.platforms, self.clock(), 10_000)
        for ticket_id in tickets:
            await self.drain(ticket_id)
        return len(tickets)

    async def purge(self) -> int:
        """Delete delivered outbox rows and handled inbox updates older than ``keep_days``; return how many."""
        before = self.clock() - timedelta(days=self.settings.keep_days)
        count = await self.outbox.purge(before)
        if self.units.inbox is not None:
            count += await self.units.inbox.purge(before)
        return count

    async def recover(self) -> int:
        """Free the leases a previous run of this worker on this host held when it died; return how many."""
        host = self.owner.split(":")[0]
        dead = [item for item, owner in await self.outbox.leases(self.platforms)
                if owner.split(":")[0] == host and not _alive(owner)]
        await self.outbox.release(dead)
        if dead:
            log.warning("outbox: took back %d rows from a worker that died", len(dead))
        return len(dead)

    async def _claim(self, ticket_id: int, held: set[EffectKind]) -> OutboxItem | None:
        now = self.clock()
        until = now + timedelta(seconds=self.settings.lease_seconds)
        return await self.outbox.claim_head(ticket_id, self.platforms, self.owner, now, until, skip=sorted(held))

    async def _deliver(self, item: OutboxItem) -> bool:
        """Make one row's platform call; True when it is done and the next row may follow."""
        notifier = self.notifiers[item.effect.platform]
        ticket = await self.tickets.get(item.effect.ticket_id)
        if ticket is None:  # erased meanwhile: nothing left to show
            return await self.outbox.finish(item.id, self.owner, self.clock(), None)
        try:
            with from_source(item.effect.payload.get("source")):  # where the message it answers came from
                result = await self._call(notifier, item, ticket)
        except StaffThreadGone:
            await self._thread_gone(item, ticket)
            self.metrics.delivered(item.effect.platform, metrics.THREAD_GONE)
            return True
        except Unconfirmed as exc:
            if self.settings.resend_unconfirmed:
                return await self._failed(notifier, item, ticket, exc)
            log.warning("outbox: row %s (%s, ticket %s) sent but not confirmed (timeout); not sent again",
                        item.id, item.effect.kind.value, ticket.id)
            result = UNCONFIRMED
        except Exception as exc:
            return await self._failed(notifier, item, ticket, exc)
        async with self.units():
            if not await self.outbox.finish(item.id, self.owner, self.clock(), _ref(result)):
                log.warning("outbox: row %s was taken over while it was delivered", item.id)
            if result != UNCONFIRMED:
                await self._store(item, ticket, result)
        self.metrics.delivered(item.effect.platform, metrics.UNCONFIRMED if result == UNCONFIRMED else metrics.SENT)
        return True

    async def _call(self, notifier: Notifier, item: OutboxItem, ticket: Ticket) -> object:
        async def made(thread: str) -> None:
            # Kept at once: staff may write in the thread before the card is even posted, and their words
            # must find the ticket; a next attempt posts the card there rather than in a second thread.
            async with self.units():
                await self.outbox.note_result(item.id, self.owner, thread)
                await self.tickets.set_thread(ticket.id, thread, ticket.card_ref)

        return await call(notifier, item, ticket, self.tickets, made)

    async def _store(self, item: OutboxItem, ticket: Ticket, result: object) -> None:
        """Keep what the platform returned: a card's thread, a rating request's message."""
        if item.effect.kind == EffectKind.CARD and isinstance(result, StaffThread):
            await self.tickets.set_thread(ticket.id, result.ref, result.card)
            if item.effect.payload.get("again"):
                # The new thread got the whole transcript; relays still queued behind it would repeat it.
                later = [i for i in await self.outbox.pending(ticket.id, EffectKind.TO_STAFF) if i > item.id]
                await self.outbox.supersede(later, self.clock())
        elif item.effect.kind == EffectKind.RATING_REQUEST and isinstance(result, str):
            await self._event(ticket, RATING_ASKED, result)
        elif item.effect.kind in COPIES and isinstance(result, str):  # what a later edit of the line changes
            await self.tickets.set_message_refs(int(item.effect.payload["message"]), copy=result)

    async def _thread_gone(self, item: OutboxItem, ticket: Ticket) -> None:
        """Someone deleted the staff thread: forget it and turn this row into a new card, which goes first."""
        log.warning("ticket %s: its staff thread is gone, opening a new one", ticket.id)
        async with self.units():
            await self.tickets.set_thread(ticket.id, None, None)
            await self._event(ticket, THREAD_GONE, "")
            await self.outbox.rewrite(item.id, self.owner, EffectKind.CARD,
                                      {"again": True, "guesses": [[g, g, 0.0] for g in ticket.faq_guesses]})

    async def _failed(self, notifier: Notifier, item: OutboxItem, ticket: Ticket, exc: Exception) -> bool:
        """Retry later, or park the row; True when parked (the ticket's next row may go)."""
        wait = notifier.retry_after(exc) if isinstance(notifier, RateLimitAware) else None
        error = f"{type(exc).__name__}: {exc}"
        if wait is not None:  # the platform said when: not a failure, no attempt counted
            await self.outbox.postpone(item.id, self.owner, self.clock() + timedelta(seconds=wait), error,
                                       item.attempts)
            log.info("outbox: row %s waits %.1f s (rate limited)", item.id, wait)
            self.metrics.delivered(item.effect.platform, metrics.RATE_LIMITED)
            return False
        attempts = item.attempts + 1
        if attempts < self.settings.max_attempts:
            delay = min(self.settings.backoff_seconds * 2 ** (attempts - 1), self.settings.backoff_cap_seconds)
            await self.outbox.postpone(item.id, self.owner, self.clock() + timedelta(seconds=delay), error, attempts)
            log.warning("outbox: row %s (%s, ticket %s) failed %d times, next in %.0f s: %s", item.id,
                        item.effect.kind.value, ticket.id, attempts, delay, error)
            self.metrics.delivered(item.effect.platform, metrics.RETRY)
            return False
        await self.outbox.park(item.id, self.owner, error, attempts)
        self.metrics.delivered(item.effect.platform, metrics.PARKED)
        log.error("outbox: row %s (%s, ticket %s) parked after %d failures: %s", item.id, item.effect.kind.value,
                  ticket.id, attempts, error)
        await self._event(ticket, PARKED, f"{item.id}:{item.effect.kind.value}")
        notice = Reminder(PARKED, STAFF, Reply("outbox.parked", {
            "number": ticket.id, "what": Reply(f"outbox.what.{item.effect.kind.value}"), "row": item.id}))
        try:  # told once, at parking; if staff cannot be reached either, the log and the CLI still show it
            await notifier.remind(ticket, notice)
        except Exception as second:
            log.error("outbox: staff could not be told that row %s was parked: %s", item.id, second)
        return True

    async def _event(self, ticket: Ticket, kind: str, detail: str) -> None:
        await self.tickets.add_event(TicketEvent(ticket.id, kind, "bot", self.clock(), detail))


def _ref(result: object) -> str | None:
    if isinstance(result, StaffThread):
        return result.ref or result.card
    return result[:200] if isinstance(result, str) else None


def _alive(owner: str) -> bool:
    """Whether the process named in a lease owner (host:pid:run) still runs on this host."""
    try:
        pid = int(owner.split(":")[1])
    except (IndexError, ValueError):
        return True
    if pid == os.getpid():
        return True  # another worker of this process (tests run several desks in one)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
