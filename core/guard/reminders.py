"""The periodic "staff never DM you first" reminder in a public group or channel.

Posted by the bot where it guards, once ``every`` has passed since the last one and at least
``min_messages`` people's messages came since: a busy group hears it every few hours, a quiet one is not
filled with the bot's notices. Posted in both languages (the readers of a public group are not one
person), the desk's default first. A process that starts counts from its start, so a restart never
posts at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from core.clock import Clock, utcnow
from core.i18n import t

LANGUAGES = ("zh", "en")


@dataclass
class _Since:
    posted: datetime
    messages: int = 0


class SafetyReminder:
    """Counts the messages of each guarded chat and says when its reminder is due."""

    def __init__(self, every: timedelta, min_messages: int, clock: Clock = utcnow) -> None:
        self.every, self.min_messages, self.clock = every, min_messages, clock
        self._started = clock()
        self._chats: dict[str, _Since] = {}

    @property
    def enabled(self) -> bool:
        return self.every > timedelta(0)

    def seen(self, chat: str) -> bool:
        """Count one person's message in ``chat``; True when the reminder is due now (it is then counted as posted)."""
        if not self.enabled:
            return False
        since = self._chats.setdefault(chat, _Since(self._started))
        since.messages += 1
        now = self.clock()
        if since.messages < self.min_messages or now - since.posted < self.every:
            return False
        self._chats[chat] = _Since(now)
        return True


def reminder_text(platform: str, first_language: str, bots: list[str]) -> str:
    """The reminder in both languages, ``first_language`` first; it names the official bots when set."""
    order = sorted(LANGUAGES, key=lambda lang: lang != first_language)
    official = ", ".join(f"@{b}" for b in bots)
    parts = []
    for lang in order:
        text = t(lang, f"guard.reminder.{platform}")
        if official:
            text += " " + t(lang, "guard.reminder.bots", bots=official)
        parts.append(text)
    return "\n\n".join(parts)
