"""Casual requests for help ("can u help", "在吗 有个问题", "hello? anyone"): the user wants something.

Small talk asks for nothing (hi, thanks, ok, bye, a joke); a request with no question in it yet asks for
attention or help. Both look alike to the embedding model, which puts "anyone there?" next to "hello", so the
decision asks this check before it answers a message as small talk. Thanks that mention help ("thanks for the
help", "帮了大忙") and "no problem" are taken out first: they are small talk.
"""

from __future__ import annotations

import re

from core.understanding.text import cjk_count

# English words may touch Chinese characters ("有个question"), which ``\b`` does not separate there.
_WORDS = r"(?<![A-Za-z])(?:{})(?![A-Za-z])"
# Said to close a conversation, though they name help or a problem.
_PRAISE = r"(?:best|great|amazing|awesome|excellent|wonderful|fantastic|kind|patient)"
_EN_NOT_A_REQUEST = (
    r"(?:thanks?|thank\s+you|thx|ty|cheers|appreciate(?:\s+it)?|grateful)[\s,!.]*(?:\w+\s+){{0,3}}?"
    r"(?:for\s+)?(?:the|your|all\s+(?:the|your)|ur)?\s*(?:\w+\s+){{0,2}}?(?:help|support|assistance)"
    # Praise of the desk names it, and asks for nothing: "best support ever", "support team is amazing".
    rf"|{_PRAISE}\s+(?:\w+\s+)?(?:help|support|service|assistance)(?:\s+team)?"
    rf"|(?:help|support|service|assistance)(?:\s+(?:team|here|staff|guys))?\s+(?:is\s+|was\s+|are\s+|were\s+)?"
    r"(?:so\s+|really\s+)?"
    rf"(?:{_PRAISE}|the\s+best)"
    r"|(?:you|that|this|it)\s+(?:really\s+)?help(?:ed|s)(?:\s+(?:a\s+lot|me|so\s+much))?"
    r"|(?:a\s+)?(?:great|big|huge|real)\s+help|no\s+(?:problem|problemo|worries|issue)s?|not\s+a\s+problem"
)
_NOT_A_REQUEST = re.compile(
    _WORDS.format(_EN_NOT_A_REQUEST)
    + r"|没(?:有|啥|什么)?问题|不是问题|帮(?:了)?(?:我)?(?:大忙|很多)"
    r"|(?:support|客服|服务)\s*(?:真|很|太|超)?(?:好评|点赞|给力|满分|棒|好)"
    r"|(?:谢谢|感谢|多谢)(?:你|您|你们)?(?:的)?(?:帮忙|帮助|支持)|(?:麻烦|辛苦)(?:你|您|你们)?了",
    re.IGNORECASE,
)
_EN_REQUEST = re.compile(
    _WORDS.format(
        r"help|assist|assistance|support|sos|urgent|asap|emergency|stuck"
        r"|(?:a|my|one|an?)\s+(?:hand|question|problem|issue)|questions?|problems?|issues?|trouble"
        r"|(?:quick|a|one)\s+q|(?:any|some)\s?(?:one|body)"
        r"|(?:are|r)\s+(?:you|u|ya)\s+(?:there|here|online|around|available|awake)|(?:you|u)\s+there"
        r"|(?:can|could|may)\s+i\s+ask|ask\s+(?:you\s+)?(?:something|sth)"
        r"|something(?:'s|\s+is|\s+went)?\s+(?:wrong|broken)"
    ),
    re.IGNORECASE,
)
_ZH_REQUEST = re.compile(
    r"问题|请问|问(?:一?下|个|点)|想问|咨询|请教|求助|求教|帮(?:我|忙|帮|一下|下)|能帮|救命|急"
    r"|在吗|在么|在嘛|在不在|在线吗|有人|人呢|客服呢|出(?:了)?(?:点|个)?(?:问题|事|错)|遇到|怎么办|搞不定"
    r"|麻烦(?:问|看|查|帮)|打扰|有空吗|问个事"
)


def asks_for_help(text: str) -> bool:
    """Tell whether a (normalized) message asks for attention or help, as opposed to small talk."""
    rest = _NOT_A_REQUEST.sub(" ", text)
    return bool(_EN_REQUEST.search(rest) or _ZH_REQUEST.search(rest))


# Latin words and digits runs; Chinese characters count half a word each (two make a word, as in "收到").
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# At most this many words: "np", "gm ser ☀️", "收到收到", "牛啊 ser 🔥", "NFT?".
SAYS_LITTLE_WORDS = 3.0


def says_little(text: str) -> bool:
    """Tell whether a message is too short to be a question anyone could act on (a few words or emoji).

    Such a message that matches neither an entry nor a known kind of small talk is slang, a reaction or a
    fragment: asking what the user means serves them, and a ticket for it only costs a person's time.
    """
    words = len(_LATIN_WORD.findall(text)) + cjk_count(text) / 2
    return words <= SAYS_LITTLE_WORDS
