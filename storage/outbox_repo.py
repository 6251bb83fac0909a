"""The outbox table: effects in order per ticket, leased to one delivery worker at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, func, or_, update
from sqlalchemy.orm import aliased
from sqlmodel import col, select

from core.outbox.effects import USER_LANE, Effect, EffectKind, OutboxItem, OutboxState
from storage.convert import aware
from storage.engine import Database
from storage.models import OutboxRow

PENDING = OutboxState.PENDING.value


class SqlOutboxRepo:
    """Outbox rows on any SQLAlchemy database; leases, not held transactions, keep workers apart.

    Writes go through ``Database.transaction``: on SQLite they queue on the process's writer lock with
    the desk's units instead of racing them in SQLite's busy loop.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, effect: Effect, now: datetime) -> int:
        """Store an effect, due at once (inside the caller's unit of work)."""
        row = OutboxRow(platform=effect.platform, ticket_id=effect.ticket_id, kind=effect.kind.value,
                        payload=effect.payload, state=PENDING, created_at=now, due_at=now)
        async with self._db.session() as session:
            session.add(row)
            await session.flush()
            assert row.id is not None
            return row.id

    def _heads(self, platforms: Sequence[str], now: datetime) -> Any:
        """Pending rows of ``platforms`` that are due, free, and the oldest pending row of their ticket's lane."""
        earlier = aliased(OutboxRow)
        older = select(earlier.id).where(earlier.ticket_id == OutboxRow.ticket_id, earlier.state == PENDING,
                                         col(earlier.id) < OutboxRow.id, _lane(earlier.kind) == _lane(OutboxRow.kind))
        return select(OutboxRow).where(
            col(OutboxRow.state) == PENDING, col(OutboxRow.platform).in_(list(platforms)),
            col(OutboxRow.due_at) <= now,
            or_(col(OutboxRow.lease_until).is_(None), col(OutboxRow.lease_until) < now),
            ~older.exists())

    async def due_tickets(self, platforms: Sequence[str], now: datetime, limit: int) -> list[int]:
        """Tickets whose next row is due and free, oldest row first."""
        async with self._db.session() as session:
            rows = await session.exec(self._heads(platforms, now).order_by(col(OutboxRow.id)).limit(limit))
            return [r.ticket_id for r in rows.all()]

    async def claim_head(self, ticket_id: int, platforms: Sequence[str], owner: str, now: datetime,
                         until: datetime, *, skip: Sequence[EffectKind] = ()) -> OutboxItem | None:
        """Lease the ticket's next row (oldest lane head first, none of the ``skip`` kinds); the guarded UPDATE
        lets exactly one of racing workers have it."""
        async with self._db.transaction(), self._db.session() as session:
            heads = self._heads(platforms, now).where(OutboxRow.ticket_id == ticket_id)
            if skip:
                heads = heads.where(col(OutboxRow.kind).not_in([k.value for k in skip]))
            found = await session.exec(heads.order_by(col(OutboxRow.id)).with_for_update(skip_locked=True).limit(1))
            row = found.first()
            if row is None:
                return None
            taken = await session.execute(
                update(OutboxRow).where(col(OutboxRow.id) == row.id, col(OutboxRow.state) == PENDING,
                                        or_(col(OutboxRow.lease_until).is_(None), col(OutboxRow.lease_until) < now))
                .values(lease_owner=owner, lease_until=until))
            if not taken.rowcount:  # type: ignore[attr-defined]
                return None
            return _item(row)

    async def finish(self, item_id: int, owner: str, now: datetime, result: str | None) -> bool:
        return await self._leased(item_id, owner, state=OutboxState.DONE.value, done_at=now, result=result,
                                  last_error=None)

    async def postpone(self, item_id: int, owner: str, due_at: datetime, error: str, attempts: int) -> None:
        await self._leased(item_id, owner, due_at=due_at, last_error=error[:500], attempts=attempts)

    async def note_result(self, item_id: int, owner: str, result: str) -> None:
        async with self._db.transaction(), self._db.session() as session:
            await session.execute(update(OutboxRow).where(
                col(OutboxRow.id) == item_id, col(OutboxRow.lease_owner) == owner, col(OutboxRow.state) == PENDING)
                .values(result=result[:200]))

    async def park(self, item_id: int, owner: str, error: str, attempts: int) -> None:
        await self._leased(item_id, owner, state=OutboxState.PARKED.value, last_error=error[:500], attempts=attempts)

    async def rewrite(self, item_id: int, owner: str, kind: EffectKind, payload: dict[str, object]) -> None:
        await self._leased(item_id, owner, kind=kind.value, payload=payload, attempts=0)

    async def pending(self, ticket_id: int, kind: EffectKind) -> list[int]:
        async with self._db.session() as session:
            rows = await session.exec(select(OutboxRow.id).where(
                OutboxRow.ticket_id == ticket_id, col(OutboxRow.state) == PENDING, OutboxRow.kind == kind.value))
            return [int(i) for i in rows.all() if i is not None]

    async def supersede(self, item_ids: Sequence[int], now: datetime) -> None:
        if not item_ids:
            return
        async with self._db.transaction(), self._db.session() as session:
            await session.execute(update(OutboxRow).where(col(OutboxRow.id).in_(list(item_ids)),
                                                          col(OutboxRow.state) == PENDING)
                                  .values(state=OutboxState.DONE.value, done_at=now, result="superseded",
                                          lease_owner=None, lease_until=None))

    async def leases(self, platforms: Sequence[str]) -> list[tuple[int, str]]:
        async with self._db.session() as session:
            rows = await session.exec(select(OutboxRow.id, OutboxRow.lease_owner).where(
                col(OutboxRow.state) == PENDING, col(OutboxRow.platform).in_(list(platforms)),
                col(OutboxRow.lease_owner).is_not(None)))
            return [(int(i), str(o)) for i, o in rows.all() if i is not None]

    async def release(self, item_ids: Sequence[int]) -> None:
        if not item_ids:
            return
        async with self._db.transaction(), self._db.session() as session:
            await session.execute(update(OutboxRow).where(col(OutboxRow.id).in_(list(item_ids)))
                                  .values(lease_owner=None, lease_until=None))

    async def list(self, *, states: Iterable[OutboxState] | None = None, platform: str | None = None,
                   ticket_id: int | None = None, limit: int = 50) -> list[OutboxItem]:
        """Rows, oldest first."""
        statement = select(OutboxRow)
        if states is not None:
            statement = statement.where(col(OutboxRow.state).in_([s.value for s in states]))
        if platform is not None:
            statement = statement.where(OutboxRow.platform == platform)
        if ticket_id is not None:
            statement = statement.where(OutboxRow.ticket_id == ticket_id)
        async with self._db.session() as session:
            rows = await session.exec(statement.order_by(col(OutboxRow.id)).limit(limit))
            return [_item(r) for r in rows.all()]

    async def requeue(self, item_id: int, now: datetime) -> bool:
        """Send a parked or dropped row again, due now, with a fresh count of attempts."""
        async with self._db.transaction(), self._db.session() as session:
            done = await session.execute(update(OutboxRow).where(
                col(OutboxRow.id) == item_id,
                col(OutboxRow.state).in_([OutboxState.PARKED.value, OutboxState.DROPPED.value]))
                .values(state=PENDING, due_at=now, attempts=0, lease_owner=None, lease_until=None))
            return bool(done.rowcount)  # type: ignore[attr-defined]

    async def drop(self, item_id: int) -> bool:
        """Give up on a pending or parked row: the rows after it in its ticket go ahead."""
        async with self._db.transaction(), self._db.session() as session:
            done = await session.execute(update(OutboxRow).where(
                col(OutboxRow.id) == item_id, col(OutboxRow.state).in_([PENDING, OutboxState.PARKED.value]))
                .values(state=OutboxState.DROPPED.value, lease_owner=None, lease_until=None))
            return bool(done.rowcount)  # type: ignore[attr-defined]

    async def purge(self, before: datetime) -> int:
        async with self._db.transaction(), self._db.session() as session:
            done = await session.execute(delete(OutboxRow).where(
                col(OutboxRow.state).in_([OutboxState.DONE.value, OutboxState.DROPPED.value]),
                col(OutboxRow.created_at) < before))
            return int(done.rowcount)  # type: ignore[attr-defined]

    async def count_by_state(self) -> dict[str, int]:
        async with self._db.session() as session:
            rows = await session.exec(select(OutboxRow.state, func.count()).group_by(OutboxRow.state))
            return {state: int(count) for state, count in rows.all()}

    async def backlog(self, now: datetime) -> tuple[int, datetime | None]:
        """Pending rows due by ``now`` (waiting for a worker or being sent) and the earliest of their due times."""
        async with self._db.session() as session:
            found = await session.exec(select(func.count(), func.min(OutboxRow.due_at)).where(
                col(OutboxRow.state) == PENDING, col(OutboxRow.due_at) <= now))
            count, earliest = found.one()
            return int(count), aware(earliest)

    async def _leased(self, item_id: int, owner: str, **values: Any) -> bool:
        """Update a row this worker holds and give the lease back."""
        async with self._db.transaction(), self._db.session() as session:
            done = await session.execute(update(OutboxRow).where(
                col(OutboxRow.id) == item_id, col(OutboxRow.lease_owner) == owner, col(OutboxRow.state) == PENDING)
                .values(lease_owner=None, lease_until=None, **values))
            return bool(done.rowcount)  # type: ignore[attr-defined]


def _item(row: OutboxRow) -> OutboxItem:
    assert row.id is not None and row.created_at is not None and row.due_at is not None
    effect = Effect(row.platform, row.ticket_id, EffectKind(row.kind), dict(row.payload))
    return OutboxItem(row.id, effect, OutboxState(row.state), row.attempts, aware(row.created_at) or row.created_at,
                      aware(row.due_at) or row.due_at, row.last_error, row.result)


def _lane(kind: Any) -> Any:
    """The ordering lane of a row's kind, as SQL: what users see, and what staff see."""
    return case((col(kind).in_([k.value for k in USER_LANE]), "user"), else_="staff")
