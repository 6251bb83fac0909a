"""Transcripts posted in the staff thread on resolve and close, and the user's own copy (/transcript)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.desk import Inbound, Outcome
from core.models import Actor, TicketState
from core.outbox.effects import EffectKind, OutboxState
from core.settings import Settings, SlaSettings
from core.tickets.transcripts import TranscriptFile, staff_file
from tests.fakes import FakeNotifier, MovableClock

MOD = Actor("test", "m1", "Mia", is_moderator=True)
START = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)  # 18:00 in Shanghai
NOTE = "user seems new, check KYC"


def user(text: str = "", user_id: str = "u1") -> Inbound:
    return Inbound("test", user_id, text, user_name="Ulla")


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(START)


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The desk runs in Shanghai; the SLA closes quiet tickets after a day (and warns 12 h before)."""
    sla = SlaSettings(unclaimed_minutes=0, unanswered_minutes=0, auto_close_hours=24,  # type: ignore[call-arg]
                      close_warning_hours=12, _env_file=None)
    return settings.model_copy(update={"timezone": "Asia/Shanghai", "sla": sla})


async def claimed(desk, clock: MovableClock, text: str = "my deposit never arrived") -> int:
    """An escalated ticket with a user line, a reply and an internal note, claimed by Mia."""
    ticket = (await desk.request_human(user(text))).ticket
    clock.advance(minutes=2)
    await desk.tickets.claim(ticket.id, MOD)
    await desk.tickets.post_from_staff(ticket.id, MOD, "Checking your deposit now.")
    await desk.tickets.post_from_staff(ticket.id, MOD, NOTE, internal=True)
    clock.advance(minutes=3)
    return ticket.id


def page(posted: TranscriptFile) -> str:
    return posted.data.decode("utf-8")


async def test_resolve_posts_the_staff_copy_with_the_note_marked_and_keeps_its_message(make_desk, clock, notifier):
    app = await make_desk(clock=clock)
    number = await claimed(app.desk, clock)
    await app.desk.resolve(number, MOD)
    [(ticket_id, posted)] = notifier.transcripts
    html = page(posted)
    assert ticket_id == number and posted.name == f"ticket-{number}.html" and posted.lang == "en"
    assert "my deposit never arrived" in html and "Checking your deposit now." in html
    assert '<span class="badge">Internal note</span><b>Moderator · Mia</b>' in html and NOTE in html
    assert "2026-12-02 18:05:00" in html and "Event log" in html  # the desk's zone; the staff copy's log
    # Posted before the topic is closed by the "resolved" change, and its message is the row's result.
    assert notifier.changes[-1] == (number, "resolved")
    rows = await app.delivery.outbox.list(ticket_id=number, limit=100)
    [row] = [i for i in rows if i.effect.kind == EffectKind.TRANSCRIPT]
    kinds = [i.effect.kind for i in rows]
    assert kinds.index(EffectKind.TRANSCRIPT) < len(kinds) - 1 and kinds[-1] == EffectKind.CHANGED
    assert row.state == OutboxState.DONE and row.result == f"transcript-{number}-1"

    # The rating closes the ticket: no second copy.
    await app.desk.rate(user(), number, 5)
    assert len(notifier.transcripts) == 1


async def test_closing_an_open_ticket_posts_one_and_a_withdrawn_one_too(make_desk, clock, notifier):
    app = await make_desk(clock=clock)
    number = await claimed(app.desk, clock)
    await app.desk.tickets.close(number, MOD)
    assert [t for t, _ in notifier.transcripts] == [number]
    other = (await app.desk.request_human(user("someone drained my wallet", "u2"))).ticket.id
    await app.desk.cancel(user(user_id="u2"))
    assert [t for t, _ in notifier.transcripts] == [number, other]
    assert "someone drained my wallet" in page(notifier.transcripts[-1][1])


async def test_a_bot_only_conversation_that_goes_idle_posts_nothing(make_desk, clock, notifier):
    app = await make_desk(clock=clock)
    await app.desk.handle_message(user("how do I reset my password"))
    pending = await app.desk.tickets.repo.latest_for_user("test", "u1")
    assert pending is not None and pending.escalated_at is None
    await app.desk.tickets.close(pending.id, Actor("system", "desk"), reason="idle")
    assert notifier.transcripts == []  # never escalated: there is no staff thread to post in


async def test_the_sla_resolves_with_one_transcript_and_closes_without_another(make_desk, clock, notifier):
    app = await make_desk(clock=clock)
    number = await claimed(app.desk, clock)
    await app.desk.tickets.staff_reply(number, MOD, "please send the tx hash")
    for hours in (24, 12):
        clock.advance(hours=hours)
        await app.housekeeper.sweep()
    assert (await app.desk.tickets.get(number)).state == TicketState.RESOLVED
    assert [t for t, _ in notifier.transcripts] == [number]
    for hours in (24, 12):
        clock.advance(hours=hours)
        await app.housekeeper.sweep()
    assert (await app.desk.tickets.get(number)).state == TicketState.CLOSED
    assert [t for t, _ in notifier.transcripts] == [number]


async def test_nothing_is_posted_when_the_setting_is_off(make_desk, settings, clock, notifier):
    app = await make_desk(settings=settings.model_copy(update={"transcript_on_resolve": False}), clock=clock)
    number = await claimed(app.desk, clock)
    await app.desk.resolve(number, MOD)
    other = await claimed(app.desk, clock, "my account is frozen")
    await app.desk.tickets.close(other, MOD)
    assert notifier.transcripts == [] and (number, "resolved") in notifier.changes
    kinds = {i.effect.kind for i in await app.delivery.outbox.list(limit=1000)}
    assert EffectKind.TRANSCRIPT not in kinds


async def test_the_staff_copy_holds_what_was_there_when_its_row_was_written(make_desk, clock):
    app = await make_desk(clock=clock, notifiers={"test": FakeNotifier()})
    number = await claimed(app.desk, clock)
    until = clock.now
    clock.advance(minutes=1)
    await app.desk.tickets.post_from_staff(number, MOD, "a line written after the resolve")
    payload = {"until": until.isoformat(), "timezone": "UTC", "lang": "zh"}
    html = page(await staff_file(app.desk.tickets.repo, number, payload))
    assert "Checking your deposit now." in html and "a line written after the resolve" not in html
    assert "对话记录" in html and "2026-12-02 10:02:00" in html  # the row's language and zone
    payload["until"] = (until + timedelta(minutes=1)).isoformat()
    assert "a line written after the resolve" in page(await staff_file(app.desk.tickets.repo, number, payload))


async def test_the_user_gets_their_latest_ticket_without_notes_in_its_language(make_desk, clock, notifier):
    app = await make_desk(clock=clock)
    none = await app.desk.my_transcript(Inbound("test", "nobody", locale="zh-CN"))
    assert isinstance(none, Outcome) and none.texts() == ["您还没有工单，暂无对话记录可发送。"]
    number = await claimed(app.desk, clock, "我的充值没到账")
    await app.desk.resolve(number, MOD)
    own = await app.desk.my_transcript(user())
    assert isinstance(own, TranscriptFile) and own.name == f"ticket-{number}.html" and own.lang == "zh"
    html = page(own)
    assert "我的充值没到账" in html and "Checking your deposit now." in html and "对话记录" in html
    assert NOTE not in html and "内部备注" not in html and "事件日志" not in html  # no notes, no event log
    assert "2026-12-02 18:00:00" in html
