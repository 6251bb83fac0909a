"""The audit log: every staff and admin action, with who, when, what and on which ticket.

An action records its row inside its own unit of work, so the action and its audit row commit together
(or neither does). Rows carry a short detail only (an entry id, a block's length and reason, a message
number), never what someone wrote, so the log can be shown and exported without leaking secrets.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from core.clock import Clock, utcnow
from core.i18n import Reply
from core.models import Actor
from core.outbox.unit import UnitOfWork
from core.ports import AuditEntry, AuditRepo
from core.understanding.redaction import redact

log = logging.getLogger(__name__)

# The actions recorded here; features built later record theirs with the same `record`.
CLAIM, RESOLVE, REOPEN, REPLY, NOTE, SNIPPET = "claim", "resolve", "reopen", "reply", "note", "snippet"
BLOCK, UNBLOCK = "block", "unblock"
ASSIGN, PRIVACY, GUARD = "assign", "privacy", "guard"
# What the community guard records (the detail of a GUARD entry starts with one of these).
SCAM_REMOVED, SCAM_KEPT, IMPERSONATOR, REPORTED = "scam_removed", "scam_not_deleted", "impersonator", "reported"
GUARD_ACTOR = Actor("system", "guard", "guard", is_moderator=True)
DETAIL_LIMIT = 300


def faq_action(action: str) -> str:
    """The audit action of a FAQ change (``faq_add``, ``faq_edit``, ``faq_remove``, ``faq_undo``)."""
    return f"faq_{action}"


class AuditLog:
    """Records actions in the caller's unit of work and reads them back, newest first."""

    def __init__(self, repo: AuditRepo, units: UnitOfWork, clock: Clock = utcnow) -> None:
        self.repo = repo
        self.units = units
        self.clock = clock

    async def record(self, actor: Actor, action: str, *, ticket_id: int | None = None, target: str | None = None,
                     detail: str = "") -> None:
        """Store one action; inside a unit it commits with it, outside it gets its own transaction."""
        # Details are short and written by us or by staff (a block reason): still redacted, in case.
        clean = redact(detail).text[:DETAIL_LIMIT] if detail else ""
        entry = AuditEntry(at=self.clock(), platform=actor.platform, actor=actor.key, action=action,
                           actor_name=actor.name, ticket_id=ticket_id, target=target, detail=clean)
        async with self.units():
            await self.repo.add(entry)
        log.info("audit %s by %s ticket %s", action, actor.key, ticket_id if ticket_id is not None else "-")

    async def entries(self, *, since: datetime | None = None, limit: int = 50,
                      action: str | None = None) -> list[AuditEntry]:
        """The latest ``limit`` entries (at or after ``since``, of ``action`` only if given), newest first."""
        return await self.repo.list(since=since, limit=limit, action=action)


def entry_line(entry: AuditEntry, timezone: str) -> str:
    """One entry as a line: time, who, what, ticket, target, detail."""
    at = entry.at.astimezone(ZoneInfo(timezone))
    who = f"{entry.actor_name} ({entry.actor})" if entry.actor_name else entry.actor
    parts = [f"{at:%Y-%m-%d %H:%M}", who, entry.action]
    if entry.ticket_id is not None:
        parts.append(f"#{entry.ticket_id}")
    if entry.target:
        parts.append(entry.target)
    if entry.detail:
        parts.append(entry.detail)
    return " · ".join(parts)


def guard_reply(entries: Sequence[AuditEntry]) -> Reply | str:
    """The guard's line in /stats: what it caught and what staff did about it ("" when it saw nothing)."""
    seen = Counter(e.detail.split(":", 1)[0] for e in entries if e.action == GUARD)
    if not seen:
        return ""
    return Reply("stats.guard", {"removed": seen[SCAM_REMOVED], "kept": seen[SCAM_KEPT],
                                 "flagged": seen[IMPERSONATOR], "reported": seen[REPORTED],
                                 "acted": seen["banned"] + seen["muted"]})


def audit_reply(entries: Sequence[AuditEntry], timezone: str) -> Reply:
    """The last entries for ``/audit``, oldest of them first so the newest is read last."""
    if not entries:
        return Reply("audit.empty")
    lines = "\n".join(entry_line(e, timezone) for e in reversed(entries))
    return Reply("audit.list", {"count": len(entries), "list": lines})


def entry_json(entry: AuditEntry) -> dict[str, object]:
    """One entry as a JSON object (ISO 8601 time)."""
    return {"id": entry.id, "at": entry.at.isoformat(), "platform": entry.platform, "actor": entry.actor,
            "actor_name": entry.actor_name, "action": entry.action, "ticket": entry.ticket_id,
            "target": entry.target, "detail": entry.detail}
