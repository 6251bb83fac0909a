"""The `supportbot` command line, as an admin would use it, on one database across the module."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bots.cli import app
from tests.conftest import SMALL_FAQ

pytestmark = pytest.mark.model
runner = CliRunner()


@pytest.fixture(scope="module")
def env(tmp_path_factory, real_embedder) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("cli")
    faq = folder / "faq.yaml"
    faq.write_text(SMALL_FAQ, encoding="utf-8")
    return {"SUPPORTBOT_DATABASE_URL": f"sqlite:///{folder / 'cli.db'}", "SUPPORTBOT_FAQ_FILE": str(faq)}


def cli(env, *args: str):
    result = runner.invoke(app, list(args), env=env)
    return result


def test_faq_list_show_and_versioned_edit_with_undo(env):
    listed = cli(env, "faq", "list")
    assert listed.exit_code == 0, listed.output
    assert "3 entries" in listed.output and "reset-password" in listed.output

    added = cli(env, "faq", "add", "nft-display", "--category", "tokens", "-q", "how do I see my NFTs",
                "-q", "NFT不显示", "--zh", "在收藏品页查看。", "--en", "Open the Collectibles tab.")
    assert added.exit_code == 0, added.output
    edited = cli(env, "faq", "edit", "nft-display", "--en", "Open Collectibles and tap +.")
    assert edited.exit_code == 0 and "version 2" in edited.output
    shown = cli(env, "faq", "show", "nft-display")
    assert "Open Collectibles and tap +." in shown.output

    history = cli(env, "faq", "history", "nft-display")
    assert "v1" in history.output and "v2" in history.output and "edit" in history.output
    assert "'Open the Collectibles tab.'" in history.output and "-> 'Open Collectibles and tap +.'" in history.output

    undone = cli(env, "faq", "undo", "nft-display")
    assert undone.exit_code == 0 and "restored" in undone.output
    assert "Open the Collectibles tab." in cli(env, "faq", "show", "nft-display").output

    removed = cli(env, "faq", "remove", "nft-display")
    assert removed.exit_code == 0
    missing = cli(env, "faq", "show", "nft-display")
    assert missing.exit_code == 1 and "no FAQ entry nft-display" in missing.output

    # Every change from the command line is in the audit, by the operator who made it.
    entries = [json.loads(line) for line in cli(env, "audit", "--json").output.splitlines()]
    faq_rows = [(e["action"], e["target"], e["detail"]) for e in entries if e["action"].startswith("faq_")]
    assert faq_rows == [("faq_add", "nft-display", "v1"), ("faq_edit", "nft-display", "v2"),
                        ("faq_undo", "nft-display", "v3"), ("faq_remove", "nft-display", "v4")]
    assert all(e["actor"].startswith("cli:") for e in entries if e["action"].startswith("faq_"))


def test_invalid_add_is_refused_with_the_field_named(env):
    result = cli(env, "faq", "add", "half", "--category", "x", "-q", "question", "--en", "only english")
    assert result.exit_code == 1
    assert "answer" in result.output and "missing language: zh" in result.output


def test_export_then_import_round_trip_and_broken_file_loads_nothing(env, tmp_path):
    out = tmp_path / "export.yaml"
    exported = cli(env, "faq", "export", str(out))
    assert exported.exit_code == 0 and "reset-password" in out.read_text(encoding="utf-8")
    again = cli(env, "faq", "import", str(out))
    assert again.exit_code == 0 and "0 changed" in again.output

    broken = tmp_path / "broken.yaml"
    broken.write_text(out.read_text(encoding="utf-8") + "- id: reset-password\n  category: x\n"
                      "  questions: []\n  answer: {zh: a}\n", encoding="utf-8")
    result = cli(env, "faq", "import", str(broken))
    assert result.exit_code == 1
    assert str(broken) in result.output and "(reset-password), field id: duplicate id" in result.output
    assert "field questions" in result.output
    assert cli(env, "faq", "history", "reset-password").output.count("\nv") == 0  # only v1, the seed import


def test_ask_json(env):
    result = cli(env, "ask", "how do I reset my password", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output.strip().splitlines()[-1])
    assert data["decision"] == "answer" and data["entry"] == "reset-password" and data["lang"] == "en"
    assert "Tap forgot password." in data["reply"] and data["score"] > 0.47
    empty = cli(env, "ask", "   ")
    assert empty.exit_code == 1 and "empty" in empty.output


def test_eval_json_has_every_metric(env, tmp_path):
    queries = tmp_path / "q.jsonl"
    queries.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in [
        {"text": "怎么重置密码啊", "expected": "reset-password", "lang": "zh"},
        {"text": "my deposit still has not arrived", "expected": "deposit-missing", "lang": "en"},
        {"text": "what is the weather today", "expected": None, "lang": "en"},
    ]), encoding="utf-8")
    faq = Path(env["SUPPORTBOT_FAQ_FILE"])
    result = cli(env, "eval", "--faq", str(faq), "--queries", str(queries), "--json", "--errors")
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output.strip().splitlines()[-1])
    for key in ("n", "top1", "answered_correct", "abstain_oos", "accuracy", "wrong_answer_rate", "per_lang",
                "p50_ms", "suggested_correct", "helpful"):
        assert key in metrics
    assert metrics["n"] == 3 and metrics["top1"] == 1.0 and set(metrics["per_lang"]) == {"zh", "en"}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "expected": null}\nnot json\n', encoding="utf-8")
    failed = cli(env, "eval", "--faq", str(faq), "--queries", str(bad))
    assert failed.exit_code == 1 and "bad.jsonl:2" in failed.output


def test_tickets_list_and_show_after_a_console_escalation(env):
    listed = cli(env, "tickets", "list")
    assert listed.exit_code == 0
    assert cli(env, "tickets", "show", "999").exit_code == 1
