"""Handlers for moderators in the staff group: each ticket is a forum topic they claim, answer, resolve."""

from __future__ import annotations

from telegram import Update

from bots.telegram import callbacks, copies
from bots.telegram.context import (
    Context,
    acting,
    command_body,
    desk_errors,
    language,
    reply,
    services,
    tell,
    topic_ticket,
)
from bots.telegram.user import attachment_of
from bots.texts import post_feedback, split_internal
from core.i18n import render, t
from core.models import Ticket


@desk_errors
async def topic_message(update: Update, context: Context) -> None:
    """A moderator wrote in a ticket's topic: relay it to the user, or keep it as an internal note."""
    msg = update.effective_message
    assert msg is not None
    ticket = await topic_ticket(update, context, say=False)
    if ticket is None:
        return  # staff chatter in a topic that is not a ticket
    text, internal = split_internal(msg.text or msg.caption or "")
    await _post(update, context, ticket, text, internal=internal)


@desk_errors
async def note(update: Update, context: Context) -> None:
    """/note TEXT: an internal note on the topic's ticket, never sent to the user."""
    if ticket := await topic_ticket(update, context):
        await _post(update, context, ticket, command_body(update), internal=True)


@desk_errors
async def snippet(update: Update, context: Context) -> None:
    """/snippet NAME in a ticket's topic: a canned reply in the user's language; /snippet alone lists them."""
    desk = services(context).desk
    name, lang = command_body(update).strip(), language(update, context)
    if not name:
        await reply(update, render(lang, desk.snippet_list(lang)))
        return
    if ticket := await topic_ticket(update, context):
        feedback = post_feedback(await desk.send_snippet(ticket.id, await acting(update, context), name), lang)
        if feedback:
            await reply(update, feedback)


@desk_errors
async def claim(update: Update, context: Context) -> None:
    """/claim in a ticket's topic."""
    if ticket := await topic_ticket(update, context):
        await services(context).desk.claim(ticket.id, await acting(update, context))


@desk_errors
async def resolve(update: Update, context: Context) -> None:
    """/resolve in a ticket's topic: the user is asked for a rating."""
    if ticket := await topic_ticket(update, context):
        await services(context).desk.resolve(ticket.id, await acting(update, context))


@desk_errors
async def reopen(update: Update, context: Context) -> None:
    """/reopen in a resolved ticket's topic."""
    if ticket := await topic_ticket(update, context):
        await services(context).desk.reopen(ticket.id, await acting(update, context))


@desk_errors
async def button(update: Update, context: Context) -> None:
    """Claim / Resolve on a ticket card; the ticket number is in the button, so old cards keep working."""
    query = update.callback_query
    assert query is not None
    pressed = callbacks.parse(query.data)
    if pressed is None or pressed.action not in (callbacks.CLAIM, callbacks.RESOLVE):
        await query.answer()
        return
    try:
        ticket_id = pressed.number()
    except (ValueError, IndexError):
        await tell(update, t(language(update, context), "error.input.invalid"))
        return
    desk = services(context).desk
    actor = await acting(update, context)
    if pressed.action == callbacks.CLAIM:
        # Also the claimer's button (disabled in core.tickets.cards; Telegram has none disabled): it says who has it.
        ticket = await desk.claim(ticket_id, actor)
        await query.answer(t(language(update, context), "staff.claimed", moderator=ticket.moderator_name or "-"))
    else:
        await desk.resolve(ticket_id, actor)
        await query.answer()


async def _post(update: Update, context: Context, ticket: Ticket, text: str, *, internal: bool) -> None:
    """Store a staff message; one that may not reach the user yet is kept as a note, never dropped."""
    msg = update.effective_message
    assert msg is not None
    post = await services(context).desk.post_from_staff(
        ticket.id, await acting(update, context), text, internal=internal, attachment=attachment_of(msg),
        ref=copies.ref_of(msg))
    feedback = post_feedback(post, language(update, context))
    if feedback:
        await reply(update, feedback)

