#!/usr/bin/env python3
"""Builds the held-out guard corpus (identity.json, messages.jsonl, names.jsonl, README.md).
Written independently of core/guard and bench/guard_corpus."""
import json, os, itertools, collections

HERE = os.path.dirname(os.path.abspath(__file__))

IDENTITY = {"brands": ["TPWallet", "TokenPocket", "TP钱包"], "official_domains": ["tokenpocket.pro", "tpwallet.io"], "official_bots": ["TPWalletSupportBot", "tokenpocket_bot"], "staff_names": ["Mia", "Omar Haddad", "Lily Chen", "Kevin", "小周", "阿杰"], "allowed_domains": ["etherscan.io", "tronscan.org", "bscscan.com", "solscan.io", "github.com", "coingecko.com", "binance.com", "okx.com", "twitter.com", "x.com", "youtube.com", "medium.com", "t.me/TPWalletOfficial"]}

PUNY_TPWALLET = "tpw\u0430llet.io".encode("idna").decode()      # xn--tpwllet-4fg.io (Cyrillic a)
PUNY_TPZH = "tp钱包.com".encode("idna").decode()                 # xn--tp-1z5cr40w.com
PUNY_TOKENPOCKET = "tokenpo\u0441ket.pro".encode("idna").decode()  # Cyrillic s-like c

HASH1 = "0x8f3e2c1b9a7d6e5f4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918a7b6c5d"
HASH2 = "b7c41e09d2f35a8e6c1d0f9a4b7e2c5d8a1f3e6b9c2d5a8e1f4b7c0d3e6a9f21"

# (text, author or None, author_is_staff, platform, lang, label, kind, note)
S, O = "scam", "ok"
TG, DC = "telegram", "discord"
M = []
def add(text, author, staff, platform, lang, label, kind, note):
    M.append(dict(text=text, author=author, author_is_staff=staff, platform=platform,
                  lang=lang, label=label, kind=kind, note=note))

# ---------------- SCAM: English ----------------
add("⚠️ TPWallet users: due to the v2 chain upgrade all wallets must be re-validated within 24h or assets will be frozen. Validate here: https://tpwallet-validate.com", None, False, TG, "en", S, "drainer_phrasing", "brand inside foreign domain + urgency + validate")
add("Official notice: TokenPocket is migrating to a new contract. Migrate your tokens at tokenpocket-migrate.app before Friday or they will be lost", None, False, DC, "en", S, "drainer_phrasing", "migrate + brand-in-domain, bare domain without scheme")
add("anyone stuck with pending tx, go to https://tokenpockett.pro/sync and click Rectify, fixed mine in 2 min", None, False, TG, "en", S, "lookalike_domain", "doubled letter of official domain, rectify/sync")
add("hey bro I had the exact same issue last week, DM me and I'll walk you through it", None, False, TG, "en", S, "dm_offer", "non-staff DM offer")
add("check your DM, just sent you the fix 👍", None, False, DC, "en", S, "dm_offer", "check your DM by non-staff")
add("For faster help please contact our support team on Telegram @TPWalletSupport_Bot", None, False, TG, "en", S, "bot_lookalike", "underscore variant of official bot TPWalletSupportBot")
add("TP support desk is here → t.me/TPWallet_Helpdesk , open a ticket and an agent will respond within minutes", None, False, TG, "en", S, "group_invite", "fake support group")
add("🎁 TPWallet 6th anniversary airdrop! 500 TPT for every active wallet. Claim now: https://airdrop-tpwallet.org/claim", None, False, DC, "en", S, "fake_airdrop", "brand in foreign domain")
add("To restore the missing balance you need to enter your 12 words in the recovery form so the devs can re-sync the wallet", None, False, TG, "en", S, "seed_request", "seed request phrased as '12 words'")
add("send me your private key and I can check on chain what went wrong", None, False, TG, "en", S, "seed_request", "private key request")
add("ETH GIVEAWAY 🚀 Vitalik is giving back 5000 ETH to the community! Send 0.1-5 ETH to 0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE and receive 2x back instantly", None, False, DC, "en", S, "doubling_giveaway", "classic doubling")
add("Lost funds to a scam? My friend @CryptoRecoveryPro got back 80% of mine in 3 days, highly recommend him", None, False, TG, "en", S, "recovery_scam", "recovery expert referral")
add("Join our VIP signals 💎 95% win rate, 10x every week → t.me/WhaleSignalsVIP", None, False, TG, "en", S, "signal_group", "paid signals group invite")
add("Kevin here from the TP team, DM me your issue and wallet address and I'll sort it", "Kevin", False, TG, "en", S, "staff_impersonation", "author uses staff first name but is not staff")
add("Your wallet has been flagged for suspicious activity. Authorize the security check at https://tpw\u0430llet.io/secure", None, False, TG, "en", S, "homoglyph_domain", "Cyrillic а (U+0430) in tpwallet.io")
add("Download the latest TokenPocket from https://tokenpo\u043aket.pro/download — the old version has a bug that drains wallets", None, False, DC, "en", S, "homoglyph_domain", "Cyrillic к (U+043A) in tokenpocket.pro")
add(f"New rewards dashboard is live: https://{PUNY_TPWALLET}/dashboard connect your wallet to see your allocation", None, False, TG, "en", S, "punycode_domain", "punycode of tpwаllet.io with Cyrillic a")
add("Approve the USDT unlock on https://tpwallet.io.unlock-usdt.com to release your stuck funds", None, False, TG, "en", S, "brand_in_domain", "official domain used as subdomain of attacker domain")
add("go to our discord discord.gg/tpwallet-help, mods there fix stuck swaps 24/7", None, False, TG, "en", S, "group_invite", "invite to other Discord server")
add("guys there's a claim for early users, just connect and sign: https://tokenpocket.claims", None, False, DC, "en", S, "lookalike_domain", "brand with different TLD")
add("I'm a certified blockchain forensics expert, I can trace and recover your stolen USDT. Payment only after recovery. Inbox me", None, False, TG, "en", S, "recovery_scam", "recovery expert, 'inbox me'")
add("can you share your seed phrase with me in private? I'll check if it's a derivation path issue", None, False, DC, "en", S, "seed_request", "seed phrase request, polite technical framing")

# ---------------- SCAM: Chinese ----------------
add("紧急通知：TP钱包将于今晚升级节点，所有用户需在 tpwallet-upgrade.cc 完成钱包同步，否则资产将被冻结", None, False, TG, "zh", S, "drainer_phrasing", "同步 + 冻结 + brand in domain")
add("你好，我是TP客服，你的问题比较复杂，请加我私聊处理", "小周", False, TG, "zh", S, "staff_impersonation", "non-staff author named like staff 小周 + 私聊")
add("同样的问题我也遇到过，私信我，教你怎么弄", None, False, TG, "zh", S, "dm_offer", "私信我 by non-staff")
add("USDT转不出去的，去 https://tokenpocket-pro.com/fix 点一下“修复”再授权就好了", None, False, TG, "zh", S, "lookalike_domain", "hyphenated lookalike of tokenpocket.pro + 授权")
add("TP钱包官方空投 🎉 每个地址可领取 200 USDT，领取地址：tp-airdrop.vip 先到先得", None, False, TG, "zh", S, "fake_airdrop", "fake airdrop bare domain")
add("把你的助记词发给我，我帮你看看是哪条链的问题", None, False, TG, "zh", S, "seed_request", "助记词 request")
add("导钱包时候那12个英文单词截个图发我，我帮你恢复", None, False, TG, "zh", S, "seed_request", "seed phrase described without the word 助记词")
add("私钥给我，我帮你把币转出来", None, False, DC, "zh", S, "seed_request", "私钥 request")
add("官方客服群在这 t.me/TPqianbao_kefu ，进群找管理员处理", None, False, TG, "zh", S, "group_invite", "fake official support group")
add("币圈带单老师，每天稳赚30%，想翻身的加V：btc8868", None, False, TG, "zh", S, "signal_group", "带单老师 + WeChat")
add("被骗的币可以追回，专业技术团队，先追回后收费，有需要的私聊我", None, False, TG, "zh", S, "recovery_scam", "追回 + 私聊")
add("TP钱包周年庆限时活动：充值1000U返2000U，名额有限，速度！", None, False, TG, "zh", S, "doubling_giveaway", "充X返2X")
add("你的钱包存在异常授权风险，请立即前往 tpwallet.io-security.top 重新验证", None, False, TG, "zh", S, "brand_in_domain", "tpwallet.io-security.top is a different registrable domain")
add("TP钱包新版下载：https://tpwa11et.io/app 旧版本已停止维护", None, False, TG, "zh", S, "lookalike_domain", "digit 1 for letter l")
add("请所有用户在24小时内完成钱包迁移，迁移入口：tokenpocket.pro.migrate-v3.com", None, False, DC, "zh", S, "brand_in_domain", "official domain as subdomain prefix")
add("需要帮忙的加我TG @tp_kefu_888 ，24小时在线", None, False, TG, "zh", S, "dm_offer", "加我 + fake kefu handle")
add("有没有人要进内部群的，每天meme币早期消息，私我拉你", None, False, TG, "zh", S, "group_invite", "private group invite via 私我")
add("SOL链空投开始了，连接钱包签名就能领，地址 https://solana-tpwallet.com/claim", None, False, DC, "zh", S, "fake_airdrop", "brand in domain + sign")
add("冷钱包的币放着不动也会被盗，建议把助记词备份到 tp-backup.net 加密保存，官方推荐", None, False, TG, "zh", S, "seed_request", "seed phishing via 'backup' site")
add(f"官网换新域名了：https://{PUNY_TPZH} 以后都从这里下载", None, False, TG, "zh", S, "punycode_domain", "punycode of tp钱包.com")
add("阿杰（管理员）：大家有问题直接加我好友，群里回复太慢", "阿杰", False, TG, "zh", S, "staff_impersonation", "non-staff author using staff name + 加我")
add("波场转账太贵的话，先授权一下 tronenergy-tp.com 就可以免手续费转账", None, False, TG, "zh", S, "drainer_phrasing", "approve to 'free energy' site")

# ---------------- SCAM: mixed ----------------
add("兄弟你这个问题很简单，DM我 I'll fix it for you", None, False, TG, "mixed", S, "dm_offer", "DM me mixed")
add("TPWallet airdrop 已经开始 claim 了，link 在这：https://tpwallet-drop.xyz 快去", None, False, TG, "mixed", S, "fake_airdrop", "brand in domain")
add("你需要 validate 一下钱包，go to tokenpocket-validate.com 输入 recovery phrase 就行", None, False, TG, "mixed", S, "drainer_phrasing", "validate + recovery phrase entry")
add("官方 support bot 是 @tokenpocket_bot_official ，直接 start 就有人回复", None, False, TG, "mixed", S, "bot_lookalike", "suffix on official bot tokenpocket_bot")
add("seed phrase 发我看看，我帮你 check 是不是 path 的问题", None, False, DC, "mixed", S, "seed_request", "seed request mixed")
add("Join 我们的 Discord: discord.gg/tp-support-center 有 24/7 客服", None, False, TG, "mixed", S, "group_invite", "other server invite")
add("USDT stuck 的话要先 rectify，链接 https://tpwallet.co/rectify", None, False, TG, "mixed", S, "lookalike_domain", "wrong TLD .co")
add("Binance 合作活动 send 0.5 BNB get 1 BNB back，TP用户专属 0x71C7656EC7ab88b098defB751B7401B5f6d8976F", None, False, TG, "mixed", S, "doubling_giveaway", "doubling with allowed brand name")
add("我是 Lily from TP team，check your DM please 🙏", "Lily", False, DC, "mixed", S, "staff_impersonation", "claims staff identity, check your DM")
add("带单老师 free signal 群，每天 3-5 calls，t.me/alpha_call_cn", None, False, TG, "mixed", S, "signal_group", "带单 + group invite")
add("funds 被盗可以找 @HackRecoverAgent，他帮我 recover 了 2 万 U", None, False, TG, "mixed", S, "recovery_scam", "recovery referral")
add("Sync your wallet 到新节点: https://tokenpocket.pro-node.net/sync 不然余额会显示 0", None, False, TG, "mixed", S, "brand_in_domain", "tokenpocket.pro-node.net is not tokenpocket.pro")
add("private key 私信给我，I'll help migrate to new chain", None, False, TG, "mixed", S, "seed_request", "private key + migrate")
add("NFT 免费 mint，只要 approve 一下就能 claim https://tp-nft-mint.io", None, False, DC, "mixed", S, "fake_airdrop", "approve + claim")
add("TP钱包 x OKX 联合空投，connect wallet 就送 100U: okx-tpwallet.events", None, False, TG, "mixed", S, "brand_in_domain", "allowed brand okx used in fake domain")
add("官方网站是 https://tokenpocket.pr\u043e 其他的都是 fake", None, False, TG, "mixed", S, "homoglyph_domain", "Cyrillic о (U+043E) in TLD .pro")
add("Wallet 被 freeze 了要 authorize unlock，加 admin 微信 tp_admin01", None, False, TG, "mixed", S, "dm_offer", "加微信 + authorize")
add("hi 我是 Omar, TP 的 support lead, please DM me your 助记词 for verification", "Omar Haddad", False, TG, "mixed", S, "staff_impersonation", "non-staff with staff name asks for seed")
add("有人要 early access 的 TP Pro 版吗? check DM 我发你 invite code", None, False, DC, "mixed", S, "dm_offer", "check DM lure")
add("restore 失败的去这里：https://tpwallet-restore.help 输入 phrase 就 OK", None, False, TG, "mixed", S, "drainer_phrasing", "restore + phrase entry")
add("100x gem 内部消息，VIP group 只收 50U 入场费，私我", None, False, TG, "mixed", S, "signal_group", "paid VIP group")

# ---------------- OK hard negatives: English ----------------
add("PSA: admins will NEVER DM you first. If someone messages you claiming to be TP support, block and report.", None, False, TG, "en", O, "warning", "warning mentions DM/support/admin")
add("someone just DMed me saying I need to 'validate my wallet' at tpwallet-validate.com. that's a scam right??", None, False, TG, "en", O, "quote_scam", "quotes a scam domain to ask")
add("Never type your seed phrase into any website. No real support will ever ask for it.", None, False, DC, "en", O, "warning", "mentions seed phrase in a warning")
add("How do I claim the Linea campaign airdrop? Do I need to bridge first?", None, False, DC, "en", O, "innocent_keyword", "claim/airdrop question, no link")
add("where can I revoke token approvals in the app? I approved some random DEX last year", None, False, TG, "en", O, "innocent_keyword", "approve/revoke question")
add("Official download is only https://www.tokenpocket.pro — don't grab APKs from random links.", None, False, TG, "en", O, "legit_link", "official domain with www")
add("Hi, please DM me your UID (not your seed phrase!) and I'll check your ticket.", "Mia", True, TG, "en", O, "staff_dm", "real staff DM request")
add("Official announcement channel: t.me/TPWalletOfficial. Anything else claiming to be us is fake.", "Kevin", True, TG, "en", O, "staff_link", "staff posts allowed link")
add(f"my tx is here https://bscscan.com/tx/{HASH1} still pending after an hour", None, False, TG, "en", O, "legit_link", "allowed explorer link")
add("is the 'support' account that replied to my tweet real? it's @TPWallet_Help with like 30 followers", None, False, TG, "en", O, "quote_scam", "asks about lookalike handle")
add("lol the guy above asked me for my private key. reported. stay safe ppl", None, False, TG, "en", O, "warning", "mentions private key in warning")
add("The help center at https://help.tokenpocket.pro explains how to add a custom RPC", None, False, DC, "en", O, "legit_link", "subdomain of official domain")
add("Can an admin pin the anti-scam guide? New people keep falling for fake airdrops.", None, False, DC, "en", O, "innocent_keyword", "admin/airdrop in request")
add("We've received your report. Please DM me your UID and the tx hash so I can escalate to the dev team.", "Omar Haddad", True, DC, "en", O, "staff_dm", "real staff")
add("the DM scam bots are wild today, got 4 'support' messages in 10 minutes 🙄", None, False, DC, "en", O, "warning", "complaint about scam DMs")
add("source for the extension is on https://github.com/TP-Lab if anyone wants to look", None, False, DC, "en", O, "legit_link", "allowed github link")

# ---------------- OK hard negatives: Chinese ----------------
add("提醒大家：管理员不会主动私信你，凡是私聊找你要助记词的都是骗子", None, False, TG, "zh", O, "warning", "私信/助记词 in warning")
add("有人私信我说钱包要同步，发了个链接 tokenpocket-pro.com，这是官方的吗？", None, False, TG, "zh", O, "quote_scam", "quotes lookalike domain to ask")
add("官网只有 tokenpocket.pro 和 tpwallet.io，其他都是假的，大家注意", None, False, TG, "zh", O, "legit_link", "both official domains")
add("您好，请私信我您的UID，我帮您查一下，千万不要发助记词", "小周", True, TG, "zh", O, "staff_dm", "real staff 私信我")
add("官方公告频道 t.me/TPWalletOfficial ，请以此为准", "阿杰", True, TG, "zh", O, "staff_link", "real staff allowed link")
add("在哪里取消授权啊？之前授权了一个不认识的合约有点慌", None, False, TG, "zh", O, "innocent_keyword", "授权 question")
add("验证码一直收不到，是不是邮箱的问题？", None, False, TG, "zh", O, "innocent_keyword", "验证码")
add("领取的空投在哪里看？我在币安那边领取了但钱包里没显示", None, False, TG, "zh", O, "innocent_keyword", "领取/空投 question")
add("客服在吗？转账一直卡着没到账", None, False, TG, "zh", O, "innocent_keyword", "asks for 客服")
add("刚才那个说充1000返2000的是骗子，已举报，大家别信", None, False, TG, "zh", O, "warning", "quotes doubling scam in warning")
add(f"这笔转账 https://tronscan.org/#/transaction/{HASH2} 显示成功了但交易所没到账", None, False, TG, "zh", O, "legit_link", "allowed tronscan link")
add("电报的私信功能怎么关？老有陌生人加我", None, False, TG, "zh", O, "innocent_keyword", "私信 question")
add("之前被骗过一次，所谓的“追回专家”又骗了我一次，大家千万别信", None, False, TG, "zh", O, "warning", "recovery scam warning")
add("大家好，最新版本请到官网 https://www.tpwallet.io 下载，群里任何人发的安装包都不要点", "Lily Chen", True, TG, "zh", O, "staff_link", "real staff official link")
add("有人在群里发带单老师的广告，管理员能踢一下吗", None, False, TG, "zh", O, "warning", "report of 带单老师")
add("硬件钱包连TP的时候要在设备上确认授权，这个正常吗？", None, False, DC, "zh", O, "innocent_keyword", "授权 on hardware wallet")

# ---------------- OK hard negatives: mixed ----------------
add("有人 DM 我说是 TP support，让我 connect wallet 到一个网站，肯定是 scam 吧？", None, False, TG, "mixed", O, "quote_scam", "describes scam DM")
add("大家注意 fake airdrop 很多，official 的消息只看 t.me/TPWalletOfficial", None, False, TG, "mixed", O, "warning", "warning + allowed link")
add("怎么 claim staking rewards？DApp 里面找不到按钮", None, False, DC, "mixed", O, "innocent_keyword", "claim question")
add("收到，please DM me your UID，我这边帮你 follow up", "Kevin", True, TG, "mixed", O, "staff_dm", "real staff DM request")
add("approve 之后 swap 还是 fail，gas 设多少合适？", None, False, TG, "mixed", O, "innocent_keyword", "approve in swap question")
add("Coingecko 上 TPT 的价格 https://www.coingecko.com/en/coins/tokenpocket 好像和 app 里不一样", None, False, TG, "mixed", O, "legit_link", "allowed coingecko link with brand in path")
add("Revoke 授权是用 app 自带的功能还是要用第三方网站？", None, False, TG, "mixed", O, "innocent_keyword", "授权/revoke")
add("Reminder: 任何人问你要 seed phrase / 助记词 都是骗子，包括自称 admin 的", None, False, TG, "mixed", O, "warning", "seed words in warning")
add("那个 @TPWalletSupport_Bot 是假的吧？official bot 应该是 @TPWalletSupportBot", None, False, TG, "mixed", O, "quote_scam", "quotes lookalike bot, names real bot")
add("Official bot 是 @TPWalletSupportBot，有问题可以在那里提交工单", "阿杰", True, TG, "mixed", O, "staff_link", "staff names official bot")
add("Medium 上这篇讲得挺清楚 https://medium.com/@tokenpocket_en/how-to-revoke-approvals 可以看看", None, False, DC, "mixed", O, "legit_link", "allowed medium link")
add("刚收到一个 DM 说 'your wallet needs rectify'，直接 block 了 😂", None, False, TG, "mixed", O, "quote_scam", "quotes drainer phrase")
add("验证 email 的 link 过期了，要重新发吗？", None, False, DC, "mixed", O, "innocent_keyword", "验证 email")
add("我看 https://x.com/TokenPocket_TP 发了活动公告，这个 airdrop 是真的吗？", None, False, TG, "mixed", O, "legit_link", "allowed x.com link, asks about airdrop")
add("support ticket 提交了三天没回复，正常吗？", None, False, DC, "mixed", O, "innocent_keyword", "support ticket")
add("帮朋友问一下，Ledger 连 TP 的时候 authorize 弹窗一直出现，是 bug 吗？", None, False, TG, "mixed", O, "innocent_keyword", "authorize on Ledger")

# ---------------- OK ordinary ----------------
for t, p in [
    ("How do I add a custom token on BSC? It's not showing in the list.", TG),
    ("gm everyone ☀️", DC),
    ("why is my TRX transfer burning so much energy? used to be way cheaper", TG),
    ("Does TP support Base chain yet?", DC),
    ("swap on Solana keeps failing with 'slippage exceeded', any tips?", TG),
    ("thanks for the help yesterday, it got sorted 🙏", TG),
    ("is there a way to hide small balances in the asset list?", DC),
    ("app crashes when I open the DApp browser on iOS 17.4", TG),
    ("what's the difference between a watch-only wallet and a normal one?", TG),
    ("ETH gas is crazy right now lol", DC),
    ("Can I use the same wallet on my phone and the Chrome extension?", TG),
    ("Which network should I pick to withdraw USDT from an exchange, TRC20 or BEP20?", TG),
    ("lost my phone but I have my mnemonic written on paper, can I just reinstall and import?", TG),
    ("anyone else's balance showing $0 after the update? coins are still there on the explorer", DC),
    ("how long does the cross-chain bridge usually take?", TG),
    ("dark mode when?", DC),
    ("bought some PEPE, wish me luck 😅", TG),
]:
    add(t, None, False, p, "en", O, "support_question" if "?" in t or "how" in t.lower() or "crash" in t else "chitchat", "ordinary")
for t, p in [
    ("请问怎么切换到波场网络？", TG), ("USDT转账手续费怎么这么高", TG), ("大家早上好", TG),
    ("新版本的界面怎么找不到DApp入口了", TG), ("钱包名字可以改吗？", DC), ("波场能量不够，转一笔扣了好多TRX", TG),
    ("请问怎么导出交易记录？", TG), ("安卓手机装不上，提示解析包出错", TG), ("今天大饼又跌了 😭", TG),
    ("观察钱包能转账吗？", DC), ("跨链桥一般要多久到账", TG), ("交易密码忘了能重置吗", TG),
    ("谢谢管理员，已经解决了", TG), ("多签钱包怎么创建？", DC), ("BSC上的代币价格显示不出来", TG),
    ("换了新手机，用助记词重新导入就可以了吧？", TG), ("有人用过TP的闪兑吗，滑点设多少合适", TG),
]:
    add(t, None, False, p, "zh", O, "chitchat" if t in ("大家早上好", "今天大饼又跌了 😭", "谢谢管理员，已经解决了") else "support_question", "ordinary")
for t, p in [
    ("gm 大家，今天 gas 好低", TG), ("TRC20 的 USDT 转到 OKX 要多久？", TG),
    ("Swap 的时候显示 insufficient balance 但我余额够啊", TG), ("有没有人知道怎么加 custom RPC？", DC),
    ("新版 UI 好看多了 nice", DC), ("Solana 上的 NFT 在哪里看？", TG),
    ("我的 ETH 转出去显示 pending 快一个小时了", TG), ("extension 和 app 可以用同一个 wallet 吗", DC),
    ("这波 BTC 要上 100k 了吧 🚀", TG), ("怎么 backup 钱包比较安全？写纸上还是存 cloud？", TG),
    ("Token 的 logo 不显示，是 bug 吗", TG), ("Arbitrum 上的 gas fee 是用 ETH 付吧？", DC),
    ("thanks 兄弟，问题解决了 👍", TG),
]:
    add(t, None, False, p, "mixed", O, "chitchat" if t.startswith(("gm", "新版", "这波", "thanks")) else "support_question", "ordinary")

# fill non-staff authors deterministically
POOL = ["cryptodan", "0xMarco", "alice_w", "币圈小白", "老王", "satoshi_fan", "Jenny L", "degen_ape42", "阿强", "moonboi",
        "Tran Minh", "李娜", "hodl4ever", "张伟", "🐳whale", "Ravi K", "gasfee_victim", "陈晓东", "nina.eth", "bnb_chad",
        "刘洋Leo", "sol_sam", "Ahmed", "小明", "Pedro M", "wagmi_kid", "王磊", "Olga", "defi_dave", "周杰"]
cyc = itertools.cycle(POOL)
for m in M:
    if m["author"] is None:
        m["author"] = next(cyc)

# ---------------- names ----------------
N = []
def nm(name, platform, imp, kind, note):
    N.append(dict(name=name, platform=platform, impersonates=imp, kind=kind, note=note))

nm("Mia | Support", TG, "Mia", "staff_role_word", "staff name + role word")
nm("Mia (Admin)", DC, "Mia", "staff_role_word", "staff name + Admin")
nm("M\u0456a", TG, "Mia", "homoglyph", "Cyrillic і U+0456")
nm("\U0001d40c\U0001d422\U0001d41a \U0001d413\U0001d40f", TG, "Mia", "homoglyph", "math bold 'Mia TP'")
nm("Omar Haddad - TP Team", TG, "Omar Haddad", "staff_brand_abbrev", "staff name + TP team")
nm("0mar Haddad", DC, "Omar Haddad", "small_edit", "digit zero for O")
nm("Omar Hadad", TG, "Omar Haddad", "small_edit", "one d dropped")
nm("\u039fmar Haddad", TG, "Omar Haddad", "homoglyph", "Greek Omicron U+039F")
nm("Lily Chen 官方", TG, "Lily Chen", "staff_role_word", "staff name + 官方")
nm("Lily \u0421hen", DC, "Lily Chen", "homoglyph", "Cyrillic С U+0421")
nm("Lily Chen\u200b", TG, "Lily Chen", "zero_width", "trailing zero-width space")
nm("Lily_Chen", TG, "Lily Chen", "small_edit", "underscore instead of space")
nm("Kevin TP", TG, "Kevin", "staff_brand_abbrev", "staff name + TP")
nm("Kevin | TPWallet Admin", DC, "Kevin", "staff_role_word", "staff name + brand + Admin")
nm("K\u0435vin", TG, "Kevin", "homoglyph", "Cyrillic е U+0435")
nm("Ke\u200dvin", TG, "Kevin", "zero_width", "zero-width joiner inside")
nm("\uff2b\uff45\uff56\uff49\uff4e", DC, "Kevin", "homoglyph", "fullwidth Latin")
nm("小周客服", TG, "小周", "staff_role_word", "staff name + 客服")
nm("小周-TP钱包官方", TG, "小周", "staff_brand_abbrev", "staff name + brand + 官方")
nm("小週", TG, "小周", "homoglyph", "traditional variant 週 for 周")
nm("阿杰 管理员", TG, "阿杰", "staff_role_word", "staff name + 管理员")
nm("✅阿杰✅", TG, "阿杰", "decoration", "emoji decoration around staff name")
nm("TPWallet Support", TG, "TPWallet", "brand_role", "brand + Support")
nm("TokenPocket Official", DC, "TokenPocket", "brand_role", "brand + Official")
nm("TP钱包客服", TG, "TP钱包", "brand_role", "brand + 客服")
nm("TP钱包官方技术支持", TG, "TP钱包", "brand_role", "brand + 官方 + 技术支持")
nm("TPWalletSupport_Bot", TG, "TPWalletSupportBot", "bot_lookalike", "underscore inserted")
nm("TPWaIletSupportBot", TG, "TPWalletSupportBot", "bot_lookalike", "capital I for lowercase l")
nm("tokenpocket_bot_official", TG, "tokenpocket_bot", "bot_lookalike", "suffix added")
nm("tokenpocket_b0t", TG, "tokenpocket_bot", "bot_lookalike", "zero for o")

for n, p, note in [
    ("Mia Tanaka", TG, "shares first name Mia"), ("Mia Rossi", DC, "shares first name Mia"),
    ("Kevin Liu", TG, "shares first name Kevin"), ("kevin_88", DC, "shares first name Kevin"),
    ("Kevin Martinez", TG, "shares first name Kevin"), ("Omar Farouk", TG, "shares first name Omar"),
    ("Omar", DC, "bare first name of staff Omar Haddad"), ("Lily Wong", TG, "shares first name Lily"),
    ("Lily", TG, "bare first name of staff Lily Chen"),
    ("0xAlice.eth", DC, "ENS handle"), ("satoshi_fan", TG, "crypto handle"), ("degen_ape42", DC, "crypto handle"),
    ("WAGMI_Whale", TG, "crypto handle"), ("solana_sam", DC, "crypto handle"), ("HODLer2017", TG, "crypto handle"),
    ("gasfee_victim", TG, "crypto handle"), ("bnb_chad", TG, "crypto handle"), ("moonboi", DC, "crypto handle"),
    ("Wallet Watcher", TG, "generic word 'Wallet', no brand"),
    ("王磊", TG, "Chinese name"), ("李娜", TG, "Chinese name"), ("张伟", TG, "Chinese name"),
    ("陈晓东", TG, "Chinese name"), ("刘洋Leo", TG, "Chinese + English name"), ("币圈老韭菜", TG, "Chinese nickname"),
    ("小明", TG, "Chinese nickname with 小"), ("周杰", TG, "contains 周 and 杰 but not a staff name"),
    ("杰哥", TG, "nickname with 杰"), ("阿强", TG, "阿 prefix nickname"),
    ("🐳", TG, "emoji only"), ("🚀Rocket Ray", DC, "emoji + name"), ("🌙Luna", TG, "emoji + name"),
    ("🐸 Pepe Lover", DC, "emoji + meme"), ("🍀", TG, "emoji only"), ("🦊 Foxy", DC, "emoji + name"),
    ("Дмитрий", TG, "genuine Cyrillic name, not imitating anyone"), ("محمد", TG, "Arabic script name"),
    ("Nguyễn Văn An", TG, "Vietnamese diacritics"), ("José García", DC, "Spanish diacritics"), ("Anna K.", TG, "plain name"),
]:
    nm(n, p, None, "legit", note)

# ---------------- validate ----------------
staff = set(IDENTITY["staff_names"])
keys = ["text", "author", "author_is_staff", "platform", "lang", "label", "kind", "note"]
assert len(M) == 160, len(M)
assert len({m["text"] for m in M}) == 160
for m in M:
    assert list(m) == keys and all(isinstance(m[k], str) and m[k] for k in keys if k != "author_is_staff")
    assert isinstance(m["author_is_staff"], bool)
    assert m["platform"] in ("telegram", "discord") and m["lang"] in ("zh", "en", "mixed") and m["label"] in ("scam", "ok")
    if m["author_is_staff"]:
        assert m["author"] in staff and m["label"] == "ok"
HARD = {"warning", "quote_scam", "innocent_keyword", "legit_link", "staff_dm", "staff_link"}
lab = collections.Counter(m["label"] for m in M)
hard = sum(1 for m in M if m["label"] == "ok" and m["kind"] in HARD)
lang = collections.Counter(m["lang"] for m in M)
assert lab["scam"] == 65 and lab["ok"] == 95 and hard >= 40 and min(lang.values()) >= 40
assert len(N) == 70 and len({n["name"] for n in N}) == 70
imp = sum(1 for n in N if n["impersonates"])
assert imp == 30 and all(n["name"] not in staff for n in N)

def dump(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            line = json.dumps(r, ensure_ascii=False)
            assert json.loads(line) == r
            f.write(line + "\n")

with open(os.path.join(HERE, "identity.json"), "w", encoding="utf-8") as f:
    f.write(json.dumps(IDENTITY, ensure_ascii=False) + "\n")
dump(os.path.join(HERE, "messages.jsonl"), M)
dump(os.path.join(HERE, "names.jsonl"), N)

# ---------------- README ----------------
def table(counter):
    return "\n".join(f"| {k} | {v} |" for k, v in sorted(counter.items()))
ll = collections.Counter(f"{m['lang']} / {m['label']}" for m in M)
kinds = collections.Counter(f"{m['label']} / {m['kind']}" for m in M)
plat = collections.Counter(m["platform"] for m in M)
nk = collections.Counter(n["kind"] for n in N)
readme = f"""# guard_heldout — held-out evaluation corpus for the community guard

Written independently (without reading core/guard, bench/guard_corpus or bench/guard.py) to check
generalization. Regenerate with `python3 build_heldout.py` (it validates every line).

Files:
- `identity.json` — brand / official domains / official bots / staff names / allowed domains.
- `messages.jsonl` — {len(M)} messages: `text, author, author_is_staff, platform, lang, label, kind, note`.
- `names.jsonl` — {len(N)} display names / usernames of non-staff accounts: `name, platform, impersonates, kind, note`.

## messages.jsonl

- label: scam {lab['scam']}, ok {lab['ok']} (hard negatives {hard}, ordinary {lab['ok'] - hard})
- lang: zh {lang['zh']}, en {lang['en']}, mixed {lang['mixed']}
- platform: telegram {plat['telegram']}, discord {plat['discord']}
- staff-authored (author_is_staff true): {sum(m['author_is_staff'] for m in M)}; non-staff authors using a staff name (scam): {sum(1 for m in M if m['kind']=='staff_impersonation')}

Hard-negative kinds (label ok): {', '.join(sorted(HARD))}. Ordinary ok kinds: support_question, chitchat.

| lang / label | n |
|---|---|
{table(ll)}

| label / kind | n |
|---|---|
{table(kinds)}

Notes: homoglyph domains use Cyrillic letters (U+0430, U+043A, U+043E); punycode rows use
`{PUNY_TPWALLET}` (tpwаllet.io) and `{PUNY_TPZH}` (tp钱包.com). Some hard negatives deliberately
quote a scam domain or a lookalike bot handle while asking whether it is real.
`help.tokenpocket.pro` / `www.tpwallet.io` are treated as official (subdomains of official domains).

## names.jsonl

- impersonators: {imp}, legitimate: {len(N) - imp}

| kind | n |
|---|---|
{table(nk)}

Debatable by design: `Omar` and `Lily` (bare first names of staff with two-word names) are labelled
legitimate; `Lily_Chen` and `小週` are labelled impersonators.
"""
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
print("ok", lab, "hard", hard, lang, "names imp", imp, len(N) - imp)
