"""The moderators' blocklist and the admins' audit log, behind the same door as every staff action."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cached_property

from core.desk.base import DeskBase
from core.errors import NotAllowed
from core.guard.identity import OfficialIdentity
from core.guard.judge import judge_message
from core.guard.likeness import ScamLikeness, for_model
from core.guard.messages import Verdict
from core.i18n import Reply
from core.insights.audit import GUARD, GUARD_ACTOR, audit_reply
from core.models import Actor
from core.ports import AuditEntry, Block
from core.tickets.blocks import DEFAULT_DURATION

AUDIT_SHOWN = 20  # what /audit shows in a chat; the CLI prints any period


class ModerationDesk(DeskBase):
    """Block and unblock users, list blocks (moderators, admins); read the audit log (admins)."""

    async def block(self, actor: Actor, *, ticket_id: int | None = None, user_id: str | None = None,
                    platform: str | None = None, duration: str = DEFAULT_DURATION, reason: str = "") -> Reply:
        """Block a ticket's user or a user by id for ``duration`` (``30m``, ``12h``, ``7d``, ``perm``)."""
        block = await self.blocks.block(actor, ticket_id=ticket_id, user_id=user_id, platform=platform,
                                        duration=duration, reason=reason)
        return self.blocks.done_reply(block)

    async def unblock(self, actor: Actor, *, ticket_id: int | None = None, user_id: str | None = None,
                      platform: str | None = None) -> Reply:
        """Lift a block at once."""
        block = await self.blocks.unblock(actor, ticket_id=ticket_id, user_id=user_id, platform=platform)
        if block is None:
            return Reply("block.not_blocked")
        return Reply("block.lifted", {"user": f"{block.platform}:{block.user_id}"})

    async def block_list(self, actor: Actor, platform: str | None = None) -> list[Block]:
        """The blocks in force, newest first."""
        return await self.blocks.active(actor, platform)

    async def blocks_reply(self, actor: Actor, platform: str | None = None) -> Reply:
        """``/blocks``: the blocks in force, one a line."""
        return self.blocks.list_reply(await self.blocks.active(actor, platform))

    async def record_guard(self, what: str, target: str, *, actor: Actor | None = None, detail: str = "") -> None:
        """Count what the community guard did (a scam removed, an impersonator flagged, a ban by staff) in the
        audit log, which /stats reads; ``target`` is ``platform:user``, ``actor`` the staff member, if any."""
        await self.audit.record(actor or GUARD_ACTOR, GUARD, target=target,
                                detail=f"{what}: {detail}" if detail else what)

    async def judge_public(self, text: str, identity: OfficialIdentity, *, author: str = "",
                           author_is_staff: bool = False, files: Sequence[str] = ()) -> Verdict:
        """A message in a guarded group or channel (``files``: the names of its attachments): the rules'
        verdict, then its likeness to labelled scams (``core.guard.judge``; off with
        ``SUPPORTBOT_GUARD_LIKENESS=false``)."""
        return await judge_message(text, identity, author=author, author_is_staff=author_is_staff, files=files,
                                   likeness=self.scam_likeness, encode=self.index.encode_query)

    @cached_property
    def scam_likeness(self) -> ScamLikeness | None:
        """The shipped likeness model, read on the first message a guard judges (None: rules alone)."""
        return for_model(self.index.model) if self.settings.guard.likeness else None

    async def audit_entries(self, actor: Actor, *, since: datetime | None = None,
                            limit: int = AUDIT_SHOWN) -> list[AuditEntry]:
        """The latest audit entries, newest first (admins)."""
        if not actor.is_admin:
            raise NotAllowed(action="audit")
        return await self.audit.entries(since=since, limit=limit)

    async def audit_reply(self, actor: Actor, limit: int = AUDIT_SHOWN) -> Reply:
        """``/audit``: the last entries, oldest of them first (admins)."""
        return audit_reply(await self.audit_entries(actor, limit=limit), self.settings.timezone)
