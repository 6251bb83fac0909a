"""Which EVM network a user names: an EVM hash or address does not say, and the right explorer needs it.

Only words that name a network count, never a token symbol alone: "0.0011 eth" is paid on many networks, and
"BNB" is sent over BSC and opBNB alike. A message that names two networks ("chose avalanche by accident, meant
optimism") names none for certain, so the caller keeps the explorer that searches them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Network:
    """An EVM network and its block explorer."""

    name: str
    explorer: str  # the explorer's base URL; transactions under /tx/, addresses under /address/

    def tx_link(self, value: str) -> str:
        return f"{self.explorer}/tx/{value}"

    def address_link(self, value: str) -> str:
        return f"{self.explorer}/address/{value}"


_L, _R = r"(?<![a-z0-9])", r"(?![a-z0-9])"
# (network, what names it); a name is matched lowercased. "base" is an ordinary English word ("base fee",
# "database"), so only "on base", "base chain", "basescan" and the like name the network.
_NETWORKS: tuple[tuple[Network, re.Pattern[str]], ...] = tuple((network, re.compile(pattern)) for network, pattern in (
    (Network("Ethereum", "https://etherscan.io"),
     rf"{_L}(?:ethereum|etherscan|erc-?20|eth mainnet){_R}|以太坊|以太链|eth主网|eth链"),
    (Network("BNB Smart Chain", "https://bscscan.com"),
     rf"{_L}(?:bsc|bscscan|bep-?20|bnb (?:smart )?chain){_R}|币安(?:智能)?链|bsc链"),
    (Network("opBNB", "https://opbnb.bscscan.com"), rf"{_L}opbnb{_R}"),
    (Network("Polygon", "https://polygonscan.com"), rf"{_L}(?:polygon|polygonscan|matic){_R}|马蹄链|polygon链"),
    (Network("Arbitrum", "https://arbiscan.io"), rf"{_L}(?:arbitrum|arbiscan|arb one){_R}|arb链"),
    (Network("Optimism", "https://optimistic.etherscan.io"), rf"{_L}(?:optimism|op mainnet){_R}|op链"),
    (Network("Base", "https://basescan.org"),
     rf"{_L}(?:basescan|base (?:chain|network|mainnet)|(?:on|via|over|using) base(?! fee)){_R}|base\s*(?:链|网络|上)"),
    (Network("Avalanche C-Chain", "https://snowtrace.io"), rf"{_L}(?:avalanche|c-chain|snowtrace){_R}|雪崩链"),
    (Network("Linea", "https://lineascan.build"), rf"{_L}(?:linea|lineascan){_R}"),
    (Network("zkSync Era", "https://era.zksync.network"), rf"{_L}(?:zksync|zk sync){_R}"),
))


def networks_named(text: str) -> list[Network]:
    """The EVM networks ``text`` names, in the table's order."""
    lowered = text.lower()
    return [network for network, pattern in _NETWORKS if pattern.search(lowered)]


def network_of(line: str, context: Iterable[str] = ()) -> Network | None:
    """The one network ``line`` names; if it names none, the one its ``context`` (the user's other lines)
    names; else None (none named, or more than one)."""
    named = networks_named(line)
    if not named:
        named = list(dict.fromkeys(n for other in context for n in networks_named(other)))
    return named[0] if len(named) == 1 else None
