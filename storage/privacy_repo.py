"""Erasure: what a user left in every table, replaced by a placeholder and a marker in one transaction.

The tables and columns that can hold a user's id, name or words (``storage/models.py``): ``tickets``
(user_id, user_name, rating_comment), ``ticket_messages`` (author_id, text, attachment), ``ticket_events``
(actor: ``platform:id``), ``outbox`` (payloads: answers carry text and the user's chat, cards the question),
``inbox`` (Telegram updates as JSON: names and text), ``faq_candidates`` (phrasings taken from their
messages), ``blocks`` and ``audit`` (target, actor). The FAQ
tables and ``embeddings`` hold staff-written FAQ text only (message vectors are never stored).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, delete, or_, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.convert import aware
from storage.engine import Database
from storage.models import (
    AuditRow,
    BlockRow,
    FaqCandidateRow,
    InboxRow,
    OutboxRow,
    TicketEventRow,
    TicketMessageRow,
    TicketRow,
)

CHUNK = 500  # SQLite's bound-parameter limit, with room to spare
_PERSON_KEYS = ("first_name", "is_bot", "type", "username")  # a Telegram User or Chat object, not a message id


class SqlPrivacyRepo:
    """Erases a user's traces (``/forgetme``) or old transcripts (retention) on any SQLAlchemy database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def erase_user(self, platform: str, user_id: str, placeholder: str, marker: str, now: datetime) -> int:
        """Anonymise every ticket of the user and erase their words and ids from every table; return the tickets."""
        async with self._db.transaction(), self._db.session() as session:
            found = await session.exec(select(TicketRow.id).where(
                TicketRow.platform == platform, TicketRow.user_id == user_id))
            ids = [i for i in found.all() if i is not None]
            await _scrub_tickets(session, ids, platform, user_id, placeholder, marker)
            await session.execute(delete(OutboxRow).where(col(OutboxRow.ticket_id).in_(ids)))
            # Phrasings learned from their messages, waiting for an admin (an accepted one is FAQ text now).
            await session.execute(delete(FaqCandidateRow).where(col(FaqCandidateRow.ticket_id).in_(ids)))
            await _drop_inbox(session, platform, user_id)
            await _settle_block(session, platform, user_id, now)
            key = f"{platform}:{user_id}"
            # Rows about them lose their detail too: a block's reason is staff's free text, and may name them.
            await session.execute(update(AuditRow).where(col(AuditRow.target) == key)
                                  .values(target=placeholder, detail=""))
            await session.execute(update(AuditRow).where(col(AuditRow.actor) == key)
                                  .values(actor=placeholder, actor_name=""))
            return len(ids)

    async def erase_closed_before(self, before: datetime, marker: str, placeholder: Callable[[], str],
                                  limit: int) -> int:
        """Erase the transcripts of up to ``limit`` tickets closed before ``before`` and not erased yet."""
        async with self._db.transaction(), self._db.session() as session:
            rows = (await session.exec(select(TicketRow.id, TicketRow.platform, TicketRow.user_id).where(
                TicketRow.state == "closed", col(TicketRow.closed_at) < before,
                ~col(TicketRow.user_id).startswith("forgotten:")).order_by(col(TicketRow.id)).limit(limit))).all()
            people: dict[tuple[str, str], list[int]] = {}
            for ticket_id, platform, user_id in rows:
                if ticket_id is not None:
                    people.setdefault((platform, user_id), []).append(ticket_id)
            for (platform, user_id), ids in people.items():  # one placeholder per person in this round
                await _scrub_tickets(session, ids, platform, user_id, placeholder(), marker)
                # Delivered rows only: a closed ticket's pending row (a last rating notice) still goes out.
                await session.execute(delete(OutboxRow).where(col(OutboxRow.ticket_id).in_(ids),
                                                              col(OutboxRow.state) != "pending"))
            return len(rows)


async def _scrub_tickets(session: AsyncSession, ids: Sequence[int], platform: str, user_id: str, placeholder: str,
                         marker: str) -> None:
    """Tickets stay (for the figures) under ``placeholder``; every message's words are replaced by ``marker``."""
    key = f"{platform}:{user_id}"
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        await session.execute(update(TicketRow).where(col(TicketRow.id).in_(chunk))
                              .values(user_id=placeholder, user_name="", rating_comment=None))
        # The whole conversation goes: staff and bot lines answer (and quote) the user's own words.
        await session.execute(update(TicketMessageRow).where(col(TicketMessageRow.ticket_id).in_(chunk))
                              .values(text=marker, attachment=None, earlier=None))
        await session.execute(update(TicketMessageRow).where(
            col(TicketMessageRow.ticket_id).in_(chunk),
            or_(col(TicketMessageRow.author_id) == user_id, col(TicketMessageRow.author_id) == key))
            .values(author_id=placeholder))
        await session.execute(update(TicketEventRow).where(
            col(TicketEventRow.ticket_id).in_(chunk),
            or_(col(TicketEventRow.actor) == key, col(TicketEventRow.actor) == user_id))
            .values(actor=placeholder))
        await session.execute(update(TicketEventRow).where(
            col(TicketEventRow.ticket_id).in_(chunk),
            or_(col(TicketEventRow.detail) == key, col(TicketEventRow.detail) == user_id))
            .values(detail=""))


async def _drop_inbox(session: AsyncSession, platform: str, user_id: str) -> None:
    """Delete stored updates sent by the user (Telegram keeps names and text in them).

    Discord rows hold only a channel and a message id: no name, no words, and deleting them would make the
    next catch-up read those messages from the channel and handle them again.
    """
    # A cheap textual filter first (both SQLite and PostgreSQL render JSON as text); then a real look.
    rows = await session.exec(select(InboxRow).where(
        InboxRow.platform == platform, cast(col(InboxRow.payload), String).contains(user_id)))
    doomed = [row.id for row in rows.all() if _sent_by(row.payload, user_id)]
    for start in range(0, len(doomed), CHUNK):
        await session.execute(delete(InboxRow).where(col(InboxRow.id).in_(doomed[start : start + CHUNK])))


def _sent_by(value: Any, user_id: str) -> bool:
    """Whether a stored update holds the user (or their private chat) as an object with that id."""
    if isinstance(value, dict):
        if str(value.get("id")) == user_id and any(k in value for k in _PERSON_KEYS):
            return True
        return any(_sent_by(v, user_id) for v in value.values())
    if isinstance(value, list):
        return any(_sent_by(v, user_id) for v in value)
    return False


async def _settle_block(session: AsyncSession, platform: str, user_id: str, now: datetime) -> None:
    """A block in force stays under the user's id (or erasure would lift it); its name and reason go."""
    row = (await session.exec(select(BlockRow).where(
        BlockRow.platform == platform, BlockRow.user_id == user_id))).first()
    if row is None:
        return
    until = aware(row.until)
    if until is not None and until <= now:
        await session.delete(row)
        return
    row.user_name, row.reason, row.ticket_id = "", "", None
    session.add(row)
