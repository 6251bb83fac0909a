"""A message with two needs: the clearer one is answered, the other offered beside it."""

import pytest

from core.decision.decide import DecisionKind, decide, second_need
from core.desk.outcome import Outcome, UserChoice
from core.models import FaqEntry
from core.retrieval.index import Candidate
from core.settings import DecisionSettings
from core.understanding.clauses import clauses

CFG = DecisionSettings(answer_threshold=0.6, answer_margin=0.03, suggest_threshold=0.4, suggest_window=0.06)


def ranking(*scores: tuple[str, float]) -> list[Candidate]:
    return [Candidate(FaqEntry(entry, "c", ("q",), {"en": "a"}), s, s, s) for entry, s in scores]


@pytest.mark.parametrize(("text", "parts"), [
    ("my deposit has not arrived after 2 hours. also, how do I add a custom token?",
     ["my deposit has not arrived after 2 hours", "also, how do I add a custom token?"]),
    ("I sent USDT on TRON yesterday and it still shows pending btw where do I change the language",
     ["I sent USDT on TRON yesterday and it still shows pending", "btw where do I change the language"]),
    ("充值两个小时了还没到账，还有就是怎么添加自定义代币啊",
     ["充值两个小时了还没到账", "还有就是怎么添加自定义代币啊"]),
    ("我的币被盗了。另外我想问下怎么撤销授权", ["我的币被盗了。", "另外我想问下怎么撤销授权"]),
])
def test_a_second_topic_starts_a_part(text, parts):
    assert clauses(text) == parts


@pytest.mark.parametrize("text", [
    "转账一直pending，手续费也扣了，怎么回事啊到底，等了好久了",  # commas keep details with their need
    "how do I add a token?",  # too short to say two things
    "谢谢！我的充值还没到账，已经三个小时了",  # "谢谢！" is no need
    "also",
])
def test_one_need_is_one_part(text):
    assert clauses(text) == []


def test_a_part_answered_on_its_own_by_another_entry_is_offered():
    whole = decide(ranking(("deposit", 0.72), ("token", 0.66)), None, CFG)
    assert whole.kind == DecisionKind.ANSWER and whole.entry_id == "deposit"
    parts = [ranking(("deposit", 0.8), ("token", 0.5)), ranking(("token", 0.75), ("deposit", 0.55))]
    assert second_need(whole, parts, CFG) == "token"


def test_a_side_detail_that_only_leans_to_an_entry_offers_nothing():
    whole = decide(ranking(("pending", 0.85), ("gas", 0.5)), None, CFG)
    lean = [ranking(("pending", 0.8), ("gas", 0.5)), ranking(("gas", 0.55), ("pending", 0.5))]  # below threshold
    close = [ranking(("pending", 0.8), ("gas", 0.5)), ranking(("gas", 0.66), ("fees", 0.65))]  # no margin
    assert second_need(whole, lean, CFG) is None
    assert second_need(whole, close, CFG) is None
    suggested = decide(ranking(("a", 0.55), ("b", 0.54)), None, CFG)
    assert second_need(suggested, [ranking(("c", 0.9), ("a", 0.2))], CFG) is None  # only beside an answer


def test_the_other_need_is_a_button_between_solved_and_a_person():
    answer, other = FaqEntry("deposit", "c", ("q",), {"en": "a"}), FaqEntry("token", "c", ("How to add a token?",),
                                                                            {"en": "b"})
    outcome = Outcome("en", entry=answer, also=other)
    kinds = [(a.choice, a.entry_id) for a in outcome.actions()]
    assert kinds == [(UserChoice.SOLVED, None), (UserChoice.PICK, "token"), (UserChoice.HUMAN, None)]
    assert [a.choice for a in Outcome("en", entry=answer).actions()] == [UserChoice.SOLVED, UserChoice.HUMAN]
