"""The fake Bot API with native polls: ``sendPoll``, ``stopPoll`` and the ``poll_answer`` updates votes make.

As documented (https://core.telegram.org/bots/api#sendpoll): a question of 1-300 characters, 2-12
options of 1-100 characters each; a ``poll_answer`` update only for a non-anonymous poll, only if the
bot's ``allowed_updates`` include it (the default list does), with ``option_ids`` empty when the vote is
retracted (since Bot API 9.6 also the options' ``persistent_id``s); then a ``poll`` update with the new
counts, as for every poll the bot sent. A stopped poll takes no votes, and stopping it twice is refused.
Anyone who sees the poll may vote (a poll forwarded to someone else is the same poll), but a client
retracts a vote before voting again.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from tests.telegram.fake_bot_api import Call, FakeBotApi, FakeUser

QUESTION_LIMIT, OPTION_LIMIT, OPTIONS_RANGE = 300, 100, range(2, 13)
# What getUpdates sends when ``allowed_updates`` was never set, or set to an empty list.
DEFAULT_EXCLUDED = ("chat_member", "message_reaction", "message_reaction_count")


@dataclass
class Poll:
    """A poll as Telegram keeps it: where it was posted, its shape and each voter's choice."""

    id: str
    chat_id: int
    message_id: int
    question: str
    options: list[str]
    is_anonymous: bool
    multiple: bool
    closed: bool = False
    votes: dict[int, list[int]] = field(default_factory=dict)

    def json(self) -> dict[str, Any]:
        counts = [sum(i in chosen for chosen in self.votes.values()) for i in range(len(self.options))]
        return {"id": self.id, "question": self.question, "total_voter_count": len(self.votes),
                "options": [{"text": text, "voter_count": n, "persistent_id": f"{self.id}-{i}"}
                            for i, (text, n) in enumerate(zip(self.options, counts, strict=True))],
                "is_closed": self.closed, "is_anonymous": self.is_anonymous, "type": "regular",
                "allows_multiple_answers": self.multiple, "allows_revoting": True, "members_only": False}


@dataclass
class PollBotApi(FakeBotApi):
    polls: dict[str, Poll] = field(default_factory=dict)
    allowed_updates: list[str] | None = None  # as the bot last asked for them

    def __post_init__(self) -> None:
        super().__post_init__()
        self._poll_ids = itertools.count(5_000_000_000_000_000_001)

    def poll_of(self, sent: Call) -> Poll:
        """The poll a ``sendPoll`` call posted."""
        return next(p for p in self.polls.values() if str(p.message_id) == sent.params.get("message_id"))

    def vote(self, user: FakeUser, poll: Poll, option_ids: list[int]) -> bool:
        """``user`` votes (``[]``: retracts their vote); False when a client could not (a stopped poll)."""
        if poll.closed or any(not 0 <= i < len(poll.options) for i in option_ids):
            return False
        if len(option_ids) > 1 and not poll.multiple:
            return False
        if option_ids and user.id in poll.votes:
            raise AssertionError("a client retracts a vote before voting again")
        if not option_ids and user.id not in poll.votes:
            return False  # nothing to retract
        if option_ids:
            poll.votes[user.id] = option_ids
        else:
            poll.votes.pop(user.id)
        if not poll.is_anonymous and self._wants("poll_answer"):
            self.push({"poll_answer": {"poll_id": poll.id, "user": user.json(), "option_ids": option_ids,
                                       "option_persistent_ids": [f"{poll.id}-{i}" for i in option_ids]}})
        if self._wants("poll"):
            self.push({"poll": poll.json()})
        return True

    def _wants(self, kind: str) -> bool:
        if not self.allowed_updates:
            return kind not in DEFAULT_EXCLUDED
        return kind in self.allowed_updates

    async def _get_updates(self, params: dict[str, str]) -> list[dict[str, Any]]:
        if "allowed_updates" in params:  # kept by Telegram until a later call changes it
            self.allowed_updates = json.loads(params["allowed_updates"])
        return await super()._get_updates(params)

    def _refusal(self, call: Call) -> str | None:
        if call.method == "stopPoll":
            poll = self._posted(call)
            if poll is None:
                return "message with poll to stop not found"
            return "poll has already been closed" if poll.closed else None
        if call.method != "sendPoll":
            return super()._refusal(call)
        question = call.params.get("question", "")
        options = [o if isinstance(o, str) else o.get("text", "") for o in call.get("options") or []]
        if not 1 <= len(question) <= QUESTION_LIMIT:
            return "poll question length must not exceed 300"
        if len(options) not in OPTIONS_RANGE:
            return "poll must have at least 2 option" if len(options) < 2 else "poll can't have more than 12 options"
        if any(not 1 <= len(text) <= OPTION_LIMIT for text in options):
            return "poll options length must not exceed 100"
        return None

    def _api_sendPoll(self, call: Call) -> Any:
        message = self._message_from(call)
        poll = Poll(str(next(self._poll_ids)), int(call.params["chat_id"]), int(message["message_id"]),
                    call.params["question"], [o if isinstance(o, str) else o["text"] for o in call.get("options")],
                    is_anonymous=call.get("is_anonymous", True) is not False,
                    multiple=call.get("allows_multiple_answers", False) is True)
        self.polls[poll.id] = poll
        return {**message, "poll": poll.json()}

    def _api_stopPoll(self, call: Call) -> Any:
        poll = self._posted(call)
        assert poll is not None
        poll.closed = True
        return poll.json()

    def _posted(self, call: Call) -> Poll | None:
        return next((p for p in self.polls.values() if str(p.chat_id) == call.params.get("chat_id")
                     and str(p.message_id) == call.params.get("message_id")), None)
