"""Display names that imitate staff, the brand or the official bot.

A name is read as its skeleton (``core.guard.skeleton``), split into words, and stripped of the words
impersonators add to look official ("Support", "Team", "Admin", "官方", "✅"). What is left is compared
with each staff name, brand and bot username: the same skeleton with a disguise (another script, a
zero-width character, decoration, an official-sounding word), or one edit away with such a word, is an
impersonation. Sharing a first name ("Mia Johnson" beside staff "Mia") is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from core.guard.identity import OfficialIdentity
from core.guard.skeleton import skeleton, visible

_ROLE_WORDS = ("support", "supports", "team", "official", "officiai", "admin", "administrator", "mod", "moderator",
               "staff", "help", "helpdesk", "desk", "service", "services", "care", "customer", "cs", "agent",
               "manager", "verified", "real", "bot", "live", "assistant", "ceo", "founder", "dev", "developer",
               "tech", "technical", "engineer", "online", "hq")
_ROLE_HAN = ("官方", "客服", "管理员", "管理", "技术支持", "技术", "支持", "团队", "运营", "人工", "助手", "认证",
             "在线", "工作人员", "专员", "售后")
_ROLE = frozenset(skeleton(w) for w in _ROLE_WORDS)
_TICKS = ("✅", "☑", "✔", "🛡", "⭐")
_DECORATION = re.compile(r"[^\w\s\u4e00-\u9fff]+")
_WORD = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+")


@dataclass(frozen=True)
class _Reading:
    """A display name as a reader takes it: the name proper, and what it claims besides."""

    core: list[str]  # the words left once role words and the brand are taken out
    official: bool  # an official-sounding word or tick ("Support", "官方", "✅")
    branded: bool  # the brand or its acronym ("TPWallet", "TP")


def _read(name: str, identity: OfficialIdentity) -> _Reading:
    text = skeleton(name)
    official = any(h in text for h in _ROLE_HAN) or any(tick in name for tick in _TICKS)
    for han in sorted(_ROLE_HAN, key=len, reverse=True):
        text = text.replace(han, " ")
    words = _WORD.findall(_DECORATION.sub(" ", text).replace("_", " "))
    official = official or any(w in _ROLE for w in words)
    words = [w for w in words if w not in _ROLE]
    core: list[str] = []
    branded = False
    skip = False
    for number, word in enumerate(words):
        following = words[number + 1] if number + 1 < len(words) else ""
        if skip:
            skip = False
        elif word + following in identity.brand_words:  # "tp" + "钱包" = "tp钱包"
            branded = skip = True
        elif word in identity.brand_words or any(len(b) >= 4 and b in word for b in identity.brand_words):
            branded = True
        else:
            core.append(word)
    return _Reading(core, official, branded)


def _disguised(name: str) -> bool:
    """Whether the name is written differently from what it reads as: other scripts, hidden or odd characters."""
    shown = visible(name)
    return shown != name.strip() or re.search(r"[0-9|!@$]", shown) is not None or any(
        not c.isascii() and c.isalpha() and not "\u4e00" <= c <= "\u9fff" for c in shown)


def _abbreviates(core: list[str], staff: list[str]) -> bool:
    """"omar h" for "omar haddad": the first name whole, the rest cut short."""
    return len(core) == len(staff) >= 2 and core[0] == staff[0] and all(
        s.startswith(c) for c, s in zip(core[1:], staff[1:], strict=True))


def impersonates(name: str, identity: OfficialIdentity) -> str | None:
    """The staff name, brand or bot that ``name`` imitates, or None."""
    reading = _read(name, identity)
    core = " ".join(reading.core)
    claims = reading.official or reading.branded
    for staff in identity.staff_names:
        staff_words = _WORD.findall(identity.skeletons[staff])
        staff_core = " ".join(staff_words)
        if not staff_core:
            continue
        if core == staff_core:
            return staff  # the same name, disguised or not: only the real one (exempted by id) may carry it
        if " " in staff_core and len(staff_core) >= 8 and Levenshtein.distance(core, staff_core) <= 1:
            return staff  # a full name one letter off is a copy, not a namesake
        if (claims or _disguised(name)) and (
                (len(staff_core) >= 4 and Levenshtein.distance(core, staff_core) <= 1)
                or _abbreviates(reading.core, staff_words)):
            return staff
    flat = re.sub(r"[^a-z0-9\u4e00-\u9fff]", "", skeleton(name))
    for bot in identity.official_bots:
        bot_flat = re.sub(r"[^a-z0-9]", "", identity.skeletons[bot])
        if bot_flat and Levenshtein.distance(flat, bot_flat) <= 2:
            return bot
    for brand in identity.brands:
        brand_flat = re.sub(r"\s+", "", identity.skeletons[brand])
        # The brand with an official-sounding word, or the brand alone, is the project speaking.
        if brand_flat in flat and (reading.official or not reading.core):
            return brand
    return None
