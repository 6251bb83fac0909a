"""The answer decision: answer, suggest, escalate, clarify or smalltalk, from scores and settings only."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from core.decision.intents import COMPLAINT, HELP_REQUEST, HUMAN, IntentMatch
from core.retrieval.index import Candidate
from core.settings import DecisionSettings

# A few words that match nothing: asked what they mean (``clarify.says_little``), no ticket.
SAYS_LITTLE = "says_little"
# A request whose words an entry shares at least this much (lexical evidence) names a topic.
NAMES_A_TOPIC = 0.5


class DecisionKind(enum.StrEnum):
    ANSWER = "answer"
    SUGGEST = "suggest"
    ESCALATE = "escalate"
    SMALLTALK = "smalltalk"
    CLARIFY = "clarify"  # a request with no question yet ("can u help"): ask what the problem is


@dataclass(frozen=True)
class Decision:
    """What the desk does with a message, and why."""

    kind: DecisionKind
    reason: str
    entry_id: str | None = None  # the entry whose answer is shown (answer, or escalate with an answer)
    score: float = 0.0
    suggestions: tuple[str, ...] = ()
    intent: str | None = None
    candidates: tuple[tuple[str, float], ...] = field(default=(), compare=False)
    also: str | None = None  # a second need in the message, answered by this entry: offered beside the answer

    @property
    def answered_entry(self) -> str | None:
        """Return the entry whose answer the user is shown, if any."""
        return self.entry_id if self.kind in (DecisionKind.ANSWER, DecisionKind.ESCALATE) else None


def decide(candidates: list[Candidate], intent: IntentMatch | None, cfg: DecisionSettings, *,
           asks_for_help: bool = False, says_little: bool = False) -> Decision:
    """Decide from the ranked candidates and the closest intent.

    ``asks_for_help`` says the message asks for attention or help (``core.understanding.requests``): such a
    message is never answered as small talk, however close it is to "hello". ``says_little``: it is a few
    words at most ("np", "wagmi 🚀"); one that matches nothing is asked what it means, not made a ticket.
    """
    ranked = tuple((c.entry.id, round(c.score, 4)) for c in candidates)
    top = candidates[0] if candidates else None
    top_score = top.score if top else -1.0
    runner_up = candidates[1].score if len(candidates) > 1 else -1.0
    confident = top is not None and top_score >= cfg.answer_threshold and top_score - runner_up >= cfg.answer_margin

    if intent is not None and intent.score >= cfg.intent_threshold:
        if intent.name == HUMAN:
            # Asking for a human always escalates; a plausible entry (e.g. support hours) is shown too.
            entry = top.entry.id if top is not None and top_score >= cfg.suggest_threshold else None
            return Decision(DecisionKind.ESCALATE, "human_request", entry, top_score, intent=intent.name,
                            candidates=ranked)
        if intent.name == COMPLAINT:
            # An angry user gets a person, not a canned paragraph, even if a topic matches.
            return Decision(DecisionKind.ESCALATE, "complaint", None, top_score, intent=intent.name,
                            candidates=ranked)
        if (intent.is_smalltalk or intent.name == HELP_REQUEST) and intent.score >= top_score + cfg.intent_lead:
            if intent.name == HELP_REQUEST or asks_for_help:
                # "transfer problem" names its topic: retrieval offers the entries; "can u help" names none.
                if top is None or top.lexical_score < NAMES_A_TOPIC:
                    return Decision(DecisionKind.CLARIFY, HELP_REQUEST, None, top_score, intent=intent.name,
                                    candidates=ranked)
            else:
                return Decision(DecisionKind.SMALLTALK, intent.name, None, top_score, intent=intent.name,
                                candidates=ranked)

    if confident and top is not None:
        if top.entry.escalate:
            return Decision(DecisionKind.ESCALATE, "escalation_topic", top.entry.id, top_score, candidates=ranked)
        return Decision(DecisionKind.ANSWER, "confident", top.entry.id, top_score, candidates=ranked)

    close = [c for c in candidates if c.score >= cfg.suggest_threshold and c.score >= top_score - cfg.suggest_window]
    if close:
        # Always offer at least two choices: the user picks, and "talk to a human" stays one tap away.
        picks = tuple(c.entry.id for c in candidates[: max(2, min(len(close), cfg.max_suggestions))])
        return Decision(DecisionKind.SUGGEST, "close_candidates", None, top_score, suggestions=picks,
                        candidates=ranked)
    if says_little:
        return Decision(DecisionKind.CLARIFY, SAYS_LITTLE, None, top_score, candidates=ranked)
    return Decision(DecisionKind.ESCALATE, "no_match", None, top_score, candidates=ranked)


def second_need(decision: Decision, parts: list[list[Candidate]], cfg: DecisionSettings) -> str | None:
    """The entry a part of the message would be answered with on its own, when it is not the entry the whole
    message is answered with ("my deposit is late. also, how do I add a token?"); None if no part has one.

    Each part must be answered confidently by the same rule as a message (``decide``), so a side detail
    ("gas is fine") that only leans towards an entry offers nothing. Among several, the best scoring.
    """
    if decision.kind != DecisionKind.ANSWER:
        return None
    found = [d for d in (decide(ranking, None, cfg) for ranking in parts)
             if d.kind == DecisionKind.ANSWER and d.entry_id != decision.entry_id]
    return max(found, key=lambda d: d.score).entry_id if found else None
