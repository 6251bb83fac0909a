"""Flood control through the desk: a polite notice, then silence for the same flood; an hourly ticket allowance."""

import pytest

from core.desk import Inbound
from core.errors import RateLimited, TicketCooldown
from core.i18n import t
from core.models import Author, TicketState
from core.settings import LimitSettings


@pytest.fixture
async def desk(make_desk, settings):
    limits = LimitSettings(burst=3, per_minute=6, tickets_per_hour=2, _env_file=None)  # type: ignore[call-arg]
    return (await make_desk(settings=settings.model_copy(update={"limits": limits}))).desk


def msg(text: str, uid: str = "flooder") -> Inbound:
    return Inbound("test", uid, text)


async def test_a_flooding_user_is_told_once_and_others_are_not_starved(desk):
    for _ in range(3):
        await desk.handle_message(msg("my deposit has not arrived"))
    with pytest.raises(RateLimited) as first:
        await desk.handle_message(msg("my deposit has not arrived"))
    assert not first.value.quiet and first.value.params["seconds"] >= 1
    assert "wait" in t("en", first.value.key, **first.value.params)
    with pytest.raises(RateLimited) as again:
        await desk.request_human(msg("human"))
    assert again.value.quiet
    # Someone else is answered at once.
    other = await desk.handle_message(msg("my deposit has not arrived", uid="calm"))
    assert other.entry is not None


async def test_the_hourly_ticket_allowance_keeps_the_message(desk, make_desk):
    for number in range(2):
        outcome = await desk.request_human(msg(f"problem {number}", uid="busy"))
        await desk.tickets.close(outcome.ticket.id, msg("", uid="busy").actor)
    with pytest.raises(TicketCooldown) as refused:
        await desk.request_human(msg("a third problem", uid="busy"))
    assert refused.value.params["minutes"] >= 59
    assert f"{refused.value.params['minutes']} 分钟" in t("zh", refused.value.key, **refused.value.params)
    # The words are kept in the user's conversation, not lost; it stays with the bot.
    current = await desk.tickets.repo.active_for_user("test", "busy")
    assert current.state == TicketState.PENDING
    lines = await desk.tickets.repo.messages(current.id)
    assert [m.text for m in lines if m.author == Author.USER] == ["a third problem"]
