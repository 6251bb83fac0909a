#!/usr/bin/env python3
"""Blind evaluation corpus #7 for the community guard.

Every sentence and display name below is written by hand. This script only
serialises and validates them, writing identity.json, messages.jsonl and
names.jsonl next to itself. Stdlib only.

Fictional brand: Mossgate Wallet (short: Mossgate / MGW, Chinese: 苔门钱包).
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Identity
# --------------------------------------------------------------------------
BRANDS = ["Mossgate Wallet", "Mossgate", "MGW", "苔门钱包", "苔门"]
OFFICIAL_DOMAINS = ["mossgate.io", "mossgatewallet.com"]
OFFICIAL_BOTS = ["MossgateHelpBot", "MossgateNewsBot"]
# "Sunny" is also an ordinary English word; "Elena Voss" is a two-word full
# name; 林晓雨 and 陈默 are Chinese names.
STAFF = ["Sunny", "Mira", "Tobias", "Kai", "Elena Voss", "林晓雨", "陈默"]
ALLOWED_DOMAINS = [
    "etherscan.io", "bscscan.com", "tronscan.org", "solscan.io",
    "github.com", "coingecko.com", "coinmarketcap.com", "coindesk.com",
    "theblock.co", "x.com", "youtube.com", "t.me/MossgateOfficial",
]

IDENTITY = {
    "brands": BRANDS,
    "official_domains": OFFICIAL_DOMAINS,
    "official_bots": OFFICIAL_BOTS,
    "staff_names": STAFF,
    "allowed_domains": ALLOWED_DOMAINS,
}

# Kinds that count as HARD negatives (ok messages with scam-like surface).
HARD_KINDS = {
    "scam_warning", "quoted_scam", "victim_story", "innocent_keyword",
    "safety_question", "official_link", "staff_official", "staff_dm",
    "price_talk", "own_tx_help", "namesake_author", "thanks_staff",
}

PLAT = {"t": "telegram", "d": "discord"}
MESSAGES = []


def m(label, kind, plat, lang, author, text, note, staff=False):
    MESSAGES.append({
        "text": text,
        "author": author,
        "author_is_staff": staff,
        "platform": PLAT[plat],
        "lang": lang,
        "label": label,
        "kind": kind,
        "note": note,
    })


def s(kind, plat, lang, author, text, note):
    m("scam", kind, plat, lang, author, text, note)


def ok(kind, plat, lang, author, text, note, staff=False):
    m("ok", kind, plat, lang, author, text, note, staff)


# ==========================================================================
# SCAM — English
# ==========================================================================
s("lookalike_domain", "t", "en", "Mossgate Support \u2705",
  "@dave_k hi, I saw your question. Mossgate had a sync issue today, go to mossgate-io.com/restore and it fixes in 2 min",
  "impersonator name + hyphenated lookalike of mossgate.io")
s("lookalike_domain", "t", "en", "Mossgate Announcements",
  "Official notice: all users must re-validate wallets before Friday at https://rnossgate.io/validate",
  "rn->m confusable domain, fake announcement")
s("lookalike_domain", "d", "en", "helpdesk_mia",
  "pls use the backup portal mossgate.io-secure.app while the main site is under maintenance",
  "official domain used as prefix of another registrable domain")
s("punycode_domain", "d", "en", "Wallet Helper",
  "xn--mssgate-9ya.io is the new official url, old one got hacked \U0001F64F",
  "punycode lookalike presented as new official url")
s("lookalike_domain", "d", "en", "ryan.eth",
  "hey, the claim page is mossgate[.]support/claim , just connect and sign",
  "defanged lookalike, connect-and-sign drainer")
s("lookalike_domain", "t", "en", "Oliver",
  "go to mosgate.io/fix and connect, it will auto rectify the stuck balance",
  "edit-distance-1 domain + rectify phrasing")
s("lookalike_domain", "t", "en", "Mossgate Web",
  "app.mossgatewallet.co is the web version, log in there with your recovery words",
  "wrong TLD of official domain + recovery words request")
s("lookalike_domain", "t", "en", "MossgateDAO",
  "Mossgate V3 migration is live \U0001F680 migrate your tokens at mossgate-v3.finance before the old contracts freeze",
  "fake migration on brand-containing domain")
s("lookalike_domain", "t", "en", "nick",
  "mossgate.io.walletsync.net/sync — dev team link, works for pending tx",
  "official domain as subdomain of attacker domain")
s("confusable_domain", "t", "en", "Ava Support",
  "If the app shows 0 balance just open moss\u0261ate.io (new domain) and import again",
  "Latin script g (U+0261) confusable in domain")
s("confusable_domain", "d", "en", "steve_w",
  "if the app shows a zero balance, open moss\u03b1gate.io... sorry typo, mossg\u03b1te.io, and import your wallet",
  "Greek alpha confusable, casual typo cover")
s("fake_support_bot", "d", "en", "Tobias | Mossgate",
  "For faster help open a ticket with @MossgateSupportDeskBot, the team answers there 24/7",
  "staff impersonator name pushing non-official bot")
s("fake_support_server", "d", "en", "Mod Helper",
  "we moved support to a private server: discord.gg/mossgate-help — bring your wallet address",
  "invite to other discord server for 'support'")
s("fake_support_bot", "t", "en", "jake",
  "@lena_88 the admins are slow here, ping the helpdesk bot t.me/MossgateHelp_Bot it solved mine",
  "lookalike of official bot MossgateHelpBot")
s("fake_support_server", "d", "en", "Mossgate Ticket Tool",
  "Click here to open a support ticket \u27a1\ufe0f discord.gg/mgw-tickets",
  "fake ticket tool with external invite")
s("fake_support_group", "t", "en", "Ethan",
  "join t.me/MossgateOfficialSupport for 1 on 1 assistance, this group is only for chat",
  "lookalike of official t.me channel")
s("dm_offer", "t", "en", "Chloe",
  "@kris hey I had the exact same problem last week, DM me and I'll walk you through it step by step \U0001F642",
  "non-staff friendly DM offer reply")
s("dm_offer", "d", "en", "techguy_99",
  "anyone with stuck withdrawals dm me, I'm a mod from the tech side",
  "claims to be mod, DM offer")
s("dm_offer", "d", "en", "Grace",
  "sent you a friend request, check your DMs, I can help recover the funds",
  "friend request + recovery offer")
s("contact_support_offer", "t", "en", "Resolution Center",
  "Hello, I'm from the Mossgate resolution center. Kindly contact support at mossgate.helpdesk@gmail.com with your wallet details",
  "contact support at gmail address")
s("dm_offer", "t", "en", "b0b",
  "inbox me bro i fixed this for like 20 ppl already",
  "lowercase DM offer")
s("dm_offer", "d", "en", "Harper",
  "Don't reply publicly, scammers are watching. Message me privately and I'll assist.",
  "fake-safety framing to move to DM")
s("drainer_phrasing", "t", "en", "Node Support",
  "Your wallet needs to be synchronized with the new node. Connect to walletrectify.app and click Rectify",
  "sync/rectify drainer")
s("drainer_phrasing", "t", "en", "Lucy",
  "Hi dear, the issue is caused by a token mismatch. You need to validate your wallet manually via dappsfix-node.com",
  "validate wallet drainer, polite tone")
s("drainer_phrasing", "d", "en", "recovery_helper",
  "restore your wallet at the portal I sent and your missing tokens will appear within 10 min",
  "restore wallet phrasing without domain")
s("fake_airdrop", "t", "en", "MOSS Drops",
  "Connect wallet to claim your $MOSS airdrop before the snapshot ends \u23f0 mossgate-drop.xyz",
  "fake airdrop on brand-containing domain")
s("drainer_phrasing", "d", "en", "daniel",
  "r e c t i f y  your  w a l l e t  here \u2192 walletconnect-resolve.org",
  "spaced-out rectify wording")
s("drainer_phrasing", "t", "en", "Noah",
  "just approve the unlock contract and the frozen funds get released, takes one click",
  "approval drainer without link")
s("seed_request", "d", "en", "Support Agent Liam",
  "To verify ownership please send your 12 word phrase to me, it's encrypted on our end",
  "seed phrase request")
s("seed_request", "d", "en", "Zoe",
  "I need your private key to trace the transaction, don't worry, it stays with the team",
  "private key request")
s("seed_request", "t", "en", "Whitelist Desk",
  "fill in the form with your recovery phrase so the dev can whitelist your address: docs.google.com/forms/d/1mgwWL",
  "recovery phrase via google form")
s("seed_request", "t", "en", "Hannah",
  "@tom Sorry for the trouble! Please type your seed words into the support bot @MossgateHelpdeskBot so it can resync",
  "fake bot + seed words")
s("seed_request", "d", "en", "verif_team",
  "s e e d  p h r a s e  needed for the manual validation, send it in 2 messages for security",
  "spaced-out seed phrase request")
s("giveaway_doubling", "t", "en", "Mossgate Events",
  "\U0001F389 Mossgate 5th anniversary: send 0.1–5 ETH to the event wallet and receive double back instantly",
  "send X get 2X")
s("giveaway_doubling", "t", "en", "Elena V.",
  "Elena here, we're doing a giveaway, any USDT sent to TQ7xN4pWm8rZ2sVb9kLp is returned x2 within the hour",
  "staff-like name + doubling")
s("signal_teacher", "t", "en", "Emma",
  "I've been following teacher Lucas' signals, 300% this month. DM him @lucas_signals_vip",
  "paid signal teacher shill")
s("signal_teacher", "d", "en", "Profit Daily",
  "Free VIP group, 95% win rate, only 50 spots left \U0001F449 t.me/+aBcDeFvip",
  "VIP signal group")
s("fake_job", "d", "en", "HR Recruit",
  "We're hiring remote moderators, $800/week, no experience needed, DM to apply",
  "other: fake job")
s("pump_shill", "t", "en", "moonboy",
  "$PEPEMOON launching in 1h, stealth, 100x easy, get in before the CEX listing",
  "other: pump shill")
s("recovery_scam", "t", "en", "RecoverPro",
  "Lost crypto to scammers? Our recovery agency got back 94% of funds for clients. Contact RecoverPro today",
  "other: fund recovery scam")
s("fake_mining", "d", "en", "yield_queen",
  "USDT liquidity mining pays 3% daily, just authorize it in your wallet browser",
  "other: liquidity mining approval scam")
s("investment_lure", "t", "en", "Sophia",
  "Hi, I'm new here, my uncle works at a quant fund, he shares a strategy every day, want to join?",
  "other: pig-butchering lure")
s("lookalike_domain", "t", "en", "Jack",
  "@maria_b hello, I see your swap failed. That's a known RPC issue, you can clear it at mossgate.io.fix-rpc.com, takes 30 seconds",
  "helpful reply with subdomain lookalike")
s("phishing_alert", "d", "en", "Mossgate Security",
  "\u26a0\ufe0f Security update: Mossgate detected a suspicious login on your account. Verify now: mossgate-secure-login.com",
  "fake security alert")
s("staff_persona_seed", "d", "en", "Mira (personal)",
  "Hey, Mira from the team here (personal acct), can you send me your address and the first 4 words of your phrase so I can locate your wallet",
  "claims staff, partial seed request")
s("lookalike_domain", "t", "en", "Kai Support",
  "The official helpdesk is at mossgatewallet.com.ticket-center.io, say Kai sent you",
  "official domain prefix on attacker domain")
s("drainer_phrasing", "d", "en", "Isaac",
  "you must sync your wallet to the mainnet bridge, use the dapp validator: dapp-validator.net",
  "sync wallet drainer")

# ==========================================================================
# SCAM — Chinese
# ==========================================================================
s("lookalike_domain", "t", "zh", "苔门客服",
  "@小王 你好，您的问题是节点不同步，请打开 mossgate-app.cn/sync 进行同步即可",
  "冒充客服 + 仿冒域名")
s("lookalike_domain", "t", "zh", "苔门公告",
  "官方通知：因系统升级，所有用户需在24小时内验证钱包，否则资产将被冻结 \U0001F449 mossgate.io.verify-cn.com",
  "紧迫感 + 官方域名作子域")
s("dm_offer", "t", "zh", "技术小刘",
  "私信我，我是技术客服，帮你处理转账卡住的问题",
  "非员工私信客服")
s("dm_offer", "t", "zh", "热心网友",
  "有问题的朋友加我私聊，官方客服太慢了，我这边直接处理",
  "私聊处理")
s("seed_request", "t", "zh", "钱包核验",
  "请提供您的助记词，我们需要核实钱包归属",
  "索要助记词")
s("seed_request", "d", "zh", "阿杰",
  "把私钥发给我，我帮你把被冻结的币转出来",
  "索要私钥")
s("fake_airdrop", "t", "zh", "苔门空投",
  "苔门钱包空投开始啦\U0001F381 连接钱包即可领取 500 MOSS，链接：mossgate-airdrop.top",
  "假空投")
s("confusable_domain", "t", "zh", "小美",
  "钱包显示异常的，请到 m0ssgate.io 重新导入钱包修复",
  "数字0仿冒")
s("fake_support_bot", "t", "zh", "客服助理",
  "客服机器人 @MossgateKefuBot 24小时在线，有问题直接找它",
  "非官方机器人")
s("fake_support_group", "d", "zh", "售后服务",
  "加入官方售后群 t.me/mossgate_kefu 一对一服务",
  "引流到其他群")
s("giveaway_doubling", "t", "zh", "活动专员",
  "转 1000 USDT 到活动地址，立返 2000 USDT，名额有限",
  "转一返二")
s("signal_teacher", "t", "zh", "财富自由",
  "老师每天带单，胜率90%以上，想上车的私信我拉你进群",
  "带单老师")
s("drainer_phrasing", "t", "zh", "风控中心",
  "您好，您的钱包已被风控，需要授权解冻合约才能恢复，链接发你私信了",
  "授权解冻")
s("dm_offer", "t", "zh", "老周",
  "兄弟，别在群里问，骗子多，加我微信 mg_kefu888 我帮你看",
  "假装防骗，引流微信")
s("drainer_phrasing", "d", "zh", "教程君",
  "同步钱包的步骤：1. 打开 mossgate-sync.net 2. 选择苔门钱包 3. 输入助记词 4. 点击修复",
  "同步钱包 + 助记词")
s("confusable_domain", "d", "zh", "群助手",
  "官方新域名 mossgat\u0435.io（旧的被墙了）大家更新一下",
  "西里尔字母 е 仿冒")
s("staff_persona_seed", "t", "zh", "林晓雨 | 苔门官方",
  "林晓雨在这里，这是私人号，你把钱包地址和助记词发我，我帮你查",
  "冒充员工索要助记词")
s("dm_offer", "t", "zh", "在线客服",
  "客 服 在 线，私 信 处 理 提 币 问 题",
  "空格分隔的客服私信")
s("fake_mining", "t", "zh", "稳赚哥",
  "USDT 质押挖矿日化 2%，授权即可参与，稳赚不赔",
  "其他：挖矿授权")
s("drainer_phrasing", "d", "zh", "能量站",
  "免费领取 TRX 能量，打开 DApp 浏览器访问 trx-energy-free.com 连接钱包即可",
  "免费能量钓鱼")
s("activation_fee", "t", "zh", "小陈",
  "@阿明 你好，提币失败是因为钱包没有激活，需要先转 50 USDT 激活费到 TJx8kQ3mNvR7pLw2nQ",
  "激活费骗局")
s("lookalike_domain", "d", "zh", "安全中心",
  "你的钱包被黑客标记了，需要重新认证，点这里 mossgate.io-cn.help",
  "官方域名前缀仿冒")
s("contact_support_offer", "t", "zh", "客服部",
  "官方客服邮箱：mossgate_support@163.com，发送您的钱包截图和助记词",
  "非官方邮箱 + 助记词")
s("lookalike_domain", "t", "zh", "版本更新",
  "苔门钱包v5升级，老版本将停用，请到 mossgatewallet.com.cn 下载新版",
  "官方域名后缀仿冒")
s("recovery_scam", "t", "zh", "追回专家",
  "专业追回被骗资金，成功率95%，先追回后收费，需要的私聊",
  "其他：追回骗局")
s("fake_job", "t", "zh", "招聘",
  "招聘兼职群管，日结300，会用电报就行，私信",
  "其他：假招聘")
s("presale_shill", "t", "zh", "项目方",
  "今晚8点新币上线，内部价认购，先到先得，私聊拿白名单",
  "其他：假预售")
s("lookalike_domain", "d", "zh", "验证员",
  "钱 包 验 证 地 址：mossgate[.]help/验证",
  "去武装化仿冒链接")
s("staff_persona_seed", "t", "zh", "陈默助理",
  "我是陈默的助理，他让我联系你处理工单，请点击链接填写钱包信息",
  "冒充员工助理")
s("punycode_domain", "d", "zh", "老司机",
  "遇到闪兑失败的，到 xn--mossgat-c6a.io 修复一下就好了",
  "punycode 仿冒")
s("fake_support_bot", "t", "zh", "小助手",
  "群里问不出结果的话，直接找客服小助手 @MossgateHelpBot_cn",
  "仿冒官方机器人")
s("phishing_alert", "t", "zh", "系统消息",
  "温馨提示：您的账户存在异常，请于今日内完成资产同步，逾期后果自负。",
  "无链接的同步恐吓")
s("dm_offer", "t", "zh", "阿龙",
  "兄弟我之前也这样，后来找了一个技术大哥帮我弄好了，我把他名片推给你",
  "推荐'技术大哥'")
s("otc_scam", "d", "zh", "U商",
  "大额出金渠道，U换现金，汇率高，私",
  "其他：场外出金")
s("seed_request", "d", "zh", "KYC审核",
  "请在官方验证页面输入私钥以完成 KYC：kyc-mossgate.com",
  "假 KYC 要私钥")

# ==========================================================================
# SCAM — mixed zh/en
# ==========================================================================
s("lookalike_domain", "t", "mixed", "Mossgate 客服",
  "@user 你好 this is a known bug，请到 mossgate-fix.io 点 Rectify 就好",
  "仿冒域名 + rectify")
s("dm_offer", "t", "mixed", "Admin Leo",
  "Admin here \U0001F44B 你的 wallet 需要 re-sync，DM 我发你教程",
  "假 admin 私信")
s("fake_support_bot", "t", "mixed", "Support Center",
  "官方 support bot: @Mossgate_Support_Bot，24/7 在线 help you",
  "仿冒机器人")
s("fake_airdrop", "d", "mixed", "空投猎人",
  "Airdrop 领取 link: mossgate.claims/moss \U0001F381 connect wallet 即可 claim",
  "假空投")
s("seed_request", "t", "mixed", "Tech Team",
  "请 send 你的 seed phrase 给 tech team 做 validation",
  "索要 seed phrase")
s("dm_offer", "d", "mixed", "fixer_wang",
  "DM me 私聊，I fix your stuck tx 五分钟搞定",
  "私信修复")
s("lookalike_domain", "t", "mixed", "公告员",
  "新 domain：mossgate-io.app，old site under maintenance 暂时不能用",
  "假新域名")
s("giveaway_doubling", "t", "mixed", "Event Bot",
  "Send 0.5 BNB 到 event address, 返还 1 BNB, only today 限时",
  "转一返二")
s("signal_teacher", "t", "mixed", "Kevin老师",
  "VIP 信号群 win rate 92%，老师 Kevin 带单，join t.me/+kevinvipcn",
  "带单老师")
s("drainer_phrasing", "t", "mixed", "风控 Team",
  "你的 wallet 被 flagged，需要 verify ownership，点 mossgatewallet-verify.com",
  "verify ownership 钓鱼")
s("fake_support_server", "d", "mixed", "Ticket 系统",
  "Mossgate 官方 ticket 系统 discord.gg/mossgate-ticket 开 ticket 就有人回复",
  "外部服务器邀请")
s("seed_request", "t", "mixed", "Brother Hu",
  "hi 兄弟, private key 发我 I check for you, 很快",
  "要私钥")
s("drainer_phrasing", "d", "mixed", "guide_bot",
  "sync wallet 教程: open dapp-sync.org \u2192 选 Mossgate \u2192 导入 助 记 词",
  "同步教程要助记词")
s("staff_persona_dm", "d", "mixed", "Kai \u2705",
  "Kai 本人，this is my alt account，有问题 DM",
  "冒充员工小号")
s("dm_offer", "t", "mixed", "客服 Online",
  "客服 online now, 有 issue 直接 inbox",
  "客服私信")
s("fake_mining", "d", "mixed", "Pool Manager",
  "USDT mining pool 日收益 3%, just approve 一下 contract",
  "其他：挖矿授权")
s("drainer_phrasing", "t", "mixed", "安全提醒",
  "rectify 钱包 before 24h 否则 assets frozen \u2757",
  "rectify 恐吓")
s("fake_airdrop", "t", "mixed", "Mossgate x Binance",
  "Mossgate x Binance 联合空投, claim at mossgate-binance.events",
  "假联合空投")
s("confusable_domain", "t", "mixed", "热心大哥",
  "@Lily 你这个是 gas 问题, go to mossg\u03b1te.app/gas 修复",
  "希腊 alpha 仿冒")
s("recovery_scam", "d", "mixed", "Recover Team",
  "找回 lost funds 专业 team, 先 recover 后付费",
  "其他：追回骗局")
s("staff_persona_seed", "d", "mixed", "Amy",
  "hey 我是 Sunny 的同事，she asked me to help you，发一下你的 recovery phrase",
  "冒充员工同事要助记词")
s("lookalike_domain", "t", "mixed", "Official 公告",
  "Official 公告: 旧版 wallet 停止 support，立即 migrate at mossgate-migrate.com",
  "假迁移")

# ==========================================================================
# OK — English (ordinary)
# ==========================================================================
ok("chatter", "t", "en", "leo_m", "gm everyone \u2600\ufe0f", "greeting")
ok("support_question", "t", "en", "Priya",
   "how do I add a custom token? I have the contract address but can't find the button", "how-to question")
ok("support_question", "d", "en", "nightowl", "is there a dark mode on android?", "feature question")
ok("support_question", "t", "en", "Carlos",
   "the app takes forever to load on my iphone 11 after the update", "bug report")
ok("chatter", "t", "en", "Ben", "thanks everyone, got it working after reinstalling", "resolution")
ok("support_question", "d", "en", "Fatima",
   "what's the difference between the hot wallet and the hardware mode?", "feature question")
ok("chatter", "d", "en", "marco_r", "lol the market is wild today", "chatter")
ok("support_question", "t", "en", "Anna K", "can I use the same wallet on two phones?", "how-to question")
ok("chatter", "d", "en", "jules", "when is the next AMA?", "community question")
ok("support_question", "t", "en", "Tariq",
   "i keep getting 'insufficient gas' but i have 0.01 BNB, how much do i need", "gas question")
ok("chatter", "d", "en", "newbie_nils",
   "Hi all, new here. Coming from another wallet, the import was smooth", "newcomer chatter")
ok("support_question", "d", "en", "opensource_olga", "Is the desktop app open source?", "question")
ok("support_question", "t", "en", "Sam",
   "my transaction is pending for 20 min on ethereum, should I speed it up?", "pending tx question")
ok("support_question", "t", "en", "solfan",
   "how long do solana transfers usually take to show up?", "question")
ok("chatter", "t", "en", "Ade", "good morning from Lagos \U0001F1F3\U0001F1EC", "greeting")
ok("chatter", "d", "en", "Ivy", "address book feature is super useful, thanks devs", "praise")
ok("support_question", "d", "en", "Klaus",
   "where can I change the displayed currency to EUR?", "settings question")
ok("support_question", "d", "en", "pixel_pam", "does the wallet show NFTs on polygon?", "feature question")
ok("support_question", "t", "en", "Rina", "does anyone know if the iOS widget got removed?", "question")
ok("support_question", "d", "en", "Omar",
   "which chains does the cross-chain swap cover now?", "feature question")
ok("chatter", "t", "en", "Georgia", "the new swap UI is way cleaner after the update", "praise")
ok("support_question", "t", "en", "hugo_b",
   "Face ID stopped working for unlocking the app, anyone else?", "bug report")

# ==========================================================================
# OK — English (hard negatives)
# ==========================================================================
ok("price_talk", "t", "en", "dipbuyer",
   "ETH looking weak today, anyone else buying the dip?", "price talk")
ok("price_talk", "d", "en", "Kwame", "btc just broke 70k again \U0001F680", "price talk")
ok("price_talk", "d", "en", "Lena",
   "the staking APR dropped from 5% to 4.2%, anyone know why?", "yield talk, no lure")
ok("innocent_keyword", "t", "en", "Theo", "does Mossgate support Arbitrum yet?", "'support' as verb")
ok("staff_official", "t", "en", "Elena Voss",
   "Reminder: our only websites are mossgate.io and mossgatewallet.com/download. Admins will never DM you first.",
   "staff posting official domains", staff=True)
ok("staff_dm", "t", "en", "Mira",
   "@jonny_p DM me your ticket number (not your seed phrase!) and I'll check the status",
   "real staff legit DM offer", staff=True)
ok("staff_official", "d", "en", "Tobias",
   "Release notes for v4.8 are on github.com/mossgate/wallet-app/releases", "staff github link", staff=True)
ok("staff_official", "t", "en", "Sunny",
   "Hi! You can open a ticket with @MossgateHelpBot, it's our only support bot. Never share your recovery phrase with anyone.",
   "staff pointing to official bot", staff=True)
ok("staff_official", "t", "en", "Kai",
   "Maintenance on the Tron node finished, pending withdrawals should go through now. Status page: mossgate.io/status",
   "staff status update", staff=True)
ok("staff_official", "d", "en", "Elena Voss",
   "Heads up: someone is using the name 'Elena | Mossgate' and DMing people. I will never ask for your phrase.",
   "staff warning about impersonator", staff=True)
ok("staff_official", "d", "en", "Sunny",
   "It's a sunny day for shipping: v4.9 is live on the App Store and Google Play \U0001F31E",
   "staff release note, 'sunny' as word", staff=True)
ok("scam_warning", "t", "en", "careful_carl",
   "PSA: if anyone DMs you saying they are Mossgate support, it's a scam. Real admins never DM first.",
   "user warning")
ok("quoted_scam", "t", "en", "Wendy",
   "someone named 'Mossgate Support \u2705' just messaged me asking to 'validate my wallet' at some weird site. This is fake right?",
   "quoting scam to ask")
ok("quoted_scam", "d", "en", "ravi_k",
   "Got this DM: 'your wallet needs to be synchronized, connect at walletrectify.app'. Reporting it. Don't click.",
   "quoting scam with warning")
ok("victim_story", "t", "en", "Pete",
   "I lost 2k USDT last month because I typed my seed phrase into a 'support' website. Please learn from me, nobody legit asks for it.",
   "victim story")
ok("safety_question", "t", "en", "Nadia",
   "Is @MossgateHelpBot the real bot? Want to make sure before I open a ticket", "verifying official bot")
ok("safety_question", "d", "en", "Jorge",
   "Does the official support ever ask for the 12 words? someone told me they need it to 'verify'",
   "safety question about seed")
ok("innocent_keyword", "d", "en", "Mei",
   "how do I claim the staking rewards? the claim button is greyed out", "innocent 'claim'")
ok("safety_question", "t", "en", "Dmitri",
   "Is the MOSS airdrop real or is it one of those fake ones? I can't find it on mossgate.io",
   "asking about airdrop legitimacy")
ok("own_tx_help", "t", "en", "Arjun",
   "My tx hash is 0x9f2c1a7e4b3d8e6f0a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778 on etherscan, it says success but the balance doesn't show",
   "own tx hash")
ok("own_tx_help", "t", "en", "Leah",
   "here's my address 0x3Fa2c81D9e0B47a6F1c5E2d3B4a5C6d7E8f9b91C, the USDT arrived on etherscan but not in the app. what am I missing?",
   "own address")
ok("innocent_keyword", "t", "en", "Yusuf",
   "Admin, can you pin the official links please? new people keep asking", "innocent 'admin'")
ok("thanks_staff", "d", "en", "gabe", "@Mira thanks for the help in DM yesterday, ticket solved \U0001F64F",
   "thanks staff, mentions DM")
ok("quoted_scam", "d", "en", "Ingrid",
   "I got a DM from 'Tobias | Mossgate' asking me to join discord.gg/something. Tobias is real staff but that wasn't him, right?",
   "reporting impersonator")
ok("scam_warning", "t", "en", "Matteo",
   "reminder: the only domains are mossgate.io and mossgatewallet.com. mossgate-io.com is NOT ours",
   "warning naming lookalike")
ok("scam_warning", "d", "en", "Becca",
   "Lol a guy just offered me 'send 1 ETH get 2 ETH back'. blocked.", "quoting doubling scam")
ok("safety_question", "d", "en", "Hiro",
   "how do you verify that a token contract is legit before adding it?", "innocent 'verify'")
ok("safety_question", "t", "en", "Olu",
   "where do I back up my recovery phrase safely? paper or metal plate?", "backup question")
ok("scam_warning", "d", "en", "Vera",
   "If someone in here says 'DM me I can help', just ignore them. Use the ticket bot.", "warning")
ok("safety_question", "t", "en", "Caleb",
   "Quick question: the app asked me to write down my seed phrase during setup, is that normal?",
   "seed phrase setup question")
ok("official_link", "t", "en", "Ruth",
   "coingecko.com/en/coins/ethereum says gas is low right now, good time to move funds", "allowed domain")
ok("official_link", "d", "en", "Felix",
   "Found the answer in the docs: mossgatewallet.com/help/custom-tokens, sharing in case someone needs it",
   "official domain link")
ok("safety_question", "t", "en", "Aisha",
   "The 'sync' button in settings just refreshes balances right? Not some connect-your-wallet thing?",
   "innocent 'sync'")
ok("safety_question", "t", "en", "Rob",
   "Is it safe to connect my wallet to uniswap? never used a dex before", "connect safety question")
ok("victim_story", "d", "en", "Tunde",
   "Got scammed by a 'signal teacher' in another group, paid 500 USDT for VIP and he vanished. Be careful out there.",
   "victim story")
ok("scam_warning", "t", "en", "Lars",
   "just saw a fake airdrop on x.com using the Mossgate logo, reported it. official account is x.com/MossgateWallet",
   "warning with allowed domain")
ok("innocent_keyword", "d", "en", "Valeria",
   "The support team restored my access after I reinstalled. Great support honestly.", "praise of support")
ok("official_link", "t", "en", "Noor",
   "New video guide on youtube.com/@MossgateWallet explaining how to revoke token approvals, worth watching",
   "allowed domain")
ok("scam_warning", "d", "en", "Paulo",
   "someone posted 'rectify your wallet' earlier and got banned, thanks mods", "quoted phrase")
ok("innocent_keyword", "t", "en", "Greta", "Who's the admin here? I want to report a spam account",
   "innocent 'admin'")
ok("innocent_keyword", "d", "en", "Samir",
   "what does 'validate address' mean on the send screen? it shows a green tick", "innocent 'validate'")
ok("safety_question", "t", "en", "Chen Wei",
   "My friend says there is a 'Mossgate support' phone number on google, is that real? I thought there's no phone support",
   "asking about fake support number")
ok("innocent_keyword", "d", "en", "Mo",
   "DM'd the bot @MossgateHelpBot and got a ticket number in 2 minutes, nice", "DM to official bot")
ok("quoted_scam", "t", "en", "Bianca",
   "Quoting what I received: 'Kindly contact support at mossgate.helpdesk@gmail.com'. Obviously fake, gmail lol",
   "quoting scam")
ok("scam_warning", "d", "en", "Ezra",
   "Careful, the link mossgate.io-secure.app is a phishing page, the real site is just mossgate.io",
   "warning naming lookalike")
ok("own_tx_help", "t", "en", "Kiran",
   "tx on bscscan.com/tx/0x4b1e9a7c3f0d2e8b6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a shows 'Fail', did I lose the gas?",
   "own tx link on allowed explorer")
ok("official_link", "t", "en", "Dana",
   "Pro tip: bookmark mossgate.io so you never google it and land on an ad", "official domain")
ok("safety_question", "d", "en", "Ursula",
   "the news on coindesk.com about the bridge hack isn't about Mossgate right?", "news link question")
ok("own_tx_help", "t", "en", "Eli",
   "my wallet address TPa8Xq2mVn5rW9sJkD3fLh7cB4wQz on tronscan shows the USDT, but the app shows 0, any idea?",
   "own address")
ok("namesake_author", "t", "en", "Sunny Okafor",
   "Sunny is my name too haha, not staff though, don't DM me for support \U0001F605",
   "namesake of staff with surname")
ok("safety_question", "d", "en", "Quinn",
   "The word 'airdrop' triggers me now, so many fakes. Are there any legit upcoming ones?", "innocent airdrop")
ok("safety_question", "d", "en", "Hassan",
   "I approved a random contract last week, how do I revoke the approval?", "revoke question")

# ==========================================================================
# OK — Chinese (ordinary)
# ==========================================================================
ok("chatter", "t", "zh", "阿飞", "大家早上好", "问候")
ok("support_question", "t", "zh", "小李", "请问怎么添加自定义代币？", "使用问题")
ok("support_question", "t", "zh", "老张", "安卓版更新后打不开了，有人遇到吗", "故障")
ok("support_question", "d", "zh", "橙子", "闪兑手续费现在是多少？", "费用问题")
ok("chatter", "t", "zh", "王磊", "新版界面好看多了\U0001F44D", "称赞")
ok("support_question", "d", "zh", "小鱼", "波场转账需要多少能量？", "使用问题")
ok("support_question", "d", "zh", "阿宝", "钱包里的 NFT 怎么不显示了", "故障")
ok("chatter", "t", "zh", "刘洋", "请问下一次 AMA 是什么时候", "社区问题")
ok("support_question", "t", "zh", "周周", "转账到交易所一般多久到账？", "使用问题")
ok("support_question", "t", "zh", "赵敏", "能不能在两个手机上用同一个钱包", "使用问题")
ok("support_question", "t", "zh", "大熊", "质押收益怎么算的？", "使用问题")
ok("chatter", "t", "zh", "小林子", "谢谢大家，重装之后好了", "问题解决")
ok("support_question", "d", "zh", "孙悦", "有没有人用过硬件钱包模式？", "功能问题")
ok("chatter", "d", "zh", "胖虎", "地址簿功能挺好用的", "称赞")
ok("support_question", "t", "zh", "何欢", "提币一直显示处理中，正常吗？", "使用问题")
ok("support_question", "d", "zh", "新人小白", "我刚入圈，请问 USDT 的 TRC20 和 ERC20 有什么区别", "新手问题")
ok("support_question", "t", "zh", "高远", "iOS 版本的小组件是不是取消了？", "功能问题")
ok("chatter", "d", "zh", "米粒", "今天群里好热闹啊", "闲聊")
ok("support_question", "t", "zh", "杨帆", "怎么把显示货币改成人民币？", "设置问题")
ok("chatter", "t", "zh", "老马", "周末愉快，各位", "问候")

# ==========================================================================
# OK — Chinese (hard negatives)
# ==========================================================================
ok("price_talk", "d", "zh", "抄底王", "今天 BTC 又跌了，抄底吗？", "行情")
ok("price_talk", "d", "zh", "小K", "ETH 冲 4000 了 \U0001F680", "行情")
ok("price_talk", "t", "zh", "韭菜一号", "以太坊 gas 今天好低", "行情/gas")
ok("innocent_keyword", "t", "zh", "阿紫", "苔门钱包支持 Solana 吗？", "'支持'无害")
ok("staff_official", "t", "zh", "林晓雨",
   "提醒大家：官方网站只有 mossgate.io 和 mossgatewallet.com，官方客服机器人只有 @MossgateHelpBot，管理员不会主动私信。",
   "员工发布官方信息", staff=True)
ok("staff_dm", "t", "zh", "陈默",
   "@小李 你把工单号私信我，我帮你查一下进度。注意：不要发助记词。", "员工合法私信", staff=True)
ok("staff_official", "t", "zh", "林晓雨",
   "波场节点维护已完成，卡住的提币会陆续到账。", "员工公告", staff=True)
ok("staff_official", "d", "zh", "陈默",
   "官方频道 t.me/MossgateOfficial 已更新 v4.9 版本说明", "员工官方频道", staff=True)
ok("staff_official", "t", "zh", "林晓雨",
   "有人冒充我私信大家，请注意：我不会私信要任何钱包信息。", "员工警告冒充", staff=True)
ok("quoted_scam", "t", "zh", "小雪",
   "有人私信我说是苔门客服，让我验证钱包，是骗子吧？", "询问诈骗")
ok("quoted_scam", "t", "zh", "老吴",
   "刚收到一条消息：'您的钱包需要同步，请打开 mossgate-sync.net'，大家别点！", "引用诈骗并警告")
ok("victim_story", "t", "zh", "阿强",
   "我上个月把助记词输到一个'客服'网站，结果 U 全没了，大家千万别信。", "受害者经历")
ok("safety_question", "d", "zh", "路人甲", "请问官方客服是哪个？我想确认一下再联系", "确认官方客服")
ok("safety_question", "d", "zh", "小芳", "客服真的会要助记词吗？有人说要验证", "安全问题")
ok("safety_question", "t", "zh", "大刘", "空投怎么领取？官网上没看到，是不是假的", "询问空投真假")
ok("innocent_keyword", "d", "zh", "静静", "领取质押奖励的按钮是灰的，怎么回事", "'领取'无害")
ok("own_tx_help", "t", "zh", "老K",
   "我的交易哈希 0x7c3e5a9b1d2f4e6a8c0b2d4f6e8a0c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9dd21a，etherscan 显示成功但钱包没到账",
   "自己的哈希")
ok("own_tx_help", "t", "zh", "张三丰",
   "这是我的地址 TXa9Lm3Pq8Rv2Ws6Kd4Nf7Hj1Bc5mPq，tronscan 上能看到 USDT，钱包里是 0", "自己的地址")
ok("innocent_keyword", "t", "zh", "小雅", "管理员能不能置顶一下官方链接？", "'管理员'无害")
ok("scam_warning", "d", "zh", "防骗小组",
   "提醒：群里凡是说'私信我帮你处理'的都是骗子，走官方工单", "用户警告")
ok("victim_story", "d", "zh", "阿杜", "被所谓的带单老师骗了 3000U，大家小心", "受害者经历")
ok("safety_question", "t", "zh", "小白兔", "助记词应该怎么备份比较安全？抄纸上可以吗", "助记词安全问题")
ok("safety_question", "t", "zh", "飞鸟", "创建钱包的时候让我抄写助记词，这是正常的吧？", "助记词问题")
ok("thanks_staff", "t", "zh", "钱多多", "谢谢陈默私信帮我查工单，已经解决了", "感谢员工")
ok("quoted_scam", "t", "zh", "小唐",
   "有个叫'林晓雨 | 苔门官方'的人私信我，是本人吗？", "询问冒充者")
ok("official_link", "t", "zh", "老陈", "官网 mossgate.io 的帮助中心有教程，大家可以看看", "官方链接")
ok("scam_warning", "d", "zh", "吃瓜群众", "刚才那个说'转1个ETH返2个'的已经被踢了，管理员给力", "引用诈骗")
ok("innocent_keyword", "t", "zh", "满意用户", "客服回复挺快的，点赞", "称赞客服")
ok("safety_question", "d", "zh", "合约小白", "怎么验证一个代币合约是不是真的？", "'验证'无害")
ok("safety_question", "t", "zh", "空投党", "假的空投太多了，有没有正经的活动", "空投问题")
ok("scam_warning", "t", "zh", "蓝天",
   "有人在推特上冒充苔门发空投，官方推特是 x.com/MossgateWallet", "警告 + 允许域名")
ok("namesake_author", "t", "zh", "王晓雨", "我也叫晓雨，不是官方哈，别找我处理问题 \U0001F602", "同名用户")
ok("safety_question", "d", "zh", "阿哲", "授权了一个奇怪的合约，怎么取消授权？", "取消授权问题")
ok("own_tx_help", "d", "zh", "明明", "bscscan 上这笔交易显示失败，gas 费还退吗", "自己的交易")
ok("safety_question", "t", "zh", "新闻控", "看到 coindesk 报道某跨链桥被盗，跟苔门没关系吧？", "新闻问题")
ok("scam_warning", "d", "zh", "眼尖的人", "注意 m0ssgate.io 是钓鱼网站，数字0不是字母o", "警告仿冒域名")
ok("quoted_scam", "t", "zh", "举报达人",
   "刚收到私信：'您好我是技术客服，请提供私钥'，截图已举报", "引用诈骗")
ok("safety_question", "t", "zh", "谨慎的人", "是不是只有 @MossgateHelpBot 才是官方机器人？", "确认官方机器人")
ok("safety_question", "d", "zh", "阿光", "钱包设置里的'同步'按钮是干嘛的？会不会有风险", "'同步'无害")
ok("safety_question", "t", "zh", "小雨点", "请问官方会在群里发空投领取链接吗？", "空投问题")

# ==========================================================================
# OK — mixed (ordinary)
# ==========================================================================
ok("chatter", "t", "mixed", "Jason王", "gm 大家好 \u2600\ufe0f", "问候")
ok("support_question", "d", "mixed", "阿凯", "swap 的 slippage 在哪里设置？", "设置问题")
ok("chatter", "t", "mixed", "Coco", "新版 UI 很 nice \U0001F44D", "称赞")
ok("support_question", "t", "mixed", "小北", "Solana 的 NFT 能 display 吗？", "功能问题")
ok("support_question", "d", "mixed", "Ray", "有人用 browser extension 吗？Chrome 上 OK 吗", "功能问题")
ok("support_question", "t", "mixed", "阿May", "跨链 bridge 要多久到账？", "使用问题")
ok("support_question", "d", "mixed", "Tina", "iOS widget 没了吗？", "功能问题")
ok("chatter", "t", "mixed", "Leo哥", "周末 market 好安静", "闲聊")

# ==========================================================================
# OK — mixed (hard negatives)
# ==========================================================================
ok("price_talk", "d", "mixed", "Gas侠", "今天 ETH gas 才 5 gwei，赶紧 transfer", "gas 行情")
ok("price_talk", "d", "mixed", "Mike陈", "BTC 又 new high 了", "行情")
ok("price_talk", "t", "mixed", "小Q", "staking APR 降到 4% 了，why？", "收益讨论")
ok("staff_official", "t", "mixed", "Kai",
   "大家注意 official site 只有 mossgate.io，any DM claiming to be staff 都是 fake", "员工警告", staff=True)
ok("staff_official", "d", "mixed", "Tobias",
   "v4.9 release notes 在 github.com/mossgate/wallet-app/releases，欢迎反馈 bug", "员工 github", staff=True)
ok("staff_dm", "t", "mixed", "Mira",
   "@阿强 DM me 你的 ticket ID 就好，千万不要发 seed phrase", "员工合法 DM", staff=True)
ok("quoted_scam", "t", "mixed", "Lily",
   "有人 DM 我说他是 Mossgate support，让我 validate wallet，scam 吧？", "询问诈骗")
ok("quoted_scam", "t", "mixed", "老Wang",
   "收到这个：'rectify 钱包 before 24h 否则 frozen'，obviously fake，大家别信", "引用诈骗")
ok("safety_question", "d", "mixed", "Ken",
   "Airdrop 是真的吗？官网 mossgate.io 没看到 announcement", "空投真假")
ok("own_tx_help", "t", "mixed", "Vivian",
   "我的 tx hash 0x5d8a2f6c9e1b3d7a0c4e8f2b6d0a4c8e2f6b0d4a8c2e6f0b4d8a2c6e0f4bc4e2，bscscan 显示 success 但是 wallet 里没有",
   "自己的哈希")
ok("innocent_keyword", "d", "mixed", "Eric", "Admin 能不能 pin 一下 official links？", "'admin'无害")
ok("victim_story", "t", "mixed", "小胖",
   "被 fake support bot 骗了 seed phrase，资产全没了 \U0001F62D 大家小心", "受害者")
ok("innocent_keyword", "d", "mixed", "Nick李", "claim rewards 按钮是灰的，是 bug 吗？", "'claim'无害")
ok("safety_question", "t", "mixed", "Grace林", "官方 support bot 是 @MossgateHelpBot 对吧？想 double check",
   "确认官方机器人")
ok("scam_warning", "t", "mixed", "Alan",
   "scam alert \u26a0\ufe0f mossgate-io.com 不是官方的，别 connect wallet", "警告仿冒域名")
ok("safety_question", "d", "mixed", "Jenny", "助记词 backup 用 metal plate 靠谱吗？", "助记词安全")
ok("quoted_scam", "d", "mixed", "阿Ben",
   "有个 'Kai | Mossgate Admin' DM 我，真 Kai 不会主动 DM 吧？", "询问冒充者")
ok("thanks_staff", "t", "mixed", "Sophie", "Thanks 陈默, 工单 solved \U0001F64F", "感谢员工")
ok("official_link", "d", "mixed", "Owen",
   "youtube.com/@MossgateWallet 上有 revoke approval 的教程，推荐", "允许域名")
ok("scam_warning", "t", "mixed", "老司机Tom", "所谓 send 1 get 2 的活动都是骗局，不要 send", "警告")
ok("own_tx_help", "t", "mixed", "Cindy",
   "my address TKq3Wn8Zp5Lr2Vx7Mb4Hs9Dj6Fc8vRm，tronscan 上有 USDT 但 app 显示 0", "自己的地址")
ok("safety_question", "t", "mixed", "Jay", "怎么 verify 一个 token contract 是 official 的？", "'verify'无害")
ok("innocent_keyword", "t", "mixed", "Frank", "客服 ticket 回复很快，support 不错", "称赞客服")


# ==========================================================================
# NAMES
# ==========================================================================
NAMES = []


def n(name, plat, imp, kind, note):
    NAMES.append({"name": name, "platform": PLAT[plat], "impersonates": imp,
                  "kind": kind, "note": note})


# ---- impersonators ----
n("Mossgate Support \u2705", "t", "Mossgate", "brand_support_badge", "brand + Support + check mark")
n("Mossgate Wallet | Official", "d", "Mossgate Wallet", "brand_official", "full brand + Official")
n("Sunny | Mossgate Team", "t", "Sunny", "staff_team_suffix", "staff first name + brand team")
n("Sunny (Admin)", "d", "Sunny", "staff_role_suffix", "staff name + Admin")
n("\u0405unny", "t", "Sunny", "staff_homoglyph", "Cyrillic DZE for S")
n("Sunny \u2705", "t", "Sunny", "staff_badge", "staff name + check mark")
n("Sunny [MOD]", "d", "Sunny", "staff_role_suffix", "staff name + MOD tag")
n("Mira | Support", "t", "Mira", "staff_role_suffix", "staff name + Support")
n("M\u0456ra", "t", "Mira", "staff_homoglyph", "Cyrillic i")
n("M1ra Mossgate", "d", "Mira", "staff_leet_brand", "digit 1 for i + brand")
n("Mira\u200b", "t", "Mira", "staff_zero_width", "trailing zero-width space")
n("Tobias | Mossgate Dev", "d", "Tobias", "staff_team_suffix", "staff + brand role")
n("Toblas", "t", "Tobias", "staff_edit", "l for i")
n("Tobias \u2705 Admin", "t", "Tobias", "staff_badge", "check mark + Admin")
n("Elena Voss | Mossgate", "t", "Elena Voss", "staff_team_suffix", "full staff name + brand")
n("Elena Vos", "d", "Elena Voss", "staff_edit", "dropped letter")
n("\u0415lena Voss", "t", "Elena Voss", "staff_homoglyph", "Cyrillic Ie for E")
n("Elena V. (Official)", "t", "Elena Voss", "staff_official", "abbreviated surname + Official")
n("林晓雨 | 苔门官方", "t", "林晓雨", "staff_team_suffix", "员工名 + 品牌官方")
n("林晓雨\u2705", "t", "林晓雨", "staff_badge", "员工名 + 勾")
n("林晓雨-客服", "d", "林晓雨", "staff_role_suffix", "员工名 + 客服")
n("林 晓 雨", "t", "林晓雨", "staff_spaced", "空格分隔")
n("陈默 官方客服", "t", "陈默", "staff_role_suffix", "员工名 + 官方客服")
n("陈默 (Admin)", "d", "陈默", "staff_role_suffix", "员工名 + Admin")
n("陳默", "t", "陈默", "staff_traditional_variant", "繁体变体")
n("Kai | Mossgate Admin", "t", "Kai", "staff_team_suffix", "staff + brand admin")
n("K\u200bai", "d", "Kai", "staff_zero_width", "zero-width space inside")
n("Kai Official", "t", "Kai", "staff_official", "staff + Official")
n("Ka\u0456", "t", "Kai", "staff_homoglyph", "Cyrillic i")
n("MossgateHelpBot", "t", "MossgateHelpBot", "bot_exact_display", "user display name equals official bot")
n("MossgateHe\u0049pBot", "t", "MossgateHelpBot", "bot_homoglyph", "capital I for l")
n("Mossgate Help Bot", "d", "MossgateHelpBot", "bot_spaced", "spaced bot name")
n("MossgateHelp_Bot", "t", "MossgateHelpBot", "bot_edit", "underscore inserted")
n("MossgateNewsBot \u2705", "t", "MossgateNewsBot", "bot_badge", "bot name + check mark")
n("Mossgate News", "t", "MossgateNewsBot", "bot_edit", "bot without Bot suffix")
n("Moss\u0261\u0430te Wallet", "d", "Mossgate Wallet", "brand_homoglyph", "Latin script g + Cyrillic a")
n("M0ssgate", "t", "Mossgate", "brand_leet", "digit 0 for o")
n("Mossgate Team", "d", "Mossgate", "brand_team", "brand + Team")
n("\U0001D40C\U0001D428\U0001D42C\U0001D42C\U0001D420\U0001D41A\U0001D42D\U0001D41E \U0001D412\U0001D42E\U0001D429\U0001D429\U0001D428\U0001D42B\U0001D42D",
  "t", "Mossgate", "brand_math_alnum", "mathematical bold letters")
n("MGW Official", "t", "MGW", "brand_short_official", "short brand + Official")
n("MGW Admin \u2705", "d", "MGW", "brand_short_admin", "short brand + Admin + check")
n("苔门钱包客服", "t", "苔门钱包", "brand_support_zh", "中文品牌 + 客服")
n("苔门钱包官方\u2705", "t", "苔门钱包", "brand_official_zh", "中文品牌 + 官方 + 勾")
n("苔门 钱包 技术支持", "t", "苔门钱包", "brand_support_zh", "空格分隔 + 技术支持")
n("Mossgate Wallet 官方客服", "t", "Mossgate Wallet", "brand_support_mixed", "英文品牌 + 中文客服")
n("Mossqate Support", "d", "Mossgate", "brand_edit", "q for g + Support")
n("\u24c2ossgate", "t", "Mossgate", "brand_decorated", "circled M")
n("\u1d0d\u1d0fss\u0262\u1d00\u1d1b\u1d07 \u1d00\u1d05\u1d0d\u026a\u0274", "d", "Mossgate", "brand_small_caps",
  "small-capital letters + admin")
n("\u2728Mira\u2728 Mossgate", "t", "Mira", "staff_decorated", "sparkle decoration + brand")

# ---- legitimate ----
n("Sunny Okafor", "t", None, "namesake_surname", "shares staff first name, has surname")
n("Sunny Li", "d", None, "namesake_surname", "shares staff first name, has surname")
n("sunnyday_trader", "t", None, "common_word", "'sunny' as ordinary word")
n("Sunny Side Up", "d", None, "common_word", "breakfast joke name")
n("Mira Patel", "t", None, "namesake_surname", "shares staff first name")
n("Mirabel", "d", None, "similar_name", "different name containing Mira")
n("Miranda", "t", None, "similar_name", "different name containing Mira")
n("Tobias Krüger", "t", None, "namesake_surname", "shares staff first name")
n("Toby", "d", None, "similar_name", "nickname, not staff")
n("Tobi", "t", None, "similar_name", "short name")
n("Elena Marquez", "t", None, "namesake_surname", "same first name, different surname")
n("Elena", "d", None, "namesake_first_only", "first name only of a two-word staff name")
n("Kai Nakamura", "t", None, "namesake_surname", "shares staff first name")
n("Kairos", "d", None, "similar_name", "different word starting with Kai")
n("Kai_from_Berlin", "t", None, "namesake_handle", "namesake with location")
n("Kaito", "t", None, "similar_name", "Japanese name")
n("林晓东", "t", None, "shared_character_zh", "与员工共用两个字")
n("王晓雨", "t", None, "shared_character_zh", "同名不同姓")
n("陈静", "t", None, "shared_character_zh", "同姓")
n("默默无闻", "d", None, "shared_character_zh", "含'默'")
n("林子", "t", None, "shared_character_zh", "含'林'")
n("陈默然", "t", None, "shared_character_zh", "三字人名，不同人")
n("小雨", "t", None, "shared_character_zh", "常见昵称")
n("林森", "d", None, "shared_character_zh", "同姓")
n("Dan (IT support guy)", "d", None, "innocent_support", "works in IT support elsewhere")
n("Admin of my own life", "t", None, "innocent_admin", "joke name with Admin")
n("SupportLocalFarms", "d", None, "innocent_support", "'support' as verb")
n("Ahmed | IT Support (not Mossgate)", "t", None, "innocent_support", "explicitly not brand")
n("Nina (sysadmin)", "d", None, "innocent_admin", "profession")
n("Team Rocket Fan", "d", None, "innocent_team", "contains Team")
n("Official Pizza Taster", "t", None, "innocent_official", "contains Official")
n("做客服的小张", "t", None, "innocent_support_zh", "职业是客服，与品牌无关")
n("管理员的猫", "t", None, "innocent_admin_zh", "玩笑名")
n("Moss Green", "d", None, "brand_word_overlap", "contains 'Moss' as a color")
n("Gatekeeper Gary", "t", None, "brand_word_overlap", "contains 'gate'")
n("Priya Sharma", "t", None, "ordinary", "ordinary name")
n("CryptoNomad", "d", None, "ordinary", "ordinary handle")
n("hodl_hannah", "t", None, "ordinary", "ordinary handle")
n("0xWalter", "d", None, "ordinary", "ordinary handle")
n("张伟", "t", None, "ordinary_zh", "普通中文名")
n("李娜", "t", None, "ordinary_zh", "普通中文名")
n("币圈小白", "t", None, "ordinary_zh", "普通昵称")
n("老韭菜", "d", None, "ordinary_zh", "普通昵称")
n("Marco Rossi", "t", None, "ordinary", "ordinary name")
n("Fatima Z.", "d", None, "ordinary", "ordinary name")
n("BTC Maxi \u2705", "t", None, "ordinary_badge", "check mark but no brand/staff")
n("Jonas W.", "t", None, "ordinary", "ordinary name")
n("Hazel \U0001F33B", "d", None, "ordinary", "name with emoji")


# ==========================================================================
# Validation
# ==========================================================================
def fail(msg):
    print("VALIDATION ERROR:", msg)
    sys.exit(1)


def validate():
    texts = [x["text"] for x in MESSAGES]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    if dup:
        fail("duplicate texts: %r" % dup)
    names = [x["name"] for x in NAMES]
    dupn = [t for t, c in Counter(names).items() if c > 1]
    if dupn:
        fail("duplicate names: %r" % dupn)
    staff = set(STAFF)
    targets = set(STAFF) | set(BRANDS) | set(OFFICIAL_BOTS)
    for x in MESSAGES:
        if x["author_is_staff"] and x["author"] not in staff:
            fail("staff author not in staff_names: %r" % x["author"])
        if not x["author_is_staff"] and x["author"] in staff:
            fail("non-staff author equals a staff name: %r" % x["author"])
        if x["author_is_staff"] and x["label"] != "ok":
            fail("staff message labelled scam: %r" % x["text"])
        if x["lang"] not in ("en", "zh", "mixed") or x["label"] not in ("scam", "ok"):
            fail("bad lang/label: %r" % x)
        if not x["kind"] or not x["note"] or not x["author"]:
            fail("missing field: %r" % x)
    for x in NAMES:
        if x["impersonates"] is not None and x["impersonates"] not in targets:
            fail("impersonates target not exact: %r" % x)
        if x["name"] in staff:
            fail("name equals a staff name exactly: %r" % x["name"])
    total = len(MESSAGES)
    lab = Counter(x["label"] for x in MESSAGES)
    lang = Counter(x["lang"] for x in MESSAGES)
    plat = Counter(x["platform"] for x in MESSAGES)
    hard = sum(1 for x in MESSAGES if x["label"] == "ok" and x["kind"] in HARD_KINDS)
    if total < 250:
        fail("need >= 250 messages, have %d" % total)
    if not (90 <= lab["scam"] <= 115):
        fail("scam count off: %d" % lab["scam"])
    if lab["ok"] < 140:
        fail("ok count off: %d" % lab["ok"])
    if hard < 80:
        fail("need >= 80 hard negatives, have %d" % hard)
    for lg, want in (("en", 0.45), ("zh", 0.35), ("mixed", 0.20)):
        share = lang[lg] / total
        if abs(share - want) > 0.05:
            fail("language share %s=%.2f, want ~%.2f" % (lg, share, want))
    tg = plat["telegram"] / total
    if not (0.5 <= tg <= 0.72) or plat["discord"] == 0:
        fail("platform share telegram=%.2f" % tg)
    if len(NAMES) < 90:
        fail("need >= 90 names, have %d" % len(NAMES))
    imp = sum(1 for x in NAMES if x["impersonates"] is not None)
    if not (0.4 <= imp / len(NAMES) <= 0.6):
        fail("impersonator share off: %d/%d" % (imp, len(NAMES)))
    for s_ in (lab, lang, plat):
        pass
    return total, lab, lang, plat, hard, imp


def main():
    total, lab, lang, plat, hard, imp = validate()
    with open(os.path.join(HERE, "identity.json"), "w", encoding="utf-8") as f:
        json.dump(IDENTITY, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for x in MESSAGES:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.jsonl"), "w", encoding="utf-8") as f:
        for x in NAMES:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("messages: %d" % total)
    print("  label:", dict(lab))
    print("  lang:", dict(lang))
    print("  platform:", dict(plat))
    print("  hard negatives:", hard)
    print("  label x lang:", dict(Counter((x["label"], x["lang"]) for x in MESSAGES)))
    print("  scam kinds:", dict(Counter(x["kind"] for x in MESSAGES if x["label"] == "scam")))
    print("  ok kinds:", dict(Counter(x["kind"] for x in MESSAGES if x["label"] == "ok")))
    print("names: %d (impersonators %d, legit %d)" % (len(NAMES), imp, len(NAMES) - imp))
    print("  name kinds:", dict(Counter(x["kind"] for x in NAMES)))


if __name__ == "__main__":
    main()
