"""Updates are stored before Telegram is told they arrived: none lost to a crash or an outage, none handled twice."""

from __future__ import annotations

import asyncio

import pytest

from bots.telegram.inbox import PLATFORM
from core.clock import utcnow
from core.errors import StorageUnavailable
from core.models import Author
from core.settings import Settings
from storage.engine import Database, make_engine
from storage.inbox_repo import SqlInboxRepo
from storage.migrate import upgrade_async
from tests.telegram.conftest import ALICE
from tests.telegram.fake_bot_api import FakeBotApi

pytestmark = pytest.mark.model


async def all_handled(inbox: SqlInboxRepo) -> bool:
    """Whether every stored update is marked handled (the mark follows the bot's reply by a moment)."""
    for _ in range(100):
        if not await inbox.unhandled(PLATFORM, 10):
            return True
        await asyncio.sleep(0.05)
    return False


async def answers_to(api: FakeBotApi, since: int, entry: str) -> int:
    return len(api.sent("sendMessage", since, chat_id=ALICE.id, text_has=entry))


async def test_updates_stored_before_a_crash_are_handled_once_after_the_restart(api: FakeBotApi, start_bot,
                                                                               tg_settings: Settings):
    # A previous run fetched two messages, stored them and died before handling them. It had confirmed
    # the first to Telegram (a later fetch), so only the inbox still has it; Telegram sends the second again.
    first = {"message": api.private_message(ALICE, "How do I back up my wallet?", deliver=False)}
    second = {"message": api.private_message(ALICE, "and how do I reset my password", deliver=False)}
    api.confirm(api.push(first))
    second_id = api.push(second)
    url = tg_settings.resolved_database_url
    await upgrade_async(url)
    db = Database(make_engine(url))
    try:
        for update in (first, second):
            key = str(update["update_id"])
            assert await SqlInboxRepo(db).store_many(PLATFORM, [(key, update)], utcnow()) == [key]
    finally:
        await db.dispose()
    assert second_id == second["update_id"]

    mark = api.mark()
    bot = await start_bot()
    await api.wait("sendMessage", mark, chat_id=ALICE.id, text_has="reset-login-password")
    # A later message of the same chat is handled after any copy of the earlier ones would have been.
    await api.reply_to(ALICE, "thanks")
    assert await answers_to(api, mark, "backup-mnemonic") == 1
    assert await answers_to(api, mark, "reset-login-password") == 1
    ticket = await bot.desk_app.desk.tickets.repo.latest_for_user("telegram", str(ALICE.id))
    lines = [m.text for m in await bot.desk_app.desk.tickets.repo.messages(ticket.id) if m.author == Author.USER]
    assert lines == ["How do I back up my wallet?", "and how do I reset my password"]
    assert await all_handled(bot.desk_app.inbox)


async def test_a_database_outage_while_polling_loses_no_update(api: FakeBotApi, start_bot, monkeypatch):
    bot = await start_bot()
    inbox = bot.desk_app.inbox
    store, refused = inbox.store_many, []

    async def down_twice(*args: object) -> list[str]:
        if len(refused) < 2:
            refused.append([key for key, _ in args[1]])  # type: ignore[attr-defined]
            raise StorageUnavailable("connection refused")
        return await store(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(inbox, "store_many", down_twice)
    mark = api.mark()
    api.private_message(ALICE, "How do I back up my wallet?")
    await api.wait("sendMessage", mark, chat_id=ALICE.id, text_has="backup-mnemonic")
    await api.reply_to(ALICE, "thanks")
    assert len(refused) == 2 and refused[0] == refused[1]  # the same update, fetched again after each failure
    assert await answers_to(api, mark, "backup-mnemonic") == 1
    assert await all_handled(inbox)


async def test_each_update_is_marked_handled_with_the_effects_it_committed(api: FakeBotApi, start_bot):
    bot = await start_bot()
    await api.reply_to(ALICE, "/human my card payment failed")
    mark = api.mark()
    api.private_message(ALICE, "it was 50 USDT")
    await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, text_has="it was 50 USDT")
    assert await all_handled(bot.desk_app.inbox)
