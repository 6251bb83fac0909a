"""/mod assign, /mod priority and /tickets in the console, as a moderator and user at the terminal would."""

from bots.console.chat import ConsoleChat
from bots.console.notifier import ConsoleNotifier
from core.models import TicketState
from tests.fakes import FakeEmbedder


async def test_console_hands_a_ticket_on_changes_its_priority_and_lists_tickets(make_desk):
    lines: list[str] = []
    notifier = ConsoleNotifier(lines.append)
    app = await make_desk(embedder=FakeEmbedder(), notifiers={"console": notifier})
    chat = ConsoleChat(app.desk, notifier, lines.append, user_id="alice")

    await chat.handle_line("/tickets")
    assert lines[-1] == "You have no ticket."
    await chat.handle_line("/human my deposit has not arrived")
    await chat.handle_line("/mod assign omar")
    assert lines[-1].endswith("📌 Assigned to omar: the ticket is theirs now, and replies here go to the user.")
    await chat.handle_line("/mod priority high")
    assert lines[-1].endswith("Priority is now 🔴 high.")
    await chat.handle_line("/mod priority soon")
    assert lines[-1] == "Unknown priority soon: use high | normal | low."
    ticket = await app.desk.latest_ticket("console", "alice")
    assert (ticket.state, ticket.moderator_id, ticket.priority) == (TicketState.CLAIMED, "omar", "high")

    await chat.handle_line("/tickets")
    assert lines[-2] == "Your latest tickets (1):"
    assert lines[-1].startswith(f"#{ticket.id} · ")
    assert lines[-1].endswith("· being handled · my deposit has not arrived")
