"""The user's door: a message is answered, suggested, escalated or relayed; then rating and withdrawal."""

from __future__ import annotations

import dataclasses
import time
from datetime import timedelta

from core.decision.decide import Decision, DecisionKind, decide, second_need
from core.desk.base import DeskBase, log
from core.desk.learning import learn
from core.desk.outcome import Assessment, Inbound, Outcome
from core.errors import DeskError, InvalidInput, StorageUnavailable, TicketCooldown
from core.i18n import Reply
from core.insights import metrics
from core.insights.stats import BOT_ANSWER, BOT_PICK, BOT_SUGGEST, NOT_HELPFUL
from core.models import HUMAN_STATES, Author, Ticket, TicketState
from core.outbox.answers import Answer
from core.outbox.effects import EffectKind
from core.retrieval.candidates import CONFIRM, PICK
from core.tickets import edits
from core.tickets.priority import priority_for
from core.tickets.transcripts import TranscriptFile, html_file, load_transcript
from core.understanding import understand
from core.understanding.clauses import asks, clauses
from core.understanding.redaction import redact
from core.understanding.requests import asks_for_help, says_little
from core.understanding.text import choose_language, normalize


class UserDesk(DeskBase):
    """One method per thing a user can do; adapters render the ``Outcome``."""

    async def assess(self, text: str, locale: str | None = None) -> Assessment:
        """Decide what to do with one (already redacted) message; no side effects."""
        await self.faq.sync()  # an edit made by another bot process takes effect here too
        clean = normalize(text)[: self.settings.max_message_chars]
        lang = choose_language(clean, locale, self.settings.default_language)
        # Retrieval reads the question, not the pasted hashes or the "hi admin 👋" around it.
        understood = understand(clean)
        understood = dataclasses.replace(understood, text=self.index.respell(understood.text))
        query = await self.index.encode_query(understood.text)
        decision = decide(self.index.search(query, text=understood.text), self.intents.classify(query),
                          self.settings.decision, asks_for_help=asks_for_help(clean),
                          says_little=says_little(clean))
        if decision.kind == DecisionKind.ANSWER and (parts := clauses(understood.text)):
            # A message with two needs: the answer is for the clearer one; the other, asked in a part of its
            # own, is offered beside it. A part that only tells a detail ("I have a backup") offers nothing.
            rankings = [self.index.search(await self.index.encode_query(part), text=part)
                        for part in parts if asks(part)]
            decision = dataclasses.replace(decision, also=second_need(decision, rankings, self.settings.decision))
        return Assessment(decision, lang, understood.identifiers)

    async def handle_message(self, msg: Inbound) -> Outcome:
        """Answer, suggest, escalate or chat back; relay instead while a human has the ticket."""
        started, label = time.perf_counter(), None
        try:
            outcome = await self._handle_message(msg)
            relayed = metrics.RELAYED if outcome.relayed else metrics.NO_TEXT
            label = outcome.decision.kind.value if outcome.decision is not None else relayed
            return outcome
        except Exception as exc:
            refused = metrics.REFUSED if isinstance(exc, DeskError) else metrics.FAILED
            label = metrics.UNAVAILABLE if isinstance(exc, StorageUnavailable) else refused
            raise
        finally:
            if label is not None:  # not when cancelled: the process is stopping, nothing was decided
                self.metrics.message_handled(msg.platform, label, time.perf_counter() - started)

    async def _handle_message(self, msg: Inbound) -> Outcome:
        await self.blocks.check(msg.platform, msg.user_id)  # blocked: one notice, then silence
        self._check_rate(msg)
        text = msg.text.strip()
        if not text and not msg.attachment:
            raise InvalidInput(reason="empty")
        if len(text) > self.settings.max_message_chars:
            raise InvalidInput(reason="too_long", limit=self.settings.max_message_chars, length=len(text))
        found = redact(text)
        text = found.text
        lang = choose_language(text, msg.locale, self.settings.default_language)
        kinds = tuple(Reply(f"secret.kind.{kind}") for kind in found.kinds)
        warning = [Reply("secret.warning", {"kinds": kinds})] if found.found else []
        if found.found:
            log.warning("redacted %s from %s:%s", ",".join(found.kinds), msg.platform, msg.user_id)

        ticket = await self._current(msg.platform, msg.user_id)
        if ticket is not None and ticket.state in HUMAN_STATES:
            await self._relay(ticket, msg.user_id, text, msg.attachment, ref=msg.ref)
            return Outcome(ticket.language, warning, ticket=ticket, secrets=found.kinds, relayed=True)
        if not text:  # an attachment with no ticket: nothing to search
            return Outcome(lang, [*warning, Reply("input.attachment_needs_text")], secrets=found.kinds)

        assessment = await self.assess(text, msg.locale)
        outcome = self._compose(assessment)
        outcome.replies[:0] = warning
        outcome.secrets = found.kinds
        decision = assessment.decision
        if decision.kind == DecisionKind.SMALLTALK:
            return outcome

        cooldown = await self._cooldown(msg, ticket) if decision.kind == DecisionKind.ESCALATE else None
        async with self.tickets.units():
            ticket = ticket or await self.tickets.open_pending(msg.platform, msg.user_id, msg.user_name, outcome.lang)
            outcome.ticket = ticket
            said = await self.tickets.record(ticket, Author.USER, msg.user_id, text, attachment=msg.attachment)
            await self.tickets.repo.set_message_refs(said.id, ref=msg.ref)  # an edit before escalation: on the card
            if outcome.entry is not None:
                await self.tickets.note(ticket.id, BOT_ANSWER, outcome.entry.id)
            elif outcome.suggestions:
                await self.tickets.note(ticket.id, BOT_SUGGEST, ",".join(e.id for e in outcome.suggestions))
            if cooldown is None:
                if decision.kind == DecisionKind.ESCALATE:
                    await self._escalate(outcome, ticket, decision, text)
                await self.tickets.record(ticket, Author.BOT, "bot", " / ".join(outcome.texts()))
                await self._answer(msg, ticket, outcome)
        if cooldown is not None:  # the message is kept on the conversation; only the escalation waits
            raise cooldown
        return await self._delivered(outcome)

    async def preview(self, text: str, locale: str | None = None) -> Outcome:
        """Show what the desk would reply to ``text``, without storing anything or opening a ticket."""
        found = redact(text.strip())
        if not found.text:
            raise InvalidInput(reason="empty")
        outcome = self._compose(await self.assess(found.text, locale))
        if outcome.decision is not None and outcome.decision.kind == DecisionKind.ESCALATE:
            outcome.replies.append(Reply(f"escalate.{outcome.decision.reason}"))
        return outcome

    def _compose(self, assessment: Assessment) -> Outcome:
        """Build the replies that need no ticket: the answer, the suggestions, or smalltalk."""
        decision, lang = assessment.decision, assessment.lang
        outcome = Outcome(lang, decision=decision)
        if decision.kind == DecisionKind.SMALLTALK:
            outcome.replies.append(Reply(f"smalltalk.{decision.reason}"))
            return outcome
        if decision.kind == DecisionKind.CLARIFY:  # kept on the conversation, like a question
            outcome.replies.append(Reply(f"clarify.{decision.reason}"))
            return outcome
        entry = self.index.get(decision.entry_id) if decision.entry_id else None
        if entry is not None:
            outcome.entry = entry
            outcome.replies.append(Reply("faq.answer", {"answer": entry.answer_in(lang), "entry": entry.id}))
        also = self.index.get(decision.also) if decision.also else None
        if also is not None:
            outcome.also = also
            outcome.replies.append(Reply("faq.also"))
        if decision.kind == DecisionKind.SUGGEST:
            outcome.suggestions = [e for e in (self.index.get(i) for i in decision.suggestions) if e]
            outcome.replies.append(Reply("faq.suggest"))
        return outcome

    async def choose(self, msg: Inbound, entry_id: str) -> Outcome:
        """Answer with the entry a user picked from suggestions."""
        await self.blocks.check(msg.platform, msg.user_id)
        entry = self.index.get(entry_id)
        lang = await self._language(msg)
        if entry is None:
            return Outcome(lang, [Reply("faq.not_found", {"entry": entry_id})])
        ticket = await self._current(msg.platform, msg.user_id)
        reply = Reply("faq.answer", {"answer": entry.answer_in(lang), "entry": entry.id})
        outcome = Outcome(lang, [reply], entry=entry, ticket=ticket)
        if ticket is not None and ticket.state == TicketState.PENDING:
            async with self.tickets.units():
                await self.tickets.record(ticket, Author.BOT, "bot", f"[{entry.id}] {entry.answer_in(lang)}")
                await learn(self, ticket, PICK, entry.id)  # before the pick is noted: it reads the suggestions
                await self.tickets.note(ticket.id, BOT_PICK, entry.id)
                await self._answer(msg, ticket, outcome)
        return outcome

    async def mark_solved(self, msg: Inbound) -> Outcome:
        """Close the user's bot conversation: the answer helped."""
        lang = await self._language(msg)
        ticket = await self._current(msg.platform, msg.user_id)
        outcome = Outcome(lang, [Reply("faq.glad")], ticket=ticket)
        if ticket is not None and ticket.state == TicketState.PENDING:
            async with self.tickets.units():
                await learn(self, ticket, CONFIRM)
                outcome.ticket = await self.tickets.close(ticket.id, msg.actor, reason="solved_by_bot")
                await self._answer(msg, ticket, outcome)
        return outcome

    async def request_human(self, msg: Inbound, category: str | None = None) -> Outcome:
        """Escalate at once: the user asked for a person (``category``: known without a guess, e.g. a report)."""
        await self.blocks.check(msg.platform, msg.user_id)
        self._check_rate(msg)
        lang = await self._language(msg)
        ticket = await self._current(msg.platform, msg.user_id)
        outcome = Outcome(lang)
        if ticket is not None and ticket.state in HUMAN_STATES:
            # Already with a human: whatever the user wrote with /human still reaches them.
            outcome.ticket = ticket
            outcome.queue_position = await self._position(ticket)
            outcome.replies.append(self._status_reply(ticket, outcome.queue_position))
            extra = redact(msg.text.strip()).text
            if extra:
                async with self.tickets.units():
                    await self._relay(ticket, msg.user_id, extra)
                    await self._answer(msg, ticket, outcome)
            return outcome
        cooldown = await self._cooldown(msg, ticket)
        guesses = await self._guesses(redact(msg.text.strip()).text or (
            await self._last_user_text(ticket) if ticket is not None else "")) if not (category or cooldown) else ()
        async with self.tickets.units():
            if ticket is not None:
                shown = [e for e in await self.tickets.repo.events(ticket.id) if e.kind in (BOT_ANSWER, BOT_PICK)]
                if shown:  # a person after an answer: that answer did not help
                    await self.tickets.note(ticket.id, NOT_HELPFUL, shown[-1].detail)
            ticket = ticket or await self.tickets.open_pending(msg.platform, msg.user_id, msg.user_name, lang)
            question = redact(msg.text.strip()).text
            if question:
                await self.tickets.record(ticket, Author.USER, msg.user_id, question)
            else:
                question = await self._last_user_text(ticket)
            if cooldown is None:
                await self._escalate(outcome, ticket, Decision(DecisionKind.ESCALATE, "human_request",
                                                               candidates=guesses), question, category)
                await self._answer(msg, ticket, outcome)
        if cooldown is not None:
            raise cooldown
        return await self._delivered(outcome)

    async def my_ticket(self, msg: Inbound) -> Outcome:
        """Tell the user about their current (or latest) ticket."""
        lang = await self._language(msg)
        ticket = await self._current(msg.platform, msg.user_id)
        ticket = ticket or await self.tickets.repo.latest_for_user(msg.platform, msg.user_id)
        if ticket is None:
            return Outcome(lang, [Reply("ticket.none")])
        position = await self._position(ticket) if ticket.state == TicketState.OPEN else None
        return Outcome(lang, [self._status_reply(ticket, position)], ticket=ticket, queue_position=position)

    async def my_transcript(self, msg: Inbound) -> TranscriptFile | Outcome:
        """The user's latest ticket as an HTML file in its language, without internal notes or the staff's event log."""
        self._check_rate(msg)  # each one is a file upload: not a thing to repeat as fast as one can tap
        ticket = await self.tickets.repo.latest_for_user(msg.platform, msg.user_id)
        if ticket is None:
            return Outcome(await self._language(msg), [Reply("transcript.none")])
        transcript = await load_transcript(self.tickets.repo, ticket.id)
        return html_file(transcript, timezone=self.settings.timezone, lang=ticket.language, include_internal=False)

    async def cancel(self, msg: Inbound) -> Outcome:
        """Withdraw the user's active ticket."""
        lang = await self._language(msg)
        ticket = await self._current(msg.platform, msg.user_id)
        if ticket is None:
            return Outcome(lang, [Reply("ticket.none")])
        outcome = Outcome(lang, [Reply("ticket.cancelled", {"number": ticket.id})], ticket=ticket)
        async with self.tickets.units():
            outcome.ticket = await self.tickets.close(ticket.id, msg.actor, reason="withdrawn_by_user")
            await self._answer(msg, ticket, outcome)
        return outcome

    async def rate(self, msg: Inbound, ticket_id: int, score: int, comment: str | None = None) -> Outcome:
        """Store the user's satisfaction rating (the adapter answers the press itself: it edits the buttons too)."""
        ticket = await self.tickets.rate(ticket_id, msg.actor, score, redact(comment).text if comment else None)
        return Outcome(ticket.language, [Reply("rating.thanks", {"score": score})], ticket=ticket)

    async def comment(self, msg: Inbound) -> Outcome:
        """Attach the user's comment to the rating of their latest ticket."""
        lang = await self._language(msg)
        text = redact(msg.text.strip()).text
        if not text:
            raise InvalidInput(reason="empty")
        ticket = await self.tickets.repo.latest_for_user(msg.platform, msg.user_id)
        if ticket is None or ticket.rating is None:
            return Outcome(lang, [Reply("rating.none")])
        outcome = Outcome(lang, [Reply("rating.comment_saved")], ticket=ticket)
        async with self.tickets.units():
            outcome.ticket = await self.tickets.comment(ticket.id, msg.actor, text)
            await self._answer(msg, ticket, outcome)
        return outcome

    async def _answer(self, msg: Inbound, ticket: Ticket, outcome: Outcome) -> None:
        """Write the outcome's replies as an outbox row of the current unit, so they go out even if the process
        dies right after the commit. Not without an address from the adapter, nor for a message that held a
        secret: the adapter deletes that message first and words the reply itself."""
        if msg.reply_to is None or not outcome.replies or outcome.secrets:
            return
        answer = Answer(msg.reply_to, "\n\n".join(outcome.texts()), outcome.lang, outcome.actions())
        await self.tickets.emit(ticket, EffectKind.ANSWER, **answer.payload())
        outcome.delivered = True

    async def _relay(self, ticket: Ticket, user_id: str, text: str, attachment: str | None = None, *,
                     ref: str | None = None) -> None:
        """Store a user's (redacted) message on a ticket a human has, with its relay to the staff thread.

        Both commit together: the message is never stored without its relay, and a platform that fails
        the relay does not make the user send it again (the outbox retries it).
        """
        async with self.tickets.units():
            stored = await self.tickets.record(ticket, Author.USER, user_id, text, attachment=attachment)
            await self.tickets.relay_to_staff(ticket, stored)
            await edits.relayed(self.tickets, stored, ref)

    async def _cooldown(self, msg: Inbound, ticket: Ticket | None) -> TicketCooldown | None:
        """An escalation past the user's hourly allowance (counted in the database, so across processes)."""
        allowance = self.settings.limits.tickets_per_hour
        if not allowance:
            return None
        hour_ago = self.tickets.clock() - timedelta(hours=1)
        current = ticket.id if ticket is not None else None
        recent = [t for t in await self.tickets.repo.list(platform=msg.platform, user_id=msg.user_id,
                                                          limit=allowance + 1)
                  if t.id != current and t.escalated_at is not None and t.escalated_at > hour_ago]
        if len(recent) < allowance:
            return None
        oldest = min(t.escalated_at for t in recent if t.escalated_at is not None)
        return TicketCooldown(number=recent[0].id, minutes=max(1, round((oldest - hour_ago).total_seconds() / 60)))

    async def _escalate(self, outcome: Outcome, ticket: Ticket, decision: Decision, question: str,
                        category: str | None = None) -> None:
        guesses = tuple(
            (e.id, e.question_in(self.settings.staff_language), score)
            for e, score in ((self.index.get(i), s) for i, s in decision.candidates[:3]) if e is not None
        )
        category = category or next((e.category for e in (self.index.get(g[0]) for g in guesses) if e), None)
        ticket = await self.tickets.escalate(ticket, reason=decision.reason, question=question, category=category,
                                             guesses=guesses,
                                             priority=priority_for(category, self.settings.priority_categories))
        outcome.ticket = ticket
        outcome.queue_position = await self._position(ticket)
        outcome.replies.append(Reply(f"escalate.{decision.reason}", {}))
        outcome.replies.append(self._status_reply(ticket, outcome.queue_position))
        now = self.tickets.clock()
        if not self.hours.is_open(now):
            opens = self.hours.next_open(now).astimezone(self.hours.zone)
            sla = self.settings.sla
            outcome.replies.append(Reply("escalate.after_hours", {
                "hours": f"{sla.working_days} {sla.working_hours} ({self.settings.timezone})",
                "opens": f"{opens:%a %H:%M}"}))

    async def _delivered(self, outcome: Outcome) -> Outcome:
        """The outcome's ticket as it is now: its unit's effects for this platform were delivered on commit."""
        if outcome.ticket is not None and outcome.ticket.state in HUMAN_STATES:
            outcome.ticket = await self.tickets.get(outcome.ticket.id)
        return outcome

    async def _guesses(self, question: str) -> tuple[tuple[str, float], ...]:
        """The entries nearest the question of a user who asked for a person: a help for the moderator only,
        so a search that fails must not keep the user from reaching one."""
        try:
            return (await self.assess(question)).decision.candidates if question else ()
        except Exception:
            log.warning("no guesses for a human request: the search failed", exc_info=True)
            return ()

    async def _last_user_text(self, ticket: Ticket) -> str:
        lines = [m for m in await self.tickets.repo.messages(ticket.id) if m.author == Author.USER]
        return lines[-1].text if lines else ""
