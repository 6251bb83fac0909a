"""Chaos benchmark: the real Telegram adapter, a Bot API that fails sends, and a bot killed with SIGKILL.

Hundreds of users ask questions, ask for a person and write follow-ups; moderators claim (button),
reply and resolve (command) in the topics; users rate (button). Meanwhile the fake Bot API fails a
share of the bot's sending calls (500; 429 with ``retry_after``; and answers that arrive after the
client's timeout although the message was shown), and the bot process is killed with SIGKILL and
restarted. Afterwards every tagged message people wrote is looked up in the database and in what
the fake delivered. Usage:

    python bench/chaos.py [--users 200] [--moderators 5] [--kills 3] [--fail 0.2] [--seed 1] [--json]

It prints the counts: lost messages (must be 0), duplicates a person saw, questions left without an
answer, tickets whose events disagree with their state, parked outbox rows.
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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the fake Bot API lives with the tests

from tests.telegram.fake_bot_api import TOKEN, Call, Chaos, FakeBotApi, FakeUser  # noqa: E402

QUESTIONS = ["How do I back up my wallet?", "怎么备份助记词？", "my transfer has been pending for an hour",
             "转账一直显示打包中怎么办", "how do I add a custom token", "怎么添加自定义代币",
             "I forgot my wallet password", "忘记钱包密码了怎么办", "why is the network fee so high",
             "提币手续费怎么算的", "how do I switch to the TRON network", "NFT不显示怎么办"]
PROBLEMS = ["my USDT withdrawal never arrived", "充值的USDT一直没到账", "my account is frozen",
            "授权了奇怪的合约怎么办"]
REPLIES = ["We are checking this for you.", "请稍等，正在查询。", "Could you send the transaction hash?",
           "已经处理好了。"]
ANSWER_WAIT = 60.0  # how long a user waits for the bot's answer before writing on (a restart takes ~10 s)


@dataclass
class Tally:
    """What people did, by tag, and what the checks found."""

    sent: dict[str, tuple[str, int]] = field(default_factory=dict)  # tag -> (kind, chat id of the author)
    actions: Counter[str] = field(default_factory=Counter)
    unanswered: int = 0
    unanswered_across_a_kill: int = 0
    kills: int = 0
    killed_at: list[float] = field(default_factory=list)
    restart_seconds: list[float] = field(default_factory=list)


class BotProcess:
    """`supportbot run telegram` as a child process, against the fake Bot API."""

    def __init__(self, api: FakeBotApi, database: Path, folder: Path) -> None:
        self.api, self.database, self.folder = api, database, folder
        self.process: asyncio.subprocess.Process | None = None
        self.runs = 0

    def env(self) -> dict[str, str]:
        return {**os.environ, "HF_HUB_OFFLINE": "1", "SUPPORTBOT_DATABASE_URL": f"sqlite:///{self.database}",
                "SUPPORTBOT_TELEGRAM_TOKEN": TOKEN, "SUPPORTBOT_TELEGRAM_BASE_URL": self.api.base_url,
                "SUPPORTBOT_TELEGRAM_BASE_FILE_URL": self.api.base_url.replace("/bot", "/file/bot"),
                "SUPPORTBOT_TELEGRAM_STAFF_CHAT_ID": str(self.api.staff_chat_id),
                "SUPPORTBOT_TELEGRAM_POLL_TIMEOUT": "1", "SUPPORTBOT_TELEGRAM_GROUP_MAX_RATE": "100000",
                "SUPPORTBOT_TELEGRAM_OVERALL_MAX_RATE": "1000", "SUPPORTBOT_LIMIT_BURST": "0",
                "SUPPORTBOT_LIMIT_PER_MINUTE": "0", "SUPPORTBOT_LIMIT_TICKETS_PER_HOUR": "0",
                "SUPPORTBOT_SLA_UNCLAIMED_MINUTES": "0", "SUPPORTBOT_SLA_UNANSWERED_MINUTES": "0",
                "SUPPORTBOT_SLA_AUTO_CLOSE_HOURS": "0", "SUPPORTBOT_OUTBOX_POLL_SECONDS": "0.5",
                "SUPPORTBOT_OUTBOX_BACKOFF_SECONDS": "0.5", "SUPPORTBOT_OUTBOX_BACKOFF_CAP_SECONDS": "10",
                "SUPPORTBOT_OUTBOX_MAX_ATTEMPTS": "12", "SUPPORTBOT_LOG_LEVEL": "WARNING"}

    async def start(self) -> float:
        """Start the bot and wait until it polls; return how long that took."""
        began, mark = time.monotonic(), self.api.mark()
        self.runs += 1
        log = (self.folder / f"bot-{self.runs}.log").open("wb")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-c", "from bots.cli import main; main()", "run", "telegram",
            env=self.env(), cwd=ROOT, stdout=log, stderr=log)
        await self.api.wait("deleteWebhook", mark)  # the updater's bootstrap: polling starts next
        return time.monotonic() - began

    async def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 30)
            except TimeoutError:
                await self.kill()


class Watcher:
    """What the fake delivered, read incrementally: messages per chat, rating requests, ticket cards."""

    def __init__(self, api: FakeBotApi) -> None:
        self.api, self.seen = api, 0
        self.to_chat: Counter[str] = Counter()
        self.ratings: dict[str, Call] = {}
        self.cards: list[Call] = []

    def update(self) -> None:
        new = self.api.delivered[self.seen:]
        self.seen += len(new)
        for call in new:
            if call.method != "sendMessage":
                continue
            chat = call.params.get("chat_id", "")
            self.to_chat[chat] += 1
            data = [d for _, d in call.buttons]
            if any(d.startswith("rate:") for d in data):
                self.ratings[chat] = call
            if call.text.startswith("🎫") and call.params.get("message_thread_id") and data[:1] and \
                    data[0].startswith("claim:"):
                self.cards.append(call)


class Crowd:
    """Users and moderators acting at once through the fake Bot API."""

    def __init__(self, api: FakeBotApi, bot: BotProcess, rng: random.Random, users: int, moderators: int) -> None:
        self.api, self.bot, self.rng = api, bot, rng
        self.users = [FakeUser(100_000 + n, f"user{n}", rng.choice(["en", "zh-hans"])) for n in range(users)]
        self.moderators = [FakeUser(200_000 + n, f"mod{n}") for n in range(moderators)]
        self.tally = Tally()
        self.watcher = Watcher(api)
        self.claimed: set[int] = set()  # ticket numbers some moderator pressed claim for
        self.users_done = False
        self._tags = Counter[str]()

    def tag(self, who: FakeUser) -> str:
        self._tags[str(who.id)] += 1
        return f"⟦{who.id}-{self._tags[str(who.id)]}⟧"

    def say(self, who: FakeUser, kind: str, text: str, thread: int | None = None) -> str:
        tag = self.tag(who)
        self.tally.sent[tag] = (kind, who.id)
        self.tally.actions[kind] += 1
        if thread is None:
            self.api.private_message(who, f"{text} {tag}")
        else:
            self.api.topic_message(who, thread, f"{text} {tag}")
        return tag

    async def pause(self, low: float = 0.3, high: float = 2.0) -> None:
        await asyncio.sleep(self.rng.uniform(low, high))

    def received(self, user: FakeUser) -> int:
        self.watcher.update()
        return self.watcher.to_chat[str(user.id)]

    async def answered(self, user: FakeUser, before: int) -> bool:
        """Wait until the bot has shown the user something more than ``before`` messages."""
        began = time.monotonic()
        while time.monotonic() < began + ANSWER_WAIT:
            if self.received(user) > before:
                return True
            await asyncio.sleep(0.2)
        self.tally.unanswered += 1
        self.tally.unanswered_across_a_kill += any(began <= k for k in self.tally.killed_at)
        return False

    async def user(self, user: FakeUser) -> None:
        await asyncio.sleep(self.rng.uniform(0, 40))  # people arrive over time
        for _ in range(self.rng.randint(2, 4)):
            before = self.received(user)
            self.say(user, "question", self.rng.choice(QUESTIONS))
            await self.answered(user, before)
            await self.pause()
        if self.rng.random() < 0.6:
            before = self.received(user)
            self.say(user, "escalation", f"/human {self.rng.choice(PROBLEMS)}")
            await self.answered(user, before)
            for _ in range(self.rng.randint(3, 5)):
                await self.pause(1, 4)
                self.say(user, "follow-up", self.rng.choice(["here is my tx hash", "any news?", "还在吗",
                                                             "I tried again, same problem", "截图发不了"]))
            await self.rate(user)

    async def rate(self, user: FakeUser) -> None:
        """Wait for the rating request (after a moderator resolves) and press a score."""
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            self.watcher.update()
            request = self.watcher.ratings.get(str(user.id))
            if request is not None:
                self.tally.actions["rating"] += 1
                self.api.press(user, request, self.rng.choice([d for _, d in request.buttons]))
                return
            await asyncio.sleep(1)

    async def moderator(self, moderator: FakeUser) -> None:
        while True:
            card = self.unclaimed_card()
            if card is None:
                if self.users_done and not self.open_cards():
                    return
                await asyncio.sleep(0.5)
                continue
            number, thread = int(card.buttons[0][1].split(":")[1]), int(card.params["message_thread_id"])
            self.claimed.add(number)
            self.tally.actions["claim"] += 1
            self.api.press(moderator, card, f"claim:{number}")
            await self.pause(0.5, 1.5)
            for _ in range(self.rng.randint(2, 4)):
                self.say(moderator, "reply", self.rng.choice(REPLIES), thread)
                await self.pause(0.5, 1.5)
            await asyncio.sleep(self.rng.uniform(3, 8))  # let the user's follow-ups come in
            self.tally.actions["resolve"] += 1
            self.api.topic_message(moderator, thread, "/resolve")

    def cards(self) -> list[Call]:
        self.watcher.update()
        return self.watcher.cards

    def unclaimed_card(self) -> Call | None:
        for card in self.cards():
            if int(card.buttons[0][1].split(":")[1]) not in self.claimed:
                return card
        return None

    def open_cards(self) -> bool:
        return any(int(c.buttons[0][1].split(":")[1]) not in self.claimed for c in self.cards())

    async def killer(self, kills: int, duration: float) -> None:
        """SIGKILL the bot ``kills`` times, spread over the run, and start it again at once."""
        for _ in range(kills):
            await asyncio.sleep(duration / (kills + 1) * self.rng.uniform(0.7, 1.3))
            await self.bot.kill()
            self.tally.kills += 1
            self.tally.killed_at.append(time.monotonic())
            self.tally.restart_seconds.append(await self.bot.start())


def check(database: Path, api: FakeBotApi, tally: Tally) -> dict[str, Any]:
    """Every tagged message: stored once, and shown to the other side once."""
    db = sqlite3.connect(database)
    lines = db.execute("SELECT m.text, m.author, m.internal, t.escalated_at, m.at, m.ticket_id "
                       "FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id").fetchall()
    stored: Counter[str] = Counter()
    expected_staff, expected_user = set(), set()
    for text, author, internal, escalated_at, at, _ in lines:
        for tag, (kind, _) in ((t, tally.sent[t]) for t in tally.sent if t in text):
            stored[tag] += 1
            if author == "user" and escalated_at is not None and at >= escalated_at and kind == "follow-up":
                expected_staff.add(tag)
            if author == "moderator" and not internal:
                expected_user.add(tag)
    shown_staff: Counter[str] = Counter()
    shown_user: Counter[str] = Counter()
    shown_at: dict[tuple[str, bool], list[float]] = {}
    for call in api.delivered:
        if call.method not in ("sendMessage", "sendPhoto", "sendDocument"):
            continue
        for tag in (t for t in tally.sent if t in call.text):
            staff = call.params.get("chat_id", "").startswith("-")
            (shown_staff if staff else shown_user)[tag] += 1
            shown_at.setdefault((tag, staff), []).append(call.at)
    # A copy sent again by a process started after a SIGKILL is the at-least-once window; others are not.
    after_kill = sum(len(times) - 1 for times in shown_at.values() if len(times) > 1
                     and any(min(times) <= k <= max(times) for k in tally.killed_at))
    not_stored = [t for t in tally.sent if stored[t] == 0]
    lost_relays = [t for t in expected_staff if shown_staff[t] == 0] + [t for t in expected_user if shown_user[t] == 0]
    duplicates = sum(n - 1 for n in shown_staff.values() if n > 1) + sum(n - 1 for n in shown_user.values() if n > 1)
    rating_requests = Counter(c.params.get("chat_id") for c in api.delivered if c.method == "sendMessage"
                              and any(d.startswith("rate:") for _, d in c.buttons))
    states = dict(db.execute("SELECT state, count(*) FROM tickets GROUP BY state").fetchall())
    outbox = dict(db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    unconfirmed = db.execute("SELECT count(*) FROM outbox WHERE result = 'unconfirmed'").fetchone()[0]
    inbox = dict(db.execute("SELECT state, count(*) FROM inbox GROUP BY state").fetchall())
    return {
        "people_messages": len(tally.sent), "actions": dict(tally.actions),
        "actions_total": sum(tally.actions.values()),
        "lost_not_stored": len(not_stored), "lost_not_relayed": len(lost_relays),
        "stored_twice": sum(1 for n in stored.values() if n > 1),
        "duplicates_seen": duplicates, "duplicates_across_a_kill": after_kill,
        "rating_requests_repeated": sum(n - 1 for n in rating_requests.values() if n > 1),
        "questions_unanswered": tally.unanswered, "unanswered_across_a_kill": tally.unanswered_across_a_kill,
        "inconsistent_tickets": inconsistent(db),
        "outbox": outbox, "outbox_parked": outbox.get("parked", 0), "outbox_unconfirmed": unconfirmed,
        "inbox": inbox, "tickets": states, "kills": tally.kills,
        "restart_seconds": [round(s, 1) for s in tally.restart_seconds],
        "examples": {"not_stored": not_stored[:5], "not_relayed": lost_relays[:5]},
    }


def inconsistent(db: sqlite3.Connection) -> int:
    """Tickets whose state is not the one their last state event leads to, or whose timestamps disagree."""
    leads = {"created": "pending", "escalated": "open", "claimed": "claimed", "resolved": "resolved",
             "closed": "closed", "reopened": "open", "rated": "closed"}
    bad = 0
    for ticket_id, state, moderator, resolved_at, closed_at in db.execute(
            "SELECT id, state, moderator_id, resolved_at, closed_at FROM tickets"):
        kinds = [k for (k,) in db.execute("SELECT kind FROM ticket_events WHERE ticket_id = ? ORDER BY id",
                                          (ticket_id,)) if k in leads]
        missing = {"claimed": moderator, "resolved": resolved_at, "closed": closed_at}
        if not kinds or leads[kinds[-1]] != state or (state in missing and missing[state] is None):
            bad += 1
    return bad


class Recorder(Protocol):
    """A fake platform that records the calls that took effect (the Telegram and the Discord fake)."""

    @property
    def delivered(self) -> Sequence[Any]: ...


async def settle(api: Recorder, database: Path, quiet: float = 8.0, limit: float = 300.0) -> None:
    """Wait until nothing is pending in the outbox or the inbox and the bot has been quiet a while."""
    deadline, last = time.monotonic() + limit, (len(api.delivered), time.monotonic())
    while time.monotonic() < deadline:
        await asyncio.sleep(1)
        db = sqlite3.connect(database)
        pending = db.execute("SELECT (SELECT count(*) FROM outbox WHERE state = 'pending') + "
                             "(SELECT count(*) FROM inbox WHERE state = 'pending')").fetchone()[0]
        db.close()
        if len(api.delivered) != last[0]:
            last = (len(api.delivered), time.monotonic())
        if not pending and time.monotonic() - last[1] >= quiet:
            return


async def run(args: argparse.Namespace) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="chaos-"))
    database = folder / "desk.db"
    rate = args.fail
    api = FakeBotApi(group_limit=(1_000_000, 60.0),
                     chaos=Chaos(error=rate * 0.5, flood=rate * 0.25, late=rate * 0.25, late_seconds=6.0,
                                 seed=args.seed))
    await api.start()
    bot = BotProcess(api, database, folder)
    rng = random.Random(args.seed)
    crowd = Crowd(api, bot, rng, args.users, args.moderators)
    began = time.monotonic()
    try:
        first_start = await bot.start()
        moderators = [asyncio.create_task(crowd.moderator(m)) for m in crowd.moderators]
        killer = asyncio.create_task(crowd.killer(args.kills, args.duration))
        await asyncio.gather(*(crowd.user(u) for u in crowd.users))
        crowd.users_done = True
        await asyncio.gather(*moderators, killer)
        await settle(api, database)
    finally:
        await bot.stop()
        await api.close()
    report = check(database, api, crowd.tally)
    report.update(seconds=round(time.monotonic() - began, 1), first_start_seconds=round(first_start, 1),
                  fake_fates=api.chaos.counts if api.chaos else {}, users=args.users, moderators=args.moderators,
                  logs=str(folder))
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--moderators", type=int, default=5)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--fail", type=float, default=0.2, help="share of sending calls the fake fails")
    parser.add_argument("--duration", type=float, default=120.0, help="seconds over which the kills are spread")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    show(asyncio.run(run(args)), as_json=args.json)


def show(report: dict[str, Any], *, as_json: bool) -> None:
    """Print a chaos report: one JSON line, or one figure a line."""
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return
    for key, value in report.items():
        print(f"{key:30s} {value}")


if __name__ == "__main__":
    main()
