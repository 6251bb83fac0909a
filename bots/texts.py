"""Texts both chat adapters show: staff cards, titles and notices, and the reply to a refused action."""

from __future__ import annotations

from collections.abc import Callable

from core.errors import DeskError, NotAllowed
from core.i18n import t
from core.models import Author, Ticket, TicketState
from core.tickets.notify import TicketCard
from core.tickets.priority import mark as priority_mark
from core.tickets.service import StaffPost
from faq.loader import FaqFileError

INTERNAL_PREFIX = "!"
TRANSCRIPT_LINES, TRANSCRIPT_LINE_CHARS = 20, 300  # what a card shown again carries of the conversation


def ticket_title(ticket: Ticket, limit: int) -> str:
    """A topic's or thread's name: number, category, language, and who has it."""
    mark = {TicketState.RESOLVED: "✅ ", TicketState.CLOSED: "🔒 "}.get(ticket.state, "")
    title = f"{mark}{priority_mark(ticket.priority)}#{ticket.id} · {ticket.category or 'general'} · {ticket.language}"
    if ticket.state == TicketState.CLAIMED and ticket.moderator_name:
        title += f" · ✋ {ticket.moderator_name}"
    return title[:limit]


def card_text(card: TicketCard, lang: str, user: str) -> str:
    """The summary card that opens a ticket's thread; ``user`` is how the platform names the user."""
    ticket = card.ticket
    guesses = "; ".join(f"{entry_id} ({score:.2f}) {question}" for entry_id, question, score in card.guesses) or "-"
    earlier = ", ".join(f"#{e.id} {e.category or '-'} {e.state.value}" + (f" {e.rating}/5" if e.rating else "")
                        for e in card.earlier) or "-"
    state = t(lang, f"staff.state.{ticket.state.value}", moderator=ticket.moderator_name or "-")
    text = t(lang, "staff.card_full", number=ticket.id, category=ticket.category or "-", language=ticket.language,
             user=user, reason=ticket.escalation_reason or "-", question=card.question or "-", guesses=guesses,
             earlier=earlier, state=state)
    text += "\n" + t(lang, "staff.priority_line", priority=t(lang, f"staff.priority.{ticket.priority}"))
    return f"{text}\n{facts_text(card, lang)}" if card.facts else text


def facts_text(card: TicketCard, lang: str) -> str:
    """The identifiers the user pasted, one a line: chain, kind, value, and the explorer link for its chain."""
    lines = [t(lang, "staff.facts")]
    for fact in card.facts:
        label = " ".join(filter(None, [fact.chain, t(lang, f"staff.fact.{fact.kind}")]))
        lines.append(f"• {label}: {fact.value}" + (f"\n  {fact.link}" if fact.link else ""))
    return "\n".join(lines)


def split_internal(text: str) -> tuple[str, bool]:
    """A staff line starting with ``!`` is an internal note: return its text and whether it is one."""
    if text.startswith(INTERNAL_PREFIX):
        return text[len(INTERNAL_PREFIX):].strip(), True
    return text, False


def error_text(exc: BaseException, lang: str) -> str | None:
    """The reply to an error a person caused (a refused action, an invalid FAQ entry); None for a bug."""
    if isinstance(exc, DeskError):
        return t(lang, exc.key, **exc.params)
    if isinstance(exc, FaqFileError):
        problems = "\n".join(f"- {p.entry} / {p.field}: {p.message}" for p in exc.problems)
        return t(lang, "faq.invalid", problems=problems)
    return None


def event_notice(ticket: Ticket, event: str, lang: str) -> str | None:
    """The line posted in the thread when a ticket changes state (None for events without one)."""
    moderator = ticket.moderator_name or "-"
    notices = {
        "claimed": lambda: t(lang, "staff.claimed", moderator=moderator),
        "resolved": lambda: t(lang, "staff.resolved", moderator=moderator),
        "closed": lambda: t(lang, "staff.closed"),
        "reopened": lambda: t(lang, "staff.reopened"),
        "rated": lambda: t(lang, "staff.rated", score=ticket.rating, comment=ticket.rating_comment or ""),
        "rerated": lambda: t(lang, "staff.rerated", score=ticket.rating),
        "assigned": lambda: t(lang, "staff.assigned", moderator=moderator),
        "priority": lambda: t(lang, "staff.priority_changed", priority=t(lang, f"staff.priority.{ticket.priority}")),
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


def transcript_text(card: TicketCard, lang: str, escape: Callable[[str], str] = lambda text: text) -> str:
    """The conversation so far (its latest lines), sent after a card shown again in a new thread."""
    user = escape(card.ticket.user_name or card.ticket.user_id)
    lines = []
    for message in card.transcript[-TRANSCRIPT_LINES:]:
        text = escape(message.text[:TRANSCRIPT_LINE_CHARS]) + (" 📎" if message.attachment else "")
        if message.author == Author.USER:
            lines.append(t(lang, "staff.user_says", user=user, text=text))
        else:
            kind = "note" if message.internal else message.author.value
            lines.append(t(lang, f"setup.line.{kind}", text=text))
    return "\n".join([t(lang, "setup.transcript"), *lines])
