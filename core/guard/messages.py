"""Scam messages in the public group: what they say and where they send people.

Signals, each a reason in the verdict:
- ``lookalike_domain``: a link whose domain imitates an official one or carries the brand;
- ``invite``: an invite to another Telegram group or bot, or another Discord server;
- ``fake_bot``: an ``@username`` that imitates the official bot or the brand's support;
- ``dm_offer``: "DM me", "contact support at ...", "私信我", "加我微信" from someone who is not staff;
- ``drainer``: validate / sync / rectify / restore your wallet, connect to claim, with a link or a contact;
- ``seed_request``: asking for a seed phrase or private key;
- ``giveaway``: send X, get 2X back;
- ``job_offer``: paid "tasks", likes for money, part-time work that wants a deposit first;
- ``signals``: paid signal groups and "teachers" promising profit, or a refund if there is none;
- ``recovery_offer``: someone who "got my funds back", or a service that "traces and reverses" transfers;
- ``otc_offer``: off-exchange trading with a stranger ("收U 高价", "量大可私", "走我担保");
- ``pump_shill``: a coin sold with the gain promised ("100x easy", "百倍起步", "今晚统一拉盘");
- ``investment_lure``: a friendly stranger bringing up a platform that pays every day;
- ``poisoning_advice``: "copy the address from your history, the first and last 4 are enough" (what address
  poisoning counts on);
- ``impersonator``: a name imitating staff that acts, or a member saying they are support.
The phrase lists live in ``phrases``, ``schemes`` and ``context``; the text is made readable first
(``normalize``: spaced-out letters, pinyin, defanged links).
Staff are exempt. A message that warns others ("admins never DM first") or quotes a scam in order to
ask about it ("someone DMed me this link, is it real?") reports a scam, it is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.guard.context import RECEIVED, reports_a_scam, unquoted
from core.guard.domains import (
    SHORTENERS,
    Link,
    imitates,
    invite_is_trusted,
    invites,
    is_trusted,
    links,
    mentions,
    registered,
    without_links,
)
from core.guard.identity import OfficialIdentity
from core.guard.likeness import REASON
from core.guard.names import impersonates, sounds_official
from core.guard.normalize import readable, refang
from core.guard.phrases import (
    ADDRESSED,
    ALT_ACCOUNT,
    DM_OFFER,
    DRAINER,
    DRAINER_VERB,
    LURE,
    SECRET,
    SEED_REQUEST,
    SELF_CLAIM,
    any_of,
)
from core.guard.schemes import (
    GIVEAWAY,
    JOB,
    OTC,
    POISONING_ADVICE,
    PUMP,
    SIGNALS,
    doubling,
    investment_lure,
    recovery_pitch,
)
from core.guard.skeleton import visible


@dataclass(frozen=True)
class Verdict:
    """``scam`` with the reasons found (empty for an ordinary message)."""

    reasons: tuple[str, ...] = field(default=())

    @property
    def scam(self) -> bool:
        return bool(self.reasons)


def check_message(text: str, identity: OfficialIdentity, *, author: str = "",
                  author_is_staff: bool = False) -> Verdict:
    """Judge one public message; ``author_is_staff`` comes from the platform (admins, the moderator role)."""
    if author_is_staff:
        return Verdict()
    shown = refang(visible(text))  # "私 信 我", "evil[.]com" read as what they are
    words = readable(without_links(shown))  # phrases are read outside links; pinyin read as Chinese
    places = _Places.of(shown, identity)
    found, invited, mentioned, unknown = places.found, places.invited, places.mentioned, places.unknown
    bots = places.bots
    reasons: list[str] = []
    if any(imitates(link.host, identity) for link in unknown):
        reasons.append("lookalike_domain")
    elif any(registered(link.host) in SHORTENERS for link in unknown) or (unknown and LINK_BAIT.search(words)):
        reasons.append("phishing_link")
    if not all(places.trusted_invites):
        reasons.append("invite")
    if any(m.lower() not in bots and _poses_as_support(m, words, identity) for m in mentioned):
        reasons.append("fake_bot")
    if DM_OFFER.search(_unnamed(words, bots)):  # "contact @OfficialBot" sends people to the real desk
        reasons.append("dm_offer")
    for reason, pattern in (("seed_request", SEED_REQUEST), ("giveaway", GIVEAWAY), ("job_offer", JOB),
                            ("signals", SIGNALS), ("otc_offer", OTC), ("pump_shill", PUMP)):
        if pattern.search(words):
            reasons.append(reason)
    if investment_lure(words):
        reasons.append("investment_lure")
    if POISONING_ADVICE.search(words):
        reasons.append("poisoning_advice")
    if doubling(words):
        reasons.append("giveaway")
    contact = found or invited or "dm_offer" in reasons or mentioned or LINK_PROMISE.search(words)
    if LURE.search(words) or (contact and (DRAINER.search(words) or (
            DRAINER_VERB.search(words) and LINK_PROMISE.search(words)))):
        reasons.append("drainer")
    pitched = bool((mentioned or unknown) and RECOVERED.search(words)
                   and not any(m.lower() in bots for m in mentioned))
    if pitched or recovery_pitch(words):
        reasons.append("recovery_offer")
    acts = {"dm_offer", "seed_request", "drainer"} & set(reasons) or unknown or invited
    # Speaking as staff in one's own words, not in a message passed on ("someone DMed me: 'I'm Rowan's …'").
    for_staff = _acts_for_staff(unquoted(words), identity) and not RECEIVED.search(words)
    claims = SELF_CLAIM.search(words) or ALT_ACCOUNT.search(words) or for_staff
    if (claims and (reasons or ADDRESSED.search(words))) or (author and acts and impersonates(author, identity)):
        reasons.append("impersonator")
    # "I'm Rowan's assistant, he asked me to reach out": the asking is the staff member's, not a scammer's.
    if reasons and not for_staff and not places.retires_official and reports_a_scam(
            words, reasons, vouched_is_official=places.vouch_officially, pitched=pitched):
        return Verdict()
    return Verdict(tuple(dict.fromkeys(reasons)))


def excused_from_likeness(text: str, identity: OfficialIdentity) -> bool:
    """Whether a message may not be judged a scam by its likeness to scams (``likeness``): it warns about
    scams or asks about one (excused as for the rules, see ``reports_a_scam``), or every place it sends
    people to is official and it names one ("announcements are in t.me/Official", "ask @OfficialBot")."""
    shown = refang(visible(text))
    places = _Places.of(shown, identity)
    if places.only_official:
        return True
    return reports_a_scam(readable(without_links(shown)), [REASON], pitched=False,
                          vouched_is_official=places.vouch_officially)


@dataclass(frozen=True)
class _Places:
    """Where a message sends people: its links (those not trusted apart), invites and @handles."""

    found: list[Link]
    unknown: list[Link]
    invited: list[str]
    trusted_invites: list[bool]  # per invite
    mentioned: list[str]
    bots: frozenset[str]  # the official bots, lower case
    # The message says an official link is official no more ("X is not official anymore", "X 已停用"): how a
    # fake migration opens, never how a warning reads.
    retires_official: bool

    @classmethod
    def of(cls, shown: str, identity: OfficialIdentity) -> _Places:
        found, invited = links(shown), invites(shown)
        unknown = [link for link in found if not is_trusted(link, identity)]
        retired = any(re.search(re.escape(link.host) + _RETIRED, shown, re.IGNORECASE)
                      for link in found if link not in unknown)
        return cls(found, unknown, invited, [invite_is_trusted(invite, identity) for invite in invited],
                   mentions(shown), frozenset(b.lower() for b in identity.official_bots), retired)

    @property
    def names_official_bot(self) -> bool:
        return any(m.lower() in self.bots for m in self.mentioned)

    @property
    def vouch_officially(self) -> bool:
        """A trusted link or invite among them, or an official bot named (what a warning may vouch for)."""
        return len(self.unknown) < len(self.found) or self.names_official_bot or any(self.trusted_invites)

    @property
    def only_official(self) -> bool:
        """Every link and invite trusted, and at least one of them (or an official bot) named."""
        return not self.unknown and all(self.trusted_invites) and (
            bool(self.found or self.invited) or self.names_official_bot)


# Said right after a link: it no longer counts.
_RETIRED = (r"\S*\s*(?:(?:is|are|has\s+been)\s+(?:not|no\s+longer)\s+(?:official|ours|used|valid|in\s+use|"
            r"supported)|(?:已经?)?不是官方|(?:已经?)?(?:停用|停止使用|废弃|作废|弃用))")


def _acts_for_staff(words: str, identity: OfficialIdentity) -> bool:
    """Someone speaking as a staff member or on one's behalf: "Rowan here", "I'm Rowan's assistant",
    "我是许文的同事" (``OfficialIdentity.staff_voice``)."""
    return any(pattern.search(words) for pattern in identity.staff_voice)


def _unnamed(words: str, bots: frozenset[str]) -> str:
    """The words with the official bots' handles taken out: asking people to contact one offers no DM."""
    if not bots:
        return words
    return re.sub(r"@(\w+)", lambda m: "the official bot" if m.group(1).lower() in bots else m.group(0), words)


def _poses_as_support(handle: str, words: str, identity: OfficialIdentity) -> bool:
    """A handle that imitates the brand, staff or bot, or one that is sent people to as support: its name
    says so ("@wallet_kefu_01") or the message does ("官方客服 @x", "official support: @x")."""
    if handle.lower() in identity.staff_handles:
        return False  # naming a staff member ("@Faith can I DM you?") is not imitating one
    if impersonates(handle, identity):
        return True
    at = words.find(handle)
    near = words[max(0, at - 25):at + len(handle) + 25] if at >= 0 else ""  # what is said of this handle
    return (sounds_official(handle) and SENDS_TO.search(near) is not None) or OFFICIAL_DESK.search(near) is not None


# What a link is offered for: an unknown site offered for these is a drainer or a fake claim page.
LINK_BAIT = any_of(
    r"\b(?:claim|redeem|mint|connect|approve|sign|verify|validate|sync|migrate|rectif|restore|recover|fix|"
    r"unlock|authorize|revoke|reward|rewards|airdrop|refund|bonus|giveaway|exchange|swap\s+to|convert|"
    r"login|log\s+in|activate|whitelist|free|compensat|presale|pre-sale|download|install|apk)\w*\b",
    r"领取|领|兑换|空投|奖励|福利|授权|签名|迁移|验证|修复|同步|解冻|激活|退还|返还|活动|免费|点进去|操作|按提示|登录|补偿|"
    r"预售|上所|安装包|下载|国际版|破解版",
    SECRET,  # a site that wants the seed phrase is a drainer, whatever it promises
)
# "I'll send you the link", "there's a dapp for it": the link comes privately.
LINK_PROMISE = any_of(r"\b(?:send|dm|pm|give)\s+(?:you|u)\s+(?:the\s+|a\s+)?(?:link|site|dapp)|there'?s\s+a\s+dapp",
                      r"(?:发|私信|给)你(?:个)?链接|链接私信|私信获取|用\s*dapp|(?:link|链接|网址)\s*私发|私发(?:你)?(?:link|链接)")
# Someone else who "got my funds back": recovery "experts" are the second robbery.
RECOVERED = any_of(r"\b(?:recover(?:ed|y)?|got\s+(?:\w+\s+){0,3}back|hack(?:er|ed)?\s+(?:back|recovery))\b",
                   r"找回|追回|挽回|帮我\s*recover|恢复了")
# Sending people somewhere, and the message calling a handle the official desk.
SENDS_TO = any_of(r"\b(?:contact|dm|pm|message|msg|reach|ask|ping|write\s+to|add|talk\s+to|go\s+to|find)\b",
                  r"找|联系|私信|私聊|加|搜|咨询")
OFFICIAL_DESK = any_of(r"\b(?:official|real|verified)\s+(?:support|help\s?desk|admin|customer\s+(?:service|care))\b",
                       r"官方\s*(?:客服|管理|人工|技术支持|售后)")
