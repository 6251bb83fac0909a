"""SQLModel tables. Only storage/ knows these exist; the core sees its own dataclasses."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, LargeBinary, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from core.clock import utcnow

ACTIVE_SQL = "state IN ('pending', 'open', 'claimed')"


def _when(nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=nullable, index=index))


class FaqEntryRow(SQLModel, table=True):
    __tablename__ = "faq_entries"

    id: str = Field(primary_key=True, max_length=100)
    category: str = Field(max_length=100)
    questions: list[str] = Field(sa_column=Column(JSON, nullable=False))
    answer: dict[str, str] = Field(sa_column=Column(JSON, nullable=False))
    escalate: bool = False
    extra: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    version: int = 1
    updated_at: datetime | None = _when(nullable=False)


class FaqVersionRow(SQLModel, table=True):
    __tablename__ = "faq_versions"
    __table_args__ = (UniqueConstraint("entry_id", "version", name="uq_faq_versions_entry_version"),)

    id: int | None = Field(default=None, primary_key=True)
    entry_id: str = Field(index=True, max_length=100)
    version: int
    action: str = Field(max_length=20)
    actor: str = Field(max_length=200)
    at: datetime | None = _when(nullable=False)
    old: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    new: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class EmbeddingRow(SQLModel, table=True):
    __tablename__ = "embeddings"

    model: str = Field(primary_key=True, max_length=200)
    key: str = Field(primary_key=True, max_length=64)
    dim: int
    vector: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class TicketRow(SQLModel, table=True):
    __tablename__ = "tickets"
    __table_args__ = (
        # At most one active ticket per user per platform, enforced by the database itself.
        Index("uq_tickets_one_active", "platform", "user_id", unique=True,
              sqlite_where=text(ACTIVE_SQL), postgresql_where=text(ACTIVE_SQL)),
        Index("ix_tickets_thread", "platform", "thread_ref"),
        Index("ix_tickets_user", "platform", "user_id"),
        # The SLA sweep reads `state IN (...) AND check_at <= now`: one range per state, so the pending
        # tickets of bot conversations (whose changes set check_at too) cost it nothing.
        Index("ix_tickets_check_at", "state", "check_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    user_id: str = Field(max_length=64)
    user_name: str = Field(default="", max_length=200)
    state: str = Field(max_length=16, index=True)
    language: str = Field(max_length=8)
    category: str | None = Field(default=None, max_length=100)
    faq_guesses: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    thread_ref: str | None = Field(default=None, max_length=200)
    card_ref: str | None = Field(default=None, max_length=200)
    moderator_id: str | None = Field(default=None, max_length=64)
    moderator_name: str | None = Field(default=None, max_length=200)
    escalation_reason: str | None = Field(default=None, max_length=64)
    priority: str = Field(default="normal", max_length=8, sa_column_kwargs={"server_default": "normal"})
    created_at: datetime | None = _when(nullable=False)
    updated_at: datetime | None = _when(nullable=False)
    escalated_at: datetime | None = _when(index=True)
    first_response_at: datetime | None = _when()
    resolved_at: datetime | None = _when()
    closed_at: datetime | None = _when()
    rating: int | None = None
    rating_comment: str | None = None
    # When the SLA sweep next looks at the ticket: any change sets it to that moment, the sweep to the next
    # moment a timer can fire; NULL when only a change can make something due.
    check_at: datetime | None = _when()


class TicketMessageRow(SQLModel, table=True):
    __tablename__ = "ticket_messages"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="tickets.id", index=True)
    author: str = Field(max_length=16)
    author_id: str = Field(max_length=200)
    text: str
    at: datetime | None = _when(nullable=False)
    internal: bool = False
    attachment: str | None = None
    ref: str | None = Field(default=None, max_length=200, index=True)  # the person's own message
    copy_ref: str | None = Field(default=None, max_length=200)  # the relay's copy of it
    edited_at: datetime | None = _when()
    deleted_at: datetime | None = _when()
    earlier: list[str] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class TicketEventRow(SQLModel, table=True):
    __tablename__ = "ticket_events"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="tickets.id", index=True)
    kind: str = Field(max_length=32)
    actor: str = Field(max_length=200)
    at: datetime | None = _when(nullable=False)
    detail: str = ""


class OutboxRow(SQLModel, table=True):
    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "state", "platform", "due_at"),
        Index("ix_outbox_ticket", "ticket_id", "state", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    ticket_id: int
    kind: str = Field(max_length=32)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    state: str = Field(max_length=16)
    attempts: int = 0
    created_at: datetime | None = _when(nullable=False)
    due_at: datetime | None = _when(nullable=False)
    done_at: datetime | None = _when()
    lease_owner: str | None = Field(default=None, max_length=120)
    lease_until: datetime | None = _when()
    last_error: str | None = Field(default=None, max_length=500)
    result: str | None = Field(default=None, max_length=200)


class InboxRow(SQLModel, table=True):
    __tablename__ = "inbox"
    __table_args__ = (
        UniqueConstraint("platform", "key", name="uq_inbox_platform_key"),
        Index("ix_inbox_state", "platform", "state", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    key: str = Field(max_length=64)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    state: str = Field(max_length=16)
    received_at: datetime | None = _when(nullable=False)
    done_at: datetime | None = _when()


class BlockRow(SQLModel, table=True):
    """One blocked user per platform: a new block replaces the old, /unblock deletes it (the audit keeps both)."""

    __tablename__ = "blocks"
    __table_args__ = (UniqueConstraint("platform", "user_id", name="uq_blocks_platform_user"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    user_id: str = Field(max_length=64)
    user_name: str = Field(default="", max_length=200)
    reason: str = Field(default="", max_length=200)
    actor: str = Field(max_length=200)
    ticket_id: int | None = None
    created_at: datetime | None = _when(nullable=False)
    until: datetime | None = _when()  # NULL: permanent; in the past: expired (no sweeper needed)
    notified_at: datetime | None = _when()  # the user's one notice of this block was sent


class AuditRow(SQLModel, table=True):
    """Append-only: who did what, when, on which ticket; a short detail, never message text."""

    __tablename__ = "audit"
    __table_args__ = (
        Index("ix_audit_at", "at"),
        Index("ix_audit_ticket", "ticket_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime | None = _when(nullable=False)
    platform: str = Field(max_length=32)
    actor: str = Field(max_length=200)
    actor_name: str = Field(default="", max_length=200)
    action: str = Field(max_length=32)
    ticket_id: int | None = None
    target: str | None = Field(default=None, max_length=200)
    detail: str = Field(default="", max_length=300)


class FaqCandidateRow(SQLModel, table=True):
    """A phrasing users gave for an entry, waiting for an admin: redacted, identifiers as placeholders."""

    __tablename__ = "faq_candidates"
    __table_args__ = (
        UniqueConstraint("entry_id", "text_key", name="uq_faq_candidates_entry_text"),
        Index("ix_faq_candidates_state", "state", "entry_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    entry_id: str = Field(max_length=100)
    platform: str = Field(max_length=32)
    text: str = Field(max_length=400)
    text_key: str = Field(max_length=32)  # digest of the text with case and spacing ignored: one row per phrasing
    source: str = Field(max_length=16)  # pick | confirm | link
    ticket_id: int | None = None
    state: str = Field(default="pending", max_length=16)
    created_at: datetime | None = _when(nullable=False)
    decided_by: str | None = Field(default=None, max_length=200)
    decided_at: datetime | None = _when()


__all__ = ["AuditRow", "BlockRow", "EmbeddingRow", "FaqCandidateRow", "FaqEntryRow", "FaqVersionRow", "InboxRow",
           "OutboxRow", "TicketEventRow", "TicketMessageRow", "TicketRow", "utcnow"]
