"""Find and mask secrets (seed phrases, private keys, passwords) before anything is stored or logged."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

from mnemonic import Mnemonic

SEED_MIN_WORDS = 12
# People mistype ("abandn"), misremember ("walllet") or take the wrong homophone from a Chinese IME, so a
# phrase may hold this many tokens that are no BIP39 word; fewer than ten real words in twelve is prose.
SEED_MAX_NON_WORDS = 2
PLACEHOLDER = "[REDACTED {kind}]"

# 64 hex digits are either a private key or a transaction hash; a hash is kept only
# when the words just before it say so, because losing a key costs more than a lost hash.
_HEX64 = re.compile(r"(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_HASH_CONTEXT = re.compile(r"(tx|txid|txn|hash|transaction|交易|哈希|/tx/|scan)", re.IGNORECASE)
_B58 = "1-9A-HJ-NP-Za-km-z"
_WIF = re.compile(rf"(?<![{_B58}])(?:5[HJK][{_B58}]{{49}}|[KL][{_B58}]{{51}})(?![{_B58}])")
_XPRV = re.compile(rf"(?<![{_B58}])[xyzt]prv[{_B58}]{{100,112}}(?![{_B58}])")

_TOKEN = re.compile(r"[^\s,，、:：;；。]+")
_NUMBERING = re.compile(r"^\d{1,2}[.)、:]?$")
_GLUED = re.compile(r"^\d{1,2}[.)、:](\w+)$")
_HAN = re.compile(r"^[\u4e00-\u9fff]$")
_LIST_SEPARATOR = re.compile(r"[,，、;；]")
_SENTENCE_END = re.compile(r"[.!?！？][\"')\]”’]*$")

# Common English words that are no BIP39 word. A phrase holds one only if a typo lands exactly on it,
# while prose rarely goes twelve words without one, so they end a run instead of being one of its two
# tolerated non-words. (Prose words that are BIP39 words - "you", "have", "what", "help" - can't serve.)
# Also the words that introduce a pasted phrase, and the placeholder, so masking twice adds nothing. The
# two-letter ones matter because "ct" (a deleted letter of "act") counts as a typo.
_PROSE_TEXT = """
    am an as at be by do go he hi id if in is it me my no of oh ok on or so to up us we
    after ago and anyone anything are asked been being but came cannot comes coming could dear did does
    doing done each every everyone everything for from gave get gets getting gives giving goes going gone
    got had has her here hers hey him his how its knew least less let lets liked lot lots made makes making
    many may maybe might most nor not onto others our ours out pls plz said saw says seen shall she should
    sir some takes taking tells than thanks the their theirs them these those told too took tried tries
    trying wanted wants was went were which while who whom whose why with would yeah yes yesterday yet your
    yours mnemonic words redacted
"""
PROSE_WORDS = frozenset(_PROSE_TEXT.split())

# A password label, then an explicit separator ("password: x", "pwd=x", "密码：x"), an "is/was" ("my
# password is Hunter2!") or a Chinese 是/为 ("支付密码为123456"), then the value, quoted or not. After
# "is/was" the value must also look like a password (_looks_like_password): "my password is wrong".
_PASSWORD = re.compile(
    r"(?:\b(?:password|passwd|passcode|passphrase|pwd|pin(?:\s*code)?)\b|密码|密碼|口令|PIN码)"
    r"(?:(?:\s+(?:is|was))? ?[:：=]|\s+(?P<verb>is|was)\s+|\s*(?:是|为|為)\s*[:：]?)\s*"
    r"(?:[\"'“‘「『](?P<quoted>[^\"'”’」』\n]{1,64})[\"'”’」』]"
    r"|(?P<bare>[^\s，。,;；、\u4e00-\u9fff]{4,64}+))",
    re.IGNORECASE,
)
# "the password is 8-16 characters", "密码是6-20位": a length, not a password.
_UNIT = re.compile(r"\s*(?:characters?|chars?|digits?|letters?|numbers?|symbols?|long\b|位|个字符)", re.IGNORECASE)
# What follows "password:" or "password is" in a sentence about a password rather than in a password.
_STATUS_TEXT = """
    wrong incorrect invalid correct right error failed failure expired required missing forgot forgotten
    reset changed unknown none empty blank locked mismatch weak strong needed hidden same different okay
    fine help please again still what when where there that this they then never always also just only
    very working don't doesn't didn't isn't wasn't can't won't
"""
_NOT_PASSWORDS = PROSE_WORDS | frozenset(_STATUS_TEXT.split())


class _Kind(Enum):
    """What one whitespace- or comma-separated token is, as far as seed phrases go."""

    SKIP = "list numbering: neither a word nor a break"
    WORD = "a BIP39 word"
    TYPO = "one edit away from a BIP39 word"
    OTHER = "word-like, but no BIP39 word"
    BREAK = "ends any run"


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


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=1)
def _deletion_index() -> dict[str, frozenset[str]]:
    """Map every BIP39 word, and each of its one-letter deletions, to the words it comes from.

    Two strings one edit apart share a key (the shorter one itself, or one deletion of each), so a
    token's candidates take a few dictionary lookups instead of 2048 comparisons.
    """
    english, _ = _wordlists()
    index: dict[str, set[str]] = defaultdict(set)
    for word in english:
        for key in {word} | _deletions(word):
            index[key].add(word)
    return {key: frozenset(words) for key, words in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """Tell whether ``a`` becomes ``b`` by one insertion, deletion, substitution or swap of neighbours."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) == 1:
        return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])


@lru_cache(maxsize=4096)
def _is_typo(word: str) -> bool:
    """Tell whether ``word`` (lower case, no BIP39 word itself) is one edit away from a BIP39 word."""
    index = _deletion_index()
    candidates: set[str] = set()
    for key in {word} | _deletions(word):
        candidates |= index.get(key, frozenset())
    return any(_one_edit(word, candidate) for candidate in candidates)


def _classify(raw: str, labels_what_follows: bool) -> _Kind:
    if _NUMBERING.match(raw):
        return _Kind.SKIP
    token = raw.strip(".;:!?\"'()[]")
    glued = _GLUED.match(token)  # "1.abandon"
    if glued:
        token = glued.group(1)
    elif labels_what_follows:  # "words: ..." names what follows; it is no part of it
        return _Kind.BREAK
    english, chinese = _wordlists()
    lowered = token.lower()
    if lowered in english or (len(token) == 1 and token in chinese):
        return _Kind.WORD
    if _HAN.match(token):  # a space-separated character outside the lists: the IME's wrong homophone
        return _Kind.OTHER
    # A non-word must look like a mistyped word: digits, symbols, "camelCase" and short words are data or prose.
    word_like = lowered.isascii() and lowered.isalpha() and (token.islower() or token.isupper() or token.istitle())
    if len(lowered) < 2 or not word_like or lowered in PROSE_WORDS:
        return _Kind.BREAK
    if _is_typo(lowered):
        return _Kind.TYPO
    return _Kind.OTHER if len(lowered) >= 3 else _Kind.BREAK


class _Token(NamedTuple):
    start: int
    end: int
    kind: _Kind
    after_comma: bool  # a list separator between this token and the one before
    ends_sentence: bool


def _tokens(text: str) -> list[_Token]:
    """Classify the tokens of ``text``; list numbering ("1.", "2)") is dropped rather than ending a run."""
    out: list[_Token] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        raw = match.group()
        kind = _classify(raw, text[match.end() : match.end() + 1] in (":", "："))
        if kind is _Kind.SKIP:
            continue
        after_comma = bool(out) and bool(_LIST_SEPARATOR.search(text, previous_end, match.start()))
        ends_sentence = bool(_SENTENCE_END.search(raw)) or text[match.end() : match.end() + 1] == "。"
        out.append(_Token(match.start(), match.end(), kind, after_comma, ends_sentence))
        previous_end = match.end()
    return out


def _is_phrase(window: list[_Token]) -> bool:
    """Tell whether 12 consecutive tokens are a seed phrase (perhaps mistyped) rather than prose."""
    non_words = sum(token.kind is not _Kind.WORD for token in window)
    if non_words == 0:
        return True
    if non_words > SEED_MAX_NON_WORDS or any(token.kind is _Kind.BREAK for token in window):
        return False
    # Ten BIP39 words in twelve also happen in prose ("Since you can use any search pattern, you can
    # highlight very complex"); a pasted phrase has no sentence end inside and separates all its
    # words alike, with commas or without.
    if any(token.ends_sentence for token in window[:-1]):
        return False
    return len({token.after_comma for token in window[1:]}) == 1


def _seed_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of seed phrases: 12 tokens or more in which each 12 hold at most two non-words.

    A phrase of 15..24 words with at most two non-words is the union of its 12-token windows, so
    windows of 12 find every length; overlapping windows merge into one span, typos included.
    """
    tokens = _tokens(text)
    spans: list[tuple[int, int]] = []
    for first in range(len(tokens) - SEED_MIN_WORDS + 1):
        window = tokens[first : first + SEED_MIN_WORDS]
        if not _is_phrase(window):
            continue
        start, end = window[0].start, window[-1].end
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _looks_like_password(value: str) -> bool:
    """Tell a password from an English word: a digit, a symbol, or capitals after the first letter."""
    return (
        any(c.isdigit() for c in value)
        or not value.isalnum()
        or (any(c.isupper() for c in value[1:]) and any(c.islower() for c in value))
    )


def _password_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of password values: only where a label and a separator introduce one."""
    spans = []
    for match in _PASSWORD.finditer(text):
        group = "quoted" if match.group("quoted") is not None else "bare"
        value = match.group(group)
        judged = value if group == "quoted" else value.rstrip(".,!?:)]}>\"'”’")  # the sentence's, not the value's
        if not any(c.isalnum() for c in judged) or judged.lower() in _NOT_PASSWORDS or _UNIT.match(text, match.end()):
            continue
        if group == "bare" and match.group("verb") and not _looks_like_password(judged):
            continue
        spans.append((match.start(group), match.end(group)))
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
    spans += [(a, b, "password") for a, b in _password_spans(text)]
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
