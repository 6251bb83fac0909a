"""The database goes away, hangs, and comes back while the desk runs on PostgreSQL (through a TCP proxy)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bots.bootstrap import DeskApp
from core.desk import Inbound
from core.errors import StorageUnavailable
from core.i18n import t
from core.models import Author
from tests.conftest import postgres_database
from tests.faults.proxy import FaultProxy


@pytest.fixture
async def proxied(settings) -> AsyncIterator[tuple[FaultProxy, object]]:
    from sqlalchemy.engine import make_url

    async with postgres_database("fault") as direct:
        url = make_url(direct)
        proxy = FaultProxy(url.host or "127.0.0.1", url.port or 5432)
        await proxy.start()
        through = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        try:
            yield proxy, settings.model_copy(update={"database_url": through, "database_timeout_seconds": 2})
        finally:
            await proxy.cut()


def user(text: str) -> Inbound:
    return Inbound("test", "u1", text)


async def test_an_outage_is_reported_and_the_desk_recovers(proxied, make_desk):
    proxy, settings = proxied
    app: DeskApp = await make_desk(settings=settings)
    first = await app.desk.handle_message(user("my deposit has not arrived"))
    assert first.entry is not None

    await proxy.cut()
    with pytest.raises(StorageUnavailable) as down:
        await app.desk.handle_message(user("still nothing, please check"))
    assert "try again" in t("en", down.value.key) and "稍后" in t("zh", down.value.key)

    await proxy.restore()
    again = await app.desk.handle_message(user("still nothing, please check"))
    assert again.ticket is not None and again.ticket.id == first.ticket.id
    lines = [m.text for m in await app.desk.tickets.repo.messages(first.ticket.id) if m.author == Author.USER]
    # The message sent during the outage was refused with a reply, never half-stored; sent again, it is kept once.
    assert lines == ["my deposit has not arrived", "still nothing, please check"]


async def test_a_hanging_database_times_out_instead_of_hanging_the_user(proxied, make_desk):
    proxy, settings = proxied
    app: DeskApp = await make_desk(settings=settings)
    await app.desk.handle_message(user("my deposit has not arrived"))
    await proxy.cut()
    proxy.hang = True
    await proxy.start()  # connections are accepted and then nothing happens
    with pytest.raises(StorageUnavailable):
        # The 2 s database timeouts end it; wait_for only keeps a regression from hanging the suite.
        await asyncio.wait_for(app.desk.handle_message(user("hello?")), 120)
    await proxy.cut()
    await proxy.restore()
    assert (await app.desk.handle_message(user("my deposit has not arrived"))).entry is not None
