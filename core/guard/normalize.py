"""Undo the spellings that slip a scam past word lists, so the lists read what a person reads.

Scammers space out the words a filter looks for ("私 信 我", "s e e d"), write Chinese in pinyin
("jia wo wei xin", "zhujici") and defang their own links ("novavault[.]app-help[.]com") so that the
link does not look clickable to a filter but is copied by a victim. Each is undone here:
- spaces between Chinese characters go (Chinese is written without them);
- a run of single spaced letters is joined ("N o v a" reads "Nova");
- the pinyin of the handful of Chinese words scams are built on becomes those words;
- a defanged dot or scheme becomes a real one.
"""

from __future__ import annotations

import re

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_GAP = re.compile(rf"(?<=[{_HAN}])[ \t\u3000]+(?=[{_HAN}])")
# Three or more single letters, one space apart ("B e n", "s e e d"): nobody writes words like that.
_SPACED_LETTERS = re.compile(r"(?<![\w'])(?:[A-Za-z] ){2,}[A-Za-z](?![\w'])")
# The same with words two spaces apart ("d m  m e  f o r  h e l p"): each word closed up, one space between.
_SPACED_WORDS = re.compile(r"(?<![\w'])[A-Za-z](?: [A-Za-z])*(?: {2,}[A-Za-z](?: [A-Za-z])*)+(?![\w'])")
# "[.]", "(.)", "{.}", "[dot]", "(dot)": how a link is written so that it does not link.
_DEFANGED_DOT = re.compile(r"\s?[\[({【（]\s*(?:\.|dot|点)\s*[\])}】）]\s?", re.IGNORECASE)
_DEFANGED_SCHEME = re.compile(r"\b(h[xt]{2}ps?)\[?:\]?//", re.IGNORECASE)
# "evil dot com", "evil-app DOT net": a dot spelled out before a common top-level domain.
_TLD = r"(?:com|net|org|io|app|xyz|top|cc|co|me|info|site|online|pro|vip|link|live|club|shop|cn)\b"
_SPELLED_DOT = re.compile(rf"(?<=[a-z0-9])(?:\s+dot\s+|\s*点\s*)(?={_TLD})", re.IGNORECASE)  # "evil点xyz" too
# "evil - secure . com": a domain spaced out around its dot (a space before it: "ok. me too" is no link).
_SPACED_DOMAIN = re.compile(rf"\b[a-z0-9]+(?:\s*-\s*[a-z0-9]+)*\s+\.\s*{_TLD}", re.IGNORECASE)

# Pinyin (tone marks dropped, syllables together or apart) of the words scam messages hinge on.
_PINYIN: dict[tuple[str, ...], str] = {
    ("si", "xin", "wo"): "私信我", ("si", "liao", "wo"): "私聊我", ("lian", "xi", "wo"): "联系我",
    ("zhu", "ji", "ci"): "助记词", ("si", "yao"): "私钥", ("mi", "yao"): "密钥", ("si", "xin"): "私信",
    ("si", "liao"): "私聊", ("jia", "wo"): "加我", ("wei", "xin"): "微信", ("ke", "fu"): "客服",
    ("guan", "fang"): "官方", ("jie", "dong"): "解冻", ("dong", "jie"): "冻结", ("lian", "xi"): "联系",
    ("zhao", "hui"): "找回", ("zhui", "hui"): "追回", ("kong", "tou"): "空投", ("fei", "ji"): "飞机",
    ("dian", "bao"): "电报", ("fan", "li"): "返利", ("dai", "dan"): "带单", ("shua", "dan"): "刷单",
}
_PINYIN_WORD = re.compile(
    "|".join(rf"\b{r'[ _-]?'.join(syllables)}\b" for syllables in sorted(_PINYIN, key=len, reverse=True)),
    re.IGNORECASE)
_PINYIN_LOOKUP = {"".join(syllables): han for syllables, han in _PINYIN.items()}


def join_spaced(text: str) -> str:
    """``text`` with spaced-out writing closed up: "私 信 我" reads "私信我", "N o v a" reads "Nova"."""
    text = _HAN_GAP.sub("", text)
    text = _SPACED_WORDS.sub(lambda m: " ".join(w.replace(" ", "") for w in re.split(r" {2,}", m.group())), text)
    return _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), text)


def refang(text: str) -> str:
    """A defanged link as the link it stands for: ``hxxps://evil[.]com`` and ``evil - app . com`` read
    ``https://evil.com`` and ``evil-app.com``."""
    text = _SPELLED_DOT.sub(".", _DEFANGED_DOT.sub(".", text))
    return _DEFANGED_SCHEME.sub(r"\1://", _SPACED_DOMAIN.sub(lambda m: "".join(m.group().split()), text))


def han_from_pinyin(text: str) -> str:
    """The key scam words written in pinyin, in Chinese characters: "jia wo wei xin" reads "加我微信"."""
    return _PINYIN_WORD.sub(lambda m: _PINYIN_LOOKUP[re.sub(r"[ _-]", "", m.group().lower())], text)


def readable(words: str) -> str:
    """Words (links already taken out: a path or domain is not pinyin) with pinyin as Chinese, closed up
    after ("jia wo wei xin" -> "加我 微信" -> "加我微信")."""
    return join_spaced(han_from_pinyin(words))
