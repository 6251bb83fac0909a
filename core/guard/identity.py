"""Who is official: brand names, domains, bot usernames and staff names, from settings and the live staff list."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.guard.skeleton import skeleton


@dataclass(frozen=True)
class OfficialIdentity:
    """What scammers imitate; ``allowed_domains`` are other sites links may point to without suspicion."""

    brands: tuple[str, ...] = ()
    official_domains: tuple[str, ...] = ()
    official_bots: tuple[str, ...] = ()
    staff_names: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    skeletons: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    brand_words: set[str] = field(default_factory=set, compare=False, repr=False)
    brand_stems: set[str] = field(default_factory=set, compare=False, repr=False)
    staff_handles: set[str] = field(default_factory=set, compare=False, repr=False)
    staff_voice: list[re.Pattern[str]] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Usernames are often written as handles ("@TPWalletBot", "t.me/TPWalletBot"); the name is what counts.
        object.__setattr__(self, "official_bots", tuple(_username(b) for b in self.official_bots if _username(b)))
        self.staff_handles.update(name.lower() for name in self.staff_names)  # "@faith" is Faith herself
        names = "|".join(re.escape(name) for name in self.staff_names if len(name) >= 2)
        if names:  # speaking as a staff member or on one's behalf: "Rowan here", "I'm Rowan's assistant"
            self.staff_voice.append(re.compile(
                rf"(?:^|[\s,.!?，。！？—-])(?:{names})\s+here\b|\b(?:i'?m|i\s+am|this\s+is)\s+(?:{names})\b(?!'s)|"
                rf"(?:{names})(?:'s|’s|的)\s*(?:personal\s+)?(?:assistant|colleague|secretary|associate|助理|同事|"
                rf"秘书|助手)", re.IGNORECASE))
        for name in (*self.brands, *self.official_bots, *self.staff_names):
            self.skeletons[name] = skeleton(name)
        for brand in self.brands:
            self.brand_words.update(brand_aliases(brand))
            self.brand_stems.update(brand_stems(brand))

    def with_staff(self, names: tuple[str, ...]) -> OfficialIdentity:
        """The same identity plus staff names read live from the platform (group admins, moderator role)."""
        merged = tuple(dict.fromkeys((*self.staff_names, *names)))
        return OfficialIdentity(self.brands, self.official_domains, self.official_bots, merged, self.allowed_domains)


def _username(handle: str) -> str:
    return re.sub(r"^(?:https?://)?(?:t\.me/|telegram\.me/)?@?", "", handle.strip(), flags=re.IGNORECASE).strip("/")


def brand_aliases(brand: str) -> set[str]:
    """How a brand is written in names: whole ("tpwallet"), and its acronym ("TP" of TPWallet, TokenPocket, TP钱包)."""
    aliases = {re.sub(r"\s+", "", skeleton(brand))}
    parts = re.findall(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]+", brand)
    aliases |= {p.lower() for p in parts if p.isupper()}
    if len(parts) >= 2 and all(not p.isupper() for p in parts):
        aliases.add("".join(p[0] for p in parts).lower())
    return {a for a in aliases if a}


# Words many brands are built from: alone they name no one ("Wallet Support" could be anyone's).
_GENERIC_HAN = ("钱包", "交易所", "支付", "金融", "链")
GENERIC_WORDS = frozenset({"wallet", "wallets", "token", "tokens", "pocket", "vault", "coin", "coins", "pay", "chain",
                      "swap", "crypto", "safe", "trust", "bit", "exchange", "finance", "defi", "money", "cash",
                      "app", "pro", "web", "net", "link", "hub", "labs", "bank", "block", "meta"})


def brand_stems(brand: str) -> set[str]:
    """The distinctive word of a brand made of several ("nova" of NovaVault and Nova钱包): with a role word
    ("Nova_KeFu", "Nova Support") it names the brand, alone ("Nova fan") it does not."""
    letters = re.sub(r"[^A-Za-z\u4e00-\u9fff]+", " ", brand)  # case kept: camel case shows where words meet
    parts = [p.lower() for p in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", letters)]
    if len(parts) < 2 and not re.search(r"[\u4e00-\u9fff]", brand):
        return set()
    stems = {skeleton(p) for p in parts if len(p) >= 4 and p not in GENERIC_WORDS}
    han = "".join(re.findall(r"[\u4e00-\u9fff]+", brand))
    for generic in _GENERIC_HAN:  # "云雀" of 云雀钱包
        han = han.replace(generic, "")
    if len(han) >= 2 and han != "".join(re.findall(r"[\u4e00-\u9fff]+", brand)):
        stems.add(skeleton(han))
    return stems
