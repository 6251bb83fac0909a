"""Two bot processes (real OS processes) on one PostgreSQL database: unique tickets, one claim winner, FAQ edits
reaching the other process's answers, one SLA ping when both sweep at once."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import postgres_database

ROOT = Path(__file__).resolve().parents[2]


class Worker:
    """A bot process speaking JSON lines."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def start(cls, url: str, *flags: str) -> Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.multiprocess.worker", url, *flags, cwd=ROOT,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            env={**os.environ, "SUPPORTBOT_LOG_LEVEL": "WARNING"})
        worker = cls(process)
        assert await worker.read() == {"ready": True}
        return worker

    async def read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = await asyncio.wait_for(self.process.stdout.readline(), 120)
        assert line, "the worker died"
        return json.loads(line)

    async def send(self, command: dict[str, Any]) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write((json.dumps(command) + "\n").encode())
        await self.process.stdin.drain()
        return await self.read()

    async def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            await asyncio.wait_for(self.process.wait(), 30)
        except TimeoutError:
            self.process.kill()


@pytest.fixture
async def database() -> AsyncIterator[str]:
    async with postgres_database("mp") as url:
        yield url


@pytest.fixture
async def workers(database: str) -> AsyncIterator[tuple[Worker, Worker]]:
    first = await Worker.start(database)  # migrates and imports the FAQ
    second = await Worker.start(database)
    yield first, second
    await asyncio.gather(first.stop(), second.stop())


async def test_tickets_stay_unique_and_each_claim_has_one_winner(workers):
    a, b = workers
    opened = await asyncio.gather(a.send({"open": [f"a{i}" for i in range(25)]}),
                                  b.send({"open": [f"b{i}" for i in range(25)]}))
    ids = opened[0]["tickets"] + opened[1]["tickets"]
    assert len(ids) == 50 and len(set(ids)) == 50
    won = await asyncio.gather(a.send({"claim": ids, "as": "mia"}), b.send({"claim": ids, "as": "omar"}))
    mia, omar = set(won[0]["won"]), set(won[1]["won"])
    assert not mia & omar and mia | omar == set(ids)


async def test_an_faq_edit_in_one_process_reaches_the_other(workers):
    a, b = workers
    question = "how do I stake my ETH for rewards in the app"
    before = await b.send({"ask": question})
    assert before["entry"] != "staking"
    await a.send({"add": {"id": "staking", "category": "staking", "questions": [question],
                          "answer": {"en": "Open Earn, pick ETH, tap Stake.", "zh": "打开理财，选择 ETH，点质押。"}}})
    for _ in range(50):  # the other process looks for changes every 0.2 s
        after = await b.send({"ask": question})
        if after["entry"] == "staking":
            break
        await asyncio.sleep(0.1)
    assert after == {"kind": "answer", "entry": "staking"}


async def test_kill_9_in_the_middle_of_an_escalation_leaves_nothing_half_made(database):
    doomed = await Worker.start(database, "--slow-notify")
    assert doomed.process.stdin is not None
    doomed.process.stdin.write((json.dumps({"open": ["victim"]}) + "\n").encode())
    await doomed.process.stdin.drain()
    notifying = await doomed.read()  # the ticket is stored as open; its staff thread is being created
    doomed.process.kill()  # SIGKILL: no cleanup, no finally
    await doomed.process.wait()

    survivor = await Worker.start(database)
    try:
        ticket = await survivor.send({"ticket": notifying["notifying"]})
        assert ticket["state"] == "open" and ticket["thread"] is None
        assert ticket["lines"] == ["please help"]  # the user's words were committed before the crash
        # Its card is an outbox row the dead process had taken: the sweep leaves it to the outbox, whose
        # worker takes back the rows of a process that died and shows the ticket, once.
        await asyncio.sleep(1.1)
        assert (await survivor.send({"sweep": True}))["done"] == []
        assert await survivor.send({"deliver": True}) == {"tickets": 1}
        ticket = await survivor.send({"ticket": notifying["notifying"]})
        assert ticket["thread"] == f"thread-{notifying['notifying']}" and ticket["shown"] == [notifying["notifying"]]
        # Buttons and relays key on the ticket number and the stored thread, so they work from here on.
        won = await survivor.send({"claim": [notifying["notifying"]], "as": "mia"})
        assert won == {"won": [notifying["notifying"]]}
    finally:
        await survivor.stop()


async def test_two_processes_sweeping_at_once_send_one_ping(database):
    a, b = await Worker.start(database, "--ping-after-1s"), await Worker.start(database, "--ping-after-1s")
    try:
        opened = await a.send({"open": ["waiting"]})
        await asyncio.sleep(1.1)
        for _ in range(3):  # a few rounds: each time both find the ping due at the same moment
            swept = await asyncio.gather(a.send({"sweep": True}), b.send({"sweep": True}))
            pings = [done for answer in swept for done in answer["done"]]
            assert pings == [[opened["tickets"][0], "sla_unclaimed"]]
            await asyncio.sleep(1.1)
    finally:
        await asyncio.gather(a.stop(), b.stop())
