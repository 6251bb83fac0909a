"""The user's privacy door: ``/mydata`` (what is stored about them) and ``/forgetme`` (erase it)."""

from __future__ import annotations

from core.desk.base import DeskBase
from core.desk.outcome import Inbound, Outcome
from core.i18n import Reply
from core.tickets.privacy import TICKETS_READ, DataExport, PrivacyService


class PrivacyDesk(DeskBase):
    """Export and erasure for the user themselves; a block does not take these rights away."""

    async def my_data(self, msg: Inbound) -> DataExport:
        """Everything stored about the user, as files: JSON plus each ticket's transcript without internal notes."""
        self._check_rate(msg)  # files are uploads: not a thing to repeat as fast as one can tap
        return await self._privacy.export(msg.platform, msg.user_id, await self._language(msg))

    async def forget_warning(self, msg: Inbound) -> Outcome:
        """What ``/forgetme`` will erase, asking for the confirmation (the adapter adds its button)."""
        lang = await self._language(msg)
        count = len(await self.tickets.repo.list(platform=msg.platform, user_id=msg.user_id, limit=TICKETS_READ))
        return Outcome(lang, [Reply("privacy.forget.warning", {"count": count})])

    async def forget_me(self, msg: Inbound) -> Outcome:
        """Erase the user (confirmed): their active ticket closes, every ticket stays only as an anonymous number."""
        self._check_rate(msg)
        lang = await self._language(msg)  # read first: afterwards nothing of theirs tells it
        count = await self._privacy.forget(msg.platform, msg.user_id)
        return Outcome(lang, [Reply("privacy.forget.done", {"count": count})])

    @property
    def _privacy(self) -> PrivacyService:
        if self.privacy is None:
            raise RuntimeError("this desk was built without privacy storage")
        return self.privacy
