"""Inline-button payloads. Each carries what it acts on (ticket number, entry id), so buttons keep
working after a restart without any state held in memory."""

from __future__ import annotations

from dataclasses import dataclass

SOLVED = "solved"
HUMAN = "human"
PICK = "pick"
RATE = "rate"
CLAIM = "claim"
RESOLVE = "resolve"
FORGET = "forget"  # "forget:<user id>": the /forgetme confirmation, acted on only by that user
# Guard cards in the staff group: "<action>:<guarded chat id without its minus>:<user id>".
GUARD_BAN = "gban"
GUARD_MUTE = "gmute"
GUARD_IGNORE = "gignore"
GUARD_ACTIONS = (GUARD_BAN, GUARD_MUTE, GUARD_IGNORE)

_MAX_BYTES = 64  # Telegram's limit for callback_data


@dataclass(frozen=True)
class Callback:
    """A parsed button press: its action and arguments."""

    action: str
    args: tuple[str, ...] = ()

    def encode(self) -> str:
        """Return the ``callback_data`` string; raises if it would exceed Telegram's limit."""
        data = ":".join((self.action, *self.args))
        if len(data.encode()) > _MAX_BYTES:
            raise ValueError(f"callback data too long: {data!r}")
        return data

    def number(self, position: int = 0) -> int:
        """Return argument ``position`` as an int; raises ``ValueError`` when it is not one.

        At most 18 digits: the data is the client's, and a database refuses integers past 64 bits.
        """
        arg = self.args[position]
        if not (arg.isascii() and arg.isdigit() and len(arg) <= 18):
            raise ValueError(f"not a number: {arg!r}")
        return int(arg)


def parse(data: str | None) -> Callback | None:
    """Parse ``callback_data``; None for anything this bot did not produce."""
    if not data:
        return None
    action, *args = data.split(":")
    if action not in (SOLVED, HUMAN, PICK, RATE, CLAIM, RESOLVE, FORGET, *GUARD_ACTIONS):
        return None
    return Callback(action, tuple(args))
