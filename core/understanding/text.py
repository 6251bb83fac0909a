"""Text normalization and language detection for zh / en / mixed chat messages."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_SPACES = re.compile(r"\s+")
# A sentence ends at Chinese or Latin end punctuation; a Latin full stop only before a space, so
# "v2.1" and "0.01 ETH" stay whole.
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;])\s*|(?<=\.)\s+")


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    # Loaded lazily: building the converter reads OpenCC's dictionaries (~0.2 s).
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional() -> frozenset[str]:
    # The characters OpenCC's t2s rewrites: text with none of them is already simplified, and the
    # (slow, pure-Python) converter can be skipped - a 5,000-entry FAQ restarts 0.5 s sooner.
    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    return frozenset(line.split("\t", 1)[0] for line in table.read_text(encoding="utf-8").splitlines() if line)


def normalize(text: str) -> str:
    """Return ``text`` in one canonical form: NFKC (full-width to half-width), simplified Chinese, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    if _CJK.search(text) and not _traditional().isdisjoint(text):
        text = _t2s().convert(text)
    return _SPACES.sub(" ", text).strip()


def cjk_count(text: str) -> int:
    """How many Chinese characters ``text`` has (each carries about half an English word's meaning)."""
    return len(_CJK.findall(text))


def split_sentences(text: str, min_chars: int = 4) -> list[str]:
    """Return the sentences of ``text`` that have at least ``min_chars`` characters."""
    return [part.strip() for part in _SENTENCE_END.split(text) if len(part.strip()) >= min_chars]


# What a person pastes rather than writes weighs little in the reply language: quoted text ('Pausable: paused',
# 「创建钱包」), and a Latin run right after a Chinese "it says" (报 insufficient funds…) or opening with "error:".
_QUOTED = re.compile(r"(?<![A-Za-z])'[^'\n]{2,}?'(?![A-Za-z])|\"[^\"\n]{2,}?\"|`[^`\n]+`|“[^”\n]+”|‘[^’\n]+’"
                     r"|「[^」\n]+」|『[^』\n]+』|【[^】\n]+】")
_LATIN_RUN = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_PASTE_CUE = re.compile(r"(?:报错|报|提示|显示|弹出|弹窗|弹|出现|写着|说)[\s:：,，]*$")
_ERROR_OPENING = re.compile(r"\s*(?:error|exception|fatal)\s*[:：]", re.IGNORECASE)
# Tokens split at spaces and clause punctuation only, so a link, an email, "v2.1" or "gas*price" stays one
# token that is not a word.
_TOKEN = re.compile(r"[^\s,，!！?？;；()（）\[\]<>\"“”‘’、…~～|]+")
_EDGE_MARKS = ".:：'`-*"
_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_PASTED_WEIGHT = 0.2
_CUE_WINDOW = 6  # the cue sits right before the run: looking further back would cost a scan per run
# Tickers and names (USDC, KYC, MetaMask) are written the same in both languages: they count half a word.
_NAME_WEIGHT = 0.5
# Chinese puts no space between words, so a term written inside a Chinese sentence touches its characters
# ("你们app有没有dark mode"), while English prose spaces them off ("where is 钱包管理"): a glued word counts half.
_GLUED_WEIGHT = 0.5


def _word_weight(token: str) -> float:
    token = token.strip(_EDGE_MARKS)
    if len(token) < 2 or not _WORD.fullmatch(token):
        return 0.0  # digits, hashes, addresses, links, symbols: not a language
    return _NAME_WEIGHT if any(c.isupper() for c in token[1:]) else 1.0


def _latin_weight(text: str) -> float:
    """Latin words of ``text`` by how much they say about the writer's language."""
    total = 0.0
    for run in _LATIN_RUN.finditer(text):
        cue = _PASTE_CUE.search(text, max(0, run.start() - _CUE_WINDOW), run.start())
        pasted = cue is not None or _ERROR_OPENING.match(run.group()) is not None
        weights = [_word_weight(token) for token in _TOKEN.findall(run.group())]
        if weights and run.start() > 0 and not run.group()[0].isspace():
            weights[0] *= _GLUED_WEIGHT
        if weights and run.end() < len(text) and not run.group()[-1].isspace():
            weights[-1] *= _GLUED_WEIGHT
        total += (_PASTED_WEIGHT if pasted else 1.0) * sum(weights)
    return total


def detect_language(text: str, default: str = "en") -> str:
    """Return ``zh`` or ``en``: the dominant script, a Chinese character counting as half a word.

    Pasted parts (quotes, errors after "报/提示", identifiers) and tickers weigh less than the words a person
    wrote, so a Chinese message with an English error in it stays Chinese.
    """
    unquoted = _QUOTED.sub(" ", text)
    cjk, latin = len(_CJK.findall(unquoted)), _latin_weight(unquoted)
    if cjk == 0 and latin == 0:  # nothing but quotes or identifiers: count what is there
        cjk, latin = len(_CJK.findall(text)), len(_LATIN_WORD.findall(text))
    if cjk == 0 and latin == 0:
        return default
    return "zh" if cjk / 2 >= latin else "en"


def language_from_locale(locale: str | None) -> str | None:
    """Map a platform locale (``zh-hans``, ``zh_TW``, ``en-US``) to zh/en, or None if unknown."""
    if not locale:
        return None
    head = locale.lower().replace("_", "-").split("-")[0]
    return head if head in ("zh", "en") else None


def choose_language(text: str, locale: str | None, default: str = "en") -> str:
    """Pick the reply language: the text's own script wins; the locale decides when the text has no words."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    if cjk == 0 and latin == 0:
        return language_from_locale(locale) or default
    return detect_language(text, default)
