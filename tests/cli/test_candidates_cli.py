"""`supportbot faq candidates list|accept|reject|accept-all` on a database the bots filled."""

import asyncio
from datetime import UTC, datetime

import pytest
from typer.testing import CliRunner

from bots.cli import app
from core.retrieval.candidates import Candidate
from storage.candidate_repo import SqlCandidateRepo
from storage.engine import Database, make_engine
from tests.conftest import SMALL_FAQ

pytestmark = pytest.mark.model
runner = CliRunner()


async def seed(url: str) -> None:
    db = Database(make_engine(url))
    repo, now = SqlCandidateRepo(db), datetime(2026, 12, 1, tzinfo=UTC)
    for entry_id, text, source in (("deposit-missing", "deposit never showed up in my wallet", "pick"),
                                   ("deposit-missing", "where did my [transaction hash] deposit go", "confirm"),
                                   ("reset-password", "forgot the password, locked out", "link")):
        assert await repo.add(Candidate(entry_id, "telegram", text, source, now, ticket_id=5)) is not None
    await db.dispose()


def test_review_from_the_command_line(tmp_path, real_embedder):
    faq = tmp_path / "faq.yaml"
    faq.write_text(SMALL_FAQ, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    env = {"SUPPORTBOT_DATABASE_URL": url, "SUPPORTBOT_FAQ_FILE": str(faq)}

    def cli(*args: str):
        return runner.invoke(app, list(args), env=env)

    empty = cli("faq", "candidates", "list")
    assert empty.exit_code == 0, empty.output
    assert "0 pending" in empty.output
    asyncio.run(seed(url))
    listed = cli("faq", "candidates", "list")
    assert "[1] deposit-missing · pick #5 · deposit never showed up in my wallet" in listed.output
    assert "3 pending" in listed.output
    assert "1 pending" in cli("faq", "candidates", "list", "reset-password").output

    assert "Candidate [3] for reset-password rejected" in cli("faq", "candidates", "reject", "3").output
    accepted = cli("faq", "candidates", "accept", "1")
    assert accepted.exit_code == 0 and "deposit-missing: 1 new question(s), version 2" in accepted.output
    again = cli("faq", "candidates", "accept", "1")
    assert again.exit_code == 1 and "No pending candidate [1]." in again.output
    assert "deposit-missing: 1 new question(s), version 3" in cli("faq", "candidates", "accept-all",
                                                                  "deposit-missing").output
    shown = cli("faq", "show", "deposit-missing").output
    assert "deposit never showed up in my wallet" in shown and "where did my [transaction hash] deposit go" in shown
    assert "forgot the password" not in cli("faq", "show", "reset-password").output

    assert cli("faq", "undo", "deposit-missing").exit_code == 0
    shown = cli("faq", "show", "deposit-missing").output
    assert "deposit never showed up in my wallet" in shown and "[transaction hash]" not in shown
    assert "0 pending" in cli("faq", "candidates", "list").output
