"""Learning from the desk on a real SQLite file: picks, confirmations and links become candidates; admins
accept them into the entry (a versioned, undoable edit) or reject them."""

import pytest

from core.decision.decide import DecisionKind
from core.desk import Inbound
from core.desk.learning import CandidateNotFound, NoCandidates
from core.errors import NotAllowed, TicketStateError
from core.models import Actor, FaqAction
from core.retrieval.candidates import CandidateState

ADMIN = Actor("test", "a1", "Admin", is_admin=True)
MOD = Actor("test", "m1", "Mia", is_moderator=True)
USER = Actor("test", "u1", "Ann")
SEED = "abandon ability able about above absent absorb abstract absurd abuse access accident"


def msg(text: str, uid: str = "u1") -> Inbound:
    return Inbound("test", uid, text)


@pytest.fixture
def suggesting(settings):
    """The desk suggests instead of answering: nothing reaches the answer threshold."""
    decision = settings.decision.model_copy(update={"answer_threshold": 2.0, "max_suggestions": 2})
    return settings.model_copy(update={"decision": decision})


async def questions_of(desk, entry_id):
    return (await desk.faq_show(entry_id)).questions


async def test_a_pick_makes_the_question_a_candidate_of_the_picked_entry(make_desk, suggesting):
    desk = (await make_desk(settings=suggesting)).desk
    outcome = await desk.handle_message(msg("my deposit still has not arrived, what now"))
    assert outcome.decision.kind == DecisionKind.SUGGEST
    picked = outcome.suggestions[0].id
    await desk.choose(msg(""), picked)
    [candidate] = await desk.faq_candidates(ADMIN)
    assert (candidate.entry_id, candidate.source, candidate.platform) == (picked, "pick", "test")
    assert candidate.text == "my deposit still has not arrived, what now"
    assert candidate.ticket_id == outcome.ticket.id and candidate.state == CandidateState.PENDING

    await desk.mark_solved(msg(""))  # confirming the picked answer: the same phrasing, kept once
    assert len(await desk.faq_candidates(ADMIN)) == 1


async def test_a_pick_of_an_entry_the_latest_suggestions_did_not_hold_teaches_nothing(make_desk, suggesting):
    desk = (await make_desk(settings=suggesting)).desk
    outcome = await desk.handle_message(msg("my deposit still has not arrived, what now"))
    [other] = {"deposit-missing", "reset-password", "account-frozen"} - {e.id for e in outcome.suggestions}
    chosen = await desk.choose(msg(""), other)  # an old button, or a payload written by the client
    assert chosen.entry.id == other
    assert await desk.faq_candidates(ADMIN) == []


async def test_a_confirmation_makes_the_answered_question_a_candidate(make_desk):
    desk = (await make_desk()).desk
    outcome = await desk.handle_message(msg("hello, my deposit has not arrived yet 0xabc…def1"))
    assert outcome.entry is not None
    await desk.mark_solved(msg(""))
    [candidate] = await desk.faq_candidates(ADMIN, outcome.entry.id)
    assert candidate.source == "confirm"
    assert "0xabc" not in candidate.text and "[" in candidate.text  # the identifier as retrieval read it


async def test_an_exact_existing_question_is_not_proposed(make_desk):
    desk = (await make_desk()).desk
    await desk.handle_message(msg("My deposit has NOT arrived"))
    await desk.mark_solved(msg(""))
    assert await desk.faq_candidates(ADMIN) == []


async def test_a_message_that_held_a_secret_is_never_kept(make_desk, suggesting):
    desk = (await make_desk(settings=suggesting)).desk
    outcome = await desk.handle_message(msg(f"my deposit has not arrived, my words are {SEED}"))
    assert outcome.secrets and outcome.suggestions
    await desk.choose(msg(""), outcome.suggestions[0].id)
    await desk.mark_solved(msg(""))
    assert await desk.faq_candidates(ADMIN) == []
    assert await desk.candidates.pending() == []


async def test_accept_adds_the_phrasing_as_a_version_and_undo_takes_it_back(make_desk, suggesting):
    desk = (await make_desk(settings=suggesting)).desk
    outcome = await desk.handle_message(msg("deposit never showed up in my wallet"))
    entry_id = outcome.suggestions[0].id
    await desk.choose(msg(""), entry_id)
    [candidate] = await desk.faq_candidates(ADMIN)
    before = await desk.faq.history(entry_id)

    reply = await desk.faq_accept(candidate.id, ADMIN)
    assert reply.key == "learning.accepted" and reply.params["count"] == 1
    assert "deposit never showed up in my wallet" in await questions_of(desk, entry_id)
    assert "deposit never showed up in my wallet" in desk.index.get(entry_id).questions  # the index at once
    history = await desk.faq.history(entry_id)
    assert len(history) == len(before) + 1 and history[-1].action == FaqAction.EDIT
    assert (await desk.candidates.get(candidate.id)).state == CandidateState.ACCEPTED
    assert (await desk.candidates.get(candidate.id)).decided_by == "test:a1"
    with pytest.raises(CandidateNotFound):  # decided once
        await desk.faq_accept(candidate.id, ADMIN)

    await desk.faq_undo(entry_id, ADMIN)
    assert "deposit never showed up in my wallet" not in await questions_of(desk, entry_id)
    assert [e.action for e in await desk.audit.entries()][:2] == ["faq_undo", "faq_accept"]


async def test_reject_and_accept_all_of_one_entry(make_desk, suggesting):
    desk = (await make_desk(settings=suggesting)).desk
    texts = ["deposit never showed up in my wallet", "where did my deposit go", "still no deposit after an hour"]
    for number, text in enumerate(texts):
        outcome = await desk.handle_message(msg(text, f"u{number}"))
        await desk.choose(msg("", f"u{number}"), "deposit-missing")
        assert "deposit-missing" in {e.id for e in outcome.suggestions}
    first, *rest = await desk.faq_candidates(ADMIN, "deposit-missing")
    assert (await desk.faq_reject(first.id, ADMIN)).key == "learning.rejected"
    reply = await desk.faq_accept_all("deposit-missing", ADMIN)
    assert reply.params["count"] == 2
    questions = await questions_of(desk, "deposit-missing")
    assert first.text not in questions and all(c.text in questions for c in rest)
    assert len([v for v in await desk.faq.history("deposit-missing") if v.action == FaqAction.EDIT]) == 1
    with pytest.raises(NoCandidates):
        await desk.faq_accept_all("deposit-missing", ADMIN)

    # A rejected phrasing is not proposed again.
    await desk.handle_message(msg(texts[0], "u9"))
    await desk.choose(msg("", "u9"), "deposit-missing")
    assert await desk.faq_candidates(ADMIN) == []


async def test_only_admins_review(make_desk, suggesting):
    desk = (await make_desk(settings=suggesting)).desk
    await desk.handle_message(msg("deposit never showed up in my wallet"))
    await desk.choose(msg(""), "deposit-missing")
    [candidate] = await desk.faq_candidates(ADMIN)
    for who in (MOD, USER):
        for call in (desk.faq_candidates(who), desk.faq_accept(candidate.id, who), desk.faq_reject(candidate.id, who),
                     desk.faq_accept_all("deposit-missing", who)):
            with pytest.raises(NotAllowed):
                await call
    assert (await desk.candidates.get(candidate.id)).state == CandidateState.PENDING


async def test_a_moderator_links_a_resolved_ticket_to_an_entry(make_desk):
    desk = (await make_desk()).desk
    outcome = await desk.handle_message(msg("something odd happened with my funds today"))
    ticket = (await desk.request_human(msg(""))).ticket
    assert ticket.id == outcome.ticket.id
    await desk.handle_message(msg("it is about the money I sent in"))  # relayed: not the first question
    await desk.claim(ticket.id, MOD)
    with pytest.raises(TicketStateError):  # not resolved yet
        await desk.faq_link(ticket.id, "deposit-missing", MOD)
    await desk.resolve(ticket.id, MOD)
    with pytest.raises(NotAllowed):
        await desk.faq_link(ticket.id, "deposit-missing", USER)

    reply = await desk.faq_link(ticket.id, "deposit-missing", MOD)
    assert reply.key == "learning.linked"
    [candidate] = await desk.faq_candidates(ADMIN)
    assert (candidate.source, candidate.text) == ("link", "something odd happened with my funds today")
    assert (await desk.faq_link(ticket.id, "deposit-missing", MOD)).key == "learning.link_nothing"
    assert "faq_link" in [e.action for e in await desk.audit.entries()]
