"""Test doubles at the edges: a deterministic embedder and a notifier that records what it was told."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import numpy as np

from core.models import Ticket, TicketMessage
from core.outbox.answers import Answer
from core.ports import TicketRepo
from core.tickets.notify import Reminder, StaffThread, TicketCard
from core.tickets.transcripts import TranscriptFile


async def new_staff_thread(repo: TicketRepo, ticket_id: int, old: str | None = None) -> Ticket:
    """The ticket once a new staff thread and its card are stored (the thread first, as soon as it exists;
    the card once posted, after the bot's last call)."""
    for _ in range(3000):  # a guard against a hung test, not a speed assertion
        ticket = await repo.get(ticket_id)
        assert ticket is not None
        if ticket.thread_ref not in (None, old) and ticket.card_ref is not None:
            return ticket
        await asyncio.sleep(0.01)
    raise AssertionError(f"ticket {ticket_id} never got a new staff thread")


class MovableClock:
    """The desk's clock, moved by the test: timers are tested by moving time, not by waiting."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class FakeEmbedder:
    """Hashes character bigrams and words into a vector: similar wording gives similar vectors."""

    name = "fake-ngrams"
    dim = 512

    def __init__(self) -> None:
        self.calls = 0

    def _one(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        lowered = text.lower()
        grams = [lowered[i : i + 2] for i in range(len(lowered) - 1)] + lowered.split()
        for gram in grams:
            vector[int(hashlib.md5(gram.encode()).hexdigest()[:8], 16) % self.dim] += 1.0
        norm = np.linalg.norm(vector)
        return vector / norm if norm else vector

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        return np.stack([self._one(t) for t in texts])

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_queries(texts)


class FakeNotifier:
    """Records every outbound call, and hands out thread references like a platform would."""

    def __init__(self) -> None:
        self.opened: list[TicketCard] = []
        self.to_staff_sent: list[tuple[int, str]] = []
        self.to_user_sent: list[tuple[int, str]] = []
        self.changes: list[tuple[int, str]] = []
        self.ratings: list[int] = []
        self.finals: list[tuple[int, str]] = []
        self.reminders: list[tuple[int, str, str]] = []
        self.answers: list[tuple[int, Answer]] = []
        self.transcripts: list[tuple[int, TranscriptFile]] = []
        self.copies: dict[str, str] = {}  # each relayed copy as it reads now
        self.edits: list[tuple[int, str, str | None, str]] = []  # (ticket, side, copy edited, its new text)

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        self.opened.append(card)
        return StaffThread(f"thread-{card.ticket.id}", f"card-{card.ticket.id}")

    async def to_staff(self, ticket: Ticket, message: TicketMessage) -> str | None:
        self.to_staff_sent.append((ticket.id, message.text))
        return self._copy("staff", message.text)

    async def to_user(self, ticket: Ticket, message: TicketMessage) -> str | None:
        self.to_user_sent.append((ticket.id, message.text))
        return self._copy("user", message.text)

    async def edit_staff_copy(self, ticket: Ticket, message: TicketMessage) -> str | None:
        return self._edit("staff", ticket, message)

    async def edit_user_copy(self, ticket: Ticket, message: TicketMessage) -> str | None:
        return self._edit("user", ticket, message)

    def _copy(self, side: str, text: str) -> str:
        ref = f"{side}-copy-{len(self.copies) + 1}"
        self.copies[ref] = text
        return ref

    def _edit(self, side: str, ticket: Ticket, message: TicketMessage) -> str | None:
        """Like a platform: only a copy it posted can be edited; no known copy, and the line is posted anew."""
        shown = "(deleted) " + message.text if message.deleted_at else "(edited) " + message.text
        self.edits.append((ticket.id, side, message.copy_ref, shown))
        if message.copy_ref in self.copies:
            assert message.copy_ref.startswith(side), "an edit of the other side's copy"
            self.copies[message.copy_ref] = shown
            return None
        return self._copy(side, shown)

    async def ticket_changed(self, ticket: Ticket, event: str) -> None:
        self.changes.append((ticket.id, event))

    async def request_rating(self, ticket: Ticket) -> str | None:
        self.ratings.append(ticket.id)
        return f"rating-{ticket.id}-{len(self.ratings)}"

    async def rating_final(self, ticket: Ticket, request: str) -> None:
        self.finals.append((ticket.id, request))

    async def remind(self, ticket: Ticket, reminder: Reminder) -> None:
        self.reminders.append((ticket.id, reminder.kind, reminder.audience))

    async def answer(self, ticket: Ticket, answer: Answer) -> None:
        self.answers.append((ticket.id, answer))

    async def post_transcript(self, ticket: Ticket, transcript: TranscriptFile) -> str | None:
        self.transcripts.append((ticket.id, transcript))
        return f"transcript-{ticket.id}-{len(self.transcripts)}"
