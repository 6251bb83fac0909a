"""A Discord gateway and REST API on 127.0.0.1 for tests, speaking the documented payloads.

discord.py connects to it as to discord.com: it logs in over REST, opens the gateway websocket,
identifies, receives READY and GUILD_CREATE, and then the events tests dispatch (MESSAGE_CREATE,
INTERACTION_CREATE, GUILD_MEMBER_ADD, GUILD_MEMBER_UPDATE). Everything the bot does over REST is
recorded; thread creation and updates are echoed back as gateway events as Discord does.

It refuses what Discord refuses (https://discord.com/developers/docs): an interaction's first
response more than 3 seconds after it was created (404, code 10062 "Unknown interaction"), a second
first response (400, code 40060), a follow-up before the interaction was acknowledged or more than
15 minutes after it (404, code 10015), and a third channel rename within ten minutes (429 with
``retry_after``, the documented per-channel limit on name changes), and, without the permission it
takes (403, code 50013 "Missing Permissions"): deleting someone else's message (Manage Messages), a
ban (Ban Members), a timeout (Moderate Members).
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import itertools
import json
import math
import random
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import discord
from aiohttp import web

TOKEN = "fake.discord.token"
APP_ID = 900_000_000_000_000_001
BOT = {"id": str(APP_ID), "username": "supportbot", "discriminator": "0", "global_name": "Support", "avatar": None,
       "bot": True}
WAIT_LIMIT = 30.0  # a guard against a hung test, not a speed assertion
DM_BASE = 600_000_000_000_000_000  # a DM channel's id is this plus its user's
DM_SPAN = 100_000_000_000_000_000  # ids from here on are guild channels and threads
INTERACTION_DEADLINE = 3.0  # seconds to the first response
FOLLOWUP_WINDOW = 15 * 60  # an interaction token's lifetime
RENAMES_PER_WINDOW, RENAME_WINDOW = 2, 600.0  # channel name changes per ten minutes
MANAGE_GUILD = 1 << 5
VIEW_AND_SEND = (1 << 10) | (1 << 11) | (1 << 16)
MANAGE_THREADS, CREATE_PRIVATE_THREADS, SEND_MESSAGES_IN_THREADS = 1 << 34, 1 << 36, 1 << 38
BAN_MEMBERS, MANAGE_MESSAGES, MODERATE_MEMBERS = 1 << 2, 1 << 13, 1 << 40
ATTACH_FILES = 1 << 15
ATTACHMENT_LIMIT = 10 * 1024 * 1024  # bytes an attachment may have in a server without boosts
ATTACHMENTS_PER_MESSAGE = 10  # files on one message
BOT_RIGHTS = 360777346048 | ATTACH_FILES  # what the README's invite link grants
GUARD_RIGHTS = BOT_RIGHTS | BAN_MEMBERS | MODERATE_MEMBERS  # with the community guard (README)


def now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class FakeMember:
    id: int
    name: str
    roles: tuple[int, ...] = ()
    nick: str | None = None  # the server nickname, shown instead of the global name

    def user(self) -> dict[str, Any]:
        return {"id": str(self.id), "username": self.name.lower(), "discriminator": "0", "global_name": self.name,
                "avatar": None}

    def member(self, permissions: int = VIEW_AND_SEND) -> dict[str, Any]:
        return {"user": self.user(), "roles": [str(r) for r in self.roles], "joined_at": now(), "deaf": False,
                "mute": False, "flags": 0, "nick": self.nick, "permissions": str(permissions)}


@dataclass
class Call:
    """One REST request the bot made."""

    method: str
    path: str
    body: Any
    query: dict[str, str] = field(default_factory=dict)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # multipart "files[n]" -> (name, content)
    at: float = field(default_factory=time.monotonic)
    result: Any = None  # what the fake answered when it took effect (a sent message, a thread)

    @property
    def content(self) -> str:
        body = self.body if isinstance(self.body, dict) else {}
        data = body.get("data", body) or {}
        return data.get("content") or ""

    @property
    def ephemeral(self) -> bool:
        """Whether only the presser sees it (flag 64, on a first response or a follow-up)."""
        body = self.body if isinstance(self.body, dict) else {}
        data = body.get("data", body) or {}
        return bool(int(data.get("flags") or 0) & 64)

    @property
    def embed_text(self) -> str:
        body = self.body if isinstance(self.body, dict) else {}
        data = body.get("data", body) or {}
        return "\n".join(e.get("description", "") for e in data.get("embeds") or [])

    @property
    def custom_ids(self) -> list[str]:
        body = self.body if isinstance(self.body, dict) else {}
        data = body.get("data", body) or {}
        return [c.get("custom_id", "") for row in data.get("components") or [] for c in row.get("components", [])]

    @property
    def labels(self) -> list[str]:
        body = self.body if isinstance(self.body, dict) else {}
        data = body.get("data", body) or {}
        return [c.get("label", "") for row in data.get("components") or [] for c in row.get("components", [])]


@dataclass
class Chaos:
    """Random failures of the bot's sending calls, the ways Discord fails them, and strong enough to get past
    discord.py's own retries (``HTTPClient.request`` tries a 500 five times over ~25 s and sleeps through a
    429 up to the client's ``max_ratelimit_timeout``), so they reach the bot's outbox.

    Sends (``POST`` a message, a thread, an interaction's follow-up): ``error`` nothing sent, half a 503
    (raised at once) and half a 500 that lasts through the client's retries; ``flood`` nothing sent, a 429
    with ``retry_after`` in ``long_flood`` (above 30 s: discord.py raises ``RateLimited``), one in three a
    short one it waits out; ``late`` carried out, answered ``late_seconds`` later. An interaction's first
    response (3 s to live) only fails once with 500, which discord.py sends again a second later, or is
    answered late. Successful answers carry ``X-RateLimit-*`` headers, as Discord's do.
    """

    error: float = 0.0
    flood: float = 0.0
    late: float = 0.0
    late_seconds: float = 5.0
    long_flood: tuple[float, float] = (31.0, 40.0)
    seed: int = 7

    def __post_init__(self) -> None:
        self.random = random.Random(self.seed)
        self.counts: dict[str, int] = {"error": 0, "flood": 0, "late": 0, "ok": 0}
        self.kinds: Counter[str] = Counter()  # 503, 500-run, 500-once, 429-long, 429-short, late
        self._outages: dict[str, int] = {}  # a request's key -> how many more tries still get a 500

    @staticmethod
    def sends(call: Call) -> str | None:
        """Which kind of sending call this is ("send", "callback"), or None for one chaos leaves alone."""
        if call.method != "POST":
            return None
        if re.fullmatch(r"/channels/\d+/(messages|threads)|/webhooks/\d+/[^/]+", call.path):
            return "send"
        return "callback" if re.fullmatch(r"/interactions/\d+/[^/]+/callback", call.path) else None

    def fate(self, call: Call) -> tuple[str, int, float]:
        """(what happens, the status to answer, seconds: a 429's ``retry_after`` or a late answer's delay)."""
        kind = self.sends(call)
        if kind is None:
            return "ok", 200, 0.0
        key = f"{call.method} {call.path} {json.dumps(call.body, sort_keys=True)}"
        if self._outages.get(key):  # discord.py sending the same request again: the outage goes on
            self._outages[key] -= 1
            return "retry", 500, 0.0
        roll = self.random.random()
        fate = ("error" if roll < self.error else "flood" if roll < self.error + self.flood
                else "late" if roll < self.error + self.flood + self.late else "ok")
        self.counts[fate] += 1
        if fate == "ok":
            return "ok", 200, 0.0
        if fate == "late":
            self.kinds["late"] += 1
            return "late", 200, self.late_seconds
        if kind == "callback":  # short enough for the interaction's 3 s
            self.kinds["500-once" if fate == "error" else "429-short"] += 1
            return fate, 500 if fate == "error" else 429, round(self.random.uniform(0.3, 0.8), 3)
        if fate == "error":
            if self.random.random() < 0.5:
                self.kinds["503"] += 1
                return "error", 503, 0.0
            self.kinds["500-run"] += 1
            self._outages[key] = 4  # the client's four retries fail too
            return "error", 500, 0.0
        if self.random.random() < 1 / 3:
            self.kinds["429-short"] += 1
            return "flood", 429, round(self.random.uniform(1.0, 3.0), 3)
        self.kinds["429-long"] += 1
        return "flood", 429, round(self.random.uniform(*self.long_flood), 3)


def rate_limit_headers(call: Call, remaining: int, reset_after: float) -> dict[str, str]:
    """The ``X-RateLimit-*`` headers Discord puts on its answers, with a bucket per route."""
    route = re.sub(r"\d{6,}", "{id}", f"{call.method} {call.path}")
    return {"X-RateLimit-Limit": "50", "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}", "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": hashlib.md5(route.encode()).hexdigest()[:16]}


@dataclass
class FakeDiscord:
    guild_id: int = 700_000_000_000_000_001
    help_channel_id: int = 700_000_000_000_000_010
    support_channel_id: int = 700_000_000_000_000_020
    forum_channel_id: int = 700_000_000_000_000_030
    security_channel_id: int = 700_000_000_000_000_040  # a second staff-only text channel, for routes
    public_channel_id: int = 700_000_000_000_000_050  # a public chat channel, for the community guard
    forum_tags: tuple[str, ...] = ("open", "claimed", "resolved")
    moderator_role_id: int = 700_000_000_000_000_100
    admin_role_id: int = 700_000_000_000_000_200
    members: list[FakeMember] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    threads: dict[int, dict[str, Any]] = field(default_factory=dict)
    thread_members: dict[int, set[int]] = field(default_factory=dict)
    refused: list[tuple[Call, int, dict[str, Any]]] = field(default_factory=list)  # (call, status, error body)
    renames: dict[int, list[float]] = field(default_factory=dict)
    interactions: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> created, acknowledged
    # The bot's own role (its permissions in every channel) and threads someone deleted.
    bot_role_id: int = 700_000_000_000_000_900
    bot_permissions: int = BOT_RIGHTS
    deleted_threads: set[int] = field(default_factory=set)
    # What moderation did: deleted message ids, banned user ids, timeouts (user id -> until, ISO).
    deleted: list[int] = field(default_factory=list)
    banned: list[int] = field(default_factory=list)
    timeouts: dict[int, str] = field(default_factory=dict)
    # Failing sends (``Chaos``); ``miss_while_down``: what people write or press while no bot is connected is
    # not sent when one connects (Discord does not replay it): messages stay in their channel's history.
    chaos: Chaos | None = None
    miss_while_down: bool = False

    def __post_init__(self) -> None:
        self._ids = Snowflakes()
        self._seq = itertools.count(1)
        self._changed = asyncio.Condition()
        self._sockets: list[web.WebSocketResponse] = []
        self._runner: web.AppRunner | None = None
        self.base = ""
        self.gateway = ""
        self.identified = asyncio.Event()
        self.intents = 0  # the gateway intents the bot identified with
        self.delivered: list[Call] = []  # calls that took effect (what people saw), late answers included
        self.failed: list[tuple[Call, int]] = []  # calls chaos failed, with the status answered
        self.missed: list[int] = []  # ids of messages no bot got over the gateway
        self.sent_twice: list[int] = []  # ids of messages sent to more than one connection

    async def start(self) -> None:
        # Room above the attachment limit, so an oversized upload is refused Discord's way, not aiohttp's.
        app = web.Application(client_max_size=ATTACHMENT_LIMIT + 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}/api/v10"
        self.gateway = f"ws://127.0.0.1:{port}/gateway"

    async def close(self) -> None:
        for ws in self._sockets:
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- what people do ---------------------------------------------------------------------------

    async def message(self, author: FakeMember, content: str, *, channel_id: int | None = None, dm: bool = False,
                      attachments: list[dict[str, Any]] | None = None, missed: bool = False) -> dict[str, Any]:
        """MESSAGE_CREATE: a user writes in a server channel, a thread, or a DM (``missed``: while no bot was
        connected: kept in the channel, never sent over the gateway)."""
        data: dict[str, Any] = {
            "id": str(next(self._ids)), "channel_id": str(channel_id or self.help_channel_id), "author": author.user(),
            "content": content, "timestamp": now(), "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": attachments or [],
            "embeds": [], "pinned": False, "type": 0, "flags": 0, "components": []}
        if dm:
            data["channel_id"] = str(channel_id or DM_BASE + author.id)
        else:
            data["guild_id"] = str(self.guild_id)
            member = author.member()
            member.pop("user")
            data["member"] = member
        self.messages[int(data["id"])] = data
        copies = 0 if missed else await self.dispatch("MESSAGE_CREATE", data)
        if not copies:
            self.missed.append(int(data["id"]))
        if copies > 1:
            self.sent_twice.append(int(data["id"]))
        return data

    async def edit(self, message: dict[str, Any], content: str, *, missed: bool = False) -> None:
        """MESSAGE_UPDATE: its author edits a message (the gateway sends the whole message, marked edited;
        ``missed``: while no bot was connected, so only the channel's history shows it)."""
        message.update(content=content, edited_timestamp=now())
        if not missed:
            await self.dispatch("MESSAGE_UPDATE", dict(message))

    async def delete(self, message: dict[str, Any], *, missed: bool = False) -> None:
        """MESSAGE_DELETE: a message is deleted; the gateway names only the message and its channel."""
        self.messages.pop(int(message["id"]), None)
        gone = {"id": message["id"], "channel_id": message["channel_id"]}
        if "guild_id" in message:
            gone["guild_id"] = message["guild_id"]
        if not missed:
            await self.dispatch("MESSAGE_DELETE", gone)

    async def press(self, who: FakeMember, message: dict[str, Any], custom_id: str, *, dm: bool = False,
                    locale: str = "en-US", guild_id: int | None = None, permissions: int = VIEW_AND_SEND) -> str:
        """INTERACTION_CREATE for a button on ``message`` (any ``custom_id``: a client may send what it likes);
        ``guild_id`` another server the presser is in; returns the interaction id."""
        return await self._interaction(who, 3, {"custom_id": custom_id, "component_type": 2},
                                       int(message["channel_id"]), dm=dm, locale=locale, message=message,
                                       guild_id=guild_id, permissions=permissions)

    async def slash(self, who: FakeMember, name: str, options: list[dict[str, Any]], *, channel_id: int | None = None,
                    dm: bool = False, locale: str = "en-US", permissions: int = VIEW_AND_SEND,
                    users: tuple[FakeMember, ...] = ()) -> str:
        """INTERACTION_CREATE for a slash command; the ``users`` its options name come resolved, as from Discord."""
        data: dict[str, Any] = {"id": str(next(self._ids)), "name": name, "type": 1, "options": options}
        if users:
            members = {str(u.id): {k: v for k, v in u.member().items() if k != "user"} for u in users}
            data["resolved"] = {"users": {str(u.id): u.user() for u in users}, **({} if dm else {"members": members})}
        return await self._interaction(who, 2, data, channel_id or self.help_channel_id, dm=dm, locale=locale,
                                       permissions=permissions)

    async def submit(self, who: FakeMember, modal: Call, values: dict[str, str], *, channel_id: int | None = None,
                     locale: str = "en-US", permissions: int = VIEW_AND_SEND) -> str:
        """INTERACTION_CREATE for a modal the bot opened (``modal`` is its callback call), by field label."""
        spec = modal.body["data"]
        rows = []
        for row in spec["components"]:
            field_ = row["components"][0] if row.get("type") == 1 else row["component"]
            value = values.get(field_.get("label") or row.get("label", ""), field_.get("value") or "")
            rows.append({"type": 1, "components": [{"type": 4, "custom_id": field_["custom_id"], "value": value}]})
        return await self._interaction(who, 5, {"custom_id": spec["custom_id"], "components": rows},
                                       channel_id or self.help_channel_id, locale=locale, permissions=permissions)

    async def user_menu(self, who: FakeMember, name: str, target: FakeMember, *, channel_id: int | None = None,
                        locale: str = "en-US") -> str:
        """INTERACTION_CREATE for a user context menu (type 2) on ``target``, resolved as a member."""
        member = target.member()
        member.pop("user")
        data = {"id": str(next(self._ids)), "name": name, "type": 2, "target_id": str(target.id),
                "resolved": {"users": {str(target.id): target.user()}, "members": {str(target.id): member}}}
        return await self._interaction(who, 2, data, channel_id or self.help_channel_id, locale=locale)

    async def message_menu(self, who: FakeMember, name: str, message: dict[str, Any], *,
                           locale: str = "en-US") -> str:
        """INTERACTION_CREATE for a message context menu (type 3) on ``message``."""
        data = {"id": str(next(self._ids)), "name": name, "type": 3, "target_id": message["id"],
                "resolved": {"messages": {message["id"]: message}}}
        return await self._interaction(who, 2, data, int(message["channel_id"]), locale=locale)

    async def join(self, member: FakeMember) -> None:
        """GUILD_MEMBER_ADD: someone joins the server."""
        self.members.append(member)
        await self.dispatch("GUILD_MEMBER_ADD", {**member.member(), "guild_id": str(self.guild_id)})

    async def rename(self, member: FakeMember, nick: str | None) -> FakeMember:
        """GUILD_MEMBER_UPDATE: a member sets their server nickname; returns the member as renamed."""
        renamed = dataclasses.replace(member, nick=nick)  # the shared test members stay as they were
        self.members = [renamed if m.id == member.id else m for m in self.members]
        await self.dispatch("GUILD_MEMBER_UPDATE", {**renamed.member(), "guild_id": str(self.guild_id)})
        return renamed

    async def _interaction(self, who: FakeMember, kind: int, data: dict[str, Any], channel_id: int, *,
                           dm: bool = False, locale: str, message: dict[str, Any] | None = None,
                           permissions: int = VIEW_AND_SEND, guild_id: int | None = None) -> str:
        interaction_id = str(next(self._ids))
        payload: dict[str, Any] = {
            "id": interaction_id, "application_id": str(APP_ID), "type": kind, "data": data,
            "channel_id": str(channel_id), "token": f"tok{interaction_id}", "version": 1, "locale": locale,
            "app_permissions": "0", "entitlements": [], "authorizing_integration_owners": {}, "context": 1 if dm else 0,
            "attachment_size_limit": 8388608}
        if message is not None:
            payload["message"] = message
        self.interactions[interaction_id] = {"created": time.monotonic(), "acknowledged": None}
        if dm:
            payload["user"] = who.user()
            payload["channel"] = {"id": str(channel_id), "type": 1}
        else:
            payload["guild_id"] = str(guild_id or self.guild_id)
            payload["guild_locale"] = "en-US"
            payload["member"] = who.member(permissions)
            channel = self.threads.get(channel_id) or {"id": str(channel_id), "type": 0, "guild_id": str(self.guild_id),
                                                        "name": "help", "position": 0, "permission_overwrites": []}
            payload["channel"] = channel
        await self.dispatch("INTERACTION_CREATE", payload)
        return interaction_id

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send an event to the bot; return to how many connections (none: with ``miss_while_down`` and no bot
        connected it is dropped, else it waits for one to connect)."""
        if not self.miss_while_down:
            await self.identified.wait()
        got = 0
        for ws in list(self._sockets):
            try:
                await ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})
                got += 1
            except (ConnectionError, RuntimeError):  # a killed bot's socket, not yet closed here
                continue
        return got

    # -- what the bot did ---------------------------------------------------------------------------

    def mark(self) -> int:
        return len(self.calls)

    @property
    def connected(self) -> bool:
        """Whether a bot is connected to the gateway (it identified and its socket is open)."""
        return bool(self._sockets)

    def sent(self, method: str, path_part: str, since: int = 0) -> list[Call]:
        """Requests after ``since`` whose path contains ``path_part`` (or equals it, written with a final "$")."""
        if path_part.endswith("$"):
            return [c for c in self.calls[since:] if c.method == method and c.path == path_part[:-1]]
        return [c for c in self.calls[since:] if c.method == method and path_part in c.path]

    async def wait(self, method: str, path_part: str, since: int = 0, nth: int = 1) -> Call:
        """Wait for the ``nth`` request ``method`` whose path contains ``path_part``, made after ``since``."""
        def found() -> Call | None:
            calls = self.sent(method, path_part, since)
            return calls[nth - 1] if len(calls) >= nth else None

        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(found), WAIT_LIMIT)
            except TimeoutError:
                made = [f"{c.method} {c.path} {str(c.body)[:200]}" for c in self.calls[since:]]
                raise AssertionError(f"no {method} {path_part} after {since}; calls: {made}") from None
        result = found()
        assert result is not None
        return result

    def answers(self, interaction_id: str) -> list[Call]:
        """What the bot showed for an interaction: its first response (a message or a modal), then follow-ups."""
        token = f"/tok{interaction_id}"
        return [c for c in self.calls if c.method == "POST" and (
            (c.path.startswith(f"/interactions/{interaction_id}/") and (c.body or {}).get("type") in (4, 9))
            or (c.path.startswith("/webhooks/") and c.path.endswith(token)))
            and not any(r[0] is c for r in self.refused) and not any(f[0] is c for f in self.failed)]

    async def answer(self, interaction_id: str, nth: int = 1) -> Call:
        """Wait for the ``nth`` thing the bot showed for an interaction (deferred or not)."""
        def found() -> Call | None:
            shown = self.answers(interaction_id)
            return shown[nth - 1] if len(shown) >= nth else None

        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(found), WAIT_LIMIT)
            except TimeoutError:
                made = [f"{c.method} {c.path} {str(c.body)[:200]}" for c in self.calls]
                raise AssertionError(f"no answer {nth} to interaction {interaction_id}; calls: {made[-15:]}; "
                                     f"refused: {[(r[0].path, r[1], r[2]) for r in self.refused]}") from None
        result = found()
        assert result is not None
        return result

    # -- the gateway ---------------------------------------------------------------------------------

    def guild_payload(self) -> dict[str, Any]:
        def role(role_id: int, name: str, permissions: int, position: int) -> dict[str, Any]:
            return {"id": str(role_id), "name": name, "permissions": str(permissions), "position": position,
                    "color": 0, "hoist": False, "managed": False, "mentionable": True, "flags": 0}

        def text(channel_id: int, name: str) -> dict[str, Any]:
            return {"id": str(channel_id), "type": 0, "guild_id": str(self.guild_id), "name": name, "position": 0,
                    "permission_overwrites": [], "nsfw": False, "parent_id": None, "topic": None,
                    "last_message_id": None, "rate_limit_per_user": 0}

        return {
            "id": str(self.guild_id), "name": "Wallet", "icon": None, "owner_id": "1", "unavailable": False,
            "roles": [role(self.guild_id, "@everyone", VIEW_AND_SEND, 0),
                      role(self.moderator_role_id, "moderators", VIEW_AND_SEND, 1),
                      role(self.admin_role_id, "admins", VIEW_AND_SEND | MANAGE_GUILD, 2), self._bot_role()],
            "channels": [text(self.help_channel_id, "help"), text(self.support_channel_id, "support"),
                         text(self.security_channel_id, "security-support"),
                         text(self.public_channel_id, "general"),
                         {**text(self.forum_channel_id, "tickets"), "type": 15, "available_tags": [
                             {"id": str(self.tag_id(name)), "name": name, "moderated": False, "emoji_id": None,
                              "emoji_name": None} for name in self.forum_tags],
                          "default_reaction_emoji": None, "default_sort_order": None, "default_forum_layout": 0}],
            "threads": list(self.threads.values()),
            "members": [m.member() for m in self.members] + [self._bot_member()],
            "member_count": len(self.members) + 1, "large": False, "emojis": [], "stickers": [], "features": [],
            "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0,
            "mfa_level": 0, "system_channel_id": None, "premium_tier": 0, "preferred_locale": "en-US",
            "nsfw_level": 0, "premium_progress_bar_enabled": False, "joined_at": now(), "voice_states": [],
            "presences": [], "stage_instances": [], "guild_scheduled_events": [], "soundboard_sounds": []}

    def tag_id(self, name: str) -> int:
        """The id of one of the forum's tags."""
        return 700_000_000_000_000_300 + self.forum_tags.index(name)

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}})
        async for frame in ws:
            payload = json.loads(frame.data)
            if payload["op"] == 2:  # IDENTIFY
                self._sockets.append(ws)
                self.intents = int(payload["d"].get("intents", 0))
                ready = {"v": 10, "user": BOT, "guilds": [{"id": str(self.guild_id), "unavailable": True}],
                         "session_id": "fake-session", "resume_gateway_url": self.gateway, "shard": [0, 1],
                         "application": {"id": str(APP_ID), "flags": 0}, "private_channels": [],
                         "relationships": []}
                await ws.send_json({"op": 0, "t": "READY", "s": next(self._seq), "d": ready})
                await ws.send_json({"op": 0, "t": "GUILD_CREATE", "s": next(self._seq), "d": self.guild_payload()})
                self.identified.set()
            elif payload["op"] == 1:  # HEARTBEAT
                await ws.send_json({"op": 11})
        if ws in self._sockets:
            self._sockets.remove(ws)
        if not self._sockets:
            self.identified.clear()
        return ws

    # -- the REST API -------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Authorization") != f"Bot {TOKEN}" and "/callback" not in request.path \
                and "/webhooks/" not in request.path:
            return web.Response(body=b'{"message": "401: Unauthorized", "code": 0}', status=401,
                                headers={"Content-Type": "application/json"})
        path = "/" + request.match_info["path"]
        body: Any = None
        files: dict[str, tuple[str, bytes]] = {}
        if request.can_read_body:
            if request.content_type.startswith("multipart"):
                form = await request.post()
                body = json.loads(str(form.get("payload_json", "{}")))
                files = {k: (v.filename, v.file.read()) for k, v in form.items() if isinstance(v, web.FileField)}
            else:
                raw = await request.read()
                body = json.loads(raw) if raw else None
        call = Call(request.method, path, body, dict(request.query), files if body is not None else {})
        self.calls.append(call)
        fate, status, seconds = self.chaos.fate(call) if self.chaos is not None else ("ok", 200, 0.0)
        try:
            if fate in ("error", "retry", "flood"):
                self.failed.append((call, status))
                return self._failure(call, status, seconds)
            result = await self._answer(call)
        except Refusal as refusal:
            self.refused.append((call, refusal.status, refusal.body))
            headers = {"Content-Type": "application/json", **refusal.headers}
            return web.Response(body=json.dumps(refusal.body).encode(), status=refusal.status, headers=headers)
        finally:
            async with self._changed:
                self._changed.notify_all()
        call.result = result
        self.delivered.append(call)
        if fate == "late":  # carried out, but the answer is slow to come back
            await asyncio.sleep(seconds)
        limits = rate_limit_headers(call, 49, 1.0) if self.chaos is not None else {}
        if result is None:
            return web.Response(status=204, headers=limits)
        # discord.py parses JSON only for exactly "application/json" (no charset), as Discord sends it.
        return web.Response(body=json.dumps(result).encode(), headers={"Content-Type": "application/json", **limits})

    @staticmethod
    def _failure(call: Call, status: int, retry_after: float) -> web.Response:
        """A failed send the way Discord answers it: a 5xx, or a 429 with its body and headers."""
        if status == 429:
            body: dict[str, Any] = {"message": "You are being rate limited.", "retry_after": retry_after,
                                    "global": False}
            # discord.py trusts a 429 only with the "Via" header Discord's proxy adds (else it assumes a ban).
            headers = {**rate_limit_headers(call, 0, retry_after), "Retry-After": str(math.ceil(retry_after)),
                       "X-RateLimit-Scope": "user", "Via": "1.1 google"}
        else:
            body = {"message": f"{status}: {'Service Unavailable' if status == 503 else 'Internal Server Error'}",
                    "code": 0}
            headers = {}
        return web.Response(body=json.dumps(body).encode(), status=status,
                            headers={"Content-Type": "application/json", **headers})

    async def _answer(self, call: Call) -> Any:
        parts = call.path.strip("/").split("/")
        method = call.method
        if parts == ["users", "@me"]:
            return BOT
        if parts == ["oauth2", "applications", "@me"]:
            return {"id": str(APP_ID), "name": "supportbot", "description": "", "icon": None, "bot_public": False,
                    "bot_require_code_grant": False, "owner": {**BOT, "bot": False}, "verify_key": "0" * 64,
                    "flags": 0, "summary": ""}
        if parts[:1] == ["applications"] and parts[-1] == "commands":
            # A context menu comes back with an empty description, as from Discord.
            return [{"description": "", **c, "id": str(next(self._ids)), "application_id": str(APP_ID), "version": "1",
                     "guild_id": str(self.guild_id), "default_member_permissions": c.get("default_member_permissions")}
                    for c in call.body or []]
        if parts == ["users", "@me", "channels"]:
            recipient = call.body["recipient_id"]
            return {"id": str(DM_BASE + int(recipient)), "type": 1,
                    "recipients": [self._user(int(recipient))]}
        if parts[0] == "users":
            return self._user(int(parts[1]))
        self._check_files(call)
        if parts[0] == "channels":
            self._check_channel(call, parts)
        if parts[0] == "channels" and len(parts) == 3 and parts[2] == "messages" and method == "POST":
            return self._store_message(int(parts[1]), call.body or {}, files=call.files)
        if parts[0] == "channels" and len(parts) == 3 and parts[2] == "messages" and method == "GET":
            return self._history(int(parts[1]), call.query)
        if parts[0] == "channels" and len(parts) == 4 and parts[2] == "messages" and method == "GET":
            found = self.messages.get(int(parts[3]))
            if found is None or found.get("channel_id") != parts[1]:
                raise Refusal(404, {"message": "Unknown Message", "code": 10008})
            return found
        is_dm = parts[0] == "channels" and len(parts) == 2 and DM_BASE <= int(parts[1]) < DM_BASE + DM_SPAN
        if is_dm and method == "GET":
            return {"id": parts[1], "type": 1, "recipients": [self._user(int(parts[1]) - DM_BASE)]}
        if parts[0] == "channels" and len(parts) == 4 and parts[2] == "messages":
            if method == "DELETE":
                if self.messages.pop(int(parts[3]), None) is None:  # already gone: Discord says so
                    raise Refusal(404, {"message": "Unknown Message", "code": 10008})
                self.deleted.append(int(parts[3]))
                return None
            return self._store_message(int(parts[1]), call.body or {}, int(parts[3]))
        if parts[0] == "channels" and len(parts) == 3 and parts[2] == "threads":
            return await self._create_thread(int(parts[1]), call.body)
        if parts[0] == "channels" and len(parts) == 4 and parts[2] == "thread-members":
            self.thread_members.setdefault(int(parts[1]), set()).add(int(parts[3]))
            return None
        if parts[0] == "channels" and len(parts) == 2:
            thread = self.threads[int(parts[1])]
            if method == "PATCH":
                body = call.body or {}
                if "name" in body and body["name"] != thread["name"]:
                    self._count_rename(int(parts[1]))
                thread["name"] = body.get("name", thread["name"])
                for key in ("archived", "locked"):
                    if key in body:
                        thread["thread_metadata"][key] = body[key]
                if "applied_tags" in body:
                    thread["applied_tags"] = [str(t) for t in body["applied_tags"]]
                asyncio.get_running_loop().create_task(self.dispatch("THREAD_UPDATE", dict(thread)))
            return thread
        if parts[0] == "guilds" and len(parts) == 4 and parts[2] in ("bans", "members"):
            return self._moderate(call, int(parts[3]), parts[2])
        if parts[0] == "interactions":
            self._acknowledge(parts[1], call.body or {})
            body = call.body or {}
            resource: dict[str, Any] = {"type": body.get("type")}
            if body.get("type") == 4:
                resource["message"] = self._store_message(0, body.get("data") or {})
            return {"interaction": {"id": parts[1], "type": 3}, "resource": resource}
        if parts[0] == "webhooks":
            self._check_followup(parts[2])
            return self._store_message(0, call.body or {}, files=call.files)
        raise web.HTTPBadRequest(text=json.dumps({"message": f"the fake has no {method} {call.path}", "code": 0}))

    def _moderate(self, call: Call, user_id: int, what: str) -> Any:
        """A ban, a member read, or a member edit (a timeout), with the permission each takes."""
        if what == "members" and call.method == "GET":
            for member in self.members:
                if member.id == user_id:
                    return member.member()
            raise Refusal(404, {"message": "Unknown Member", "code": 10007})
        needed = BAN_MEMBERS if what == "bans" else MODERATE_MEMBERS
        if needed & ~self.bot_permissions:
            raise Refusal(403, {"message": "Missing Permissions", "code": 50013})
        if what == "bans":
            self.banned.append(user_id)
            return None
        until = (call.body or {}).get("communication_disabled_until")
        if until is not None:
            self.timeouts[user_id] = until
        found = next((m for m in self.members if m.id == user_id), None)
        if found is None:
            raise Refusal(404, {"message": "Unknown Member", "code": 10007})
        return {**found.member(), "communication_disabled_until": until}

    def _acknowledge(self, interaction_id: str, body: dict[str, Any]) -> None:
        state = self.interactions.get(interaction_id)
        if state is None or time.monotonic() - state["created"] > INTERACTION_DEADLINE:
            raise Refusal(404, {"message": "Unknown interaction", "code": 10062})
        if state["acknowledged"] is not None:
            raise Refusal(400, {"message": "Interaction has already been acknowledged.", "code": 40060})
        state["acknowledged"] = body.get("type")

    def _check_followup(self, token: str) -> None:
        state = self.interactions.get(token.removeprefix("tok"))
        if state is None or state["acknowledged"] is None \
                or time.monotonic() - state["created"] > FOLLOWUP_WINDOW:
            raise Refusal(404, {"message": "Unknown Webhook", "code": 10015})

    def _count_rename(self, channel_id: int) -> None:
        now_ = time.monotonic()
        recent = [t for t in self.renames.get(channel_id, []) if now_ - t < RENAME_WINDOW]
        if len(recent) >= RENAMES_PER_WINDOW:
            retry_after = round(RENAME_WINDOW - (now_ - recent[0]), 3)
            # discord.py trusts a 429 only with the "Via" header Discord's proxy adds (else it assumes a ban).
            raise Refusal(429, {"message": "You are being rate limited.", "retry_after": retry_after, "global": False},
                          {"Via": "1.1 google", "Retry-After": str(int(retry_after) + 1),
                           "X-RateLimit-Scope": "shared"})
        self.renames[channel_id] = [*recent, now_]

    def _user(self, user_id: int) -> dict[str, Any]:
        for member in self.members:
            if member.id == user_id:
                return member.user()
        return {"id": str(user_id), "username": f"user{user_id}", "discriminator": "0", "avatar": None}

    def _history(self, channel_id: int, query: dict[str, str]) -> list[dict[str, Any]]:
        """GET /channels/{id}/messages: newest first, as Discord answers; ``after`` and ``limit`` (1-100)."""
        limit = int(query.get("limit", 50))
        if not 1 <= limit <= 100:
            raise Refusal(400, {"message": "Invalid Form Body", "code": 50035})
        after = int(query.get("after", 0))
        mine = sorted((m for i, m in self.messages.items() if m.get("channel_id") == str(channel_id) and i > after),
                      key=lambda m: int(m["id"]))
        # With ``after``, Discord returns the ``limit`` messages right after it (newest of them first).
        chosen = mine[:limit] if "after" in query else mine[-limit:]
        return list(reversed(chosen))

    def _store_message(self, channel_id: int, body: dict[str, Any], message_id: int | None = None, *,
                       files: dict[str, tuple[str, bytes]] | None = None) -> dict[str, Any]:
        previous = self.messages.get(message_id or 0, {})
        attachments = [{"id": str(next(self._ids)), "filename": name, "size": len(content),
                        "url": f"https://cdn.discordapp.com/attachments/{channel_id}/{name}",
                        "proxy_url": f"https://media.discordapp.net/attachments/{channel_id}/{name}"}
                       for name, content in (files or {}).values()]
        message = {
            "id": str(message_id or next(self._ids)), "channel_id": str(channel_id or previous.get("channel_id", 0)),
            "author": BOT, "content": body.get("content", previous.get("content", "")), "timestamp": now(),
            "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
            "attachments": attachments, "embeds": body.get("embeds", previous.get("embeds", [])), "pinned": False,
            "type": 0,
            "flags": body.get("flags", 0), "components": body.get("components", previous.get("components", []))}
        self.messages[int(message["id"])] = message
        return message

    async def _create_thread(self, parent_id: int, body: dict[str, Any]) -> dict[str, Any]:
        thread_id = next(self._ids)
        thread = {"id": str(thread_id), "type": body.get("type", 12), "guild_id": str(self.guild_id),
                  "parent_id": str(parent_id), "owner_id": str(APP_ID), "name": body["name"], "last_message_id": None,
                  "message_count": 0, "member_count": 1, "rate_limit_per_user": 0, "flags": 0,
                  "thread_metadata": {"archived": False, "locked": False, "archive_timestamp": now(),
                                      "auto_archive_duration": body.get("auto_archive_duration", 10080),
                                      "invitable": body.get("invitable", True), "create_timestamp": now()}}
        if parent_id == self.forum_channel_id:  # a forum post: a public thread opened by its first message
            thread["type"] = 11
            thread["applied_tags"] = [str(t) for t in body.get("applied_tags", [])]
        self.threads[thread_id] = thread
        await self.dispatch("THREAD_CREATE", {**thread, "newly_created": True})
        if "message" in body:
            return {**thread, "message": self._store_message(thread_id, body["message"])}
        return thread

    # -- the bot's permissions and deleted threads ----------------------------------------------------

    async def set_bot_permissions(self, permissions: int) -> None:
        """A server admin changes the bot role's permissions (GUILD_ROLE_UPDATE, as Discord sends it)."""
        self.bot_permissions = permissions
        await self.dispatch("GUILD_ROLE_UPDATE", {"guild_id": str(self.guild_id), "role": self._bot_role()})

    async def delete_thread(self, thread_id: int, *, announce: bool = True) -> None:
        """Someone deletes a ticket thread; ``announce``: THREAD_DELETE reaches the bot (else it missed it)."""
        thread = self.threads.pop(thread_id)
        self.deleted_threads.add(thread_id)
        if announce:
            await self.dispatch("THREAD_DELETE", {key: thread[key] for key in ("id", "guild_id", "parent_id", "type")})

    def _bot_role(self) -> dict[str, Any]:
        return {"id": str(self.bot_role_id), "name": "supportbot", "permissions": str(self.bot_permissions),
                "position": 3, "color": 0, "hoist": False, "managed": True, "mentionable": False, "flags": 0}

    def _bot_member(self) -> dict[str, Any]:
        return {"user": BOT, "roles": [str(self.bot_role_id)], "joined_at": now(), "deaf": False, "mute": False,
                "flags": 0, "nick": None}

    @staticmethod
    def _check_files(call: Call) -> None:
        """Uploads as Discord takes them: ``files[n]`` parts, each named in the payload's ``attachments``, each
        at most the attachment limit."""
        if any(len(content) > ATTACHMENT_LIMIT for _, content in call.files.values()):
            raise Refusal(413, {"message": "Request entity too large", "code": 40005})
        if len(call.files) > ATTACHMENTS_PER_MESSAGE:
            raise Refusal(400, {"message": "Invalid Form Body", "code": 50035})
        listed = {str(a.get("id")) for a in (call.body or {}).get("attachments") or []} if call.files else set()
        if any(not (key.startswith("files[") and key[6:-1] in listed) for key in call.files):
            raise Refusal(400, {"message": "Invalid Form Body", "code": 50035})

    def _check_channel(self, call: Call, parts: list[str]) -> None:
        """Refuse what Discord refuses for the bot's permissions, and any request to a deleted thread."""
        channel_id = int(parts[1])
        if channel_id in self.deleted_threads:
            raise Refusal(404, {"message": "Unknown Channel", "code": 10003})
        needed = 0
        if parts[2:] == ["threads"] and call.method == "POST" and (call.body or {}).get("type") == 12:
            needed = CREATE_PRIVATE_THREADS
        elif parts[2:] == ["messages"] and call.method == "POST" and channel_id in self.threads:
            needed = SEND_MESSAGES_IN_THREADS
        if parts[2:] == ["messages"] and call.method == "POST" and call.files:
            needed |= ATTACH_FILES
        elif parts[2:3] == ["messages"] and len(parts) == 4 and call.method == "PATCH":
            author = self.messages.get(int(parts[3]), {}).get("author", {})
            if int(parts[3]) not in self.messages:
                raise Refusal(404, {"message": "Unknown Message", "code": 10008})
            if author.get("id") != BOT["id"]:  # no permission lets a bot edit someone else's words
                raise Refusal(403, {"message": "Cannot edit a message authored by another user", "code": 50005})
        elif parts[2:3] == ["messages"] and len(parts) == 4 and call.method == "DELETE":
            author = self.messages.get(int(parts[3]), {}).get("author", {})
            needed = 0 if author.get("id") == BOT["id"] else MANAGE_MESSAGES  # one's own messages need no right
        if needed & ~(self.bot_permissions | VIEW_AND_SEND):
            raise Refusal(403, {"message": "Missing Permissions", "code": 50013})


class Snowflakes:
    """Ids as Discord makes them: the creation time in their high bits (the bot reads times from them), unique
    and increasing."""

    def __init__(self) -> None:
        self._last = 0

    def __iter__(self) -> Snowflakes:
        return self

    def __next__(self) -> int:
        self._last = max(self._last + 1, discord.utils.time_snowflake(datetime.now(UTC)))
        return self._last


class Refusal(Exception):
    """An error response the way Discord sends it."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        super().__init__(body.get("message"))
        self.status, self.body, self.headers = status, body, headers or {}
