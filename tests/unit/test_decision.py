from core.decision.decide import DecisionKind, decide
from core.decision.intents import IntentMatch
from core.models import FaqEntry
from core.retrieval.index import Candidate
from core.settings import DecisionSettings

CFG = DecisionSettings(answer_threshold=0.5, answer_margin=0.03, suggest_threshold=0.4, suggest_window=0.06,
                       intent_threshold=0.6, intent_lead=0.05)


def entry(entry_id: str, escalate: bool = False) -> FaqEntry:
    return FaqEntry(entry_id, "cat", ("q",), {"zh": "答", "en": "a"}, escalate=escalate)


def ranked(*scores: float, escalate_first: bool = False) -> list[Candidate]:
    return [Candidate(entry(f"e{i}", escalate_first and i == 0), s, s, s) for i, s in enumerate(scores)]


def test_confident_with_margin_answers():
    d = decide(ranked(0.62, 0.50, 0.3), None, CFG)
    assert (d.kind, d.entry_id, d.answered_entry) == (DecisionKind.ANSWER, "e0", "e0")


def test_close_runner_up_suggests_instead_of_guessing():
    d = decide(ranked(0.55, 0.54, 0.53, 0.2), None, CFG)
    assert d.kind == DecisionKind.SUGGEST and d.suggestions == ("e0", "e1", "e2") and d.answered_entry is None


def test_weak_match_suggests_at_least_two():
    d = decide(ranked(0.45, 0.30), None, CFG)
    assert d.kind == DecisionKind.SUGGEST and d.suggestions == ("e0", "e1")


def test_nothing_fits_escalates():
    d = decide(ranked(0.30, 0.29), None, CFG)
    assert (d.kind, d.reason, d.entry_id) == (DecisionKind.ESCALATE, "no_match", None)
    assert decide([], None, CFG).kind == DecisionKind.ESCALATE


def test_escalation_topic_answers_and_escalates():
    d = decide(ranked(0.7, 0.4, escalate_first=True), None, CFG)
    assert (d.kind, d.reason, d.answered_entry) == (DecisionKind.ESCALATE, "escalation_topic", "e0")


def test_human_request_escalates_even_over_a_confident_entry():
    d = decide(ranked(0.7, 0.4), IntentMatch("human", 0.8), CFG)
    assert (d.kind, d.reason, d.entry_id) == (DecisionKind.ESCALATE, "human_request", "e0")
    assert decide(ranked(0.2, 0.1), IntentMatch("human", 0.8), CFG).entry_id is None


def test_complaint_gets_a_person_not_a_paragraph():
    d = decide(ranked(0.7, 0.4), IntentMatch("complaint", 0.75), CFG)
    assert (d.kind, d.entry_id) == (DecisionKind.ESCALATE, None)


def test_smalltalk_only_when_it_beats_the_faq():
    assert decide(ranked(0.3, 0.2), IntentMatch("greeting", 0.9), CFG).kind == DecisionKind.SMALLTALK
    # "thanks, but my deposit is missing": the FAQ match is as strong, so the question wins.
    assert decide(ranked(0.66, 0.3), IntentMatch("thanks", 0.65), CFG).kind == DecisionKind.ANSWER
    assert decide(ranked(0.3, 0.2), IntentMatch("greeting", 0.5), CFG).kind != DecisionKind.SMALLTALK
