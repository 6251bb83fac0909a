"""Staff-facing texts both chat adapters show in a ticket's thread or topic."""

from __future__ import annotations

from core.errors import NotAllowed
from core.i18n import t
from core.models import Ticket
from core.tickets import StaffPost


def event_notice(ticket: Ticket, event: str, lang: str) -> str | None:
    """The line posted in the thread when a ticket changes state (None for events without one)."""
    moderator = ticket.moderator_name or "-"
    notices = {
        "claimed": lambda: t(lang, "staff.claimed", moderator=moderator),
        "resolved": lambda: t(lang, "staff.resolved", moderator=moderator),
        "closed": lambda: t(lang, "staff.closed"),
        "reopened": lambda: t(lang, "staff.reopened"),
        "rated": lambda: t(lang, "staff.rated", score=ticket.rating, comment=ticket.rating_comment or ""),
    }
    make = notices.get(event)
    return make() if make else None


def post_feedback(post: StaffPost, lang: str) -> str | None:
    """What to tell a moderator whose line was kept as a note (None when it went to the user)."""
    if post.message.internal and post.refused is None:
        return t(lang, "staff.note_saved")
    if isinstance(post.refused, NotAllowed):
        return t(lang, "staff.not_relayed")
    if post.refused is not None:
        return f"{t(lang, post.refused.key, **post.refused.params)} {t(lang, 'staff.note_saved')}"
    return None
