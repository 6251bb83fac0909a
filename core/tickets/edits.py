"""Edit and delete sync: a person changes a line they wrote, and the copy a relay posted of it follows.

A relayed line keeps the platform reference of the person's own message (``ref``) and of the copy the
relay posted (``copy_ref``, ``QUEUED`` until the relay is delivered). A change stores the new words,
keeps the old ones for the transcript, and writes an edit row in the lane of the copy it edits: it goes
out behind the relay that posts the copy, and reads the copy's reference when it is delivered.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from core.models import Author, TicketMessage
from core.outbox.effects import EffectKind
from core.tickets.service import TicketService

log = logging.getLogger(__name__)

QUEUED = "queued"  # copy_ref of a line whose relay is written but not delivered yet
EDITED, DELETED = "message_edited", "message_deleted"  # event-log kinds; their detail names the line, never its text


async def relayed(tickets: TicketService, message: TicketMessage, ref: str | None) -> None:
    """Remember where a line came from, and that a relay posts a copy of it (in the relay's unit of work)."""
    await tickets.repo.set_message_refs(message.id, ref=ref, copy=None if message.internal else QUEUED)


async def revise(tickets: TicketService, message: TicketMessage, text: str | None, actor: str) -> TicketMessage | None:
    """Store a line's new (redacted) words, or its deletion (``text`` None), and edit its copy; None if nothing changed.

    Call inside a unit of work. An internal note, or a line no relay posted, only changes in the transcript.
    """
    now = tickets.clock()
    if text is None:
        if message.deleted_at is not None:
            return None
        revised, kind = replace(message, deleted_at=now), DELETED
    else:
        if text == message.text or message.deleted_at is not None:
            return None  # the same words (a platform also reports a changed link preview as an edit)
        revised, kind = replace(message, text=text, edited_at=now, earlier=(*message.earlier, message.text)), EDITED
    await tickets.repo.revise_message(revised)
    await tickets.note(message.ticket_id, kind, f"message {message.id}", actor=actor)
    if message.copy_ref is not None and not message.internal:
        ticket = await tickets.get(message.ticket_id)
        copy = EffectKind.EDIT_STAFF if message.author == Author.USER else EffectKind.EDIT_USER
        await tickets.emit(ticket, copy, message=message.id)
    log.info("ticket %s: line %s %s", message.ticket_id, message.id, kind)
    return revised
