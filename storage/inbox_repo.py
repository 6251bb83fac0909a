"""The inbox table: one row per incoming update, unique by platform and update id."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from storage.engine import Database
from storage.models import InboxRow

PENDING, DONE = "pending", "done"


class SqlInboxRepo:
    """Incoming updates on any SQLAlchemy database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def store_many(self, platform: str, updates: Sequence[tuple[str, dict[str, object]]],
                         now: datetime) -> list[str]:
        """Keep a batch of updates in one transaction; the unique index recognises second copies."""
        fresh: list[str] = []
        async with self._db.transaction(), self._db.session() as session:
            keys = [key for key, _ in updates]
            known = set((await session.exec(select(InboxRow.key).where(
                col(InboxRow.platform) == platform, col(InboxRow.key).in_(keys)))).all())
            for key, payload in updates:
                if key in known:
                    continue
                try:  # another process may store the same update between the read and this insert
                    async with self._db.savepoint(session):
                        session.add(InboxRow(platform=platform, key=key, payload=payload, state=PENDING,
                                             received_at=now))
                except IntegrityError:
                    continue
                known.add(key)
                fresh.append(key)
        return fresh

    async def finish(self, platform: str, keys: Sequence[str], now: datetime) -> None:
        if not keys:
            return
        async with self._db.transaction(), self._db.session() as session:
            await session.execute(update(InboxRow).where(
                col(InboxRow.platform) == platform, col(InboxRow.key).in_(list(keys)), col(InboxRow.state) == PENDING)
                .values(state=DONE, done_at=now))

    async def unhandled(self, platform: str, limit: int, until: datetime | None = None) -> list[dict[str, object]]:
        query = select(InboxRow).where(col(InboxRow.platform) == platform, col(InboxRow.state) == PENDING)
        if until is not None:
            query = query.where(col(InboxRow.received_at) < until)
        async with self._db.session() as session:
            rows = await session.exec(query.order_by(col(InboxRow.id)).limit(limit))
            return [dict(r.payload) for r in rows.all()]

    async def recent(self, platform: str, since: datetime, limit: int,
                     until: datetime | None = None) -> list[dict[str, object]]:
        """Updates stored since ``since`` (and before ``until``), handled or not, newest first."""
        query = select(InboxRow).where(col(InboxRow.platform) == platform, col(InboxRow.received_at) >= since)
        if until is not None:
            query = query.where(col(InboxRow.received_at) < until)
        async with self._db.session() as session:
            rows = await session.exec(query.order_by(col(InboxRow.id).desc()).limit(limit))
            return [dict(r.payload) for r in rows.all()]

    async def purge(self, before: datetime) -> int:
        async with self._db.transaction(), self._db.session() as session:
            done = await session.execute(delete(InboxRow).where(
                col(InboxRow.state) == DONE, col(InboxRow.received_at) < before))
            return int(done.rowcount)  # type: ignore[attr-defined]
