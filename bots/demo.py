"""A realistic week of traffic through the real desk, so stats, gaps and the report can be tried at once.

Every message goes through ``SupportDesk`` and ``TicketService`` exactly as an adapter would send
it; only the clock is simulated. Users ask FAQ questions (sometimes garbled), vague ones, things
the FAQ does not cover (the gaps), ask for a person or complain; moderators claim, reply,
resolve and get rated, faster in working hours than at night.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from core.desk import Inbound, SupportDesk
from core.errors import DeskError
from core.models import Actor, FaqEntry, TicketState

log = logging.getLogger(__name__)

# Questions the shipped FAQ does not answer, in themes: each theme should come back as one gap.
GAPS = {
    "staking": ["how do I stake ETH in the wallet", "钱包里能质押ETH吗", "where is the staking page",
                "质押收益在哪里看", "can I stake SOL here and earn rewards", "怎么参与质押挖矿"],
    "nft": ["my NFT does not show in the wallet", "NFT怎么显示在钱包里", "how to send an NFT to a friend",
            "买的NFT在哪里看", "opensea NFT not visible in the app"],
    "hardware": ["can I connect my Ledger hardware wallet", "支持硬件钱包吗", "how to pair a Ledger with the app",
                 "冷钱包怎么连接"],
    "fiat-sell": ["how do I sell USDT for cash to my bank", "怎么把USDT卖成人民币",
                  "cash out crypto to my bank account", "提现到银行卡怎么操作"],
}
VAGUE = ["transfer problem", "help with my coins", "钱包有问题", "token issue", "账户出问题了"]
COMPLAINTS = ["this is the third time I ask and nobody answers, terrible service",
              "你们客服太慢了，等了一天都没人理，我要投诉"]
HUMAN = ["I want to talk to a real person", "转人工", "human please"]
GARBLE = [lambda q: q.lower().rstrip("?？"), lambda q: "hi, " + q, lambda q: "请问 " + q, lambda q: q + " ??",
          lambda q: q]
MODERATORS = (("mod-anna", "Anna", 4.6), ("mod-bo", "Bo", 4.1), ("mod-chen", "Chen", 3.6))
# Relative traffic by hour of day: quiet at night, peaks late morning and evening.
HOURLY = [1, 1, 1, 1, 1, 2, 3, 5, 7, 9, 10, 10, 8, 8, 9, 9, 8, 7, 8, 9, 10, 8, 5, 2]


class SimClock:
    """A clock the simulation moves; the desk reads it as its ``clock``."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class DemoSummary:
    """What the generator put through the desk."""

    conversations: int = 0
    messages: int = 0
    resolved: int = 0
    rated: int = 0
    escalated_ids: set[int] = field(default_factory=set)  # escalated ones, so a returning user is not counted twice

    @property
    def escalated(self) -> int:
        """How many tickets reached staff."""
        return len(self.escalated_ids)


async def simulate(desk: SupportDesk, clock: SimClock, *, days: int = 7, conversations: int = 300,
                   seed: int = 7) -> DemoSummary:
    """Run ``conversations`` conversations spread over the ``days`` before the clock's time."""
    rng = random.Random(seed)
    end = clock.now
    zone = ZoneInfo(desk.settings.timezone)
    starts = sorted(_start_time(rng, end, days, zone) for _ in range(conversations))
    summary = DemoSummary()
    entries = desk.index.entries
    for number, start in enumerate(starts):
        clock.now = start
        user = Inbound("demo", f"user-{number % (conversations * 2 // 3 or 1)}", user_name=f"user{number}")
        try:
            await _conversation(desk, clock, rng, user, entries, summary)
        except DeskError as exc:  # e.g. the user still has a ticket open: a real user would get a reply too
            log.info("demo conversation %d: %s", number, exc.key)
        summary.conversations += 1
    clock.now = end
    return summary


async def _conversation(desk: SupportDesk, clock: SimClock, rng: random.Random, user: Inbound,
                        entries: Sequence[FaqEntry], summary: DemoSummary) -> None:
    roll = rng.random()
    off_topic = 0.65 <= roll < 0.85  # the FAQ has no answer: whatever the bot shows will not help
    if roll < 0.55:
        entry = rng.choice(entries)
        text = rng.choice(GARBLE)(rng.choice(entry.questions))
    elif roll < 0.65:
        text = rng.choice(VAGUE)
    elif roll < 0.85:
        text = rng.choice(rng.choice(list(GAPS.values())))
    elif roll < 0.95:
        text = rng.choice(HUMAN)
    else:
        text = rng.choice(COMPLAINTS)
    outcome = await desk.handle_message(_say(user, text))
    summary.messages += 1
    clock.now += timedelta(seconds=rng.randint(20, 180))
    if outcome.suggestions and rng.random() < 0.7:
        outcome = await desk.choose(user, rng.choice(outcome.suggestions).id)
    if outcome.entry is not None and outcome.ticket is not None and outcome.ticket.state == TicketState.PENDING:
        if off_topic:
            choice = "human" if rng.random() < 0.65 else "leave"
        else:
            roll = rng.random()
            choice = "solved" if roll < 0.7 else "human" if roll < 0.85 else "leave"
        if choice == "solved":
            await desk.mark_solved(user)
            return
        if choice == "leave":
            return
        outcome = await desk.request_human(user)
    if outcome.suggestions and outcome.entry is None:
        outcome = await desk.request_human(user)  # none of the suggestions fit
    ticket = outcome.ticket
    if ticket is None or ticket.state != TicketState.OPEN or ticket.id in summary.escalated_ids:
        return  # not escalated, or a user still waiting wrote into the ticket they already have
    summary.escalated_ids.add(ticket.id)
    await _moderate(desk, clock, rng, user, ticket.id, summary)


async def _moderate(desk: SupportDesk, clock: SimClock, rng: random.Random, user: Inbound, ticket_id: int,
                    summary: DemoSummary) -> None:
    login, name, quality = rng.choice(MODERATORS)
    moderator = Actor("demo", login, name, is_moderator=True)
    hour = clock.now.astimezone(ZoneInfo(desk.settings.timezone)).hour
    night = hour < 8 or hour >= 22
    clock.now += timedelta(minutes=rng.expovariate(1 / (240 if night else 25)))
    if rng.random() < 0.05:
        return  # still waiting when the week ends
    await desk.claim(ticket_id, moderator)
    clock.now += timedelta(minutes=rng.uniform(1, 8))
    await desk.staff_reply(ticket_id, moderator, "Let me check this for you. / 我来帮您查一下。")
    clock.now += timedelta(minutes=rng.uniform(2, 20))
    await desk.handle_message(_say(user, "ok thanks, waiting"))
    summary.messages += 1
    clock.now += timedelta(minutes=rng.expovariate(1 / 45))
    await desk.resolve(ticket_id, moderator)
    summary.resolved += 1
    if rng.random() < 0.7:
        clock.now += timedelta(minutes=rng.uniform(1, 60))
        score = max(1, min(5, round(rng.gauss(quality, 0.9))))
        await desk.rate(user, ticket_id, score)
        summary.rated += 1


def _say(user: Inbound, text: str) -> Inbound:
    return Inbound(user.platform, user.user_id, text, user.user_name)


def _start_time(rng: random.Random, end: datetime, days: int, zone: ZoneInfo) -> datetime:
    day = rng.randrange(days)
    hour = rng.choices(range(24), weights=HOURLY)[0]
    local = (end - timedelta(days=day + 1)).astimezone(zone)
    moment = local.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60)).astimezone(end.tzinfo)
    return min(moment, end - timedelta(hours=6))
