"""The user-side flow on a real SQLite file, with the fake embedder (decision quality is tested with the model)."""

from datetime import timedelta

import pytest

from core.decision.decide import DecisionKind
from core.desk import Inbound
from core.errors import InvalidInput
from core.models import TicketState

SEED = "abandon ability able about above absent absorb abstract absurd abuse access accident"


def msg(text: str, uid: str = "u1") -> Inbound:
    return Inbound("test", uid, text)


async def test_answer_opens_a_pending_conversation_and_solved_closes_it(make_desk):
    desk = (await make_desk()).desk
    outcome = await desk.handle_message(msg("my deposit has not arrived"))
    assert outcome.decision.kind == DecisionKind.ANSWER and outcome.entry.id == "deposit-missing"
    assert outcome.lang == "en" and outcome.ticket.state == TicketState.PENDING
    zh = await desk.handle_message(msg("充值没到账"))
    assert zh.lang == "zh" and zh.texts()[0].startswith("请用交易哈希查询")
    assert zh.ticket.id == outcome.ticket.id
    done = await desk.mark_solved(msg(""))
    assert done.ticket.state == TicketState.CLOSED


async def test_smalltalk_opens_no_ticket(make_desk):
    desk = (await make_desk()).desk
    outcome = await desk.handle_message(msg("hello"))
    assert outcome.decision.kind == DecisionKind.SMALLTALK and outcome.ticket is None
    assert await desk.tickets.repo.active_for_user("test", "u1") is None


async def test_escalation_topic_answers_and_opens_a_ticket(make_desk, notifier):
    desk = (await make_desk()).desk
    outcome = await desk.handle_message(msg("my account is frozen"))
    assert outcome.entry.id == "account-frozen" and outcome.ticket.state == TicketState.OPEN
    assert notifier.opened and notifier.opened[0].guesses[0][0] == "account-frozen"
    assert outcome.ticket.category == "account"


async def test_secret_is_redacted_before_storage_and_relay(make_desk, notifier):
    desk = (await make_desk()).desk
    outcome = await desk.handle_message(msg(f"my words are {SEED}"))
    assert outcome.secrets == ("seed_phrase",) and outcome.replies[0].key == "secret.warning"
    ticket = (await desk.request_human(msg(""))).ticket
    await desk.handle_message(msg("key 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"))
    stored = " ".join(m.text for m in await desk.tickets.repo.messages(ticket.id))
    assert "abandon ability" not in stored and "4c0883a6910" not in stored
    assert "4c0883a6910" not in " ".join(text for _, text in notifier.to_staff_sent)
    assert "[REDACTED private_key]" in notifier.to_staff_sent[-1][1]


async def test_bad_input_gets_a_clear_error(make_desk):
    desk = (await make_desk()).desk
    with pytest.raises(InvalidInput) as empty:
        await desk.handle_message(msg("   "))
    assert empty.value.key == "error.input.empty"
    with pytest.raises(InvalidInput) as long:
        await desk.handle_message(msg("x" * 10_000))
    assert long.value.key == "error.input.too_long" and long.value.params["limit"] == 4000
    sticker = await desk.handle_message(Inbound("test", "u1", "", attachment="sticker:123"))
    assert sticker.replies[-1].key == "input.attachment_needs_text"


async def test_attachment_is_relayed_while_a_human_has_the_ticket(make_desk, notifier):
    desk = (await make_desk()).desk
    ticket = (await desk.request_human(msg("transfer failed"))).ticket
    outcome = await desk.handle_message(Inbound("test", "u1", "", attachment="photo:abc"))
    assert outcome.relayed
    messages = await desk.tickets.repo.messages(ticket.id)
    assert messages[-1].attachment == "photo:abc"


async def test_idle_bot_conversation_starts_afresh(make_desk, settings):
    now = {"t": None}
    from core.clock import utcnow

    def clock():
        return now["t"] or utcnow()

    desk = (await make_desk(clock=clock)).desk
    first = (await desk.handle_message(msg("my deposit has not arrived"))).ticket
    now["t"] = utcnow() + timedelta(minutes=settings.pending_idle_minutes + 1)
    second = (await desk.handle_message(msg("how do I reset my password"))).ticket
    assert second.id != first.id
    assert (await desk.tickets.get(first.id)).state == TicketState.CLOSED


async def test_choosing_a_suggestion_answers_with_it(make_desk):
    desk = (await make_desk()).desk
    chosen = await desk.choose(msg("", "u1"), "reset-password")
    assert chosen.entry.id == "reset-password"
    assert (await desk.choose(msg("", "u1"), "nope")).replies[0].key == "faq.not_found"


async def test_logs_never_contain_the_secret(make_desk, caplog):
    desk = (await make_desk()).desk
    caplog.set_level("DEBUG")
    await desk.handle_message(msg(f"restore with {SEED} please"))
    await desk.handle_message(msg("password: hunter2hunter2"))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "redacted seed_phrase" in logged
    assert "abandon ability" not in logged and "hunter2hunter2" not in logged
