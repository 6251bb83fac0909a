"""Identifiers pasted into support messages: hashes, addresses, links, amounts, order numbers, contacts.

A 64-character hash or a 40-character address is dozens of meaningless tokens to the embedding model
and pulls a short question towards whatever entry shares its noise. Retrieval reads the user's own word
for it ("地址", "tx hash") or, where there is none, a typed placeholder ("[transaction hash]"); staff get
the values with the chain their format points to. Formats are checked strictly (base58check checksums,
a decoded Solana key of exactly 32 bytes, a random-looking mix of characters) so that ordinary words and
numbers ("iPhone 15", "2 hours") are never taken.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from core.understanding.redaction import PLACEHOLDER, redact

TX_HASH, ADDRESS, URL, AMOUNT = "tx_hash", "address", "url", "amount"
ORDER_NUMBER, TICKET_NUMBER, EMAIL, PHONE = "order_number", "ticket_number", "email", "phone"
EVM, TRON, BITCOIN, SOLANA, TON = "EVM", "TRON", "Bitcoin", "Solana", "TON"

# What retrieval reads in place of an identifier nobody named: plain words the multilingual model knows
# (measured against "[tx hash]"/"[address]", words in the message's language, and nothing; bench/README.md).
PLACEHOLDERS = {
    TX_HASH: "[transaction hash]",
    ADDRESS: "[wallet address]",
    URL: "[link {host}]",  # the host is kept: "tronscan.org" says "a transaction", "claim-usdt.xyz" "a lure"
    ORDER_NUMBER: "[order number]",
    TICKET_NUMBER: "[ticket number]",
    EMAIL: "[email]",
    PHONE: "[phone number]",
}

# Where the user already named it ("地址0x…", "tx hash 0x…", "订单号 2023…") the placeholder goes: said twice,
# "address" outweighs the question ("收到的币不显示 地址…" read as "where is my receiving address").
_NAMED = {
    TX_HASH: re.compile(r"(?:tx|txid|txn|hash|transaction|交易|哈希)\W{0,3}$", re.IGNORECASE),
    ADDRESS: re.compile(r"(?:address|addr|地址)\W{0,3}(?:是|为|is)?\W{0,3}$", re.IGNORECASE),
    ORDER_NUMBER: re.compile(r"(?:order|number|no\.?|id|单号?|号)\W{0,3}(?:是|为|is)?\W{0,3}$", re.IGNORECASE),
    TICKET_NUMBER: re.compile(r"(?:ticket|case|number|no\.?|id|工单|号)\W{0,3}(?:是|为|is)?\W{0,3}$", re.IGNORECASE),
    EMAIL: re.compile(r"(?:e-?mail|mail|邮箱)\W{0,3}(?:是|为|is)?\W{0,3}$", re.IGNORECASE),
    PHONE: re.compile(r"(?:phone|mobile|number|tel|手机号?|电话|号码)\W{0,3}(?:是|为|is)?\W{0,3}$", re.IGNORECASE),
}

_B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58 = "1-9A-HJ-NP-Za-km-z"
_EDGE = r"(?<![0-9A-Za-z])"  # identifiers are glued to Chinese text ("地址0x66d6…总共"), never to letters
_END = r"(?![0-9A-Za-z])"

_SPACES = re.compile(r"\s+")
# What redaction left ("[REDACTED private_key]") is the desk's word, not the user's: read as a topic it pulls
# towards the key-safety entry, and a context-less transaction hash is masked as a key for safety.
_REDACTED = re.compile(re.escape(PLACEHOLDER).replace(r"\{kind\}", r"\w+"))
_SCHEME_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。！？、）)\]]+", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])", re.ASCII)
# A bare host name only with a suffix people actually paste: "v2.1", "0.5eth" and "e.g." stay text.
_BARE_HOST = re.compile(
    r"(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    r"(?:com|io|org|net|xyz|app|finance|exchange|network|co|me|top|cc|vip|info|link|site|online|pro|ai|gg|cn|hk)"
    r"(?:/[^\s<>\"'，。！？、）)]*)?(?![\w-])",
    re.IGNORECASE | re.ASCII,
)
_HEX64 = re.compile(rf"{_EDGE}(?:0x)?[0-9a-fA-F]{{64}}{_END}")
_EVM_ADDRESS = re.compile(rf"{_EDGE}0x[0-9a-fA-F]{{40}}{_END}")
# Explorers and wallets shorten addresses and hashes ("0x66d6…5472", "TCtH...Qm1i"); still one identifier.
_SHORT_EVM = re.compile(rf"{_EDGE}0x[0-9a-fA-F]{{3,12}}(?:…|\.{{2,3}})[0-9a-fA-F]{{3,12}}{_END}")
_SHORT_TRON = re.compile(rf"{_EDGE}T[{_B58}]{{3,10}}(?:…|\.{{2,3}})[{_B58}]{{3,10}}{_END}")
# Bech32 is all lower case or all capitals, never mixed.
_BECH32 = re.compile(rf"{_EDGE}(?:(?:bc1|tb1)[ac-hj-np-z02-9]{{25,87}}|(?:BC1|TB1)[AC-HJ-NP-Z02-9]{{25,87}}){_END}")
_TON_ADDRESS = re.compile(rf"{_EDGE}[EUk0]Q[A-Za-z0-9_-]{{46}}(?![0-9A-Za-z_-])")
_BASE58 = re.compile(rf"{_EDGE}[{_B58}]{{26,88}}{_END}")

_LABEL = (r"(?P<label>订单号?|单号|流水号|工单号?|"
          r"(?<![A-Za-z])(?:order|ticket|case)(?:\s*(?:id|no\.?|number))?(?![A-Za-z]))")
_LABELLED_NUMBER = re.compile(
    rf"{_LABEL}\s*(?:[:：=]|is|是|为)?\s*(?P<hash>#)?(?P<value>[A-Za-z0-9-]*\d[A-Za-z0-9-]*){_END}", re.IGNORECASE)
_HASH_NUMBER = re.compile(rf"(?<![0-9A-Za-z_#&])#\d{{3,20}}{_END}")

# Tickers people also type in lower case; the rest only in capitals ("2 link", "1 near" are words).
_CASELESS_TOKENS = "USDT|USDC|ETH|BTC|TRX|BNB|SOL|MATIC|DOGE"
_CAPITAL_TOKENS = ("USDD|DAI|BUSD|FDUSD|TUSD|WETH|WBTC|TON|POL|AVAX|ARB|OP|LTC|SHIB|XRP|ADA|DOT|LINK|UNI|CAKE|PEPE|"
                   "SUI|APT|NEAR|ATOM|ETC|BCH|USD|RMB|CNY|EUR|HKD|U")
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "500 USDT", "0.5eth", "100个TRX", "1.5万U", "2k usdt", "一百U", "$20", "200刀"; "U" is Chinese slang for USDT.
_AMOUNT = re.compile(
    rf"(?<![A-Za-z0-9_.$€¥￥])(?:[$€¥￥]\s?(?:{_NUMBER})(?:\s?[kK万千])?(?![0-9A-Za-z])"
    rf"|(?:{_NUMBER}|[一二两三四五六七八九十百千万]+)(?:\s?[kKwW万千])?"
    rf"(?:\s?(?:个|枚)?\s?(?P<token>(?i:{_CASELESS_TOKENS})|{_CAPITAL_TOKENS}|美元|美金|刀|人民币|块钱|元)"
    rf"|(?P<u>u)){_END})",
)
_PHONE = re.compile(
    r"(?<![0-9A-Za-z_+])(?:\+\d{1,3}[\s-]?(?:\(\d{1,4}\)[\s-]?)?\d{2,4}(?:[\s-]?\d{2,4}){1,4}"  # +86 138 0013 8000
    r"|\(\d{3}\)\s?\d{3}-\d{4}"  # (555) 123-4567
    r"|1[3-9]\d(?:[\s-]?\d{4}){2})(?![0-9A-Za-z_])"  # a Chinese mobile: 13800138000, 138-0013-8000
)
_TOKEN_CHAINS = {"ETH": EVM, "WETH": EVM, "BNB": EVM, "MATIC": EVM, "POL": EVM, "AVAX": EVM, "ARB": EVM, "OP": EVM,
                 "TRX": TRON, "USDD": TRON, "BTC": BITCOIN, "SOL": SOLANA, "TON": TON}
# Naming the chain elsewhere in the message tells a bare 64-hex hash's chain, which its format does not.
_CHAIN_WORDS = ((TRON, re.compile(r"(?<![a-z])(?:trx|tron|trc-?20|tronscan)(?![a-z])|波场", re.IGNORECASE)),
                (BITCOIN, re.compile(r"(?<![a-z])(?:btc|bitcoin|mempool|blockstream)(?![a-z])|比特币", re.IGNORECASE)))


@dataclass(frozen=True)
class Identifier:
    """One pasted identifier: its kind, its text as written, and the chain its format points to."""

    kind: str
    value: str
    chain: str | None = None


@dataclass(frozen=True)
class Masked:
    """A message with its identifiers replaced by placeholders, and the identifiers in order."""

    text: str
    identifiers: tuple[Identifier, ...]


@dataclass(frozen=True)
class _Find:
    start: int
    end: int
    identifier: Identifier | None  # None: a secret (or redaction's mark of one): not kept, and not read
    placeholder: str


def _b58decode(text: str) -> bytes:
    number = 0
    for char in text:
        number = number * 58 + _B58_ALPHABET.index(char)
    zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def _checksum_version(text: str) -> int | None:
    """Return the version byte of a valid base58check string (Bitcoin, TRON), else None."""
    raw = _b58decode(text)
    if len(raw) < 5 or hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] != raw[-4:]:
        return None
    return raw[0]


def _looks_random(text: str) -> bool:
    """Tell encoded bytes from a word or CamelCase name: digits and both cases, switching often."""
    if not (any(c.isdigit() for c in text) and any(c.isupper() for c in text) and any(c.islower() for c in text)):
        return False
    kind = [0 if c.isdigit() else 1 if c.isupper() else 2 for c in text]
    # Random base58 switches class at ~60 % of positions; "MyWalletAddressIs2024" at ~20 %.
    return sum(a != b for a, b in itertools.pairwise(kind)) >= len(text) // 4


def _base58_identifier(value: str) -> Identifier | None:
    """Classify a base58 run: TRON or Bitcoin address, Solana address or signature, or nothing."""
    version = _checksum_version(value)
    if version == 0x41 and value.startswith("T"):
        return Identifier(ADDRESS, value, TRON)
    if version in (0x00, 0x05) and value[0] in "13":
        return Identifier(ADDRESS, value, BITCOIN)
    if not _looks_random(value):
        return None
    if 86 <= len(value) <= 88 and len(_b58decode(value)) == 64:
        return Identifier(TX_HASH, value, SOLANA)
    if 32 <= len(value) <= 44 and len(_b58decode(value)) == 32:
        return Identifier(ADDRESS, value, SOLANA)
    # A checksum broken by a typo: the shape still says which chain was meant.
    if len(value) == 34 and value.startswith("T"):
        return Identifier(ADDRESS, value, TRON)
    if 26 <= len(value) <= 34 and value[0] in "13":
        return Identifier(ADDRESS, value, BITCOIN)
    return None


def _chain_named(text: str) -> str | None:
    named = [chain for chain, words in _CHAIN_WORDS if words.search(text)]
    return named[0] if len(named) == 1 else None


def _hex_hash(text: str, match: re.Match[str]) -> _Find:
    """A 64-hex run is a hash only where redaction would keep it (the words before it say so)."""
    value = match.group()
    if "private_key" in redact(text[max(0, match.start() - 24) : match.end()]).kinds:
        return _Find(match.start(), match.end(), None, "")
    chain = EVM if value.startswith("0x") else _chain_named(text)
    return _Find(match.start(), match.end(), Identifier(TX_HASH, value, chain), PLACEHOLDERS[TX_HASH])


def _url(match: re.Match[str]) -> _Find:
    value = match.group().rstrip(".,;:!?")
    host = urlsplit(value if "://" in value else f"http://{value}").hostname or ""
    placeholder = PLACEHOLDERS[URL].format(host=host).replace(" ]", "]")
    return _Find(match.start(), match.start() + len(value), Identifier(URL, value), placeholder)


def _bare_host(match: re.Match[str]) -> _Find:
    # A bare host already reads as a name ("opensea.io"): recorded, but left in the text as written.
    value = match.group().rstrip(".,;:!?")
    return _Find(match.start(), match.start() + len(value), Identifier(URL, value), value)


def _labelled_number(match: re.Match[str]) -> _Find | None:
    label, value = match.group("label").lower(), match.group("value")
    # "order 15 min ago" is no order number; a short one counts only when marked as a number ("ticket #12").
    if len(value) < 4 and not (match.group("hash") or label.endswith(("号", "id", "no", "no.", "number"))):
        return None
    kind = TICKET_NUMBER if label.startswith(("ticket", "case", "工单")) else ORDER_NUMBER
    start = match.start("hash") if match.group("hash") else match.start("value")
    return _Find(start, match.end("value"), Identifier(kind, value), PLACEHOLDERS[kind])


def _amount(match: re.Match[str]) -> _Find:
    token = (match.group("token") or "").upper()
    symbol = "USDT" if token == "U" or match.group("u") else token
    # Recorded, but left as written: "100 TRX" is short, ordinary language the model reads, and its size
    # can be the point ("0.0011 eth" is a fee, "300U打成了3000U" a typo).
    identifier = Identifier(AMOUNT, match.group().strip(), _TOKEN_CHAINS.get(symbol))
    return _Find(match.start(), match.end(), identifier, match.group())


def _phone(match: re.Match[str]) -> _Find | None:
    if not 7 <= sum(c.isdigit() for c in match.group()) <= 15:
        return None
    return _Find(match.start(), match.end(), Identifier(PHONE, match.group()), PLACEHOLDERS[PHONE])


def _base58(match: re.Match[str]) -> _Find | None:
    identifier = _base58_identifier(match.group())
    if identifier is None:
        return None
    return _Find(match.start(), match.end(), identifier, PLACEHOLDERS[identifier.kind])


def _fixed(kind: str, chain: str | None = None, *, random: bool = False) -> Callable[[re.Match[str]], _Find | None]:
    """A builder for formats that say everything themselves; ``random`` also asks for a random-looking body."""

    def build(match: re.Match[str]) -> _Find | None:
        if random and not _looks_random(match.group()):
            return None
        return _Find(match.start(), match.end(), Identifier(kind, match.group(), chain), PLACEHOLDERS[kind])

    return build


def _finds(text: str) -> list[_Find]:
    """Every identifier, the more specific formats first; a later find never overlaps an earlier one."""
    passes: list[tuple[re.Pattern[str], Callable[[re.Match[str]], _Find | None]]] = [
        (_REDACTED, lambda m: _Find(m.start(), m.end(), None, "")),
        (_SCHEME_URL, _url),
        (_EMAIL, _fixed(EMAIL)),
        (_BARE_HOST, _bare_host),
        (_HEX64, lambda m: _hex_hash(text, m)),
        (_EVM_ADDRESS, _fixed(ADDRESS, EVM)),
        (_SHORT_EVM, _fixed(ADDRESS, EVM)),
        (_SHORT_TRON, _fixed(ADDRESS, TRON)),
        (_BECH32, _fixed(ADDRESS, BITCOIN)),
        (_TON_ADDRESS, _fixed(ADDRESS, TON, random=True)),
        (_BASE58, _base58),
        (_AMOUNT, _amount),  # before order numbers: "order 1000 USDT" is an amount
        (_LABELLED_NUMBER, _labelled_number),
        (_PHONE, _phone),
        (_HASH_NUMBER, lambda m: _Find(m.start(), m.end(), Identifier(ORDER_NUMBER, m.group()[1:]),
                                       PLACEHOLDERS[ORDER_NUMBER])),
    ]
    taken: list[_Find] = []
    for pattern, build in passes:
        for match in pattern.finditer(text):
            find = build(match)
            if find is not None and not any(find.start < t.end and t.start < find.end for t in taken):
                taken.append(find)
    return sorted(taken, key=lambda f: f.start)


def _placeholder(text: str, find: _Find) -> str:
    named = _NAMED.get(find.identifier.kind) if find.identifier is not None else None
    return "" if named is not None and named.search(text, max(0, find.start - 16), find.start) else find.placeholder


def mask_identifiers(text: str) -> Masked:
    """Replace the identifiers in ``text`` with placeholders and return them with their chains."""
    out: list[str] = []
    found: list[Identifier] = []
    cursor = 0
    for find in _finds(text):
        before, after = text[cursor : find.start], text[find.end : find.end + 1]
        placeholder = _placeholder(text, find)
        if placeholder == text[find.start : find.end]:  # recorded only (amounts, bare hosts): the text stays
            out += [before, placeholder]
        elif not placeholder:  # "key [REDACTED private_key], also" reads "key, also"; "地址T…显示" "地址 显示"
            glued = before[-1:].isalnum() and after.isalnum()
            out += [before.rstrip() if after and not after.isspace() and not after.isalnum() else before,
                    " " if glued else ""]
        else:  # glued to words ("地址0x66d6…总共") a placeholder needs spaces; before punctuation it does not
            out += [before, " " if before[-1:].isalnum() else "", placeholder, " " if after.isalnum() else ""]
        cursor = find.end
        if find.identifier is not None and find.identifier not in found:
            found.append(find.identifier)
    out.append(text[cursor:])
    return Masked(_SPACES.sub(" ", "".join(out)).strip(), tuple(found))
