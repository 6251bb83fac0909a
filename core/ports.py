"""The small interfaces the core depends on; storage, the model and adapters implement them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import numpy as np

from core.insights.stats import DeskData
from core.models import (
    FaqAction,
    FaqEntry,
    FaqVersion,
    Ticket,
    TicketEvent,
    TicketMessage,
    TicketState,
)
from core.outbox.effects import Effect, EffectKind, OutboxItem, OutboxState


class Embedder(Protocol):
    """Turns texts into L2-normalized vectors; queries and documents may use different prompts."""

    name: str

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray: ...


class VectorCache(Protocol):
    """Stores vectors by (model name, text key) so restarts and edits re-encode only what changed."""

    async def get_many(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]: ...

    async def put_many(self, model: str, vectors: dict[str, np.ndarray]) -> None: ...


@dataclass(frozen=True)
class FaqChange:
    """Set ``entry_id`` to ``entry`` (None removes it)."""

    entry_id: str
    entry: FaqEntry | None
    action: FaqAction


class FaqRepo(Protocol):
    """Versioned FAQ storage: the database is the source of truth at run time."""

    async def list_entries(self) -> list[FaqEntry]: ...

    async def get(self, entry_id: str) -> FaqEntry | None: ...

    async def save(self, changes: Sequence[FaqChange], *, actor: str) -> list[FaqVersion]:
        """Apply every change and record each as a version, all in one transaction."""
        ...

    async def history(self, entry_id: str) -> list[FaqVersion]: ...

    async def change_marker(self) -> int:
        """A number that grows with every saved change, whichever process made it."""
        ...


@dataclass(frozen=True)
class TicketUpdate:
    """Fields to set on a ticket in a guarded transition; None means leave as is."""

    state: TicketState
    moderator_id: str | None = None
    moderator_name: str | None = None
    escalated_at: datetime | None = None
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    escalation_reason: str | None = None
    category: str | None = None
    faq_guesses: list[str] | None = None
    clear_moderator: bool = False
    priority: str | None = None


class TicketRepo(Protocol):
    """Ticket storage with atomic, guarded state transitions."""

    async def create(self, ticket: Ticket) -> Ticket:
        """Insert; raises ``TicketStateError`` if the user already has an active ticket."""
        ...

    async def get(self, ticket_id: int) -> Ticket | None: ...

    async def active_for_user(self, platform: str, user_id: str) -> Ticket | None: ...

    async def latest_for_user(self, platform: str, user_id: str) -> Ticket | None: ...

    async def by_thread(self, platform: str, thread_ref: str) -> Ticket | None: ...

    async def transition(self, ticket_id: int, allowed_from: Iterable[TicketState], update: TicketUpdate) -> bool:
        """Apply ``update`` only if the ticket is in one of ``allowed_from``; True if it was."""
        ...

    async def set_thread(self, ticket_id: int, thread_ref: str | None, card_ref: str | None = None) -> None: ...

    async def set_rating(self, ticket_id: int, rating: int, comment: str | None) -> None: ...

    async def add_message(self, message: TicketMessage) -> int:
        """Append a transcript line and mark the ticket active at its time; return the line's id."""
        ...

    async def message(self, message_id: int) -> TicketMessage | None: ...

    async def message_by_ref(self, platform: str, ref: str) -> TicketMessage | None:
        """The latest line whose platform message is ``ref`` on a ticket of ``platform`` (edit and delete sync)."""
        ...

    async def set_message_refs(self, message_id: int, *, ref: str | None = None, copy: str | None = None) -> None:
        """Keep a line's platform message (``ref``) and the copy its relay posted (``copy``); None leaves one as is."""
        ...

    async def revise_message(self, message: TicketMessage) -> None:
        """Store a line's new text, edit and delete marks and earlier texts (``message`` as it is now)."""
        ...

    async def add_event(self, event: TicketEvent) -> None: ...

    async def add_event_once(self, event: TicketEvent, after: datetime) -> bool:
        """Append ``event`` unless one of its kind was written after ``after``; True if this call wrote it."""
        ...

    async def messages(self, ticket_id: int) -> list[TicketMessage]: ...

    async def events(self, ticket_id: int) -> list[TicketEvent]: ...

    async def queue_position(self, ticket_id: int) -> int: ...

    # The SLA sweep's schedule: each change above also sets check_at to its moment, so the sweep looks again.

    async def due(self, now: datetime, limit: int) -> list[Ticket]:
        """Open, claimed, resolved and closed tickets whose check_at is at or before ``now``, oldest first."""
        ...

    async def lease_checks(self, ticket_ids: Sequence[int], until: datetime, *,
                           due_at: datetime | None = None) -> list[Ticket]:
        """Set check_at to ``until`` where due at ``due_at`` (all, if None); return those tickets as they are now."""
        ...

    async def set_check_at(self, checks: Mapping[int, datetime | None], *, leased: datetime | None = None) -> None:
        """Store when the sweep next looks (None: on a change); with ``leased``, only where still that lease."""
        ...

    async def list(
        self, *, states: Iterable[TicketState] | None = None, platform: str | None = None,
        user_id: str | None = None, limit: int = 50, closed_since: datetime | None = None,
    ) -> list[Ticket]: ...

    async def count_by_state(self) -> dict[str, int]:
        """Return how many tickets are in each state (the live queue)."""
        ...


class InsightsRepo(Protocol):
    """One read of a period's conversations for ``core.insights.stats``."""

    async def desk_data(self, since: datetime, until: datetime) -> DeskData: ...


class Transactions(Protocol):
    """Storage's transactions: every repository call inside ``transaction()`` is part of it."""

    def transaction(self) -> AbstractAsyncContextManager[None]: ...


class OutboxRepo(Protocol):
    """Platform effects waiting for delivery; a row is delivered only after every earlier row of its ticket."""

    async def add(self, effect: Effect, now: datetime) -> int: ...

    async def due_tickets(self, platforms: Sequence[str], now: datetime, limit: int) -> list[int]:
        """Tickets whose oldest pending row (for one of ``platforms``) is due and not leased, oldest first."""
        ...

    async def claim_head(self, ticket_id: int, platforms: Sequence[str], owner: str, now: datetime,
                         until: datetime, *, skip: Sequence[EffectKind] = ()) -> OutboxItem | None:
        """Lease to ``owner`` until ``until`` the ticket's oldest row that heads its lane (``USER_LANE`` or the
        staff's), is due and free, and is none of the ``skip`` kinds."""
        ...

    async def finish(self, item_id: int, owner: str, now: datetime, result: str | None) -> bool:
        """Mark a leased row delivered; False if the lease was lost (another worker took it over)."""
        ...

    async def postpone(self, item_id: int, owner: str, due_at: datetime, error: str, attempts: int) -> None: ...

    async def note_result(self, item_id: int, owner: str, result: str) -> None:
        """Keep what a leased row's platform call made so far (a new thread), for its next attempt."""
        ...

    async def park(self, item_id: int, owner: str, error: str, attempts: int) -> None: ...

    async def rewrite(self, item_id: int, owner: str, kind: EffectKind, payload: dict[str, object]) -> None:
        """Turn a leased row into another effect, due now (a relay into a deleted thread becomes a new card)."""
        ...

    async def pending(self, ticket_id: int, kind: EffectKind) -> list[int]: ...

    async def supersede(self, item_ids: Sequence[int], now: datetime) -> None:
        """Mark pending rows delivered by another row (a new card that carries their messages)."""
        ...

    async def leases(self, platforms: Sequence[str]) -> list[tuple[int, str]]:
        """(row, owner) of every leased pending row of ``platforms``."""
        ...

    async def release(self, item_ids: Sequence[int]) -> None: ...

    async def list(self, *, states: Iterable[OutboxState] | None = None, platform: str | None = None,
                   ticket_id: int | None = None, limit: int = 50) -> list[OutboxItem]: ...

    async def requeue(self, item_id: int, now: datetime) -> bool: ...

    async def drop(self, item_id: int) -> bool: ...

    async def purge(self, before: datetime) -> int:
        """Delete delivered and dropped rows older than ``before``; return how many."""
        ...

    async def count_by_state(self) -> dict[str, int]: ...


class InboxRepo(Protocol):
    """Incoming platform updates, kept until handled (see ``core.inbox``)."""

    async def store_many(self, platform: str, updates: Sequence[tuple[str, dict[str, object]]],
                         now: datetime) -> list[str]:
        """Keep (id, payload) updates in one transaction; return the ids not stored before (the new ones)."""
        ...

    async def finish(self, platform: str, keys: Sequence[str], now: datetime) -> None:
        """Mark updates handled."""
        ...

    async def unhandled(self, platform: str, limit: int, until: datetime | None = None) -> list[dict[str, object]]:
        """Updates stored (before ``until``) but never marked handled (the process died), oldest first."""
        ...

    async def recent(self, platform: str, since: datetime, limit: int,
                     until: datetime | None = None) -> list[dict[str, object]]:
        """Updates stored since ``since`` (and before ``until``), handled or not, newest first."""
        ...

    async def purge(self, before: datetime) -> int:
        """Delete handled updates stored before ``before``; return how many."""
        ...


@dataclass(frozen=True)
class Block:
    """A user who may not open tickets on ``platform`` until ``until`` (None: until unblocked)."""

    platform: str
    user_id: str
    actor: str
    created_at: datetime
    until: datetime | None
    reason: str = ""
    user_name: str = ""
    ticket_id: int | None = None
    notified_at: datetime | None = None

    def active(self, now: datetime) -> bool:
        """Whether the block still holds at ``now`` (blocks expire by time; nothing sweeps them)."""
        return self.until is None or self.until > now


class BlockRepo(Protocol):
    """At most one block per user per platform; a new one replaces the old."""

    async def put(self, block: Block) -> None:
        """Insert or replace the user's block (its notice not yet sent)."""
        ...

    async def get(self, platform: str, user_id: str) -> Block | None: ...

    async def delete(self, platform: str, user_id: str) -> Block | None:
        """Remove the user's block; return it as it was (None: there was none)."""
        ...

    async def active(self, now: datetime, *, platform: str | None = None, limit: int = 100) -> list[Block]:
        """Blocks in force at ``now``, newest first."""
        ...

    async def mark_notified(self, platform: str, user_id: str, now: datetime) -> bool:
        """Note that the user was told of the block; True only for the call that did it (one notice per block)."""
        ...


@dataclass(frozen=True)
class AuditEntry:
    """One staff or admin action: who, when, what, on which ticket; a short detail, never message text."""

    at: datetime
    platform: str
    actor: str
    action: str
    actor_name: str = ""
    ticket_id: int | None = None
    target: str | None = None
    detail: str = ""
    id: int = 0


class AuditRepo(Protocol):
    """An append-only log of staff and admin actions."""

    async def add(self, entry: AuditEntry) -> int: ...

    async def list(self, *, since: datetime | None = None, limit: int = 50,
                   action: str | None = None) -> list[AuditEntry]:
        """The latest ``limit`` entries at or after ``since`` (of ``action`` only, if given), newest first."""
        ...


class PrivacyRepo(Protocol):
    """Erasure of what a user left behind (``core.tickets.privacy``); each call is one transaction."""

    async def erase_user(self, platform: str, user_id: str, placeholder: str, marker: str, now: datetime) -> int:
        """Put ``placeholder`` for the user's id on their tickets and ``marker`` for every message's text; delete
        their outbox rows and stored updates; anonymise audit rows about them; return how many tickets."""
        ...

    async def erase_closed_before(self, before: datetime, marker: str, placeholder: Callable[[], str],
                                  limit: int) -> int:
        """Erase the same way up to ``limit`` tickets closed before ``before``; return how many."""
        ...
