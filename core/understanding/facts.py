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

# Kinds a moderator acts on; emails, phones and links stay in the transcript only.
SHOWN = (TX_HASH, ADDRESS, AMOUNT, ORDER_NUMBER)
# One explorer per chain format. An EVM hash or address does not say which EVM chain: blockscan searches all.
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
    found: dict[tuple[str, str], Fact] = {}
    for line in lines:
        for ident in mask_identifiers(line).identifiers:
            if ident.kind not in SHOWN or (ident.kind, ident.value) in found:
                continue
            explorer = EXPLORERS.get((ident.kind, ident.chain or ""))
            found[ident.kind, ident.value] = Fact(ident.kind, ident.value, ident.chain,
                                                  explorer.format(ident.value) if explorer else None)
            if len(found) >= limit:
                return tuple(found.values())
    return tuple(found.values())
