"""Lexical evidence for retrieval: how much of a message's rare vocabulary an FAQ entry contains.

The embedding ranks well but is loosely calibrated on short, jargon-heavy chat ("能量不足",
"TON", "opensea"); exact terms shared with one entry are strong, cheap evidence the model
blurs. The score is IDF-weighted coverage of the message's terms by the entry, in [0, 1],
so it means the same on a 37-entry FAQ and a 50,000-entry one.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z0-9]+")
# Function words, and the words every support request is made of ("problem", "help", "问题"), carry no
# topic; IDF alone would not discount them on a small FAQ that happens to use one of them only once.
_STOP = frozenset(re.findall(r"\w+", """
    a an and are as at be by can do does for from has have how i if in is it just me my no not
    of on or so that the there this to what when where which why with you your
    anyone get got hello help hi issue issues please pls problem problems question thank thanks want
"""))
_ZH_STOP = frozenset("的了吗呢吧啊我你是在怎么什")
_ZH_STOP_BIGRAMS = frozenset(re.findall(r"\w+", "问题 请问 怎么 么办 什么 为什 一下 帮忙 求助 你好 谢谢 可以 如何"))


def terms(text: str) -> set[str]:
    """English words (minus function words, a plural ``s`` folded) and Chinese character bigrams.

    ``text`` is expected normalized (``core.understanding.text.normalize``); case is folded here.
    """
    lower = text.lower()
    out = {_stem(w) for w in _WORD.findall(lower) if w not in _STOP and len(w) > 1}
    for run in _CJK_RUN.findall(lower):
        if len(run) == 1:
            if run not in _ZH_STOP:
                out.add(run)
            continue
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    return out - _ZH_STOP_BIGRAMS


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


class LexicalIndex:
    """An inverted index from term to the entries containing it; only entries sharing a term are scored."""

    def __init__(self, documents: Sequence[Iterable[str]] = ()) -> None:
        postings: dict[str, list[int]] = defaultdict(list)
        for number, texts in enumerate(documents):
            vocabulary: set[str] = set()
            for text in texts:
                vocabulary |= terms(text)
            for term in vocabulary:
                postings[term].append(number)
        self._count = len(documents)
        self._postings = {t: np.asarray(p, dtype=np.int64) for t, p in postings.items()}

    def idf(self, term: str) -> float:
        """Rarity of a term; a term no entry has counts as rare as one only a single entry has."""
        found = len(self._postings.get(term, ()))
        return math.log(1 + self._count / max(found, 1))

    def coverage(self, text: str) -> np.ndarray:
        """Return, per entry, the IDF-weighted share of the message's terms that the entry contains."""
        scores = np.zeros(self._count, dtype=np.float32)
        query = terms(text)
        if not query or not self._count:
            return scores
        total = 0.0
        for term in query:
            weight = self.idf(term)
            total += weight
            owners = self._postings.get(term)
            if owners is not None:
                scores[owners] += weight
        return scores / total
