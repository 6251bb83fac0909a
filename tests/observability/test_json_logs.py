"""SUPPORTBOT_LOG_FORMAT=json: one parseable object per line, and still no secret a user sent."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest

from bots.cli.common import setup_logging
from core.desk import Inbound

SEED = "abandon ability able about above absent absorb abstract absurd abuse access accident"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """``setup_logging`` reconfigures the root logger; give the other tests theirs back."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


async def test_json_lines_carry_time_level_logger_msg_and_extras(capsys, restore_logging):
    setup_logging("DEBUG", "json")
    log = logging.getLogger("supportbot.test")
    log.info("ticket %s claimed", 7, extra={"ticket": 7, "platform": "telegram"})
    try:
        raise ValueError("bad")
    except ValueError:
        log.exception("claim failed")
    first, second = lines(capsys.readouterr().err)
    assert first["level"] == "INFO" and first["logger"] == "supportbot.test" and first["msg"] == "ticket 7 claimed"
    assert first["ticket"] == 7 and first["platform"] == "telegram" and str(first["time"]).endswith("+00:00")
    assert second["level"] == "ERROR" and "ValueError: bad" in str(second["exc"])


async def test_a_seed_phrase_a_user_sent_never_reaches_the_log(make_desk, capsys, restore_logging):
    app = await make_desk()
    setup_logging("DEBUG", "json")
    outcome = await app.desk.handle_message(Inbound("test", "u1", f"my words are {SEED} please help"))
    await app.desk.request_human(Inbound("test", "u1", f"again: {SEED}"))
    assert outcome.secrets == ("seed_phrase",)
    err = capsys.readouterr().err
    logged = lines(err)  # every line is JSON
    assert any(entry["msg"] == "redacted seed_phrase from test:u1" for entry in logged), logged
    assert "abandon" not in err and "absurd" not in err
