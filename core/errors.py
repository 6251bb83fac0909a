"""Errors the core raises; each adapter maps them to a localized reply."""

from __future__ import annotations


class DeskError(Exception):
    """Base of every error a user or moderator can cause; ``key`` names its message."""

    key = "error.generic"
    quiet = False  # True: the adapter says nothing (e.g. the 2nd..nth message of a flood)

    def __init__(self, message: str = "", **params: object) -> None:
        super().__init__(message or self.key)
        self.params = params


class TicketNotFound(DeskError):
    key = "error.ticket_not_found"


class TicketStateError(DeskError):
    """The ticket is not in a state that allows this action."""

    key = "error.ticket_state"


class AlreadyClaimed(DeskError):
    key = "ticket.already_claimed"


class AlreadyRated(DeskError):
    """The ticket's rating is final (its change window has passed)."""

    key = "rating.already"


class NotAllowed(DeskError):
    key = "error.not_allowed"


class FaqEntryNotFound(DeskError):
    key = "faq.not_found"


class FaqConflict(DeskError):
    key = "faq.conflict"


class NothingToUndo(DeskError):
    key = "faq.nothing_to_undo"


class InvalidInput(DeskError):
    """Bad user input; ``reason`` (empty, too_long, rating) picks the message."""

    key = "error.input.invalid"

    def __init__(self, message: str = "", **params: object) -> None:
        self.key = f"error.input.{params.get('reason', 'invalid')}"
        super().__init__(message, **params)


class StorageUnavailable(DeskError):
    """The database is locked, gone or unreachable; nothing was changed."""

    key = "error.storage"


class RateLimited(DeskError):
    """A user sends faster than the limit; only the first refusal of a stretch is answered."""

    key = "error.rate_limited"

    def __init__(self, message: str = "", *, quiet: bool = False, **params: object) -> None:
        super().__init__(message, **params)
        self.quiet = quiet


class TicketCooldown(DeskError):
    """A user asks for another ticket too soon after the last one."""

    key = "error.ticket_cooldown"
