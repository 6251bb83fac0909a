"""A database that is locked or gone gives a clear error and loses nothing already stored."""

import sqlite3
from pathlib import Path

import pytest

from bots.bootstrap import build_desk
from core.desk import Inbound
from core.errors import StorageUnavailable
from core.settings import Settings
from tests.fakes import FakeEmbedder


async def test_locked_database_raises_storage_unavailable_and_keeps_data(make_desk, settings):
    desk = (await make_desk()).desk
    before = await desk.handle_message(Inbound("test", "u1", "my deposit has not arrived"))
    path = settings.resolved_database_url.removeprefix("sqlite:///")
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageUnavailable):
            await desk.handle_message(Inbound("test", "u1", "how do I reset my password"))
    finally:
        blocker.rollback()
        blocker.close()
    after = await desk.handle_message(Inbound("test", "u1", "how do I reset my password"))
    assert after.ticket.id == before.ticket.id
    texts = [m.text for m in await desk.tickets.repo.messages(before.ticket.id)]
    assert "my deposit has not arrived" in texts and "how do I reset my password" in texts


async def test_database_deleted_under_a_running_desk(make_desk, settings):
    desk = (await make_desk()).desk
    path = Path(settings.resolved_database_url.removeprefix("sqlite:///"))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(StorageUnavailable):
        await desk.handle_message(Inbound("test", "u1", "my deposit has not arrived"))


async def test_unreachable_database_fails_at_start_with_a_clear_error(tmp_path):
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    settings = Settings(database_url=f"sqlite:///{blocked}/sub/desk.db", _env_file=None)  # type: ignore[call-arg]
    with pytest.raises((StorageUnavailable, OSError)):
        await build_desk(settings, embedder=FakeEmbedder())
