"""The staff card's buttons by ticket state: decided once in core, shown alike by both adapters."""

from datetime import UTC, datetime

import pytest

from bots.discord.buttons import TicketButton, card_view
from bots.telegram.render import card_keyboard
from core.i18n import t
from core.models import Ticket, TicketState
from core.tickets.cards import CLAIM, RESOLVE, CardAction, card_actions

NOW = datetime(2024, 5, 1, 12, tzinfo=UTC)


def ticket(state: TicketState, moderator: str | None = None) -> Ticket:
    return Ticket(id=7, platform="telegram", user_id="42", user_name="Ann", state=state, language="en",
                  created_at=NOW, updated_at=NOW, moderator_id="m1" if moderator else None, moderator_name=moderator)


def test_an_open_ticket_offers_claim_and_resolve():
    assert card_actions(ticket(TicketState.OPEN)) == (
        CardAction(CLAIM, 7, label_key="button.claim"), CardAction(RESOLVE, 7, label_key="button.resolve"))


def test_a_claimed_ticket_shows_its_claimer_instead_of_a_working_claim():
    claimer, resolve = card_actions(ticket(TicketState.CLAIMED, "Bob"))
    assert (claimer.action, claimer.enabled, claimer.label("en")) == (CLAIM, False, "✋ Bob")
    assert (resolve.action, resolve.enabled, resolve.label("zh")) == (RESOLVE, True, t("zh", "button.resolve"))


def test_a_claimer_without_a_display_name_is_shown_by_id():
    claimed = ticket(TicketState.CLAIMED)
    claimed.moderator_id = "m9"
    assert card_actions(claimed)[0].label("en") == "✋ m9"


@pytest.mark.parametrize("state", [TicketState.PENDING, TicketState.RESOLVED, TicketState.CLOSED])
def test_no_buttons_outside_human_hands(state):
    assert card_actions(ticket(state)) == ()


@pytest.mark.parametrize("state", list(TicketState))
async def test_both_adapters_show_the_actions_core_decided(state):
    # async: a discord.py View needs a running loop
    subject = ticket(state, "Bob" if state == TicketState.CLAIMED else None)
    actions = card_actions(subject)
    keyboard, view = card_keyboard(subject, "en"), card_view(subject, "en")
    if not actions:
        assert keyboard is None and view is None
        return
    assert keyboard is not None and view is not None
    assert [(b.text, b.callback_data) for b in keyboard.inline_keyboard[0]] == [
        (a.label("en"), f"{a.action}:{a.ticket_id}") for a in actions]
    shown = [item.item for item in view.children if isinstance(item, TicketButton)]  # DynamicItem wraps its Button
    assert [(b.label, b.custom_id, b.disabled) for b in shown] == [
        (a.label("en"), f"sb:{a.action}:{a.ticket_id}", not a.enabled) for a in actions]
