"""Candidate phrasings: how users actually asked for an entry, kept for an admin to add to its questions.

A user who picks a suggestion or confirms an answer, or a moderator who links a resolved ticket to an
entry, tells us which entry a message meant. The message, as retrieval read it (secrets refused,
identifiers replaced by placeholders, greetings off), waits as a candidate until an admin accepts it
into the entry's questions or rejects it.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from core.understanding import understand
from core.understanding.redaction import PLACEHOLDER, redact
from core.understanding.text import normalize

PICK, CONFIRM, LINK = "pick", "confirm", "link"
MIN_CHARS = 4  # "ok", "好的": too little of a question to teach retrieval anything
MAX_CHARS = 300  # a long story is one user's situation, not a phrasing others will repeat

_REDACTED = re.compile(re.escape(PLACEHOLDER).replace(r"\{kind\}", r"\w+"))
_SPACES = re.compile(r"\s+")


class CandidateState(enum.StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Candidate:
    """One proposed phrasing of an entry, and what became of it."""

    entry_id: str
    platform: str
    text: str
    source: str  # pick | confirm | link
    created_at: datetime
    ticket_id: int | None = None
    state: CandidateState = CandidateState.PENDING
    decided_by: str | None = None
    decided_at: datetime | None = None
    id: int = 0  # set once stored

    @property
    def key(self) -> str:
        """What makes two candidates of one entry the same phrasing."""
        return phrasing_key(self.text)


class CandidateRepo(Protocol):
    """Candidate storage: one row per entry and phrasing; decisions are guarded (pending only)."""

    async def add(self, candidate: Candidate) -> Candidate | None:
        """Store ``candidate`` unless its entry already has that phrasing (any state); None if it had."""
        ...

    async def get(self, candidate_id: int) -> Candidate | None: ...

    async def pending(self, *, entry_id: str | None = None, limit: int = 50) -> list[Candidate]:
        """Pending candidates, oldest first."""
        ...

    async def decide(self, candidate_ids: Sequence[int], state: CandidateState, actor: str,
                     at: datetime) -> list[int]:
        """Set the state of those still pending; return the ids that changed."""
        ...


def phrasing(message: str, *, max_chars: int = MAX_CHARS) -> str | None:
    """The phrasing to learn from a stored (redacted) user message, or None when there is none to keep.

    A message that held a secret is never kept, not even masked: its wording is about that secret. The
    text is what retrieval read, so the identifiers a user pasted are placeholders, as in the queries.
    """
    if _REDACTED.search(message) or redact(message).found:
        return None
    text = understand(normalize(message)).text.strip()
    if not MIN_CHARS <= len(text) <= max_chars:
        return None
    return text


def phrasing_key(text: str) -> str:
    """A short digest of a phrasing with case and spacing ignored."""
    folded = _SPACES.sub(" ", normalize(text).casefold()).strip()
    return hashlib.sha256(folded.encode()).hexdigest()[:32]


def is_known(text: str, questions: Sequence[str]) -> bool:
    """Whether the entry already has this phrasing (case and spacing ignored)."""
    key = phrasing_key(text)
    return any(phrasing_key(q) == key for q in questions)
