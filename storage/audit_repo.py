"""The audit table: append-only, read newest first."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select

from core.ports import AuditEntry
from storage.convert import aware
from storage.engine import Database
from storage.models import AuditRow


def _entry(row: AuditRow) -> AuditEntry:
    at = aware(row.at)
    assert at is not None and row.id is not None
    return AuditEntry(at=at, platform=row.platform, actor=row.actor, action=row.action, actor_name=row.actor_name,
                      ticket_id=row.ticket_id, target=row.target, detail=row.detail, id=row.id)


class SqlAuditRepo:
    """Audit rows on any SQLAlchemy database; ``add`` joins the caller's unit of work."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, entry: AuditEntry) -> int:
        row = AuditRow(at=entry.at, platform=entry.platform[:32], actor=entry.actor[:200],
                       actor_name=entry.actor_name[:200], action=entry.action[:32], ticket_id=entry.ticket_id,
                       target=entry.target[:200] if entry.target else None, detail=entry.detail[:300])
        async with self._db.transaction(), self._db.session() as session:
            session.add(row)
            await session.flush()
            assert row.id is not None
            return row.id

    async def list(self, *, since: datetime | None = None, limit: int = 50,
                   action: str | None = None) -> list[AuditEntry]:
        query = select(AuditRow)
        if since is not None:
            query = query.where(col(AuditRow.at) >= since)
        if action is not None:
            query = query.where(col(AuditRow.action) == action)
        async with self._db.session() as session:
            rows = await session.exec(query.order_by(col(AuditRow.at).desc(), col(AuditRow.id).desc()).limit(limit))
            return [_entry(r) for r in rows.all()]
