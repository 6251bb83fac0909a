"""The EVM network a user names decides the explorer of an EVM hash or address on the staff card."""

from __future__ import annotations

import pytest

from core.understanding.facts import facts_of
from core.understanding.networks import network_of, networks_named

HASH = "0x" + "5f20" * 16
ADDRESS = "0x66d6e837d56c256ec4f7d8e44e1f7749d6bd5472"


@pytest.mark.parametrize(("text", "network"), [
    ("sent 275 USDC on base ~90 min ago", "Base"),
    ("basescan shows success", "Base"),
    ("转到了base链上", "Base"),
    ("my usdc on polygon is stuck", "Polygon"),
    ("BSC上转的USDT", "BNB Smart Chain"),
    ("用币安智能链转的", "BNB Smart Chain"),
    ("网络那栏手滑点了opBNB", "opBNB"),
    ("bridged to Arbitrum One yesterday", "Arbitrum"),
    ("withdrew over Optimism", "Optimism"),
    ("走以太坊要好几刀", "Ethereum"),
    ("ERC20 USDT", "Ethereum"),
    ("avalanche c-chain by mistake", "Avalanche C-Chain"),
])
def test_a_named_network_is_found(text: str, network: str) -> None:
    found = network_of(text)
    assert found is not None and found.name == network


@pytest.mark.parametrize("text", [
    "the base fee was high",          # "base" as an ordinary word
    "my database of addresses",
    "0.0011 eth gas",                 # a token, paid on many networks
    "sent BNB to my wallet",
    "which speed should i pick",
])
def test_words_that_only_look_like_a_network_name_none(text: str) -> None:
    assert networks_named(text) == []


def test_two_networks_named_name_none_for_certain() -> None:
    assert network_of("chose avalanche c-chain by accident (meant optimism)") is None


def test_a_network_named_in_another_line_counts_when_the_hash_line_names_none() -> None:
    found = network_of(f"hash {HASH}", ["sent it over polygon an hour ago"])
    assert found is not None and found.name == "Polygon"
    assert network_of(f"hash {HASH}", ["on polygon", "no wait, on base"]) is None


def test_the_fact_links_to_the_named_networks_explorer_else_to_one_that_searches_all() -> None:
    on_base = {f.kind: f for f in facts_of([f"sent 275 USDC on base, tx {HASH}, to {ADDRESS}"])}
    assert (on_base["tx_hash"].chain, on_base["tx_hash"].link) == ("Base", f"https://basescan.org/tx/{HASH}")
    assert on_base["address"].link == f"https://basescan.org/address/{ADDRESS}"
    unnamed = {f.kind: f for f in facts_of([f"tx {HASH} is stuck"])}
    assert (unnamed["tx_hash"].chain, unnamed["tx_hash"].link) == ("EVM", f"https://blockscan.com/tx/{HASH}")
    both = {f.kind: f for f in facts_of([f"picked avalanche instead of optimism, tx {HASH}"])}
    assert both["tx_hash"].link == f"https://blockscan.com/tx/{HASH}"
