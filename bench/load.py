"""Load test: hundreds of simulated users and a few moderators on one desk, all at once (asyncio).

Users send tagged messages (each text carries a unique tag), some ask for a person; moderators
keep claiming, replying and resolving whatever is open. Afterwards the database is checked:
every message is in exactly one transcript, every ticket's state matches its timestamps, no user
has two active tickets. Usage:

    python bench/load.py [--users 300] [--messages 2000] [--database URL] [--fake-model]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bots.bootstrap import build_desk
from core.decision.decide import DecisionKind
from core.desk import Inbound, SupportDesk
from core.errors import AlreadyClaimed, DeskError, TicketStateError
from core.models import ACTIVE_STATES, Actor, Author, TicketState
from core.settings import LimitSettings, Settings

QUESTIONS = [
    "my deposit has not arrived", "充值的USDT一直没到账", "how do I back up my wallet", "转账一直pending怎么办",
    "I forgot my wallet password", "怎么添加自定义代币", "the app crashes when I open it", "提现手续费是多少",
    "my transfer failed but fee was taken", "NFT不显示", "what chains do you support", "hello",
]
TAG = re.compile(r"#m(\d+)#")


@dataclass
class LoadReport:
    """What happened, and what the checks found."""

    users: int
    moderators: int
    messages: int = 0
    escalations: int = 0
    claims: int = 0
    replies: int = 0
    resolutions: int = 0
    errors: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    smalltalk: set[int] = field(default_factory=set)  # greetings get a reply and, by design, no transcript

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0

    def lines(self) -> list[str]:
        return [
            f"users {self.users}, moderators {self.moderators}, messages {self.messages} in {self.seconds:.1f} s "
            f"({self.messages / self.seconds:.1f} messages/s)",
            f"latency per message: p50 {self.pct(0.5):.0f} ms, p95 {self.pct(0.95):.0f} ms, "
            f"p99 {self.pct(0.99):.0f} ms",
            f"escalations {self.escalations}, claims {self.claims}, moderator replies {self.replies}, "
            f"resolutions {self.resolutions}; smalltalk (answered, not stored) {len(self.smalltalk)}",
            f"errors {len(self.errors)}" + (f": {self.errors[:3]}" if self.errors else ""),
            f"consistency problems {len(self.problems)}" + (f": {self.problems[:3]}" if self.problems else ""),
        ]


async def run_load(settings: Settings, *, users: int, messages: int, moderators: int = 5, seed: int = 1,
                   embedder: object | None = None) -> LoadReport:
    """Run the load and the checks on ``settings``' database."""
    unlimited = LimitSettings(burst=0, per_minute=0, tickets_per_hour=0, _env_file=None)  # type: ignore[call-arg]
    settings = settings.model_copy(update={"limits": unlimited})
    app = await build_desk(settings, embedder=embedder)  # type: ignore[arg-type]
    desk = app.desk
    report = LoadReport(users, moderators)
    rng = random.Random(seed)
    budget = iter(range(messages))
    done = asyncio.Event()
    started = time.perf_counter()

    async def user(number: int) -> None:
        while (tag := next(budget, None)) is not None:
            text = f"{rng.choice(QUESTIONS)} #m{tag}#"
            msg = Inbound("load", f"user{number}", text, f"User {number}")
            t0 = time.perf_counter()
            try:
                if rng.random() < 0.08:
                    outcome = await desk.request_human(msg)
                    report.escalations += outcome.ticket is not None and outcome.ticket.state == TicketState.OPEN
                else:
                    outcome = await desk.handle_message(msg)
                    if outcome.decision is not None and outcome.decision.kind == DecisionKind.SMALLTALK:
                        report.smalltalk.add(tag)
            except DeskError as exc:
                report.errors.append(f"{type(exc).__name__}: {exc.key}")
            except Exception as exc:  # a bug: counted, reported, never hidden
                report.errors.append(repr(exc))
            report.latencies_ms.append((time.perf_counter() - t0) * 1000)
            report.messages += 1
            await asyncio.sleep(rng.random() * 0.05)

    async def moderator(number: int) -> None:
        who = Actor("load", f"mod{number}", f"Mod {number}", is_moderator=True)
        while not done.is_set():
            open_tickets = await desk.tickets.repo.list(states=[TicketState.OPEN], limit=20)
            for ticket in rng.sample(open_tickets, len(open_tickets)):
                try:
                    await desk.tickets.claim(ticket.id, who)
                    report.claims += 1
                    await desk.tickets.staff_reply(ticket.id, who, f"looking at it ({who.name})")
                    report.replies += 1
                    await desk.tickets.resolve(ticket.id, who)
                    report.resolutions += 1
                except (AlreadyClaimed, TicketStateError):
                    continue  # another moderator was faster: expected under load
                except Exception as exc:
                    report.errors.append(repr(exc))
            await asyncio.sleep(0.05)

    staff = [asyncio.create_task(moderator(i)) for i in range(moderators)]
    await asyncio.gather(*(user(i) for i in range(users)))
    done.set()
    await asyncio.gather(*staff)
    report.seconds = time.perf_counter() - started
    report.problems = await check(desk, messages, report.smalltalk)
    await app.close()
    return report


async def check(desk: SupportDesk, messages: int, smalltalk: set[int]) -> list[str]:
    """Every tagged message in exactly one transcript (smalltalk in none); every ticket consistent; one active
    ticket per user."""
    problems: list[str] = []
    seen: Counter[int] = Counter()
    tickets = await desk.tickets.repo.list(platform="load", limit=1_000_000)
    active: Counter[str] = Counter()
    for ticket in tickets:
        for line in await desk.tickets.repo.messages(ticket.id):
            if line.author == Author.USER and (match := TAG.search(line.text)):
                seen[int(match.group(1))] += 1
        state = ticket.state
        if state in ACTIVE_STATES:
            active[ticket.user_id] += 1
        if state in (TicketState.OPEN, TicketState.CLAIMED, TicketState.RESOLVED) and ticket.escalated_at is None:
            problems.append(f"#{ticket.id} {state} without escalated_at")
        if state == TicketState.CLAIMED and not ticket.moderator_id:
            problems.append(f"#{ticket.id} claimed without a moderator")
        if state == TicketState.RESOLVED and ticket.resolved_at is None:
            problems.append(f"#{ticket.id} resolved without resolved_at")
        if state == TicketState.CLOSED and ticket.closed_at is None:
            problems.append(f"#{ticket.id} closed without closed_at")
    missing = [tag for tag in range(messages) if seen[tag] == 0 and tag not in smalltalk]
    problems += [f"smalltalk #m{tag}# stored" for tag in smalltalk if seen[tag]][:20]
    doubled = [tag for tag, count in seen.items() if count > 1]
    problems += [f"message #m{tag}# in no transcript" for tag in missing[:20]]
    problems += [f"message #m{tag}# in {seen[tag]} transcripts" for tag in doubled[:20]]
    problems += [f"user {u} has {n} active tickets" for u, n in active.items() if n > 1]
    return problems


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--moderators", type=int, default=5)
    parser.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file)")
    parser.add_argument("--fake-model", action="store_true", help="hash vectors instead of the model (fast)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database or f"sqlite:///{Path(tmp) / 'load.db'}"
        embedder = None
        if args.fake_model:
            sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository root, for tests.fakes
            from tests.fakes import FakeEmbedder

            embedder = FakeEmbedder()
        report = await run_load(Settings(database_url=url), users=args.users, messages=args.messages,
                                moderators=args.moderators, embedder=embedder)
    print("\n".join(report.lines()))
    if report.errors or report.problems:
        raise SystemExit(1)


if __name__ == "__main__":
    asyncio.run(main())
