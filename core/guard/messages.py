"""Scam messages in the public group: what they say and where they send people.

Signals, each a reason in the verdict:
- ``lookalike_domain``: a link whose domain imitates an official one or carries the brand;
- ``invite``: an invite to another Telegram group or bot, or another Discord server;
- ``fake_bot``: an ``@username`` that imitates the official bot or the brand's support;
- ``dm_offer``: "DM me", "contact support at ...", "私信我", "加我微信" from someone who is not staff;
- ``drainer``: validate / sync / rectify / restore your wallet, connect to claim, with a link or a contact;
- ``seed_request``: asking for a seed phrase or private key;
- ``giveaway``: send X, get 2X back;
- ``signals``: paid signal groups and "teachers" promising profit.
Staff are exempt. A message that warns others ("admins never DM first") or quotes a scam in order to
ask about it ("someone DMed me this link, is it real?") reports a scam, it is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.guard.domains import imitates, invites, is_trusted, links, mentions
from core.guard.identity import OfficialIdentity
from core.guard.names import impersonates
from core.guard.skeleton import visible


@dataclass(frozen=True)
class Verdict:
    """``scam`` with the reasons found (empty for an ordinary message)."""

    reasons: tuple[str, ...] = field(default=())

    @property
    def scam(self) -> bool:
        return bool(self.reasons)


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_DM_OFFER = _any(
    r"\b(?:dm|pm|inbox|message|msg|text|contact|ping|add|write to|reach(?: out to)?|hit)\s+me\b",
    r"\b(?:dm|pm|inbox|message|contact|text|add|ping)\s+(?:our|the|my)?\s*"
    r"(?:support|admin|agent|team|customer (?:service|care)|help ?desk|manager|moderator|mod)s?\b"
    r"(?:\s+(?:at|on|via|@|here|:))",
    r"\b(?:contact|reach|message|write to|email)\s+(?:the\s+)?(?:official\s+)?"
    r"(?:support|help ?desk|customer (?:service|care)|admin)s?\s+(?:at|on|via|@|:)",
    r"\b(?:whatsapp|wechat|wa|telegram|tg|signal)\s*(?:me|:|：|\+?\d{6,})",
    r"私信我|私聊我|私我|加我|联系我|找我|滴滴我|戳我|加(?:我)?(?:微信|薇信|v信|vx|飞机|电报|tg|qq)|"
    r"(?:微信|vx|v信|薇|飞机|电报|tg|qq)\s*(?:号)?\s*[:：]?\s*[a-z0-9_@]{4,}|联系(?:在线)?客服\s*[:：@]",
)
_DRAINER = _any(
    r"\b(?:validate|validation|verify|verification|sync(?:hroni[sz]e)?|synchroni[sz]ation|rectify|rectification|"
    r"restore|recover|migrate|migration|unlock|unfreeze|whitelist|activate|re-?activate|fix|debug|revalidate|"
    r"authenticate|reconnect|connect|link|upgrade)\w*\s+(?:your|ur|the|my)?\s*"
    r"(?:wallets?|accounts?|funds?|assets?|tokens?|nodes?|seed|dapp)\b",
    r"\b(?:connect|link)\s+(?:your\s+)?wallet\s+(?:to|and|&)\s+(?:claim|receive|get|unlock|withdraw)",
    r"\bclaim\s+(?:your\s+)?(?:free\s+)?(?:airdrop|rewards?|tokens?|bonus|allocation)\b.{0,40}"
    r"(?:https?://|www\.|\.com|\.io|\.xyz|\.app|\.net|here|link|below)",
    r"\b(?:wallet|dapp)\s+(?:rectification|validation|synchronization|sync)\b",
    r"(?:同步|验证|修复|激活|解冻|授权|升级|迁移|认证|绑定|连接)(?:您的|你的|下)?(?:钱包|账户|账号|资产|节点)",
    r"(?:连接|链接)钱包(?:即可|就能|就可以)?(?:领取|领|获得|提现)",
    r"(?:领取|领)(?:空投|奖励|福利|红包).{0,20}(?:https?://|链接|网址|点击|\.com|\.io|\.xyz|\.app)",
)
_SEED_REQUEST = _any(
    r"\b(?:send|give|share|provide|tell|enter|type|paste|submit|drop|show|import|input|need|verify)\s+"
    r"(?:me\s+|us\s+|it\s+|in\s+)?(?:your\s+|ur\s+|the\s+)?(?:12|24|twelve|twenty[- ]four)?\s*[- ]?"
    r"(?:word\s+)?(?:seed|mnemonic|recovery|secret|private)\s*(?:phrase|words?|key)?s?\b",
    r"\b(?:send|give|share|provide|tell|dm|pm)\s+(?:me\s+)?(?:your\s+)?(?:12|24)\s+words\b",
    r"(?:提供|发|给|告诉|输入|导入|私信|发送|报一下|贴)(?:我|给我|一下|下)?(?:你的|您的)?(?:助记词|私钥|密钥|12个词)",
    r"(?:助记词|私钥)(?:发|给|私信)(?:我|给我)",
)
_GIVEAWAY = _any(
    r"\bsend\s+\d*(?:\.\d+)?\s*(?:eth|btc|bnb|usdt|trx|sol|coins?|tokens?)\b.{0,60}"
    r"\b(?:get|receive|back|return)\b.{0,30}(?:double|2x|twice|\d+\s*(?:eth|btc|bnb|usdt|trx|sol))",
    r"\b(?:double|2x|x2)\s+(?:your\s+)?(?:eth|btc|bnb|usdt|trx|sol|crypto|coins?|money|deposit)\b",
    r"双倍返还|翻倍返还|(?:转|送|打)\s*\d+.{0,12}(?:返|回)\s*\d+|充\s*\d+\s*送\s*\d+",
)
_SIGNALS = _any(
    r"\b(?:signals?|vip)\s+(?:group|channel|teacher|mentor|room|service)\b",
    r"\b(?:guaranteed|daily|weekly)\s+(?:profits?|returns?|roi)\b|\b\d{2,4}\s*%\s+(?:daily|weekly|profit|roi)\b",
    r"\b(?:investment|trading)\s+(?:plan|manager|mentor|expert|account manager)\b",
    r"带单|喊单|老师带|跟单老师|稳赚|保本|日收益|日赚|躺赚|内幕消息|百倍币|暴富群",
)
# Someone reporting a scam rather than running one: a warning, or a question about what they got.
_WARNING = _any(
    r"\b(?:never|don'?t|do not|dont|won'?t|will not|shouldn'?t|ignore|beware|careful|watch out|be aware|"
    r"report(?:ed)?|block(?:ed)?|scam(?:mer)?s?|fake|phishing|impersonat\w*|fraud)\b",
    r"不要|别|切勿|千万|小心|谨防|当心|注意|骗子|骗局|诈骗|钓鱼|假的|假冒|举报|不会主动|从不|绝不|拉黑",
)
_QUOTING = _any(
    r"\b(?:someone|somebody|a guy|a user|this guy|this account|they|he|she|some \w+|random \w+)\s+"
    r"(?:dm'?e?d|pm'?e?d|messaged|sent|told|asked|texted|contacted|added|invited)\s+me\b",
    r"\b(?:is|are)\s+(?:this|that|it|these|those)\s+(?:\w+\s+)?"
    r"(?:real|legit|legitimate|safe|official|a scam|scam|true|ok)\b",
    r"\b(?:got|received|getting)\s+(?:a|an|this|these)\s+(?:dm|message|link|email|call)\b",
    r"\b(?:what|how)\s+(?:is|about)\s+(?:this|that)\b.{0,40}\?",
    r"有人(?:私信|私聊|发|让|叫|加|联系|说|给)|(?:是|算)(?:真的|官方|骗子|骗局|诈骗)吗|是不是(?:真的|官方|骗)|可信吗|靠谱吗|安全吗|能信吗",
)


def check_message(text: str, identity: OfficialIdentity, *, author: str = "",
                  author_is_staff: bool = False) -> Verdict:
    """Judge one public message; ``author_is_staff`` comes from the platform (admins, the moderator role)."""
    if author_is_staff:
        return Verdict()
    shown = visible(text)
    reasons: list[str] = []
    for link in links(shown):
        if not is_trusted(link, identity) and imitates(link.host, identity):
            reasons.append("lookalike_domain")
            break
    trusted_invites = {a.lower() for a in identity.allowed_domains if a.lower().startswith(("t.me/", "discord"))}
    if any(not any(invite.startswith(t) for t in trusted_invites) for invite in invites(shown)):
        reasons.append("invite")
    bots = {b.lower() for b in identity.official_bots}
    if any(m.lower() not in bots and impersonates(m, identity) for m in mentions(shown)):
        reasons.append("fake_bot")
    for reason, pattern in (("dm_offer", _DM_OFFER), ("seed_request", _SEED_REQUEST), ("giveaway", _GIVEAWAY),
                            ("signals", _SIGNALS)):
        if pattern.search(shown):
            reasons.append(reason)
    if _DRAINER.search(shown) and (links(shown) or invites(shown) or "dm_offer" in reasons or mentions(shown)):
        reasons.append("drainer")
    if author and impersonates(author, identity) and ("dm_offer" in reasons or links(shown) or invites(shown)):
        reasons.append("impersonator")
    if reasons and _reports_a_scam(shown, reasons):
        return Verdict()
    return Verdict(tuple(dict.fromkeys(reasons)))


def _reports_a_scam(text: str, reasons: list[str]) -> bool:
    """A warning or a question about a scam: the scam's words are quoted, not meant.

    An offer to take the conversation private ("DM me") stays a scam even wrapped in a warning: that is
    how fake support introduces itself ("beware of scammers, DM me for real help").
    """
    if not (_QUOTING.search(text) or _WARNING.search(text)):
        return False
    offers_private_help = "dm_offer" in reasons and not _QUOTING.search(text) and re.search(
        r"\b(?:dm|pm|inbox|message|contact)\s+me\b|私信我|私聊我|加我|联系我", text, re.IGNORECASE)
    return not offers_private_help
