"""A reply to a user's own message as an outbox effect: its text and platform-neutral buttons.

The desk writes the answer in the same transaction as what it answers (the stored question, the
escalation), so a process killed after the commit still answers after its restart: the row is there.
Adapters render the actions as their buttons; nothing here knows a platform.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class UserChoice(StrEnum):
    """What a button under an answer does."""

    SOLVED = "solved"  # this answer solved it
    HUMAN = "human"  # talk to a person
    PICK = "pick"  # show this suggested entry


@dataclass(frozen=True)
class UserAction:
    """One button under a reply to a user: what it does, its label in the reply's language, its entry."""

    choice: UserChoice
    label: str
    entry_id: str | None = None


@dataclass(frozen=True)
class Answer:
    """The reply to one user message, delivered to the platform address the message came from."""

    to: str  # opaque to the core: the adapter's own reply address (a chat, a channel, a topic)
    text: str
    lang: str
    actions: tuple[UserAction, ...] = ()

    def payload(self) -> dict[str, Any]:
        return {"to": self.to, "text": self.text, "lang": self.lang,
                "actions": [[a.choice.value, a.label, a.entry_id] for a in self.actions]}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Answer:
        actions = tuple(UserAction(UserChoice(str(c)), str(label), str(entry) if entry else None)
                        for c, label, entry in payload.get("actions") or ())
        return cls(str(payload["to"]), str(payload.get("text") or ""), str(payload.get("lang") or "en"), actions)
