"""Identifiers a user pasted become facts on the staff card: chain, explorer link, amount; secrets never do."""

from __future__ import annotations

from bots.texts import card_text
from core.desk import Inbound

TRON_TX = "ebc57f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6"
TRON_ADDRESS = "TCtHuhK2PpGk316BwbLPkmi5dZSUueQm1i"
SEED = "abandon ability able about above absent absorb abstract absurd abuse access accident"


async def test_the_card_shows_what_the_user_pasted_with_explorer_links(make_desk, notifier):
    desk = (await make_desk()).desk
    user = "u1"
    await desk.request_human(Inbound("test", user, f"充值USDT两个多小时了还没到账 txid {TRON_TX} tronscan上显示SUCCESS "
                                                   f"转了500 USDT 到 {TRON_ADDRESS}, my words are {SEED}"))
    card = notifier.opened[-1]
    facts = {(f.kind, f.value): f for f in card.facts}
    assert facts["tx_hash", TRON_TX].chain == "TRON"
    assert facts["tx_hash", TRON_TX].link == f"https://tronscan.org/#/transaction/{TRON_TX}"
    assert facts["address", TRON_ADDRESS].link == f"https://tronscan.org/#/address/{TRON_ADDRESS}"
    assert ("amount", "500 USDT") in facts
    assert not any("abandon" in f.value for f in card.facts)  # redacted before it was stored
    en, zh = card_text(card, "en", "Ulla"), card_text(card, "zh", "Ulla")
    assert "TRON tx hash: " + TRON_TX in en and f"https://tronscan.org/#/transaction/{TRON_TX}" in en
    assert "TRON 交易哈希：" not in zh and "TRON 交易哈希: " + TRON_TX in zh and "用户提供的信息" in zh


async def test_a_card_without_identifiers_has_no_facts_block(make_desk, notifier):
    desk = (await make_desk()).desk
    await desk.request_human(Inbound("test", "u2", "my account is frozen"))
    card = notifier.opened[-1]
    assert card.facts == () and "Pasted by the user" not in card_text(card, "en", "Ulla")


async def test_a_person_asked_for_after_suggestions_gets_the_bots_guesses_on_the_card(make_desk, notifier):
    desk = (await make_desk()).desk
    first = await desk.handle_message(Inbound("test", "u3", "my deposit from the exchange has not shown up"))
    await desk.request_human(Inbound("test", "u3", ""))  # "/human" alone: the question is the message before
    card = notifier.opened[-1]
    assert card.question == "my deposit from the exchange has not shown up"
    assert card.guesses and [g[0] for g in card.guesses] == [entry for entry, _ in first.decision.candidates[:3]]
    assert f"{card.guesses[0][0]} ({card.guesses[0][2]:.2f})" in card_text(card, "en", "Ulla")


async def test_a_person_is_reached_when_the_search_for_guesses_fails(make_desk, notifier):
    desk = (await make_desk()).desk

    async def broken(*_: object) -> None:
        raise RuntimeError("the model is gone")

    desk.index.encode_query = broken  # type: ignore[method-assign]
    outcome = await desk.request_human(Inbound("test", "u4", "my account is frozen"))
    assert outcome.ticket is not None and notifier.opened[-1].guesses == ()
