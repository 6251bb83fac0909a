"""Edit and delete sync through the desk, the outbox and the fake notifier, on a real SQLite file."""

from core.desk import Inbound
from core.models import Actor, Author
from core.outbox.effects import USER_LANE, EffectKind
from core.tickets.edits import DELETED, EDITED
from core.tickets.transcripts import load_transcript, to_html

MOD = Actor("test", "m1", "Alice", is_moderator=True)


def said(text: str, ref: str | None = None) -> Inbound:
    return Inbound("test", "u1", text, ref=ref)


async def claimed(desk):
    ticket = (await desk.request_human(said("my account is frozen"))).ticket
    await desk.claim(ticket.id, MOD)
    return ticket


async def test_a_user_edit_changes_the_staff_copy_and_keeps_the_old_words(make_desk, notifier):
    desk = (await make_desk()).desk
    ticket = await claimed(desk)
    await desk.handle_message(said("my address is wrong", ref="m-10"))
    line = await desk.tickets.repo.message_by_ref("test", "m-10")
    assert line is not None and line.copy_ref is not None and line.copy_ref.startswith("staff-copy")
    revised = await desk.message_edited("test", "m-10", "my address is right", Actor("test", "u1"))
    assert revised is not None and revised.text == "my address is right" and revised.earlier == ("my address is wrong",)
    assert notifier.copies[line.copy_ref] == "(edited) my address is right"
    assert len(notifier.to_staff_sent) == 1  # edited in place, not posted again
    page = to_html(await load_transcript(desk.tickets.repo, ticket.id), timezone="UTC", lang="en",
                   include_internal=True)
    assert "<s>my address is wrong</s>" in page and "edited" in page
    assert EDITED in [e.kind for e in await desk.tickets.repo.events(ticket.id)]


async def test_only_the_author_edits_and_the_same_words_change_nothing(make_desk, notifier):
    desk = (await make_desk()).desk
    await claimed(desk)
    await desk.handle_message(said("first words", ref="m-11"))
    assert await desk.message_edited("test", "m-11", "forged", Actor("test", "u2")) is None
    assert await desk.message_edited("test", "m-11", "  first words ", Actor("test", "u1")) is None
    assert await desk.message_edited("test", "unknown", "x", Actor("test", "u1")) is None
    assert notifier.edits == []


async def test_an_edited_secret_is_redacted_before_staff_see_it(make_desk, notifier):
    desk = (await make_desk()).desk
    await claimed(desk)
    await desk.handle_message(said("key below", ref="m-12"))
    key = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
    revised = await desk.message_edited("test", "m-12", f"key {key}", Actor("test", "u1"))
    assert revised is not None and key not in revised.text
    assert key not in notifier.edits[-1][3]


async def test_a_moderator_edit_changes_the_users_copy_and_a_note_only_the_transcript(make_desk, notifier):
    desk = (await make_desk()).desk
    ticket = await claimed(desk)
    reply = await desk.post_from_staff(ticket.id, MOD, "try again in 5 minutes", ref="t-1")
    note = await desk.post_from_staff(ticket.id, MOD, "looks like fraud", internal=True, ref="t-2")
    await desk.message_edited("test", "t-1", "try again in 10 minutes", MOD)
    await desk.message_edited("test", "t-2", "not fraud after all", MOD)
    copy = (await desk.tickets.repo.message(reply.message.id)).copy_ref
    assert copy is not None and notifier.copies[copy] == "(edited) try again in 10 minutes"
    assert [e[1] for e in notifier.edits] == ["user"] and EffectKind.EDIT_USER in USER_LANE
    assert (await desk.tickets.repo.message(note.message.id)).text == "not fraud after all"


async def test_a_deleted_message_is_marked_on_the_staff_copy_once(make_desk, notifier):
    desk = (await make_desk()).desk
    ticket = await claimed(desk)
    await desk.handle_message(said("oops, wrong chat", ref="m-13"))
    line = await desk.message_deleted("test", "m-13")
    assert line is not None and line.deleted_at is not None and line.text == "oops, wrong chat"
    assert await desk.message_deleted("test", "m-13") is None
    assert [e[3] for e in notifier.edits] == ["(deleted) oops, wrong chat"]
    assert DELETED in [e.kind for e in await desk.tickets.repo.events(ticket.id)]


async def test_an_edit_before_escalation_shows_on_the_card_and_edits_no_copy(make_desk, notifier):
    desk = (await make_desk()).desk
    await desk.handle_message(said("my deposit has not arrived", ref="m-1"))
    await desk.message_edited("test", "m-1", "my withdrawal has not arrived", Actor("test", "u1"))
    await desk.request_human(said(""))
    assert notifier.edits == []
    first = next(m.text for m in notifier.opened[0].transcript if m.author == Author.USER)
    assert first == "my withdrawal has not arrived"
