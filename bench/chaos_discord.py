"""Chaos benchmark, Discord half: the real Discord adapter, a Discord that fails sends, a bot killed with SIGKILL.

The bot runs as ``supportbot run discord`` (a child process, the real model, a SQLite file) against the
fake gateway and REST API of the tests (``SUPPORTBOT_DISCORD_API_BASE`` / ``_GATEWAY``). Users write questions
in DMs (some in the help channel), ask for a person and write follow-ups (in the DM, or in the ticket's private
thread when they asked in the server); moderators press Claim on each card, reply in the thread and press
Resolve; users press a rating. The fake fails a share of the bot's sends past discord.py's own retries (see
``Chaos`` in ``tests/discord/fake_discord.py``), and while no bot is connected what people write stays in the
channel history only (Discord does not replay it). The bot is killed and restarted. Afterwards every tagged
message people wrote is looked up in the database and in what the fake delivered. Usage:

    python bench/chaos_discord.py [--users 220] [--moderators 5] [--kills 3] [--fail 0.22] [--seed 1] [--json]

It prints the counts: lost messages (must be 0), duplicates a person saw, questions left without an answer,
tickets whose events disagree with their state, parked outbox rows, and the messages written while the bot was
down (stored and answered after the restart?).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the fake Discord lives with the tests; the Telegram run has the shared parts

from bench.chaos import ANSWER_WAIT, PROBLEMS, QUESTIONS, REPLIES, inconsistent, settle, show  # noqa: E402
from tests.discord.fake_discord import DM_BASE, TOKEN, Call, Chaos, FakeDiscord, FakeMember  # noqa: E402

ASK_HUMAN = ["I want to talk to a human.", "我要人工客服。"]
FOLLOW_UPS = ["here is my tx hash", "any news?", "还在吗", "I tried again, same problem", "截图发不了"]
PRESS_WAIT = 15.0  # seconds a presser waits for the bot's answer before pressing again


@dataclass
class Said:
    """One tagged message a person wrote."""

    kind: str  # question, escalation, follow-up, reply
    author: int
    channel: int
    message_id: int
    at: float


@dataclass
class Tally:
    """What people did, by tag, and what they noticed while doing it."""

    said: dict[str, Said] = field(default_factory=dict)
    actions: Counter[str] = field(default_factory=Counter)
    unanswered: int = 0
    unanswered_across_a_kill: int = 0
    presses_unanswered: int = 0
    kills: int = 0
    killed_at: list[float] = field(default_factory=list)
    restart_seconds: list[float] = field(default_factory=list)
    down_questions: list[tuple[str, bool]] = field(default_factory=list)  # (tag, answered) written while down


class BotProcess:
    """`supportbot run discord` as a child process, against the fake Discord."""

    def __init__(self, fake: FakeDiscord, database: Path, folder: Path) -> None:
        self.fake, self.database, self.folder = fake, database, folder
        self.process: asyncio.subprocess.Process | None = None
        self.runs = 0

    def env(self) -> dict[str, str]:
        fake = self.fake
        return {**os.environ, "HF_HUB_OFFLINE": "1", "SUPPORTBOT_DATABASE_URL": f"sqlite:///{self.database}",
                "SUPPORTBOT_DISCORD_TOKEN": TOKEN, "SUPPORTBOT_DISCORD_API_BASE": fake.base,
                "SUPPORTBOT_DISCORD_GATEWAY": fake.gateway, "SUPPORTBOT_DISCORD_GUILD_ID": str(fake.guild_id),
                "SUPPORTBOT_DISCORD_HELP_CHANNEL_ID": str(fake.help_channel_id),
                "SUPPORTBOT_DISCORD_SUPPORT_CHANNEL_ID": str(fake.support_channel_id),
                "SUPPORTBOT_DISCORD_MODERATOR_ROLE_ID": str(fake.moderator_role_id),
                "SUPPORTBOT_DISCORD_ADMIN_ROLE_ID": str(fake.admin_role_id), "SUPPORTBOT_LIMIT_BURST": "0",
                "SUPPORTBOT_LIMIT_PER_MINUTE": "0", "SUPPORTBOT_LIMIT_TICKETS_PER_HOUR": "0",
                "SUPPORTBOT_SLA_UNCLAIMED_MINUTES": "0", "SUPPORTBOT_SLA_UNANSWERED_MINUTES": "0",
                "SUPPORTBOT_SLA_AUTO_CLOSE_HOURS": "0", "SUPPORTBOT_OUTBOX_POLL_SECONDS": "0.5",
                "SUPPORTBOT_OUTBOX_BACKOFF_SECONDS": "0.5", "SUPPORTBOT_OUTBOX_BACKOFF_CAP_SECONDS": "10",
                "SUPPORTBOT_OUTBOX_MAX_ATTEMPTS": "12", "SUPPORTBOT_LOG_LEVEL": "WARNING"}

    async def start(self) -> float:
        """Start the bot and wait until it is on the gateway; return how long that took."""
        began = time.monotonic()
        self.runs += 1
        log = (self.folder / f"bot-{self.runs}.log").open("wb")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-c", "from bots.cli import main; main()", "run", "discord",
            env=self.env(), cwd=ROOT, stdout=log, stderr=log)
        while not self.fake.connected:
            if self.process.returncode is not None:
                raise RuntimeError(f"the bot exited with {self.process.returncode}; see {log.name}")
            await asyncio.sleep(0.1)
        return time.monotonic() - began

    async def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()
        while self.fake.connected:  # the fake notices the socket closed
            await asyncio.sleep(0.05)

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 30)
            except TimeoutError:
                await self.kill()


def is_bot_send(call: Call) -> bool:
    return call.method == "POST" and call.path.startswith("/channels/") and call.path.endswith("/messages")


def channel_of(call: Call) -> int:
    return int(call.path.split("/")[2])


class Crowd:
    """Users and moderators acting at once through the fake Discord."""

    def __init__(self, fake: FakeDiscord, bot: BotProcess, rng: random.Random, users: int, moderators: int,
                 help_share: float) -> None:
        self.fake, self.bot, self.rng = fake, bot, rng
        self.users = [FakeMember(10_000 + n, f"user{n}") for n in range(users)]
        self.in_server = {u.id for u in self.users if rng.random() < help_share}  # ask in the help channel
        self.moderators = [FakeMember(20_000 + n, f"Mod{n}", roles=(fake.moderator_role_id,))
                           for n in range(moderators)]
        fake.members.extend([*self.users, *self.moderators])
        self.tally = Tally()
        self.claimed: set[int] = set()  # ticket numbers some moderator took
        self.users_done = False
        self._tags: Counter[int] = Counter()

    async def say(self, who: FakeMember, kind: str, text: str, channel: int | None = None, dm: bool = False) -> str:
        self._tags[who.id] += 1
        tag = f"⟦{who.id}-{self._tags[who.id]}⟧"
        self.tally.actions[kind] += 1
        sent = await self.fake.message(who, f"{text} {tag}", channel_id=channel, dm=dm)
        self.tally.said[tag] = Said(kind, who.id, int(sent["channel_id"]), int(sent["id"]), time.monotonic())
        return tag

    async def pause(self, low: float = 0.3, high: float = 2.0) -> None:
        await asyncio.sleep(self.rng.uniform(low, high))

    def to_dm(self, user: FakeMember) -> list[Call]:
        """What the bot showed in the user's DM channel."""
        path = f"/channels/{DM_BASE + user.id}/messages"
        return [c for c in self.fake.delivered if c.method == "POST" and c.path == path]

    async def answered(self, user: FakeMember, before: int, tag: str) -> Call | None:
        """Wait for the bot's next DM to the user (after ``before`` of them); None after ``ANSWER_WAIT``."""
        began = time.monotonic()
        while time.monotonic() < began + ANSWER_WAIT:
            shown = self.to_dm(user)
            if len(shown) > before:
                self.note_down(tag, True)
                return shown[before]
            await asyncio.sleep(0.3)
        self.tally.unanswered += 1
        self.tally.unanswered_across_a_kill += any(began - 5 <= k for k in self.tally.killed_at)
        self.note_down(tag, False)
        return None

    def note_down(self, tag: str, answered: bool) -> None:
        if self.tally.said[tag].message_id in self.fake.missed:
            self.tally.down_questions.append((tag, answered))

    async def press(self, who: FakeMember, message: dict[str, Any], custom_id: str, *, dm: bool = False) -> bool:
        """Press a button until the bot answers the press (3 tries); whether it did."""
        for _ in range(3):
            pressed = await self.fake.press(who, message, custom_id, dm=dm)
            began = time.monotonic()
            while time.monotonic() < began + PRESS_WAIT:
                if self.fake.answers(pressed):
                    return True
                await asyncio.sleep(0.3)
        self.tally.presses_unanswered += 1
        return False

    async def user(self, user: FakeMember) -> None:
        await asyncio.sleep(self.rng.uniform(0, 40))  # people arrive over time
        if user.id in self.in_server:
            await self.server_user(user)
            return
        for _ in range(self.rng.randint(2, 4)):
            before = len(self.to_dm(user))
            tag = await self.say(user, "question", self.rng.choice(QUESTIONS), dm=True)
            await self.answered(user, before, tag)
            await self.pause()
        if self.rng.random() < 0.6:
            before = len(self.to_dm(user))
            tag = await self.say(user, "escalation", f"{self.rng.choice(ASK_HUMAN)} {self.rng.choice(PROBLEMS)}",
                                 dm=True)
            answer = await self.answered(user, before, tag)
            if answer is not None and "sb:human" in answer.custom_ids:  # answered from the FAQ: ask for a person
                self.tally.actions["human button"] += 1
                await self.press(user, answer.result, "sb:human", dm=True)
            for _ in range(self.rng.randint(3, 5)):
                await self.pause(1, 4)
                await self.say(user, "follow-up", self.rng.choice(FOLLOW_UPS), dm=True)
            await self.rate(user)

    async def server_user(self, user: FakeMember) -> None:
        """Ask in the help channel (answers there are not addressed, so they are checked in the database after),
        then ask for a person and talk in the ticket's private thread."""
        for _ in range(self.rng.randint(1, 3)):
            await self.say(user, "question", self.rng.choice(QUESTIONS))
            await self.pause(3, 8)
        if self.rng.random() < 0.6:
            await self.say(user, "escalation", f"{self.rng.choice(ASK_HUMAN)} {self.rng.choice(PROBLEMS)}")
            thread = await self.thread_of(user)
            for _ in range(self.rng.randint(3, 5)):
                await self.pause(1, 4)
                await self.say(user, "follow-up", self.rng.choice(FOLLOW_UPS), channel=thread)
            await self.rate(user)

    async def thread_of(self, user: FakeMember) -> int | None:
        """The private thread the bot added the user to (None after a while: they write on in the help channel)."""
        deadline = time.monotonic() + ANSWER_WAIT * 2
        while time.monotonic() < deadline:
            for thread, members in self.fake.thread_members.items():
                if user.id in members:
                    return thread
            await asyncio.sleep(0.5)
        return None

    async def rate(self, user: FakeMember) -> None:
        """Wait for the rating request in the DM (after a moderator resolves) and press a score."""
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            request = next((c for c in self.to_dm(user) if any(i.startswith("sb:rate:") for i in c.custom_ids)), None)
            if request is not None:
                self.tally.actions["rating"] += 1
                await self.press(user, request.result, self.rng.choice(request.custom_ids), dm=True)
                return
            await asyncio.sleep(1)

    def cards(self) -> list[Call]:
        return [c for c in self.fake.delivered if is_bot_send(c) and c.custom_ids[:1]
                and c.custom_ids[0].startswith("sb:claim:")]

    def unclaimed_card(self) -> Call | None:
        return next((c for c in self.cards() if int(c.custom_ids[0].split(":")[2]) not in self.claimed), None)

    async def moderator(self, moderator: FakeMember) -> None:
        while True:
            card = self.unclaimed_card()
            if card is None:
                if self.users_done:
                    return
                await asyncio.sleep(0.5)
                continue
            number, thread = int(card.custom_ids[0].split(":")[2]), channel_of(card)
            self.claimed.add(number)
            self.tally.actions["claim"] += 1
            await self.press(moderator, card.result, f"sb:claim:{number}")
            await self.pause(0.5, 1.5)
            for _ in range(self.rng.randint(2, 4)):
                await self.say(moderator, "reply", self.rng.choice(REPLIES), channel=thread)
                await self.pause(0.5, 1.5)
            await asyncio.sleep(self.rng.uniform(3, 8))  # let the user's follow-ups come in
            self.tally.actions["resolve"] += 1
            await self.press(moderator, card.result, f"sb:resolve:{number}")

    async def killer(self, kills: int, duration: float) -> None:
        """SIGKILL the bot ``kills`` times, spread over the run, and start it again at once."""
        for _ in range(kills):
            await asyncio.sleep(duration / (kills + 1) * self.rng.uniform(0.7, 1.3))
            await self.bot.kill()
            self.tally.kills += 1
            self.tally.killed_at.append(time.monotonic())
            self.tally.restart_seconds.append(await self.bot.start())


def check(database: Path, fake: FakeDiscord, crowd: Crowd) -> dict[str, Any]:
    """Every tagged message: stored once, and shown to the other side once."""
    tally = crowd.tally
    db = sqlite3.connect(database)
    lines = db.execute("SELECT m.text, m.author, m.internal, t.escalated_at, m.at, m.ticket_id, t.card_ref, "
                       "t.thread_ref FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id").fetchall()
    threads = set(fake.threads)
    stored: Counter[str] = Counter()
    ticket_of: dict[str, int] = {}
    expected_staff, expected_user = set(), set()
    for text, author, internal, escalated_at, at, ticket_id, card_ref, _ in lines:
        for tag in (t for t in tally.said if t in text):
            said = tally.said[tag]
            stored[tag] += 1
            ticket_of[tag] = ticket_id
            in_thread = said.channel in threads  # written where the other side reads it
            if author == "user" and escalated_at is not None and at >= escalated_at and said.kind == "follow-up" \
                    and not in_thread:
                expected_staff.add(tag)
            if author == "moderator" and not internal and not (card_ref or "").endswith("/thread"):
                expected_user.add(tag)
    shown: dict[tuple[str, bool], list[float]] = {}
    for call in fake.delivered:
        if not is_bot_send(call):
            continue
        content = call.content.replace("\\", "")  # user text is shown to staff with markdown escaped
        for tag in (t for t in tally.said if t in content):
            staff = channel_of(call) in threads
            shown.setdefault((tag, staff), []).append(call.at)
    after_kill = sum(len(times) - 1 for times in shown.values() if len(times) > 1
                     and any(min(times) <= k <= max(times) for k in tally.killed_at))
    not_stored = [t for t in tally.said if stored[t] == 0]
    lost_relays = [t for t in expected_staff if (t, True) not in shown] + \
        [t for t in expected_user if (t, False) not in shown]
    duplicates = sum(len(times) - 1 for times in shown.values())
    requests = Counter(channel_of(c) for c in fake.delivered if is_bot_send(c)
                       and any(i.startswith("sb:rate:") for i in c.custom_ids))
    cards = Counter(c.custom_ids[0] for c in crowd.cards())
    states = dict(db.execute("SELECT state, count(*) FROM tickets GROUP BY state").fetchall())
    outbox = dict(db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    inbox = dict(db.execute("SELECT state, count(*) FROM inbox GROUP BY state").fetchall())
    down = [t for t, s in tally.said.items() if s.message_id in fake.missed]
    lost_down = [t for t in not_stored if t in down]
    # Discord lists no DM channels to a bot: a first DM written while it was down is not read back (documented).
    first_dm = [t for t in lost_down if not any(s.channel == tally.said[t].channel and s.message_id < tally.said[t]
                                                .message_id for s in tally.said.values())]
    return {
        "people_messages": len(tally.said), "actions": dict(tally.actions),
        "actions_total": sum(tally.actions.values()),
        "lost_not_stored": len(not_stored), "lost_not_relayed": len(lost_relays),
        "stored_twice": sum(1 for n in stored.values() if n > 1),
        "duplicates_seen": duplicates, "duplicates_across_a_kill": after_kill,
        "rating_requests_repeated": sum(n - 1 for n in requests.values() if n > 1),
        "cards_repeated": sum(n - 1 for n in cards.values() if n > 1),
        "dm_questions_unanswered": tally.unanswered, "unanswered_across_a_kill": tally.unanswered_across_a_kill,
        "help_channel_unanswered": help_channel_unanswered(db, fake, crowd, ticket_of),
        "presses_unanswered_3_tries": tally.presses_unanswered,
        "written_while_down": len(down), "written_while_down_stored": sum(1 for t in down if stored[t]),
        "lost_written_while_down": len(lost_down), "lost_first_dm_while_down": len(first_dm),
        "sent_to_two_connections": len(fake.sent_twice),
        "down_dm_questions_answered": f"{sum(a for _, a in tally.down_questions)}/{len(tally.down_questions)}",
        "inconsistent_tickets": inconsistent(db),
        "outbox": outbox, "outbox_parked": outbox.get("parked", 0), "inbox": inbox, "tickets": states,
        "kills": tally.kills, "restart_seconds": [round(s, 1) for s in tally.restart_seconds],
        "examples": {"not_stored": not_stored[:5], "not_relayed": lost_relays[:5]},
    }


def help_channel_unanswered(db: sqlite3.Connection, fake: FakeDiscord, crowd: Crowd, ticket_of: dict[str, int]) -> int:
    """Questions and escalations written in the help channel less the answers delivered there, per ticket.
    (Follow-ups written there while a ticket is open go to staff and get no answer: they are not counted.)"""
    asked: Counter[int] = Counter(ticket_of[t] for t, s in crowd.tally.said.items()
                                  if s.channel == fake.help_channel_id and t in ticket_of
                                  and s.kind in ("question", "escalation"))
    answered: Counter[int] = Counter()
    for ticket_id, payload in db.execute("SELECT ticket_id, payload FROM outbox WHERE kind = 'answer' "
                                         "AND state = 'done'"):
        if str(fake.help_channel_id) in str(json.loads(payload).get("to")):
            answered[ticket_id] += 1
    return sum(max(0, n - answered[ticket]) for ticket, n in asked.items())


async def run(args: argparse.Namespace) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="chaos-discord-"))
    database = folder / "desk.db"
    rate = args.fail
    fake = FakeDiscord(chaos=Chaos(error=rate * 0.5, flood=rate * 0.25, late=rate * 0.25, seed=args.seed),
                       miss_while_down=True)
    await fake.start()
    bot = BotProcess(fake, database, folder)
    crowd = Crowd(fake, bot, random.Random(args.seed), args.users, args.moderators, args.help_share)
    began = time.monotonic()
    try:
        first_start = await bot.start()
        moderators = [asyncio.create_task(crowd.moderator(m)) for m in crowd.moderators]
        killer = asyncio.create_task(crowd.killer(args.kills, args.duration))
        await asyncio.gather(*(crowd.user(u) for u in crowd.users))
        crowd.users_done = True
        await asyncio.gather(*moderators, killer)
        await settle(fake, database)
    finally:
        await bot.stop()
        await fake.close()
    report = check(database, fake, crowd)
    # For finding out why a message was lost: each tag's message, and what the fake never dispatched.
    said = {tag: {**vars(s), "missed": s.message_id in fake.missed} for tag, s in crowd.tally.said.items()}
    (folder / "said.json").write_text(json.dumps({"said": said, "killed_at": crowd.tally.killed_at}))
    chaos = fake.chaos
    report.update(seconds=round(time.monotonic() - began, 1), first_start_seconds=round(first_start, 1),
                  fake_fates=chaos.counts if chaos else {}, fake_failures=dict(chaos.kinds) if chaos else {},
                  users=args.users, moderators=args.moderators, logs=str(folder))
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=220, help="fewer for a quick run, e.g. 30")
    parser.add_argument("--moderators", type=int, default=5)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--fail", type=float, default=0.22, help="share of sending calls the fake fails")
    parser.add_argument("--help-share", type=float, default=0.25, help="share of users asking in the help channel")
    parser.add_argument("--duration", type=float, default=300.0, help="seconds over which the kills are spread")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    show(asyncio.run(run(args)), as_json=args.json)


if __name__ == "__main__":
    main()
