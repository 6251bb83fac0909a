"""Who handles a ticket and how urgently: a moderator hands it to another one, or changes its priority.

Both are guarded transitions like a claim (``TicketService``): the state read is the state written, so an
assignment racing a claim or a resolve loses cleanly. Each runs in one unit of work with its event and
the CHANGED effect that renames the thread, updates the card and tells the new owner.
"""

from __future__ import annotations

import logging

from core.errors import AlreadyClaimed, NotAllowed, TicketStateError
from core.models import HUMAN_STATES, Actor, Ticket, TicketState
from core.outbox.effects import EffectKind
from core.ports import TicketUpdate
from core.tickets.priority import parse_priority
from core.tickets.service import TicketService

log = logging.getLogger(__name__)

S = TicketState
ASSIGNED, PRIORITY = "assigned", "priority"  # event kinds, and the events the platforms show


class NotStaff(NotAllowed):
    """The person a ticket was to be assigned to is not a moderator or admin here."""

    key = "assign.not_staff"


class NotYours(NotAllowed):
    """Only its owner or an admin hands on a claimed ticket."""

    key = "assign.not_yours"


async def assign(tickets: TicketService, ticket_id: int, actor: Actor, target: Actor) -> Ticket:
    """Make ``target`` (a moderator, as the adapter found them on the platform) the owner of an active ticket.

    Any moderator hands on an open ticket; a claimed one only its owner or an admin. The target's rights
    come from the platform (staff group membership, moderator role), never from what was typed.
    """
    async with tickets.units():
        ticket = await _staff_ticket(tickets, ticket_id, actor, "assign")
        if not (target.is_moderator or target.is_admin) or target.platform != ticket.platform:
            raise NotStaff(name=target.name or target.user_id)
        if ticket.state == S.CLAIMED and ticket.moderator_id == target.user_id:
            return ticket  # already theirs: nobody is told twice
        if ticket.state == S.CLAIMED and not actor.is_admin and ticket.moderator_id != actor.user_id:
            raise NotYours(moderator=ticket.moderator_name or ticket.moderator_id or "-")
        name = target.name or target.user_id
        update = TicketUpdate(state=S.CLAIMED, moderator_id=target.user_id, moderator_name=name)
        if not await tickets.repo.transition(ticket_id, [ticket.state], update):
            current = await tickets.get(ticket_id)
            if current.state == S.CLAIMED:  # claimed by someone else since it was read
                raise AlreadyClaimed(ticket_id=ticket_id, moderator=current.moderator_name or current.moderator_id)
            raise TicketStateError(ticket_id=ticket_id, state=current.state.value)
        await tickets.note(ticket_id, ASSIGNED, target.key, actor=actor.key)
        ticket = await tickets.get(ticket_id)
        await tickets.emit(ticket, EffectKind.CHANGED, event=ASSIGNED)
    log.info("ticket %s assigned to %s by %s", ticket_id, target.key, actor.key)
    return ticket


async def set_priority(tickets: TicketService, ticket_id: int, actor: Actor, value: str) -> Ticket:
    """Change an active ticket's priority (moderators): its place in the queue and its SLA timers follow."""
    priority = parse_priority(value)
    async with tickets.units():
        ticket = await _staff_ticket(tickets, ticket_id, actor, "priority")
        if ticket.priority == priority:
            return ticket
        if not await tickets.repo.transition(ticket_id, [ticket.state],
                                             TicketUpdate(state=ticket.state, priority=priority)):
            raise TicketStateError(ticket_id=ticket_id, state=(await tickets.get(ticket_id)).state.value)
        await tickets.note(ticket_id, PRIORITY, f"{ticket.priority}->{priority}", actor=actor.key)
        ticket = await tickets.get(ticket_id)
        await tickets.emit(ticket, EffectKind.CHANGED, event=PRIORITY)
    return ticket


async def _staff_ticket(tickets: TicketService, ticket_id: int, actor: Actor, action: str) -> Ticket:
    """The active ticket a staff action names, shown where the action was made (checked in that order)."""
    if not (actor.is_moderator or actor.is_admin):
        raise NotAllowed(action=action)
    ticket = tickets.check_place(await tickets.get(ticket_id), actor)
    if ticket.state not in HUMAN_STATES:
        raise TicketStateError(ticket_id=ticket_id, state=ticket.state.value)
    return ticket
