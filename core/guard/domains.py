"""Links in a message, and whether a domain imitates an official one.

Domains are read from URLs, bare host names and invite links; punycode (``xn--``) is decoded so the
letters a reader sees are judged. A domain imitates an official one when its registered name reads
the same or nearly (one or two edits of its skeleton), or when a brand or an official name sits
anywhere inside another domain ("tokenpocket.pro.verify-wallet.xyz", "tpwallet-claim.app").
``tldextract`` splits names with its bundled public-suffix list and never fetches one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import tldextract
from rapidfuzz.distance import OSA

from core.guard.identity import OfficialIdentity
from core.guard.skeleton import skeleton

_HOST = re.compile(
    r"(?:(?:https?|hxxps?)://)?"  # a scheme, or none ("tokenpocket-verify.com")
    r"((?:[\w\u00a1-\uffff-]+\.)+(?:[a-z\u00a1-\uffff]{2,63}|xn--[a-z0-9-]+))"
    r"(/[^\s<>\"'，。）)]*)?",
    re.IGNORECASE,
)
_INVITE = re.compile(r"(?:t\.me|telegram\.me|telegram\.dog|discord\.gg|discord(?:app)?\.com/invite)/[\w+-]+",
                     re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@/])@([A-Za-z][\w]{3,31})")
# A Discord tag: "name#1234", and old-style names with spaces ("NovaVault Support#0001").
_TAG = re.compile(r"((?:[A-Za-z][\w.]*[ \t]){0,2}[A-Za-z][\w.]{1,31})#\d{4}\b")
# Link shorteners and form hosts hide where a link goes; a scam's favourite wrapping.
SHORTENERS = frozenset({"bit.ly", "tinyurl.com", "t.co", "goo.gl", "is.gd", "cutt.ly", "rebrand.ly", "ow.ly",
                        "s.id", "t.ly", "shorturl.at", "rb.gy", "forms.gle", "dwz.cn", "suo.im", "url.cn"})


@dataclass(frozen=True)
class Link:
    """A host named in a message, decoded, with the path after it."""

    host: str
    path: str

    @property
    def text(self) -> str:
        return self.host + self.path


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _decode(host: str) -> str:
    labels = []
    for label in host.lower().split("."):
        try:
            labels.append(label.encode("ascii").decode("idna") if label.startswith("xn--") else label)
        except (UnicodeError, ValueError):
            labels.append(label)
    return ".".join(labels)


def links(text: str) -> list[Link]:
    """Every host named in ``text``, decoded from punycode; one whose suffix is real only to the eye
    ("tokenpocket.prо" with a Cyrillic о, "tpwallet.lo") counts too."""
    found = []
    for match in _HOST.finditer(text):
        host = _decode(match.group(1).rstrip("."))
        if _extractor()(host).suffix or _extractor()(skeleton(host)).suffix:
            found.append(Link(host, match.group(2) or ""))
    return found


_IDENTIFIER = re.compile(r"\b[0-9A-Za-z]{26,}\b")  # addresses and hashes


def without_links(text: str) -> str:
    """``text`` with its links, addresses and hashes blanked: words inside them are not words."""
    return _IDENTIFIER.sub(" ", _INVITE.sub(" ", _HOST.sub(" ", text)))


def invites(text: str) -> list[str]:
    """Telegram and Discord invite links (groups, channels, bots, servers)."""
    return [m.group().lower() for m in _INVITE.finditer(text)]


def mentions(text: str) -> list[str]:
    """``@usernames`` and Discord ``name#1234`` tags in the text (not inside links). A tag may have spaces, and
    where it starts is unclear ("DM NovaVault Support#0001"), so its last one, two and three words all count."""
    text = without_links(text)
    found = [m.group(1) for m in _MENTION.finditer(text)]
    for tag in _TAG.finditer(text):
        words = tag.group(1).split()
        found.extend(" ".join(words[start:]) for start in range(len(words) - 1, -1, -1))
    return found


def invite_is_trusted(invite: str, identity: OfficialIdentity) -> bool:
    """An allowlisted invite, exactly: ``t.me/TPWalletOfficial2`` is not ``t.me/TPWalletOfficial``."""
    return invite.lower() in {a.lower() for a in identity.allowed_domains}


def registered(host: str) -> str:
    """The registered domain of a host: ``verify-wallet.xyz`` for ``tokenpocket.pro.verify-wallet.xyz``."""
    parts = _extractor()(host)
    return ".".join(p for p in (parts.domain, parts.suffix) if p)


def is_trusted(link: Link, identity: OfficialIdentity) -> bool:
    """An official domain or an allowed one (or a subdomain of either); allowlist entries may carry a path."""
    for allowed in (*identity.official_domains, *identity.allowed_domains):
        host, _, path = allowed.lower().partition("/")
        if (link.host == host or link.host.endswith("." + host)) and link.path.lower().lstrip("/").startswith(path):
            return True
    return False


def imitates(host: str, identity: OfficialIdentity) -> str | None:
    """The official domain or brand ``host`` imitates, or None (an official host imitates nothing)."""
    domain = registered(host)
    name = _extractor()(host).domain
    look = skeleton(host)
    for official in identity.official_domains:
        if domain == official.lower():
            return None
        if skeleton(domain) == skeleton(official) or look == skeleton(official):
            return official  # the same letters to the eye, another domain (homoglyphs, a look-alike suffix)
    for official in identity.official_domains:
        official_name = _extractor()(official).domain
        official_look = skeleton(official_name)
        if skeleton(domain) == skeleton(official) or official_look in look.replace("-", "").replace(".", ""):
            return official  # same letters to the eye, or the official name inside another domain
        # Two edits away, a swap of neighbours ("larksupr") counting one and hyphens none ("lark-spur").
        if len(official_look) >= 5 and OSA.distance(skeleton(name).replace("-", ""), official_look) <= 2:
            return official
    for brand in identity.brands:
        brand_look = re.sub(r"[^a-z0-9\u4e00-\u9fff]", "", identity.skeletons[brand])
        if len(brand_look) >= 4 and brand_look in re.sub(r"[^a-z0-9\u4e00-\u9fff]", "", look):
            return brand
    # The brand's acronym next to an official-sounding word ("tp官网.com", "tp-support.app") speaks for it.
    label = skeleton(name)
    if any(alias in label for alias in identity.brand_words) and _OFFICIAL_WORD.search(label):
        return identity.brands[0] if identity.brands else None
    return None


_OFFICIAL_WORD = re.compile(r"官网|官方|客服|support|official|help|service|wallet|airdrop|claim", re.IGNORECASE)
