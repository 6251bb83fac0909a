"""One outbox row as its ``Notifier`` call: what each kind of row asks the platform to show.

Rows hold references (a transcript line's id, an event name); the call reads what they point to at
delivery time, so a retry shows the same thing and a row never carries more user text than needed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from core.i18n import Reply
from core.models import ACTIVE_STATES, Author, Ticket
from core.outbox.answers import Answer
from core.outbox.effects import EffectKind, OutboxItem
from core.ports import TicketRepo
from core.tickets.notify import Notifier, Reminder, TicketCard
from core.tickets.transcripts import staff_file
from core.understanding.facts import facts_of

ThreadMade = Callable[[str], Awaitable[None]]


async def call(notifier: Notifier, item: OutboxItem, ticket: Ticket, tickets: TicketRepo, made: ThreadMade) -> object:
    """Make the row's call; return what the platform gave back (a new thread, a message reference) if anything.

    ``made`` is told a new staff thread's reference the moment the platform creates it.
    """
    kind, payload = item.effect.kind, item.effect.payload
    if kind == EffectKind.CARD:
        return await notifier.ticket_opened(await card_of(item, ticket, tickets, made))
    if kind in (EffectKind.TO_STAFF, EffectKind.TO_USER):
        message = await tickets.message(int(payload["message"]))
        if message is None:
            return None
        send = notifier.to_staff if kind == EffectKind.TO_STAFF else notifier.to_user
        return await send(ticket, message)  # the copy it posted, so that an edit can find it
    elif kind in (EffectKind.EDIT_STAFF, EffectKind.EDIT_USER):  # read now: the copy its relay stored, the text now
        message = await tickets.message(int(payload["message"]))
        if message is None:
            return None
        edit = notifier.edit_staff_copy if kind == EffectKind.EDIT_STAFF else notifier.edit_user_copy
        return await edit(ticket, message)
    elif kind == EffectKind.CHANGED:
        await notifier.ticket_changed(ticket, str(payload["event"]))
    elif kind == EffectKind.RATING_REQUEST:
        return await notifier.request_rating(ticket)
    elif kind == EffectKind.RATING_FINAL:
        await notifier.rating_final(ticket, str(payload["request"]))
    elif kind == EffectKind.REMIND:
        reply = Reply(str(payload["key"]), dict(payload.get("params") or {}))
        await notifier.remind(ticket, Reminder(str(payload["kind"]), str(payload["audience"]), reply))
    elif kind == EffectKind.ANSWER:
        await notifier.answer(ticket, Answer.from_payload(payload))
    elif kind == EffectKind.TRANSCRIPT:  # rendered now, from the records up to the row's moment
        return await notifier.post_transcript(ticket, await staff_file(tickets, ticket.id, payload))
    else:
        raise ValueError(f"unknown outbox row kind {kind}")
    return None


async def card_of(item: OutboxItem, ticket: Ticket, tickets: TicketRepo, made: ThreadMade) -> TicketCard:
    """The staff card of a CARD row: the question, the bot's guesses, earlier tickets, the facts found."""
    payload = item.effect.payload
    earlier = tuple(t for t in await tickets.list(platform=ticket.platform, user_id=ticket.user_id, limit=6)
                    if t.id != ticket.id and t.state not in ACTIVE_STATES)[:5]
    transcript = tuple(await tickets.messages(ticket.id))
    question = str(payload.get("question") or "")
    if not question:  # shown again: the latest user line is the question
        question = next((m.text for m in reversed(transcript) if m.author == Author.USER), "")
    guesses = tuple((str(g[0]), str(g[1]), float(g[2])) for g in payload.get("guesses") or ())
    facts = facts_of(m.text for m in transcript if m.author == Author.USER)
    return TicketCard(ticket, question, guesses, earlier, transcript, bool(payload.get("again")),
                      facts=facts, thread=item.result, made=made)
