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


def split_sentences(text: str, min_chars: int = 4) -> list[str]:
    """Return the sentences of ``text`` that have at least ``min_chars`` characters."""
    return [part.strip() for part in _SENTENCE_END.split(text) if len(part.strip()) >= min_chars]


def detect_language(text: str, default: str = "en") -> str:
    """Return ``zh`` or ``en``: the dominant script, a Chinese character counting as half a word."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN_WORD.findall(text))
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
