"""Money schemes that need no wallet access: doubling, guaranteed returns, paid tasks, "recovery" services.

Each is a promise nobody honest makes in a wallet's support group: more back than was sent, profit
guaranteed or refunded, pay to work, a stolen transfer reversed. Patterns are word-level (see
``core.guard.phrases``); doubling also compares the two amounts, so "sent 0.5, got 0.49 back after
fees" is a receipt, not a giveaway.
"""

from __future__ import annotations

import re

from core.guard.phrases import any_of

GIVEAWAY = any_of(
    r"\b(?:returned|receive|get|got|sent)\s+(?:it\s+)?(?:2x|x2|double|twice)\b|\b(?:2x|x2|double)\s+back\b",
    r"\b(?:double|2x|x2)\s+(?:your\s+)?(?:eth|btc|bnb|usdt|trx|sol|crypto|coins?|money|deposit)\b",
    r"双倍返还|翻倍返还|充\s*\d+\s*\w{0,4}\s*送\s*\d+",  # 充100送100: a deposit "bonus"
    r"\b(?:doubling|double|doubles)\s+(?:any|all|every|each)\b[^.!?]{0,40}\b(?:sent|deposit\w*|transferr?\w*)",
    r"转多少返(?:多少|两倍|双倍|\d+倍)|返(?:两|双)倍|翻倍活动",
)
# "sent 200 ... got 400 back", "转 50 回 100": an amount out and a bigger one back, in one sentence.
_AMOUNT = r"\$?(\d[\d,]*(?:\.\d+)?)"
_SENT_THEN_GOT = (
    re.compile(rf"\b(?:sent|send|deposit(?:ed)?|transferr?(?:ed)?|put\s+in)\s+{_AMOUNT}[^.!?\n]{{0,60}}?"
               rf"\b(?:got|get|receive[ds]?|returned|came\s+back\s+with)\s+{_AMOUNT}", re.IGNORECASE),
    re.compile(rf"(?:转|送|打|充值?|存|投|send)了?\s*{_AMOUNT}[^。！？!?\n]{{0,25}}?(?:返|收到|回来?|到账)\s*了?\s*{_AMOUNT}",
               re.IGNORECASE),
)

SIGNALS = any_of(
    r"\b(?:copy\s+trading|signals?)\b.{0,60}(?:\d+\s*%|profit|win\s*rate|free|join|dm)",
    r"\b(?:prof\.?|professor|mentor|coach|expert|teacher)\s+\w+'?s?\s+(?:signals?|strategy|group|help)",
    r"胜率\s*\d+|学员群|起投|月收益|周收益|年化\s*\d+|\d+\s*%\s*(?:收益|回报)|跟单|量化.{0,10}收益",
    r"\b(?:signals?|vip)\s+(?:group|channel|teacher|mentor|room|service)\b",
    r"\b(?:guaranteed|daily|weekly)\s+(?:profits?|returns?|roi)\b|\b\d{2,4}\s*%\s+(?:daily|weekly|profit|roi)\b",
    r"\b(?:investment|trading)\s+(?:plan|manager|mentor|expert|account manager)\b",
    r"带单|喊单|老师带|跟单老师|稳赚|保本|日收益|日赚|躺赚|内幕消息|百倍币|暴富群",
    # Profit promised outright, or refunded if it fails to come: no market allows either.
    r"\b\d+\s*x\s+guaranteed\b|\bguaranteed\s+(?:\d+\s*x|\d+\s*%|gains?|income)\b",
    r"\b(?:pump|vip|signals?|alpha)\s+(?:pump\s+|trading\s+|signals?\s+)?(?:group|channel|room|club)\b",
    r"\bcopy[\s-]?trad\w*\b.{0,60}(?:\d+\s*%|\broi\b|profit|refund)",
    r"\broi\s*(?:of\s+)?\d+\s*%|\d+\s*%\s*roi\b",
    r"\b(?:no|zero)\s+profit\b.{0,30}\brefund|\bmoney[\s-]back\s+guarantee",
    r"不赚钱.{0,8}(?:退|refund|赔)|保证(?:收益|盈利|回本|赚钱|翻倍)|包赚|包赔|稳赚",
    r"\b\d{2,3}\s*%\s+(?:accurate|accuracy|win(?:ning)?|correct)\s+(?:calls|signals|trades|predictions)\b",
    r"\bpays?\s+\d+(?:\.\d+)?\s*%\s+(?:daily|a\s+day|per\s+day|every\s+day|weekly|a\s+week)\b",
    # A testimonial for a named trader's calls, and the room kept small to hurry people in.
    r"\b(?:copy\s+trading|signals?)\b.{0,60}(?:翻了?\s*\d+\s*倍|\b\d+x\b|\badd\s+(?:him|her)\b)",
    r"\b(?:only\s+takes|accepting|taking)\s+\d+\s+(?:students|members|people)\b",
    r"\bthank(?:s|\s+you)\s+@\w+\s+for\s+(?:the\s+|my\s+|all\s+the\s+)?(?:profits?|gains|returns|signals|calls|trades)\b",
    r"跟着\S{0,6}老师.{0,24}(?:翻了?\s*\d+\s*倍|赚了|收益)|(?:想学|要学)的?\s*(?:加|找|联系)老师",
)
# Trading off the exchange with a stranger: "收U 高价", "量大可私", "走我担保". The buyer's coins or the seller's
# payment never come.
OTC = any_of(
    r"(?:收|出|卖|买)\s*(?:u|usdt|usdc|币|[a-z]{2,8}币)\s*[，,]?\s*.{0,4}(?:高价|低价|比市价|低于市价|高于市价)",
    r"量大\s*(?:可)?\s*(?:私|dm|pm|联系|优惠|详谈)|走我(?:的)?担保|不走平台|场外(?:交易|收|出)",
    r"\botc\b[^.!?]{0,30}\b(?:dm|pm|inbox|contact|below\s+market|above\s+market|best\s+rate|discount)",
    r"\b(?:buying|selling)\s+(?:usdt|usdc|btc|eth)\b[^.!?]{0,30}\b(?:dm|pm|inbox|below|above|rate)\b",
)
# Advice that address poisoning counts on: copy the address from the history and check only its ends.
POISONING_ADVICE = any_of(
    r"\bcopy\s+(?:the\s+)?address\s+from\s+(?:your\s+)?(?:recent\s+)?(?:tx\s+|transaction\s+)?"
    r"(?:history|transactions?|activity)\b[^.!?]{0,80}\b(?:first|last)\b",
    r"(?:从)?(?:历史|转账|交易)记录(?:里|中)?复制(?:的)?地址.{0,30}(?:前|后)\s*(?:四|4|几)\s*位.{0,12}(?:就够|就行|就可以|足够|=\s*safe)",
    r"copy\s*地址.{0,30}(?:history|记录).{0,30}(?:前后|前|后)\s*(?:4|四)\s*位",
)
# A coin shilled with the gain promised: "100x easy", "ape before the listing", "百倍起步", "今晚统一拉盘".
PUMP = any_of(
    r"\b\d{2,4}\s*x\s+(?:easy|guaranteed|minimum|min|at\s+least|incoming|soon|loading)\b",
    r"\bape\s+(?:in\s+)?before\b|\bbefore\s+(?:the\s+)?(?:cex|binance|exchange|big)\s+listing\b",
    r"\blisting\b.{0,40}\b\d{2,4}\s*x\b|\b\d{2,4}\s*x\b.{0,40}\blisting\b",
    r"百倍起步|千倍币|(?:至少|起码)?翻\s*(?:\d+|十|百|千)\s*倍|统一拉盘|(?:今晚|明天|准时)\s*\S{0,6}拉盘|上币安.{0,10}(?:翻|倍)",
)
# A stranger's friendly approach that leads to "the platform" where someone earns every day: a romance or
# friendship lure into a fake investment site. The approach and the platform together make it.
_APPROACH = any_of(r"\b(?:i\s+can|let\s+me|wanna|want\s+to)\s+show\s+(?:u|you)\b|\bcan\s+we\s+(?:chat|talk)\b|"
                   r"\bwrong\s+(?:group|chat|number|person)\b",
                   r"冒昧打扰|有空聊聊|聊聊吗|加个好友|交个朋友|认识一下|(?:加|发|进)错(?:群|人)")
_PLATFORM_PROFIT = any_of(r"\bplatform\b.{0,20}(?:profit|returns?|earn|收益)|\b(?:gold|forex|crypto)\s+arbitrage\b|"
                          r"\bteach(?:es|ing)?\s+me\b.{0,30}\b(?:invest|trad|arbitrage|forex|gold)",
                          r"平台[^。！？!?]{0,16}(?:收益|赚钱|回报|profit)|(?:带|教)我做.{0,8}(?:套利|黄金|外汇|理财|投资)")


def investment_lure(text: str) -> bool:
    """Whether ``text`` approaches someone as a friend and brings up a platform that pays every day."""
    return bool(_APPROACH.search(text) and _PLATFORM_PROFIT.search(text))
# Paid tasks: like, review or "order" for a commission, and a deposit first to "activate" the account.
JOB = any_of(
    r"(?:招|招聘|诚招|急招)\s*(?:兼职|代理|学员|宝妈)|兼职.{0,20}(?:赚|日结|收益|返|佣)|刷单|返佣|日结",
    r"(?:点赞|关注|评论|做任务|看视频).{0,12}(?:赚|返|佣金)|在家(?:就能|即可|就可以)?做|每(?:条|单|个|次)[^，。]{0,10}(?:给|赚|返)\s*\d+",
    r"\b(?:like|rate|review|watch)\s+(?:\d+\s+)?(?:\w+\s+)?(?:videos?|posts?|products?|tweets?)\b[^.!?]{0,40}"
    r"\b(?:earn|paid|\$\s?\d|\d+\s*(?:usdt|u)\b)",
    r"\b(?:work\s+from\s+home|simple\s+tasks?|easy\s+tasks?|online\s+tasks?)\b[^.!?]{0,60}"
    r"(?:\bearn|\$\s?\d|usdt|\bdaily\b|commission)",
    r"\bper\s+(?:task|order|like|review|tweet|post)\b[^.!?]{0,30}(?:usdt|\$|commission)",
)
# A "recovery" service: the second robbery. One of these is talk; two make a pitch.
_RECOVERY_SIGNS = (
    any_of(r"\b(?:recovery|retrieval|tracing)\s+(?:team|service|expert|agent|company|firm|specialist|ltd|agency|"
           r"hacker)s?\b|\b(?:funds?|crypto|asset)\s+recovery\b|\bcyber\s*police\b",
           r"专业(?:追回|找回|追款|恢复)|追款|黑客|网警|链上警察|区块链警察|技术大神"),
    any_of(r"\btraces?\b.{0,30}\b(?:revers|recover|back)|\brevers\w*\s+(?:\w+\s+){0,2}(?:transactions?|transfers?)",
           r"帮你?\s*(?:追|找|trace)\s*回|(?:追回|找回)(?:被盗|丢失)|冻结(?:对方|骗子)(?:的)?(?:地址|钱包|账户)|"
           r"帮(?:很多|不少|好多)?人(?:找回|追回)|(?:交易|转账)(?:其实)?(?:可以|能)(?:撤回|追回|撤销)"),
    any_of(r"\b\d+\s*%\s+success|\bsuccess\s+rate\b", r"成功率"),
    any_of(r"\bupfront\b|\bfee\b|\bdeposit\b", r"先付|定金|手续费|押金"),
)


# "got 2 SOL back for sending 1 SOL": the same, told the other way round.
_GOT_FOR_SENDING = re.compile(rf"\b(?:got|received|get)\s+{_AMOUNT}[^.!?\n]{{0,12}}?\bback\s+(?:for|after)\s+"
                              rf"(?:sending|sent|depositing|transferring)\s+{_AMOUNT}", re.IGNORECASE)


def doubling(text: str) -> bool:
    """Whether ``text`` tells of sending an amount and getting at least half as much again back."""
    pairs = [tuple(m.groups()) for pattern in _SENT_THEN_GOT for m in pattern.finditer(text)]
    pairs += [tuple(reversed(m.groups())) for m in _GOT_FOR_SENDING.finditer(text)]
    for sent_text, got_text in pairs:
        sent, got = float(sent_text.replace(",", "")), float(got_text.replace(",", ""))
        if sent > 0 and got >= 1.5 * sent:
            return True
    return False


def recovery_pitch(text: str) -> bool:
    """Whether ``text`` sells fund recovery: two of a service name, a trace-and-reverse claim, a success rate, a fee."""
    return sum(1 for sign in _RECOVERY_SIGNS if sign.search(text)) >= 2
