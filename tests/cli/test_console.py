"""The console adapter driven line by line, as a user (and moderator) at the terminal would."""

from pathlib import Path

from bots.console.chat import ConsoleChat
from bots.console.notifier import ConsoleNotifier
from core.models import TicketState
from core.settings import Settings
from tests.fakes import FakeEmbedder


async def test_console_story_from_question_to_rating(make_desk, settings):
    lines: list[str] = []
    notifier = ConsoleNotifier(lines.append)
    app = await make_desk(embedder=FakeEmbedder(), notifiers={"console": notifier})
    chat = ConsoleChat(app.desk, notifier, lines.append, user_id="alice")

    assert await chat.handle_line("my deposit has not arrived")
    assert any("Check the transaction hash" in line for line in lines)
    assert await chat.handle_line("")
    assert lines[-1] == "Your message is empty. Please type your question."
    assert await chat.handle_line("/human sent from 0x52908400098527886E0F7030069857D2E4169EE7, still nothing")
    assert any(line.startswith("[staff] Ticket #") for line in lines)
    # The card lists what the user pasted, with the explorer link for the chain the format points to.
    assert any(line.startswith("[staff] • EVM") and "0x52908400098527886E0F7030069857D2E4169EE7" in line
               for line in lines)
    await chat.handle_line("it was 50 USDT")
    assert lines[-1].endswith("user: it was 50 USDT")
    await chat.handle_line("/mod claim")
    await chat.handle_line("/mod reply found it, crediting now")
    assert "found it, crediting now" in lines[-1]
    await chat.handle_line("/mod snippet checking")
    assert lines[-1].endswith("Thanks, I'm checking this now and will get back to you here shortly.")
    await chat.handle_line("/mod snippet")
    assert "ask-txhash" in lines[-1]
    await chat.handle_line("/mod note her second deposit is fine")
    assert lines[-1] == "[staff] 📝 Internal note saved (not sent to the user)."
    await chat.handle_line("/mod resolve")
    assert any("1 (bad) to 5 (great)" in line for line in lines[-3:])  # the user is asked, staff are told
    assert any("transcript ticket-" in line and "tickets export" in line for line in lines[-3:])
    await chat.handle_line("5")
    await chat.handle_line("/comment fast")
    ticket = await app.desk.tickets.repo.latest_for_user("console", "alice")
    assert ticket.state == TicketState.CLOSED and ticket.rating == 5 and ticket.rating_comment == "fast"
    # Her own copy of the conversation, written as a file (the console has no chat to send it to).
    await chat.handle_line("/transcript")
    said, where = lines[-1].splitlines()
    path = Path(where)
    assert said == f"📄 The conversation of ticket #{ticket.id} is in:" and path.is_relative_to(settings.data_dir)
    page = path.read_text(encoding="utf-8")
    assert "found it, crediting now" in page and "her second deposit" not in page
    assert path.stat().st_mode & 0o077 == 0
    await chat.handle_line("/bogus")
    assert "Unknown command /bogus" in lines[-1]
    assert not await chat.handle_line("/quit")


async def test_console_picks_a_suggestion_by_number(make_desk):
    lines: list[str] = []
    notifier = ConsoleNotifier(lines.append)
    app = await make_desk(embedder=FakeEmbedder(), notifiers={"console": notifier})
    chat = ConsoleChat(app.desk, notifier, lines.append, user_id="bob")
    chat.suggestions = [app.desk.index.get("reset-password")]
    await chat.handle_line("1")
    assert any("Tap forgot password." in line for line in lines)


def test_env_file_sets_nested_decision_settings(tmp_path):
    from bots.cli.common import load_settings

    env = tmp_path / "bot.env"
    env.write_text("SUPPORTBOT_DEFAULT_LANGUAGE=zh\nSUPPORTBOT_DECISION_ANSWER_THRESHOLD=0.55\n", encoding="utf-8")
    settings = load_settings(env, "sqlite:///x.db")
    assert settings.default_language == "zh" and settings.decision.answer_threshold == 0.55
    assert settings.database_url == "sqlite:///x.db"


async def test_console_offers_the_other_need_by_number(make_desk, settings, real_embedder, vector_cache_url):
    lines: list[str] = []
    notifier = ConsoleNotifier(lines.append)
    shipped = Settings(database_url=settings.database_url, _env_file=None)  # type: ignore[call-arg]
    app = await make_desk(settings=shipped, embedder=real_embedder, notifiers={"console": notifier},
                          vector_cache_url=vector_cache_url)
    chat = ConsoleChat(app.desk, notifier, lines.append, user_id="bob")
    await chat.handle_line("How do I back up my seed phrase? Also which chains do you support?")
    assert any("You also asked about something else" in line for line in lines)
    offered = [line for line in lines if line.startswith("  1. ")]
    assert len(offered) == 1 and not any(line.startswith("  2. ") for line in lines)
    before = len(lines)
    await chat.handle_line("1")  # the other need, answered by its number
    assert any("supported-chains" in line or "backup-mnemonic" in line for line in lines[before:])
