#!/usr/bin/env python3
"""Builds the labelled community-guard evaluation corpus.

Writes identity.json, messages.jsonl and names.jsonl next to this file and
validates every line.  Deterministic: re-running gives byte-identical output.

    python3 bench/guard_corpus/build_corpus.py
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(20240611)

IDENTITY = {
    "brands": ["TPWallet", "TokenPocket", "TP钱包"],
    "official_domains": ["tokenpocket.pro", "tpwallet.io"],
    "official_bots": ["TPWalletSupportBot", "tokenpocket_bot"],
    "staff_names": ["Mia", "Omar Haddad", "Lily Chen", "Kevin", "小周", "阿杰"],
    "allowed_domains": ["etherscan.io", "tronscan.org", "bscscan.com", "solscan.io",
                        "github.com", "coingecko.com", "binance.com", "okx.com",
                        "twitter.com", "x.com", "youtube.com", "medium.com",
                        "t.me/TPWalletOfficial"],
}
STAFF = set(IDENTITY["staff_names"])

# ---------------------------------------------------------------- confusables
GR_o = "\u03bf"   # Greek small omicron
CY_a = "\u0430"   # Cyrillic small a
CY_e = "\u0435"   # Cyrillic small ie
CY_o = "\u043e"   # Cyrillic small o
CY_M = "\u041c"   # Cyrillic capital em
ZWSP = "\u200b"   # zero width space
ZWNJ = "\u200c"   # zero width non-joiner
ZWJ = "\u200d"    # zero width joiner


def puny(domain):
    return domain.encode("idna").decode("ascii")


# ---------------------------------------------------------------- fake chain data
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def hx(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def eth_tx():
    return "0x" + hx(64)


def eth_addr():
    return "0x" + hx(40)


def tron_tx():
    return hx(64)


def tron_addr():
    return "T" + "".join(rng.choice(B58) for _ in range(33))


def sol_sig():
    return "".join(rng.choice(B58) for _ in range(87))


def short(addr):
    return addr[:6] + "..." + addr[-4:]


# ---------------------------------------------------------------- author pools
OK_AUTHORS = [
    "Jason W", "王磊", "crypto_kid99", "Sarah K", "老王", "DeFi Dan", "阿明", "Priya Sharma",
    "Nguyen Van Minh", "hodl_queen", "BTC老韭菜", "Tomás R.", "小美", "0xCryptoNerd", "Ahmed Ali",
    "币圈小白", "SolanaSam", "梭哈王", "Budi Santoso", "gm_enjoyer", "深圳打工人", "Kim Min-jun",
    "trx矿工", "Yuki 🍡", "Dmitry", "空投猎人", "alex", "上海小吴", "ETH maxi", "🐸", "刘洋",
    "bsc_farmer", "John Miller", "杨帆", "wen moon", "陈大宝", "Ayşe", "链上侦探", "Mia Johnson",
    "Kevin Zhang", "kevin_1998", "Lily", "Omar K", "USDT搬砖工", "☕ coffee addict", "Jose",
]
SCAM_AUTHORS = [
    "Daniel Roberts", "Helen", "crypto_helper_88", "Emily Support Team", "李经理", "Anna",
    "Recovery Expert", "TP技术支持", "David Lee", "Wallet Assistant", "小雨老师", "Jennifer",
    "support_desk", "王老师", "Chris | Blockchain Dev", "Sophia 💎", "币圈安姐", "Michael",
    "财富自由张老师", "Grace", "Node Validator", "客服小丽", "TPWallet Support ✅",
    "Mia | TPWallet Team", "Lily Chen 官方客服", "TP钱包客服", "Kevin_TPWallet_Official",
    "alex_trades", "Olivia", "hk_otc_desk",
]

import re

_HAN = re.compile(r"[\u4e00-\u9fff]")


NEUTRAL = {"crypto_kid99", "hodl_queen", "0xCryptoNerd", "gm_enjoyer", "bsc_farmer", "🐸", "kevin_1998",
           "crypto_helper_88", "support_desk", "alex_trades", "hk_otc_desk", "Sophia 💎"}


def _pool(names, lang):
    """zh messages come from Chinese or neutral handles, en messages from Latin-script or neutral
    handles, mixed messages from anyone."""
    if lang == "zh":
        return [a for a in names if _HAN.search(a) or a in NEUTRAL]
    if lang == "en":
        return [a for a in names if not _HAN.search(a)]
    return names


_counters = {}


def _next(names, lang, step):
    pool = _pool(names, lang)
    key = (id(names), lang)
    i = _counters.get(key, 0)
    _counters[key] = i + 1
    return pool[(i * step) % len(pool)]


def next_ok_author(lang):
    return _next(OK_AUTHORS, lang, 1)


def next_scam_author(lang):
    return _next(SCAM_AUTHORS, lang, 1)


MESSAGES = []
PLAT = {"t": "telegram", "d": "discord"}


def S(kind, lang, plat, text, note, author=None):
    MESSAGES.append({"text": text, "author": author or next_scam_author(lang), "author_is_staff": False,
                     "platform": PLAT[plat], "lang": lang, "label": "scam", "kind": kind, "note": note})


def O(kind, lang, plat, text, note, author=None):
    MESSAGES.append({"text": text, "author": author or next_ok_author(lang), "author_is_staff": False,
                     "platform": PLAT[plat], "lang": lang, "label": "ok", "kind": kind, "note": note})


def ST(author, lang, plat, text, note):
    assert author in STAFF
    MESSAGES.append({"text": text, "author": author, "author_is_staff": True,
                     "platform": PLAT[plat], "lang": lang, "label": "ok", "kind": "staff", "note": note})


# =====================================================================================
# SCAM MESSAGES
# =====================================================================================

# ---- lookalike domains (homoglyphs, edit distance, wrong TLD, punycode) -------------
K = "lookalike_domain"
S(K, "en", "t", "Hi all, if ur USDT is stuck pls go to https://t0kenpocket.pro/fix and follow the steps, worked for me 👍",
  "t0kenpocket.pro: digit 0 for o, edit distance 1 from tokenpocket.pro")
S(K, "en", "t", f"official notice: wallet upgrade required before june 30!! update here tokenp{GR_o}cket.pro/upgrade",
  "tokenpοcket.pro with a Greek omicron (U+03BF) replacing the second o")
S(K, "en", "t", "u need to re-sync the wallet, tokenpokcet.pro/sync has a button for it",
  "tokenpokcet.pro: transposed c/k, edit distance 2")
S(K, "zh", "t", "官网换新域名了 tokenpockett.pro 以后都用这个，旧的要关了",
  "tokenpockett.pro: doubled t, edit distance 1; fake 'domain moved' story")
S(K, "en", "d", "support is at tokenpoket.pro now, old site is down for maintenance",
  "tokenpoket.pro: missing c, edit distance 1")
S(K, "en", "d", "use tpwalet.io for the bridge fix, the app version is bugged rn",
  "tpwalet.io: missing l, edit distance 1 from tpwallet.io")
S(K, "zh", "t", "tpwaIlet.io 上面有在线客服入口，点右下角",
  "tpwaIlet.io: capital I in place of l")
S(K, "mixed", "t", f"兄弟们 tokenpocket.pr{CY_o} 上面可以直接 revoke 授权，超方便 👍",
  "TLD 'prо' uses a Cyrillic о (U+043E); not the official .pro")
S(K, "zh", "t", "TP钱包官方验证地址：tp-wallet.io 请大家尽快完成验证，逾期冻结",
  "tp-wallet.io: hyphen inserted into tpwallet.io; 'verify or be frozen' pressure")
S(K, "en", "d", "tokenpocket.app is the new official site btw, they moved everything there",
  "official brand with an unofficial TLD (.app)")
S(K, "zh", "t", f"tpw{CY_a}llet.io 官方活动 充值USDT送50% 限时3天",
  "tpwаllet.io with a Cyrillic а (U+0430)")
S(K, "en", "t", f"new gas refund program is live at tpwallet.i{CY_o}  claim before friday",
  "tpwallet.iо: the o of the TLD is Cyrillic (U+043E)")
S(K, "en", "d", "tpvvallet.io/claim  -- 2nd round of the community rewards",
  "tpvvallet.io: 'vv' imitates 'w'")
S(K, "mixed", "t", "help center搬家了 → tokenpocketpro.help 有问题去那里提交",
  "tokenpocketpro.help: brand+tld glued into a new domain")
S(K, "zh", "t", "以后下载都去 tokenpocket.pr 旧链接不能用了",
  "tokenpocket.pr: truncated TLD (.pr is Puerto Rico), edit distance 1")
S(K, "mixed", "d", "TP授权管理 new page: tokenpocket.pro-revoke.net 一键取消授权",
  "tokenpocket.pro-revoke.net: official name as a prefix of another domain")
S(K, "en", "t", f"download the v2.9 apk from https://{puny('tokenp' + GR_o + 'cket.pro')}/apk the playstore one is outdated",
  "punycode xn--tokenpcket-mqh.pro = tokenpοcket.pro with Greek omicron; sideloaded APK")
S(K, "mixed", "t", f"TP新版本出来了 下载地址 {puny('tpw' + CY_a + 'llet.io')} 旧版下周停用",
  "punycode xn--tpwllet-4fg.io = tpwаllet.io with Cyrillic а")
S(K, "zh", "t", f"官方备用网址 {puny('t' + CY_o + 'kenpocket.pro')} 主站被墙的用这个",
  "punycode xn--tkenpocket-evi.pro = tоkenpocket.pro with Cyrillic о")
S(K, "en", "d", "tpwallet.lo/claim  new TPT rewards for early users, ends tonight ⏰",
  "tpwallet.lo: lowercase L instead of i in the TLD (.io -> .lo)")
S(K, "mixed", "t", "钱包异常的 go to tokenpocket.net 点 Repair 就好",
  "tokenpocket.net: wrong TLD + 'repair' drainer step")
S(K, "zh", "t", "点这个领取手续费返还 https://tpwa11et.io/fee",
  "tpwa11et.io: digits 11 for ll")

# ---- brand embedded in a foreign domain ----------------------------------------------
K = "brand_in_domain"
S(K, "en", "d", "for withdrawal issues open a ticket at tokenpocket-support.com they reply within 5 min",
  "brand + '-support' on a non-official domain")
S(K, "en", "t", "go to tokenpocket.pro.verify-wallet.xyz and click Resolve Issue",
  "official domain used as a subdomain label of verify-wallet.xyz")
S(K, "zh", "t", "转账卡住的去 tpwallet-io.app 点修复就行了 我刚弄好",
  "tpwallet-io.app: official name with dot turned into hyphen on .app")
S(K, "en", "d", "tpwallet.claim-rewards.net 🎁 check if u r eligible",
  "brand as subdomain of claim-rewards.net")
S(K, "en", "t", "wallet sync portal -> https://tokenpocket.pro-sync.com",
  "registrable domain is pro-sync.com")
S(K, "en", "t", "https://tokenpocket.com.ru/restore if your balance shows 0",
  "brand under .com.ru")
S(K, "en", "d", "the devs posted the fix here https://tokenpocket.pro@verify-tp.xyz/session",
  "userinfo trick: text before @ is ignored, host is verify-tp.xyz")
S(K, "mixed", "t", "tpwallet.io.download-center.cc 下载最新版 v2.1.9 修复了闪兑bug",
  "official domain as subdomain of download-center.cc")
S(K, "zh", "t", "https://tokenpocket.pro.tp-kefu.top 人工客服在线 24小时",
  "official domain as subdomain of tp-kefu.top")
S(K, "en", "t", "login to TokenPocket.pro.secure-login.app/login to see the pending refund",
  "official domain as prefix of secure-login.app")
S(K, "zh", "t", "TP官方退款通道 tpwallet-refund.com 填写地址即可",
  "brand + 'refund' domain")
S(K, "mixed", "t", "官方 help desk 在这 tokenpocket.helpcenter-desk.com 提交ticket",
  "brand as subdomain of helpcenter-desk.com")
S(K, "zh", "t", "TP钱包安全中心 tp-security-center.com 检测你的钱包是否被盗",
  "fake 'security center' domain with brand abbreviation")

# ---- shortened links hiding the destination ------------------------------------------
K = "shortened_link"
S(K, "mixed", "t", "bit.ly/tp-fix-wallet 点进去按步骤操作 钱就回来了",
  "URL shortener hiding destination + 'fix wallet' promise")
S(K, "en", "d", "official fix for the 'insufficient energy' error 👉 tinyurl.com/tpw-energy-fix",
  "shortener presented as an official fix")
S(K, "zh", "t", "领取入口 t.cn/A6xYz9Qp 仅限今天",
  "Chinese shortener + 'today only' airdrop pressure")

# ---- invites to other groups / servers / fake support bots --------------------------
K = "group_invite"
S(K, "en", "d", "join our discord for support discord.gg/tpw-help , the tickets there are faster",
  "non-staff invite to an unofficial Discord server")
S(K, "zh", "t", "官方售后群 t.me/tpqb_kefu 进群找客服退款",
  "invite to fake 'after-sales' Telegram group")
S(K, "en", "t", "t.me/TPWalletOfficial_Support ← official support channel",
  "prefix trap: starts with allowed t.me/TPWalletOfficial but is a different channel")
S(K, "en", "t", "real announcements are here t.me/TPWalletOfficiaI  this group is full of bots",
  "t.me/TPWalletOfficiaI: capital I instead of final l")
S(K, "en", "d", "Open a ticket in our support server: https://discord.gg/7Hk2pQz",
  "'our support server' from a non-staff account")
S(K, "zh", "t", "进这个群有人教你找回资产 t.me/+Zx8kQw1vB2NjYjFk",
  "private Telegram invite link promising asset recovery")
S(K, "en", "t", "we moved to a new group t.me/TPWalletOfficial2 this one will be closed soon",
  "prefix trap t.me/TPWalletOfficial2 + 'group is closing' story")
S(K, "mixed", "d", "官方 discord：discord.gg/tokenpocketcn 认证后 claim 空投",
  "fake Chinese 'official' Discord with verify-then-claim")
S(K, "en", "d", "discord.com/invite/tpwallet-support  official server, verify to get the Holder role",
  "long-form Discord invite to an impersonating server")
S(K, "zh", "t", "TP中文官方交流群 t.me/TPqianbao_CN 每天发空投",
  "fake 'Chinese official' group")
S(K, "mixed", "t", "this group 太乱了 去 t.me/TPWallet_VIP 那边有专人处理",
  "invite to a 'VIP' group with a 'dedicated person'")
S(K, "zh", "t", "被盗的加这个群 专业团队帮你追回 t.me/zhuihui_team",
  "asset-recovery group invite (recovery scam)")

K = "support_bot_invite"
S(K, "en", "t", "for faster help go to t.me/TPWallet_Helpdesk_bot and press /start",
  "fake helpdesk bot, not an official bot")
S(K, "en", "t", "@TPWalletSupport_Official is the real support, message them",
  "impersonating handle, not TPWalletSupportBot")
S(K, "en", "d", "message @tokenpocket_bot_support for refunds, they process same day",
  "lookalike of official bot tokenpocket_bot")
S(K, "en", "t", "@TPWaIletSupportBot fixes stuck transactions, just start it",
  "capital I for l in TPWalletSupportBot")
S(K, "mixed", "t", "https://t.me/TokenPocket_Kefu_Bot 24小时人工 help",
  "fake 'kefu' bot")
S(K, "zh", "t", "找 @TPWalletSupport_Bot 就行，比群里快多了",
  "underscore-inserted lookalike of TPWalletSupportBot")
S(K, "en", "t", "type your issue to @tokenpocket_b0t it auto refunds failed swaps",
  "digit 0 in bot name")
S(K, "zh", "t", "官方机器人换了 新的是 @TPWalletSupportBot2 旧的别用了",
  "suffix lookalike + 'bot changed' story")
S(K, "en", "d", "DM the bot TPWalletSupportBott#0921 it's the official one",
  "double t lookalike of official bot on Discord")
S(K, "mixed", "t", "客服bot: t.me/TPWalletCareBot 发送 /recover 然后按提示输入",
  "fake recovery bot; 'enter as prompted' leads to seed entry")

# ---- DM / contact-me offers by non-staff --------------------------------------------
K = "dm_offer"
S(K, "en", "t", "I had the same problem, DM me I'll tell u how I fixed it",
  "non-staff 'DM me' offer")
S(K, "en", "d", "dm me bro i can help",
  "non-staff 'DM me' offer")
S(K, "zh", "t", "私信我 帮你处理", "non-staff '私信我' offer")
S(K, "zh", "t", "有问题加我微信 tp_kefu888 秒回", "move to WeChat, fake kefu")
S(K, "zh", "t", "加我飞机 @helper_wang 免费帮你搞定", "move to Telegram DM")
S(K, "en", "t", "Contact support at tpwallet.help@gmail.com they refunded me in 2 days",
  "fake support email on gmail")
S(K, "en", "t", "i'm a dev at tokenpocket, DM me ur issue and wallet address",
  "false dev claim + DM")
S(K, "en", "t", "Hello sir, i saw your problem, please check your DM 🙏",
  "classic opener before a scam DM")
S(K, "zh", "t", "我是TP技术，已私信你了，注意查收", "false technician claim, unsolicited DM")
S(K, "en", "d", "reach out to @RecoveryExpertJames he got my usdt back 💯",
  "recovery-scam referral (often a sockpuppet)")
S(K, "zh", "t", "qq 2837461920 专业找回被盗资产 不成功不收费", "recovery scam via QQ")
S(K, "zh", "t", "加V: tpqb2024 备注钱包", "WeChat contact (V = 微信) with 'note: wallet'")
S(K, "mixed", "t", "有需要换U的飞机联系 @usdt_huishou 价格高 秒到",
  "OTC USDT buyer pitch, common scam/money-laundering vector")
S(K, "mixed", "t", "兄弟 你那个问题我知道怎么解决 check ur DM", "unsolicited DM fix")
S(K, "mixed", "t", "TP官方技术 online，有问题的 私聊 me", "false official claim + DM")
S(K, "mixed", "d", "I'm from TokenPocket 客服部 加我 line: tpcs_jenny", "fake support via LINE")
S(K, "en", "t", "email customer service at support@tokenpocket-help.com with ur wallet details",
  "fake support email on lookalike domain")
S(K, "mixed", "t", "刚帮3个人找回了 have the same issue? 加我 telegram @fix_master_li",
  "social proof + DM offer")

# ---- wallet-drainer phrasing ---------------------------------------------------------
K = "drainer_phrasing"
S(K, "en", "t", "You need to validate your wallet to push the pending tx through, use the dapp: walletrectify.app",
  "'validate wallet' + rectify dapp")
S(K, "en", "d", "just connect wallet to claim, takes 10 seconds", "'connect wallet to claim'")
S(K, "en", "t", "use the dapp to fix, sync your wallet here dappfix-node.org",
  "'dapp to fix' + 'sync your wallet'")
S(K, "zh", "t", "同步钱包后就能到账了 链接 sync-tp.net", "'同步钱包' with link")
S(K, "zh", "t", "验证钱包才能解冻 点这里 tp-verify.cc", "'验证钱包' unfreeze story")
S(K, "en", "t", "rectify your wallet and the gas issue goes away, there's a dapp for it",
  "'rectify your wallet'")
S(K, "en", "d", "migrate ur wallet to v3 before the old contract is deprecated: migrate-tp.io",
  "'migrate your wallet' to fake v3")
S(K, "en", "t", "restore your wallet with your phrase on this site and the balance will sync",
  "'restore with phrase on site'")
S(K, "zh", "t", "你的钱包需要重新授权 打开这个dapp点approve就行 usdt-auth.top",
  "approval drainer")
S(K, "mixed", "t", "open in TP dapp browser: https://usdt-reward.vip 然后点 领取",
  "dapp-browser drainer")
S(K, "en", "t", "connect your wallet on walletconnect-node.com, choose TokenPocket, then tap 'Rectify'",
  "fake WalletConnect node site")
S(K, "zh", "t", "钱包迁移通知：旧版即将停用 请去 tp-migrate.top 完成迁移", "'钱包迁移' drainer")
S(K, "en", "d", "ur address got flagged by AML, clear it here: aml-check-tp.com (connect wallet)",
  "fake AML flag + connect wallet")
S(K, "mixed", "t", "gas 退还活动 connect wallet 就能 claim 0.05 ETH", "'connect wallet to claim' gas refund")
S(K, "zh", "t", "签名一下就好，不会扣钱的 放心 sign-tp.app", "blind-signature (permit) drainer reassurance")
S(K, "zh", "t", "钱包异常需要修复，用DApp浏览器打开 fix-wallet.cc 按提示操作",
  "'修复钱包' via dapp")
S(K, "mixed", "t", "TRC20 USDT 转不出去是因为没激活，去 tron-activate.net 激活一下 connect wallet 就行",
  "fake 'activate' step with connect wallet")
S(K, "zh", "t", "解除风控：打开链接 连接钱包 点确认 三步搞定 risk-clear.vip", "fake '解除风控'")
S(K, "mixed", "t", "你这个是 node error，要 rectify 一下，我发你链接", "'node error' + rectify")
S(K, "zh", "t", "官方要求所有用户完成钱包验证 否则资产冻结 验证链接私信获取",
  "mass 'verification required or frozen' + DM")

# ---- seed / private key requests ---------------------------------------------------
K = "seed_request"
S(K, "en", "t", "send me your 12 words so I can check what's wrong", "asks for seed phrase")
S(K, "zh", "t", "提供助记词帮你找回", "asks for mnemonic")
S(K, "en", "d", "pls paste ur private key here and ill scan the chain for you",
  "asks for private key in public")
S(K, "zh", "t", "把私钥发我 我帮你把币转出来", "asks for private key")
S(K, "en", "t", "fill this form to recover: forms.gle/Kq3vRt8 (wallet name, address, 12/24 word phrase)",
  "form collecting seed phrase")
S(K, "zh", "t", "截图助记词给我看看 我帮你判断是不是被盗了", "asks for screenshot of mnemonic")
S(K, "en", "d", "you can import your seed on walletvalidator.net to check if it's compromised",
  "seed-checker phishing site")
S(K, "zh", "t", "助记词发我私信 帮你查是不是被盗", "mnemonic via DM")
S(K, "en", "t", "type your 12 words in the bot @TPWalletRecoveryBot and it restores everything",
  "fake recovery bot asking seed")
S(K, "zh", "t", "为了确认你是钱包主人，请提供助记词前三个和后三个单词",
  "partial seed request disguised as ownership check")
S(K, "mixed", "t", "把你的 private key 发我 我用我的电脑帮你导出来", "private key request")
S(K, "mixed", "d", "你的 seed phrase 发我一下 我帮你 import 到新钱包", "seed request")
S(K, "en", "t", "what are the first 4 words of ur phrase? need it to locate your wallet on the server",
  "partial seed; wallets are not on a server")
S(K, "zh", "t", "客服需要你的私钥才能帮你处理 放心不会泄露", "private key request claiming support")
S(K, "mixed", "t", "export keystore 文件和密码发我邮箱 help@tpwallet-service.com", "keystore + password request")

# ---- 'send X get 2X back' giveaways -----------------------------------------------
K = "giveaway_doubling"
S(K, "en", "t", f"🎉 TPWallet 6th anniversary: send 0.1-10 ETH to {eth_addr()} and receive 2x back instantly 🎉",
  "send-to-receive-double")
S(K, "zh", "t", f"转0.5个BNB到这个地址 {eth_addr()} 返1个 官方活动 限前100名",
  "转X返2X in Chinese")
S(K, "en", "d", "i just sent 1 eth and got 2 back it's legit lol hurry",
  "sockpuppet social proof for doubling scam")
S(K, "en", "t", f"USDT double event: send 100 get 200 back (TRC20) {tron_addr()}",
  "USDT doubling with Tron address")
S(K, "zh", "t", f"送TRX活动：转100 TRX 返300 TRX 地址 {tron_addr()}", "TRX tripling")
S(K, "en", "t", "Elon x TokenPocket giveaway 🚀 x.com/TokenPocket_TPs/status/1790023 send 0.5 get 1",
  "doubling via impersonating X account (x.com is allowed, account is not official)")
S(K, "mixed", "t", f"周年庆 send 0.2 ETH 返 0.4 ETH 秒到账 {eth_addr()}", "mixed doubling")
S(K, "en", "d", "TokenPocket is giving back to holders: any SOL sent to the event wallet is returned 2x, 30 min left",
  "doubling with timer")
S(K, "zh", "t", "官方回馈老用户 充多少返多少 上不封顶 私我拿地址", "'充多少返多少'")
S(K, "mixed", "t", "BSC 活动 send 1 BNB 收到 2 BNB, 我朋友刚试过 真的 👇", "social-proof doubling")

# ---- paid signal teachers / investment groups -------------------------------------
K = "signal_group"
S(K, "zh", "t", "跟着老师做合约 一周翻倍 进群 t.me/heyue_laoshi", "contract-trading teacher group")
S(K, "zh", "t", "带单老师免费带 日收益5-10% 有意私", "带单老师, daily return promise")
S(K, "en", "t", "VIP signals 95% accuracy, join t.me/CryptoWhaleSignalsVIP 🐳", "paid signal group")
S(K, "zh", "t", "谁想赚钱的 加我 有内部消息 稳赚", "insider tip pitch")
S(K, "en", "d", "I made 3 ETH this week with Prof. Anderson's signals, ask him how, he's helping people for free",
  "signal 'professor' testimonial")
S(K, "zh", "t", "稳赚不赔 U本位 带单 有意私聊", "guaranteed-profit trading")
S(K, "zh", "t", "投资群 保本 月化30% 加微信 jr8899", "guaranteed-return investment group")
S(K, "en", "d", "pump group, next coin 10x, join discord.gg/pumpnation before the call", "pump group")
S(K, "mixed", "t", "跟单 copy trading 老师 每天3个 signal 胜率90% 进群免费", "copy-trading teacher")
S(K, "mixed", "t", "学员群 今天又吃了 +47% 🔥 想上车的 DM 我", "teacher student-group pitch")
S(K, "mixed", "d", "我们 AI quant bot 月收益 40% 最低 100U 起投 感兴趣私", "AI quant investment scheme")

# ---- fake airdrops -----------------------------------------------------------------
K = "fake_airdrop"
S(K, "en", "t", "TPT airdrop is live!! claim at tpt-airdrop.org before it ends 🚀", "fake TPT airdrop domain")
S(K, "zh", "t", "空投来了 tokenpocket-airdrop.com 领取 TPT 每人500个", "fake airdrop with brand domain")
S(K, "en", "d", "claim your free $TP on tp-claim.xyz, just need to connect wallet", "airdrop + connect wallet")
S(K, "zh", "t", "领取USDT空投 30U 每人 tpairdrop.cn 先到先得", "fake USDT airdrop")
S(K, "en", "t", "ur address is eligible for 2500 TPT, claim here: tpwallet.io.claim-drop.top",
  "official name as subdomain, fake eligibility")
S(K, "mixed", "t", "TP x OKX 联合空投 claim now → okx-tp-drop.com", "fake partner airdrop (not okx.com)")
S(K, "zh", "t", "TP钱包用户专属空投 打开DApp浏览器访问 tpdrop.io 连接钱包即可领取", "dapp airdrop drainer")
S(K, "en", "d", "@everyone SURPRISE AIRDROP 🪂 first 1000 wallets get 0.3 ETH: tokenpocket-events.com",
  "mass-mention fake airdrop")
S(K, "mixed", "t", "新一轮 airdrop 已开放 check eligibility: tpwallet-eligibility.com 截止今晚12点",
  "fake eligibility checker")
S(K, "zh", "t", "钱包里收到的 TPT-V2 代币可以去 tptv2.org 兑换成 USDT", "fake token redemption")
S(K, "mixed", "t", "TP 6周年 free mint NFT 👉 tp-anniversary.art 只要付gas", "fake free mint")

# =====================================================================================
# OK MESSAGES — hard negatives
# =====================================================================================

# ---- warnings ------------------------------------------------------------------------
K = "warning"
O(K, "en", "t", "admins will never DM you first, ignore anyone asking for your seed", "warning against scams")
O(K, "zh", "t", "小心骗子，官方不会私信", "warning: official never DMs")
O(K, "en", "t", "PSA: theres a bot called TPWallet_Helpdesk_bot going around. its FAKE. only use links in the pinned msg",
  "names a fake bot in order to warn")
O(K, "zh", "t", "谁私信你说同步钱包的都是骗子，直接拉黑", "warning containing '同步钱包'")
O(K, "en", "d", "never share your 12 words with anyone, not even 'support'", "warning mentioning 12 words")
O(K, "en", "t", "guys the guy above is a scammer, reported him", "calls out scammer")
O(K, "zh", "t", "别点上面那个链接 是钓鱼的", "warns about phishing link above")
O(K, "en", "t", "that link has a greek o in it dont click lol", "warns about homoglyph")
O(K, "en", "t", "reminder: official site is tokenpocket.pro only. anything like tokenpocket-support.com is phishing",
  "warning that quotes a phishing domain")
O(K, "zh", "t", "助记词=你的钱 谁要都别给", "seed safety warning")
O(K, "en", "d", "the 'send 1 eth get 2 back' thing is always a scam. always.", "warning quoting doubling scam")
O(K, "zh", "t", "骗子又来了 管理员踢一下", "asks admins to kick a scammer")
O(K, "en", "t", "careful, the 'Mia | TPWallet Team' who DMed me is NOT Mia, the real admins have the admin tag",
  "warns about impersonator by name")
O(K, "zh", "t", "带单老师都是骗子 别信 我被坑过", "warning about signal teachers")
O(K, "en", "d", "FYI no legit airdrop needs your private key or a 'connect wallet to claim' site",
  "warning quoting drainer phrase")
O(K, "zh", "t", "官方客服不会加你微信的，加你微信的都是骗子", "warning about WeChat scammers")
O(K, "en", "t", "if someone says 'validate your wallet' just block them", "warning quoting drainer phrase")
O(K, "en", "t", "got a DM from 'TPWalIet Support' with a capital I lmao nice try", "mocks impersonator")
O(K, "zh", "t", "刚被骗了0.3个ETH 大家千万别连那个 claim 网站 😭", "victim report / warning")
O(K, "en", "t", "dont join any group someone links u in DMs, the only official tg is t.me/TPWalletOfficial",
  "warning + the allowed official channel")
O(K, "mixed", "t", "又有人发 fake airdrop 了，大家别 connect wallet", "mixed warning")
O(K, "mixed", "d", "注意：discord 里那个 Support Ticket server 是假的，real support 只在 app 里",
  "warns about fake Discord support server")
O(K, "mixed", "t", "那个叫 Omar Hadad 的不是管理员 少了个d 别理他", "warns about impersonator name")
O(K, "en", "d", "mods pls ban the guy spamming discord.gg invites, hes been DMing everyone",
  "report; quotes discord.gg without a code")
O(K, "zh", "t", "提醒一下 任何让你输入助记词的网站都是钓鱼", "mnemonic warning")
O(K, "mixed", "t", "兄弟们 seed phrase 千万别截图存相册 被盗了哭都没用", "seed storage advice")
O(K, "en", "t", "lol the 'wallet migration v3' thing is fake, there is no v3 contract", "debunks migration scam")
O(K, "zh", "t", "那个说转0.5返1的是骗子，官方从来没有这种活动", "debunks doubling scam")
O(K, "mixed", "t", "看到有人在群里推 xn-- 开头的网址，都是 punycode 钓鱼，别点", "warns about punycode domains")
O(K, "en", "d", "heads up: scammers are copying staff names with weird unicode, check the role badge not the name",
  "warning about homoglyph names")
O(K, "zh", "t", "所谓的'TP官方带单群'都是假的，官方不做投资建议", "warning about fake signal groups")
O(K, "mixed", "t", "如果有人说你的 wallet 需要 rectify / sync，100% scam", "quotes drainer words to warn")

# ---- quoting a scam to ask whether it is real ---------------------------------------
K = "quoted_scam"
O(K, "en", "t", "someone DMed me 'validate your wallet at tokenpocket-verify.com', is that real?",
  "asks about a quoted phishing domain")
O(K, "zh", "t", "有人让我去同步钱包，是真的吗", "asks whether '同步钱包' request is real")
O(K, "en", "t", "is t0kenpocket.pro legit? google showed it as an ad", "asks about lookalike domain")
O(K, "en", "t", "got a msg from @TPWalletSupport_Official asking for my phrase, is that u guys?",
  "asks about impersonating handle")
O(K, "zh", "t", "有个人说他是客服 要我的助记词 这正常吗？", "asks about seed request")
O(K, "en", "d", "is tpwallet.claim-rewards.net an official campaign? friend sent it to me", "asks about fake airdrop")
O(K, "en", "d", "a guy on discord says I need to 'rectify' my wallet bc of a node error?? wtf is that",
  "asks about drainer phrasing")
O(K, "zh", "t", "有人私信说我的地址被风控了 要我连接钱包解除，这是官方的吗", "asks about fake AML story")
O(K, "en", "t", "received 500 'TPT' tokens from unknown address with a website to claim more, scam?",
  "asks about dusted fake token")
O(K, "zh", "t", "这个群 t.me/tpqb_kefu 是官方的吗 里面有人说能退款", "asks about a fake group link")
O(K, "en", "t", "someone asked me to send 0.1 ETH to get 0.2 back, 'anniversary event'. real??",
  "asks about doubling scam")
O(K, "en", "d", "a guy with the same role color as the mods told me to open a ticket at discord.gg/7Hk2pQz, legit?",
  "asks about a fake support server invite")
O(K, "zh", "t", "有人拉我进一个带单群 说是TP官方合作的 真的假的", "asks about signal group")
O(K, "en", "t", f"is {puny('tokenp' + GR_o + 'cket.pro')} real? got it in an sms", "asks about punycode lookalike")
O(K, "en", "t", "got an email 'Your TokenPocket wallet will be suspended, verify now'. I never gave u my email so...",
  "asks about phishing email")
O(K, "mixed", "t", "有人叫我去 tpwallet-io.app 修复，is this official?", "asks about lookalike domain")
O(K, "mixed", "t", "收到一个 airdrop 说要 connect wallet to claim，能点吗", "asks about drainer airdrop")
O(K, "mixed", "d", "这个 @TPWaIletSupportBot 是不是 fake 的？名字看着怪怪的", "asks about lookalike bot")
O(K, "en", "t", "a 'Lily Chen' just DMed me saying my account has a problem, is that the real Lily?",
  "asks about staff impersonation")
O(K, "zh", "t", "有人说官网换成 tokenpockett.pro 了 是真的吗", "asks about lookalike domain")
O(K, "mixed", "t", "群里有人说 DM him 就能解决 stuck tx，靠谱吗？", "asks about DM offer")
O(K, "en", "t", "is 'sync wallet' a real feature or is that the scam everyone talks about", "asks about drainer phrase")
O(K, "zh", "t", "有个网站让我输入助记词验证钱包是否被盗，能信吗", "asks about seed-check site")
O(K, "mixed", "d", "someone 发我一个 tinyurl 说是 energy fix，敢点吗", "asks about shortened link")
O(K, "en", "t", "the bot t.me/TPWallet_Helpdesk_bot asked me for my 12 words, thats not you right?",
  "reports/asks about fake bot")
O(K, "zh", "t", "说是TP周年庆 转0.2返0.4，我差点就转了 这是骗局吧", "asks about doubling")
O(K, "mixed", "t", "有人给我发 tokenpocket.pro@verify-tp.xyz 这种链接，这个 @ 是什么意思？", "asks about userinfo trick")

# ---- innocent use of trigger words -------------------------------------------------
K = "innocent_keyword"
O(K, "en", "t", "how do I claim the airdrop in the app?", "innocent 'claim' / 'airdrop'")
O(K, "en", "d", "where is customer support", "innocent 'support'")
O(K, "en", "t", "the admin already answered that above", "innocent 'admin'")
O(K, "en", "t", "I DMed the bot but no reply yet", "innocent 'DMed'")
O(K, "zh", "t", "我怎么联系客服", "innocent '客服'")
O(K, "zh", "t", "领取空投在哪里", "innocent '领取' / '空投'")
O(K, "en", "t", "ok thx admin 🙏", "innocent 'admin'")
O(K, "en", "d", "does TP support Base chain?", "innocent 'support' as a verb")
O(K, "en", "t", "is there a way to verify a contract address before I swap", "innocent 'verify'")
O(K, "zh", "t", "收到验证码了 谢谢", "innocent '验证'")
O(K, "en", "t", "does the wallet support Ledger?", "innocent 'support'")
O(K, "zh", "t", "在APP里 我的 -> 帮助中心 -> 在线客服 就能提交工单", "points to in-app support")
O(K, "en", "t", "claim button greyed out for the staking rewards, why", "innocent 'claim'")
O(K, "en", "d", "I claimed my rewards yesterday, they show in the wallet now", "innocent 'claimed'")
O(K, "zh", "t", "私信机器人没反应 是不是挂了", "innocent '私信' to the bot")
O(K, "en", "t", "someone pls ping an admin, the scam bot is spamming again", "innocent 'admin'")
O(K, "en", "d", "support replied to my ticket within an hour, nice", "innocent 'support'")
O(K, "zh", "t", "客服回复了 问题解决了 感谢", "innocent '客服'")
O(K, "en", "t", "what does the 'sync' toggle in settings do? is it just address book sync?", "innocent 'sync'")
O(K, "en", "t", "how can i verify i downloaded the official app and not a fake one", "innocent 'verify'")
O(K, "zh", "t", "验证一下地址对不对 前后几位都对上了", "innocent '验证'")
O(K, "en", "t", "@TPWalletSupportBot /ticket withdrawal stuck", "uses the official bot")
O(K, "en", "t", "the official bot @tokenpocket_bot gave me ticket #48213, how long does it usually take",
  "mentions official bot")
O(K, "en", "d", "how do i migrate from old phone to new phone? just import the mnemonic on the new one?",
  "innocent 'migrate' + mnemonic question")
O(K, "zh", "t", "备份助记词写在纸上就行吗 还是要存云端", "innocent mnemonic backup question")
O(K, "en", "t", "is it safe to store my private key in notes app?", "innocent private key question")
O(K, "en", "t", "how to revoke approvals? i connected to some sketchy dapp yesterday", "innocent 'connected to dapp'")
O(K, "mixed", "t", "请问 airdrop 的 TPT 什么时候可以 claim？", "innocent claim/airdrop")
O(K, "mixed", "t", "客服 ticket 提交了三天了 还没回 help 😩", "innocent support complaint")
O(K, "mixed", "d", "admin 能不能 pin 一下官方下载链接 每次都要翻", "innocent 'admin'")
O(K, "mixed", "t", "我已经 DM 官方 bot 了 等回复", "innocent 'DM' to official bot")
O(K, "mixed", "t", "TP support 不支持 Aptos 吗？找不到", "innocent 'support'")
O(K, "zh", "t", "谁知道空投快照是哪天 我要不要现在买点TPT", "innocent airdrop snapshot question")
O(K, "en", "t", "just dm'd my friend to tell him about the new update lol", "innocent DM")
O(K, "mixed", "t", "导入钱包的时候要 verify 助记词顺序，我点错了一个词 怎么办", "innocent verify+mnemonic in backup flow")
O(K, "zh", "t", "官方客服在哪 APP里找了半天", "innocent '官方客服'")
O(K, "en", "d", "can admins add a FAQ channel? same questions every day", "innocent 'admins'")
O(K, "mixed", "t", "我 restore 钱包之后 token 列表没了，要手动 add 吗", "innocent 'restore'")
O(K, "en", "t", "restored my wallet on the new iphone, all good 👍", "innocent 'restored'")
O(K, "zh", "t", "请问官方的空投领取要连接钱包吗 还是自动到账", "innocent airdrop question")
O(K, "en", "t", "dm'd Kevin my UID like he asked, thanks", "user following a staff instruction")
O(K, "mixed", "t", "小周 已经私信你了 UID 发过去了", "user reporting they DMed staff as instructed")

# ---- official domains shared legitimately ------------------------------------------
K = "official_link"
O(K, "en", "t", "download only from https://www.tokenpocket.pro/en/download/app", "official domain")
O(K, "zh", "t", "官网下载 tokenpocket.pro 别的都别信", "official domain")
O(K, "en", "d", "https://help.tokenpocket.pro/en/ has a guide for that", "subdomain of official domain")
O(K, "en", "t", "tpwallet.io has the new ios link now", "official domain")
O(K, "mixed", "t", "官网是 TokenPocket.pro 大小写无所谓 其他的都是假的", "official domain, different case")
O(K, "en", "t", "official channel is t.me/TPWalletOfficial", "allowed official channel")
O(K, "zh", "t", "新手教程看这个 https://help.tokenpocket.pro/cn/", "official help subdomain")
O(K, "en", "d", "apk from https://www.tokenpocket.pro/en/download/app?lang=en worked fine on my xiaomi",
  "official domain with query string")
O(K, "mixed", "t", "iOS 下载 tpwallet.io，Android 用 google play 就行", "official domain")
O(K, "en", "t", "the fee explanation is on tokenpocket.pro, scroll to the FAQ.", "official domain followed by period")
O(K, "zh", "t", "公告在 https://t.me/TPWalletOfficial 里 自己看", "allowed channel with https")
O(K, "mixed", "t", "官方 website: https://www.tpwallet.io/ 有 swap 教程", "official domain with www")

# ---- allowed third-party links -----------------------------------------------------
K = "allowed_link"
O(K, "en", "t", f"tx stuck since morning https://tronscan.org/#/transaction/{tron_tx()}", "tronscan link")
O(K, "en", "t", f"https://etherscan.io/tx/{eth_tx()}  says success but not in my wallet", "etherscan link")
O(K, "zh", "t", f"转账显示成功了 但是没到 https://bscscan.com/tx/{eth_tx()}", "bscscan link")
O(K, "en", "d", f"solscan shows it confirmed https://solscan.io/tx/{sol_sig()}", "solscan link")
O(K, "en", "d", "source is on github.com/TP-Lab if anyone wants to read the code", "github link")
O(K, "mixed", "t", "TPT 价格看 coingecko.com/en/coins/tokenpocket 就行", "coingecko link")
O(K, "en", "t", "withdrew from binance.com to TP, took 3 min", "binance mention")
O(K, "zh", "t", "我从 okx.com 提币到TP要选什么网络", "okx mention")
O(K, "en", "t", "the official twitter is x.com/TokenPocket_TP, they posted about the update", "official X account")
O(K, "mixed", "t", "youtube.com 上有人做了 TP 闪兑教程 挺清楚的", "youtube mention")
O(K, "en", "d", "good explainer on approvals: medium.com/@tokenpocket", "medium link")
O(K, "zh", "t", f"帮我看看这个地址 https://tronscan.org/#/address/{tron_addr()} 是不是被盗了", "tronscan address")
O(K, "mixed", "t", f"我的 USDT 卡在这 https://etherscan.io/tx/{eth_tx()} pending 两小时了", "etherscan link")
O(K, "en", "t", f"here's my address on bscscan https://bscscan.com/address/{eth_addr()} the token isn't showing",
  "bscscan address")
O(K, "zh", "t", f"哈希 {tron_tx()} tronscan上显示成功", "bare tx hash")
O(K, "en", "d", "twitter.com/TokenPocket_TP announced maintenance tonight btw", "official twitter")
O(K, "mixed", "t", f"solscan 上 https://solscan.io/account/{sol_sig()[:44]} 显示有币 app 里没有", "solscan account")
O(K, "en", "t", "someone opened an issue about it on github.com/TP-Lab/tp-js-sdk", "github link")

# ---- staff messages ----------------------------------------------------------------
ST("Mia", "en", "t", "DM me your UID and I'll check the withdrawal status 🙏", "real staff asking for UID")
ST("Kevin", "en", "d", "Please submit a ticket via @TPWalletSupportBot, we'll follow up there", "staff pointing to official bot")
ST("小周", "zh", "t", "请私信我你的UID和交易哈希，我帮你查一下", "staff '私信我' legit")
ST("Lily Chen", "en", "t", "Official download: https://www.tokenpocket.pro/en/download/app — please don't install APKs from other sites",
   "staff sharing official link")
ST("Omar Haddad", "en", "d", "Reminder: we will NEVER ask for your seed phrase. If anyone DMs you claiming to be staff, report them.",
   "staff warning")
ST("阿杰", "zh", "t", "空投领取在APP内 发现 页面，不需要点任何外部链接", "staff explaining in-app airdrop claim")
ST("Mia", "en", "t", "the scam account has been banned, thanks for reporting 👍", "staff moderation note")
ST("Kevin", "en", "t", "hi, yes pls DM me the tx hash. tx hash only, NOT your seed", "staff DM request with safety note")
ST("Lily Chen", "zh", "t", "闪兑失败的话先看下滑点设置，还不行私信我UID", "staff troubleshooting + DM")
ST("Omar Haddad", "en", "t", "You can verify the token contract on bscscan.com before swapping, check the holders tab",
   "staff using 'verify' innocently with allowed domain")
ST("小周", "zh", "t", "官方群只有 t.me/TPWalletOfficial，其他都是假的", "staff sharing allowed channel")
ST("阿杰", "mixed", "t", "TRC20 转账需要 energy，余额不够的话先 stake 一点 TRX，或者私信我帮你看", "staff advice + DM offer")
ST("Mia", "mixed", "t", "收到，已经转给技术了，DM me if it's not resolved by tomorrow", "staff mixed-language DM offer")
ST("Kevin", "en", "d", "New version 2.x is out, get it from tpwallet.io or the official app stores only", "staff official link")
ST("Lily Chen", "mixed", "t", "领取 TPT airdrop 请在 app 内操作，官方不会发 claim link 给你", "staff airdrop note")
ST("Omar Haddad", "en", "t", "@jason_w I've sent you a DM from my account, please check it has the admin badge before replying",
   "staff initiates DM with verification advice")
ST("小周", "zh", "d", "同步钱包这个说法是骗子用的，我们APP里没有这个功能，大家注意", "staff warning quoting drainer phrase")
ST("阿杰", "zh", "t", "客服工单请走 @TPWalletSupportBot，我这边也可以私信帮忙看", "staff pointing to official bot")
ST("Mia", "en", "t", "guide for adding custom tokens: https://help.tokenpocket.pro/en/ (search 'custom token')",
   "staff official help link")
ST("Kevin", "mixed", "t", "已处理，please restart the app and check again 🙏", "staff resolution")

# =====================================================================================
# OK MESSAGES — ordinary support questions
# =====================================================================================
K = "support_question"
O(K, "en", "t", "deposited usdt from binance 2 hours ago still not showing, network was TRC20", "deposit delay")
O(K, "zh", "t", "转账一直pending 怎么办 急", "pending transfer")
O(K, "en", "d", "swap failed but gas was still taken?? why", "failed swap gas")
O(K, "en", "t", "my NFT not showing in the collectibles tab, its on polygon", "NFT not showing")
O(K, "zh", "t", "TRX 能量不足 转不了USDT 要怎么弄", "Tron energy")
O(K, "mixed", "t", "USDT 转错网络了 ERC20 转到 BSC 地址 还能找回吗", "wrong network")
O(K, "en", "t", "how do i add a custom token? cant find it in search", "custom token")
O(K, "zh", "t", "为什么我转一笔USDT要扣那么多TRX", "Tron fee question")
O(K, "en", "d", "app crashes every time i open the dapp browser, iphone 12 ios 17", "app crash")
O(K, "mixed", "t", "闪兑一直 failed，slippage 调到 3% 也不行", "swap failure")
O(K, "en", "t", "gas on eth is insane today, any way to set custom gas in TP?", "custom gas")
O(K, "zh", "t", "怎么切换到BSC链 找不到入口", "switch chain")
O(K, "en", "t", "can i use face id instead of password for transfers", "biometrics")
O(K, "zh", "t", "观察钱包是什么意思 能转账吗", "watch wallet")
O(K, "en", "d", "sent SOL to my TP address 20 min ago, solscan says finalized but balance 0", "deposit not showing")
O(K, "mixed", "t", "请问 TP 支持 Arbitrum 吗 我想 bridge 一点 ETH 过去", "chain support")
O(K, "en", "t", "bridge from bsc to eth has been stuck 'processing' for 40 min", "bridge stuck")
O(K, "zh", "t", "换手机了 钱包怎么转过去", "device migration")
O(K, "en", "t", "what's the min amount to withdraw to binance from TP? its giving error", "withdraw min")
O(K, "mixed", "t", "我的 TRC20 地址可以收 ETH 吗 新手 sorry", "newbie address question")
O(K, "en", "d", "nonce too low error when sending, what does that mean", "nonce error")
O(K, "zh", "t", "为什么余额显示的跟链上不一样 刷新了也不行", "balance mismatch")
O(K, "en", "t", "how to cancel a pending tx on eth? it's been 3 hours", "cancel pending tx")
O(K, "mixed", "t", "多签钱包 multisig 怎么创建 有教程吗", "multisig")
O(K, "en", "t", "is there a desktop version or only mobile", "desktop version")
O(K, "zh", "t", "授权了一个合约 现在想取消 在哪里操作", "revoke approval")
O(K, "en", "d", "token price shows $0 for my meme coin, is that a display bug?", "price display")
O(K, "mixed", "t", "带宽不够 bandwidth 是什么 要冻结TRX吗", "Tron bandwidth")
O(K, "en", "t", "can I connect TP to a ledger nano x via bluetooth?", "hardware wallet")
O(K, "zh", "t", "钱包名字怎么改", "rename wallet")
O(K, "en", "t", "my swap went through but I received less than quoted, is that slippage?", "slippage")
O(K, "mixed", "d", "DApp 浏览器打不开 uniswap 一直白屏 anyone else?", "dapp browser bug")
O(K, "zh", "t", "从火币提USDT到TP 选TRC20还是ERC20便宜", "network choice")
O(K, "en", "t", "how do i see my private key? want to import into metamask too", "export key to own other wallet")
O(K, "en", "d", "app says 'insufficient funds for gas' but I have 0.01 ETH", "gas error")
O(K, "mixed", "t", "新版本更新后 token 列表乱了 can't find my USDC", "update regression")
O(K, "zh", "t", "iOS下载不了 提示不可用 是区域问题吗", "iOS availability")
O(K, "en", "t", "is staking TRX in TP the same as freezing for energy?", "staking question")
O(K, "mixed", "t", "我的 BNB 转出去显示 failed 但是钱少了", "failed tx")
O(K, "en", "t", "how long does a transfer to tron usually take? first time user", "newbie timing question")
O(K, "zh", "t", "NFT 转不出去 提示gas不足 但是我有BNB", "NFT transfer gas")
O(K, "en", "d", "the fiat on-ramp keeps rejecting my card, any other way to buy usdt?", "on-ramp")
O(K, "mixed", "t", "怎么 export 交易记录 要报税 😂", "export history")
O(K, "zh", "t", "我的钱包里多了一个不认识的币 能卖吗", "unknown token (dust)")
O(K, "en", "t", "anyone know why polygon txs are slow rn?", "network slowness")
O(K, "mixed", "t", "Solana 上的 USDC 怎么换成 SOL，swap 里找不到 pair", "swap pair")
O(K, "en", "t", "lost my phone but I have my seed phrase written down. can I just reinstall and import?",
  "recovery question, user keeps seed private")
O(K, "zh", "t", "冷钱包怎么配合TP使用", "cold wallet")
O(K, "en", "d", "is there a way to hide small balances", "UI question")
O(K, "zh", "t", "地址簿在哪里添加", "address book")
O(K, "mixed", "t", "TP 里的 gas fee 比 metamask 高吗 感觉贵一点", "fee comparison")
O(K, "en", "t", "transfer to exchange succeeded on chain but exchange didn't credit, do I ask TP or the exchange?",
  "deposit routing question")
O(K, "zh", "t", "交易记录里有一笔我没操作过的 是被盗了吗 好慌", "possible compromise question")
O(K, "en", "t", "does TP show ENS names when sending?", "ENS")

# =====================================================================================
# OK MESSAGES — chit-chat
# =====================================================================================
K = "chitchat"
O(K, "en", "d", "gm", "greeting")
O(K, "en", "t", "btc to the moon 🚀🚀", "chit-chat")
O(K, "zh", "t", "今天又跌了 😭", "market chat")
O(K, "zh", "t", "韭菜又被割了 哈哈哈", "slang chit-chat")
O(K, "en", "d", "wen lambo", "meme")
O(K, "zh", "t", "谁在熬夜看盘", "chit-chat")
O(K, "mixed", "t", "ETH gas 今天好低 赶紧转", "chit-chat")
O(K, "mixed", "t", "sol meme 今天疯了 fomo 了", "chit-chat")
O(K, "en", "t", "lmao", "reaction")
O(K, "en", "d", "weekend vibes, not touching charts today", "chit-chat")
O(K, "zh", "t", "我真是服了 刚卖就涨", "market chat")
O(K, "mixed", "t", "gm gm 早上好各位", "mixed greeting")
O(K, "en", "t", "who else bought the dip", "chit-chat")
O(K, "zh", "t", "牛市什么时候来啊", "chit-chat")
O(K, "mixed", "d", "今天的 UI 更新 looks nice 👍", "app feedback")
O(K, "en", "t", "thx for the help earlier guys", "thanks")
O(K, "zh", "t", "好的 谢谢大佬", "thanks")
O(K, "mixed", "t", "大佬们 DYOR 啊 别all in", "advice slang")
O(K, "en", "d", "ngl the new dark mode is 🔥", "app feedback")
O(K, "zh", "t", "yyds TP钱包 用了三年了", "praise with slang")
O(K, "mixed", "t", "hodl 就完事了 别看盘", "chit-chat")
O(K, "en", "t", "anyone here from manila?", "chit-chat")
O(K, "zh", "t", "躺平了 等下一个周期", "chit-chat")
O(K, "mixed", "t", "这波 pump 有点猛 ngmi 的都是没上车的", "market slang")
O(K, "en", "d", "ser this is a wendy's", "meme")
O(K, "zh", "t", "666 解决了", "slang thanks")
O(K, "mixed", "t", "哈哈 same here bro 我也卡了半天", "solidarity")
O(K, "en", "t", "ok it finally arrived, nvm", "resolution")
O(K, "zh", "t", "好家伙 群里这么多人", "chit-chat")
O(K, "mixed", "d", "第一次用 TP，UI 比 metamask 友好多了", "app feedback")
O(K, "en", "t", "fees on tron went up again smh", "complaint")
O(K, "zh", "t", "晚安各位 明天继续搬砖", "chit-chat")
O(K, "mixed", "t", "btc 破 7万 了 冲冲冲", "market chat")
O(K, "mixed", "t", "谢谢 admin 耐心解答 🙏 you're the best", "thanks to admin")
O(K, "en", "t", "anyone tried the new swap aggregator? rates look better", "feature chat")


# =====================================================================================
# NAMES
# =====================================================================================
NAMES = []


def N(name, plat, imp, kind, note):
    NAMES.append({"name": name, "platform": PLAT[plat], "impersonates": imp, "kind": kind, "note": note})


# ---- impersonators of staff --------------------------------------------------------
# Mia
N("Mia | TPWallet Team", "t", "Mia", "staff_role_suffix", "staff first name + team suffix")
N("Mia (Admin)", "t", "Mia", "staff_role_suffix", "staff name + (Admin)")
N("M1a", "t", "Mia", "staff_homoglyph", "digit 1 for i")
N(f"{CY_M}ia", "t", "Mia", "staff_homoglyph", "Cyrillic capital М (U+041C) for M")
N(f"Mi{ZWSP}a", "t", "Mia", "staff_zero_width", "zero-width space between i and a")
N("✅ Mia ✅", "t", "Mia", "staff_decorated", "staff name with verification checkmarks")
N("Mia - TP Support", "d", "Mia", "staff_role_suffix", "staff name + support role")
N("mia.tpwallet", "d", "Mia", "staff_role_suffix", "Discord username joining staff name and brand")
N("Mia [MOD]", "d", "Mia", "staff_role_suffix", "staff name + [MOD]")
N(f"Mi{CY_a}", "t", "Mia", "staff_homoglyph", "Cyrillic а (U+0430) for final a")
N("Mia 官方客服", "t", "Mia", "staff_role_suffix", "staff name + 官方客服")
# Omar Haddad
N("Omar Haddad", "t", "Omar Haddad", "staff_exact_copy", "exact copy of staff full name on a non-staff account")
N("✅ Omar Haddad ✅", "t", "Omar Haddad", "staff_decorated", "checkmark decorations")
N("Omar Hadad Support", "t", "Omar Haddad", "staff_small_edit", "one d dropped + Support")
N("0mar Haddad", "t", "Omar Haddad", "staff_homoglyph", "digit 0 for O")
N("Omar Haddad | TokenPocket", "d", "Omar Haddad", "staff_role_suffix", "name + brand")
N("Omar H. (TP Admin)", "t", "Omar Haddad", "staff_role_suffix", "abbreviated surname + admin role")
N("omar_haddad_tp", "t", "Omar Haddad", "staff_role_suffix", "username with brand tag")
N(f"Omar Hadd{ZWJ}ad", "t", "Omar Haddad", "staff_zero_width", "zero-width joiner inside surname")
N(f"Omar H{CY_a}ddad", "d", "Omar Haddad", "staff_homoglyph", "Cyrillic а in Haddad")
# Lily Chen
N("Lily Chen 官方客服", "t", "Lily Chen", "staff_role_suffix", "staff name + 官方客服")
N("Lily Chen", "d", "Lily Chen", "staff_exact_copy", "exact copy of staff name on a non-staff account")
N("LiIy Chen", "t", "Lily Chen", "staff_homoglyph", "capital I for l")
N("Lily Chen | TPWallet", "t", "Lily Chen", "staff_role_suffix", "name + brand")
N("Lily_Chen_Support", "t", "Lily Chen", "staff_role_suffix", "username + Support")
N("Lilly Chen - Admin", "d", "Lily Chen", "staff_small_edit", "extra l + Admin")
N(f"Lily Ch{CY_e}n", "t", "Lily Chen", "staff_homoglyph", "Cyrillic е (U+0435) in Chen")
# Kevin
N("『Kevin』Admin", "t", "Kevin", "staff_decorated", "brackets + Admin")
N("Kevin | TP Support", "t", "Kevin", "staff_role_suffix", "name + TP Support")
N("Kevin (TPWallet)", "d", "Kevin", "staff_role_suffix", "name + brand")
N("Kev1n Admin", "t", "Kevin", "staff_homoglyph", "digit 1 for i + Admin")
N("Kevin_TPWallet_Official", "t", "Kevin", "staff_role_suffix", "name + brand + Official")
N(f"K{ZWNJ}evin Team", "t", "Kevin", "staff_zero_width", "zero-width non-joiner + Team")
# 小周
N("TP钱包官方 小周", "t", "小周", "staff_role_suffix", "brand + 官方 + staff name")
N("小周 (客服)", "t", "小周", "staff_role_suffix", "staff name + 客服")
N("小周｜TP钱包", "t", "小周", "staff_role_suffix", "staff name + brand with full-width bar")
N("官方小周", "t", "小周", "staff_role_suffix", "官方 prefix")
N("小週", "t", "小周", "staff_homoglyph", "traditional variant 週 for 周, visually near-identical")
N(f"小{ZWSP}周", "t", "小周", "staff_zero_width", "zero-width space between characters")
# 阿杰
N("阿杰 TP官方客服", "t", "阿杰", "staff_role_suffix", "staff name + 官方客服")
N("阿傑", "t", "阿杰", "staff_homoglyph", "traditional 傑 for 杰")
N("TP技术 阿杰", "t", "阿杰", "staff_role_suffix", "brand tech + staff name")
N("阿杰", "t", "阿杰", "staff_exact_copy", "exact copy of staff name on a non-staff account")
# ---- impersonators of the brand ---------------------------------------------------
N("TPWallet Support ✅", "t", "TPWallet", "brand_support", "brand + Support + checkmark")
N("TokenPocket Official", "t", "TokenPocket", "brand_support", "brand + Official")
N("TPWalIet Support", "t", "TPWallet", "brand_homoglyph", "capital I for l")
N("TP钱包客服", "t", "TP钱包", "brand_support", "brand + 客服")
N("TP钱包官方客服中心", "t", "TP钱包", "brand_support", "brand + 官方客服中心")
N("TokenPocket Helpdesk", "d", "TokenPocket", "brand_support", "brand + Helpdesk")
N("TPWallet Admin", "d", "TPWallet", "brand_support", "brand + Admin")
N("TokenP0cket Support", "t", "TokenPocket", "brand_homoglyph", "digit 0 for o")
N("TPWallet Team 🛡", "t", "TPWallet", "brand_support", "brand + Team + shield")
N("Token Pocket Customer Care", "t", "TokenPocket", "brand_support", "spaced brand + customer care")
N(f"TPW{CY_a}llet Official", "t", "TPWallet", "brand_homoglyph", "Cyrillic а in brand")
N("TP钱包 技术支持", "t", "TP钱包", "brand_support", "brand + 技术支持")
N("TokenPocket 中文客服", "t", "TokenPocket", "brand_support", "brand + 中文客服")
N("tpwallet.help", "d", "TPWallet", "brand_support", "Discord username brand + help")
# ---- impersonators of the bots ----------------------------------------------------
N("TPWalletSupport_Bot", "t", "TPWalletSupportBot", "bot_lookalike", "underscore inserted")
N("TPWaIletSupportBot", "t", "TPWalletSupportBot", "bot_lookalike", "capital I for l")
N("tokenpocket_b0t", "t", "tokenpocket_bot", "bot_lookalike", "digit 0 for o")
N("TPWallet Support Bot", "t", "TPWalletSupportBot", "bot_lookalike", "spaced copy of the bot name as display name")
N("tokenpocket_bot_official", "t", "tokenpocket_bot", "bot_lookalike", "bot name + _official")
N("TPWalletSupportBott", "d", "TPWalletSupportBot", "bot_lookalike", "doubled t")
N("TPWalletSupportBot", "d", "TPWalletSupportBot", "bot_lookalike",
  "exact bot name on a non-bot Discord account")

# ---- legitimate names -------------------------------------------------------------
L = None
# share a first name / part of a name with staff
N("Mia Johnson", "t", L, "shares_staff_first_name", "ordinary user named Mia with a surname, no role/brand")
N("Kevin Zhang", "t", L, "shares_staff_first_name", "common name, no role/brand")
N("Lily", "t", L, "shares_staff_first_name", "first name only; staff is 'Lily Chen'")
N("kevin_1998", "t", L, "shares_staff_first_name", "birth-year handle")
N("Omar", "d", L, "shares_staff_first_name", "first name only; staff is 'Omar Haddad'")
N("Lily Wang", "t", L, "shares_staff_first_name", "different surname")
N("kevinnn", "d", L, "shares_staff_first_name", "casual handle")
N("Omar K", "t", L, "shares_staff_first_name", "different surname initial")
N("mia.eth", "d", L, "shares_staff_first_name", "ENS-style handle")
N("Lily🌙", "t", L, "shares_staff_first_name", "first name + moon emoji")
N("Kevin Durant fan", "t", L, "shares_staff_first_name", "sports fan handle")
N("Miami Mike", "t", L, "contains_staff_substring", "contains 'Mia' as a substring of Miami")
N("Omar Farouk", "t", L, "shares_staff_first_name", "different surname")
N("杰哥不要", "t", L, "contains_staff_substring", "internet meme nickname containing 杰")
N("周末愉快", "t", L, "contains_staff_substring", "'happy weekend', contains 周")
# crypto-themed
for nm, note in [
    ("ETH maxi", "crypto handle"), ("BTC老韭菜", "self-deprecating 'old leek' slang"), ("DeFi Dan", "crypto handle"),
    ("gm_enjoyer", "crypto slang"), ("Satoshi's cat", "crypto joke"), ("币圈小白", "'crypto newbie'"),
    ("USDT搬砖工", "arbitrage worker joke"), ("SolanaSam", "chain-themed"), ("0xCryptoNerd", "hex-style handle"),
    ("wen moon", "meme"), ("钻石手 💎🙌", "diamond hands"), ("hodl_queen", "crypto slang"),
    ("NFT degen", "crypto slang"), ("链上侦探", "'on-chain detective'"), ("bsc_farmer", "yield farmer"),
    ("trx矿工", "'TRX miner'"), ("DCA dave", "crypto slang"), ("alpha hunter", "crypto slang"),
    ("梭哈王", "'all-in king'"), ("空投猎人", "'airdrop hunter' — airdrop in name but not brand/staff"),
    ("gas_fee_victim", "joke handle"), ("vitalik fan 2017", "fan handle"), ("0x7a3f…e91c", "truncated address"),
    ("ser_wagmi", "crypto slang"),
]:
    N(nm, "t" if len(NAMES) % 3 else "d", L, "crypto_themed", note)
# Chinese names
for nm in ["王磊", "张小凡", "李娜娜", "陈大宝", "刘洋", "老王", "阿明", "小美", "杨帆", "深圳打工人",
           "上海小吴", "赵先生", "林夕", "北京小李", "胖虎", "一只小猫咪"]:
    N(nm, "t", L, "chinese_name", "ordinary Chinese nickname")
# emoji names
for nm in ["🐸", "🌈 Rainbow 🌈", "🐳 whale watcher", "🚀🚀🚀", "😴", "🍜 noodle", "🦊", "☕ coffee addict"]:
    N(nm, "t" if len(NAMES) % 2 else "d", L, "emoji_name", "emoji nickname")
# ordinary
for nm, note in [
    ("John Miller", "ordinary name"), ("Sarah K", "ordinary name"), ("alex", "ordinary handle"),
    ("Tomás R.", "name with accent"), ("Priya Sharma", "ordinary name"), ("Ahmed Ali", "ordinary name"),
    ("Nguyen Van Minh", "Vietnamese name"), ("Дмитрий", "genuine Cyrillic name; Cyrillic alone is not impersonation"),
    ("Ayşe", "Turkish name"), ("Jose", "ordinary name"), ("Budi Santoso", "Indonesian name"),
    ("Kim Min-jun", "Korean name"), ("Yuki 🍡", "name + emoji"), ("jason_w", "ordinary handle"),
    ("María José", "Spanish name, 'María' is not 'Mia'"),
]:
    N(nm, "d" if len(NAMES) % 4 == 0 else "t", L, "ordinary", note)
# innocent keywords
N("sysadmin_steve", "d", L, "innocent_keyword", "'admin' inside sysadmin, no brand/staff")
N("Pocket Monster 🐉", "t", L, "innocent_keyword", "'Pocket' without Token/brand context")
N("token_enjoyer", "d", L, "innocent_keyword", "'token' generic")
N("wallet_wanderer", "t", L, "innocent_keyword", "'wallet' generic")
N("Admiral Ackbar", "d", L, "innocent_keyword", "starts with 'Adm' but is a Star Wars character")


# =====================================================================================
# write + validate
# =====================================================================================
MSG_FIELDS = {"text": str, "author": str, "author_is_staff": bool, "platform": str, "lang": str,
              "label": str, "kind": str, "note": str}
NAME_FIELDS = {"name": str, "platform": str, "impersonates": (str, type(None)), "kind": str, "note": str}
HARD_NEG_KINDS = {"warning", "quoted_scam", "innocent_keyword", "official_link", "allowed_link", "staff"}


def check_messages(rows):
    seen = set()
    for i, r in enumerate(rows):
        assert set(r) == set(MSG_FIELDS), (i, r)
        for k, t in MSG_FIELDS.items():
            assert isinstance(r[k], t) and (t is bool or r[k]), (i, k, r)
        assert r["platform"] in ("telegram", "discord"), r
        assert r["lang"] in ("zh", "en", "mixed"), r
        assert r["label"] in ("scam", "ok"), r
        if r["author_is_staff"]:
            assert r["author"] in STAFF and r["label"] == "ok", r
        else:
            assert r["author"] not in STAFF, r
        assert r["text"] not in seen, ("duplicate", r["text"])
        seen.add(r["text"])


def check_names(rows):
    seen = set()
    for i, r in enumerate(rows):
        assert set(r) == set(NAME_FIELDS), (i, r)
        for k, t in NAME_FIELDS.items():
            assert isinstance(r[k], t), (i, k, r)
        assert r["platform"] in ("telegram", "discord"), r
        imp = r["impersonates"]
        assert imp is None or imp in STAFF or imp in IDENTITY["brands"] or imp in IDENTITY["official_bots"], r
        assert r["name"] not in seen, ("duplicate", r["name"])
        seen.add(r["name"])


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def reread(path, fields):
    out = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            obj = json.loads(line)
            assert set(obj) == set(fields), (path, ln)
            out.append(obj)
    return out


def main():
    check_messages(MESSAGES)
    check_names(NAMES)
    (HERE / "identity.json").write_text(json.dumps(IDENTITY, ensure_ascii=False) + "\n", encoding="utf-8")
    write_jsonl(HERE / "messages.jsonl", MESSAGES)
    write_jsonl(HERE / "names.jsonl", NAMES)
    m = reread(HERE / "messages.jsonl", MSG_FIELDS)
    n = reread(HERE / "names.jsonl", NAME_FIELDS)
    assert m == MESSAGES and n == NAMES
    print(f"messages: {len(m)}  names: {len(n)}")


if __name__ == "__main__":
    main()
