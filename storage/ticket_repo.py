"""Tickets, their transcripts and event logs; state changes are guarded single UPDATEs.

Every change to a ticket also sets its ``check_at`` to the change's moment, in the same transaction: the
SLA sweep (``core.tickets.sla``) reads only tickets whose ``check_at`` has come, so a change it must react to (a
user's message, a claim, a reminder sent, a thread lost) has to make the ticket due.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, bindparam, case, func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.errors import TicketStateError
from core.models import ACTIVE_STATES, Author, Ticket, TicketEvent, TicketMessage, TicketState
from core.ports import TicketUpdate
from core.tickets.priority import NORMAL, RANK
from storage.convert import aware, ticket_from_row
from storage.engine import Database
from storage.models import TicketEventRow, TicketMessageRow, TicketRow

_ACTIVE = [s.value for s in ACTIVE_STATES]
# The states the SLA sweep looks at. Closed tickets are there for their rating buttons; one with nothing
# left to do gets check_at NULL at its first look, so old closed tickets never stay in the range.
_SWEPT = [s.value for s in (TicketState.OPEN, TicketState.CLAIMED, TicketState.RESOLVED, TicketState.CLOSED)]


class SqlTicketRepo:
    """Ticket storage on any SQLAlchemy database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def create(self, ticket: Ticket) -> Ticket:
        """Insert a ticket; the partial unique index refuses a second active one per user."""
        row = TicketRow(platform=ticket.platform, user_id=ticket.user_id, user_name=ticket.user_name,
                        state=ticket.state.value, language=ticket.language, category=ticket.category,
                        faq_guesses=list(ticket.faq_guesses), thread_ref=ticket.thread_ref, priority=ticket.priority,
                        created_at=ticket.created_at, updated_at=ticket.updated_at, check_at=ticket.created_at)
        async with self._db.session() as session:
            try:
                async with self._db.savepoint(session):
                    session.add(row)
                    await session.flush()
            except IntegrityError as exc:
                raise TicketStateError("user already has an active ticket", state="active") from exc
            return ticket_from_row(row)

    async def get(self, ticket_id: int) -> Ticket | None:
        """Return one ticket."""
        async with self._db.session() as session:
            row = await session.get(TicketRow, ticket_id)
            return ticket_from_row(row) if row else None

    async def active_for_user(self, platform: str, user_id: str) -> Ticket | None:
        """Return the user's pending, open or claimed ticket."""
        return await self._first(TicketRow.platform == platform, TicketRow.user_id == user_id,
                                 col(TicketRow.state).in_(_ACTIVE))

    async def latest_for_user(self, platform: str, user_id: str) -> Ticket | None:
        """Return the user's most recent ticket in any state."""
        return await self._first(TicketRow.platform == platform, TicketRow.user_id == user_id)

    async def by_thread(self, platform: str, thread_ref: str) -> Ticket | None:
        """Return the ticket shown in a staff thread."""
        return await self._first(TicketRow.platform == platform, TicketRow.thread_ref == thread_ref)

    async def transition(self, ticket_id: int, allowed_from: Iterable[TicketState], update_: TicketUpdate) -> bool:
        """Apply ``update_`` only while the ticket is in ``allowed_from``; True if this call did it."""
        values: dict[str, Any] = {"state": update_.state.value}
        for name in ("moderator_id", "moderator_name", "escalated_at", "first_response_at", "resolved_at",
                     "closed_at", "escalation_reason", "category", "faq_guesses", "priority"):
            value = getattr(update_, name)
            if value is not None:
                values[name] = value
        if update_.clear_moderator:
            values.update(moderator_id=None, moderator_name=None, resolved_at=None, closed_at=None)
        stamp = next((v for v in values.values() if isinstance(v, datetime)), None)
        if stamp is not None:
            values["updated_at"] = stamp
        values["check_at"] = stamp if stamp is not None else _LAST_CHANGE
        statement = (update(TicketRow).where(col(TicketRow.id) == ticket_id)
                     .where(col(TicketRow.state).in_([s.value for s in allowed_from])).values(**values))
        async with self._db.session() as session:
            try:
                async with self._db.savepoint(session):
                    result = await session.execute(statement)
            except IntegrityError as exc:  # reopening while another ticket is active
                raise TicketStateError("user already has an active ticket", state="active") from exc
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def set_thread(self, ticket_id: int, thread_ref: str | None, card_ref: str | None = None) -> None:
        """Remember the staff thread that shows this ticket (None: not yet, or gone), and its summary card."""
        await self._set(ticket_id, thread_ref=thread_ref, card_ref=card_ref)

    async def set_rating(self, ticket_id: int, rating: int, comment: str | None) -> None:
        """Store the satisfaction rating and comment."""
        await self._set(ticket_id, rating=rating, rating_comment=comment)

    async def add_message(self, message: TicketMessage) -> int:
        """Append a transcript line and mark the ticket active at its time; return the line's id."""
        async with self._db.session() as session:
            row = TicketMessageRow(ticket_id=message.ticket_id, author=message.author.value,
                                   author_id=message.author_id, text=message.text, at=message.at,
                                   internal=message.internal, attachment=message.attachment, ref=message.ref)
            session.add(row)
            await session.execute(update(TicketRow).where(col(TicketRow.id) == message.ticket_id)
                                  .values(updated_at=message.at, check_at=message.at))
            await session.flush()
            assert row.id is not None
            return row.id

    async def message(self, message_id: int) -> TicketMessage | None:
        """Return one transcript line."""
        async with self._db.session() as session:
            row = await session.get(TicketMessageRow, message_id)
            return _message(row) if row else None

    async def message_by_ref(self, platform: str, ref: str) -> TicketMessage | None:
        """The latest line whose platform message is ``ref`` on a ticket of ``platform``."""
        async with self._db.session() as session:
            joined = select(TicketMessageRow).join(TicketRow, col(TicketRow.id) == TicketMessageRow.ticket_id)
            rows = await session.exec(joined
                                      .where(TicketMessageRow.ref == ref, TicketRow.platform == platform)
                                      .order_by(col(TicketMessageRow.id).desc()).limit(1))
            row = rows.first()
            return _message(row) if row else None

    async def set_message_refs(self, message_id: int, *, ref: str | None = None, copy: str | None = None) -> None:
        """Keep a line's platform message and its relay's copy; None leaves one as it is."""
        values = {k: v for k, v in (("ref", ref), ("copy_ref", copy)) if v is not None}
        if values:
            async with self._db.session() as session:
                await session.execute(update(TicketMessageRow).where(col(TicketMessageRow.id) == message_id)
                                      .values(**values))

    async def revise_message(self, message: TicketMessage) -> None:
        """Store a line's new text, its edit and delete marks and its earlier texts."""
        async with self._db.session() as session:
            await session.execute(update(TicketMessageRow).where(col(TicketMessageRow.id) == message.id).values(
                text=message.text, edited_at=message.edited_at, deleted_at=message.deleted_at,
                earlier=list(message.earlier) or None))

    async def add_event(self, event: TicketEvent) -> None:
        """Append an event-log line."""
        async with self._db.session() as session:
            session.add(_event_row(event))
            await _touch(session, event.ticket_id, event.at)

    async def add_event_once(self, event: TicketEvent, after: datetime) -> bool:
        """Append ``event`` unless one of its kind was written after ``after``; True if this call wrote it.

        Two processes sweeping at once both find a reminder due. Locking the ticket row first (a no-op
        UPDATE) makes the second wait until the first commits; it then sees that event and writes nothing.
        """
        async with self._db.session() as session:
            await session.execute(update(TicketRow).where(col(TicketRow.id) == event.ticket_id)
                                  .values(id=TicketRow.id))
            seen = await session.exec(select(func.count()).select_from(TicketEventRow).where(
                TicketEventRow.ticket_id == event.ticket_id, TicketEventRow.kind == event.kind,
                col(TicketEventRow.at) > after))
            if seen.one():
                return False
            session.add(_event_row(event))
            await _touch(session, event.ticket_id, event.at)
            return True

    async def messages(self, ticket_id: int) -> list[TicketMessage]:
        """Return the transcript, oldest first."""
        async with self._db.session() as session:
            rows = await session.exec(select(TicketMessageRow).where(TicketMessageRow.ticket_id == ticket_id)
                                      .order_by(col(TicketMessageRow.id)))
            return [_message(r) for r in rows.all()]

    async def events(self, ticket_id: int) -> list[TicketEvent]:
        """Return the event log, oldest first."""
        async with self._db.session() as session:
            rows = await session.exec(select(TicketEventRow).where(TicketEventRow.ticket_id == ticket_id)
                                      .order_by(col(TicketEventRow.id)))
            return [TicketEvent(r.ticket_id, r.kind, r.actor, aware(r.at) or r.at, r.detail)  # type: ignore[arg-type]
                    for r in rows.all()]

    async def queue_position(self, ticket_id: int) -> int:
        """Return 1 + the number of open tickets ahead: of a higher priority, or of the same and escalated before."""
        async with self._db.session() as session:
            me = await session.get(TicketRow, ticket_id)
            if me is None or me.escalated_at is None:
                return 0
            mine = RANK.get(me.priority, RANK[NORMAL])
            earlier = and_(_rank() == mine, col(TicketRow.escalated_at) <= me.escalated_at)
            ahead = await session.exec(select(func.count()).select_from(TicketRow).where(
                TicketRow.state == TicketState.OPEN.value, col(TicketRow.id) != ticket_id,
                or_(_rank() < mine, earlier)))
            return int(ahead.one()) + 1

    async def due(self, now: datetime, limit: int) -> list[Ticket]:
        """Return the tickets the SLA sweep watches whose ``check_at`` has come, the longest due first."""
        # A bare range on the indexed column (no function around it), within each watched state.
        statement = (select(TicketRow).where(col(TicketRow.state).in_(_SWEPT), col(TicketRow.check_at) <= _utc(now))
                     .order_by(col(TicketRow.check_at)).limit(limit))
        async with self._db.session() as session:
            rows = await session.exec(statement)
            return [ticket_from_row(r) for r in rows.all()]

    async def lease_checks(self, ticket_ids: Sequence[int], until: datetime, *,
                           due_at: datetime | None = None) -> list[Ticket]:
        """Lease tickets to one sweep: check_at becomes ``until`` (only where due at ``due_at``, if given).

        Other sweeps then pass them by. Returns the leased tickets as they are now, in the given order.
        """
        if not ticket_ids:
            return []
        taking = update(TicketRow).where(col(TicketRow.id).in_(ticket_ids)).values(check_at=_utc(until))
        if due_at is not None:
            taking = taking.where(col(TicketRow.check_at) <= _utc(due_at))
        async with self._db.session() as session:
            # RETURNING: exactly the rows this UPDATE took, even if another sweep leased some until the same moment.
            taken = (await session.execute(taking.returning(col(TicketRow.id))
                                           .execution_options(synchronize_session=False))).scalars().all()
            rows = await session.exec(select(TicketRow).where(col(TicketRow.id).in_(taken)))
            leased = {r.id: ticket_from_row(r) for r in rows.all()}
        return [leased[i] for i in ticket_ids if i in leased]

    async def set_check_at(self, checks: Mapping[int, datetime | None], *, leased: datetime | None = None) -> None:
        """Store when the sweep next looks at each ticket (None: not until it changes).

        With ``leased``, only where check_at still is that lease: a change since then set it to its own
        moment, and the ticket must stay due for it.
        """
        if not checks:
            return
        statement = (update(TicketRow).where(col(TicketRow.id) == bindparam("ticket"))
                     .values(check_at=bindparam("when")))
        if leased is not None:
            statement = statement.where(col(TicketRow.check_at) == _utc(leased))
        async with self._db.session() as session:
            # On the connection: one executemany, where the session would take it for an ORM bulk update.
            connection = await session.connection()
            await connection.execute(statement, [{"ticket": i, "when": _utc(w)} for i, w in checks.items()])

    async def list(self, *, states: Iterable[TicketState] | None = None, platform: str | None = None,
                   user_id: str | None = None, limit: int = 50, closed_since: datetime | None = None) -> list[Ticket]:
        """Return tickets, newest first (``closed_since``: only those closed at or after it)."""
        statement = select(TicketRow)
        if closed_since is not None:
            statement = statement.where(col(TicketRow.closed_at) >= closed_since)
        if states is not None:
            statement = statement.where(col(TicketRow.state).in_([s.value for s in states]))
        if platform is not None:
            statement = statement.where(TicketRow.platform == platform)
        if user_id is not None:
            statement = statement.where(TicketRow.user_id == user_id)
        async with self._db.session() as session:
            rows = await session.exec(statement.order_by(col(TicketRow.id).desc()).limit(limit))
            return [ticket_from_row(r) for r in rows.all()]

    async def count_by_state(self) -> dict[str, int]:
        """Return how many tickets are in each state (the live queue)."""
        async with self._db.session() as session:
            return await _count_by_state(session)

    async def _first(self, *conditions: Any) -> Ticket | None:
        async with self._db.session() as session:
            rows = await session.exec(select(TicketRow).where(*conditions).order_by(col(TicketRow.id).desc()).limit(1))
            row = rows.first()
            return ticket_from_row(row) if row else None

    async def _set(self, ticket_id: int, **values: Any) -> None:
        async with self._db.session() as session:
            await session.execute(update(TicketRow).where(col(TicketRow.id) == ticket_id)
                                  .values(**values, check_at=_LAST_CHANGE))



# For a change that carries no time of its own (a claim, a thread, a rating): the ticket's last change is
# a moment already past, so the next sweep looks at it, and no clock other than the desk's is involved.
_LAST_CHANGE = col(TicketRow.updated_at)


def _rank() -> Any:
    """A ticket's place in the queue by priority (core.tickets.priority.RANK); an unknown word counts as normal."""
    return case(RANK, value=col(TicketRow.priority), else_=RANK[NORMAL])


async def _touch(session: AsyncSession, ticket_id: int, moment: datetime) -> None:
    await session.execute(update(TicketRow).where(col(TicketRow.id) == ticket_id).values(check_at=moment))


def _utc(when: datetime | None) -> datetime | None:
    # SQLite keeps the wall time and drops the zone: every stored check_at must be in UTC to compare.
    return when.astimezone(UTC) if when is not None else None


def _message(r: TicketMessageRow) -> TicketMessage:
    return TicketMessage(r.ticket_id, Author(r.author), r.author_id, r.text, aware(r.at) or r.at,  # type: ignore[arg-type]
                         r.internal, r.attachment, r.id or 0, r.ref, r.copy_ref, aware(r.edited_at),
                         aware(r.deleted_at), tuple(r.earlier or ()))


def _event_row(event: TicketEvent) -> TicketEventRow:
    return TicketEventRow(ticket_id=event.ticket_id, kind=event.kind, actor=event.actor, at=event.at,
                          detail=event.detail)


async def _count_by_state(session: AsyncSession) -> dict[str, int]:
    rows = await session.exec(select(TicketRow.state, func.count()).group_by(TicketRow.state))
    return {state: int(count) for state, count in rows.all()}
