"""One bot process for the multi-process tests: a desk on the given database, driven by JSON lines on stdin.

Each line is a command; each answer is one JSON line on stdout:
  {"open": ["u1", ...]}               escalate these users at once -> {"tickets": [ids]}
  {"claim": [ids], "as": "m1"}        claim them all at once        -> {"won": [ids]}
  {"ask": "text"}                     the desk's decision           -> {"kind": ..., "entry": ...}
  {"add": {entry}}                    add an FAQ entry (admin)      -> {"version": n}
"""

from __future__ import annotations

import asyncio
import json
import sys

from bots.bootstrap import build_desk
from core.desk import Inbound, SupportDesk
from core.errors import AlreadyClaimed
from core.models import Actor, FaqEntry
from core.settings import LimitSettings, Settings
from tests.fakes import FakeEmbedder


async def main(url: str) -> None:
    settings = Settings(database_url=url, faq_sync_seconds=0.2, _env_file=None,  # type: ignore[call-arg]
                        limits=LimitSettings(burst=0, per_minute=0, tickets_per_hour=0, _env_file=None))  # type: ignore[call-arg]
    app = await build_desk(settings, embedder=FakeEmbedder())
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
    asyncio.run(main(sys.argv[1]))
