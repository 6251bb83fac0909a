"""The faq_candidates table: one row per entry and phrasing; decisions only from pending."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select, update

from core.retrieval.candidates import Candidate, CandidateState
from storage.convert import aware
from storage.engine import Database
from storage.models import FaqCandidateRow


def _candidate(row: FaqCandidateRow) -> Candidate:
    created = aware(row.created_at)
    assert created is not None and row.id is not None
    return Candidate(entry_id=row.entry_id, platform=row.platform, text=row.text, source=row.source,
                     created_at=created, ticket_id=row.ticket_id, state=CandidateState(row.state),
                     decided_by=row.decided_by, decided_at=aware(row.decided_at), id=row.id)


class SqlCandidateRepo:
    """Candidates on any SQLAlchemy database; every call joins the caller's unit of work."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, candidate: Candidate) -> Candidate | None:
        row = FaqCandidateRow(entry_id=candidate.entry_id, platform=candidate.platform[:32], text=candidate.text[:400],
                              text_key=candidate.key, source=candidate.source, ticket_id=candidate.ticket_id,
                              state=candidate.state.value, created_at=candidate.created_at)
        async with self._db.transaction(), self._db.session() as session:
            known = await session.exec(select(FaqCandidateRow.id).where(
                col(FaqCandidateRow.entry_id) == row.entry_id, col(FaqCandidateRow.text_key) == row.text_key))
            if known.first() is not None:
                return None
            try:  # another process may store the same phrasing between the look and the insert
                async with self._db.savepoint(session):
                    session.add(row)
                    await session.flush()
            except IntegrityError:
                return None
            return _candidate(row)

    async def get(self, candidate_id: int) -> Candidate | None:
        async with self._db.session() as session:
            row = await session.get(FaqCandidateRow, candidate_id)
            return _candidate(row) if row is not None else None

    async def pending(self, *, entry_id: str | None = None, limit: int = 50) -> list[Candidate]:
        query = select(FaqCandidateRow).where(col(FaqCandidateRow.state) == CandidateState.PENDING.value)
        if entry_id is not None:
            query = query.where(col(FaqCandidateRow.entry_id) == entry_id)
        async with self._db.session() as session:
            rows = await session.exec(query.order_by(col(FaqCandidateRow.id)).limit(limit))
            return [_candidate(r) for r in rows.all()]

    async def decide(self, candidate_ids: Sequence[int], state: CandidateState, actor: str,
                     at: datetime) -> list[int]:
        if not candidate_ids:
            return []
        pending = (col(FaqCandidateRow.id).in_(list(candidate_ids)),
                   col(FaqCandidateRow.state) == CandidateState.PENDING.value)
        async with self._db.transaction(), self._db.session() as session:
            ids = list((await session.exec(select(FaqCandidateRow.id).where(*pending))).all())
            await session.execute(update(FaqCandidateRow).where(*pending)
                                  .values(state=state.value, decided_by=actor[:200], decided_at=at))
            return [i for i in ids if i is not None]
