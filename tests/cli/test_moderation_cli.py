"""`supportbot block` and `supportbot audit` on a database the desk has worked on (no model needed)."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from typer.testing import CliRunner

from bots.bootstrap import build_desk
from bots.cli import app
from bots.cli.moderation import since_moment
from core.desk import Inbound
from core.models import Actor, TicketState
from core.settings import Settings
from tests.fakes import FakeEmbedder

runner = CliRunner()
MOD = Actor("test", "m1", "Mia", is_moderator=True)


def cli(settings: Settings, *args: str):
    return runner.invoke(app, list(args), env={"SUPPORTBOT_DATABASE_URL": settings.resolved_database_url})


async def _desk_work(settings: Settings) -> int:
    """A ticket claimed by a moderator who writes a note holding a password."""
    desk_app = await build_desk(settings, embedder=FakeEmbedder())
    try:
        desk = desk_app.desk
        ticket = (await desk.request_human(Inbound("test", "u1", "please help", user_name="Ann"))).ticket
        assert ticket is not None
        await desk.claim(ticket.id, MOD)
        await desk.post_from_staff(ticket.id, MOD, "her password: hunter2", internal=True)
        return ticket.id
    finally:
        await desk_app.close()


async def _state(settings: Settings, ticket_id: int) -> TicketState:
    desk_app = await build_desk(settings, embedder=FakeEmbedder())
    try:
        return (await desk_app.desk.ticket(ticket_id)).state
    finally:
        await desk_app.close()


def test_block_add_list_remove_and_the_audit_as_json_lines(settings: Settings):
    ticket_id = asyncio.run(_desk_work(settings))

    added = cli(settings, "block", "add", "test:u1", "--for", "7d", "--reason", "spam")
    assert added.exit_code == 0, added.output
    assert "test:u1" in added.output and "is blocked until" in added.output
    assert asyncio.run(_state(settings, ticket_id)) == TicketState.CLOSED
    # The bots post the closed ticket's transcript in its staff thread, as for a close in chat.
    waiting = [json.loads(line) for line in cli(settings, "outbox", "list", "--ticket", str(ticket_id),
                                                "--json").output.splitlines()]
    assert "transcript" in [row["kind"] for row in waiting]
    listed = cli(settings, "block", "list")
    assert "1 blocked" in listed.output and "spam" in listed.output
    [line] = cli(settings, "block", "list", "--json").output.splitlines()
    assert json.loads(line)["user"] == "u1" and json.loads(line)["by"].startswith("cli:")

    lines = cli(settings, "audit", "--json").output.splitlines()
    entries = [json.loads(line) for line in lines]
    assert [(e["action"], e["ticket"]) for e in entries] == [("claim", ticket_id), ("note", ticket_id),
                                                            ("block", ticket_id)]
    assert entries[0]["actor"] == "test:m1" and entries[-1]["target"] == "test:u1"
    assert entries[-1]["detail"] == "7d: spam" and "hunter2" not in "\n".join(lines)
    text = cli(settings, "audit", "--since", "1h").output
    assert "Mia (test:m1) · claim · #" in text and text.index("claim") < text.index("block")
    assert "no entries" in cli(settings, "audit", "--since", "2999-01-01").output

    assert cli(settings, "block", "remove", "test:u1").exit_code == 0
    again = cli(settings, "block", "remove", "test:u1")
    assert again.exit_code == 1 and "not blocked" in again.output
    assert json.loads(cli(settings, "audit", "--json").output.splitlines()[-1])["action"] == "unblock"


def test_bad_arguments_exit_1_with_a_reason(settings: Settings):
    bad = cli(settings, "block", "add", "test:u2", "--for", "soon")
    assert bad.exit_code == 1 and "Unknown duration soon" in bad.output
    unnamed = cli(settings, "block", "add", "12345")
    assert unnamed.exit_code == 1 and "PLATFORM:USER_ID" in unnamed.output
    assert "Nobody is blocked" in cli(settings, "block", "list").output


def test_since_reads_durations_and_dates_in_the_desk_time_zone():
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    assert since_moment("7d", "UTC", now) == datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    assert since_moment("2026-12-01", "Asia/Shanghai", now) == datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
    assert since_moment("2026-12-01T08:00:00+00:00", "Asia/Shanghai", now).hour == 8


async def test_console_moderator_blocks_and_unblocks_the_console_user(make_desk):
    from bots.console.chat import ConsoleChat
    from bots.console.notifier import ConsoleNotifier

    lines: list[str] = []
    notifier = ConsoleNotifier(lines.append)
    app = await make_desk(embedder=FakeEmbedder(), notifiers={"console": notifier})
    chat = ConsoleChat(app.desk, notifier, lines.append, user_id="carol")
    await chat.handle_line("/human my card was charged twice")
    await chat.handle_line("/mod block 30m testing")
    assert any(line.startswith("[staff] ⛔ console:carol is blocked until") for line in lines)
    count = len(lines)
    await chat.handle_line("hello?")
    assert "can't open support requests until" in lines[-1] and len(lines) == count + 1
    await chat.handle_line("still there?")
    assert len(lines) == count + 1  # silence after the one notice
    await chat.handle_line("/mod unblock")
    assert lines[-1] == "[staff] ✅ console:carol is unblocked."
    await chat.handle_line("my deposit has not arrived")
    assert any("Check the transaction hash" in line for line in lines[-3:])
