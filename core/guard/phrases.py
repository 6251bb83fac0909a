"""What scam messages say to get at a wallet: take it private, hand over the secret, connect and sign.

Patterns are read on text already made readable (``core.guard.normalize``: spaces closed up, pinyin as
Chinese, links refanged) with links blanked, so each list is written once, in plain words. They are
word-level on purpose: a scam is recognised by what it asks someone to do, not by its exact sentence.
"""

from __future__ import annotations

import re


def any_of(*patterns: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One pattern matching any of ``patterns``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


# The secret that empties a wallet, however it is named: the phrase, its words, the key, the page it is on.
SECRET = (r"(?:seed(?:\s*phrase)?|recovery\s+phrase|secret\s+phrase|private\s*key|mnemonic|"
          r"(?:12|24|twelve)[\s/-]*(?:or\s+24\s+)?words?|(?:ur|your)\s+phrase|助记词|私钥|密钥|"
          r"(?:backup|recovery|seed)\s+(?:phrase|words|page|screen|sheet|card)|"
          r"(?:12|24|十二)\s*个\s*(?:英文)?(?:单)?词)")
_SENTENCE = r"[^.?!。？！\n]"  # a stretch of text that does not leave the sentence

# "私信我" (DM me) asked for, not told of: "他一直私信我" (he keeps DMing me) and "私信我的那个客服" (the
# "support" who DMed me) report someone else's DMs.
ZH_ASKS_FOR_A_DM = (r"(?<!一直)(?<!总是)(?<!老是)(?<!经常)(?<!天天)(?<!刚才)(?<![又还都他她人刚])"
                    r"(?<![别勿])(?<!不要)(?<!不用)(?:私信|私聊|联系|找)我(?![的了过])")  # not "别找我" (don't)
# "DM me" asked for, not refused: "don't DM me", "never message me".
EN_NOT_REFUSED = r"(?<!n't )(?<!not )(?<!dont )(?<!never )"
DM_OFFER = any_of(
    rf"{EN_NOT_REFUSED}\b(?:dm|pm|inbox|message|msg|text|contact|ping|add|write to|reach(?: out to)?|hit)\s+me\b",
    r"\b(?:dm|pm|inbox|message|contact|text|add|ping)\s+(?:our|the|my)?\s*"
    r"(?:support|admin|agent|team|customer (?:service|care)|help ?desk|manager|moderator|mod)s?\b"
    r"(?:\s+(?:at|on|via|@|here|:))",
    r"\b(?:contact|reach|message|write to|email)\s+(?:the\s+)?(?:official\s+)?"
    r"(?:support|help ?desk|customer (?:service|care)|admin)s?\s+(?:at|on|via|@|:)",
    r"\b(?:whatsapp|wechat|wa|telegram|t\s?g|signal)\s*(?:me|:|：|\+?\d{6,})",
    # a phone number offered as a desk: "WhatsApp support +44 7700 900 123"
    r"\b(?:whatsapp|wechat|telegram|signal|line)\s*(?:客服|support|help|service|contact|number)?(?:\s+\w+){0,2}?"
    r"\s*[:：]?\s*\+?\d[\d\s-]{6,}\d",
    # "dm'd you, check your (message) requests", "reply to me privately"
    r"^\W*(?:dm'?e?d|pm'?e?d|messaged|inboxed)\s+(?:you|u)\b|\bcheck\s+(?:your\s+|ur\s+)?(?:message\s+|dm\s+)?requests\b",
    r"\breply\s+(?:to\s+)?me\s+(?:privately|in\s+(?:dm|private|pm))\b",
    # a QQ / WeChat "support group" by number
    r"(?:qq|微信|wechat|telegram|电报|飞机)\s*(?:官方)?\s*(?:客服)?\s*群\s*(?:号)?\s*[:：]?\s*\d{5,}",
    rf"{EN_NOT_REFUSED}\bhmu\b",  # "hit me up"
    r"\b(?:send|drop|shoot)\s+(?:me\s+|us\s+)?an?\s+(?:dm|pm|direct\s+message|private\s+message)\b(?!\s+to\b)",
    r"(?<![别勿])(?<!不要)(?:请|麻烦)?(?:查看|看|查收|回复|回)(?:一下|下)?(?:你的|您的)?私信",
    r"\bcheck\s+(?:your\s+|ur\s+|you\s+)?(?:dms?|inbox|pms?)\b|\b(?:dm|pm)\s*我",
    r"\b(?:i|we)(?:'ve| have)?\s+(?:just\s+)?(?:sent|dm'?e?d|pm'?e?d|messaged|inboxed)\s+(?:you|u)\b",
    r"\b(?:reach out to|contact|message|ask|dm|pm)\s+@\w+",
    # The conversation moved private by other means: a friend request, "reply to my DM".
    r"\b(?:sent|send|sending)\s+(?:you|u)\s+an?\s+(?:friend|contact|chat|message)\s+request\b",
    r"\baccept\s+(?:my|the|our)\s+(?:friend\s+|chat\s+|message\s+|contact\s+)?request\b",
    r"\b(?:reply|respond|answer)\s+(?:to\s+)?(?:my|our)\s+(?:dm|pm|message|inbox)s?\b",
    r"我.{0,4}(?:私信|私聊)(?:你|您)|(?:^|[，,。\s])已经?(?:私信|私聊)(?:你|您)(?!了?(?:吗|没|么))|私聊\s*me|私\s*(?:我|聊)|加\s*[vV威薇]|"
    r"[vV]\s*[:：]\s*\w{4,}|(?:飞机|电报|tg)\s*联系|联系\s*@|感兴趣私|(?:飞机|电报|tg|telegram)\s*(?:上)?搜",
    rf"{ZH_ASKS_FOR_A_DM}|私我|滴滴我|戳我|加(?:我)?\s*(?:微信|薇信|v信|vx|飞机|电报|tg|qq|好友|line|whatsapp|wa)|"
    r"(?:微信|vx|v信|薇|飞机|电报|tg|qq)\s*(?:号)?\s*[:：]?\s*[a-z0-9_@]{4,}|联系(?:在线)?客服\s*[:：@]",
)
# "... of a small NFT server", "... at my company": a role somewhere else.
_ELSEWHERE = r"(?!\s+(?i:of|for|in|at|on)\s+(?i:an?|my|our|another|some|other|this\s+other)\b)"
# Someone who is not staff saying they are ("I'm on the support team", "我是官方客服"). A brand name
# may sit before the role ("I'm from NovaVault support"): capitalised, so "I'm contacting support" is not.
SELF_CLAIM = any_of(
    r"\b(?i:i'?m|i\s+am|we'?re|we\s+are|this\s+is)\s+(?!(?i:not|no|just|also)\b)"
    r"(?:(?i:an?\s+|the\s+|on\s+the\s+|from\s+(?:the\s+)?|with\s+(?:the\s+)?|part\s+of\s+(?:the\s+)?)"
    r"(?i:official\s+)?(?:[A-Z][\w]+\s+)?|(?i:official\s+)|[A-Z][\w]+\s+)"
    r"(?i:support|help\s?desk|admin|administrator|moderator|customer\s+(?:service|care|support))\b" + _ELSEWHERE,
    r"\b(?i:i|we)\s+(?i:work|am\s+working)\s+(?i:with|for|at|on|in)\s+(?i:the\s+)?(?:[A-Z][\w]+\s+)?"
    r"(?i:dev|development|support|admin|core|official)\s+(?i:team)\b" + _ELSEWHERE,
    r"我(?:就)?是(?:这里的?|本群的?|群里的?)?(?:[A-Za-z]{1,12}\s*(?:钱包)?)?"
    r"(?:官方|客服|管理员|管理|技术支持|技术(?!小白|菜|渣|盲|外行|不)|工作人员|售后|项目方)",
    flags=0,
)
# Why a "staff member" writes from an account nobody knows: how fake staff explain the unverified name.
ALT_ACCOUNT = any_of(
    r"\b(?:this\s+is|i'?m\s+(?:on|using)|(?:writing|messaging)\s+(?:you\s+)?from)\s+my\s+"
    r"(?:backup|second|alt|new|other|spare|personal|private)\s+(?:account|acc|profile)\b",
    r"\bmy\s+(?:main|usual|official|work)\s+(?:account|acc|one)\s+(?:got|was|is|has\s+been)\s+"
    r"(?:limited|restricted|banned|locked|suspended|frozen|flagged)",
    r"(?:主号|大号|原号|原账号|工作号|官方号)(?:被)?(?:限制|封|冻结|限流|风控)|这是我的(?:小号|备用号|新号|私人号|个人号)",
)
# The claim is taken to someone ("your case", "你的钱包"): a member describing their own job talks to no one.
ADDRESSED = any_of(r"\b(?:you|your|ur|u)\b", r"你|您")
# Connecting, or signing and approving what a wallet pops up; and the money that is to come of it.
_SIGN = (r"\b(?:connect\s+(?:your\s+|ur\s+|the\s+)?wallet|(?:approve|sign|confirm|authori[sz]e)\s+"
         r"(?:the\s+|this\s+|that\s+|a\s+)?(?:[\w-]+\s+)?(?:permit|signature|message|transaction|tx|request|"
         r"approval|contract))\b")
_PAYOFF = (r"\b(?:refund|compensat|reimburs|restor|recover|unlock|unfreez|releas|lands\b|credited|"
           r"get\s+(?:it|them|\w+\s+)?back)")
# Lures that need no link to be one: people are told to connect to be paid, or their wallet "needs fixing".
LURE = any_of(
    r"\b(?:connect|link)\s+(?:your\s+|ur\s+|the\s+)?wallets?\b.{0,30}\b(?:claim|receive|get|earn|unlock|withdraw)\b",
    r"\b(?:wallet|dapp|node)\s+(?:rectification|validation|synchroni[sz]ation|revalidation)\b",
    r"(?:连接|链接|connect)\s*(?:wallet|钱包).{0,12}(?:领取|领|获得|提现|claim)",
    r"(?:钱包|账户|账号|资产)(?:验证|同步|修复|授权|迁移|激活|认证).{0,20}(?:否则|不然|冻结|停用|私信|链接)",
    # Sign or approve, and money comes back: what a drainer's "refund" or "restore" page asks.
    rf"{_SIGN}.{{0,80}}{_PAYOFF}|{_PAYOFF}.{{0,80}}{_SIGN}",
    r"(?:授权|签名|签一下|连接钱包|链接钱包).{0,30}(?:退款|补偿|赔付|解冻|找回|返还)",
    r"(?:退款|补偿|赔付|解冻|找回).{0,30}(?:授权|签名|签一下|连接钱包|链接钱包)",
    # Pay first, and only then is the wallet released: an advance fee dressed as a check.
    r"(?:转|付|充|交|缴|打)[^，。！？,.!?]{0,20}才(?:能|可以)\s*(?:解除|解冻|提现|提币|出金|取出|恢复)",
    r"先\s*(?:付|交|缴|充值?)[^，。！？,.!?]{0,16}(?:定金|押金|保证金|手续费|服务费|会费|解冻费|验证费|激活费)",
    r"(?:验证|解冻|解锁)(?:转账|费|金)",
    r"\b(?:pay|send|deposit|transfer)\b[^.!?]{0,30}\b(?:fee|deposit|upfront|first)\b[^.!?]{0,30}"
    r"\b(?:to|before|then|and)\s+(?:you\s+can\s+)?(?:start|begin|unlock|withdraw|release|unfreeze)\b",
    r"\b(?:unlock|unfreeze|release|clearance|verification)\s+(?:fee|deposit|transfer|payment)\b",
    # A code to scan "to receive": receiving never needs a scan, paying does.
    r"\bscan\b[^.!?]{0,50}\b(?:qr|code)\b[^.!?]{0,60}\b(?:receive|claim|collect|compensation|refund|airdrop|reward)",
    r"\b(?:receive|claim|collect)\b[^.!?]{0,40}\bscan(?:ning)?\b[^.!?]{0,20}\b(?:qr|code)\b",
    r"扫(?:码|描|一下|这个)?[^，。！？,.!?]{0,12}(?:领取|领|收(?!款)|到账|补偿|退款|返)",
    # A "fix" done on some dapp page: re-syncing or validating there is connecting and signing.
    r"\b(?:rectify|validate|re-?sync|sync|re-?index|revalidate|restore|fix|migrate)\s+(?:it|them|(?:your\s+)?\w+)?\s*"
    r"(?:on|at|via|through|in)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:dapp|validator|indexer|portal|connect\s+page|"
    r"sync\s+page)",
    r"(?:验证|同步|修复|迁移|恢复|激活)(?:你的|您的)?(?:钱包|账户|资产).{0,12}(?:否则|不然).{0,12}(?:作废|冻结|停用|清零|丢失)",
    r"(?:需要|必须|请).{0,12}(?:验证|认证|解冻|清白|核验).{0,12}(?:否则|不然).{0,12}(?:冻结|作废|封|清零)",
    r"dapp.{0,10}(?:连|连接|授权).{0,10}(?:同步|验证|修复|授权)",
    r"\bconnect\s+(?:your\s+|ur\s+|the\s+)?wallet\s+(?:to|and)\s+(?:rectify|validate|sync|re-?sync|fix|restore|migrate|verify)\b",
    r"\bconnect\s+(?:your\s+)?wallet\s*(?:点|click|press|tap|hit)\s*(?:validate|sync|rectify|verify|claim|restore)\b",
    r"\b(?:sign|approve)\b.{0,40}\b(?:rectification|validation|synchroni[sz]ation|migration|sync|claim)\s+"
    r"(?:page|portal|site|dapp)\b",
    r"\b(?:sync|validation|rectification|validate|rectify)\s+dapp\b",
    r"\bunclaimed\s+(?:compensation|rewards?|airdrop|refund|tokens?|bonus)\b",
    r"(?:补偿金?|奖励|空投|退款|积分)\S{0,4}未领取.{0,20}(?:销毁|作废|失效|清零)",
    r"(?:连|连接|链接)(?:一下)?钱包.{0,6}签",
    r"签(?:个)?名.{0,10}(?:激活|解冻|提现|领取|恢复)",
    r"(?:连接|连一下|连上)\s*钱包.{0,8}(?:授权|同步|验证|签名).{0,10}(?:修复|恢复|就好|就行|就能|就可以)",
    r"(?:wallet|钱包|账户|资产).{0,6}(?:需要|要)\s*(?:validate|sync|verify|rectify|验证|同步|修复|授权)"
    r".{0,20}(?:否则|不然|冻结|freeze|lock|清零)",
)
DRAINER_VERB = any_of(r"\b(?:rectify|validate|synchroni[sz]e|re-?sync|sync|revalidate|whitelist)\b",
                      r"同步|修复|验证|授权|迁移|激活|解冻")
DRAINER = any_of(
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
SEED_REQUEST = any_of(
    rf"\b(?:send|give|share|provide|tell|enter|type|paste|submit|drop|show|fill|dm|pm|reply|upload|screenshot|"
    rf"photograph|read\s+out)\b{_SENTENCE}{{0,60}}\b(?:your|ur|yr)\b{_SENTENCE}{{0,20}}{SECRET}",
    rf"(?:your|ur|你的|您的)?\s*{SECRET}.{{0,12}}(?:发我|给我|私信我|私信给我|发给我|发一下|send (?:it )?to me|dm me)",
    rf"(?:需要|要|提供|发|给|输入|填写)(?:一下)?(?:你的|您的)\s*{SECRET}",
    rf"\b(?:first|last)\s+(?:\d+|one|two|three|four|five|six)\s+words\s+of\s+(?:(?:ur|your)\s+)?{SECRET}",
    rf"{SECRET}\s*\)?\s*(?:in|into|on)\s+(?:the|this|our)\s+(?:bot|form|site|page|link)",
    r"\b(?:type|enter|paste)\s+(?:your|ur)\s+(?:12|24)\s+words",
    rf"\b(?:need|needs|require|requires|want|wants)\s+(?:your|ur)\s+{SECRET}",
    # Someone else's page or bot that "only asks for" the secret: typing it there is how it is stolen.
    rf"\b(?:form|site|page|bot|tool|dapp|portal|link)\s+(?:only\s+|just\s+)?(?:asks?\s+for|needs?|wants?|requires?)"
    rf"\s+(?:(?:your|ur)\s+)?{SECRET}",
    r"\b(?:send|give|share|provide|tell|show)\s+"
    r"(?:me\s+|us\s+)(?:your\s+|ur\s+|the\s+)?(?:12|24|twelve|twenty[- ]four)?\s*[- ]?"
    r"(?:word\s+)?(?:seed|mnemonic|recovery|secret|private)\s*(?:phrase|words?|key)?s?\b",
    r"\b(?:send|give|share|provide|tell|dm|pm)\s+(?:me\s+)?(?:your\s+)?(?:12|24)\s+words\b",
    r"\b(?:send|give|share|provide|dm|pm)\s+(?:over\s+)?(?:me\s+|us\s+)?(?:the|your|ur)\s+"
    r"(?:private\s*key|seed(?:\s*phrase)?|mnemonic|recovery\s+phrase)(?:\s+export)?\b",
    # A picture of the secret is the secret.
    rf"\b(?:screenshot|photo|picture|pic|snap)s?\s+(?:of\s+)?(?:your|ur)\s+(?:[\w-]+\s+)?{SECRET}",
    r"(?:提供|发|给|告诉|私信|发送|报一下|贴|填|填写)(?:我|给我|一下|下)?(?:你的|您的)?(?:助记词|私钥|密钥|12个词)",
    # Typing it in is how a wallet is restored; typing it into someone's page or bot is how it is stolen.
    r"(?:输入|导入|填写?)(?:一下)?(?:你的|您的)?(?:助记词|私钥|密钥).{0,8}(?:到|进|在)?(?:这个|下面|表单|表格|网站|网页|链接|机器人|bot)",
    r"(?:助记词|私钥)(?:发|给|私信)(?:我|给我)",
    rf"{SECRET}\s*[,，:]?\s*(?:please|pls|plz)\b(?!\s+(?:help|explain|tell\s+me))",  # "seed phrase pls"
    # Part of it is asked for as if that were harmless ("just the first three words").
    rf"{SECRET}.{{0,4}}(?:前|后|最后)\s*(?:\d+|[一二两三四五六])\s*(?:个|位)",
    # "Check your phrase once and the balance comes back": the secret traded for a promise.
    rf"{SECRET}\s*(?:核对|核实|校验|验证|check)\s*一下",
    rf"{SECRET}.{{0,12}}(?:就能|即可|就可以|才能|马上)\s*(?:(?:恢复|找回)\s*(?:余额|资产|资金|代币|币)|解冻|到账|领取|提现)",
)
