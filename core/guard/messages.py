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

from core.guard.domains import (
    SHORTENERS,
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


_SECRET = (r"(?:seed(?:\s*phrase)?|recovery\s+phrase|secret\s+phrase|private\s*key|mnemonic|"
           r"(?:12|24|twelve)[\s/-]*(?:or\s+24\s+)?words?|(?:ur|your)\s+phrase|助记词|私钥|密钥|"
           r"(?:12|24|十二)\s*个\s*(?:英文)?(?:单)?词)")
_DM_OFFER = _any(
    r"\b(?:dm|pm|inbox|message|msg|text|contact|ping|add|write to|reach(?: out to)?|hit)\s+me\b",
    r"\b(?:dm|pm|inbox|message|contact|text|add|ping)\s+(?:our|the|my)?\s*"
    r"(?:support|admin|agent|team|customer (?:service|care)|help ?desk|manager|moderator|mod)s?\b"
    r"(?:\s+(?:at|on|via|@|here|:))",
    r"\b(?:contact|reach|message|write to|email)\s+(?:the\s+)?(?:official\s+)?"
    r"(?:support|help ?desk|customer (?:service|care)|admin)s?\s+(?:at|on|via|@|:)",
    r"\b(?:whatsapp|wechat|wa|telegram|tg|signal)\s*(?:me|:|：|\+?\d{6,})",
    r"\bcheck\s+(?:your\s+|ur\s+|you\s+)?(?:dms?|inbox|pms?)\b|\b(?:dm|pm)\s*我",
    r"\b(?:i|we)(?:'ve| have)?\s+(?:sent|dm'?e?d|pm'?e?d|messaged|inboxed)\s+(?:you|u)\b",
    r"\b(?:reach out to|contact|message|ask|dm|pm)\s+@\w+",
    r"我.{0,4}(?:私信|私聊)(?:你|您)|(?:^|[，,。\s])已(?:私信|私聊)(?:你|您)|私聊\s*me|私\s*(?:我|聊)|加\s*[vV威薇]|[vV]\s*[:：]\s*\w{4,}|(?:飞机|电报|tg)\s*联系|联系\s*@|感兴趣私",
    r"私信我|私聊我|私我|联系我|找我|滴滴我|戳我|加(?:我)?\s*(?:微信|薇信|v信|vx|飞机|电报|tg|qq|好友|line|whatsapp|wa)|"
    r"(?:微信|vx|v信|薇|飞机|电报|tg|qq)\s*(?:号)?\s*[:：]?\s*[a-z0-9_@]{4,}|联系(?:在线)?客服\s*[:：@]",
)
# Lures that need no link to be one: people are told to connect to be paid, or their wallet "needs fixing".
_LURE = _any(
    r"\b(?:connect|link)\s+(?:your\s+|ur\s+|the\s+)?wallets?\b.{0,30}\b(?:claim|receive|get|earn|unlock|withdraw)\b",
    r"\b(?:wallet|dapp|node)\s+(?:rectification|validation|synchroni[sz]ation|revalidation)\b",
    r"(?:连接|链接|connect)\s*(?:wallet|钱包).{0,12}(?:领取|领|获得|提现|claim)",
    r"(?:钱包|账户|账号|资产)(?:验证|同步|修复|授权|迁移|激活|认证).{0,20}(?:否则|不然|冻结|停用|私信|链接)",
)
_DRAINER_VERB = _any(r"\b(?:rectify|validate|synchroni[sz]e|revalidate|whitelist)\b",
                     r"同步|修复|验证|授权|迁移|激活|解冻")
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
    rf"\b(?:send|give|share|provide|tell|enter|type|paste|submit|drop|show|fill|dm|pm)\b[^.?!。？！\n]{{0,25}}"
    rf"\b(?:your|ur|yr)\b[^.?!。？！\n]{{0,12}}{_SECRET}",
    rf"(?:your|ur|你的|您的)?\s*{_SECRET}.{{0,12}}(?:发我|给我|私信我|私信给我|发给我|发一下|send (?:it )?to me|dm me)",
    rf"(?:需要|要|提供|发|给|输入|填写)(?:一下)?(?:你的|您的)\s*{_SECRET}",
    r"\b(?:first|last)\s+\d+\s+words\s+of\s+(?:ur|your)\s+(?:seed|phrase|mnemonic)",
    rf"{_SECRET}\s*\)?\s*(?:in|into|on)\s+(?:the|this|our)\s+(?:bot|form|site|page|link)",
    r"\b(?:type|enter|paste)\s+(?:your|ur)\s+(?:12|24)\s+words",
    r"\b(?:send|give|share|provide|tell|show)\s+"
    r"(?:me\s+|us\s+)(?:your\s+|ur\s+|the\s+)?(?:12|24|twelve|twenty[- ]four)?\s*[- ]?"
    r"(?:word\s+)?(?:seed|mnemonic|recovery|secret|private)\s*(?:phrase|words?|key)?s?\b",
    r"\b(?:send|give|share|provide|tell|dm|pm)\s+(?:me\s+)?(?:your\s+)?(?:12|24)\s+words\b",
    r"(?:提供|发|给|告诉|输入|导入|私信|发送|报一下|贴)(?:我|给我|一下|下)?(?:你的|您的)?(?:助记词|私钥|密钥|12个词)",
    r"(?:助记词|私钥)(?:发|给|私信)(?:我|给我)",
)
_GIVEAWAY = _any(
    r"\bsend\s+[\d.]+(?:\s*-\s*[\d.]+)?\s*\w*\s+(?:and\s+)?(?:get|receive|got)\s+[\d.]+",
    r"\b(?:returned|receive|get|got|sent)\s+(?:it\s+)?(?:2x|x2|double|twice)\b|\b(?:2x|x2|double)\s+back\b",
    r"\bsent\s+[\d.]+\s*\w*\s+and\s+got\s+[\d.]+",
    r"(?:转|送|打|充值?|存|send)\s*[\d.]+\s*(?:个)?\s*[a-zA-Z]*.{0,25}(?:返|收到|回)\s*[\d.]+",
    r"\bsend\s+\d*(?:\.\d+)?\s*(?:eth|btc|bnb|usdt|trx|sol|coins?|tokens?)\b.{0,60}"
    r"\b(?:get|receive|back|return)\b.{0,30}(?:double|2x|twice|\d+\s*(?:eth|btc|bnb|usdt|trx|sol))",
    r"\b(?:double|2x|x2)\s+(?:your\s+)?(?:eth|btc|bnb|usdt|trx|sol|crypto|coins?|money|deposit)\b",
    r"双倍返还|翻倍返还|(?:转|送|打)\s*\d+.{0,12}(?:返|回)\s*\d+|充\s*\d+\s*送\s*\d+",
)
_SIGNALS = _any(
    r"\b(?:copy\s+trading|signals?)\b.{0,60}(?:\d+\s*%|profit|win\s*rate|free|join|dm)",
    r"\b(?:prof\.?|professor|mentor|coach|expert|teacher)\s+\w+'?s?\s+(?:signals?|strategy|group|help)",
    r"胜率\s*\d+|学员群|起投|月收益|周收益|年化\s*\d+|\d+\s*%\s*(?:收益|回报)|跟单|量化.{0,10}收益",
    r"\b(?:signals?|vip)\s+(?:group|channel|teacher|mentor|room|service)\b",
    r"\b(?:guaranteed|daily|weekly)\s+(?:profits?|returns?|roi)\b|\b\d{2,4}\s*%\s+(?:daily|weekly|profit|roi)\b",
    r"\b(?:investment|trading)\s+(?:plan|manager|mentor|expert|account manager)\b",
    r"带单|喊单|老师带|跟单老师|稳赚|保本|日收益|日赚|躺赚|内幕消息|百倍币|暴富群",
)
# What a link is offered for: an unknown site offered for these is a drainer or a fake claim page.
_LINK_BAIT = _any(
    r"\b(?:claim|redeem|mint|connect|approve|sign|verify|validate|sync|migrate|rectify|restore|recover|fix|"
    r"unlock|authorize|revoke|reward|rewards|airdrop|refund|bonus|giveaway|exchange|swap\s+to|convert|"
    r"login|log\s+in|activate|whitelist|free)\w*\b",
    r"领取|领|兑换|空投|奖励|福利|授权|签名|迁移|验证|修复|同步|解冻|激活|退还|返还|活动|免费|点进去|操作|按提示",
    _SECRET,  # a site that wants the seed phrase is a drainer, whatever it promises
)
# Someone reporting a scam rather than running one: a warning, or a question about what they got.
_WARNING = _any(
    r"\bno\s+(?:legit|real|official|genuine)\b|\bnobody\s+(?:legit|official)\b|"
    r"\b(?:never|don'?t|do not|dont|won'?t|will not|shouldn'?t|ignore|beware|careful|watch out|be aware|"
    r"report(?:ed)?|block(?:ed)?|scam(?:mer)?s?|fake|phishing|impersonat\w*|fraud)\b",
    r"不要|别|切勿|千万|小心|谨防|当心|骗子|骗局|诈骗|钓鱼|假的|假冒|举报|不会主动|从不|绝不|拉黑",
)
_QUOTING = _any(
    r"\b(?:legit|legitimate|real|official|genuine|safe|trustworthy)\s*\?",
    r"\b(?:is|was)\s+(?:that|this|it)\s+(?:you|u)\b|\bnot\s+(?:you|u)(?:\s+guys)?\b.{0,20}\?",
    r"\b(?:is|are)\s+\S+\s+(?:legit|real|official|safe|a scam|an official)\b[^.!。！]*[?？]",
    r"\b(?:someone|somebody|a guy|a user|this guy|this account|they|he|she|some \w+|random \w+)\s+"
    r"(?:dm'?e?d|pm'?e?d|messaged|sent|told|asked|texted|contacted|added|invited)\s+me\b",
    r"\b(?:is|are)\s+(?:this|that|it|these|those)\s+(?:\w+\s+)?"
    r"(?:real|legit|legitimate|safe|official|a scam|scam|true|ok)\b",
    r"\b(?:got|received|getting)\s+(?:a|an|this|these)\s+(?:dm|message|link|email|call)\b",
    r"\b(?:what|how)\s+(?:is|about)\s+(?:this|that)\b.{0,40}\?",
    r"\b(?:told|asked|sent|invited)\s+me\s+to\b.{0,80}\?",
    r"(?:能|可以|敢)(?:点|用|信|连|连接|授权|领)吗|(?:收到|看到)(?:一个|一条|个|条)?.{0,30}(?:吗|？|\?)",
    r"有人.{0,6}(?:私信|私聊|发|让|叫|加|联系|说|给)|(?:是|算)(?:真的|官方|骗子|骗局|诈骗|假的)(?:吗|吧)|是不是(?:真的|官方|骗)|可信吗|靠谱吗|安全吗|能信吗",
)


def check_message(text: str, identity: OfficialIdentity, *, author: str = "",
                  author_is_staff: bool = False) -> Verdict:
    """Judge one public message; ``author_is_staff`` comes from the platform (admins, the moderator role)."""
    if author_is_staff:
        return Verdict()
    shown = visible(text)
    words = without_links(shown)  # phrases are read outside links: a hash or a path is no sentence
    found, invited, mentioned = links(shown), invites(shown), mentions(shown)
    unknown = [link for link in found if not is_trusted(link, identity)]
    reasons: list[str] = []
    if any(imitates(link.host, identity) for link in unknown):
        reasons.append("lookalike_domain")
    elif any(registered(link.host) in SHORTENERS for link in unknown) or (unknown and _LINK_BAIT.search(words)):
        reasons.append("phishing_link")
    if any(not invite_is_trusted(invite, identity) for invite in invited):
        reasons.append("invite")
    bots = {b.lower() for b in identity.official_bots}
    if any(m.lower() not in bots and impersonates(m, identity) for m in mentioned):
        reasons.append("fake_bot")
    for reason, pattern in (("dm_offer", _DM_OFFER), ("seed_request", _SEED_REQUEST), ("giveaway", _GIVEAWAY),
                            ("signals", _SIGNALS)):
        if pattern.search(words):
            reasons.append(reason)
    contact = found or invited or "dm_offer" in reasons or mentioned or _LINK_PROMISE.search(words)
    if _LURE.search(words) or (contact and (_DRAINER.search(words) or (
            _DRAINER_VERB.search(words) and _LINK_PROMISE.search(words)))):
        reasons.append("drainer")
    if mentioned and _RECOVERY.search(words) and not any(m.lower() in bots for m in mentioned):
        reasons.append("recovery_offer")
    if author and impersonates(author, identity) and ("dm_offer" in reasons or unknown or invited):
        reasons.append("impersonator")
    if reasons and _reports_a_scam(words, reasons, trusted_link=len(unknown) < len(found)):
        return Verdict()
    return Verdict(tuple(dict.fromkeys(reasons)))


# "I'll send you the link", "there's a dapp for it": the link comes privately.
_LINK_PROMISE = _any(r"\b(?:send|dm|pm|give)\s+(?:you|u)\s+(?:the\s+|a\s+)?(?:link|site|dapp)|there'?s\s+a\s+dapp",
                     r"(?:发|私信|给)你(?:个)?链接|链接私信|私信获取|用\s*dapp")
_PRIVATE_OFFER = re.compile(r"\b(?:dm|pm|inbox|message|contact)\s+me\b|私信我|私聊我|加我(?:微信|v|好友)|联系我",
                            re.IGNORECASE)
# Someone else who "got my funds back": recovery "experts" are the second robbery.
_RECOVERY = _any(r"\b(?:recover(?:ed|y)?|got\s+(?:\w+\s+){0,3}back|hack(?:er|ed)?\s+(?:back|recovery))\b",
                 r"找回|追回|挽回|帮我\s*recover|恢复了")
# The text says a link is the official one: a warning around it does not excuse it.
_CLAIMS_OFFICIAL = _any(r"\b(?:official|real\s+support|the\s+real|new\s+(?:site|domain|group|bot))\b",
                        r"官方|官网|新域名|新地址|新群")
_CALLED_A_SCAM = _any(r"\b(?:scam(?:mer)?s?|fake|phishing|impersonat\w*|fraud\w*|drainer)\b",
                      r"骗子|骗局|诈骗|钓鱼|假的|假冒")
_TEXT_ONLY = frozenset({"seed_request", "dm_offer", "drainer", "giveaway", "signals"})


def _reports_a_scam(text: str, reasons: list[str], *, trusted_link: bool) -> bool:
    """A warning or a question about a scam: the scam's words are quoted, not meant.

    A question about what one received ("is this real?", "someone DMed me ...") excuses anything quoted.
    A warning ("never share your seed", "官方不会私信") excuses what it only talks about, not a link it
    hands out unless it calls it a scam; and an offer to take the conversation private ("DM me") stays a
    scam even wrapped in a warning: that is how fake support introduces itself.
    """
    if _QUOTING.search(text):
        return True
    if not _WARNING.search(text) or _PRIVATE_OFFER.search(text) or "recovery_offer" in reasons:
        return False  # "lost funds to a scam? my friend @x got mine back" is the pitch, not a warning
    # "The official site is X, the rest is fake" vouches for X; a warning that vouches only for a trusted
    # link ("official site is tokenpocket.pro only, tokenpocket-support.com is phishing") warns.
    vouches = _CLAIMS_OFFICIAL.search(text) and not trusted_link
    return set(reasons) <= _TEXT_ONLY or (bool(_CALLED_A_SCAM.search(text)) and not vouches)
