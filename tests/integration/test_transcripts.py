"""Transcripts: a resolved ticket exported as JSON and as one self-contained HTML page, from code and the CLI."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bots.cli import app as cli_app
from core.desk import Inbound
from core.models import Actor
from core.settings import Settings
from core.tickets.transcripts import Transcript, attachment_kind, load_transcript, to_html, to_json
from tests.browser import colours, screenshot
from tests.fakes import MovableClock

MOD = Actor("test", "m1", "Alice", is_moderator=True)
START = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)  # 18:00 in Shanghai
ZONE = "Asia/Shanghai"
NOTE = "user seems new, check KYC"
SCRIPT = "<script>alert('x')</script> still waiting"


def user(text: str = "", attachment: str | None = None) -> Inbound:
    return Inbound("test", "u1", text, user_name="张三", attachment=attachment)


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The desk runs in Shanghai, so every time shown differs from the stored UTC."""
    return settings.model_copy(update={"timezone": ZONE})


@pytest.fixture
async def resolved(make_desk) -> tuple[int, Transcript]:
    """A ticket in Chinese and English with a photo, a reply, an internal note, resolved and rated."""
    clock = MovableClock(START)
    desk = (await make_desk(clock=clock)).desk
    ticket = (await desk.request_human(user("我的充值没到账，请帮忙"))).ticket
    clock.advance(minutes=1)
    assert (await desk.handle_message(user("截图", attachment="photo:abc"))).relayed
    clock.advance(minutes=1)
    await desk.handle_message(user(SCRIPT))
    clock.advance(minutes=5)
    await desk.tickets.claim(ticket.id, MOD)
    await desk.tickets.post_from_staff(ticket.id, MOD, "Checking your deposit now.")
    clock.advance(minutes=1)
    await desk.tickets.post_from_staff(ticket.id, MOD, NOTE, internal=True)
    clock.advance(minutes=10)
    await desk.tickets.resolve(ticket.id, MOD)
    clock.advance(minutes=2)
    await desk.rate(user(), ticket.id, 4, "很快 & <fast>")
    return ticket.id, await load_transcript(desk.tickets.repo, ticket.id)


def test_attachment_kind_never_keeps_the_reference():
    assert attachment_kind("photo:AgAD-xyz") == "photo" and attachment_kind("document:abc") == "document"
    assert attachment_kind("https://cdn.discordapp.com/a/b.png") == "file" and attachment_kind("abc") == "file"


async def test_json_has_the_conversation_in_the_desk_zone(resolved):
    number, transcript = resolved
    staff = to_json(transcript, timezone=ZONE, include_internal=True)
    assert staff["number"] == number and staff["state"] == "closed" and staff["user_name"] == "张三"
    assert staff["moderator"] == "Alice" and staff["rating"] == 4 and staff["rating_comment"] == "很快 & <fast>"
    assert staff["created_at"] == "2026-12-02T18:00:00+08:00" and staff["timezone"] == ZONE
    assert staff["resolved_at"] == "2026-12-02T18:18:00+08:00" and staff["closed_at"] == "2026-12-02T18:20:00+08:00"
    messages = staff["messages"]
    assert [m["author"] for m in messages] == ["user", "user", "user", "moderator", "moderator"]
    assert messages[0]["text"] == "我的充值没到账，请帮忙" and messages[2]["text"] == SCRIPT
    assert messages[1]["attachment"] == "photo" and messages[1]["at"] == "2026-12-02T18:01:00+08:00"
    assert [m["internal"] for m in messages] == [False, False, False, False, True] and messages[4]["text"] == NOTE
    assert {"created", "escalated", "claimed", "resolved", "rated"} <= {e["kind"] for e in staff["events"]}
    assert "abc" not in json.dumps(staff, ensure_ascii=False)

    own = to_json(transcript, timezone=ZONE, include_internal=False)
    assert len(own["messages"]) == 4 and "events" not in own
    assert NOTE not in json.dumps(own, ensure_ascii=False)


async def test_html_is_escaped_marks_notes_and_shows_local_times(resolved):
    number, transcript = resolved
    page = to_html(transcript, timezone=ZONE, lang="en", include_internal=True)
    assert page.startswith("<!doctype html>") and '<meta charset="utf-8">' in page
    assert "<script" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; still waiting" in page
    assert "很快 &amp; &lt;fast&gt;" in page and "我的充值没到账，请帮忙" in page and "张三" in page
    assert "http" not in page and "<link" not in page and " src=" not in page  # nothing fetched
    assert f"Ticket #{number}" in page and "Times in Asia/Shanghai" in page and "4/5" in page
    assert "2026-12-02 18:00:00" in page and "2026-12-02 10:00:00" not in page
    assert "attachment: photo" in page and "abc" not in page
    assert page.count('class="badge">Internal note<') == 1 and NOTE in page
    assert "Moderator · Alice" in page and "User · 张三" in page and "Event log" in page

    own = to_html(transcript, timezone=ZONE, lang="zh", include_internal=False)
    assert NOTE not in own and "内部备注" not in own and "事件日志" not in own
    assert '<html lang="zh">' in own and f"工单 #{number}" in own and "附件：photo" in own and "客服 · Alice" in own


async def test_the_export_command_writes_html_and_json(resolved, settings: Settings, tmp_path: Path):
    number, _ = resolved
    env = {"SUPPORTBOT_DATABASE_URL": settings.database_url or "", "SUPPORTBOT_FAQ_FILE": str(settings.faq_file),
           "SUPPORTBOT_TIMEZONE": ZONE}
    runner = CliRunner()

    async def cli(*args: str):  # the command runs its own event loop
        return await asyncio.to_thread(runner.invoke, cli_app, ["tickets", "export", *args], env=env)

    out = tmp_path / "copy.html"
    written = await cli(str(number), "--html", "--out", str(out), "--no-internal", "--lang", "zh")
    assert written.exit_code == 0, written.output
    assert str(out) in written.output
    page = out.read_text(encoding="utf-8")
    assert f"工单 #{number}" in page and "&lt;script&gt;" in page and NOTE not in page and "18:00:00" in page

    printed = await cli(str(number), "--json")
    assert printed.exit_code == 0, printed.output
    payload = json.loads(printed.output)
    assert payload["number"] == number and payload["messages"][-1]["text"] == NOTE
    assert payload["created_at"].endswith("+08:00")

    missing = await cli("999", "--json")
    assert missing.exit_code == 1 and "Ticket #999 does not exist." in missing.output
    neither = await cli(str(number))
    assert neither.exit_code == 2 and "--html or --json" in neither.output


async def test_the_html_renders_in_chromium(resolved, tmp_path: Path):
    _, transcript = resolved
    html = tmp_path / "transcript.html"
    html.write_text(to_html(transcript, timezone=ZONE, lang="zh", include_internal=True), encoding="utf-8")
    width, height, pixels = await asyncio.to_thread(screenshot, html, tmp_path, 900, 1200)
    assert (width, height) == (900, 1200)
    # A blank or broken page is one colour; text, cards and the note's highlight give many.
    assert colours(pixels) > 50

