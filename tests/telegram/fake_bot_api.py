"""A Bot API server on 127.0.0.1 for tests: the documented request and response shapes, nothing more.

The real python-telegram-bot ``Application`` talks to it over HTTP exactly as it would to
api.telegram.org. Tests push updates (what users and moderators do) and wait for the calls the
bot makes (what it sends), which are recorded with their parameters.

It refuses what the Bot API refuses (https://core.telegram.org/bots/api): empty or over-long
texts and captions, callback data over 64 bytes, a topic name over 128 characters, an alert over
200 characters, an edit that changes nothing ("message is not modified"), answering a callback query twice or one
it never sent, and more than 20
messages a minute into one group (429 with ``retry_after``, which the bot must wait out). Updates are
sent by ``getUpdates`` until an offset past them confirms them; then they are gone. Callback data itself
is whatever the client says: ``press`` sends any data under any message the presser can see.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import random
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "123456:TEST-fake-token"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Support", "username": "support_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": True, "supports_inline_queries": False}
WAIT_LIMIT = 30.0  # a guard against a hung test, not a speed assertion
SENDS = ("sendMessage", "sendPhoto", "sendDocument")
TEXT_LIMIT, CAPTION_LIMIT, CALLBACK_DATA_LIMIT, TOPIC_NAME_LIMIT, ALERT_LIMIT = 4096, 1024, 64, 128, 200
UPLOAD_LIMIT = 50 * 1024 * 1024  # bytes of a file a bot may upload (multipart/form-data)


@dataclass
class Call:
    """One Bot API request the bot made."""

    method: str
    params: dict[str, str]
    at: float = field(default_factory=time.monotonic)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # multipart field -> (file name, content)

    def upload(self, name: str) -> tuple[str, bytes] | None:
        """The file uploaded as parameter ``name``: its own part, or one it names with ``attach://``."""
        value = self.params.get(name, "")
        return self.files.get(value.removeprefix("attach://") if value.startswith("attach://") else name)

    def get(self, name: str, default: Any = None) -> Any:
        """Return a parameter decoded from its JSON form (strings are sent as they are)."""
        if name not in self.params:
            return default
        raw = self.params[name]
        try:
            return json.loads(raw)
        except ValueError:
            return raw

    @property
    def text(self) -> str:
        return self.params.get("text") or self.params.get("caption") or ""

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of every inline button."""
        markup = self.get("reply_markup") or {}
        return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]


@dataclass
class Chaos:
    """Random failures of the bot's sending calls, as a flaky network and a busy Bot API produce them.

    ``error``: 500, nothing sent. ``flood``: 429 with ``retry_after`` 1-3 s, nothing sent. ``late``: sent
    (people see it), but the answer comes ``late_seconds`` later, after the client has given up.
    """

    error: float = 0.0
    flood: float = 0.0
    late: float = 0.0
    late_seconds: float = 2.0
    methods: tuple[str, ...] = (*SENDS, "createForumTopic")
    seed: int = 7

    def __post_init__(self) -> None:
        self.random = random.Random(self.seed)
        self.counts: dict[str, int] = {"error": 0, "flood": 0, "late": 0, "ok": 0}

    def fate(self, method: str) -> str:
        if method not in self.methods:
            return "ok"
        roll = self.random.random()
        fate = ("error" if roll < self.error else "flood" if roll < self.error + self.flood
                else "late" if roll < self.error + self.flood + self.late else "ok")
        self.counts[fate] += 1
        return fate


@dataclass
class FakeUser:
    id: int
    first_name: str
    language_code: str | None = None

    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            data["language_code"] = self.language_code
        return data


@dataclass
class FakeBotApi:
    """The server, its recorded calls and the updates waiting to be fetched."""

    staff_chat_id: int = -1001234567890
    # Messages into one group per period before a 429 with retry_after (Telegram's documented 20 a minute).
    group_limit: tuple[int, float] = (20, 60.0)
    group_admins: list[int] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    failures: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    topics: dict[int, dict[str, Any]] = field(default_factory=dict)
    deleted: list[tuple[int, int]] = field(default_factory=list)
    # The staff group's setup: Topics on, the bot's membership and right; topics deleted by someone.
    forum: bool = True
    bot_status: str = "administrator"  # or "member", "kicked"
    bot_can_manage_topics: bool = True
    deleted_topics: set[int] = field(default_factory=set)
    chaos: Chaos | None = None

    def __post_init__(self) -> None:
        self.delivered: list[Call] = []  # calls that took effect (what people saw), late answers included
        self.shown: dict[tuple[str, str], tuple[str, str | None]] = {}  # (chat, message) -> its text, its buttons
        self.refused: list[tuple[Call, str]] = []
        self.flooded: list[Call] = []  # answered 429 with retry_after
        self._group_sends: dict[str, list[float]] = {}
        self._open_queries: set[str] = set()
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._polls_released = 0
        self._message_ids = itertools.count(1000)
        self._thread_ids = itertools.count(50)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    async def start(self) -> str:
        # Room above the upload limit, so an oversized file is refused the Bot API's way, not aiohttp's.
        app = web.Application(client_max_size=UPLOAD_LIMIT + 1024 * 1024)
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}/bot"
        return self.base_url

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # -- what people do -------------------------------------------------------------------------

    def private_message(self, user: FakeUser, text: str | None = None, *, deliver: bool = True,
                        **extra: Any) -> dict[str, Any]:
        """A user writes to the bot in a private chat; returns the message (queued for getUpdates if deliver)."""
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "from": user.json(),
                   "chat": {"id": user.id, "type": "private", "first_name": user.first_name}, **extra}
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if deliver:
            self._push({"message": message})
        return message

    async def reply_to(self, user: FakeUser, text: str | None = None, **extra: Any) -> Call:
        """A user writes to the bot privately; return the bot's next message to them."""
        mark = self.mark()
        self.private_message(user, text, **extra)
        return await self.wait("sendMessage", mark, chat_id=user.id)

    def topic_message(self, user: FakeUser, thread_id: int, text: str | None = None, *, chat_id: int | None = None,
                      **extra: Any) -> dict[str, Any]:
        """A moderator writes in a forum topic of the staff group (or of another staff group)."""
        chat = {"id": chat_id or self.staff_chat_id, "type": "supergroup", "title": "Staff", "is_forum": True}
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "from": user.json(), "chat": chat,
                   "message_thread_id": thread_id, "is_topic_message": True, **extra}
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        self._push({"message": message})
        return message

    def edit(self, message: dict[str, Any], text: str) -> None:
        """The sender edits a message they sent earlier."""
        self._push({"edited_message": {**message, "text": text, "edit_date": int(time.time())}})

    def press(self, user: FakeUser, sent: Call, data: str) -> None:
        """Someone taps an inline button under a message the bot sent."""
        message = self._message_from(sent)
        query_id = str(next(self._message_ids))
        self._open_queries.add(query_id)
        self._push({"callback_query": {"id": query_id, "from": user.json(),
                                       "chat_instance": "1", "data": data, "message": message}})

    def fail(self, method: str, error_code: int, description: str, **parameters: Any) -> None:
        """Make the next call of ``method`` fail the way Telegram does (e.g. 429 with retry_after)."""
        error = {"ok": False, "error_code": error_code, "description": description}
        if parameters:
            error["parameters"] = parameters
        self.failures.setdefault(method, []).append(error)

    # -- what the bot did -------------------------------------------------------------------------

    def mark(self) -> int:
        """Return a position in the call log; ``wait`` looks only at calls made after it."""
        return len(self.calls)

    async def wait(self, method: str, since: int = 0, nth: int = 1, **match: Any) -> Call:
        """Wait for the ``nth`` call of ``method`` after ``since`` whose parameters equal ``match``."""
        def found() -> Call | None:
            calls = self.sent(method, since, **match)
            return calls[nth - 1] if len(calls) >= nth else None

        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(found), WAIT_LIMIT)
            except TimeoutError:
                made = [f"{c.method} {c.params}" for c in self.calls[since:]]
                raise AssertionError(f"no {method} {match} after call {since}; calls made: {made}") from None
        result = found()
        assert result is not None
        return result

    def sent(self, method: str, since: int = 0, **match: Any) -> list[Call]:
        """Every call of ``method`` after ``since`` matching ``match`` (``text_has``: a part of its text)."""
        text_has = match.pop("text_has", None)
        return [c for c in self.calls[since:] if c.method == method and (text_has is None or text_has in c.text)
                and all(str(c.params.get(k)) == str(v) for k, v in match.items())]

    # -- the HTTP side ---------------------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates; return its update_id."""
        update["update_id"] = next(self._update_ids)
        self._updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return int(update["update_id"])

    _push = push

    def confirm(self, update_id: int) -> None:
        """A bot (maybe one that died since) fetched with an offset past ``update_id``: Telegram forgets it."""
        self._updates = [u for u in self._updates if u["update_id"] > update_id]

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != TOKEN:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        form = await request.post()
        params = {k: v for k, v in form.items() if isinstance(v, str)}
        files = {k: (v.filename, v.file.read()) for k, v in form.items() if isinstance(v, web.FileField)}
        if method == "getUpdates":
            return web.json_response({"ok": True, "result": await self._get_updates(params)})
        call = Call(method, params, files=files)
        self.calls.append(call)
        await self._notify()
        if any(len(content) > UPLOAD_LIMIT for _, content in files.values()):
            self.refused.append((call, "Request Entity Too Large"))
            return web.json_response({"ok": False, "error_code": 413, "description": "Request Entity Too Large"},
                                     status=413)
        setup = self._setup_error(call)
        if setup is not None:  # refused for as long as the staff group's setup stays this way
            return web.json_response(setup, status=setup["error_code"])
        if self.failures.get(method):
            error = self.failures[method].pop(0)
            return web.json_response(error, status=error["error_code"])
        problem = self._refusal(call)
        if problem is not None:
            self.refused.append((call, problem))
            return web.json_response({"ok": False, "error_code": 400, "description": f"Bad Request: {problem}"},
                                     status=400)
        wait = self._flood_wait(call)
        if wait is not None:
            self.flooded.append(call)
            return web.json_response({"ok": False, "error_code": 429,
                                      "description": f"Too Many Requests: retry after {wait}",
                                      "parameters": {"retry_after": wait}}, status=429)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return web.json_response({"ok": False, "error_code": 400,
                                      "description": f"Bad Request: the fake has no {method}"}, status=400)
        fate = self.chaos.fate(method) if self.chaos is not None else "ok"
        if fate == "error":
            return web.json_response({"ok": False, "error_code": 500, "description": "Internal Server Error"},
                                     status=500)
        if fate == "flood":
            wait = self.chaos.random.randint(1, 3) if self.chaos is not None else 1
            return web.json_response({"ok": False, "error_code": 429, "description": f"Too Many Requests: retry "
                                      f"after {wait}", "parameters": {"retry_after": wait}}, status=429)
        result = handler(call)
        self.delivered.append(call)
        if fate == "late" and self.chaos is not None:
            await asyncio.sleep(self.chaos.late_seconds)
        return web.json_response({"ok": True, "result": result})

    def _flood_wait(self, call: Call) -> int | None:
        """Seconds to wait when a message would exceed the group's limit (Telegram: 20 a minute), else None."""
        chat = call.params.get("chat_id", "")
        if call.method not in SENDS or not chat.startswith("-"):
            return None
        most, period = self.group_limit
        now = time.monotonic()
        recent = [t for t in self._group_sends.get(chat, []) if now - t < period]
        if len(recent) >= most:
            return max(1, math.ceil(period - (now - recent[0])))
        self._group_sends[chat] = [*recent, now]
        return None

    def _refusal(self, call: Call) -> str | None:
        """What the Bot API would refuse in this call (its error description), or None."""
        params = call.params
        if call.method == "sendMessage" and not params.get("text", "").strip():
            return "message text is empty"
        if len(params.get("text", "")) > TEXT_LIMIT:
            return "message is too long"
        if len(params.get("caption", "")) > CAPTION_LIMIT:
            return "message caption is too long"
        if call.method == "sendDocument" and call.upload("document") is None and not params.get("document"):
            return "there is no document in the request"
        markup = call.get("reply_markup")
        rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
        if any(len(b.get("callback_data", "").encode()) > CALLBACK_DATA_LIMIT for row in rows for b in row):
            return "BUTTON_DATA_INVALID"
        if call.method in ("createForumTopic", "editForumTopic") and len(params.get("name", "x")) > TOPIC_NAME_LIMIT:
            return "TOPIC_NAME_INVALID"
        if call.method in ("editMessageText", "editMessageCaption"):
            shown = self.shown.get((params.get("chat_id", ""), params.get("message_id", "")))
            if shown is not None and shown == (call.text, params.get("reply_markup")):
                return ("message is not modified: specified new message content and reply markup are exactly the same "
                        "as a current content and reply markup of the message")
        if call.method == "answerCallbackQuery":
            if len(params.get("text", "")) > ALERT_LIMIT:
                return "MESSAGE_TOO_LONG"
            if params.get("callback_query_id") not in self._open_queries:
                return "query is too old and response timeout expired or query ID is invalid"
            self._open_queries.discard(params["callback_query_id"])
        return None

    async def _get_updates(self, params: dict[str, str]) -> list[dict[str, Any]]:
        offset = int(params.get("offset", 0))
        timeout = min(float(params.get("timeout", 0)), 2.0)
        # An offset confirms every update before it: Telegram forgets them and never sends them again.
        self._updates = [u for u in self._updates if u["update_id"] >= offset]

        def pending() -> list[dict[str, Any]]:
            return [u for u in self._updates if u["update_id"] >= offset]

        if not pending() and timeout > 0:
            released = self._polls_released
            async with self._changed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait_for(
                        lambda: bool(pending()) or self._polls_released != released), timeout)
        return pending()

    async def release_polls(self) -> None:
        """End the long polls waiting now with what they have, as Telegram may before their timeout.

        A bot that stops waits for its current poll; tests call this first so a stop does not wait it out.
        """
        self._polls_released += 1
        await self._notify()

    def _message_from(self, call: Call) -> dict[str, Any]:
        chat_id = int(call.params["chat_id"])
        message: dict[str, Any] = {
            "message_id": int(call.params.get("message_id") or next(self._message_ids)), "date": int(time.time()),
            "from": BOT_USER,
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
        }
        if "message_thread_id" in call.params:
            message["message_thread_id"] = int(call.params["message_thread_id"])
            message["is_topic_message"] = True
        if "text" in call.params:
            message["text"] = call.params["text"]
        markup = call.get("reply_markup")
        if isinstance(markup, dict) and markup.get("inline_keyboard"):
            message["reply_markup"] = markup
        call.params.setdefault("message_id", str(message["message_id"]))
        if call.text:  # what the message shows now: an edit to the same is refused like Telegram does
            key = (call.params["chat_id"], call.params["message_id"])
            self.shown[key] = (call.text, call.params.get("reply_markup"))
        return message

    def _api_getMe(self, call: Call) -> Any:
        return BOT_USER

    def _api_sendMessage(self, call: Call) -> Any:
        return self._message_from(call)

    def _api_sendPhoto(self, call: Call) -> Any:
        message = self._message_from(call)
        message["photo"] = [{"file_id": call.params["photo"], "file_unique_id": "u", "width": 1, "height": 1}]
        message["caption"] = call.params.get("caption", "")
        return message

    def _api_sendDocument(self, call: Call) -> Any:
        uploaded = call.upload("document")
        message = self._message_from(call)
        if uploaded is not None:  # a new file: Telegram gives it an id and keeps its name
            message["document"] = {"file_id": f"uploaded-{message['message_id']}", "file_unique_id": "n",
                                   "file_name": uploaded[0], "file_size": len(uploaded[1])}
        else:
            message["document"] = {"file_id": call.params["document"], "file_unique_id": "u"}
        return message

    def _api_editMessageReplyMarkup(self, call: Call) -> Any:
        return self._message_from(call)

    def _api_editMessageText(self, call: Call) -> Any:
        return self._message_from(call)

    def _api_editMessageCaption(self, call: Call) -> Any:
        return self._message_from(call)

    def _api_createForumTopic(self, call: Call) -> Any:
        thread = next(self._thread_ids)
        self.topics[thread] = {"name": call.params["name"], "closed": False}
        return {"message_thread_id": thread, "name": call.params["name"], "icon_color": 7322096}

    def _api_editForumTopic(self, call: Call) -> Any:
        self.topics[int(call.params["message_thread_id"])]["name"] = call.params["name"]
        return True

    def _api_closeForumTopic(self, call: Call) -> Any:
        self.topics[int(call.params["message_thread_id"])]["closed"] = True
        return True

    def _api_reopenForumTopic(self, call: Call) -> Any:
        self.topics[int(call.params["message_thread_id"])]["closed"] = False
        return True

    def _api_deleteMessage(self, call: Call) -> Any:
        self.deleted.append((int(call.params["chat_id"]), int(call.params["message_id"])))
        return True

    def _api_getChatAdministrators(self, call: Call) -> Any:
        return [{"status": "creator", "is_anonymous": False,
                 "user": {"id": uid, "is_bot": False, "first_name": f"admin{uid}"}} for uid in self.group_admins]

    def _api_answerCallbackQuery(self, call: Call) -> Any:
        return True

    def _api_setMyCommands(self, call: Call) -> Any:
        return True

    def _api_deleteWebhook(self, call: Call) -> Any:
        return True

    def _api_setWebhook(self, call: Call) -> Any:
        return True

    # -- the staff group's setup --------------------------------------------------------------------

    def delete_topic(self, thread_id: int) -> None:
        """Someone deletes a ticket's topic in the staff group."""
        self.topics.pop(thread_id, None)
        self.deleted_topics.add(thread_id)

    def _setup_error(self, call: Call) -> dict[str, Any] | None:
        """What Telegram refuses because of how the staff group is set up (its error body), or None."""
        def error(code: int, description: str) -> dict[str, Any]:
            return {"ok": False, "error_code": code, "description": description}

        if call.params.get("chat_id") != str(self.staff_chat_id):
            return None
        if self.bot_status == "kicked":
            return error(403, "Forbidden: bot was kicked from the supergroup chat")
        if call.method == "createForumTopic":
            if not self.forum:
                return error(400, "Bad Request: the chat is not a forum")
            if self.bot_status != "administrator" or not self.bot_can_manage_topics:
                return error(400, "Bad Request: not enough rights to create a topic")
        if int(call.params.get("message_thread_id") or 0) in self.deleted_topics:
            return error(400, "Bad Request: message thread not found")
        return None

    def _api_getChat(self, call: Call) -> Any:
        return {"id": int(call.params["chat_id"]), "type": "supergroup", "title": "Staff", "is_forum": self.forum,
                "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": {"unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False,
                                        "premium_subscription": False, "gifts_from_channels": False}}

    def _api_getChatMember(self, call: Call) -> Any:
        user_id = int(call.params["user_id"])
        if user_id != BOT_USER["id"] or self.bot_status != "administrator":
            user = BOT_USER if user_id == BOT_USER["id"] else {"id": user_id, "is_bot": False, "first_name": "u"}
            return {"status": "member", "user": user}
        rights = ("can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
                  "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
                  "can_edit_stories", "can_delete_stories", "can_pin_messages")
        return {"status": "administrator", "user": BOT_USER, "can_be_edited": False, "is_anonymous": False,
                **dict.fromkeys(rights, True), "can_manage_topics": self.bot_can_manage_topics}


@dataclass
class GuardedGroupApi(FakeBotApi):
    """The Bot API with a public supergroup the bot guards, as Telegram shows it to a bot that administers it.

    People post, edit, reply and join there; the bot deletes, bans and restricts. Without the right
    (``bot_can_delete``, ``bot_can_restrict``) Telegram refuses, as it does an action against one of the
    group's administrators. In the staff group only ``staff_members`` and the admins are members.
    """

    public_chat_id: int = -1007777777777
    public_admins: list[int] = field(default_factory=list)
    staff_members: set[int] = field(default_factory=set)
    usernames: dict[int, str] = field(default_factory=dict)  # of the staff group's admins, for /verify @name
    bot_can_delete: bool = True
    bot_can_restrict: bool = True
    banned: list[tuple[int, int]] = field(default_factory=list)
    restricted: list[tuple[int, int, dict[str, Any], int]] = field(default_factory=list)

    def group_message(self, user: FakeUser, text: str | None = None, *, caption: str | None = None,
                      reply_to: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
        """Someone writes in the public group (a text, or a photo with ``caption``); returns the message."""
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "from": user.json(),
                   "chat": self._public_chat(), **extra}
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if caption is not None:
            message["caption"] = caption
            message["photo"] = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        self._push({"message": message})
        return message

    def join(self, user: FakeUser) -> None:
        """Someone joins the public group: a ``chat_member`` update and the service message, as Telegram sends both."""
        chat, now = self._public_chat(), int(time.time())
        self._push({"chat_member": {"chat": chat, "from": user.json(), "date": now,
                                    "old_chat_member": {"status": "left", "user": user.json()},
                                    "new_chat_member": {"status": "member", "user": user.json()}}})
        self._push({"message": {"message_id": next(self._message_ids), "date": now, "from": user.json(),
                                "chat": chat, "new_chat_members": [user.json()]}})

    def _public_chat(self) -> dict[str, Any]:
        return {"id": self.public_chat_id, "type": "supergroup", "title": "TPWallet Community",
                "username": "tpwallet_community"}

    def _refusal(self, call: Call) -> str | None:
        problem = super()._refusal(call)
        if problem is not None or call.params.get("chat_id") != str(self.public_chat_id):
            return problem
        if call.method == "deleteMessage" and not self.bot_can_delete:
            return "message can't be deleted"
        if call.method in ("banChatMember", "restrictChatMember"):
            if not self.bot_can_restrict:
                return "not enough rights to restrict/unban chat member"
            if int(call.params["user_id"]) in self.public_admins:
                return "user is an administrator of the chat"
        return None

    def _api_banChatMember(self, call: Call) -> Any:
        self.banned.append((int(call.params["chat_id"]), int(call.params["user_id"])))
        return True

    def _api_restrictChatMember(self, call: Call) -> Any:
        self.restricted.append((int(call.params["chat_id"]), int(call.params["user_id"]), call.get("permissions"),
                                int(call.params.get("until_date", 0))))
        return True

    def _api_getChatAdministrators(self, call: Call) -> Any:
        if call.params["chat_id"] != str(self.public_chat_id):
            admins = super()._api_getChatAdministrators(call)
            for admin in admins:
                if admin["user"]["id"] in self.usernames:
                    admin["user"]["username"] = self.usernames[admin["user"]["id"]]
            return admins
        return [{"status": "administrator", "is_anonymous": False, "can_be_edited": False,
                 "can_manage_chat": True, "can_delete_messages": True, "can_manage_video_chats": False,
                 "can_restrict_members": True, "can_promote_members": False, "can_change_info": False,
                 "can_invite_users": True, "can_post_stories": False, "can_edit_stories": False,
                 "can_delete_stories": False, "can_pin_messages": True,
                 "user": {"id": uid, "is_bot": False, "first_name": f"admin{uid}"}} for uid in self.public_admins]

    def _api_getChatMember(self, call: Call) -> Any:
        user_id = int(call.params["user_id"])
        if call.params["chat_id"] != str(self.staff_chat_id) or user_id == BOT_USER["id"]:
            return super()._api_getChatMember(call)
        user = {"id": user_id, "is_bot": False, "first_name": "u"}
        member = user_id in self.staff_members or user_id in self.group_admins
        return {"status": "member" if member else "left", "user": user}
