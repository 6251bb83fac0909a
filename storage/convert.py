"""Conversions between table rows and core dataclasses."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from core.models import FaqAction, FaqEntry, FaqVersion, Ticket, TicketState
from storage.models import FaqEntryRow, FaqVersionRow, TicketRow


def aware(value: datetime | None) -> datetime | None:
    """Return ``value`` as UTC-aware (SQLite hands back naive datetimes)."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def entry_to_dict(entry: FaqEntry) -> dict[str, Any]:
    """Return the JSON form of an entry, as stored in versions."""
    data: dict[str, Any] = {"id": entry.id, "category": entry.category, "questions": list(entry.questions),
                            "answer": dict(entry.answer)}
    if entry.escalate:
        data["escalate"] = True
    if entry.extra:
        data["extra"] = dict(entry.extra)
    return data


def entry_from_dict(data: dict[str, Any] | None) -> FaqEntry | None:
    """Return an entry from its JSON form."""
    if data is None:
        return None
    return FaqEntry(id=data["id"], category=data["category"], questions=tuple(data["questions"]),
                    answer=dict(data["answer"]), escalate=bool(data.get("escalate", False)),
                    extra=dict(data.get("extra") or {}))


def entry_from_row(row: FaqEntryRow) -> FaqEntry:
    """Return the core entry of a row."""
    return FaqEntry(id=row.id, category=row.category, questions=tuple(row.questions), answer=dict(row.answer),
                    escalate=row.escalate, extra=dict(row.extra or {}))


def version_from_row(row: FaqVersionRow) -> FaqVersion:
    """Return the core version of a row."""
    return FaqVersion(entry_id=row.entry_id, version=row.version, action=FaqAction(row.action), actor=row.actor,
                      at=aware(row.at) or datetime.now(UTC), old=entry_from_dict(row.old),
                      new=entry_from_dict(row.new))


def ticket_from_row(row: TicketRow) -> Ticket:
    """Return the core ticket of a row."""
    assert row.id is not None and row.created_at is not None and row.updated_at is not None
    return Ticket(
        id=row.id, platform=row.platform, user_id=row.user_id, user_name=row.user_name,
        state=TicketState(row.state), language=row.language, created_at=aware(row.created_at) or row.created_at,
        updated_at=aware(row.updated_at) or row.updated_at, category=row.category,
        faq_guesses=list(row.faq_guesses or []), thread_ref=row.thread_ref, card_ref=row.card_ref,
        moderator_id=row.moderator_id,
        moderator_name=row.moderator_name, escalated_at=aware(row.escalated_at),
        first_response_at=aware(row.first_response_at), resolved_at=aware(row.resolved_at),
        closed_at=aware(row.closed_at), rating=row.rating, rating_comment=row.rating_comment,
        escalation_reason=row.escalation_reason, priority=row.priority or "normal",
    )
