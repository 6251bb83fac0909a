"""Someone reporting a scam rather than running one: a warning, or a question about what they got.

A warning ("never share your seed", "X is not ours, it's a drainer", "带单老师都是割韭菜的") and a
question ("someone sent me this, is it real?", "这是官方的吗？") quote a scam's words without meaning
them. Reassurance is not a warning: "don't worry, it runs locally" and "别慌" soothe a victim, so they
are taken out before the warning words are looked for.
"""

from __future__ import annotations

import re

from core.guard.phrases import EN_NOT_REFUSED, ZH_ASKS_FOR_A_DM, any_of

# Reporting or banning a handle names it as the scam ("I reported @x", "mods pls ban @x", "已 report 那个 @x");
# "report your issue to @x" sends people to it instead.
_REPORTS_A_HANDLE = (r"\b(?:reported|report(?:ing)?|ban(?:ned)?|block(?:ed)?)\s+(?:that\s+|this\s+|the\s+)?@\w+|"
                     r"(?:report|举报|拉黑)\s*了?\s*(?:那个|这个)?\s*@\w+|"
                     # "a bot called @x is DMing people", "@x 一直在私信大家": what the handle does, told
                     r"@\w+\s+(?:is|are|has\s+been|keeps|was)\s+(?:\w+\s+)?(?:dm|pm|messag|spam|contact|impersonat|scam)\w*|"
                     r"@\w+\s*(?:在|一直|到处|还在)(?:私信|私聊|骚扰|冒充|加人)")
WARNING = any_of(
    r"\bno\s+(?:legit|real|official|genuine)\b|\bnobody\s+(?:legit|official)\b|"
    # ("anti-fraud system", "anti-phishing code": a scam's own words)
    r"(?<!anti-)(?<!anti)\b(?:never|don'?t|do not|dont|won'?t|will not|shouldn'?t|ignore|beware|careful|"
    r"watch out|be aware|"
    r"report(?:ed)?|block(?:ed)?|scam(?:mer)?s?|fake|phishing|impersonat\w*|fraud|drainer|psa|heads\s+up|"
    r"lying|liars?)\b",
    r"\b(?:is|are|it'?s)\s+not\s+(?:ours|us|official|legit|real|affiliated)\b|\bnot\s+(?:ours|affiliated)\b",
    r"\banyone\s+(?:who\s+)?(?:promis|claim|offer|ask|tell|say|DM|messag)\w*",
    _REPORTS_A_HANDLE,
    r"\bmods?\b[\s,]*(?:pls|please|plz)?\s*(?:ban|kick|remove|delete)\b",
    # "不要" but not "要不要" (want it?); "别" (don't) but not 别人/特别/区别/识别... (others, special, tell apart)
    r"(?<!要)不要|(?<![特区分告级类识辨性个派])别(?![人的处家])|切勿|请勿|千万|小心|谨防|当心|骗子|骗局|诈骗|钓鱼|假的|假冒|"
    r"举报|不会主动|从不|绝不|拉黑|割韭菜|上当|投毒|(?:我|我们|之前|以前|刚才?|也|朋友|家人|他|她)[^，。！？,.!?]{0,4}被[^，。！？,.!?]{0,24}骗|(?:永远|从来|绝对)?不会(?:私信|私聊|问你|向你|找你|要你|索要|要求)",
)
# Soothing or hurrying words that share a warning's vocabulary: a scam says them to its victim.
_REASSURANCE = any_of(
    r"\b(?:don'?t|do\s+not|dont|no\s+need\s+to|never)\s+(?:worry|panic|stress|be\s+(?:afraid|scared|worried))\b|"
    r"\bno\s+worries\b|\b(?:don'?t|do\s+not|dont)\s+(?:miss|wait|hesitate)\b",
    r"(?:别|不要|不用|无需)\s*(?:慌|担心|着急|急|害怕|怕|错过|犹豫)|放心",
)
QUOTING = any_of(
    r"\b(?:legit|legitimate|real|official|genuine|safe|trustworthy)\s*\?",
    r"\b(?:is|was)\s+(?:that|this|it)\s+(?:you|u)\b|\bnot\s+(?:you|u)(?:\s+guys)?\b.{0,20}\?",
    r"\b(?:is|are)\s+\S+\s+(?:legit|real|official|safe|a scam|an official)\b[^.!。！]*[?？]",
    r"\b(?:someone|somebody|a guy|a user|this guy|this account|they|he|she|some \w+|random \w+)\s+"
    r"(?:dm'?e?d|pm'?e?d|messaged|sent|told|asked|texted|contacted|added|invited|replied\s+to|wrote\s+to)\s+"
    r"(?:it\s+|this\s+|that\s+|them\s+)?(?:to\s+)?me\b",
    r"\b(?:is|are)\s+(?:this|that|it|these|those)\s+(?:\w+\s+)?"
    r"(?:real|legit|legitimate|safe|official|a scam|scam|true|ok)\b",
    r"\b(?:got|received|getting)\s+(?:a|an|this|these)\s+(?:dm|message|link|email|call)\b",
    r"\b(?:what|how)\s+(?:is|about)\s+(?:this|that)\b.{0,40}\?",
    r"\b(?:told|asked|sent|invited)\s+me\s+to\b.{0,80}\?",
    # Asking whether to go along with it, or whether two things are one: the asker was not the sender.
    r"\bshould\s+i\s+(?:trust|believe|click|open|use|connect|sign|approve|reply|answer|send|scan|pay|join)\b[^.!]*\?",
    r"\bthe\s+same\s+(?:thing|site|one|domain|bot|group|as)\b[^.!]*\?",
    r"(?:能|可以|敢)(?:点|用|信|连|连接|授权|领)吗|(?:收到|看到)(?:一个|一条|个|条)?.{0,30}(?:吗|？|\?)",
    r"有(?:个)?人.{0,6}(?:私信|私聊|dm|pm|发|让|叫|加|拉|联系|说|给)|是不是(?:真的|官方|骗)|可信吗|靠谱吗|安全吗|能信吗",
    r"有(?:个|一个|位)[^，,。！？!?\s]{0,8}?(?:私信|私聊|加|联系|找|让|叫|发)了?我",  # "有个客服加我微信…"
    r"(?:是|算)\s*(?:真的|官方|正规|骗子|骗局|诈骗|假的|钓鱼|official|legit|real)\s*.{0,4}?(?:吗|吧|么|嘛)|(?:phishing|scam|骗局|诈骗|钓鱼)\s*吧\s*[?？]",
    r"有个(?:叫|自称|号称|名字叫)",
    # "someone in DMs says ..." (not "some users said it works", a scam's testimonial)
    r"\b(?:someone|somebody|a\s+guy)\s+(?:in\s+(?:my\s+)?dms?\s+)?(?:says?|said|told\s+me|claims?)\b",
    # approached first: "this bot wrote me first", "这个号主动私信我"
    r"\b(?:wrote|messaged|texted|dm'?e?d|pm'?e?d|contacted|approached|added)\s+me\s+first\b|主动(?:找|私信|私聊|联系|加)(?:了)?我",
    r"(?:刚|刚刚)?收到(?:了)?(?:一条|一个|个|条|封)?(?:消息|私信|短信|邮件|信息)\s*[:：]",  # then the message quoted
)
# The text says a link is the official one: a warning around it does not excuse it.
_CLAIMS_OFFICIAL = any_of(r"(?<!not )(?<!non-)(?<!un)\b(?:official|real\s+support|the\s+real|"
                          r"new\s+(?:site|domain|group|bot)|genuine|only\s+(?:legit|real|true))\b",
                          r"(?<!不是)(?<!非)官方|官网|新域名|新地址|新群|正版|真正的|唯一")
_CALLED_A_SCAM = any_of(r"\b(?:scam(?:mer)?s?|fake|phishing|impersonat\w*|fraud\w*|drain(?:er|ed)?|pretend\w*|"
                        r"posing|not\s+(?:ours|official|affiliated|legit))\b",
                        _REPORTS_A_HANDLE,
                        r"骗子|骗局|诈骗|钓鱼|假的|假冒|冒充|假扮|割韭菜|被盗|被骗|被坑|被\s*drain|不是(?:官方|我们)|非官方")
PRIVATE_OFFER = any_of(rf"{EN_NOT_REFUSED}\b(?:dm|pm|inbox|message|contact)\s+me\b",
                       rf"{ZH_ASKS_FOR_A_DM}|加我(?:微信|v|好友)|私我")
# Sending readers somewhere: "X is not official any more, use Y" disowns X to sell Y.
_DIRECTS = any_of(r"\b(?:use|go\s+to|visit|download|switch\s+to|move\s+to|migrate\s+to|head\s+to)\b",
                  r"请用|请前往|前往|下载|改用|换成|请到|去这里")
# What a warning quotes ("凡是说'私信我帮你处理'的都是骗子") is the scam's words, not the writer's.
_QUOTED = re.compile(r"(?<![A-Za-z])'[^']{2,80}'(?![A-Za-z])|\"[^\"]{2,80}\"|“[^”]{2,80}”|「[^」]{2,80}」|‘[^’]{2,80}’")
# Someone else's message received and passed on ("someone DMed me", "got a DM", "有人私信我", "收到一条私信"):
# what follows is theirs, whoever it claims to be.
RECEIVED = any_of(
    r"\b(?:someone|somebody|a\s+guy|a\s+user|this\s+(?:guy|account|bot)|some\s+\w+|random\s+\w+)\s+"
    r"(?:dm'?e?d|pm'?e?d|messaged|sent|texted|contacted|wrote(?:\s+to)?)\s+me\b",
    r"\b(?:got|received|getting)\s+(?:a|an|this|these)\s+(?:dm|pm|message|text|email)\b",
    r"有(?:个)?人.{0,6}(?:私信|私聊|dm|pm|发|加|联系)(?:了)?我|收到(?:了)?(?:一条|一个|个|条|封)?(?:消息|私信|短信|邮件|信息)",
)


def unquoted(text: str) -> str:
    """``text`` without what it quotes."""
    return _QUOTED.sub(" ", text)


# Reasons found in the words alone: a warning that only talks about them is talking, not doing.
TEXT_ONLY = frozenset({"seed_request", "dm_offer", "drainer", "giveaway", "job_offer", "signals",
                       "otc_offer", "investment_lure", "poisoning_advice", "resembles_scam"})
# (Not a shill: "今晚统一拉盘 不要卖" says "don't" to hold the price; a warning about one calls it a scam.)


def reports_a_scam(text: str, reasons: list[str], *, vouched_is_official: bool, pitched: bool) -> bool:
    """A warning or a question about a scam: the scam's words are quoted, not meant.

    A question about what one received ("is this real?", "someone DMed me ...") excuses anything quoted.
    A warning ("never share your seed", "官方不会私信") excuses what it only talks about, not a link it
    hands out unless it calls it a scam; and an offer to take the conversation private ("DM me") stays a
    scam even wrapped in a warning: that is how fake support introduces itself. ``pitched`` is a named
    person sold as the one who got funds back: "lost funds to a scam? @x got mine back" is the pitch.
    ``vouched_is_official``: every link or bot the message names as good is a trusted one.
    """
    if QUOTING.search(text):
        return True
    calm = _REASSURANCE.sub(" ", text)
    if not WARNING.search(calm) or PRIVATE_OFFER.search(_QUOTED.sub(" ", text)) or pitched:
        return False
    # "The official site is X, the rest is fake" vouches for X; a warning that vouches only for a trusted
    # link ("official site is tokenpocket.pro only, tokenpocket-support.com is phishing") warns.
    vouches = (_CLAIMS_OFFICIAL.search(text) or _DIRECTS.search(text)) and not vouched_is_official
    return set(reasons) <= TEXT_ONLY | {"recovery_offer"} or (bool(_CALLED_A_SCAM.search(text)) and not vouches)
