"""A Discord gateway and REST API on 127.0.0.1 for tests, speaking the documented payloads.

discord.py connects to it as to discord.com: it logs in over REST, opens the gateway websocket,
identifies, receives READY and GUILD_CREATE, and then the events tests dispatch (MESSAGE_CREATE,
INTERACTION_CREATE). Everything the bot does over REST is recorded; thread creation and updates
are echoed back as gateway events as Discord does.

It refuses what Discord refuses (https://discord.com/developers/docs): an interaction's first
response more than 3 seconds after it was created (404, code 10062 "Unknown interaction"), a second
first response (400, code 40060), a follow-up before the interaction was acknowledged or more than
15 minutes after it (404, code 10015), and a third channel rename within ten minutes (429 with
``retry_after``, the documented per-channel limit on name changes).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

TOKEN = "fake.discord.token"
APP_ID = 900_000_000_000_000_001
BOT = {"id": str(APP_ID), "username": "supportbot", "discriminator": "0", "global_name": "Support", "avatar": None,
       "bot": True}
WAIT_LIMIT = 30.0  # a guard against a hung test, not a speed assertion
INTERACTION_DEADLINE = 3.0  # seconds to the first response
FOLLOWUP_WINDOW = 15 * 60  # an interaction token's lifetime
RENAMES_PER_WINDOW, RENAME_WINDOW = 2, 600.0  # channel name changes per ten minutes
MANAGE_GUILD = 1 << 5
VIEW_AND_SEND = (1 << 10) | (1 << 11) | (1 << 16)
MANAGE_THREADS, CREATE_PRIVATE_THREADS, SEND_MESSAGES_IN_THREADS = 1 << 34, 1 << 36, 1 << 38
BOT_RIGHTS = 360777346048  # what the README's invite link grants


def now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class FakeMember:
    id: int
    name: str
    roles: tuple[int, ...] = ()

    def user(self) -> dict[str, Any]:
        return {"id": str(self.id), "username": self.name.lower(), "discriminator": "0", "global_name": self.name,
                "avatar": None}

    def member(self, permissions: int = VIEW_AND_SEND) -> dict[str, Any]:
        return {"user": self.user(), "roles": [str(r) for r in self.roles], "joined_at": now(), "deaf": False,
                "mute": False, "flags": 0, "nick": None, "permissions": str(permissions)}


@dataclass
class Call:
    """One REST request the bot made."""

    method: str
    path: str
    body: Any

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
class FakeDiscord:
    guild_id: int = 700_000_000_000_000_001
    help_channel_id: int = 700_000_000_000_000_010
    support_channel_id: int = 700_000_000_000_000_020
    forum_channel_id: int = 700_000_000_000_000_030
    security_channel_id: int = 700_000_000_000_000_040  # a second staff-only text channel, for routes
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

    def __post_init__(self) -> None:
        self._ids = itertools.count(800_000_000_000_000_001)
        self._seq = itertools.count(1)
        self._changed = asyncio.Condition()
        self._sockets: list[web.WebSocketResponse] = []
        self._runner: web.AppRunner | None = None
        self.base = ""
        self.gateway = ""
        self.identified = asyncio.Event()

    async def start(self) -> None:
        app = web.Application()
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
                      attachments: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """MESSAGE_CREATE: a user writes in a server channel, a thread, or a DM."""
        data: dict[str, Any] = {
            "id": str(next(self._ids)), "channel_id": str(channel_id or self.help_channel_id), "author": author.user(),
            "content": content, "timestamp": now(), "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": attachments or [],
            "embeds": [], "pinned": False, "type": 0, "flags": 0, "components": []}
        if dm:
            data["channel_id"] = str(channel_id or 600_000_000_000_000_000 + author.id)
        else:
            data["guild_id"] = str(self.guild_id)
            member = author.member()
            member.pop("user")
            data["member"] = member
        self.messages[int(data["id"])] = data
        await self.dispatch("MESSAGE_CREATE", data)
        return data

    async def press(self, who: FakeMember, message: dict[str, Any], custom_id: str, *, dm: bool = False,
                    locale: str = "en-US", guild_id: int | None = None, permissions: int = VIEW_AND_SEND) -> str:
        """INTERACTION_CREATE for a button on ``message`` (any ``custom_id``: a client may send what it likes);
        ``guild_id`` another server the presser is in; returns the interaction id."""
        return await self._interaction(who, 3, {"custom_id": custom_id, "component_type": 2},
                                       int(message["channel_id"]), dm=dm, locale=locale, message=message,
                                       guild_id=guild_id, permissions=permissions)

    async def slash(self, who: FakeMember, name: str, options: list[dict[str, Any]], *, channel_id: int | None = None,
                    dm: bool = False, locale: str = "en-US", permissions: int = VIEW_AND_SEND) -> str:
        """INTERACTION_CREATE for a slash command."""
        data = {"id": str(next(self._ids)), "name": name, "type": 1, "options": options}
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

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        await self.identified.wait()
        for ws in self._sockets:
            await ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    # -- what the bot did ---------------------------------------------------------------------------

    def mark(self) -> int:
        return len(self.calls)

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
            and not any(r[0] is c for r in self.refused)]

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
        if request.can_read_body:
            if request.content_type.startswith("multipart"):
                form = await request.post()
                body = json.loads(str(form.get("payload_json", "{}")))
            else:
                raw = await request.read()
                body = json.loads(raw) if raw else None
        call = Call(request.method, path, body)
        self.calls.append(call)
        try:
            result = await self._answer(call)
        except Refusal as refusal:
            self.refused.append((call, refusal.status, refusal.body))
            headers = {"Content-Type": "application/json", **refusal.headers}
            return web.Response(body=json.dumps(refusal.body).encode(), status=refusal.status, headers=headers)
        finally:
            async with self._changed:
                self._changed.notify_all()
        if result is None:
            return web.Response(status=204)
        # discord.py parses JSON only for exactly "application/json" (no charset), as Discord sends it.
        return web.Response(body=json.dumps(result).encode(), headers={"Content-Type": "application/json"})

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
            return [{**c, "id": str(next(self._ids)), "application_id": str(APP_ID), "version": "1",
                     "guild_id": str(self.guild_id), "default_member_permissions": c.get("default_member_permissions")}
                    for c in call.body or []]
        if parts == ["users", "@me", "channels"]:
            recipient = call.body["recipient_id"]
            return {"id": str(600_000_000_000_000_000 + int(recipient)), "type": 1,
                    "recipients": [self._user(int(recipient))]}
        if parts[0] == "users":
            return self._user(int(parts[1]))
        if parts[0] == "channels":
            self._check_channel(call, parts)
        if parts[0] == "channels" and len(parts) == 3 and parts[2] == "messages" and method == "POST":
            return self._store_message(int(parts[1]), call.body or {})
        if parts[0] == "channels" and len(parts) == 4 and parts[2] == "messages":
            if method == "DELETE":
                self.messages.pop(int(parts[3]), None)
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
        if parts[0] == "interactions":
            self._acknowledge(parts[1], call.body or {})
            body = call.body or {}
            resource: dict[str, Any] = {"type": body.get("type")}
            if body.get("type") == 4:
                resource["message"] = self._store_message(0, body.get("data") or {})
            return {"interaction": {"id": parts[1], "type": 3}, "resource": resource}
        if parts[0] == "webhooks":
            self._check_followup(parts[2])
            return self._store_message(0, call.body or {})
        raise web.HTTPBadRequest(text=json.dumps({"message": f"the fake has no {method} {call.path}", "code": 0}))

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

    def _store_message(self, channel_id: int, body: dict[str, Any], message_id: int | None = None) -> dict[str, Any]:
        previous = self.messages.get(message_id or 0, {})
        message = {
            "id": str(message_id or next(self._ids)), "channel_id": str(channel_id or previous.get("channel_id", 0)),
            "author": BOT, "content": body.get("content", previous.get("content", "")), "timestamp": now(),
            "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
            "attachments": [], "embeds": body.get("embeds", previous.get("embeds", [])), "pinned": False, "type": 0,
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
        if needed & ~(self.bot_permissions | VIEW_AND_SEND):
            raise Refusal(403, {"message": "Missing Permissions", "code": 50013})


class Refusal(Exception):
    """An error response the way Discord sends it."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        super().__init__(body.get("message"))
        self.status, self.body, self.headers = status, body, headers or {}
