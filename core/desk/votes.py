"""A rating given as a vote in a native poll, which names its poll and its voter but no ticket."""

from __future__ import annotations

from core.desk.base import DeskBase, log
from core.desk.outcome import Inbound, Outcome
from core.i18n import Reply
from core.models import Ticket
from core.outbox.delivery import maybe_posted_unreferenced
from core.outbox.effects import EffectKind
from core.tickets.polls import SCORES, asks_by_poll
from core.tickets.service import RATING_ASKED, RATING_FINAL

# Whose polls are searched: the voter's latest tickets. An older ticket's rating is long final and its
# poll stopped, so a vote cannot reach it anyway.
RECENT_TICKETS = 5


class VoteDesk(DeskBase):
    """Poll votes as ratings: the same rule as a button press, the ticket found through the poll."""

    async def rate_by_poll(self, msg: Inbound, poll: str, score: int | None) -> Outcome | None:
        """Store a vote as the rating of the ticket whose request ``poll`` is; None when nothing changes.

        Only the voter's own tickets are searched, so a vote on a poll someone forwarded or shared
        rates nothing. ``score`` None is a retracted vote: the rating stays (a rating is never taken
        back, only changed within the window). Past the window ``AlreadyRated`` is raised.
        """
        if score is None:
            return None
        if score not in SCORES:
            log.info("a vote for option %s of a rating poll ignored", score)
            return None
        ticket = await self._polled_ticket(msg.platform, msg.user_id, poll)
        if ticket is None:
            return None
        ticket = await self.tickets.rate(ticket.id, msg.actor, score)
        return Outcome(ticket.language, [Reply("rating.thanks", {"score": score})], ticket=ticket)

    async def _polled_ticket(self, platform: str, user_id: str, poll: str) -> Ticket | None:
        """The voter's ticket whose request is ``poll``; failing that, their latest one whose poll went out
        without its id coming back (the platform answered after the timeout, or the vote beat the commit)."""
        unknown: Ticket | None = None
        for ticket in await self.tickets.repo.list(platform=platform, user_id=user_id, limit=RECENT_TICKETS):
            if ticket.resolved_at is None:
                continue
            events = await self.tickets.repo.events(ticket.id)
            if any(e.kind == RATING_ASKED and asks_by_poll(e.detail or "", poll) for e in events):
                return ticket
            if unknown is None and not any(e.kind in (RATING_ASKED, RATING_FINAL) for e in events) \
                    and await self._request_unaccounted(ticket):
                unknown = ticket
        return unknown

    async def _request_unaccounted(self, ticket: Ticket) -> bool:
        """Whether the ticket's rating request may be on the platform although its reference is not stored."""
        rows = await self.tickets.units.outbox.list(ticket_id=ticket.id, limit=200)
        return any(r.effect.kind == EffectKind.RATING_REQUEST and maybe_posted_unreferenced(r) for r in rows)
