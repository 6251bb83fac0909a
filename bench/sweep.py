"""Time the SLA sweep over 10,000 active tickets of which 1% are due: the full scan before, due tickets after.

    git worktree add /tmp/sweep-base <the commit before "sweep by due date">   # the old code
    .venv/bin/python bench/sweep.py --base /tmp/sweep-base [--tickets 10000]

Each version runs in its own process (``--base`` for the old one, this checkout for the new one) on a fresh
SQLite file with the same tickets: 80% claimed and waiting on their users, 20% resolved and unrated, every
timer a day away. Timed: the first sweep of a process; three sweeps in which 1% of the tickets are due
(their users wrote 31 minutes earlier, so each gets a reminder to its claimer); a sweep with nothing due.
"Looked at" counts the event-log reads, one per ticket a sweep examines. The "before" child imports the
old code from ``--base`` (``SWEEP_BENCH_CODE``); without ``--base`` only "after" is shown.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The code under test: this checkout, or the old one when the parent runs the "before" child.
sys.path.insert(0, os.environ.get("SWEEP_BENCH_CODE") or str(ROOT))

from bots.bootstrap import DeskApp, build_desk  # noqa: E402
from core.desk import Inbound  # noqa: E402
from core.models import Actor, Author, Ticket, TicketMessage, TicketState  # noqa: E402
from core.ports import TicketUpdate  # noqa: E402
from core.settings import LimitSettings, Settings, SlaSettings  # noqa: E402
from tests.fakes import FakeEmbedder, FakeNotifier, MovableClock  # noqa: E402

MOD = Actor("bench", "m1", "Mia", is_moderator=True)
START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
ROUNDS = 3


async def seed(app: DeskApp, count: int) -> list[int]:
    """``count`` tickets answered by their moderator at START; return the claimed ones."""
    tickets, repo = app.desk.tickets, app.desk.tickets.repo
    claimed: list[int] = []
    for first in range(0, count, 500):
        async with tickets.units():
            for n in range(first, min(first + 500, count)):
                ticket = await repo.create(Ticket(id=0, platform="bench", user_id=f"u{n}", user_name="", language="en",
                                                  state=TicketState.PENDING, created_at=START, updated_at=START,
                                                  thread_ref=f"thread-{n}"))
                await repo.transition(ticket.id, [TicketState.PENDING], TicketUpdate(
                    state=TicketState.CLAIMED, escalated_at=START, moderator_id=MOD.user_id, moderator_name=MOD.name))
                await repo.add_message(TicketMessage(ticket.id, Author.MODERATOR, MOD.key, "please send the tx hash",
                                                     START))
                if n % 5 == 4:
                    await repo.transition(ticket.id, [TicketState.CLAIMED],
                                          TicketUpdate(state=TicketState.RESOLVED, resolved_at=START))
                else:
                    claimed.append(n)
    return claimed


async def child(count: int) -> dict[str, Any]:
    """Build the tickets, run the sweeps, return the timings (seconds) and tickets looked at."""
    folder = Path(tempfile.mkdtemp(prefix="sweep-bench-"))
    sla = SlaSettings(unclaimed_minutes=15, unanswered_minutes=30, auto_close_hours=24, close_warning_hours=12,
                      working_hours="", _env_file=None)  # type: ignore[call-arg]
    limits = LimitSettings(burst=0, per_minute=0, tickets_per_hour=0, _env_file=None)  # type: ignore[call-arg]
    settings = Settings(database_url=f"sqlite:///{folder / 'desk.db'}", vector_cache_file=None, sla=sla,
                        limits=limits, _env_file=None)  # type: ignore[call-arg]
    clock = MovableClock(START)
    app = await build_desk(settings, embedder=FakeEmbedder(), notifiers={"bench": FakeNotifier()}, clock=clock,
                           seed_faq=False)
    looked: list[int] = []
    read = app.desk.tickets.repo.events

    async def events(ticket_id: int) -> Any:
        looked.append(ticket_id)
        return await read(ticket_id)

    app.desk.tickets.repo.events = events  # type: ignore[method-assign]

    async def timed_sweep() -> tuple[float, float, int]:
        """Wall and CPU seconds (all threads: SQLite runs in aiosqlite's), and the tickets looked at."""
        looked.clear()
        wall, cpu = time.perf_counter(), time.process_time()
        await app.housekeeper.sweep()
        return time.perf_counter() - wall, time.process_time() - cpu, len(looked)

    try:
        claimed = await seed(app, count)
        async with app.db.engine.connect() as connection:  # neither version pays for the seeding's write-ahead log
            await connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        due = max(count // 100, 1)
        clock.now = START + timedelta(hours=1)
        first = await timed_sweep()
        rounds = []
        for r in range(ROUNDS):
            users = claimed[r * due:(r + 1) * due]
            for n in users:
                await app.desk.handle_message(Inbound("bench", f"u{n}", "here it is: 0xabc", ""))
            clock.advance(minutes=31)
            rounds.append(await timed_sweep())
            for n in users:  # Mia answers: each waits on its user again (looked at once more, off the clock)
                ticket = await app.desk.tickets.repo.active_for_user("bench", f"u{n}")
                assert ticket is not None
                await app.desk.tickets.staff_reply(ticket.id, MOD, "thanks, checking")
            clock.advance(minutes=1)
            await app.housekeeper.sweep()
        clock.advance(minutes=1)
        idle = await timed_sweep()
    finally:
        await app.close()
        shutil.rmtree(folder, ignore_errors=True)
    return {"first": first, "rounds": rounds, "idle": idle}


def run_child(code: Path, count: int) -> dict[str, Any]:
    env = {**os.environ, "SWEEP_BENCH_CODE": str(code), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, __file__, "--child", "--tickets", str(count)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def report(before: dict[str, Any] | None, after: dict[str, Any], count: int) -> None:
    print(f"{count} active tickets on SQLite, {max(count // 100, 1)} due in each of {ROUNDS} rounds (median shown)")
    print(f"{'sweep':<26}{'wall ms: before':>16}{'after':>9}{'ratio':>9}"
          f"{'CPU ms: before':>16}{'after':>9}{'ratio':>9}{'looked at: before':>19}{'after':>7}")
    for name, key in (("first sweep of a process", "first"), ("1% due, a reminder each", "rounds"),
                      ("nothing due", "idle")):
        rows = {side: (data[key] if key == "rounds" else [data[key]]) for side, data in
                (("before", before), ("after", after)) if data}
        cells = f"{name:<26}"
        for column, width in ((0, 16), (1, 16)):
            new = statistics.median(r[column] for r in rows["after"]) * 1000
            old = statistics.median(r[column] for r in rows["before"]) * 1000 if "before" in rows else None
            ratio = f"{old / new:8.1f}x" if old else f"{'-':>9}"
            cells += (f"{old:{width}.1f}" if old is not None else f"{'-':>{width}}") + f"{new:9.1f}{ratio}"
        seen = rows["before"][0][2] if "before" in rows else "-"
        print(f"{cells}{seen:>19}{rows['after'][0][2]:>7}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="a checkout of the code before this change (git worktree add)")
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.child:
        print(json.dumps(asyncio.run(child(args.tickets))))
        return
    before = run_child(args.base.resolve(), args.tickets) if args.base else None
    report(before, run_child(ROOT, args.tickets), args.tickets)


if __name__ == "__main__":
    main()
