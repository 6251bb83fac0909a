"""What the guard shows people, the same on every platform: whom it judges, and how a flagged text reads.

Staff see a flagged message with its links defanged (``hxxps://evil[.]com``: nobody opens it by a
slip), its secrets redacted and its length cut; reasons are named in their language. Who is official
is the settings plus the staff the platform names live (group admins, the moderator role).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.guard.identity import OfficialIdentity
from core.guard.names import impersonates
from core.i18n import catalogue, t
from core.settings import GuardSettings
from core.understanding.redaction import redact

SHOWN_CHARS = 300
# Asking about a name ("/verify @TPWallet_Help_bot") names it; that is not advertising it, and a command
# reads like nothing people write (its likeness to scams means nothing).
ASKING = frozenset({"fake_bot", "impersonator", "resembles_scam"})
_SCHEME = re.compile(r"\bh(?:tt|xx)p(s?)://", re.IGNORECASE)
_HOST_DOT = re.compile(r"(?<=[\w-])\.(?=[^\W\d_])")


def official_identity(guard: GuardSettings, live_staff: Iterable[str]) -> OfficialIdentity:
    """Who is official: the settings, plus staff names as the platform shows them now."""
    return OfficialIdentity(tuple(guard.brands), tuple(guard.official_domains), tuple(guard.official_bots),
                            tuple(dict.fromkeys((*guard.staff_names, *live_staff))), tuple(guard.allowed_domains))


def is_official_bot(identity: OfficialIdentity, username: str) -> bool:
    """Whether ``username`` is one of the official bots (case does not matter)."""
    return username.lower() in {b.lower() for b in identity.official_bots}


def imitation(identity: OfficialIdentity, name: str, username: str | None = None) -> str | None:
    """What a person's display name or username imitates; an official bot imitates nothing."""
    if username and is_official_bot(identity, username):
        return None
    return impersonates(name, identity) or (impersonates(username, identity) if username else None)


def reason_list(lang: str, reasons: Iterable[str]) -> str:
    """The reasons of a verdict by name, in ``lang``."""
    names = [t(lang, f"guard.reason.{r}") if f"guard.reason.{r}" in catalogue(lang) else r for r in reasons]
    return ("、" if lang == "zh" else ", ").join(names)


def defang(text: str) -> str:
    """Links made unclickable for staff: ``hxxps://evil[.]com``."""
    return _HOST_DOT.sub("[.]", _SCHEME.sub(lambda m: f"hxxp{m.group(1)}://", text))


def shown(text: str) -> str:
    """The text as staff see it: secrets redacted, links defanged, shortened."""
    text = defang(redact(text).text).strip()
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


def account_verdict(identity: OfficialIdentity, name: str, username: str | None, *, staff: bool,
                    bot: bool) -> tuple[str, dict[str, str]]:
    """Whether an account is real staff, the official bot, an impersonator or a member: a catalogue key and its
    parameters (``staff`` is the platform's word: roles, admin lists)."""
    if bot and username and is_official_bot(identity, username):
        return "guard.verify.bot", {"name": username}
    if staff and not bot:
        return "guard.verify.staff", {"name": name}
    imitated = imitation(identity, name, username)
    if imitated is not None:
        return "guard.verify.impostor", {"name": name, "imitated": imitated}
    return "guard.verify.unknown", {"name": name}
