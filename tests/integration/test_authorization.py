"""The authorization matrix: every staff and admin action tried by the ticket's user, another user, a moderator,
the claiming moderator and an admin; only the right ones succeed, and the others leave nothing changed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from core.desk import Inbound
from core.errors import NotAllowed, TicketStateError
from core.models import Actor, FaqEntry

OWNER = Actor("test", "u1", "Ulla")
STRANGER = Actor("test", "u2", "Sam")
MOD = Actor("test", "m1", "Mia", is_moderator=True)
CLAIMER = Actor("test", "m2", "Omar", is_moderator=True)
ADMIN = Actor("test", "a1", "Ada", is_moderator=True, is_admin=True)
WHO = {"owner": OWNER, "stranger": STRANGER, "moderator": MOD, "claimer": CLAIMER, "admin": ADMIN}
NEW = FaqEntry("new-entry", "other", ("a new question",), {"en": "An answer.", "zh": "一个答案。"})

# action -> the roles allowed to do it
MATRIX: dict[str, set[str]] = {
    "claim": {"moderator", "claimer", "admin"},  # an open ticket: any moderator may take it
    "reply": {"claimer", "admin"},
    "note": {"moderator", "claimer", "admin"},
    "resolve": {"claimer", "admin"},
    "snippet": {"claimer", "admin"},
    "stats": {"moderator", "claimer", "admin"},
    "faq_add": {"admin"},
    "faq_edit": {"admin"},
    "faq_remove": {"admin"},
    "faq_undo": {"admin"},
    "close": {"owner", "moderator", "claimer", "admin"},
}


def action(desk, name: str, ticket_id: int) -> Callable[[Actor], Awaitable[object]]:  # type: ignore[no-untyped-def]
    tickets, faq = desk.tickets, desk.faq
    return {
        "claim": lambda a: tickets.claim(ticket_id, a),
        "reply": lambda a: tickets.staff_reply(ticket_id, a, "hello"),
        "note": lambda a: tickets.staff_reply(ticket_id, a, "a note", internal=True),
        "resolve": lambda a: tickets.resolve(ticket_id, a),
        "snippet": lambda a: desk.send_snippet(ticket_id, a, "checking"),
        "stats": lambda a: desk.stats(a),
        "faq_add": lambda a: faq.add(NEW, a),
        "faq_edit": lambda a: faq.edit(FaqEntry("deposit-missing", "deposit", ("where is my deposit",),
                                                {"en": "Edited.", "zh": "已修改。"}), a),
        "faq_remove": lambda a: faq.remove("deposit-missing", a),
        "faq_undo": lambda a: faq.undo("deposit-missing", a),
        "close": lambda a: tickets.close(ticket_id, a),
    }[name]


@pytest.mark.parametrize("name", sorted(MATRIX))
@pytest.mark.parametrize("role", sorted(WHO))
async def test_only_the_right_roles_succeed(make_desk, name: str, role: str):
    desk = (await make_desk()).desk
    opened = await desk.request_human(Inbound("test", OWNER.user_id, "please help", OWNER.name))
    ticket_id = opened.ticket.id
    if name != "claim":  # a claim is about an open ticket; everything else about one Omar has claimed
        await desk.tickets.claim(ticket_id, CLAIMER)
    if name == "faq_undo":
        await desk.faq.edit(FaqEntry("deposit-missing", "deposit", ("where is my deposit",),
                                     {"en": "Edited.", "zh": "已修改。"}), ADMIN)
    before = await desk.tickets.get(ticket_id)
    entries_before = await desk.faq.list_entries()
    messages_before = await desk.tickets.repo.messages(ticket_id)
    run = action(desk, name, ticket_id)
    if role in MATRIX[name]:
        await run(WHO[role])
    elif name == "snippet" and role == "moderator":
        # A moderator's line in a ticket they do not hold is kept as an internal note, never sent.
        post = await run(WHO[role])
        assert post.refused is not None and post.message.internal
    else:
        with pytest.raises((NotAllowed, TicketStateError)):
            await run(WHO[role])
        # Refused means nothing changed (a refused staff reply is not even kept as a note here:
        # post_from_staff, which keeps them, is the adapters' path and is tested there).
        assert await desk.tickets.get(ticket_id) == before
        assert await desk.faq.list_entries() == entries_before
        assert await desk.tickets.repo.messages(ticket_id) == messages_before


async def test_a_user_cannot_rate_or_comment_on_someone_elses_ticket(make_desk):
    desk = (await make_desk()).desk
    opened = await desk.request_human(Inbound("test", OWNER.user_id, "please help"))
    await desk.tickets.claim(opened.ticket.id, CLAIMER)
    await desk.tickets.resolve(opened.ticket.id, CLAIMER)
    with pytest.raises(NotAllowed):
        await desk.rate(Inbound("test", STRANGER.user_id, ""), opened.ticket.id, 1)
    rated = await desk.rate(Inbound("test", OWNER.user_id, ""), opened.ticket.id, 5)
    assert rated.ticket.rating == 5
