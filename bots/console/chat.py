"""A terminal chat with the desk: you are the user, and (with /mod) the moderator too."""

from __future__ import annotations

import asyncio
import getpass
import logging
from collections.abc import Callable
from pathlib import Path

from bots.bootstrap import build_desk
from bots.console.notifier import ConsoleNotifier
from bots.exports import write_export, write_files
from bots.texts import post_feedback
from core.clock import utcnow
from core.decision.decide import DecisionKind
from core.desk import Inbound, Outcome, SupportDesk
from core.errors import DeskError
from core.i18n import Reply, render, t
from core.models import Actor, FaqEntry
from core.settings import Settings
from core.tickets.blocks import parse_block_args

PLATFORM = "console"
log = logging.getLogger(__name__)


class ConsoleChat:
    """Turns typed lines into desk calls and prints the rendered outcome."""

    def __init__(self, desk: SupportDesk, notifier: ConsoleNotifier, out: Callable[[str], None], *,
                 user_id: str, locale: str | None = None) -> None:
        self.desk = desk
        self.notifier = notifier
        self.out = out
        self.user_id = user_id
        self.locale = locale
        self.lang = locale or desk.settings.default_language
        self.suggestions: list[FaqEntry] = []
        self.moderator = Actor(PLATFORM, "moderator", "console-moderator", is_moderator=True)

    def inbound(self, text: str = "") -> Inbound:
        """Return a message from the console user."""
        return Inbound(PLATFORM, self.user_id, text, user_name=self.user_id, locale=self.locale)

    async def handle_line(self, line: str) -> bool:
        """Handle one typed line; return False when the user quits."""
        line = line.strip()
        try:
            return await self._dispatch(line)
        except DeskError as exc:
            if not exc.quiet:
                self.out(t(self.lang, exc.key, **exc.params))
        except Exception:
            # One bad line must never end the chat: log it and tell the user.
            log.exception("console line failed")
            self.out(t(self.lang, "error.generic"))
        return True

    async def _dispatch(self, line: str) -> bool:
        command, _, rest = line.partition(" ")
        if command in ("/quit", "/exit"):
            return False
        if command == "/help":
            self.out(t(self.lang, "help.console"))
        elif command == "/human":
            self.show(await self.desk.request_human(self.inbound(rest)))
        elif command == "/ticket":
            self.show(await self.desk.my_ticket(self.inbound()))
        elif command == "/tickets":
            self.show(await self.desk.my_tickets(self.inbound()))
        elif command == "/cancel":
            self.show(await self.desk.cancel(self.inbound()))
        elif command == "/solved":
            self.show(await self.desk.mark_solved(self.inbound()))
        elif command == "/comment":
            self.show(await self.desk.comment(self.inbound(rest)))
        elif command == "/mod":
            await self.moderate(rest)
        elif command in ("/mydata", "/forgetme"):
            await self.privacy(command, rest)
        elif command == "/transcript":
            await self.transcript()
        elif self.notifier.rating_requested and line in {"1", "2", "3", "4", "5"}:
            self.show(await self.desk.rate(self.inbound(), self.notifier.rating_requested, int(line)))
        elif self.suggestions and line.isdigit() and 1 <= int(line) <= len(self.suggestions):
            self.show(await self.desk.choose(self.inbound(), self.suggestions[int(line) - 1].id))
        elif line.startswith("/"):
            self.out(t(self.lang, "error.unknown_command", command=command))
        else:
            self.show(await self.desk.handle_message(self.inbound(line)))
        return True

    async def moderate(self, rest: str) -> None:
        """Act as a moderator on the console user's ticket: claim, reply, note, snippet, resolve."""
        action, _, text = rest.partition(" ")
        if action in ("block", "unblock"):
            await self.block(action, text)
            return
        ticket = await self.desk.latest_ticket(PLATFORM, self.user_id)
        if ticket is None:
            self.out(t(self.lang, "ticket.none"))
            return
        if action == "claim":
            await self.desk.claim(ticket.id, self.moderator)
        elif action == "reply":
            await self.desk.staff_reply(ticket.id, self.moderator, text)
        elif action == "note":
            await self.desk.staff_reply(ticket.id, self.moderator, text, internal=True)
            self.out("[staff] " + t("en", "staff.note_saved"))
        elif action == "snippet" and not text.strip():
            self.out("[staff] " + render("en", self.desk.snippet_list("en")))
        elif action == "snippet":
            post = await self.desk.send_snippet(ticket.id, self.moderator, text)
            feedback = post_feedback(post, "en")
            if feedback:
                self.out(f"[staff] {feedback}")
        elif action == "resolve":
            await self.desk.resolve(ticket.id, self.moderator)
        elif action == "assign" and text.strip():
            # Everyone at this console is staff: the ticket goes to the moderator of that name.
            name = text.strip()
            await self.desk.assign(ticket.id, self.moderator, Actor(PLATFORM, name, name, is_moderator=True))
        elif action == "priority":
            await self.desk.set_priority(ticket.id, self.moderator, text)
        else:
            self.out(t(self.lang, "error.unknown_command", command=f"/mod {action}"))

    async def block(self, action: str, text: str) -> None:
        """``/mod block [30m|12h|7d|perm] [reason]`` or ``/mod unblock``: the console user, as staff would."""
        if action == "block":
            request = parse_block_args(text)
            done = await self.desk.block(self.moderator, user_id=self.user_id, duration=request.duration,
                                         reason=request.reason)
        else:
            done = await self.desk.unblock(self.moderator, user_id=self.user_id)
        self.out("[staff] " + render("en", done))

    async def transcript(self) -> None:
        """``/transcript``: the user's latest ticket as an HTML file (no internal notes), its path printed."""
        result = await self.desk.my_transcript(self.inbound())
        if isinstance(result, Outcome):
            self.show(result)
            return
        [path] = write_files([result], self._exports())
        self.out(t(result.lang, "transcript.saved", number=result.ticket_id, path=path))

    async def privacy(self, command: str, rest: str) -> None:
        """``/mydata`` writes the files and prints where; ``/forgetme`` warns, ``/forgetme confirm`` erases."""
        if command == "/mydata":
            export = await self.desk.my_data(self.inbound())
            paths = "\n".join(str(path) for path in write_export(export, self._exports()))
            self.out(t(export.lang, "privacy.mydata.saved", paths=paths))
        elif rest.strip().lower() == "confirm":
            self.show(await self.desk.forget_me(self.inbound()))
        else:
            outcome = await self.desk.forget_warning(self.inbound())
            outcome.replies.append(Reply("privacy.forget.console_hint"))
            self.show(outcome)

    def _exports(self) -> Path:
        """A new folder for this user's files: the console has no chat to send them into."""
        return self.desk.settings.data_dir / "exports" / f"{PLATFORM}-{self.user_id}-{utcnow():%Y%m%d-%H%M%S}"

    def show(self, outcome: Outcome) -> None:
        """Print an outcome; number the suggestions so the user can pick one."""
        self.lang = outcome.lang
        for reply in outcome.replies:
            self.out(render(outcome.lang, reply))
        # What can be picked by number: the suggestions, or the other need offered beside an answer.
        self.suggestions = list(outcome.suggestions) or ([outcome.also] if outcome.also is not None else [])
        for number, entry in enumerate(self.suggestions, start=1):
            self.out(f"  {number}. {entry.question_in(outcome.lang)}")
        if outcome.decision is not None and outcome.decision.kind == DecisionKind.ANSWER:
            self.out(t(outcome.lang, "faq.feedback_console"))


async def run_console(settings: Settings, *, locale: str | None = None) -> None:
    """Run the terminal chat until /quit or end of input."""
    notifier = ConsoleNotifier(print)
    app = await build_desk(settings, notifiers={PLATFORM: notifier})
    app.start_timers()
    chat = ConsoleChat(app.desk, notifier, print, user_id=getpass.getuser(), locale=locale)
    try:
        await app.serve_metrics()
        print(t(chat.lang, "help.console"))
        while True:
            try:
                line = await asyncio.to_thread(input, "> ")
            except EOFError:
                break
            if not await chat.handle_line(line):
                break
    finally:
        await app.close()
