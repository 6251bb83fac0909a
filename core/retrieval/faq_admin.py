"""FAQ management: versioned add/edit/remove/undo with immediate effect on answers."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence

from core.errors import FaqConflict, FaqEntryNotFound, NotAllowed, NothingToUndo
from core.models import Actor, FaqAction, FaqEntry, FaqVersion
from core.ports import FaqChange, FaqRepo
from core.retrieval.index import FaqIndex

log = logging.getLogger(__name__)


class FaqService:
    """Every change is recorded (who, when, old and new) and re-indexed at once."""

    def __init__(self, repo: FaqRepo, index: FaqIndex, *, sync_seconds: float = 2.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.repo = repo
        self.index = index
        self.sync_seconds = sync_seconds
        self._clock = clock
        self._marker = -1
        self._checked = float("-inf")
        self._sync_lock = asyncio.Lock()

    async def sync(self, *, force: bool = False) -> bool:
        """Re-index if another process changed the FAQ; checks the database at most every ``sync_seconds``.

        Several bot processes share one database: an admin's edit in one must reach the others'
        answers. A cheap ``max(version id)`` per interval tells whether anything changed.
        """
        if not force and self._clock() - self._checked < self.sync_seconds:
            return False
        async with self._sync_lock:
            if not force and self._clock() - self._checked < self.sync_seconds:
                return False
            self._checked = self._clock()
            marker = await self.repo.change_marker()
            if marker == self._marker:
                return False
            await self.refresh(marker)
            return True

    async def list_entries(self) -> list[FaqEntry]:
        """Return every live entry."""
        return await self.repo.list_entries()

    async def show(self, entry_id: str) -> FaqEntry:
        """Return one entry or raise ``FaqEntryNotFound``."""
        entry = await self.repo.get(entry_id)
        if entry is None:
            raise FaqEntryNotFound(entry=entry_id)
        return entry

    async def history(self, entry_id: str) -> list[FaqVersion]:
        """Return every recorded version of an entry, oldest first (removed entries included)."""
        versions = await self.repo.history(entry_id)
        if not versions:
            raise FaqEntryNotFound(entry=entry_id)
        return versions

    async def add(self, entry: FaqEntry, actor: Actor) -> FaqVersion:
        """Add a new entry."""
        self._require_admin(actor)
        if await self.repo.get(entry.id) is not None:
            raise FaqConflict(entry=entry.id)
        return await self._save(entry, entry.id, FaqAction.ADD, actor)

    async def edit(self, entry: FaqEntry, actor: Actor) -> FaqVersion:
        """Replace an existing entry's text."""
        self._require_admin(actor)
        await self.show(entry.id)
        return await self._save(entry, entry.id, FaqAction.EDIT, actor)

    async def remove(self, entry_id: str, actor: Actor) -> FaqVersion:
        """Remove an entry; its history stays, so undo brings it back."""
        self._require_admin(actor)
        await self.show(entry_id)
        return await self._save(None, entry_id, FaqAction.REMOVE, actor)

    async def undo(self, entry_id: str, actor: Actor) -> FaqVersion:
        """Revert the latest change of an entry (itself recorded as a new version)."""
        self._require_admin(actor)
        versions = await self.repo.history(entry_id)
        if not versions:
            raise FaqEntryNotFound(entry=entry_id)
        latest = versions[-1]
        if latest.old is None and latest.new is None:
            raise NothingToUndo(entry=entry_id)
        if latest.old is None and latest.action not in (FaqAction.ADD, FaqAction.IMPORT, FaqAction.UNDO):
            raise NothingToUndo(entry=entry_id)
        return await self._save(latest.old, entry_id, FaqAction.UNDO, actor)

    async def import_entries(self, entries: Sequence[FaqEntry], actor: Actor, *, replace: bool = False) -> int:
        """Bring the database in line with a validated file; returns how many entries changed."""
        self._require_admin(actor)
        current = {e.id: e for e in await self.repo.list_entries()}
        changes = [FaqChange(e.id, e, FaqAction.IMPORT) for e in entries if current.get(e.id) != e]
        if replace:
            wanted = {e.id for e in entries}
            changes += [FaqChange(i, None, FaqAction.REMOVE) for i in sorted(current.keys() - wanted)]
        if changes:
            await self.repo.save(changes, actor=actor.key)  # one transaction: all or nothing
            await self.refresh()
        log.info("faq import by %s: %d entries changed", actor.key, len(changes))
        return len(changes)

    async def refresh(self, marker: int | None = None) -> None:
        """Re-index from the database (encodes only new texts)."""
        marker = await self.repo.change_marker() if marker is None else marker
        await self.index.rebuild(await self.repo.list_entries())
        self._marker = marker

    async def _save(self, entry: FaqEntry | None, entry_id: str, action: FaqAction, actor: Actor) -> FaqVersion:
        [version] = await self.repo.save([FaqChange(entry_id, entry, action)], actor=actor.key)
        await self.refresh()
        log.info("faq %s %s by %s (v%d)", action.value, entry_id, actor.key, version.version)
        return version

    @staticmethod
    def _require_admin(actor: Actor) -> None:
        require_faq_rights(actor)


def require_faq_rights(actor: Actor, *, reading: bool = False) -> Actor:
    """Moderators may read the FAQ (list, show); only admins change it. Returns ``actor``."""
    if not (actor.is_admin or (reading and actor.is_moderator)):
        raise NotAllowed(action="faq")
    return actor
