"""One bot process for the multi-process tests: a desk on the given database, driven by JSON lines on stdin.

Each line is a command; each answer is one JSON line on stdout:
  {"open": ["u1", ...]}               escalate these users at once -> {"tickets": [ids]}
  {"claim": [ids], "as": "m1"}        claim them all at once        -> {"won": [ids]}
  {"ask": "text"}                     the desk's decision           -> {"kind": ..., "entry": ...}
  {"add": {entry}}                    add an FAQ entry (admin)      -> {"version": n}
  {"sweep": true}                     one SLA sweep                 -> {"done": [[id, action], ...]}
  {"deliver": true}                   one round of the outbox worker -> {"tickets": n}
  {"ticket": id}                      a ticket's state and thread   -> {"state": ..., "thread": ...}
With --slow-notify, showing a ticket to staff prints {"notifying": id} and hangs (for kill -9 tests);
with --ping-after-1s, an unclaimed ticket is due for an SLA ping after one second instead of 15 minutes.
"""

from __future__ import annotations

import asyncio
import json
import sys

from bots.bootstrap import build_desk
from core.desk import Inbound, SupportDesk
from core.errors import AlreadyClaimed
from core.models import Actor, FaqEntry
from core.settings import LimitSettings, Settings, SlaSettings
from core.tickets.notify import StaffThread, TicketCard
from tests.fakes import FakeEmbedder, FakeNotifier


class SlowNotifier(FakeNotifier):
    """A platform that takes forever to create the staff thread: the process can be killed in between."""

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        print(json.dumps({"notifying": card.ticket.id}), flush=True)
        await asyncio.sleep(3600)
        return None


async def main(url: str, slow: bool, quick_ping: bool) -> None:
    sla = SlaSettings(announce_grace_seconds=1, unclaimed_minutes=1 / 60 if quick_ping else 15,
                      _env_file=None)  # type: ignore[call-arg]
    settings = Settings(database_url=url, faq_sync_seconds=0.2, sla=sla, _env_file=None,  # type: ignore[call-arg]
                        limits=LimitSettings(burst=0, per_minute=0, tickets_per_hour=0, _env_file=None))  # type: ignore[call-arg]
    notifier = SlowNotifier() if slow else FakeNotifier()
    app = await build_desk(settings, embedder=FakeEmbedder(), notifiers={"mp": notifier})
    desk = app.desk
    print(json.dumps({"ready": True}), flush=True)
    loop = asyncio.get_running_loop()
    while line := await loop.run_in_executor(None, sys.stdin.readline):
        command = json.loads(line)
        if "open" in command:
            users = command["open"]
            outcomes = await asyncio.gather(*(desk.request_human(Inbound("mp", u, "please help")) for u in users))
            answer: dict[str, object] = {"tickets": [o.ticket.id for o in outcomes if o.ticket]}
        elif "claim" in command:
            moderator = Actor("mp", command["as"], command["as"], is_moderator=True)
            won = await asyncio.gather(*(claim(desk, i, moderator) for i in command["claim"]))
            answer = {"won": [i for i in won if i is not None]}
        elif "ask" in command:
            decision = (await desk.assess(command["ask"])).decision
            answer = {"kind": decision.kind.value, "entry": decision.answered_entry}
        elif "add" in command:
            raw = command["add"]
            entry = FaqEntry(raw["id"], raw["category"], tuple(raw["questions"]), raw["answer"])
            version = await desk.faq.add(entry, Actor("mp", "admin", is_admin=True))
            answer = {"version": version.version}
        elif "sweep" in command:
            answer = {"done": await app.housekeeper.sweep()}
        elif "deliver" in command:
            answer = {"tickets": await app.delivery.deliver_due()}
        elif "ticket" in command:
            ticket = await desk.tickets.get(command["ticket"])
            lines = await desk.tickets.repo.messages(ticket.id)
            answer = {"state": ticket.state.value, "thread": ticket.thread_ref, "lines": [m.text for m in lines],
                      "shown": [c.ticket.id for c in notifier.opened]}
        else:
            answer = {"error": "unknown command"}
        print(json.dumps(answer), flush=True)
    await app.close()


async def claim(desk: SupportDesk, ticket_id: int, moderator: Actor) -> int | None:
    """Claim one ticket; None if another moderator (in any process) got it first."""
    try:
        await desk.tickets.claim(ticket_id, moderator)
    except AlreadyClaimed:
        return None
    return ticket_id


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], "--slow-notify" in sys.argv, "--ping-after-1s" in sys.argv))
