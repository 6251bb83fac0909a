"""A ticket's transcript as JSON or as one self-contained HTML page (inline CSS, no scripts, nothing fetched)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from core.errors import TicketNotFound
from core.i18n import t
from core.models import Author, Ticket, TicketEvent, TicketMessage
from core.ports import TicketRepo

_CSS = """
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","WenQuanYi Micro Hei","PingFang SC",
"Microsoft YaHei",sans-serif;margin:24px auto;max-width:860px;padding:0 16px;color:#1d2733;background:#f5f7fa}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:22px 0 10px}.muted{color:#66707d}
table{border-collapse:collapse;width:100%;background:#fff;border-radius:8px;box-shadow:0 1px 2px #0001}
td,th{text-align:left;padding:5px 10px;border-bottom:1px solid #e6e9ee;vertical-align:top}
th{font-weight:600;color:#48515c;width:32%}
.msg{background:#fff;border-radius:8px;padding:10px 14px;margin:0 0 10px;box-shadow:0 1px 2px #0001;
border-left:4px solid #3b82f6}
.msg.moderator{border-left-color:#16a34a}.msg.bot,.msg.system{border-left-color:#94a3b8}
.msg.internal{background:#fff8e1;border:1px dashed #f59e0b;border-left:4px solid #f59e0b}
.meta{font-size:12px;color:#66707d;margin-bottom:4px}.meta b{color:#1d2733}
.badge{display:inline-block;background:#f59e0b;color:#fff;border-radius:4px;padding:0 6px;margin-right:6px}
.text{white-space:pre-wrap;overflow-wrap:anywhere}.attachment{font-size:12px;color:#48515c;margin-top:4px}
"""
_TIME = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Transcript:
    """A ticket with its messages and event log, in the order they happened."""

    ticket: Ticket
    messages: list[TicketMessage]
    events: list[TicketEvent]


@dataclass(frozen=True)
class TranscriptFile:
    """A rendered HTML transcript, ready to post as a file."""

    ticket_id: int
    lang: str
    data: bytes  # the page, UTF-8

    @property
    def name(self) -> str:
        return f"ticket-{self.ticket_id}.html"


@dataclass(frozen=True)
class TranscriptOptions:
    """How the staff copy posted on resolve and close is rendered: the desk's time zone, the staff's language."""

    timezone: str
    lang: str

    def payload(self, until: datetime) -> dict[str, Any]:
        """The outbox payload of a TRANSCRIPT row emitted at ``until``."""
        return {"until": until.isoformat(), "timezone": self.timezone, "lang": self.lang}


async def load_transcript(repo: TicketRepo, ticket_id: int) -> Transcript:
    """Read a ticket, its messages and its events; raise ``TicketNotFound`` for an unknown number."""
    ticket = await repo.get(ticket_id)
    if ticket is None:
        raise TicketNotFound(ticket_id=ticket_id)
    return Transcript(ticket, await repo.messages(ticket_id), await repo.events(ticket_id))


async def staff_file(repo: TicketRepo, ticket_id: int, payload: dict[str, Any]) -> TranscriptFile:
    """The staff copy a TRANSCRIPT row asks for, notes and event log included, up to the moment it was emitted.

    Rendered when it is delivered, from the stored records: a delivery retried later shows the same lines.
    """
    transcript = await load_transcript(repo, ticket_id)
    until = _utc(datetime.fromisoformat(str(payload["until"])))
    transcript = Transcript(transcript.ticket, [m for m in transcript.messages if _utc(m.at) <= until],
                            [e for e in transcript.events if _utc(e.at) <= until])
    return html_file(transcript, timezone=str(payload["timezone"]), lang=str(payload["lang"]), include_internal=True)


def html_file(transcript: Transcript, *, timezone: str, lang: str, include_internal: bool) -> TranscriptFile:
    """The transcript as an HTML file (``ticket-<number>.html``)."""
    page = to_html(transcript, timezone=timezone, lang=lang, include_internal=include_internal)
    return TranscriptFile(transcript.ticket.id, lang, page.encode("utf-8"))


def attachment_kind(ref: str) -> str:
    """Return what an attachment is ("photo:<file id>" -> "photo"); a bare URL or id is just a "file"."""
    # The reference itself is a platform token (or a signed CDN URL): useless to a reader, so never shown.
    kind, sep, rest = ref.partition(":")
    return kind if sep and kind.isalpha() and not rest.startswith("//") else "file"


def to_json(transcript: Transcript, *, timezone: str, include_internal: bool) -> dict[str, Any]:
    """Return the transcript as JSON-ready values; times are ISO 8601 in the desk's zone."""
    zone, ticket = ZoneInfo(timezone), transcript.ticket
    payload: dict[str, Any] = {
        "number": ticket.id, "platform": ticket.platform, "user_id": ticket.user_id, "user_name": ticket.user_name,
        "state": ticket.state.value, "category": ticket.category, "language": ticket.language,
        "timezone": timezone, "moderator": ticket.moderator_name, "rating": ticket.rating,
        "rating_comment": ticket.rating_comment,
        **{f"{name}_at": _iso(when, zone) for name, when in _times(ticket)},
        "messages": [{"author": m.author.value, "at": _iso(m.at, zone), "text": m.text, "internal": m.internal,
                      "attachment": attachment_kind(m.attachment) if m.attachment else None}
                     for m in _visible(transcript.messages, include_internal)],
    }
    # The event log is the staff's record (actors' platform ids, outbox failures): not part of the user's copy.
    if include_internal:
        payload["events"] = [{"kind": e.kind, "actor": e.actor, "at": _iso(e.at, zone), "detail": e.detail}
                             for e in transcript.events]
    return payload


def to_html(transcript: Transcript, *, timezone: str, lang: str, include_internal: bool) -> str:
    """Return the whole page, labels in ``lang``, times in the desk's zone."""
    zone, ticket = ZoneInfo(timezone), transcript.ticket
    title = t(lang, "transcript.title", number=ticket.id)
    facts = [
        ("platform", ticket.platform), ("user", ticket.user_name or ticket.user_id),
        ("state", t(lang, f"staff.state.{ticket.state.value}", moderator=ticket.moderator_name or "-")),
        ("category", ticket.category or "-"), ("language", ticket.language),
        *((name, _local(when, zone)) for name, when in _times(ticket)),
        ("moderator", ticket.moderator_name or "-"),
        ("rating", t(lang, "transcript.stars", rating=ticket.rating) if ticket.rating else "-"),
        ("comment", ticket.rating_comment or "-"),
    ]
    messages = _visible(transcript.messages, include_internal)
    parts = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="muted">{escape(t(lang, "transcript.times_in", timezone=timezone))}</p>',
        _table([(t(lang, f"transcript.field.{name}"), value) for name, value in facts]),
        f'<h2>{escape(t(lang, "transcript.messages"))}</h2>',
        *(_message(m, ticket, zone, lang) for m in messages),
    ]
    if not messages:
        parts.append(f'<p class="muted">{escape(t(lang, "transcript.no_messages"))}</p>')
    if include_internal and transcript.events:
        parts.append(f'<h2>{escape(t(lang, "transcript.events"))}</h2>')
        parts.append(_table([(_local(e.at, zone), f"{e.kind} · {e.actor} {e.detail}".rstrip())
                             for e in transcript.events]))
    return (f'<!doctype html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>{''.join(parts)}</body></html>\n")


def _message(m: TicketMessage, ticket: Ticket, zone: ZoneInfo, lang: str) -> str:
    role = t(lang, f"transcript.author.{m.author.value}")
    # Staff lines carry the actor's key ("telegram:42"); only the ticket's own moderator has a known name.
    own = m.author_id in (ticket.moderator_id, f"{ticket.platform}:{ticket.moderator_id}")
    name = {Author.USER: ticket.user_name, Author.MODERATOR: ticket.moderator_name if own else None}.get(m.author)
    who = f"{role} · {name}" if name else role
    badge = f'<span class="badge">{escape(t(lang, "transcript.internal"))}</span>' if m.internal else ""
    kind = " internal" if m.internal else ""
    text = f'<div class="text">{escape(m.text)}</div>' if m.text else ""
    attached = ""
    if m.attachment:
        label = t(lang, "transcript.attachment", kind=attachment_kind(m.attachment))
        attached = f'<div class="attachment">{escape(label)}</div>'  # no emoji: many fonts lack it
    return (f'<div class="msg {m.author.value}{kind}"><div class="meta">{badge}<b>{escape(who)}</b> '
            f'<time>{_local(m.at, zone)}</time></div>{text}{attached}{_history(m, zone, lang)}</div>')


def _history(m: TicketMessage, zone: ZoneInfo, lang: str) -> str:
    """An edited or deleted line says so, with the words it had before (edit and delete sync)."""
    marks = [t(lang, "transcript.deleted", at=_local(m.deleted_at, zone))] if m.deleted_at else []
    if m.edited_at:
        marks.append(t(lang, "transcript.edited", at=_local(m.edited_at, zone)))
    earlier = "".join(f'<div class="text"><s>{escape(text)}</s></div>' for text in m.earlier)
    return f'<div class="meta">{escape(" · ".join(marks))}</div>{earlier}' if marks else ""


def _table(rows: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows) + "</table>"


def _visible(messages: list[TicketMessage], include_internal: bool) -> list[TicketMessage]:
    return [m for m in messages if include_internal or not m.internal]


def _times(ticket: Ticket) -> list[tuple[str, datetime | None]]:
    return [("created", ticket.created_at), ("escalated", ticket.escalated_at),
            ("resolved", ticket.resolved_at), ("closed", ticket.closed_at)]


def _utc(when: datetime) -> datetime:
    # Stored times are UTC; a naive one (a fake repository, an old row) is read as UTC too.
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _in_zone(when: datetime, zone: ZoneInfo) -> datetime:
    return _utc(when).astimezone(zone)


def _iso(when: datetime | None, zone: ZoneInfo) -> str | None:
    return _in_zone(when, zone).isoformat() if when else None


def _local(when: datetime | None, zone: ZoneInfo) -> str:
    return _in_zone(when, zone).strftime(_TIME) if when else "-"
