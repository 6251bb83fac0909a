"""Greeting and politeness wrappers around a support question ("hi admin 👋", "在吗", "thanks in advance").

They carry no topic, but on a short question they are a large share of what the embedding model reads, and
they pull it towards the greeting intent or away from the entry. Only the start and the end of a message
are stripped, and a message that is nothing but a wrapper is kept whole, so small talk is still small talk.
"""

from __future__ import annotations

import re

_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d"
_SEPARATORS = rf"\s,，.。!！?？~～:：;；…、\-—|{_EMOJI}"
# After a wrapper: a run of separators, or nothing where a Chinese wrapper is glued to the question.
_TAIL = rf"[{_SEPARATORS}]*"
_PUNCTUATION = rf",，.。!！?？~～:：;；…|{_EMOJI}"  # a clause break in English; a space is none
_WORD_END = r"(?![A-Za-z0-9'])"

_EN_GREETING = (r"(?:hi|hello|hey|hiya|heya|yo|howdy|greetings|gm|good\s+(?:morning|afternoon|evening|day)|dear)"
                r"(?:\s+(?:there|team|admin|admins|mods?|moderators?|support|guys|all|everyone|folks|sir|madam"
                r"|friends?|frens?|ser|bro|fam|y'?all))*")
# Wrappers that end a clause of their own ("quick q, how do i…"): followed by punctuation, never by words,
# so "please help me recover my wallet" keeps its verb.
_EN_CLAUSE = (
    r"(?:quick\s+(?:q|question)|(?:a\s+)?question|sorry\s+to\s+(?:bother|disturb)(?:\s+you)?|excuse\s+me"
    r"|(?:please|pls|plz)\s+help(?:\s+me)?|help(?:\s+me)?\s+(?:please|pls|plz)|(?:i\s+)?need\s+(?:some\s+)?help"
    r"|can\s+(?:you|someone|anyone|somebody)\s+(?:please\s+)?help(?:\s+me)?"
    r"|(?:i'?m\s+|i\s+am\s+)?(?:a\s+)?(?:total|complete|absolute|super)?\s*(?:noob|newbie|newb|n00b|beginner)"
    r"(?:\s+here)?|(?:i'?m\s+|i\s+am\s+)?new\s+(?:here|to\s+(?:this|crypto|web3|the\s+app|this\s+app))"
    r"(?:\s*,?\s*(?:so\s+)?(?:please\s+)?bear\s+with\s+me)?|first\s+time\s+(?:here|user|posting)"
    r"|sorry\s+(?:for|if\s+this\s+is)\s+(?:a\s+|the\s+|my\s+)?(?:dumb|stupid|silly|basic|noob|newbie)?\s*question"
    r"|sorry\s+for\s+(?:my\s+)?(?:bad|poor)\s+english|not\s+sure\s+if\s+this\s+is\s+the\s+right\s+place)"
)
_ZH_ADDRESSEE = r"(?:客服|管理员|官方|老师|亲|各位|大家|大佬们?|小姐姐|小哥哥|admin)"
_ZH_GREETING = (r"(?:(?:你们?|您|大家|各位)好|哈喽|哈啰|嗨|在吗|在么|在嘛|在不在|有人吗|有人在吗|有没有人|有人没)"
                r"(?:呀|啊|呢)?")
_ZH_POLITE = (r"(?:请问(?:一下)?|麻烦(?:你|您|你们)?(?:帮(?:我|忙))?(?:查|看)(?:一下|下|看)|麻烦(?:问|咨询)一?下"
              r"|帮(?:我|忙)(?:查|看)(?:一下|下|看)|打扰(?:一下|了)|不好意思(?:打扰(?:一下|了)?)?|想(?:问|咨询)一?下"
              r"|(?:问|咨询)(?:一?下|个问题)|(?:我是)?(?:个|一个)?(?:新手|小白|萌新)(?:一枚|一个)?(?:求助|求问|请教|求教))")
_ZH_SELF = r"(?:我是)?(?:个|一个)?(?:新手|小白|萌新)(?:一枚|一个)?"

# A run of wrappers is taken in one match: one at a time, "谢谢谢谢…" would cost a search per wrapper.
_LEADING = re.compile(
    rf"^[{_SEPARATORS}]*(?:"
    rf"{_EN_GREETING}{_WORD_END}{_TAIL}"
    rf"|{_EN_CLAUSE}{_WORD_END}[{_SEPARATORS}]*[,，.。!！?？:：…~～{_EMOJI}]{_TAIL}"
    rf"|{_ZH_ADDRESSEE}?{_ZH_GREETING}{_ZH_ADDRESSEE}?{_TAIL}"
    rf"|{_ZH_ADDRESSEE}[,，:：!！]{_TAIL}"  # "客服，…" addresses; "客服电话多少" asks about support
    rf"|{_ZH_POLITE}{_TAIL}"
    rf"|{_ZH_SELF}[\s,，.。!！:：]{_TAIL})+",
    re.IGNORECASE,
)

# Not "appreciated" alone: "your help is much appreciated" is a thanks, and must stay one.
_EN_THANKS = (r"(?:thanks|thank\s+you|thx|tks|ty|tia|cheers|many\s+thanks"
              r"|appreciate\s+any\s+help|any\s+help\s+(?:is\s+|would\s+be\s+)?(?:appreciated|welcome))"
              r"(?:\s+(?:so\s+much|a\s+lot|in\s+advance|guys|team|all|everyone))*|(?:please|pls|plz)(?:\s+help)?"
              r"(?:\s+asap)?|asap")
_EN_HELP = r"(?:help|help\s+me|help\s+(?:please|pls|plz)|someone\s+help|anyone)"  # only as a clause of its own
_ZH_THANKS = (r"(?:(?:谢谢|多谢|感谢|谢了|谢啦|3q)(?:你|您|你们|大家|各位|了|啦|哈|啊)*"
              r"|(?:麻烦|辛苦)(?:你|您|你们|大家)了|拜托(?:了|啦|你们了)?|求求(?:了|你了|你们了|你们)|在线等)")
# Only as a clause of their own: "提现太麻烦了" and "我很着急" say something.
_ZH_CLAUSE = r"(?:急+|很急|着急|(?:麻烦|辛苦)了|求(?:解答|回复|帮助|帮忙)(?:一下)?|求助)"

_TRAILING = re.compile(
    rf"(?:(?:(?<![A-Za-z0-9'])(?:{_EN_THANKS})|(?<=[{_PUNCTUATION}])\s*(?:{_EN_HELP})|{_ZH_THANKS}"
    rf"|(?<=[{_SEPARATORS}]){_ZH_CLAUSE})[{_SEPARATORS}]*)+$",
    re.IGNORECASE,
)
_TAIL_WINDOW = 200
_WORDS = re.compile(r"[A-Za-z0-9]+|[\u3400-\u4dbf\u4e00-\u9fff]")
_EDGES = re.compile(rf"^[\s{_EMOJI}]+|[\s{_EMOJI}]+$")


def strip_wrappers(text: str) -> str:
    """Strip greetings, politeness and self-introductions from both ends; keep a message that is only that."""
    stripped = text
    while (match := _LEADING.match(stripped)) and match.end():
        stripped = stripped[match.end() :]
    # Only the last few hundred characters can be a closing wrapper; searching all of a 4,000-character
    # message from every position costs a visible fraction of a second on "help. help. help. …".
    while (match := _TRAILING.search(stripped, max(0, len(stripped) - _TAIL_WINDOW))) and match.start() < len(stripped):
        stripped = stripped[: match.start()]
    stripped = _EDGES.sub("", stripped)
    # "hello?", "在吗", "ok thanks!": a wrapper with (next to) nothing else is small talk, which needs its words.
    return stripped if len(_WORDS.findall(stripped)) >= 2 else text
