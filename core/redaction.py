"""Find and mask secrets (seed phrases, private keys, passwords) before anything is stored or logged."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mnemonic import Mnemonic

SEED_MIN_WORDS = 12
PLACEHOLDER = "[REDACTED {kind}]"

# 64 hex digits are either a private key or a transaction hash; a hash is kept only
# when the words just before it say so, because losing a key costs more than a lost hash.
_HEX64 = re.compile(r"(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_HASH_CONTEXT = re.compile(r"(tx|txid|txn|hash|transaction|交易|哈希|/tx/|scan)", re.IGNORECASE)
_B58 = "1-9A-HJ-NP-Za-km-z"
_WIF = re.compile(rf"(?<![{_B58}])(?:5[HJK][{_B58}]{{49}}|[KL][{_B58}]{{51}})(?![{_B58}])")
_XPRV = re.compile(rf"(?<![{_B58}])[xyzt]prv[{_B58}]{{100,112}}(?![{_B58}])")
_PASSWORD = re.compile(
    r"(?P<label>\b(?:password|passwd|passcode|pwd|pin)\b|密码|口令|支付密码|交易密码)"
    r"(?P<sep>\s*(?:\bis\b|\bwas\b|:|：|=|是|为)\s*)"
    r"(?P<value>[^\s，。,;；]{4,64})",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+|[\u4e00-\u9fff]", re.IGNORECASE)
_NUMBERING = re.compile(r"^\d{1,2}[.)、:]?$")


@dataclass(frozen=True)
class Redaction:
    """The masked text and which kinds of secret were found."""

    text: str
    kinds: tuple[str, ...]

    @property
    def found(self) -> bool:
        """Tell whether anything was masked."""
        return bool(self.kinds)


@lru_cache(maxsize=1)
def _wordlists() -> tuple[frozenset[str], frozenset[str]]:
    english = frozenset(Mnemonic("english").wordlist)
    chinese = frozenset(Mnemonic("chinese_simplified").wordlist) | frozenset(Mnemonic("chinese_traditional").wordlist)
    return english, chinese


def _seed_spans(text: str) -> list[tuple[int, int]]:
    """Return spans of 12+ consecutive BIP39 words (English, or space-separated Chinese characters)."""
    english, chinese = _wordlists()
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if len(run) >= SEED_MIN_WORDS:
            spans.append((run[0][0], run[-1][1]))
        run.clear()

    # Tokens are whitespace/comma separated; list numbering ("1.", "2)") is skipped, not a break.
    for match in re.finditer(r"[^\s,，、:：;；。]+", text):
        token = match.group().strip(".;:!?\"'()[]")
        if _NUMBERING.match(match.group()):
            continue
        lowered = token.lower()
        if lowered in english or (len(token) == 1 and token in chinese):
            run.append(match.span())
        else:
            # "1.abandon" style: numbering glued to the word.
            glued = re.match(r"^\d{1,2}[.)、:](\w+)$", token)
            if glued and glued.group(1).lower() in english:
                run.append(match.span())
                continue
            flush()
    flush()
    return spans


def redact(text: str) -> Redaction:
    """Mask every seed phrase, private key and password in ``text``."""
    kinds: list[str] = []
    spans: list[tuple[int, int, str]] = [(a, b, "seed_phrase") for a, b in _seed_spans(text)]
    for match in _HEX64.finditer(text):
        before = text[max(0, match.start() - 24) : match.start()]
        if not _HASH_CONTEXT.search(before):
            spans.append((match.start(), match.end(), "private_key"))
    spans += [(m.start(), m.end(), "private_key") for m in _WIF.finditer(text)]
    spans += [(m.start(), m.end(), "private_key") for m in _XPRV.finditer(text)]
    spans += [(m.start("value"), m.end("value"), "password") for m in _PASSWORD.finditer(text)]
    if not spans:
        return Redaction(text, ())
    spans.sort()
    out: list[str] = []
    cursor = 0
    for start, end, kind in spans:
        if start < cursor:  # overlapping finds: the first one already masked this part
            continue
        out.append(text[cursor:start])
        out.append(PLACEHOLDER.format(kind=kind))
        cursor = end
        if kind not in kinds:
            kinds.append(kind)
    out.append(text[cursor:])
    return Redaction("".join(out), tuple(kinds))
