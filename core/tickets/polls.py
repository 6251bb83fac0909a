"""Ratings asked as a native poll: how a poll's request is stored, so that a vote finds its ticket.

A vote names only its poll (Telegram's ``poll_id``; Discord's message id), never a ticket, and a poll's
options carry no data the bot wrote. So the reference the platform's ``request_rating`` returns, kept
as the ticket's ``rating_asked`` event, starts with the poll's id: ``poll:<poll>:<place>:<message>``.
"""

from __future__ import annotations

from dataclasses import dataclass

POLL_STYLE = "poll"
PREFIX = "poll:"
SCORES = range(1, 6)


@dataclass(frozen=True)
class PollRequest:
    """A rating poll as posted: its platform id, and the chat (or channel) and message holding it."""

    poll: str
    place: str
    message: str

    @property
    def ref(self) -> str:
        return f"{PREFIX}{self.poll}:{self.place}:{self.message}"

    @classmethod
    def parse(cls, ref: str) -> PollRequest | None:
        """The poll a stored request reference names; None for a request with buttons."""
        if not ref.startswith(PREFIX):
            return None
        parts = ref.removeprefix(PREFIX).split(":")
        return cls(*parts) if len(parts) == 3 and all(parts) else None


def asks_by_poll(ref: str, poll: str) -> bool:
    """Whether the stored request ``ref`` is the poll ``poll``."""
    return ref.startswith(f"{PREFIX}{poll}:")
