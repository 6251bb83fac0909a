"""The fake Discord with native polls: a message's ``poll``, ending it, and the vote events people make.

As documented (https://discord.com/developers/docs/resources/poll): a question of up to 300
characters, 1-10 answers of up to 55 characters each, a ``duration`` of 1-768 hours; Discord numbers
the answers (``answer_id``) and returns the poll with its ``expiry`` and ``results``. Only the poll's
author can end it early (``POST /channels/{channel}/polls/{message}/expire``), once. A vote is
dispatched as ``MESSAGE_POLL_VOTE_ADD`` (its removal as ``_REMOVE``) only to a bot that identified with
the ``DIRECT_MESSAGE_POLLS`` intent for a DM, ``GUILD_MESSAGE_POLLS`` in a server. An ended poll takes
no votes; a single-choice vote is removed before the voter picks another answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.discord.fake_discord import BOT, DM_BASE, DM_SPAN, Call, FakeDiscord, FakeMember, Refusal, now

GUILD_MESSAGE_POLLS, DIRECT_MESSAGE_POLLS = 1 << 24, 1 << 25
QUESTION_LIMIT, ANSWER_LIMIT, ANSWERS_MAX, HOURS_MAX = 300, 55, 10, 768
INVALID_FORM, UNKNOWN_MESSAGE, POLL_EXPIRED = 50035, 10008, 520001


@dataclass
class PollDiscord(FakeDiscord):
    votes: dict[int, dict[int, set[int]]] = field(default_factory=dict)  # message -> voter -> answer ids

    async def vote(self, who: FakeMember, message: dict[str, Any], answer_id: int, *, remove: bool = False) -> bool:
        """``who`` votes for (or ``remove``s their vote for) an answer; False when a client could not."""
        poll = message.get("poll")
        if poll is None or poll["results"]["is_finalized"]:
            return False
        if answer_id not in [a["answer_id"] for a in poll["answers"]]:
            return False
        mine = self.votes.setdefault(int(message["id"]), {}).setdefault(who.id, set())
        if remove != (answer_id in mine):
            return False  # a vote that is not there to remove, or one already cast
        if not remove and mine and not poll["allow_multiselect"]:
            raise AssertionError("a client removes a single-choice vote before picking another answer")
        (mine.discard if remove else mine.add)(answer_id)
        channel = int(message["channel_id"])
        dm = DM_BASE <= channel < DM_BASE + DM_SPAN
        event = {"user_id": str(who.id), "channel_id": str(channel), "message_id": message["id"],
                 "answer_id": answer_id}
        if not dm:
            event["guild_id"] = str(self.guild_id)
        if self.intents & (DIRECT_MESSAGE_POLLS if dm else GUILD_MESSAGE_POLLS):
            await self.dispatch("MESSAGE_POLL_VOTE_REMOVE" if remove else "MESSAGE_POLL_VOTE_ADD", event)
        return True

    async def _answer(self, call: Call) -> Any:
        parts = call.path.strip("/").split("/")
        body = call.body if isinstance(call.body, dict) else {}
        if parts[0] == "channels" and parts[2:] == ["messages"] and call.method == "POST" and "poll" in body:
            poll = _poll(body["poll"])
            message = await super()._answer(call)
            message["poll"] = poll
            return message
        if parts[0] == "channels" and parts[2:3] == ["polls"] and parts[4:] == ["expire"] and call.method == "POST":
            self._check_channel(call, parts)
            message = self.messages.get(int(parts[3]))
            if message is None or message.get("channel_id") != parts[1] or "poll" not in message:
                raise Refusal(404, {"message": "Unknown Message", "code": UNKNOWN_MESSAGE})
            if message["author"]["id"] != BOT["id"]:
                raise Refusal(403, {"message": "Missing Permissions", "code": 50013})
            if message["poll"]["results"]["is_finalized"]:
                raise Refusal(400, {"message": "Poll expired", "code": POLL_EXPIRED})
            message["poll"]["results"]["is_finalized"] = True
            message["poll"]["expiry"] = now()
            return message
        return await super()._answer(call)


def _poll(create: dict[str, Any]) -> dict[str, Any]:
    """The poll object Discord stores for a poll create request; refuses what Discord refuses."""
    question = (create.get("question") or {}).get("text") or ""
    answers = [(a.get("poll_media") or {}) for a in create.get("answers") or []]
    hours = create.get("duration", 24)
    if not 1 <= len(question) <= QUESTION_LIMIT or not 1 <= len(answers) <= ANSWERS_MAX \
            or any(not 1 <= len(a.get("text") or "") <= ANSWER_LIMIT for a in answers) \
            or not 1 <= hours <= HOURS_MAX:
        raise Refusal(400, {"message": "Invalid Form Body", "code": INVALID_FORM})
    expiry = datetime.now(UTC) + timedelta(hours=hours)
    return {"question": {"text": question}, "expiry": expiry.isoformat(),
            "allow_multiselect": bool(create.get("allow_multiselect")), "layout_type": create.get("layout_type", 1),
            "answers": [{"answer_id": n, "poll_media": media} for n, media in enumerate(answers, start=1)],
            "results": {"is_finalized": False, "answer_counts": []}}
