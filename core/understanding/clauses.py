"""The parts of a long message that may each carry a need: "my deposit hasn't arrived. also, how do I add a token?"

Sentences are cut where a sentence ends (。！？!?；; or a full stop before a space, or a new line) and where
a second topic is announced ("also", "another thing", "btw", "还有", "另外", "顺便问下"). Commas stay inside
a part: "转账一直pending，手续费也扣了" is one need with its details, not two.
"""

from __future__ import annotations

import re

from core.understanding.text import cjk_count

MIN_MESSAGE = 24  # characters (a Chinese one counts 2.5, as it carries a word): a shorter message says one thing
MIN_PART = 8  # characters, counted the same way: "thanks!", "急" are not a need
MAX_PARTS = 4  # the cost of a message is one encode per part; a wall of text keeps its first parts

_ENDS = re.compile(r"(?<=[。！？!?；;])\s*|(?<=[a-z0-9)\]])\.\s+|\n+", re.IGNORECASE)
_TOPIC = re.compile(
    r"(?:^|[\s,，、])(?=(?:also|another\s+(?:thing|question)|btw|by\s+the\s+way|one\s+more\s+thing|"
    r"and\s+(?:also|another)|plus)\b)"
    r"|[，,、\s]*(?=还有(?:一个|个|就是)?|另外|顺便(?:问一?下|说一?下|问问)?|再问(?:一?下|个)|对了|此外)",
    re.IGNORECASE,
)


def clauses(text: str) -> list[str]:
    """The parts of ``text`` that may each carry a need; empty for a short message or one with a single part."""
    if _size(text) < MIN_MESSAGE:
        return []
    parts = [p.strip(" ,，、") for sentence in _ENDS.split(text) for p in _TOPIC.split(sentence or "")]
    parts = [p for p in parts if _size(p) >= MIN_PART]
    return parts[:MAX_PARTS] if len(parts) >= 2 else []


def _size(text: str) -> float:
    return len(text) + 1.5 * cjk_count(text)


# A part that asks: a question mark, an English question opening ("also, how do I…", "btw can I…"), or a
# Chinese question word. "I already have a backup" or "密码我也记得" tell a detail; they ask nothing.
_ASKS = re.compile(
    r"[?？]|^(?:(?:also|btw|by\s+the\s+way|and|plus|another\s+(?:thing|question)|one\s+more\s+thing)[\s,:]+)*"
    r"(?:how|what|where|why|when|which|who|can|could|do|does|did|is|are|should|will|would|any)\b"
    r"|吗|么|呢|怎么|怎样|如何|哪|什么|啥|能不能|可不可以|是不是|是否|多久|多少|为什么|为啥|咋|几",
    re.IGNORECASE,
)


def asks(part: str) -> bool:
    """Whether a part of a message asks something (and so may carry a need of its own)."""
    return _ASKS.search(part.strip()) is not None
