"""A casual request is never answered as small talk; thanks, greetings and jokes keep their replies."""

import pytest

from core.decision.decide import SAYS_LITTLE, DecisionKind, decide
from core.decision.intents import HELP_REQUEST, IntentMatch, load_exemplars
from core.models import FaqEntry
from core.retrieval.index import Candidate
from core.settings import DecisionSettings
from core.understanding.requests import asks_for_help, says_little
from core.understanding.text import normalize

CFG = DecisionSettings(answer_threshold=0.5, answer_margin=0.03, suggest_threshold=0.4, suggest_window=0.06,
                       intent_threshold=0.6, intent_lead=0.05)
WEAK = [Candidate(FaqEntry(f"e{i}", "c", ("q",), {"en": "a"}), s, s, s) for i, s in enumerate((0.3, 0.2))]


@pytest.mark.parametrize("text", [
    "could u help me out", "need help pls", "anybody online?", "u there?", "got a question about something",
    "hello?? someone", "有人在吗 急", "能不能帮我看下", "请问在线吗", "我这边出问题了", "hello 请问一下",
    "thanks, but i still have a problem", "pretty please help", "问下 有个question", "i need good support",
    "any support here?",
])
def test_requests_are_recognized(text):
    assert asks_for_help(normalize(text))


@pytest.mark.parametrize("text", [
    "hi", "thank you for your help!", "that helped a lot, thanks", "no problem", "no worries", "good night",
    "tell me a joke", "how are you doing", "谢谢你的帮忙", "帮了大忙 谢谢", "没问题", "麻烦你了", "好的 收到",
    "哈哈 你真逗", "bye 拜拜", "great support team, thanks", "thank you so much for your patient help",
    "the support here is awesome", "客服服务真好",
])
def test_small_talk_is_not_a_request(text):
    assert not asks_for_help(normalize(text))


def test_a_request_close_to_a_greeting_is_asked_what_the_problem_is():
    hello = IntentMatch("greeting", 0.9)
    assert decide(WEAK, hello, CFG).kind == DecisionKind.SMALLTALK
    d = decide(WEAK, hello, CFG, asks_for_help=True)
    assert (d.kind, d.reason, d.answered_entry) == (DecisionKind.CLARIFY, HELP_REQUEST, None)


def test_the_help_request_intent_clarifies_only_when_it_beats_the_faq():
    assert decide(WEAK, IntentMatch(HELP_REQUEST, 0.8), CFG).kind == DecisionKind.CLARIFY
    strong = [Candidate(FaqEntry("e0", "c", ("q",), {"en": "a"}), 0.85, 0.85, 0.85)]
    assert decide(strong, IntentMatch(HELP_REQUEST, 0.8), CFG).kind == DecisionKind.ANSWER


def test_help_request_exemplars_are_not_small_talk():
    exemplars = load_exemplars()
    assert exemplars[HELP_REQUEST] and not IntentMatch(HELP_REQUEST, 1.0).is_smalltalk
    assert "anyone there?" not in exemplars["greeting"]


def test_a_request_that_names_its_topic_is_offered_the_entries_not_asked_again():
    # "transfer problem": the words are an entry's (lexical evidence), so retrieval decides, not "what's up?".
    named = [Candidate(FaqEntry(f"e{i}", "c", ("q",), {"en": "a"}), s, s, s, lexical_score=1.0)
             for i, s in enumerate((0.45, 0.43))]
    d = decide(named, IntentMatch(HELP_REQUEST, 0.8), CFG)
    assert d.kind == DecisionKind.SUGGEST and d.suggestions == ("e0", "e1")
    assert decide(named, IntentMatch("greeting", 0.8), CFG, asks_for_help=True).kind == DecisionKind.SUGGEST


@pytest.mark.parametrize(("text", "little"), [
    ("np", True), ("fr fr", True), ("wen moon 🚀🚀", True), ("收到收到", True), ("牛 ser", True), ("👍", True),
    ("my usdt never arrived", False), ("充值一直没到账怎么办", False), ("how do i add a custom token", False),
])
def test_a_few_words_say_little(text, little):
    assert says_little(normalize(text)) is little


def test_a_few_words_that_match_nothing_are_asked_about_not_made_a_ticket():
    assert decide(WEAK, None, CFG).kind == DecisionKind.ESCALATE  # a real question nobody can answer: a person
    d = decide(WEAK, None, CFG, says_little=True)
    assert (d.kind, d.reason, d.answered_entry) == (DecisionKind.CLARIFY, SAYS_LITTLE, None)
    # Saying little does not hide what it does match: "NFT?" still gets its entries offered.
    close = [Candidate(FaqEntry(f"e{i}", "c", ("q",), {"en": "a"}), s, s, s) for i, s in enumerate((0.45, 0.43))]
    assert decide(close, None, CFG, says_little=True).kind == DecisionKind.SUGGEST
