"""The blocks table: one row per blocked user per platform; expired rows are simply no longer in force."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.ports import Block
from storage.convert import aware
from storage.engine import Database
from storage.models import BlockRow


def _block(row: BlockRow) -> Block:
    created = aware(row.created_at)
    assert created is not None
    return Block(platform=row.platform, user_id=row.user_id, actor=row.actor, created_at=created,
                 until=aware(row.until), reason=row.reason, user_name=row.user_name, ticket_id=row.ticket_id,
                 notified_at=aware(row.notified_at))


class SqlBlockRepo:
    """Blocks on any SQLAlchemy database; writes join the caller's unit of work."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def put(self, block: Block) -> None:
        """Insert or replace the user's block; a block written by another process meanwhile is replaced too."""
        values: dict[str, Any] = {
            "user_name": block.user_name[:200], "reason": block.reason[:200], "actor": block.actor[:200],
            "ticket_id": block.ticket_id, "created_at": block.created_at, "until": block.until, "notified_at": None}
        async with self._db.transaction(), self._db.session() as session:
            if await self._replace(session, block, values):
                return
            try:
                async with self._db.savepoint(session):
                    session.add(BlockRow(platform=block.platform, user_id=block.user_id, **values))
            except IntegrityError:
                await self._replace(session, block, values)

    @staticmethod
    async def _replace(session: AsyncSession, block: Block, values: dict[str, Any]) -> bool:
        result = await session.execute(
            update(BlockRow).where(col(BlockRow.platform) == block.platform, col(BlockRow.user_id) == block.user_id)
            .values(**values))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def get(self, platform: str, user_id: str) -> Block | None:
        async with self._db.session() as session:
            row = (await session.exec(select(BlockRow).where(
                col(BlockRow.platform) == platform, col(BlockRow.user_id) == user_id))).first()
            return _block(row) if row is not None else None

    async def delete(self, platform: str, user_id: str) -> Block | None:
        async with self._db.transaction(), self._db.session() as session:
            row = (await session.exec(select(BlockRow).where(
                col(BlockRow.platform) == platform, col(BlockRow.user_id) == user_id))).first()
            if row is None:
                return None
            block = _block(row)
            await session.execute(delete(BlockRow).where(col(BlockRow.id) == row.id))
            return block

    async def active(self, now: datetime, *, platform: str | None = None, limit: int = 100) -> list[Block]:
        query = select(BlockRow).where(or_(col(BlockRow.until).is_(None), col(BlockRow.until) > now))
        if platform is not None:
            query = query.where(col(BlockRow.platform) == platform)
        async with self._db.session() as session:
            rows = await session.exec(query.order_by(col(BlockRow.created_at).desc(), col(BlockRow.id).desc())
                                      .limit(limit))
            return [_block(r) for r in rows.all()]

    async def mark_notified(self, platform: str, user_id: str, now: datetime) -> bool:
        """One guarded UPDATE: of two messages racing, exactly one gets the notice."""
        async with self._db.transaction(), self._db.session() as session:
            result = await session.execute(update(BlockRow).where(
                col(BlockRow.platform) == platform, col(BlockRow.user_id) == user_id,
                col(BlockRow.notified_at).is_(None),
                or_(col(BlockRow.until).is_(None), col(BlockRow.until) > now)).values(notified_at=now))
            return bool(result.rowcount)  # type: ignore[attr-defined]
