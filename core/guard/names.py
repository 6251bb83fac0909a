"""Display names that imitate staff, the brand or the official bot.

A name is read as its skeleton (``core.guard.skeleton``), split into words, and stripped of the words
impersonators add to look official ("Support", "Team", "Admin", "官方", "✅"). What is left is compared
with each staff name, brand and bot username: the same skeleton with a disguise (another script, a
zero-width character, decoration, an official-sounding word), or one edit away with such a word, is an
impersonation. Sharing a first name ("Mia Johnson" beside staff "Mia") is not.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from core.guard.identity import OfficialIdentity
from core.guard.skeleton import skeleton, visible

_ROLE_WORDS = ("support", "supports", "team", "official", "officiai", "admin", "administrator", "mod", "moderator",
               "staff", "help", "helpdesk", "desk", "service", "services", "care", "customer", "cs", "agent",
               "manager", "verified", "real", "bot", "live", "assistant", "ceo", "founder", "dev", "developer")
_ROLE_HAN = ("官方", "客服", "管理员", "管理", "技术支持", "支持", "团队", "运营", "人工", "助手", "认证", "在线")
_ROLE = frozenset(skeleton(w) for w in _ROLE_WORDS)
_DECORATION = re.compile(r"[^\w\s\u4e00-\u9fff]+")
_WORD = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+")


def _words(name: str) -> tuple[list[str], bool]:
    """The name's words without role words, and whether it had any role word (or an official tick)."""
    text = skeleton(name)
    official = any(h in text for h in _ROLE_HAN) or "✅" in name or "☑" in name or "✔" in name
    for han in _ROLE_HAN:
        text = text.replace(han, " ")
    words = _WORD.findall(_DECORATION.sub(" ", text).replace("_", " "))
    kept = [w for w in words if w not in _ROLE]
    return kept, official or len(kept) < len(words)


def _disguised(name: str, original: str) -> bool:
    """Whether the name is written differently from what it reads as: other scripts, hidden or odd characters."""
    shown = visible(name)
    return shown != name or (not shown.isascii() and original.isascii()) or re.search(r"[0-9|!@$]", shown) is not None


def impersonates(name: str, identity: OfficialIdentity) -> str | None:
    """The staff name, brand or bot that ``name`` imitates, or None."""
    words, official = _words(name)
    core = " ".join(words)
    if not core and not official:
        return None
    for staff in identity.staff_names:
        staff_core = " ".join(_WORD.findall(identity.skeletons[staff]))
        if not staff_core:
            continue
        if core == staff_core:
            return staff  # the same name: only the real one (exempted by id) may carry it
        near = len(staff_core) >= 4 and Levenshtein.distance(core, staff_core) <= 1
        if near and (official or _disguised(name, staff)):
            return staff
        if official and (core.startswith(staff_core + " ") or core.endswith(" " + staff_core)):
            # "Mia | TPWallet Team": the staff name plus only the brand; "Mia Johnson Support" is someone else.
            brand_words = {identity.skeletons[b].replace(" ", "") for b in identity.brands}
            rest = core.replace(staff_core, "").split()
            if all(any(b in w for b in brand_words) for w in rest):
                return staff
    for bot in identity.official_bots:
        bot_flat = re.sub(r"[^a-z0-9]", "", identity.skeletons[bot])
        name_flat = re.sub(r"[^a-z0-9\u4e00-\u9fff]", "", skeleton(name))
        if bot_flat and (name_flat == bot_flat or Levenshtein.distance(name_flat, bot_flat) <= 2):
            return bot
    flat = core.replace(" ", "")
    for brand in identity.brands:
        brand_flat = identity.skeletons[brand].replace(" ", "")
        # The brand plus an official-sounding word, or the brand alone, is the project speaking.
        if brand_flat and brand_flat in flat and (official or flat == brand_flat):
            return brand
    return None
