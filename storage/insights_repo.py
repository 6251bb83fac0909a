"""Reads for insights: the conversations of a time range with their user lines and events."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select

from core.insights.stats import DeskData, UserLine
from core.models import Author, TicketEvent
from storage.convert import aware, ticket_from_row
from storage.engine import Database
from storage.models import TicketEventRow, TicketMessageRow, TicketRow


class SqlInsightsRepo:
    """One consistent read of everything ``core.insights.stats`` needs."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def desk_data(self, since: datetime, until: datetime) -> DeskData:
        """Conversations created in [since, until), their user (non-internal) lines and their events."""
        async with self._db.session() as session:
            tickets = [ticket_from_row(r) for r in (await session.exec(
                select(TicketRow).where(col(TicketRow.created_at) >= since, col(TicketRow.created_at) < until)
                .order_by(col(TicketRow.id)))).all()]
            ids = [t.id for t in tickets]
            lines: list[UserLine] = []
            events: list[TicketEvent] = []
            for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
                chunk = ids[start : start + 500]
                messages = await session.exec(
                    select(TicketMessageRow.ticket_id, TicketMessageRow.at, TicketMessageRow.text)
                    .where(col(TicketMessageRow.ticket_id).in_(chunk), TicketMessageRow.author == Author.USER.value,
                           col(TicketMessageRow.internal).is_(False))
                    .order_by(col(TicketMessageRow.id)))
                lines += [UserLine(ticket_id, _utc(at), text) for ticket_id, at, text in messages.all()]
                rows = await session.exec(select(TicketEventRow).where(col(TicketEventRow.ticket_id).in_(chunk))
                                          .order_by(col(TicketEventRow.id)))
                events += [TicketEvent(r.ticket_id, r.kind, r.actor, aware(r.at) or r.at, r.detail)  # type: ignore[arg-type]
                           for r in rows.all()]
        return DeskData(since, until, tickets, lines, events)


def _utc(value: datetime | None) -> datetime:
    moment = aware(value)
    assert moment is not None, "message times are NOT NULL"
    return moment
