#!/usr/bin/env python3
"""Build the fifth (blind) community-guard evaluation corpus.

Every sentence and display name below was written by hand for this file.
The script only serialises and validates them, then writes
identity.json, messages.jsonl and names.jsonl next to itself.
Stdlib only.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Identity of the fictional wallet
# ---------------------------------------------------------------------------
IDENTITY = {
    "brands": ["Halyard Wallet", "Halyard", "帆索钱包"],
    "official_domains": ["halyardwallet.com", "halyard.app"],
    "official_bots": ["@HalyardHelpBot", "@HalyardAlertsBot"],
    "staff_names": ["Marek", "Faith", "Tobias", "Dana Okafor", "Ines", "林嘉怡", "周博文"],
    "allowed_domains": [
        "etherscan.io", "bscscan.com", "tronscan.org", "solscan.io", "polygonscan.com",
        "github.com", "coingecko.com", "coinmarketcap.com", "coindesk.com",
        "x.com", "youtube.com", "t.me/HalyardOfficial",
    ],
}

MESSAGES = []


def _add(label, lang, plat, author, kind, text, note, staff=False):
    MESSAGES.append({
        "text": text,
        "author": author,
        "author_is_staff": staff,
        "platform": {"t": "telegram", "d": "discord"}[plat],
        "lang": lang,
        "label": label,
        "kind": kind,
        "note": note,
    })


def S(lang, plat, author, kind, text, note):
    _add("scam", lang, plat, author, kind, text, note)


def O(lang, plat, author, kind, text, note):
    _add("ok", lang, plat, author, kind, text, note)


def T(lang, plat, author, kind, text, note):
    _add("ok", lang, plat, author, kind, text, note, staff=True)


# Kinds of ok messages that count as HARD negatives (scam-like vocabulary used innocently,
# warnings, quoted scams, links to official/allowed domains, staff posts, own tx/address).
HARD_KINDS = {
    "scam_warning", "quote_ask", "airdrop_question", "safety_advice", "support_question",
    "official_link", "own_tx_hash", "own_address", "scam_story", "verify_question",
    "admin_request", "debunk", "impersonator_report", "sync_question", "revoke_question",
    "support_followup", "praise_admins", "allowed_link", "innocent_support_word",
    "innocent_claim", "recovery_question", "seed_safety_question", "approval_question",
    "phishing_report", "dm_offer_to_staff", "poisoning_question", "price_talk_scamword",
    "staff_reminder", "staff_dm_legit", "staff_official_link", "staff_explain",
    "staff_warning", "staff_bot_confirm", "staff_tx_help", "staff_moderation",
}

# ===========================================================================
# SCAM messages
# ===========================================================================

# ---- English scams -------------------------------------------------------
S("en", "t", "Halyard Care", "fake_support_handle",
  "Hello, if you are facing any issue with your wallet kindly message our help desk @HalyardHelpDesk_bot they will resolve it asap",
  "fake support bot handle that is not one of the official bots")
S("en", "t", "Halyard Admin", "fake_support_dm",
  "sorry for the delay in reply, admins are very busy today. pls DM me your issue and i will get it sorted privately 🙏",
  "pulls users into private chat, author name mimics admin")
S("en", "t", "jessica_w", "drainer_sync",
  "ur wallet needs to be synced after the last update, do it here before balances show 0: halyard-sync[.]app",
  "defanged drainer link with sync phrasing")
S("en", "d", "Moderator", "lookalike_domain",
  "Validate your wallet at haIyardwallet.com/validate to avoid suspension of your assets. Deadline 24h.",
  "capital I instead of l in official domain")
S("en", "d", "Halyard Announcements", "fake_announcement",
  "📢 OFFICIAL: Halyard v3 migration is live. All users must migrate tokens to the new contract via halyardwallet.com.migrate-v3.net — unmigrated balances will be frozen after Friday",
  "official domain used as subdomain of attacker domain")
S("en", "t", "mike_trades", "drainer_rectify",
  "bro same thing happened to me, i used this dapp to rectify it and got everything back in 10 min → rectify-chain.org just connect and click Rectify",
  "fake testimonial pushing a drainer dapp")
S("en", "t", "Support Team", "seed_request_indirect",
  "To confirm you are the owner of the wallet please send the first and last word of your recovery phrase, this is standard procedure.",
  "partial seed request framed as ownership check")
S("en", "d", "TicketBot", "seed_request_direct",
  "Support needs your 12 words to restore the stuck transaction. Type them here in order and the bot will fix it automatically.",
  "direct seed request from a fake ticket bot")
S("en", "t", "Halyard Events", "doubling_giveaway",
  "🎉 HALYARD 5th ANNIVERSARY 🎉 send 0.1 - 5 ETH to the event address and receive 2x back instantly. Only first 500 participants! 0x7a3F9e21b0C4d5E6f7081a2B3c4D5e6F7a8B9c91",
  "classic send-X-get-2X giveaway")
S("en", "t", "Linda Parker", "signal_teacher",
  "I made 4.2 ETH this week following Professor Kane's signals, he's legit and only takes 10% after profit. message him @KaneSignalsVIP",
  "testimonial for a signal 'teacher'")
S("en", "d", "HR Recruiter", "fake_job_task",
  "Hiring part-time remote: like & review crypto apps, earn 300-800 USDT/day. No experience needed. WhatsApp me +44 7700 9xx xxx",
  "task/job scam moving to WhatsApp")
S("en", "t", "RecoverPro Agent", "recovery_service",
  "Lost funds to a scam? Our team of certified blockchain forensics experts has recovered over $12M. Contact RecoverPro on tg, no upfront fee*",
  "recovery scam, asterisk hides the fee")
S("en", "t", "Platform Service", "fee_to_unlock",
  "your withdrawal of 18,400 USDT is approved but requires a 1,200 USDT network unlock fee first. pay to the address below and funds release in 5 min",
  "advance fee to unlock a fake balance")
S("en", "d", "devrel_sam", "fake_app_extension",
  "Download the new Halyard Pro extension (faster, supports 90 chains) — chrome web store mirror: chromewebstore-halyard.com/pro",
  "fake browser extension on lookalike store domain")
S("en", "t", "Anna 💕", "pig_butchering",
  "Hi dear, I saw your question in the group. My uncle works at a quant fund and I've been using their platform, 3% daily 😊 want me to show you how it works?",
  "romance/investment opener")
S("en", "t", "Tobias | Halyard", "staff_impersonation",
  "Hello everyone this is Tobias from the Halyard team, we're doing a manual review of affected wallets, reply with your address and I'll DM you the form",
  "non-staff account impersonating Tobias to harvest victims")
S("en", "d", "compensation desk", "qr_code",
  "Scan this QR with your Halyard app to receive the compensation for the bridge exploit 👇 [image: qr.png]",
  "QR code leading to a signing drainer")
S("en", "t", "Halyard Notice", "fake_address_change",
  "Attention: the Halyard deposit address for gas top-ups has changed. Please use TXq7Rm4vP2sLk8nD3wYbF6hJ9cQe1aZ9fKe for all top-ups from today",
  "fake 'new address' notice")
S("en", "d", "airdrop hunter", "fake_airdrop",
  "Free $HLY airdrop for early users, claim before snapshot 👉 claim-halyard.xyz connect wallet and sign",
  "fake token airdrop, connect-and-sign drainer")
S("en", "t", "SecurityBot", "revoke_scam",
  "⚠️ Your wallet has unlimited approvals to a compromised contract. Revoke now at revoke-cash.app before it gets drained",
  "fake revoke site with hyphenated lookalike of revoke.cash")
S("en", "d", "moonboy", "presale_shill",
  "ignore the fud, $PEPEMAX presale 50% bonus only today, LP locked, CA in bio, 100x easy 🚀🚀",
  "presale/rug shill")
S("en", "t", "confused_user22", "seed_bait_gas",
  "i have a wallet with 3,000 USDT but dont know how to move it, words are: orbit salad cheap venue pilot tiger moral zebra funny cradle ankle jungle. just need a bit of TRX for gas, whoever helps I'll share",
  "posted seed bait: wallet is multisig/swept, victim sends TRX")
S("en", "d", "Kyle", "accidental_report",
  "hey sorry, I accidentally reported your account for spam and it might get banned. contact the Discord safety staff at @DiscordTrustDesk to clear it",
  "discord 'accidentally reported you' scam")
S("en", "d", "Halyard Guard", "fake_verification_bot",
  "To get access to the holders channel, verify your wallet with our bot: collab-land-verify.com/halyard",
  "fake wallet-verification bot for Discord roles")
S("en", "t", "Help Center", "fake_ticket_form",
  "Open a ticket here for faster support: forms.gle/HaLyArD-support-ticket — include your wallet phrase so we can locate your account",
  "google-form ticket asking for phrase")
S("en", "d", "dev_oliver", "remote_access",
  "Stuck tx? Our dev can fix it remotely, just install AnyDesk and share the 9-digit code, takes 5 min",
  "remote-desktop takeover")
S("en", "d", "MEV King", "mev_bot",
  "MEV sandwich bot earning 2-3 ETH/day 🔥 deploy the contract from my pastebin with remix and fund it with 0.5 ETH min",
  "fake MEV bot contract that sends funds to scammer")
S("en", "d", "Rachel", "fake_support_link",
  "Admins won't help you here. I got my stuck swap fixed by the live agent at halyard.helpdesk-live.com, fill the form there",
  "brand as subdomain of attacker domain")
S("en", "t", "HashPool", "cloud_mining",
  "Cloud mining: deposit 100 USDT get 8 USDT daily forever, withdraw anytime 🔥 t.me/hashpool_bonus",
  "cloud mining ponzi")
S("en", "d", "QuickLoan", "loan_fee",
  "Need a quick loan? 5000 USDT no KYC, you only pay 10% collateral insurance first",
  "advance-fee loan")
S("en", "t", "d r o p", "spaced_out",
  "h a l y a r d   w a l l e t   a i r d r o p   l i v e  👉  h a l y a r d - d r o p  .  c o m",
  "letters spaced out to evade filters")
S("en", "t", "Safety First", "fake_warning_scam",
  "pls everyone be careful of scammers!! the ONLY real support is @Halyard_CareDesk, admins here will never dm you first",
  "scam disguised as a warning, promotes fake handle")
S("en", "d", "Compliance Officer", "fake_kyc",
  "Hi, I'm from the Halyard compliance team. Your address was flagged in an AML check, you must complete KYC at halyard-kyc.com within 12h or assets will be locked",
  "fake AML/KYC threat")
S("en", "t", "lucky_lucas", "keystore_request",
  "got my stuck funds back using the wallet recovery tool, it asks for the keystore json + password and then rescans the chain. link in my bio",
  "indirect key-material request via bio link")
S("en", "d", "Halyard Mod", "fake_mint",
  "@everyone 🚨 Halyard has partnered with OpenSea! Mint your free Halyard Genesis Pass now, limited 2000 → halyard-genesis.net",
  "fake NFT mint with @everyone ping")
S("en", "t", "apk mirror", "fake_apk",
  "Get Halyard Wallet premium for Android here (play store removed it temporarily): halyardwallet-apk.com/download.apk",
  "malicious APK")
S("en", "d", "OTC desk", "otc_scam",
  "anyone want to buy USDT at 6% below market? I have 50k, OTC only, you send first",
  "OTC 'you send first' scam")
S("en", "d", "Halyard Rewards", "fee_refund",
  "Gas refund program: users who paid high fees in March can claim refunds. Send 0.01 ETH to verify your wallet and receive up to 0.8 ETH",
  "pay-to-verify refund")
S("en", "t", "node_helper", "drainer_sync",
  "your 'missing' tokens are just not synced to the node. go to dapp-sync-node.pages.dev, pick Halyard, enter phrase to resync",
  "drainer on a free hosting subdomain")
S("en", "t", "Moderator Jay", "fake_mod_dm",
  "Hello sir are you still having the issue? I'm a moderator here, we can resolve it via private chat, kindly check your inbox",
  "fake moderator inviting DM")
S("en", "t", "Marek", "staff_impersonation",
  "Marek here, the team just put out an emergency patch. Update by importing your wallet into halyard.app.patch-v4.io, old versions will stop working",
  "exact staff display name on a NON-staff account; official domain as prefix of attacker domain")
S("en", "d", "Giveaway Desk", "activation_fee",
  "Binance x Halyard joint giveaway 🎁 10,000 users × 500 USDT, register with your wallet address and pay 20 USDT activation fee",
  "fake partnership giveaway with activation fee")
S("en", "d", "Chloe", "investment_group",
  "DM me for the trading group link. we turned 1k into 14k last month, screenshots in my profile 📈",
  "investment group lure")
S("en", "d", "crypto_news_24", "celebrity_giveaway",
  "Elon just confirmed on x.com that DOGE holders on Halyard get a 3x bonus, send to the verified event address to participate",
  "celebrity doubling scam that name-drops an allowed domain")
S("en", "d", "Halyard Accounts", "shortlink",
  "Your Halyard account will be deactivated due to inactivity. Reactivate here: https://bit.ly/3hLyrdReact",
  "deactivation threat plus URL shortener")
S("en", "t", "energy_guy", "approval_drainer",
  "guys i found a way to get free TRX energy forever, just approve the 'energy rental' contract from this site: tronenergy-free.top",
  "unlimited approval drainer on TRON")
S("en", "t", "bridge helper", "fake_bot_private_key",
  "Bridge stuck? Official Halyard bridge helper: t.me/HalyardBridgeHelpBot — enter your private key to force-complete the transfer",
  "fake bot asking for private key")
S("en", "d", "SecureScan", "seed_scanner",
  "Test your wallet's security score for free 🔒 just paste your seed into the scanner, it runs offline and nothing is stored: seedcheck.tools",
  "'security check' that harvests seeds")
S("en", "d", "alex.eth", "fake_whitelist",
  "whitelist spots for the Halyard token launch are open for 1 hour only. connect at halyard-wl.com and approve USDT to reserve your allocation",
  "approval drainer framed as whitelist")
S("en", "t", "Sophia Lee", "wrong_number_opener",
  "Hello, is this Mr. Daniel? we were supposed to talk about the BTC contract trading I mentioned. oh sorry wrong person haha, but are you into crypto too?",
  "pig-butchering 'wrong person' opener in group")

# ---- Chinese scams -------------------------------------------------------
S("zh", "t", "帆索客服", "fake_support_dm",
  "您好，看到您在群里反映的问题，我是帆索官方客服，请私信我为您处理。",
  "fake official support inviting DM")
S("zh", "t", "技术支持", "lookalike_domain",
  "钱包需要同步验证，否则资产会被冻结，请访问 halyardwallet-cn.com 完成验证",
  "lookalike domain with -cn suffix")
S("zh", "t", "帆索钱包公告", "fake_announcement",
  "【帆索钱包官方公告】因系统升级，所有用户须于48小时内迁移资产至新合约，逾期未迁移将无法找回。迁移地址：halyard-upgrade.cc",
  "fake migration announcement")
S("zh", "t", "售后服务", "seed_request_direct",
  "请提供您的助记词，技术部门会帮您恢复丢失的资产",
  "direct seed request")
S("zh", "t", "客服小美", "seed_request_indirect",
  "为了核实钱包归属，请发送助记词的第3、7、11个单词给客服",
  "partial seed request")
S("zh", "t", "U商老李", "otc_buy_usdt",
  "高价收U，一手现金，量大从优，有需要的私聊",
  "USDT buying (money laundering) ad")
S("zh", "t", "阿强", "money_mule",
  "招跑分人员，日入3000+，只需提供钱包地址配合收款转账，无风险，详情私我",
  "money-mule recruitment (跑分)")
S("zh", "d", "兼职小助手", "fake_job_task",
  "兼职刷单，手机就能做，一单佣金5-50U，日结，加微信 hy8899xx",
  "task scam moving to WeChat")
S("zh", "t", "张老师助理", "signal_teacher",
  "老师带单，稳赚不赔，上周胜率92%，免费进VIP群学习 👉 t.me/zhangls_vip",
  "signal teacher group")
S("zh", "t", "追回团队", "recovery_service",
  "专业追回被骗资金，已帮助上千人挽回损失，先追回后收费，联系我们团队",
  "recovery scam")
S("zh", "t", "平台客服", "fee_to_unlock",
  "您的提现已审核通过，但需先缴纳15%的个人所得税才能到账，请尽快处理",
  "tax to unlock withdrawal")
S("zh", "t", "空投小助手", "fake_airdrop",
  "帆索钱包空投第二期开始啦🎉 每人可领200 HLY，连接钱包即可领取：halyard-airdrop.top",
  "fake airdrop")
S("zh", "t", "下载中心", "fake_apk",
  "下载帆索钱包最新版（国内专用版），官网已被墙，请用这个地址：hy-wallet-cn.vip/app",
  "fake 'domestic edition' app")
S("zh", "t", "安全中心", "revoke_scam",
  "检测到您的钱包存在风险授权，请立即点击解除授权，否则资产会被盗：revoke-halyard.com",
  "fake revoke page")
S("zh", "t", "小雨姐姐", "pig_butchering",
  "姐妹们，我最近跟着一个大哥做合约，一个月赚了二十多万，平台是正规的，想了解的可以加我 😘",
  "romance/investment lure")
S("zh", "t", "不懂就问", "seed_bait_gas",
  "本人有个钱包里面有5000U，但是没有TRX转不出来，助记词发你们：cable dwarf mimic ocean lunar pulse valve rookie dinner sketch exile token 谁帮忙转出来分一半",
  "seed-share bait to get victims to pay gas")
S("zh", "t", "周年庆活动", "qr_code",
  "扫码领取周年庆红包🧧 每人最高888U [图片：二维码]",
  "QR red-packet drainer")
S("zh", "t", "官方通知", "fake_address_change",
  "官方通知：充值地址已更换，旧地址停止使用，新地址 TXa9Lk2mQ8wZr5vN7bPq3sD4fG6hJ1k3Lm，请大家相互转告",
  "fake new deposit address")
S("zh", "t", "诚信U商", "otc_scam",
  "USDT 1:7.8 高价兑换人民币，支持支付宝微信，先打U后付款，诚信第一",
  "OTC send-first")
S("zh", "t", "好心人", "fake_warning_scam",
  "群里的兄弟注意了，真正的客服是 @HalyardKefu_Official，其他都是骗子，有问题找他",
  "warning-shaped scam promoting fake handle")
S("zh", "t", "钱包技术员", "private_key_request",
  "转账卡住的可以找我，我是钱包技术员，帮你加速，只需要导入一下私钥",
  "private key request")
S("zh", "t", "补贴发放", "fee_refund",
  "免费领取矿工费补贴，先转0.05 ETH验证地址，系统自动返还1 ETH",
  "pay-to-verify doubling")
S("zh", "t", "风控部", "fake_kyc",
  "您的钱包已被列入反洗钱名单，需要完成实名认证才能解冻：halyard-kyc.net/cn",
  "fake AML freeze")
S("zh", "t", "矿池小王", "cloud_mining",
  "云挖矿项目，投100U每天返6U，邀请好友还有额外奖励，已稳定运行三年",
  "cloud mining ponzi")
S("zh", "d", "早鸟", "presale_shill",
  "新币预售，上所必涨100倍，名额有限，要上车的抓紧私聊",
  "presale shill")
S("zh", "d", "量化阿峰", "quant_bot",
  "资金盘？不是！这是正规量化机器人，日化2%，本金随时可提，群文件有收益截图",
  "fake quant bot with daily yield")
S("zh", "t", "修复", "spaced_out",
  "钱 包 同 步 异 常 的 请 点 h a l y a r d - s y n c 点 c o m 修 复",
  "characters spaced out, 'dot' written as 点")
S("zh", "t", "周博文 (官方)", "staff_impersonation",
  "我是周博文，帆索技术负责人，现在开放内部测试名额，需要的把钱包地址和助记词发我",
  "impersonates staff 周博文 and asks for seed")
S("zh", "t", "秒到账", "loan_fee",
  "贷款无需抵押，USDT秒到账，只需先支付保证金500U",
  "advance-fee loan")
S("zh", "t", "内幕哥", "pump_group",
  "币圈内幕消息群，庄家拉盘提前通知，入群费200U，回本包退",
  "paid pump group")
S("zh", "t", "DeFi小白鼠", "approval_mining",
  "链上质押挖矿，授权USDT即可每天领收益，无需转账，资金在自己钱包里绝对安全",
  "授权挖矿 approval drainer")
S("zh", "t", "Lily", "pig_butchering",
  "你好，我在另一个群看到你，你也是做币的吧？我表哥在交易所上班，有内部渠道，可以带你一起赚",
  "pig-butchering opener")
S("zh", "t", "维权律师", "recovery_service",
  "交易所冻结了你的资产？我们有律师团队帮你解冻，支付前期费用即可",
  "lawyer recovery fee")
S("zh", "d", "服务器管理员", "fake_verification_bot",
  "管理员通知：所有成员需在24小时内连接钱包通过验证机器人验证身份，否则会被移出服务器",
  "fake wallet-verify bot on Discord")
S("zh", "t", "补偿计划", "compensation_form",
  "帆索钱包补偿计划：受上次事件影响的用户可领取补偿金，填写表单时需提供私钥以确认身份",
  "compensation form asking for private key")
S("zh", "d", "点赞任务", "fake_job_task",
  "抖音点赞任务，一个赞3元，做满任务送100U，需先充值激活账号",
  "task scam with deposit to activate")
S("zh", "t", "能量租赁", "approval_drainer",
  "波场能量免费领，每天100万能量，只需在网站上授权一次即可：tron-nengliang.com",
  "free energy approval drainer")

# ---- Mixed zh/en scams ---------------------------------------------------
S("mixed", "t", "Halyard 官方 Support", "fake_support_handle",
  "Halyard 官方 support 在线，钱包有问题直接 DM @Halyard_Helpdesk 😊",
  "fake support handle")
S("mixed", "t", "冲冲冲", "fake_airdrop",
  "兄弟们 airdrop 开了！！connect wallet 就能 claim，链接 halyard-claim[.]io 速度冲",
  "defanged fake airdrop link")
S("mixed", "t", "技术 Team", "drainer_validate",
  "你的 wallet 需要 validate 一下，不然 balance 会显示0，go to haIyard.app/validate",
  "capital I lookalike of halyard.app")
S("mixed", "t", "客服 Amy", "seed_request_direct",
  "客服 here，请 send 你的 seed phrase 给我 verify 一下 ownership 就好，很快的",
  "seed request")
S("mixed", "t", "老K", "otc_buy_usdt",
  "USDT 高价回收 rate 7.35，量大私聊 no KYC",
  "USDT buying ad")
S("mixed", "d", "NFT Drop", "fake_mint",
  "Free mint 限时 only 2h 🔥 mint here → halyard-nft.xyz，官方 partner",
  "fake free mint")
S("mixed", "t", "发财哥", "otc_buy_usdt",
  "shou U, gao jia, xian jin jiao yi, 有需要的 si liao wo",
  "pinyin to evade Chinese keyword filters")
S("mixed", "t", "hy668", "investment_group",
  "jia wo vx: hyqb668, dai ni zuan qian, 日入 500+ U",
  "pinyin WeChat lure")
S("mixed", "t", "Alpha 小助理", "signal_teacher",
  "Signal 老师今天又带我们赚了 40%，VIP group 免费进 👉 t.me/AlphaSignalsCN",
  "signal teacher")
S("mixed", "t", "Vivian", "pig_butchering",
  "Hi 亲，我看你也在学 crypto，我这里有个 platform 每天稳定收益 5%，要不要一起？",
  "romance/investment opener")
S("mixed", "t", "System Notice", "fee_to_unlock",
  "Withdraw 卡住了? 需要先交 unlock fee 200U 才能 release，这是 system 规定",
  "fee to unlock")
S("mixed", "d", "v2 swap", "fake_migration",
  "钱包 migrate 到 v2 了，老版本 token 要 swap，用这个 dapp: hly-v2-swap.finance",
  "fake token migration dapp")
S("mixed", "d", "Recovery 专家", "recovery_service",
  "Recovery service 专业找回被盗 crypto，成功率 98%，先付 10% deposit",
  "recovery scam")
S("mixed", "t", "revoke小能手", "revoke_scam",
  "Revoke 你的 approvals 吧，我用这个 tool 的: revoke-check.live，paste private key 就能一键 revoke all",
  "revoke tool asking private key")
S("mixed", "d", "HR 小林", "fake_job_task",
  "Part-time job 兼职，每天 1-2 hours，follow 和 like 就有 USDT 报酬，DM 详谈",
  "task scam")
S("mixed", "t", "Official 公告", "doubling_giveaway",
  "【Official 公告】Halyard 与 Binance 合作 giveaway，转 0.1 BNB 回 0.5 BNB，限前 1000 名",
  "fake partnership doubling")
S("mixed", "t", "桥 helper", "fake_bot_lookalike",
  "Bridge 卡住的 用 这 个 bot 秒 解: @HaIyardHelpBot 输入 phrase 就行",
  "lookalike of official bot with capital I, asks for phrase")
S("mixed", "t", "gas 补贴", "qr_code",
  "有人要 free gas 吗？scan 这个 QR code 就自动到账 [图片]",
  "QR drainer")
S("mixed", "t", "degen 王", "presale_shill",
  "New token 刚 launch，LP lock 了，CA: 0x9f4c2d18e7b3a6f5c0d9e8b7a6f5e4d3c2b1a0e2，冲就完了 100x 🚀",
  "honeypot/rug shill")
S("mixed", "t", "AML 中心", "fake_kyc",
  "你的 account 被 flag 了 AML risk，要做 KYC verify，link: halyard-aml-check.com",
  "fake AML/KYC")
S("mixed", "d", "senior_support", "fake_support_dm",
  "Trust me 兄弟，这个 Discord server 的 mod 都不回 ticket 的，你加我，I'm senior support at Halyard",
  "undermines real mods, pulls to DM")
S("mixed", "t", "热心群友", "fake_warning_scam",
  "pls 注意 scam!! 正版 Halyard 客服 only 这个: t.me/Halyard_Support_247",
  "warning-shaped scam with fake t.me support")

# ===========================================================================
# OK messages
# ===========================================================================

# ---- English ordinary chatter / support questions -------------------------
O("en", "t", "Kev", "greeting", "gm everyone ☀️", "greeting")
O("en", "t", "mina_t", "how_to", "how do I add Arbitrum network in the app? I only see Ethereum and BSC", "feature question")
O("en", "t", "Sergio R", "tx_pending", "my USDT transfer on TRON has been pending for 20 min, is the network congested?", "pending transfer question")
O("en", "d", "nightowl", "bug_report", "anyone else seeing the balance load slowly after the update?", "bug report")
O("en", "t", "cryptodad88", "price_talk", "ETH back above 3k lol, finally", "price talk")
O("en", "d", "Priya S", "how_to", "Is there a way to hide small-value tokens from the asset list?", "UI question")
O("en", "t", "Ayo", "swap_issue", "swap failed with 'slippage too high', what should I set it to?", "swap question")
O("en", "t", "Jenna 🌸", "thanks", "thanks for the help yesterday, the token showed up after I added the contract manually", "thanks")
O("en", "t", "Olga", "app_version", "which version of the app is the latest on iOS?", "version question")
O("en", "d", "Yuki Tanaka", "feature_question", "does Halyard support Ledger yet?", "hardware wallet question")
O("en", "t", "Kev", "chatter", "lol this group is so quiet on weekends", "chatter")
O("en", "t", "Ahmed", "fee_question", "how much TRX do I need for a USDT transfer now? energy prices changed again", "fee question")
O("en", "d", "tomasz", "how_to", "can I use the same wallet on two phones?", "multi-device question")
O("en", "d", "Priya S", "feedback", "the dark mode looks great btw", "feedback")
O("en", "t", "Ben O.", "how_to", "Where can I find the fee settings for BSC transactions?", "settings question")
O("en", "d", "pixelpusher", "bug_report", "Android app keeps crashing when I open the DApp browser, Pixel 7, Android 14", "crash report")
O("en", "t", "sol_maxi", "feature_question", "does anyone know if SOL staking is coming to the app?", "roadmap question")
O("en", "t", "Ayo", "greeting", "good night from Lagos 🌙", "greeting")
O("en", "t", "Marta", "tx_success", "sent BNB from Binance to my Halyard address on BEP20, arrived in like 10 sec 👍", "positive report")
O("en", "d", "Luis", "feature_question", "is there a desktop version or only mobile + extension?", "platform question")
O("en", "t", "newbie_nick", "learning", "I'm new here, what's the best way to learn about gas fees?", "beginner question")
O("en", "t", "cryptodad88", "price_talk", "bear market vibes today 😩", "chatter")
O("en", "d", "artblocks_fan", "nft_question", "The NFT tab doesn't show my Polygon NFTs, is that expected?", "NFT display question")
O("en", "d", "taxman", "how_to", "Can I export my transaction history to CSV for taxes?", "export question")
O("en", "t", "Marta", "congrats", "congrats to the team on the 1M downloads 🎉", "congrats")
O("en", "d", "Luis", "how_to", "what's the difference between the hot wallet and the watch-only mode?", "concept question")
O("en", "t", "Ben O.", "tx_success", "swapped 200 USDC to ETH, the rate was better than I expected", "positive report")
O("en", "t", "sol_maxi", "price_talk", "btc dominance climbing again", "market chatter")
O("en", "d", "tomasz", "app_version", "when is the next app update?", "release question")
O("en", "d", "pixelpusher", "feature_request", "Feature request: address book labels would be really handy", "feature request")
O("en", "d", "Dmitri", "discord_meta", "which role do I need to see the #beta-testers channel? I got the beta invite by email", "discord role question")

# ---- English HARD negatives ---------------------------------------------
O("en", "t", "Rosa M", "scam_warning",
  "PSA: someone named 'Halyard Support' just DMed me asking for my seed phrase. Blocked and reported. Admins never DM first!",
  "user warning others; contains seed phrase/DM/support")
O("en", "t", "Ben O.", "quote_ask",
  "Got this from a 'moderator': \"validate your wallet at haIyardwallet.com\". That's a fake domain right? capital I instead of l",
  "quotes a scam to ask if it is real")
O("en", "d", "Priya S", "airdrop_question",
  "Is the HLY airdrop real? Someone posted a claim link in another group and I don't want to connect anything sketchy",
  "asks about airdrop/claim")
O("en", "t", "oldtimer_vic", "safety_advice",
  "Never share your 12 words with anyone. Not support, not admins, not me. Nobody legit will ever ask for them.",
  "safety advice with seed vocabulary")
O("en", "t", "newbie_nick", "support_question",
  "how do I contact support? I don't want to trust random DMs",
  "innocent support question")
O("en", "t", "Marta", "official_link",
  "The support form is on halyardwallet.com/support, that's the one the pinned message links to",
  "user pointing to official domain")
O("en", "t", "Sergio R", "own_tx_hash",
  "here's my tx hash, stuck for an hour: 0x4b1e9c0d2f7a63b8e5d1c9a0f3e2b7d6c4a8f1e0b3d5c7a9e2f4b6d8c0a1e3f5 can anyone see what's wrong?",
  "user shares own tx hash")
O("en", "t", "Ahmed", "own_address",
  "my address is 0x9C2e51b7A04d3F8e6c1B2a9D7e5F4c3B2a1D4fA1, on etherscan.io the tokens are there but the app shows 0",
  "user shares own address and explorer")
O("en", "t", "oldtimer_vic", "scam_story",
  "lol I 'claimed' a free airdrop once in 2021 and lost 2 ETH. lesson learned, never connect to random claim sites",
  "past-scam story")
O("en", "d", "Luis", "verify_question",
  "does 'verify' in the app mean I'm signing something? I just want to check before approving",
  "innocent verify question")
O("en", "t", "Rosa M", "admin_request",
  "admin, can you pin the list of official links? new people keep asking",
  "addresses admin innocently")
O("en", "t", "Kev", "dm_offer_to_staff",
  "@Faith can I DM you the screenshot of the error? it shows my balance and I'd rather not post it publicly",
  "user asks staff for DM, no secrets")
O("en", "t", "sol_maxi", "debunk",
  "Just checked coingecko.com, HLY isn't even a listed token, so all those 'HLY presale' posts are fake",
  "debunking a scam with allowed domain")
O("en", "t", "Jenna 🌸", "impersonator_report",
  "report the guy pretending to be Tobias, his username is @tobias_halyard_help and he's DMing everyone",
  "reporting an impersonator handle")
O("en", "d", "Dmitri", "scam_warning",
  "Scam alert: there's a fake Halyard extension in the Chrome store with 3 stars. The real one is only linked from halyardwallet.com",
  "warning plus official domain")
O("en", "d", "tomasz", "sync_question",
  "what does 'sync' mean in the settings? is it safe to press?",
  "innocent sync question")
O("en", "t", "Ayo", "scam_story",
  "My friend lost everything after typing his recovery phrase into a 'wallet rectify' site. Please guys, these sites are ALL drainers",
  "warning story with rectify/recovery phrase")
O("en", "d", "artblocks_fan", "revoke_question",
  "is revoke.cash ok to use for revoking approvals? or is there a built-in way in the app",
  "question about a real revoke tool")
O("en", "t", "Olga", "quote_ask",
  "someone told me I need to pay a 'network unlock fee' to withdraw from some platform. that's a scam isn't it?",
  "asks about fee-to-unlock")
O("en", "d", "Marta", "support_followup",
  "support ticket #48213 still open after 3 days, any update?",
  "ticket follow-up")
O("en", "t", "cryptodad88", "praise_admins",
  "the admins here are actually helpful, got my issue fixed in the group without any DMs",
  "praise with admin/DM words")
O("en", "d", "artblocks_fan", "verify_question",
  "WalletConnect popup asks me to 'sign to verify ownership' on opensea, that's normal right?",
  "asks about signing")
O("en", "t", "Ben O.", "allowed_link",
  "Here's the announcement on x.com/HalyardWallet about the v4 update, nothing about any migration so ignore the 'migrate' posts",
  "allowed domain link, debunks migration scam")
O("en", "d", "Yuki Tanaka", "allowed_link",
  "Video tutorial on adding custom tokens: youtube.com/watch?v=H4lyRd-tok3n from the official channel",
  "allowed domain link")
O("en", "d", "devnull", "allowed_link",
  "Source is public on github.com/halyard-wallet/halyard-extension if anyone wants to audit it",
  "allowed domain link")
O("en", "t", "oldtimer_vic", "safety_advice",
  "doubling giveaways are always scams. nobody sends you 2x back. ever.",
  "safety advice")
O("en", "t", "Luis", "innocent_support_word",
  "I support this update, the new swap UI is much better",
  "'support' as a verb")
O("en", "d", "sol_maxi", "innocent_claim",
  "How do I claim the staking rewards in the app? the button is greyed out",
  "innocent claim question")
O("en", "d", "ens_enjoyer", "innocent_claim",
  "Trying to claim my ENS name, does Halyard handle signing the commit tx?",
  "innocent claim")
O("en", "t", "Rosa M", "impersonator_report",
  "If you got a DM from 'Faith' offering help, it's not her. the real Faith only answers in this group",
  "reporting impersonation of staff")
O("en", "t", "newbie_nick", "recovery_question",
  "I accidentally sent USDT on the wrong network (ERC20 to a TRC20 address). Is there any way to recover it, or is it gone?",
  "recovery question, no scam")
O("en", "d", "Dmitri", "scam_warning",
  "careful, someone is posting a QR code for 'compensation' in #general. Don't scan it",
  "warning about QR scam")
O("en", "t", "Ahmed", "poisoning_question",
  "The address poisoning thing is real: I got a 0 USDT transfer from an address that looks like mine. Always check the full address, not just the first/last chars",
  "warning about address poisoning")
O("en", "t", "Sergio R", "own_tx_hash",
  "Found my tx on tronscan.org, it says SUCCESS but the exchange hasn't credited it. Should I contact the exchange's support?",
  "own tx on allowed explorer")
O("en", "t", "Jenna 🌸", "seed_safety_question",
  "What's the safest way to back up my seed phrase? paper? metal plate?",
  "seed safety question")
O("en", "d", "Luis", "approval_question",
  "can someone explain what 'approve' vs 'transfer' means when a dapp asks for permission?",
  "approval concept question")
O("en", "t", "sol_maxi", "debunk",
  "Just a reminder: there is no HLY token. Anyone selling a presale is lying.",
  "debunk presale")
O("en", "t", "Marta", "scam_story",
  "my cousin got roped into a 'signal teacher' group and lost 8k. these 'teachers' are the worst",
  "story about signal scam")
O("en", "d", "devnull", "allowed_link",
  "good coindesk.com piece on the latest drainer kits, worth reading before you connect to anything",
  "allowed news link")
O("en", "t", "oldtimer_vic", "phishing_report",
  "Anyone know the right way to report a phishing site? halyard-sync.app is still up",
  "reports a phishing domain")
O("en", "t", "Rosa M", "scam_warning",
  "the 'recovery experts' who reply under every scam post are scammers too, don't pay them anything",
  "warning about recovery scams")
O("en", "t", "Olga", "seed_safety_question",
  "Is it normal that the app asks for Face ID before showing the recovery phrase?",
  "seed display question")
O("en", "t", "Kev", "scam_warning",
  "whoever is DMing people as 'Halyard Admin' — nice try, reported 🙃",
  "warning")
O("en", "d", "Marta", "support_followup",
  "Opened a ticket in #support-tickets, can a mod take a look when free?",
  "discord ticket follow-up")
O("en", "t", "cryptodad88", "price_talk_scamword",
  "ETH pumped 8% and the group is full of 'send 1 get 2' bots again lol. ignore them",
  "price talk mentioning scams")
O("en", "d", "pixelpusher", "quote_ask",
  "got a friend request from 'Halyard Guard' asking me to verify my wallet at collab-land-verify.com. real or fake?",
  "quotes a scam domain to ask")
O("en", "t", "Ben O.", "innocent_support_word",
  "does the extension support Brave browser or only Chrome?",
  "'support' as compatibility")

# ---- English staff posts (hard negatives) --------------------------------
T("en", "t", "Marek", "staff_reminder",
  "Hi all, friendly reminder: we will never DM you first and never ask for your recovery phrase. Official links are pinned.",
  "staff safety reminder")
T("en", "t", "Faith", "staff_dm_legit",
  "@Kev sure, feel free to DM me your ticket number (just the number, nothing else) and I'll chase it with the team",
  "staff legitimately invites DM")
T("en", "d", "Tobias", "staff_official_link",
  "New release notes are up: https://halyardwallet.com/blog/release-4-2 — includes the TRON energy fix",
  "staff posts official link")
T("en", "d", "Dana Okafor", "staff_explain",
  "For anyone who asked: the verify step in the app only checks the backup you wrote down, locally. Nothing is sent to us.",
  "staff explains verify")
T("en", "t", "Ines", "staff_warning",
  "We're aware of a fake 'Halyard Airdrop' site circulating. There is no airdrop. Please report any claim links to the admins.",
  "staff warning about airdrop")
T("en", "t", "Marek", "staff_official_link",
  "Live chat support is 08:00-20:00 UTC via halyard.app/help. Outside those hours please leave a ticket there.",
  "staff official link")
T("en", "t", "Faith", "staff_bot_confirm",
  "Yes that's our official bot, @HalyardHelpBot. It can look up ticket status but it will never ask for keys.",
  "staff confirms official bot")
T("en", "d", "Tobias", "staff_tx_help",
  "Thanks for the tx hash. It's confirmed on bscscan.com, the app just needs a refresh. Pull down on the asset list.",
  "staff tx help")
T("en", "d", "Dana Okafor", "staff_dm_legit",
  "DM me if you'd like to be added to the beta tester list, I only need an email address, no wallet info.",
  "staff legitimate DM")
T("en", "t", "Ines", "staff_moderation",
  "Deleted a few spam messages and banned the accounts. If someone named 'Ines Support' messages you, it's not me.",
  "staff moderation note")

# ---- Chinese ordinary -----------------------------------------------------
O("zh", "t", "小鱼", "greeting", "大家好，新人报到", "greeting")
O("zh", "t", "老王", "how_to", "请问怎么添加自定义代币？", "how-to")
O("zh", "t", "阿杰", "fee_question", "TRC20转账需要多少TRX手续费？", "fee question")
O("zh", "t", "币圈老韭菜", "price_talk", "今天大饼又跌了，心态崩了", "price talk")
O("zh", "t", "李娜 🌙", "feedback", "新版本的界面挺好看的", "feedback")
O("zh", "t", "张伟", "bug_report", "钱包里的币显示不出来，刷新了也没用，怎么办？", "display issue")
O("zh", "t", "阿杰", "swap_issue", "闪兑失败了，提示滑点过高", "swap issue")
O("zh", "t", "区块链小白", "app_download", "安卓版在哪里下载？应用商店搜不到", "download question")
O("zh", "d", "陈怡", "feature_question", "请问支持Solana链吗？", "chain support question")
O("zh", "t", "老王", "feature_question", "有没有人用过硬件钱包连接帆索？", "hardware wallet")
O("zh", "t", "小鱼", "greeting", "晚安各位", "greeting")
O("zh", "t", "币圈老韭菜", "price_talk", "ETH的gas费最近好低啊", "fee chatter")
O("zh", "d", "陈怡", "how_to", "转账记录在哪里能看到？", "how-to")
O("zh", "t", "张伟", "thanks", "收到了，谢谢群友帮忙", "thanks")
O("zh", "t", "李娜 🌙", "bug_report", "iOS 更新之后打不开了，有同样问题的吗", "bug report")
O("zh", "d", "区块链小白", "how_to", "能同时管理多个钱包吗？", "how-to")
O("zh", "t", "阿杰", "learning", "波场的能量租赁是怎么回事？", "concept question")
O("zh", "t", "老王", "tx_pending", "币安提币到帆索钱包要多久到账？", "deposit timing")
O("zh", "t", "币圈老韭菜", "price_talk", "周末行情怎么看？", "market chatter")
O("zh", "d", "陈怡", "learning", "请问观察钱包是什么意思？", "concept question")
O("zh", "d", "林晓", "nft_question", "NFT 在哪个页面显示？", "NFT question")

# ---- Chinese HARD negatives ----------------------------------------------
O("zh", "t", "小鱼", "scam_warning",
  "刚才有人私信我说是客服，让我提供助记词，这是骗子吧？大家小心",
  "warning with 私信/客服/助记词")
O("zh", "t", "张伟", "quote_ask",
  "收到一条消息：“您的钱包需要同步验证，否则资产冻结”，这是真的吗？",
  "quotes scam to ask")
O("zh", "t", "区块链小白", "support_question",
  "请问官方客服怎么联系？我不想随便相信私信",
  "support question")
O("zh", "t", "币圈老韭菜", "safety_advice",
  "提醒新人：任何人找你要助记词都是骗子，包括自称管理员的",
  "safety advice")
O("zh", "t", "陈怡", "airdrop_question",
  "空投是真的吗？群里有人发了领取链接，我没敢点",
  "airdrop question")
O("zh", "t", "阿杰", "own_tx_hash",
  "我的交易哈希是 0x7e3f5a9b1c2d4e6f8a0b3c5d7e9f1a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0da21c，在 etherscan.io 上显示成功了，但钱包里没显示",
  "own tx hash")
O("zh", "t", "老王", "own_address",
  "这是我的地址 TQn5vR8kL2mW4xZ7cB9dF3gH6jK1pY8p，能帮我看看为什么USDT转不出去吗",
  "own address")
O("zh", "t", "李娜 🌙", "seed_safety_question",
  "助记词应该怎么备份比较安全？抄在纸上还是存在手机里？",
  "seed safety question")
O("zh", "t", "林晓", "impersonator_report",
  "有人冒充林嘉怡在私聊大家，她本人说过从来不会主动私信",
  "report impersonation of staff")
O("zh", "t", "张伟", "scam_story",
  "那种说“先交手续费才能提现”的平台都是骗局，我朋友已经被骗了两万",
  "scam story")
O("zh", "t", "币圈老韭菜", "scam_warning",
  "高价收U的都是洗钱的，千万别碰，卡会被冻",
  "warning about U merchants")
O("zh", "t", "区块链小白", "admin_request",
  "请问管理员，官方链接有哪些？能置顶一下吗",
  "admin request")
O("zh", "d", "陈怡", "innocent_claim",
  "领取质押收益的按钮在哪里？",
  "innocent 领取")
O("zh", "t", "老王", "support_followup",
  "客服工单提交了三天了还没回复，正常吗",
  "ticket follow-up")
O("zh", "t", "小鱼", "scam_warning",
  "看到有人在群里发二维码说领红包，别扫！是盗币的",
  "QR warning")
O("zh", "t", "阿杰", "scam_warning",
  "授权挖矿就是骗局，授权完U就被转走了，大家别信",
  "approval mining warning")
O("zh", "t", "李娜 🌙", "poisoning_question",
  "钱包里多了一笔0U转账，地址跟我的很像，这是地址投毒吧？",
  "address poisoning question")
O("zh", "t", "区块链小白", "official_link",
  "我是在官网 halyardwallet.com 下载的，应该没问题吧？",
  "official domain")
O("zh", "t", "张伟", "scam_story",
  "“老师带单”那种群千万别进，我亲戚亏了十几万",
  "signal scam story")
O("zh", "t", "陈怡", "verify_question",
  "想问下钱包里的“验证助记词”功能是干嘛的？会上传到服务器吗",
  "verify seed question")
O("zh", "t", "老王", "quote_ask",
  "有人说能帮我追回被骗的币，要先付费，靠谱吗？",
  "asks about recovery service")
O("zh", "t", "币圈老韭菜", "praise_admins",
  "管理员辛苦了，每天删那么多广告",
  "praise admins")
O("zh", "t", "阿杰", "innocent_support_word",
  "我支持这次更新，手续费确实降了",
  "支持 as approval")
O("zh", "t", "小鱼", "impersonator_report",
  "私信我的那个“周博文”头像跟真的一样，差点上当",
  "impersonator report")
O("zh", "d", "林晓", "revoke_question",
  "撤销授权在钱包哪里操作？我想把以前的dapp授权都取消",
  "revoke question")
O("zh", "t", "李娜 🌙", "recovery_question",
  "转错链了（把BEP20的USDT转到了TRC20地址），还能找回吗",
  "recovery question")
O("zh", "d", "陈怡", "verify_question",
  "Discord里那个验证机器人是官方的吗？它让我连接钱包，我有点担心",
  "verify bot question")
O("zh", "t", "币圈老韭菜", "safety_advice",
  "币圈骗子太多了，凡是让你连钱包领东西的都要三思",
  "safety advice")
O("zh", "t", "张伟", "own_tx_hash",
  "分享一下我的交易记录，tronscan.org 上能查到，转账是成功的，就是交易所没到账",
  "own tx on allowed explorer")
O("zh", "t", "区块链小白", "seed_safety_question",
  "新人问一下，群里说的“私钥”和“助记词”是一回事吗？",
  "seed concept question")
O("zh", "t", "老王", "dm_offer_to_staff",
  "@林嘉怡 我把报错截图私信发你可以吗？截图里有余额，不想公开发",
  "user asks staff for DM")

# ---- Chinese staff posts -------------------------------------------------
T("zh", "t", "林嘉怡", "staff_reminder",
  "大家好，提醒一下：官方人员不会主动私信，也不会索要助记词或私钥。官方网站只有 halyardwallet.com 和 halyard.app。",
  "staff reminder with official domains")
T("zh", "t", "周博文", "staff_official_link",
  "刚发布了4.2版本更新说明：https://halyardwallet.com/zh/blog/4-2，修复了波场能量显示问题。",
  "staff official link")
T("zh", "t", "林嘉怡", "staff_dm_legit",
  "需要查工单进度的可以私信我工单号，只发工单号就行，不要发任何钱包信息。",
  "staff invites DM legitimately")
T("zh", "t", "周博文", "staff_tx_help",
  "这笔交易在 tronscan.org 上已经确认了，钱包下拉刷新一下就能看到。",
  "staff tx help")
T("zh", "t", "林嘉怡", "staff_moderation",
  "已删除群内的虚假空投链接并封禁账号。帆索钱包目前没有任何空投活动。",
  "staff moderation")
T("zh", "d", "周博文", "staff_bot_confirm",
  "官方机器人只有 @HalyardHelpBot 和 @HalyardAlertsBot，其他名字相似的机器人都是假的。",
  "staff confirms official bots")

# ---- Mixed ordinary -------------------------------------------------------
O("mixed", "t", "阿杰", "price_talk", "gm 各位，今天 market 怎么这么红", "market chatter")
O("mixed", "t", "小鱼", "swap_issue", "请问 swap 的时候 slippage 设多少合适？", "swap question")
O("mixed", "t", "老王", "fee_question", "TRON 的 energy 现在好贵，转一笔 USDT 要 15 TRX", "fee chatter")
O("mixed", "t", "张伟", "thanks", "app 更新后 balance 显示正常了，thanks 大家", "thanks")
O("mixed", "d", "陈怡", "fee_question", "有人知道 Arbitrum 的 gas 为啥突然涨了吗", "fee question")
O("mixed", "d", "林晓", "feedback", "新版 UI 好看，dark mode 终于有了", "feedback")
O("mixed", "t", "币圈老韭菜", "price_talk", "BTC 又破新高了 🚀 holding 的兄弟们恭喜", "price talk")
O("mixed", "d", "李娜 🌙", "nft_question", "NFT 不显示，是不是要手动 add collection？", "NFT question")
O("mixed", "t", "区块链小白", "bug_report", "iPhone 上的 Face ID 解锁不 work 了，有人遇到吗", "bug report")
O("mixed", "d", "阿杰", "bug_report", "Ledger 连 extension 一直 loading，怎么办", "hardware wallet issue")
O("mixed", "t", "小鱼", "learning", "请问 watch-only wallet 能收币吗？", "concept question")
O("mixed", "t", "老王", "fee_question", "今天 ETH gas 只要 3 gwei，适合 transfer", "fee chatter")
O("mixed", "d", "张伟", "bug_report", "DApp browser 里打不开 Uniswap，是我网络问题吗", "dapp browser issue")
O("mixed", "t", "陈怡", "how_to", "我的 address book 丢了，换手机以后能恢复吗", "how-to")

# ---- Mixed HARD negatives --------------------------------------------------
O("mixed", "t", "林晓", "quote_ask",
  "有人 DM 我说是 Halyard support，让我 verify wallet，这个是 scam 吧？",
  "quotes scam to ask")
O("mixed", "t", "区块链小白", "quote_ask",
  "收到一个 airdrop claim link，halyard-claim.io，这个是 official 的吗？我没点",
  "asks about a fake domain")
O("mixed", "t", "币圈老韭菜", "safety_advice",
  "提醒：admin 永远不会 DM 你，也不会要你的 seed phrase 助记词",
  "safety advice")
O("mixed", "d", "阿杰", "own_tx_hash",
  "我的 tx hash 是 0x3c9d2e1f0a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4bb71f，on bscscan.com 显示 pending，要等多久？",
  "own tx hash")
O("mixed", "t", "李娜 🌙", "official_link",
  "官方 support 在哪里？我只相信 halyardwallet.com 上写的",
  "official domain")
O("mixed", "d", "陈怡", "innocent_claim",
  "how to claim staking reward？按钮是灰色的",
  "innocent claim")
O("mixed", "t", "张伟", "scam_warning",
  "那些 'recovery service' 都是骗子，don't pay anything upfront",
  "warning")
O("mixed", "d", "小鱼", "revoke_question",
  "revoke approvals 在 app 哪里？settings 里没找到",
  "revoke question")
O("mixed", "t", "老王", "quote_ask",
  "这个 'validate wallet' 的 message 是 fake 吧？我朋友转给我的",
  "quotes scam")
O("mixed", "t", "币圈老韭菜", "safety_advice",
  "double your ETH 的 giveaway 全是 scam，Elon 不会送你币的 😂",
  "safety advice")
O("mixed", "d", "林晓", "impersonator_report",
  "Discord 里那个 'Halyard Official' 账号是真的吗？profile 里没有 staff role",
  "asks about impersonator")
O("mixed", "t", "阿杰", "own_address",
  "我的 TRC20 address 是 TKm2sP7vQ4nR8wX1yZ3bC5dF6gH9jL9Qwe，朋友转了 USDT 但我这边没收到，help",
  "own address")
O("mixed", "t", "区块链小白", "allowed_link",
  "有没有官方 YouTube 教程？youtube.com 上搜到好几个不知道哪个是真的",
  "allowed domain")
O("mixed", "t", "张伟", "scam_warning",
  "高价收 U 的 DM 千万别回，都是 money laundering",
  "warning")
O("mixed", "t", "李娜 🌙", "seed_safety_question",
  "backup 助记词的时候 screenshot 安全吗？感觉不太好",
  "seed safety")
O("mixed", "t", "小鱼", "scam_story",
  "signal group 那种 'teacher' 带单都是 pig butchering 吧，我同事就被坑了",
  "scam story")
O("mixed", "t", "陈怡", "praise_admins",
  "感谢 admin 删掉了那个 fake airdrop post 👍",
  "praise")

# ---- Mixed staff posts ----------------------------------------------------
T("mixed", "t", "Marek", "staff_official_link",
  "官方 links 已 pin：halyardwallet.com / halyard.app / t.me/HalyardOfficial，其他都不是我们的",
  "staff official links")
T("mixed", "t", "Faith", "staff_dm_legit",
  "有 ticket 的可以 DM 我 ticket number，我帮你 follow up，不需要任何 wallet 信息",
  "staff legit DM")
T("mixed", "d", "Ines", "staff_explain",
  "Discord 的 verify 只需要 click ✅ reaction，不会让你 connect wallet，有 bot 让你连钱包的请 report",
  "staff explains verify")

# ===========================================================================
# NAMES
# ===========================================================================
NAMES = []


def N(plat, name, imp, kind, note):
    NAMES.append({
        "name": name,
        "platform": {"t": "telegram", "d": "discord"}[plat],
        "impersonates": imp,
        "kind": kind,
        "note": note,
    })


# ---- Impersonators -------------------------------------------------------
N("t", "Marek ✅", "Marek", "decoration", "check-mark decoration")
N("t", "M\u0430rek", "Marek", "homoglyph_cyrillic", "Cyrillic а (U+0430)")
N("d", "Marek | Admin", "Marek", "role_suffix", "role suffix")
N("t", "Marek (Halyard Support)", "Marek", "brand_role", "staff name + brand role")
N("d", "\u041carek", "Marek", "homoglyph_cyrillic", "Cyrillic М (U+041C)")
N("t", "Ma\u200brek", "Marek", "zero_width", "zero-width space inside")
N("t", "Faith ☑️ Support", "Faith", "decoration_role", "ballot-box check + role")
N("d", "F\u0430ith", "Faith", "homoglyph_cyrillic", "Cyrillic а")
N("t", "Faith | Official", "Faith", "role_suffix", "official suffix")
N("t", "Fa\u0456th", "Faith", "homoglyph_cyrillic", "Cyrillic і (U+0456)")
N("t", "Faith from Halyard", "Faith", "brand_role", "name + 'from' brand")
N("t", "Tobias 🛡 Team", "Tobias", "decoration_role", "shield + Team")
N("d", "Tob\u0456as", "Tobias", "homoglyph_cyrillic", "Cyrillic і")
N("t", "Tobias_Halyard", "Tobias", "brand_suffix", "underscore brand suffix")
N("d", "Tobias Admin", "Tobias", "role_suffix", "Admin suffix")
N("t", "\u0422obias", "Tobias", "homoglyph_cyrillic", "Cyrillic Т (U+0422)")
N("t", "Tobias\u2060", "Tobias", "zero_width", "trailing word joiner U+2060")
N("t", "Dana Okafor ✅", "Dana Okafor", "decoration", "check-mark")
N("d", "Dana 0kafor", "Dana Okafor", "digit_swap", "zero for O")
N("t", "Dana  Okafor", "Dana Okafor", "spacing", "double space")
N("t", "Dana Okafor (Admin)", "Dana Okafor", "role_suffix", "Admin in parentheses")
N("d", "D\u0430na Ok\u0430for", "Dana Okafor", "homoglyph_cyrillic", "two Cyrillic а")
N("t", "Ines | Support", "Ines", "role_suffix", "Support suffix")
N("t", "lnes", "Ines", "letter_swap", "lowercase L for capital I")
N("d", "Ines ✔️ Mod", "Ines", "decoration_role", "check + Mod")
N("t", "\u0399nes", "Ines", "homoglyph_greek", "Greek capital Iota (U+0399)")
N("t", "林嘉怡（官方）", "林嘉怡", "role_suffix", "full-width parens 官方")
N("t", "林嘉怡 客服", "林嘉怡", "role_suffix", "客服 suffix")
N("t", "林佳怡", "林嘉怡", "homophone_char", "嘉→佳 homophone swap")
N("t", "林 嘉 怡", "林嘉怡", "spacing", "spaced characters")
N("t", "周博文✅", "周博文", "decoration", "check-mark")
N("t", "周博文-帆索官方", "周博文", "brand_role", "name + brand + 官方")
N("t", "周搏文", "周博文", "lookalike_char", "博→搏 visually similar")
N("d", "周博文 Admin", "周博文", "role_suffix", "Admin suffix")
N("t", "Halyard Support", "Halyard", "brand_role", "brand + Support")
N("t", "Halyard Wallet Official", "Halyard Wallet", "brand_role", "brand + Official")
N("t", "HaIyard Wallet", "Halyard Wallet", "letter_swap", "capital I for l")
N("t", "\uff28\uff41\uff4c\uff59\uff41\uff52\uff44", "Halyard", "fullwidth", "full-width Latin letters")
N("t", "Halyard 客服", "Halyard", "brand_role", "brand + 客服")
N("t", "帆索钱包官方客服", "帆索钱包", "brand_role", "brand + 官方客服")
N("t", "帆索钱包 ✅", "帆索钱包", "decoration", "check-mark")
N("t", "帆索錢包", "帆索钱包", "traditional_variant", "traditional 錢 for 钱")
N("d", "Halyard Help Desk", "Halyard", "brand_role", "brand + Help Desk")
N("d", "H\u0430lyard Team", "Halyard", "homoglyph_cyrillic", "Cyrillic а + Team")
N("t", "@HalyardHelp_Bot", "@HalyardHelpBot", "bot_lookalike", "underscore inserted")
N("t", "HalyardHelpBot", "@HalyardHelpBot", "bot_lookalike", "bot username as display name")
N("t", "@HaIyardHelpBot", "@HalyardHelpBot", "bot_lookalike", "capital I for l")
N("t", "@HalyardAlertBot", "@HalyardAlertsBot", "bot_lookalike", "missing s")
N("t", "Halyard Alerts 🔔 Bot", "@HalyardAlertsBot", "bot_lookalike", "spaced bot name with bell")
N("t", "H a l y a r d", "Halyard", "spacing", "letters spaced")
N("d", "Halyard Wallet | Announcements", "Halyard Wallet", "brand_role", "brand + announcements")
N("t", "Hallyard Support", "Halyard", "typo", "doubled l + Support")
N("d", "halyard.app support", "Halyard", "domain_as_name", "official domain used as display name")

# ---- Legitimate names ----------------------------------------------------
N("t", "Marek Nowicki", None, "shared_first_name", "same first name plus surname")
N("d", "Marek 🚴", None, "shared_first_name_emoji", "same first name with hobby emoji")
N("t", "Faith Adeyemi", None, "shared_first_name", "same first name plus surname")
N("d", "faith_in_btc", None, "common_word", "'faith' as an ordinary word")
N("t", "Tobias K.", None, "shared_first_name", "first name + initial")
N("t", "Tobi", None, "similar_name", "short name, different person")
N("d", "Dana Wu", None, "shared_first_name", "shares first name with Dana Okafor")
N("t", "Ines Moreau 🌿", None, "shared_first_name_emoji", "shares first name, surname + emoji")
N("d", "Inés García", None, "shared_first_name", "accented Spanish name with surname")
N("t", "Marko", None, "similar_name", "different real name close to Marek")
N("d", "Tobias Müller", None, "shared_first_name", "same first name, German surname")
N("t", "Faithful Frank", None, "common_word", "contains 'Faith' as part of a word")
N("d", "Admiral Ackbar", None, "innocent_role_word", "'Admiral' contains 'Admi'")
N("d", "Admiral_Sato", None, "innocent_role_word", "Admiral")
N("t", "Supportive Sam", None, "innocent_role_word", "contains 'Support'")
N("d", "Badminton Bob", None, "innocent_role_word", "contains 'admin' inside badminton")
N("d", "Team Liquid fan", None, "innocent_role_word", "esports team")
N("t", "Officially Tired", None, "innocent_role_word", "contains 'Official'")
N("d", "admin_of_nothing", None, "innocent_role_word", "self-deprecating, no brand")
N("t", "Supporting Actor", None, "innocent_role_word", "contains 'Support'")
N("t", "林晓", None, "shared_cjk_char", "shares surname 林")
N("t", "周杰", None, "shared_cjk_char", "shares surname 周")
N("t", "嘉欣", None, "shared_cjk_char", "shares 嘉")
N("t", "王博文", None, "shared_given_name", "same given name 博文 with different surname")
N("t", "陈怡", None, "shared_cjk_char", "shares 怡")
N("t", "林间小路", None, "shared_cjk_char", "shares 林")
N("t", "小鱼儿", None, "ordinary_cjk", "nickname")
N("t", "老王", None, "ordinary_cjk", "nickname")
N("t", "张伟", None, "ordinary_cjk", "common name")
N("t", "李娜 🌙", None, "ordinary_cjk", "name with emoji")
N("t", "区块链小白", None, "ordinary_cjk", "'blockchain newbie'")
N("t", "币圈老韭菜", None, "ordinary_cjk", "crypto slang nickname")
N("t", "阿杰", None, "ordinary_cjk", "nickname")
N("t", "Kev", None, "ordinary", "short name")
N("d", "cryptodad88", None, "ordinary", "handle-like name")
N("t", "Jenna 🌸", None, "ordinary", "name with emoji")
N("t", "Sergio R", None, "ordinary", "name + initial")
N("d", "mina_t", None, "ordinary", "handle")
N("t", "Ayo", None, "ordinary", "short name")
N("t", "Priya S", None, "ordinary", "name + initial")
N("d", "HODL Hannah", None, "ordinary", "crypto nickname")
N("d", "Wallet Newbie", None, "ordinary", "generic word 'Wallet' without brand")
N("d", "NightOwl 🦉", None, "ordinary", "nickname with emoji")
N("t", "Yuki Tanaka", None, "ordinary", "full name")
N("t", "Sailing Sally ⛵", None, "ordinary", "nautical theme near brand meaning")
N("t", "Дмитрий", None, "non_latin_script", "fully Cyrillic real name, not a homoglyph")
N("d", "Νίκος", None, "non_latin_script", "fully Greek real name")
N("t", "Ahmed", None, "ordinary", "first name")
N("d", "Olga ✅", None, "ordinary_decoration", "non-staff name with a check emoji")

# ===========================================================================
# Validation
# ===========================================================================

def _cjk(s):
    return any("\u4e00" <= c <= "\u9fff" for c in s)


def _latin_word(s):
    return re.search(r"[A-Za-z]{2,}", s) is not None


def validate():
    errs = []
    staff = set(IDENTITY["staff_names"])
    targets = set(IDENTITY["staff_names"]) | set(IDENTITY["brands"]) | set(IDENTITY["official_bots"])

    # messages
    seen = set()
    for i, m in enumerate(MESSAGES):
        t = m["text"]
        if t in seen:
            errs.append("duplicate text: %r" % t)
        seen.add(t)
        if m["author_is_staff"]:
            if m["author"] not in staff:
                errs.append("staff author not in staff_names: %r" % m["author"])
            if m["label"] != "ok":
                errs.append("staff message labelled scam: %r" % t)
        if m["lang"] not in ("en", "zh", "mixed"):
            errs.append("bad lang: %r" % t)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", m["kind"]):
            errs.append("bad kind: %r" % m["kind"])
        if m["lang"] == "en" and _cjk(t):
            errs.append("en message has CJK: %r" % t)
        if m["lang"] == "zh" and not _cjk(t):
            errs.append("zh message has no CJK: %r" % t)
        if m["lang"] == "mixed" and not (_cjk(t) and _latin_word(t)):
            errs.append("mixed message lacks both scripts: %r" % t)
        if not t.strip() or not m["note"].strip() or not m["author"].strip():
            errs.append("empty field in %r" % t)

    # names
    seen_n = set()
    for n in NAMES:
        nm = n["name"]
        if nm in seen_n:
            errs.append("duplicate name: %r" % nm)
        seen_n.add(nm)
        imp = n["impersonates"]
        if imp is not None:
            if imp not in targets:
                errs.append("impersonates not exact identity string: %r" % imp)
            if nm == imp:
                errs.append("impersonator identical to target: %r" % nm)
        else:
            if nm in targets:
                errs.append("legit name equals identity string: %r" % nm)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", n["kind"]):
            errs.append("bad name kind: %r" % n["kind"])

    # sizes / balance
    lab = Counter(m["label"] for m in MESSAGES)
    hard = sum(1 for m in MESSAGES if m["label"] == "ok" and m["kind"] in HARD_KINDS)
    langs = Counter(m["lang"] for m in MESSAGES)
    total = len(MESSAGES)
    if total < 260:
        errs.append("too few messages: %d" % total)
    if lab["scam"] < 95:
        errs.append("too few scam: %d" % lab["scam"])
    if lab["ok"] < 155:
        errs.append("too few ok: %d" % lab["ok"])
    if hard < 90:
        errs.append("too few hard negatives: %d" % hard)
    for lg, want in (("en", 0.45), ("zh", 0.35), ("mixed", 0.20)):
        share = langs[lg] / total
        if abs(share - want) > 0.07:
            errs.append("lang %s share %.2f off target %.2f" % (lg, share, want))
    plats = Counter(m["platform"] for m in MESSAGES)
    if min(plats["telegram"], plats["discord"]) < 40:
        errs.append("platform imbalance: %r" % plats)
    for lb in ("scam", "ok"):
        for pl in ("telegram", "discord"):
            if not any(m["label"] == lb and m["platform"] == pl for m in MESSAGES):
                errs.append("no %s on %s" % (lb, pl))
    if any(m["author_is_staff"] for m in MESSAGES) is False:
        errs.append("no staff messages")
    if len(NAMES) < 90:
        errs.append("too few names: %d" % len(NAMES))
    nimp = sum(1 for n in NAMES if n["impersonates"])
    if not (0.4 <= nimp / len(NAMES) <= 0.6):
        errs.append("impersonator share off: %d/%d" % (nimp, len(NAMES)))
    # every staff name, brand and bot impersonated at least once
    covered = {n["impersonates"] for n in NAMES if n["impersonates"]}
    for tgt in targets:
        if tgt not in covered:
            errs.append("identity string never impersonated: %r" % tgt)
    return errs, hard


def main():
    errs, hard = validate()
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "identity.json"), "w", encoding="utf-8") as f:
        json.dump(IDENTITY, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for m in MESSAGES:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.jsonl"), "w", encoding="utf-8") as f:
        for n in NAMES:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")

    lab = Counter(m["label"] for m in MESSAGES)
    print("messages: %d  (scam %d, ok %d, hard negatives %d, staff posts %d)" % (
        len(MESSAGES), lab["scam"], lab["ok"], hard,
        sum(1 for m in MESSAGES if m["author_is_staff"])))
    print("by lang x label:", dict(sorted(Counter((m["lang"], m["label"]) for m in MESSAGES).items())))
    print("by platform x label:", dict(sorted(Counter((m["platform"], m["label"]) for m in MESSAGES).items())))
    nimp = sum(1 for n in NAMES if n["impersonates"])
    print("names: %d  (impersonators %d, legitimate %d)" % (len(NAMES), nimp, len(NAMES) - nimp))
    print("name platforms:", dict(Counter(n["platform"] for n in NAMES)))
    print("scam kinds (%d):" % len({m['kind'] for m in MESSAGES if m['label'] == 'scam'}),
          dict(sorted(Counter(m["kind"] for m in MESSAGES if m["label"] == "scam").items())))
    print("ok kinds:", dict(sorted(Counter(m["kind"] for m in MESSAGES if m["label"] == "ok").items())))
    print("name kinds:", dict(sorted(Counter(n["kind"] for n in NAMES).items())))


if __name__ == "__main__":
    main()
