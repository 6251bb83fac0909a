"""A reply to a user's own message is an outbox row of the action it answers (issue 17).

So a process that dies between the commit and the reply still answers after its restart, and a
staff card the platform holds back (429) does not hold back the user's answer: the two go in lanes.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bots.bootstrap import DeskApp
from core.desk import Inbound
from core.models import Ticket
from core.outbox.answers import Answer, UserAction, UserChoice
from core.outbox.effects import EffectKind, OutboxState, from_source, source
from core.settings import OutboxSettings, SlaSettings
from core.tickets.notify import StaffThread, TicketCard
from tests.fakes import FakeNotifier, MovableClock

START = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
ADDRESS = "chat-7"
QUIET_SLA = SlaSettings(unclaimed_minutes=0, unanswered_minutes=0, auto_close_hours=0,  # type: ignore[call-arg]
                        _env_file=None)


class Busy(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"429, retry after {seconds}")
        self.seconds = seconds


class HoldingNotifier(FakeNotifier):
    """Rate-limits staff cards or answers on demand, like a platform's flood control."""

    def __init__(self) -> None:
        super().__init__()
        self.busy_cards = 0
        self.busy_answers = 0

    def retry_after(self, exc: Exception) -> float | None:
        return exc.seconds if isinstance(exc, Busy) else None

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        if self.busy_cards:
            self.busy_cards -= 1
            raise Busy(30)
        return await super().ticket_opened(card)

    async def answer(self, ticket: Ticket, answer: Answer) -> None:
        if self.busy_answers:
            self.busy_answers -= 1
            raise Busy(5)
        await super().answer(ticket, answer)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(START)


@pytest.fixture
def notifier() -> HoldingNotifier:
    return HoldingNotifier()


@pytest.fixture
async def app(make_desk, backend_settings, clock, notifier) -> DeskApp:
    outbox = OutboxSettings(max_attempts=3, backoff_seconds=2, inline_seconds=30, _env_file=None)  # type: ignore[call-arg]
    settings = backend_settings.model_copy(update={"outbox": outbox, "sla": QUIET_SLA})
    return await make_desk(settings=settings, clock=clock, notifiers={"test": notifier})


def said(text: str, *, address: str | None = ADDRESS) -> Inbound:
    return Inbound("test", "u1", text, "Ulla", reply_to=address)


async def kinds(app: DeskApp, *states: OutboxState) -> list[str]:
    return [i.effect.kind.value for i in await app.delivery.outbox.list(states=states or None, limit=100)]


async def test_an_escalation_answers_the_user_from_the_outbox(app, notifier):
    outcome = await app.desk.request_human(said("my account is locked"))
    assert outcome.delivered and outcome.ticket is not None
    [(ticket_id, answer)] = notifier.answers
    assert ticket_id == outcome.ticket.id and answer.to == ADDRESS
    assert answer.text == "\n\n".join(outcome.texts()) and str(outcome.ticket.id) in answer.text
    assert await kinds(app, OutboxState.PENDING) == []
    assert EffectKind.ANSWER.value in await kinds(app, OutboxState.DONE)


async def test_an_answer_carries_its_buttons_as_neutral_actions(app, notifier):
    outcome = await app.desk.handle_message(said("How do I export my private key?"))
    [(_, answer)] = notifier.answers
    assert answer.actions == outcome.actions()
    if outcome.suggestions:
        picks = [a.entry_id for a in answer.actions if a.choice == UserChoice.PICK]
        assert picks == [e.id for e in outcome.suggestions]
    if outcome.offers_feedback:
        assert [a.choice for a in answer.actions] == [UserChoice.SOLVED, UserChoice.HUMAN]
    assert Answer.from_payload(answer.payload()) == answer  # what the row stores is what is shown


async def test_without_an_address_the_adapter_answers_itself(app, notifier):
    outcome = await app.desk.request_human(said("my account is locked", address=None))
    assert not outcome.delivered and outcome.replies
    assert notifier.answers == []
    assert EffectKind.ANSWER.value not in await kinds(app)


async def test_a_message_with_a_secret_is_answered_by_the_adapter(app, notifier):
    # The adapter deletes such a message first and says so in its reply: the desk must not answer before.
    words = "abandon ability able about above absent absorb abstract absurd abuse access accident"
    outcome = await app.desk.handle_message(said(f"my seed is {words}, where did my USDT go"))
    assert outcome.secrets and not outcome.delivered
    assert notifier.answers == []


async def test_a_held_back_staff_card_does_not_hold_back_the_users_answer(app, notifier, clock):
    notifier.busy_cards = 1
    outcome = await app.desk.request_human(said("my account is locked"))
    assert outcome.ticket is not None
    assert notifier.opened == [] and len(notifier.answers) == 1  # the card waits 30 s; the answer went
    assert await kinds(app, OutboxState.PENDING) == [EffectKind.CARD.value]
    clock.advance(seconds=30)
    await app.delivery.deliver_due()
    assert len(notifier.opened) == 1 and len(notifier.answers) == 1


async def test_an_answer_the_platform_held_back_goes_later_and_once(app, notifier, clock):
    notifier.busy_answers = 1
    outcome = await app.desk.request_human(said("my account is locked"))
    assert outcome.delivered and notifier.answers == []
    assert len(notifier.opened) == 1  # staff saw the card meanwhile
    assert await app.delivery.deliver_due() == 0  # 5 s to wait
    clock.advance(seconds=5)
    await app.delivery.deliver_due()
    await app.delivery.deliver_due()
    assert len(notifier.answers) == 1


async def test_withdrawing_and_choosing_answer_from_the_outbox_too(app, notifier):
    await app.desk.request_human(said("my account is locked"))
    cancelled = await app.desk.cancel(said(""))
    assert cancelled.delivered and len(notifier.answers) == 2
    assert str(cancelled.ticket.id) in notifier.answers[-1][1].text


def test_actions_say_what_each_button_does():
    action = UserAction(UserChoice.PICK, "How do I back up?", "backup")
    answer = Answer("1:2", "text", "en", (action,))
    assert Answer.from_payload(answer.payload()).actions == (action,)


def test_staff_can_be_told_of_every_kind_of_row_parked():
    from core.i18n import catalogue

    for lang in ("en", "zh"):
        missing = [k.value for k in EffectKind if f"outbox.what.{k.value}" not in catalogue(lang)]
        assert not missing, (lang, missing)


class SourceNotifier(HoldingNotifier):
    """Notes where the message behind each delivered card came from, as the notifier sees it."""

    def __init__(self) -> None:
        super().__init__()
        self.sources: list[str | None] = []

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        thread = await super().ticket_opened(card)
        self.sources.append(source())
        return thread


async def test_where_a_message_came_from_survives_a_retry_by_the_worker(make_desk, backend_settings, clock):
    # A Discord card posted by the worker later, maybe in another process, must still know whether the user
    # wrote in a DM or in the server: the row carries it.
    notifier = SourceNotifier()
    notifier.busy_cards = 1
    settings = backend_settings.model_copy(update={"sla": QUIET_SLA})
    app = await make_desk(settings=settings, clock=clock, notifiers={"test": notifier})
    with from_source("guild:42"):
        await app.desk.request_human(said("my account is locked"))
    rows = await app.delivery.outbox.list(limit=100)
    assert {r.effect.payload.get("source") for r in rows} == {"guild:42"}
    assert notifier.sources == []  # held back by the platform
    clock.advance(seconds=30)
    await app.delivery.deliver_due()  # outside the handler: nothing in this task says where it came from
    assert notifier.sources == ["guild:42"]
    assert source() is None
