"""A broken FAQ file or a missing model stops the start with a clear message, not a crash later."""

from pathlib import Path

from typer.testing import CliRunner

from bots.cli.app import app as cli


def run(tmp_path: Path, *args: str, **env: str):
    return CliRunner().invoke(cli, [*args, "--database", f"sqlite:///{tmp_path / 'desk.db'}"],
                              env={"SUPPORTBOT_LOG_LEVEL": "WARNING", **env})


def test_a_broken_faq_file_is_named_with_its_problems(tmp_path: Path):
    broken = tmp_path / "faq.yaml"
    good = "- id: ok-entry\n  category: x\n  questions: [hi]\n  answer: {en: hello}\n"
    broken.write_text(good + "- id: [not, a, string\n")
    result = run(tmp_path, "ask", "hello", SUPPORTBOT_FAQ_FILE=str(broken))
    assert result.exit_code == 1
    assert "FAQ file is invalid, nothing was loaded" in result.output and "bad YAML at line" in result.output
    assert "Traceback" not in result.output

    broken.write_text(good)
    result = run(tmp_path, "ask", "hello", SUPPORTBOT_FAQ_FILE=str(broken))
    assert result.exit_code == 1 and "missing language: zh" in result.output


def test_a_missing_model_says_how_to_get_it(tmp_path: Path):
    result = run(tmp_path, "ask", "hello", SUPPORTBOT_MODEL_PATH=str(tmp_path / "no-model"),
                 SUPPORTBOT_MODEL_BACKEND="torch")
    assert result.exit_code == 1 and "supportbot model fetch" in result.output
    assert "Traceback" not in result.output
    result = run(tmp_path, "ask", "hello", SUPPORTBOT_MODEL_PATH=str(tmp_path / "no-model"),
                 SUPPORTBOT_MODEL_BACKEND="onnx")
    assert result.exit_code == 1 and "supportbot model export" in result.output
