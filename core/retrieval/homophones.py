"""Homophone typos of the FAQ's own words, as a pinyin input method makes them: "密马" for 密码, "主记词" for 助记词.

A user picks a character of the right sound from the IME's candidates and sends it; the embedding model then
reads another word. Only the FAQ's words are restored, and only from what is no word at all: two to four
characters that jieba's dictionary cannot join into a word (at most one word inside, which the FAQ word
holds), that the FAQ does not contain, that read (toneless pinyin) exactly like one word of the FAQ and like
no other, and that share a character with it. Ordinary words ("东街", "不客气") and stretches reaching into
another word ("转一百" is not 转移) are left alone. Proper names the 2020 dictionary lacks could be taken for
typos; the common ones of the trade are added to it (``_NAMES``).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from typing import Any

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LONGEST, _SHORTEST = 4, 2


# Names users write that jieba's 2020 dictionary lacks, so their characters would look like a typo
# ("火币" is the Huobi exchange, not 货币): exchanges, wallets, chains and the apps people trade through.
_NAMES = ("火币", "币安", "欧易", "抹茶", "芝麻开门", "库币", "币赢", "闲鱼", "淘宝", "拼多多", "支付宝",
          "微信", "波场", "以太坊", "币圈", "狗狗币", "莱特币", "瑞波币", "泰达币", "小狐狸", "冷钱包", "热钱包")


@functools.cache
def _dictionary() -> dict[str, int]:
    """jieba's word frequencies (a prefix of a word is stored with 0); loaded once, ~1 s from its cache."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    for name in _NAMES:
        jieba.add_word(name)
    frequencies: dict[str, int] = jieba.dt.FREQ
    return frequencies


@functools.lru_cache(maxsize=65536)
def _sound(text: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(text))


def _segments(text: str) -> list[str]:
    """``text`` cut into dictionary words and single characters (no guessing of unknown words)."""
    import jieba

    _dictionary()
    cut: Any = jieba.cut(text, HMM=False)
    return list(cut)


class HomophoneSpeller:
    """Puts the FAQ's words back where a message has a homophone non-word in their place."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        words: set[str] = set()
        for text in texts:
            for run in _HAN.findall(text):
                words.update(w for w in _segments(run) if _SHORTEST <= len(w) <= _LONGEST and _is_word(w))
        by_sound: dict[tuple[str, ...], set[str]] = {}
        for word in words:
            by_sound.setdefault(_sound(word), set()).add(word)
        self._terms = {sound: next(iter(found)) for sound, found in by_sound.items() if len(found) == 1}
        self._known = words

    @property
    def terms(self) -> int:
        """How many FAQ words can be restored (those whose sound no other FAQ word shares)."""
        return len(self._terms)

    def respell(self, text: str) -> str:
        """``text`` with each homophone non-word of an FAQ word replaced by that word."""
        if not self._terms or not _HAN.search(text):
            return text
        return _HAN.sub(lambda run: self._respell_run(run.group()), text)

    def _respell_run(self, run: str) -> str:
        # A typo breaks its word into characters the dictionary cannot join: "密马" is cut 密 / 马. A stretch
        # is tried only if it is such characters, with at most one word the term itself holds ("验证" / 马 for
        # 验证码); one that reaches into another word ("转" / 一百, "建" / 一个) is no typo.
        out: list[str] = []
        tokens = _segments(run)
        i = 0
        while i < len(tokens):
            for j in range(min(len(tokens), i + _LONGEST), i + 1, -1):
                term = self._term_for_tokens(tokens[i:j])
                if term is not None:
                    out.append(term)
                    i = j
                    break
            else:
                out.append(tokens[i])
                i += 1
        return "".join(out)

    def _term_for_tokens(self, span: list[str]) -> str | None:
        gram = "".join(span)
        words = [t for t in span if len(t) > 1]
        if not _SHORTEST <= len(gram) <= _LONGEST or len(words) > 1:
            return None
        term = self._term_for(gram)
        return term if term is not None and all(w in term for w in words) else None

    def _term_for(self, gram: str) -> str | None:
        if gram in self._known or _is_word(gram):
            return None
        term = self._terms.get(_sound(gram))
        if term is None or term == gram or not set(term) & set(gram):
            return None
        return term


def _is_word(text: str) -> bool:
    return _dictionary().get(text, 0) > 0
