"""Domain objects of the support desk: plain dataclasses, no platform or SQL types."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.understanding.text import detect_language

LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class FaqEntry:
    """One knowledge-base entry: several question phrasings, one answer per language."""

    id: str
    category: str
    questions: tuple[str, ...]
    answer: dict[str, str]
    escalate: bool = False  # topics a human must handle (freezes, theft): answer, then open a ticket
    extra: dict[str, Any] = field(default_factory=dict)

    def answer_in(self, lang: str) -> str:
        """Return the answer in ``lang``, falling back to any language present."""
        return self.answer.get(lang) or next(iter(self.answer.values()))

    def question_in(self, lang: str) -> str:
        """Return the first question phrased in ``lang`` (for buttons), else the first question."""
        return next((q for q in self.questions if detect_language(q, lang) == lang), self.questions[0])


@dataclass(frozen=True)
class Snippet:
    """A moderator's canned reply, in every language."""

    name: str
    text: dict[str, str]

    def text_in(self, lang: str) -> str:
        """Return the text in ``lang``, falling back to any language present."""
        return self.text.get(lang) or next(iter(self.text.values()))


class FaqAction(enum.StrEnum):
    ADD = "add"
    EDIT = "edit"
    REMOVE = "remove"
    UNDO = "undo"
    IMPORT = "import"


@dataclass(frozen=True)
class FaqVersion:
    """One recorded change to an entry: who, when, and the text before and after."""

    entry_id: str
    version: int
    action: FaqAction
    actor: str
    at: datetime
    old: FaqEntry | None
    new: FaqEntry | None


class TicketState(enum.StrEnum):
    PENDING = "pending"  # the bot is answering
    OPEN = "open"  # escalated, waiting for a moderator
    CLAIMED = "claimed"
    RESOLVED = "resolved"
    CLOSED = "closed"


ACTIVE_STATES = frozenset({TicketState.PENDING, TicketState.OPEN, TicketState.CLAIMED})
HUMAN_STATES = frozenset({TicketState.OPEN, TicketState.CLAIMED})


class Author(enum.StrEnum):
    USER = "user"
    BOT = "bot"
    MODERATOR = "moderator"
    SYSTEM = "system"


@dataclass
class Ticket:
    """A user's conversation with the desk, from the bot's first answer to closing."""

    id: int
    platform: str
    user_id: str
    user_name: str
    state: TicketState
    language: str
    created_at: datetime
    updated_at: datetime
    category: str | None = None
    faq_guesses: list[str] = field(default_factory=list)
    thread_ref: str | None = None
    card_ref: str | None = None  # the staff card message inside the thread, edited on state changes
    moderator_id: str | None = None
    moderator_name: str | None = None
    escalated_at: datetime | None = None
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    rating: int | None = None
    rating_comment: str | None = None
    escalation_reason: str | None = None
    priority: str = "normal"  # high | normal | low (core.tickets.priority): queue order and SLA timers


@dataclass(frozen=True)
class TicketMessage:
    """One line of a ticket's transcript, already redacted."""

    ticket_id: int
    author: Author
    author_id: str
    text: str
    at: datetime
    internal: bool = False
    attachment: str | None = None
    id: int = 0  # set once stored
    # Edit and delete sync (core.tickets.edits): the platform reference of the person's own message, the
    # copy a relay posted of it (``QUEUED`` until delivered), and its history.
    ref: str | None = None
    copy_ref: str | None = None
    edited_at: datetime | None = None
    deleted_at: datetime | None = None
    earlier: tuple[str, ...] = ()  # the texts it had before its edits, oldest first


@dataclass(frozen=True)
class TicketEvent:
    """One entry of a ticket's event log."""

    ticket_id: int
    kind: str
    actor: str
    at: datetime
    detail: str = ""


@dataclass(frozen=True)
class Actor:
    """Who is calling the desk; the adapter decides the roles from its platform."""

    platform: str
    user_id: str
    name: str = ""
    is_moderator: bool = False
    is_admin: bool = False
    # The staff thread (a platform reference) the action came from, as the platform reported it; a staff
    # action aimed at a ticket shown elsewhere is a forged payload and is refused. None: not from a thread.
    where: str | None = None

    @property
    def key(self) -> str:
        """Return a stable id for logs and versions, e.g. ``telegram:42``."""
        return f"{self.platform}:{self.user_id}"
