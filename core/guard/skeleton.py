"""Fold a name or domain to the letters a reader sees: confusables, homoglyphs, digits for letters, case.

"Мia" (Cyrillic М), "M1a", "ＭＩＡ" and "Mi\u200ba" all read "mia"; "TPWalIet" (capital I) reads as
"TPWallet". Unicode's confusables data (via ``confusable_homoglyphs``) maps look-alike letters of
other scripts to Latin; a small table adds what people type on purpose (0 for o, 1 for l, rn for m).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from confusable_homoglyphs import confusables

from core.guard.normalize import join_spaced
from core.understanding.text import normalize

# Letters that stand for each other in a name read at a glance: i, l, 1, | and ! are one stroke.
_LOOKALIKE = str.maketrans({"0": "o", "1": "i", "l": "i", "|": "i", "!": "i", "3": "e", "4": "a", "5": "s",
                            "7": "t", "8": "b", "@": "a", "$": "s", "€": "e"})
# Lower-case Cyrillic letters the confusables data leaves out but a reader takes for Latin ones at a glance:
# п reads n, и reads u, т reads m in italics and t upright (t is what impersonators aim for), к reads k.
_CYRILLIC_READS = {"п": "n", "и": "u", "т": "t", "к": "k", "ь": "b", "м": "m", "н": "h"}
_INVISIBLE = {"Cf", "Mn", "Me"}  # zero-width joiners, variation selectors, combining marks


@lru_cache(maxsize=4096)
def _latin(char: str) -> str:
    """A letter of another script that looks like a Latin one, as that Latin letter."""
    if char.isascii() or not char.isalpha():
        return char
    if char in _CYRILLIC_READS:
        return _CYRILLIC_READS[char]
    found = confusables.is_confusable(char, preferred_aliases=["latin"], greedy=True)
    if found:
        for glyph in found[0]["homoglyphs"]:
            if glyph["c"].isascii() and glyph["c"].isalpha():
                return str(glyph["c"])
    # A Latin letter with a hook, stroke or tail that the confusables data leaves alone ("Ɲ", "ɲ", "ɴ")
    # is still read as its base letter; Unicode's name says which.
    base = _LATIN_NAME.fullmatch(unicodedata.name(char, ""))
    if base:
        return base.group(1) if "SMALL" in base.group(0) else base.group(1).upper()
    return char


_LATIN_NAME = re.compile(r"LATIN (?:CAPITAL |SMALL )?LETTER (?:SMALL CAPITAL |CAPITAL |SCRIPT |DOTLESS )?([A-Z])"
                         r"(?: WITH .*)?")  # "ɡ" (script g), "ı" (dotless i) too


def visible(text: str) -> str:
    """``text`` without the characters nobody sees (zero-width, joiners, combining marks), NFKC-folded, in
    simplified Chinese (週 reads as 周 to a Chinese reader) and with spaced-out writing closed up."""
    shown = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) not in _INVISIBLE)
    return normalize(join_spaced(shown)) if shown.strip() else shown  # "老 唐", "N o v a" read closed up


def skeleton(text: str) -> str:
    """Lower-case Latin look-alike of ``text``; digits inside words read as the letters they imitate.

    Numbers on their own ("kevin_1998") and separators ("Mia | Team") stay: only a digit or symbol in a
    word with letters is a disguise.
    """
    letters = "".join(_latin(c) for c in visible(text)).lower().replace("rn", "m")
    return re.sub(r"[a-z0-9|!@$€]+", _fold_word, letters)


def _fold_word(match: re.Match[str]) -> str:
    word = match.group()
    if not re.search("[a-z]", word):  # "1998", or a lone "|" between words: not a disguised letter
        return word
    # Only inside a word: "|tp" after a separator keeps its bar, "m1a" and "TPWal|et" fold.
    edges = re.fullmatch(r"([|!@$€]*)(.*?)([|!@$€]*)", word)
    assert edges is not None
    return edges.group(1) + edges.group(2).translate(_LOOKALIKE) + edges.group(3)
