"""The blocklist: a blocked user gets one notice, then silence, until the block runs out.

A block is in force while its ``until`` lies ahead (or for good when it has none), so nothing has to
sweep expired blocks away. Blocking closes the user's active ticket; block and unblock are audited in
the same unit of work as the change.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from core.clock import Clock, utcnow
from core.errors import DeskError, NotAllowed
from core.i18n import Reply
from core.insights.audit import BLOCK, UNBLOCK, AuditLog
from core.models import Actor, Ticket
from core.ports import Block, BlockRepo
from core.tickets.service import TicketService

log = logging.getLogger(__name__)

DEFAULT_DURATION = "24h"
PERMANENT = frozenset({"perm", "permanent", "forever", "永久"})
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
_DURATION = re.compile(r"^(\d{1,5})([mhdw])$")
LONGEST = timedelta(days=3650)
USER_ID = re.compile(r"^\d{1,20}$")  # Telegram and Discord user ids are numbers; a duration never is
REASON_LIMIT = 200


class BadDuration(DeskError):
    key = "block.bad_duration"


class NoBlockTarget(DeskError):
    """A block or unblock outside a ticket's thread that names no user."""

    key = "block.no_target"


class UserBlocked(DeskError):
    """The user is blocked: the first refusal of a block carries its notice, the rest are quiet."""

    def __init__(self, *, quiet: bool, until: str | None) -> None:
        super().__init__(until=until or "-")
        self.key = "block.notice" if until else "block.notice_permanent"
        self.quiet = quiet


def is_duration(token: str) -> bool:
    """Whether ``token`` names a block's length (``30m``, ``12h``, ``7d``, ``2w``, ``perm``)."""
    return token.lower() in PERMANENT or _DURATION.match(token.lower()) is not None


def parse_duration(token: str) -> timedelta | None:
    """The length of a block; None for a permanent one. Raises ``BadDuration`` for anything else."""
    token = token.strip().lower()
    if token in PERMANENT:
        return None
    match = _DURATION.match(token)
    if match is None or int(match[1]) == 0:
        raise BadDuration(value=token or "-")
    return min(int(match[1]) * _UNITS[match[2]], LONGEST)


@dataclass(frozen=True)
class BlockRequest:
    """``/block [USER_ID] [DURATION] [REASON...]`` taken apart; no user id: the ticket's user."""

    user_id: str | None
    duration: str
    reason: str


def parse_block_args(text: str) -> BlockRequest:
    """Split a block command's arguments: a number is a user id, a duration has a unit, the rest is the reason."""
    tokens = text.split()
    user_id = tokens.pop(0) if tokens and USER_ID.match(tokens[0]) else None
    duration = tokens.pop(0) if tokens and is_duration(tokens[0]) else DEFAULT_DURATION
    return BlockRequest(user_id, duration, " ".join(tokens)[:REASON_LIMIT])


class BlockService:
    """Who may not open tickets: checked at the user's door, changed by moderators and admins."""

    def __init__(self, repo: BlockRepo, tickets: TicketService, audit: AuditLog, *, timezone: str = "UTC",
                 clock: Clock = utcnow) -> None:
        self.repo = repo
        self.tickets = tickets
        self.audit = audit
        self.timezone = timezone
        self.clock = clock

    async def check(self, platform: str, user_id: str) -> None:
        """Raise ``UserBlocked`` for a blocked user: loud the first time in a block, quiet afterwards."""
        block = await self.repo.get(platform, user_id)
        now = self.clock()
        if block is None or not block.active(now):
            return
        # In a unit: the update being handled is marked done with the notice, so a replay stays silent.
        async with self.tickets.units():
            first = await self.repo.mark_notified(platform, user_id, now)
        log.info("blocked user %s:%s refused (%s)", platform, user_id, "notified" if first else "quiet")
        raise UserBlocked(quiet=not first, until=self.when(block.until) if block.until else None)

    async def block(self, actor: Actor, *, ticket_id: int | None = None, user_id: str | None = None,
                    platform: str | None = None, duration: str = DEFAULT_DURATION, reason: str = "") -> Block:
        """Block a user by id, a ticket's user, or (neither named) the user of the ticket whose thread the
        command came from; their active ticket is closed."""
        _require_staff(actor, "block")
        length = parse_duration(duration)
        async with self.tickets.units():
            ticket = await self._ticket(actor, ticket_id, user_id)
            platform, user_id = _target(actor, ticket, platform, user_id)
            now = self.clock()
            block = Block(platform=platform, user_id=user_id, actor=actor.key, created_at=now,
                          until=now + length if length is not None else None, reason=reason.strip()[:REASON_LIMIT],
                          user_name=ticket.user_name if ticket else "", ticket_id=ticket.id if ticket else None)
            await self.repo.put(block)
            active = await self.tickets.repo.active_for_user(platform, user_id)
            if active is not None:
                await self.tickets.close(active.id, actor, reason="blocked")
            await self.audit.record(actor, BLOCK, ticket_id=active.id if active else block.ticket_id,
                                    target=f"{platform}:{user_id}", detail=f"{duration.lower()}: {block.reason}")
        return block

    async def unblock(self, actor: Actor, *, ticket_id: int | None = None, user_id: str | None = None,
                      platform: str | None = None) -> Block | None:
        """Lift a block; return it (None: the user was not blocked, or the block had run out)."""
        _require_staff(actor, "block")
        async with self.tickets.units():
            ticket = await self._ticket(actor, ticket_id, user_id)
            platform, user_id = _target(actor, ticket, platform, user_id)
            block = await self.repo.delete(platform, user_id)
            if block is None or not block.active(self.clock()):
                return None
            await self.audit.record(actor, UNBLOCK, ticket_id=ticket.id if ticket else block.ticket_id,
                                    target=f"{platform}:{user_id}")
        return block

    async def active(self, actor: Actor, platform: str | None = None, limit: int = 100) -> list[Block]:
        """The blocks in force, newest first (moderators and admins)."""
        _require_staff(actor, "block")
        return await self.repo.active(self.clock(), platform=platform, limit=limit)

    def when(self, moment: datetime) -> str:
        """A moment as staff and users read it: in the desk's time zone, named."""
        return f"{moment.astimezone(ZoneInfo(self.timezone)):%Y-%m-%d %H:%M} ({self.timezone})"

    def done_reply(self, block: Block) -> Reply:
        """What staff are told after a block."""
        until = self.until_text(block)
        return Reply("block.done", {"user": _who(block), "until": until, "reason": block.reason or "-"})

    def until_text(self, block: Block) -> Reply | str:
        """When the block ends, or "for good"."""
        return self.when(block.until) if block.until else Reply("block.forever")

    def list_reply(self, blocks: Sequence[Block]) -> Reply:
        """``/blocks``: one line per block in force (a permanent one shows ∞)."""
        if not blocks:
            return Reply("block.none")
        lines = "\n".join(f"• {_who(b)} · {self.when(b.until) if b.until else '∞'} · {b.reason or '-'} · {b.actor}"
                          for b in blocks)
        return Reply("block.list", {"count": len(blocks), "list": lines})

    async def _ticket(self, actor: Actor, ticket_id: int | None, user_id: str | None) -> Ticket | None:
        """The ticket named, else (no user named either) the one whose staff thread the command came from."""
        if ticket_id is not None:
            return self.tickets.check_place(await self.tickets.get(ticket_id), actor)
        if user_id is None and actor.where is not None:
            return await self.tickets.repo.by_thread(actor.platform, actor.where)
        return None


def _require_staff(actor: Actor, action: str) -> None:
    if not (actor.is_moderator or actor.is_admin):
        raise NotAllowed(action=action)


def _target(actor: Actor, ticket: Ticket | None, platform: str | None, user_id: str | None) -> tuple[str, str]:
    """The blocked user: named by id (on the actor's platform unless given), else the ticket's user."""
    if user_id:
        return platform or (ticket.platform if ticket else actor.platform), user_id.strip()
    if ticket is None:
        raise NoBlockTarget()
    return ticket.platform, ticket.user_id


def _who(block: Block) -> str:
    return f"{block.user_name} ({block.platform}:{block.user_id})" if block.user_name \
        else f"{block.platform}:{block.user_id}"
