"""Versioned FAQ storage: every change writes the entry and a version row in one transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func
from sqlmodel import col, select

from core.clock import Clock, utcnow
from core.models import FaqEntry, FaqVersion
from core.ports import FaqChange
from storage.convert import entry_from_row, entry_to_dict, version_from_row
from storage.engine import Database
from storage.models import FaqEntryRow, FaqVersionRow


class SqlFaqRepo:
    """FAQ entries and their full history in the database."""

    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self._db = db
        self._clock = clock

    async def list_entries(self) -> list[FaqEntry]:
        """Return every live entry, ordered by category then id."""
        async with self._db.session() as session:
            rows = await session.exec(select(FaqEntryRow).order_by(col(FaqEntryRow.category), col(FaqEntryRow.id)))
            return [entry_from_row(r) for r in rows.all()]

    async def change_marker(self) -> int:
        """The newest version row's id: every change in any process adds one."""
        async with self._db.session() as session:
            newest = (await session.exec(select(func.max(col(FaqVersionRow.id))))).one()
            return int(newest or 0)

    async def get(self, entry_id: str) -> FaqEntry | None:
        """Return one live entry."""
        async with self._db.session() as session:
            row = await session.get(FaqEntryRow, entry_id)
            return entry_from_row(row) if row else None

    async def save(self, changes: Sequence[FaqChange], *, actor: str) -> list[FaqVersion]:
        """Apply every change and record each as a version, all in one transaction."""
        now = self._clock()
        versions: list[FaqVersion] = []
        async with self._db.session() as session:
            for change in changes:
                row = await session.get(FaqEntryRow, change.entry_id)
                old = entry_to_dict(entry_from_row(row)) if row else None
                last = await session.exec(
                    select(func.max(FaqVersionRow.version)).where(FaqVersionRow.entry_id == change.entry_id))
                number = (last.one() or 0) + 1
                if change.entry is None:
                    if row is not None:
                        await session.delete(row)
                else:
                    data = entry_to_dict(change.entry)
                    if row is None:
                        row = FaqEntryRow(id=change.entry_id, category=change.entry.category, questions=[], answer={})
                    row.category = change.entry.category
                    row.questions = data["questions"]
                    row.answer = data["answer"]
                    row.escalate = change.entry.escalate
                    row.extra = data.get("extra", {})
                    row.version = number
                    row.updated_at = now
                    session.add(row)
                version = FaqVersionRow(entry_id=change.entry_id, version=number, action=change.action.value,
                                        actor=actor, at=now, old=old,
                                        new=entry_to_dict(change.entry) if change.entry else None)
                session.add(version)
                await session.flush()
                versions.append(version_from_row(version))
        return versions

    async def history(self, entry_id: str) -> list[FaqVersion]:
        """Return every version of an entry, oldest first."""
        async with self._db.session() as session:
            rows = await session.exec(select(FaqVersionRow).where(FaqVersionRow.entry_id == entry_id)
                                      .order_by(col(FaqVersionRow.version)))
            return [version_from_row(r) for r in rows.all()]
