"""What every part of the desk shares: its services, settings and the user's current ticket."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta

from core.decision.intents import IntentClassifier
from core.desk.outcome import Inbound
from core.errors import RateLimited
from core.i18n import Reply
from core.insights.audit import AuditLog
from core.insights.metrics import NO_METRICS, Metrics
from core.limits import RateLimiter
from core.models import Actor, Snippet, Ticket, TicketState
from core.ports import InsightsRepo
from core.retrieval.candidates import CandidateRepo
from core.retrieval.faq_admin import FaqService
from core.retrieval.index import FaqIndex
from core.settings import Settings
from core.tickets.blocks import BlockService
from core.tickets.hours import WorkingHours
from core.tickets.privacy import PrivacyService
from core.tickets.service import TicketService
from core.understanding.text import choose_language

log = logging.getLogger("core.desk")


class DeskBase:
    """The services a desk works with; ``SupportDesk`` adds the user, staff and admin doors."""

    def __init__(self, *, settings: Settings, index: FaqIndex, intents: IntentClassifier,
                 tickets: TicketService, faq: FaqService, insights: InsightsRepo, blocks: BlockService,
                 audit: AuditLog, snippets: Sequence[Snippet] = (), metrics: Metrics = NO_METRICS,
                 candidates: CandidateRepo | None = None, privacy: PrivacyService | None = None) -> None:
        self.settings = settings
        self.privacy = privacy  # /mydata and /forgetme (None: a desk built without that storage)
        self.candidates = candidates  # phrasings learned from picks, confirmations and links (None: not kept)
        self.blocks = blocks  # checked at the user's door
        self.audit = audit  # every staff and admin action records itself here
        self.metrics = metrics
        self.insights = insights
        self.snippets = {s.name: s for s in snippets}
        self.index = index
        self.intents = intents
        self.tickets = tickets
        self.faq = faq
        sla = settings.sla
        self.hours = WorkingHours(sla.working_hours, sla.working_days, settings.timezone)
        self.limiter = RateLimiter(settings.limits.burst, settings.limits.per_minute)

    async def start(self) -> None:
        """Load the FAQ from the database into the index and encode the intent exemplars."""
        await self.faq.refresh()
        await self.intents.load()

    def _check_rate(self, msg: Inbound) -> None:
        verdict = self.limiter.check(f"{msg.platform}:{msg.user_id}")
        if not verdict.allowed:
            log.warning("rate limited %s:%s for %.0f s", msg.platform, msg.user_id, verdict.retry_after)
            raise RateLimited(quiet=not verdict.notify, seconds=max(1, round(verdict.retry_after)))

    def _status_reply(self, ticket: Ticket, position: int | None) -> Reply:
        params = {"number": ticket.id, "state": ticket.state.value, "position": position or "-",
                  "moderator": ticket.moderator_name or "-"}
        return Reply(f"ticket.status.{ticket.state.value}", params)

    async def _position(self, ticket: Ticket) -> int | None:
        return await self.tickets.repo.queue_position(ticket.id) if ticket.state == TicketState.OPEN else None

    async def _current(self, platform: str, user_id: str) -> Ticket | None:
        """Return the user's active ticket, closing a bot-only one that has gone idle."""
        ticket = await self.tickets.repo.active_for_user(platform, user_id)
        if ticket is None or ticket.state != TicketState.PENDING:
            return ticket
        idle = timedelta(minutes=self.settings.pending_idle_minutes)
        if self.tickets.clock() - ticket.updated_at > idle:
            await self.tickets.close(ticket.id, Actor("system", "desk"), reason="idle")
            return None
        return ticket

    async def _language(self, msg: Inbound) -> str:
        if msg.text.strip():
            return choose_language(msg.text, msg.locale, self.settings.default_language)
        ticket = await self.tickets.repo.active_for_user(msg.platform, msg.user_id)
        if ticket is not None:
            return ticket.language
        return choose_language("", msg.locale, self.settings.default_language)

