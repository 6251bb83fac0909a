"""What a user pasted, as facts for the staff card: the chain, a block-explorer link, the amount and token.

Read from the (already redacted) transcript when the card is shown, so nothing more is stored: a seed
phrase or key was replaced before it was ever written, and what was replaced never becomes a fact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from core.understanding.identifiers import (
    ADDRESS,
    AMOUNT,
    BITCOIN,
    EVM,
    ORDER_NUMBER,
    SOLANA,
    TON,
    TRON,
    TX_HASH,
    mask_identifiers,
)
from core.understanding.networks import network_of

# Kinds a moderator acts on; emails, phones and links stay in the transcript only.
SHOWN = (TX_HASH, ADDRESS, AMOUNT, ORDER_NUMBER)
# One explorer per chain format. An EVM hash or address does not say which EVM network: the network the user
# names (``networks``), else blockscan, which searches them all.
EXPLORERS = {
    (TX_HASH, EVM): "https://blockscan.com/tx/{}", (ADDRESS, EVM): "https://blockscan.com/address/{}",
    (TX_HASH, TRON): "https://tronscan.org/#/transaction/{}", (ADDRESS, TRON): "https://tronscan.org/#/address/{}",
    (TX_HASH, BITCOIN): "https://mempool.space/tx/{}", (ADDRESS, BITCOIN): "https://mempool.space/address/{}",
    (TX_HASH, SOLANA): "https://solscan.io/tx/{}", (ADDRESS, SOLANA): "https://solscan.io/account/{}",
    (TX_HASH, TON): "https://tonviewer.com/transaction/{}", (ADDRESS, TON): "https://tonviewer.com/{}",
}


@dataclass(frozen=True)
class Fact:
    """One identifier a user gave, with what its format tells."""

    kind: str
    value: str
    chain: str | None = None
    link: str | None = None


def facts_of(lines: Iterable[str], limit: int = 8) -> tuple[Fact, ...]:
    """The distinct hashes, addresses, amounts and order numbers in ``lines``, in the order first written."""
    lines = list(lines)
    found: dict[tuple[str, str], Fact] = {}
    for line in lines:
        for ident in mask_identifiers(line).identifiers:
            if ident.kind not in SHOWN or (ident.kind, ident.value) in found:
                continue
            found[ident.kind, ident.value] = _fact(ident.kind, ident.value, ident.chain, line, lines)
            if len(found) >= limit:
                return tuple(found.values())
    return tuple(found.values())


def _fact(kind: str, value: str, chain: str | None, line: str, lines: list[str]) -> Fact:
    network = network_of(line, lines) if chain == EVM and kind in (TX_HASH, ADDRESS) else None
    if network is not None:
        link = network.tx_link(value) if kind == TX_HASH else network.address_link(value)
        return Fact(kind, value, network.name, link)
    explorer = EXPLORERS.get((kind, chain or ""))
    return Fact(kind, value, chain, explorer.format(value) if explorer else None)
