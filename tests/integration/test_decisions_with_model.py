"""Decisions with the real EmbeddingGemma on the shipped FAQ: the answer a user would actually get."""

from pathlib import Path

import pytest

from bots.bootstrap import build_desk
from bots.demo import GAPS
from core.decision.decide import DecisionKind
from core.desk import Inbound
from core.insights.evaluation import LabeledQuery, load_queries, run_queries, score
from core.models import TicketState
from core.settings import Settings
from tests.conftest import SHARED

pytestmark = pytest.mark.model


@pytest.fixture
async def desk(tmp_path: Path, real_embedder, vector_cache_url):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'desk.db'}", _env_file=None)  # type: ignore[call-arg]
    app = await build_desk(settings, embedder=real_embedder, vector_cache_url=vector_cache_url)
    yield app.desk
    await app.close()


@pytest.mark.parametrize(("text", "entry", "lang"), [
    ("充值的USDT一直没到账", "deposit-not-credited", "zh"),
    ("I forgot the PIN for my wallet, can you reset it", "forgot-wallet-password", "en"),
    ("怎么用walletconnect连电脑", "walletconnect", "zh"),
    ("how to cancel an approval I gave to a dApp", "revoke-approval", "en"),
    ("轉帳失敗了，手續費還被扣了", "transfer-failed", "zh"),
])
async def test_answers_the_right_entry_in_the_users_language(desk, text, entry, lang):
    outcome = await desk.handle_message(Inbound("t", "u1", text))
    assert outcome.decision.kind == DecisionKind.ANSWER, outcome.decision
    assert outcome.entry.id == entry and outcome.lang == lang
    assert outcome.entry.answer[lang] in outcome.texts()[0] and entry in outcome.texts()[0]


async def test_greeting_and_thanks_are_smalltalk_without_a_ticket(desk):
    for text in ("hello!", "谢谢你", "thank you very much", "gm ☀️", "wow you are super helpful", "这个机器人好聪明"):
        outcome = await desk.handle_message(Inbound("t", "u1", text))
        assert outcome.decision.kind == DecisionKind.SMALLTALK, (text, outcome.decision)
    assert await desk.tickets.repo.active_for_user("t", "u1") is None


async def test_a_reaction_that_matches_nothing_is_asked_about_without_a_ticket(desk):
    outcome = await desk.handle_message(Inbound("t", "u5", "fr fr"))
    assert (outcome.decision.kind, outcome.decision.reason) == (DecisionKind.CLARIFY, "says_little")
    assert "/human" in outcome.texts()[0]
    kept = await desk.tickets.repo.active_for_user("t", "u5")  # the conversation, as for a question; no staff
    assert kept is None or kept.state == TicketState.PENDING


async def test_a_message_with_two_needs_answers_one_and_offers_the_other(desk):
    two = "How do I back up my seed phrase? Also which chains do you support?"
    outcome = await desk.handle_message(Inbound("t", "u6", two))
    assert outcome.decision.kind == DecisionKind.ANSWER
    assert {outcome.entry.id, outcome.also.id} == {"backup-mnemonic", "supported-chains"}
    assert [a.entry_id for a in outcome.actions() if a.entry_id] == [outcome.also.id]
    picked = await desk.choose(Inbound("t", "u6", ""), outcome.also.id)  # the button answers the other need
    assert picked.entry.id == outcome.also.id
    one = await desk.handle_message(Inbound("t", "u7", "my transfer has been pending for an hour and I already "
                                                        "checked that gas is fine. what should I do now"))
    assert one.entry.id == "transfer-pending" and one.also is None


async def test_asking_for_a_human_escalates(desk):
    outcome = await desk.handle_message(Inbound("t", "u2", "I need to talk to a real human agent"))
    assert outcome.decision.reason == "human_request" and outcome.ticket.state == TicketState.OPEN


async def test_theft_is_answered_and_handed_to_a_human(desk):
    outcome = await desk.handle_message(Inbound("t", "u3", "我的币被盗了，全部被转走了"))
    assert outcome.decision.kind == DecisionKind.ESCALATE and outcome.entry.id == "funds-stolen"
    assert outcome.ticket.state == TicketState.OPEN


async def test_out_of_scope_question_is_not_answered(desk):
    outcome = await desk.handle_message(Inbound("t", "u4", "what will the price of bitcoin be next week"))
    assert outcome.decision.answered_entry is None


async def test_dev_set_meets_the_quality_bar(tmp_path, real_embedder, vector_cache_url):
    """The same numbers `supportbot eval` prints on faq_a + dev_a; the bar of issue 6."""
    if not (SHARED / "dev_a.jsonl").exists():
        pytest.skip(f"no eval set at {SHARED} (set SUPPORTBOT_EVAL_DIR)")
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'eval.db'}", faq_file=SHARED / "faq_a.yaml",
                        _env_file=None)  # type: ignore[call-arg]
    app = await build_desk(settings, embedder=real_embedder, vector_cache_url=vector_cache_url)
    try:
        metrics = score(await run_queries(app.desk, load_queries(SHARED / "dev_a.jsonl")))
    finally:
        await app.close()
    assert metrics["n"] == 152
    # The shipped point is chosen to hold on a second FAQ too (bench/transfer.py), so it gives up dev accuracy
    # (0.947 is reachable here) for fewer wrong answers; the right entry offered as a suggestion still helps.
    assert metrics["accuracy"] >= 0.87, metrics
    assert metrics["wrong_answer_rate"] <= 0.015, metrics
    assert metrics["helpful"] >= 0.98, metrics


async def test_questions_next_to_the_faqs_topics_are_not_answered_with_a_neighbour(desk):
    """Staking, NFTs, hardware wallets, cashing out: the shipped FAQ has none, and each sits beside an entry."""
    results = await run_queries(desk, [LabeledQuery(t, None, "") for texts in GAPS.values() for t in texts])
    answered = [(r.query.text, r.answered) for r in results if r.answered]
    # 4 of 19 now; the release before the entry classifier answered 6, the dev-only tuning 11.
    assert len(answered) <= 4, answered
