"""Privacy requests at the terminal: the console's /mydata and /forgetme, and `supportbot privacy` for operators."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from bots.bootstrap import build_desk
from bots.cli import app
from bots.console.chat import ConsoleChat
from bots.console.notifier import ConsoleNotifier
from core.desk import Inbound
from core.settings import Settings
from core.tickets.privacy import ERASED
from tests.fakes import FakeEmbedder, MovableClock
from tests.scan import scan

runner = CliRunner()
WORD = "marmalade"


def cli(settings: Settings, *args: str):
    return runner.invoke(app, list(args), env={"SUPPORTBOT_DATABASE_URL": settings.resolved_database_url})


async def test_console_mydata_writes_files_and_forgetme_needs_confirm(make_desk, settings, tmp_path: Path):
    lines: list[str] = []
    notifier = ConsoleNotifier(lines.append)
    desk_app = await make_desk(settings=settings.model_copy(update={"data_dir": tmp_path}),
                               notifiers={"console": notifier})
    chat = ConsoleChat(desk_app.desk, notifier, lines.append, user_id="zelda")
    await chat.handle_line(f"/human my {WORD} wallet is stuck")

    await chat.handle_line("/mydata")
    paths = [Path(p) for p in lines[-1].splitlines()[1:]]
    assert lines[-1].startswith("Your data is in:") and [p.name for p in paths][:1] == ["my-data.json"]
    assert all(p.parent.parent == tmp_path / "exports" for p in paths) and len(paths) == 2
    assert WORD in paths[1].read_text() and paths[0].stat().st_mode & 0o077 == 0  # the owner's only

    await chat.handle_line("/forgetme")
    assert "cannot be undone" in lines[-2] and "/forgetme confirm" in lines[-1]
    assert await desk_app.desk.tickets.repo.active_for_user("console", "zelda") is not None  # asked, not done
    await chat.handle_line("/forgetme confirm")
    assert "is erased" in lines[-1]
    assert await scan(desk_app.db.engine, "zelda", WORD) == set()


async def _story(settings: Settings, clock: MovableClock) -> tuple[int, int]:
    """One user's old closed ticket and a newer one of another; return both numbers."""
    desk_app = await build_desk(settings, embedder=FakeEmbedder(), clock=clock)
    try:
        desk = desk_app.desk
        old = (await desk.request_human(Inbound("test", "u1", f"old {WORD}", user_name="Zelda"))).ticket
        await desk.cancel(Inbound("test", "u1"))
        clock.advance(days=40)
        new = (await desk.request_human(Inbound("test", "u2", "new question", user_name="Bo"))).ticket
        assert old is not None and new is not None
        return old.id, new.id
    finally:
        await desk_app.close()


async def _texts(settings: Settings, ticket_id: int) -> set[str]:
    desk_app = await build_desk(settings, embedder=FakeEmbedder())
    try:
        return {m.text for m in await desk_app.desk.tickets.repo.messages(ticket_id)}
    finally:
        await desk_app.close()


def test_privacy_export_forget_and_purge(settings: Settings, tmp_path: Path):
    clock = MovableClock(datetime.now(UTC) - timedelta(days=40))
    old, new = asyncio.run(_story(settings, clock))

    out = tmp_path / "export"
    exported = cli(settings, "privacy", "export", "test:u1", "--out", str(out))
    assert exported.exit_code == 0, exported.output
    assert json.loads((out / "my-data.json").read_text())["tickets"][0]["number"] == old
    assert (out / f"ticket-{old}.html").is_file()
    assert cli(settings, "privacy", "export", "u1", "--out", str(out)).exit_code == 1  # PLATFORM:ID, or nothing

    refused = cli(settings, "privacy", "forget", "test:u2")
    assert refused.exit_code == 1 and "--yes" in refused.output
    assert asyncio.run(_texts(settings, new)) == {"new question"}
    assert cli(settings, "privacy", "purge").exit_code == 1  # no retention period set, none given
    purged = cli(settings, "privacy", "purge", "--days", "30")
    assert purged.exit_code == 0 and "of 1 ticket(s)" in purged.output, purged.output
    assert asyncio.run(_texts(settings, old)) == {ERASED}
    forgot = cli(settings, "privacy", "forget", "test:u2", "--yes")
    assert forgot.exit_code == 0 and "1 ticket(s)" in forgot.output, forgot.output
    assert asyncio.run(_texts(settings, new)) == {ERASED}
    audit = cli(settings, "audit", "--json")
    actions = [json.loads(line) for line in audit.output.splitlines()]
    assert [a["detail"] for a in actions if a["action"] == "privacy"] == ["retention 30d: 1 tickets",
                                                                          "forget: 1 tickets"]
