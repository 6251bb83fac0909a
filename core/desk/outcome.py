"""What goes into the desk (a user's message) and what comes out (the replies, with their structure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.decision.decide import Decision, DecisionKind
from core.i18n import Reply, render, t
from core.models import Actor, FaqEntry, Ticket
from core.outbox.answers import UserAction, UserChoice
from core.understanding import Identifier


@dataclass(frozen=True)
class Inbound:
    """A user's message as the adapter hands it over."""

    platform: str
    user_id: str
    text: str = ""
    user_name: str = ""
    locale: str | None = None
    attachment: str | None = None  # a platform reference to a photo/document, relayed as is
    # Where a reply goes on the platform (the adapter's own address). With one, a reply the desk commits
    # with an action goes out as an outbox row of that action; without, the adapter sends it itself.
    reply_to: str | None = None
    ref: str | None = None  # the message itself on the platform, so its later edits and deletion find it

    @property
    def actor(self) -> Actor:
        """Return the sender as an ``Actor`` without staff rights."""
        return Actor(self.platform, self.user_id, self.user_name)


@dataclass
class Outcome:
    """What the adapter shows the user: rendered replies plus structure for buttons."""

    lang: str
    replies: list[Reply] = field(default_factory=list)
    decision: Decision | None = None
    entry: FaqEntry | None = None
    suggestions: list[FaqEntry] = field(default_factory=list)
    also: FaqEntry | None = None  # the other need of a two-need message, offered under the answer
    ticket: Ticket | None = None
    queue_position: int | None = None
    secrets: tuple[str, ...] = ()  # kinds of secret found: the adapter deletes the message where it can
    relayed: bool = False
    delivered: bool = False  # the replies went out as an outbox row of the action: the adapter sends nothing

    def actions(self) -> tuple[UserAction, ...]:
        """The buttons under the replies: the candidates under a suggestion, feedback under an answer."""
        human = UserAction(UserChoice.HUMAN, t(self.lang, "button.human"))
        if self.suggestions:
            picks = (UserAction(UserChoice.PICK, e.question_in(self.lang), e.id) for e in self.suggestions)
            return (*picks, human)
        if self.offers_feedback:
            solved = UserAction(UserChoice.SOLVED, t(self.lang, "button.solved"))
            if self.also is not None:
                return solved, UserAction(UserChoice.PICK, self.also.question_in(self.lang), self.also.id), human
            return solved, human
        if self.decision is not None and self.decision.kind == DecisionKind.CLARIFY:
            return (human,)  # "what's the problem?" - or a person straight away
        return ()

    @property
    def offers_feedback(self) -> bool:
        """An FAQ answer the user can confirm ("this solved it") or escalate from; not a suggestion."""
        decision_answers = self.decision is None or self.decision.kind == DecisionKind.ANSWER
        return self.entry is not None and not self.suggestions and decision_answers

    def texts(self) -> list[str]:
        """Render every reply in the outcome's language."""
        return [render(self.lang, reply) for reply in self.replies]


@dataclass(frozen=True)
class Assessment:
    """The decision for one message, with the language it was made in."""

    decision: Decision
    lang: str
    identifiers: tuple[Identifier, ...] = ()  # pasted hashes, addresses, amounts…: for staff, not for retrieval
