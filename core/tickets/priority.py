"""Ticket priority: high, normal or low, from the ticket's category at escalation, changed by moderators.

A priority orders the queue (high before normal before low, then by age) and shortens the SLA timers of
high tickets. Plain values and pure functions: the ticket stores the word, so a renamed setting never
rewrites history.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.errors import InvalidInput

HIGH, NORMAL, LOW = "high", "normal", "low"
PRIORITIES = (HIGH, NORMAL, LOW)
# Queue order; the database sorts by the same ranks (storage.ticket_repo.queue_position).
RANK = {HIGH: 0, NORMAL: 1, LOW: 2}
# Shown before a ticket's title so a busy forum shows the urgent ones at a glance; normal has none.
MARKS = {HIGH: "🔴 ", LOW: "🔵 "}
SECURITY = "security"  # the category of scams, stolen funds and reports from the community guard
DEFAULT_CATEGORIES = {SECURITY: HIGH}
# Accepted spellings, so a moderator typing in Chinese or in short is understood.
_ALIASES = {"h": HIGH, "urgent": HIGH, "高": HIGH, "n": NORMAL, "medium": NORMAL, "中": NORMAL, "普通": NORMAL,
            "l": LOW, "低": LOW}


def parse_priority(text: str) -> str:
    """The priority a moderator typed (``high``, ``normal``, ``low``, or an alias); refuses anything else."""
    word = text.strip().lower()
    value = word if word in PRIORITIES else _ALIASES.get(word)
    if value is None:
        raise InvalidInput(reason="priority", value=text.strip() or "-", choices=" | ".join(PRIORITIES))
    return value


def priority_for(category: str | None, categories: Mapping[str, str]) -> str:
    """The priority a new ticket of ``category`` gets (normal for a category the setting does not name)."""
    return categories.get(category or "", NORMAL)


def timer_factor(priority: str, high_factor: float) -> float:
    """How much of the normal SLA wait a ticket of ``priority`` gets (high: ``high_factor``, others: all)."""
    return high_factor if priority == HIGH else 1.0


def mark(priority: str) -> str:
    """The prefix of a ticket's title for ``priority`` (empty for normal)."""
    return MARKS.get(priority, "")
