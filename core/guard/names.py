"""Display names that imitate staff, the brand or the official bot.

A name is read as its skeleton (``core.guard.skeleton``), split into words, and stripped of the words
impersonators add to look official ("Support", "Team", "Admin", "官方", "✅"). What is left is compared
with each staff name, brand and bot username: the same skeleton with a disguise (another script, a
zero-width character, decoration, an official-sounding word), or one edit away with such a word, is an
impersonation. Sharing a first name ("Mia Johnson" beside staff "Mia") is not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import OSA, Levenshtein

from core.guard.identity import GENERIC_WORDS, OfficialIdentity, brand_stems
from core.guard.skeleton import skeleton, visible

_ROLE_WORDS = ("support", "supports", "team", "official", "officiai", "admin", "administrator", "mod", "moderator",
               "staff", "help", "helpdesk", "desk", "service", "services", "care", "customer", "cs", "agent",
               "manager", "verified", "real", "bot", "live", "assistant", "ceo", "founder", "dev", "developer",
               "tech", "technical", "engineer", "online", "hq", "cto", "coo", "cfo", "cmo", "backup",
               "announcement", "announcements", "alert", "alerts", "updates", "ticket", "tickets",
               "lead", "head", "director", "ambassador", "rep", "representative", "specialist", "coordinator",
               "community",
               "kefu", "guanfang")  # pinyin of 客服, 官方
_ROLE_HAN = ("官方", "客服", "管理员", "管理", "技术支持", "技术", "支持", "团队", "运营", "人工", "助手", "认证",
             "在线", "工作人员", "专员", "售后", "服务")
_ROLE = frozenset(skeleton(w) for w in _ROLE_WORDS)
# Role words that claim the project's own desk: a name made of nothing else ("Support Team", "官方客服") speaks
# for the brand. Weaker ones alone ("Dev", "Tech", "Online") are as likely a person's name or mood.
_DESK = frozenset(skeleton(w) for w in ("support", "supports", "official", "officiai", "admin", "administrator",
                                         "moderator", "helpdesk", "service", "services", "customer", "kefu",
                                         "guanfang"))
_DESK_HAN = ("官方", "客服", "管理员", "技术支持", "售后", "工作人员")
# Words that join a name to the brand it claims ("Anna from NovaVault", "Sam @ Nova", "Sam of Nova").
_JOINERS = frozenset({"from", "at", "of", "by", "the", "for", "de"})
_TICKS = ("✅", "☑", "✔", "🛡", "⭐", "★", "☆", "✪", "🤖", "👮", "🔰", "®", "™")
_DECORATION = re.compile(r"[^\w\s\u4e00-\u9fff]+")
_WORD = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+")
_DISCLAIMER = re.compile(r"\b(?:not|non|never)\b|非官方|不是官方|非客服|不是客服")


@dataclass(frozen=True)
class _Reading:
    """A display name as a reader takes it: the name proper, and what it claims besides."""

    core: list[str]  # the words left once role words and the brand are taken out
    official: bool  # an official-sounding word or tick ("Support", "官方", "✅")
    branded: bool  # the brand or its acronym ("TPWallet", "TP")
    desk: bool  # a word that claims the project's desk ("Support", "Admin", "官方客服")


def _read(name: str, identity: OfficialIdentity) -> _Reading:
    text = _letters(name)
    official = any(h in text for h in _ROLE_HAN) or any(tick in name for tick in _TICKS)
    desk = any(h in text for h in _DESK_HAN)
    for han in sorted(_ROLE_HAN, key=len, reverse=True):
        text = text.replace(han, " ")
    words = _unglue(_words(text), identity)
    official = official or any(w in _ROLE for w in words)
    desk = desk or any(w in _DESK for w in words)
    words = [w for w in words if w not in _ROLE]
    core: list[str] = []
    stems: list[str] = []
    branded = False
    skip = False
    for number, word in enumerate(words):
        following = words[number + 1] if number + 1 < len(words) else ""
        if skip:
            skip = False
        elif word + following in identity.brand_words:  # "tp" + "钱包" = "tp钱包"
            branded = skip = True
        elif word in identity.brand_words or any(len(b) >= 4 and _carries(word, b) for b in identity.brand_words):
            branded = True
        elif official and _near_brand(word, identity):
            branded = True  # "Mosgate Support", "Hallyard Team": the brand one letter off, with a role word
        elif official and word in identity.brand_stems:
            stems.append(word)  # "Nova" of NovaVault beside a role word ("Nova_KeFu"); "Nova fan" is a fan
        else:
            core.append(word)
    if stems and not branded and any(w.isalpha() for w in core):
        core += stems  # "Bossa Nova Support Group": the word belongs to another name
    else:
        branded = branded or bool(stems)
    if branded or desk:  # "Anna from NovaVault", "Priya from Support"
        core = [word for word in core if word not in _JOINERS]
    return _Reading(core, official, branded, desk)


_CARRIED = tuple(w for w in (*_ROLE, *GENERIC_WORDS) if len(w) >= 3)


def _carries(word: str, brand: str) -> bool:
    """The brand inside a word with nothing of another name around it: "tpwalletsupport", "tpwallet2024",
    "tpwalletofficial"; not "Brindleford" (a place that starts with the brand)."""
    if brand not in word:
        return False
    rest = word.replace(brand, "", 1)
    if not rest.isalpha() or not rest.isascii():
        return True  # "tpwallet2024", "tp钱包客服": digits or another script around it
    # What follows or precedes is the desk's words ("helpdeskbot", "kefubot", "wallet"), not another name's.
    return any(token in rest for token in _CARRIED)


def _letters(name: str) -> str:
    """A name's skeleton as read at a glance; "vv" reads as "w" ("Quinn_TSVV"). Only in names: in a domain
    the two letters are as likely the brand's own ("novvault" is NovaVault with a letter dropped)."""
    return _double_v(skeleton(name))


def _double_v(text: str) -> str:
    return text.replace("vv", "w")


def _near_brand(word: str, identity: OfficialIdentity) -> bool:
    """A long word one edit from a long brand word (short ones have too many innocent neighbours)."""
    return len(word) >= 6 and any(len(b) >= 6 and b.isalpha() and Levenshtein.distance(word, b) <= 1
                                  for b in identity.brand_words)


def _words(text: str) -> list[str]:
    """The words of a skeleton, with a role word split in two joined again ("ke fu", "Ke_Fu" read "kefu")."""
    words = _WORD.findall(_DECORATION.sub(" ", text).replace("_", " "))
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] + word in _ROLE and joined[-1] not in _ROLE:
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _unglue(words: list[str], identity: OfficialIdentity) -> list[str]:
    """A role word glued to the brand's distinctive word taken apart ("novakefu" reads "nova kefu")."""
    out: list[str] = []
    for word in words:
        stem = next((s for s in identity.brand_stems if word.startswith(s) and word[len(s):] in _ROLE), None)
        out.extend((stem, word[len(stem):]) if stem else (word,))
    return out


def _disguised(name: str) -> bool:
    """Whether the name is written differently from what it reads as: other scripts, hidden or odd characters."""
    shown = visible(name)
    return shown != name.strip() or re.search(r"[0-9|!@$]", shown) is not None or any(
        not c.isascii() and c.isalpha() and not "\u4e00" <= c <= "\u9fff" for c in shown)


def _abbreviates(core: list[str], staff: list[str]) -> bool:
    """"omar h" or "o haddad" for "omar haddad": one name whole, the others cut short."""
    return len(core) == len(staff) >= 2 and any(c == s for c, s in zip(core, staff, strict=True)) and all(
        c and s.startswith(c) for c, s in zip(core, staff, strict=True))


def impersonates(name: str, identity: OfficialIdentity) -> str | None:
    """The staff name, brand or bot that ``name`` imitates, or None."""
    if _DISCLAIMER.search(skeleton(name)):
        return None  # "Ahmed | IT Support (not Brand)", "小王(非官方)": a name that says it is not them
    reading = _read(name, identity)
    core = " ".join(reading.core)
    claims = reading.official or reading.branded
    bare = [word for word in reading.core if word not in identity.brand_stems]
    for staff in identity.staff_names:
        staff_words = _WORD.findall(_double_v(identity.skeletons[staff]))
        staff_core = " ".join(staff_words)
        if not staff_core:
            continue
        if reading.core != bare and " ".join(bare) == staff_core and re.search(r"[|/@(\[_·:｜-]", name):
            return staff  # the staff name beside the brand's own word ("Ben | Lumo")
        if core == staff_core and (claims or _disguised(name) or not _personal(name)):
            return staff  # the same name, disguised or not: only the real one (exempted by id) may carry it
        if " " in staff_core and len(staff_core) >= 8 and OSA.distance(core, staff_core) <= 1:
            return staff  # a full name one letter off (or two swapped: "Clader") is a copy, not a namesake
        if len(staff_core) >= 4 and _swapped(core, staff_core):
            return staff  # "Thoe", "Tomsa K": two letters swapped is a slip of the copying hand, not a namesake
        if (reading.branded or reading.desk) and len(staff_words) >= 2 and reading.core == staff_words[:1]:
            return staff  # a staff first name that speaks for the brand ("Chloe from LumoWallet")
        if (claims or _disguised(name)) and (
                (len(staff_core) >= 4 and Levenshtein.distance(core, staff_core) <= 1)
                or _one_character_off(core, staff_core) or _abbreviates(reading.core, staff_words)):
            return staff
    flat = re.sub(r"[^a-z0-9\u4e00-\u9fff]", "", _letters(name))
    for bot in identity.official_bots:
        bot_flat = re.sub(r"[^a-z0-9]", "", _double_v(identity.skeletons[bot]))
        if bot_flat and Levenshtein.distance(flat, bot_flat) <= 2:
            return bot
    for brand in identity.brands:
        brand_flat = re.sub(r"\s+", "", _double_v(identity.skeletons[brand]))
        if " " in brand.strip() and len(brand_flat) >= 10 and 0 < OSA.distance(flat, brand_flat) <= 1:
            return brand  # the full brand one letter off, or two swapped ("Brindel Wallet")
        if len(brand_flat) >= 5 and _swapped(flat, brand_flat):
            return brand  # the brand with two letters swapped, alone ("Orvdia")
        # The brand with an official-sounding word, or the brand alone, is the project speaking.
        if brand_flat in flat and (reading.official or not reading.core):
            return brand
    if reading.branded and reading.official:  # the brand's own word with a role word ("Nova_KeFu")
        return next((b for b in identity.brands if any(s in flat for s in brand_stems(b))), identity.brands[0])
    if not reading.core and reading.desk and identity.brands:
        # Nothing but the desk's words ("Support Team", "官方客服"): in the brand's group, that is the brand.
        han = re.search(r"[\u4e00-\u9fff]", flat) is not None
        return next((b for b in identity.brands if bool(re.search(r"[\u4e00-\u9fff]", b)) == han), identity.brands[0])
    return None


def _swapped(word: str, model: str) -> bool:
    """Whether ``word`` is ``model`` with two neighbouring letters swapped."""
    if len(word) != len(model) or word == model:
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, model, strict=True)) if a != b]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and word[differ[0]] == model[differ[1]] \
        and word[differ[1]] == model[differ[0]]


def _one_character_off(core: str, staff: str) -> bool:
    """A Chinese name with the staff member's surname and one other character changed ("林晓南" for 林晓楠,
    often a homophone): with a role word or a disguise beside it, a copy. Alone it may be another person."""
    return (len(core) == len(staff) >= 2 and core[0] == staff[0] and all("\u4e00" <= c <= "\u9fff" for c in staff)
            and sum(a != b for a, b in zip(core, staff, strict=True)) == 1)


def _personal(name: str) -> bool:
    """A name decorated with a personal emoji ("Anna 🌸"), not a verification mark: a member's own style."""
    return any(unicodedata.category(c) in ("So", "Sk") and c not in "".join(_TICKS) for c in name)


def sounds_official(name: str) -> bool:
    """Whether a name or handle carries a role word or tick ("@wallet_kefu_01", "Help Desk ✅")."""
    return _read(name, OfficialIdentity()).official
