#!/usr/bin/env python3
"""Build messages.jsonl and names.jsonl for the guard_third corpus.

Every sentence below was hand-written (no combinatorial templating). The script
only attaches the fixed fields, validates, writes the JSONL files and prints counts.
Written blind: without reading the detector or the other guard corpora.
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
TG, DC = "telegram", "discord"
MSGS = []

def S(lang, kind, author, text, note, platform=TG):
    """scam message (author never staff)"""
    MSGS.append(dict(text=text, author=author, author_is_staff=False, platform=platform,
                     lang=lang, label="scam", kind=kind, note=note))

def OK(lang, kind, author, text, note, platform=TG, staff=False):
    """legitimate message; kinds starting with 'hard_' are hard negatives"""
    MSGS.append(dict(text=text, author=author, author_is_staff=staff, platform=platform,
                     lang=lang, label="ok", kind=kind, note=note))

CYR_o, CYR_a, CYR_i, GRK_o = "\u043e", "\u0430", "\u0456", "\u03bf"

# ======================================================================
# SCAM
# ======================================================================
# --- lookalike domains -------------------------------------------------
S("en", "lookalike_domain", "cryptoking_88",
  "NovaVault users: the v4 security patch is mandatory, update before Friday or the app stops signing -> novavau1t.app/update",
  "digit 1 replaces l in official novavault.app; fake mandatory update")
S("zh", "lookalike_domain", "币圈小胖",
  "Nova钱包要升级新版本了，旧版本本周停用，大家去 nova-wallet.co 下载新版",
  "official is nova-wallet.com; .co is a different TLD")
S("mixed", "lookalike_domain", "Leo 🦁",
  "兄弟们 novavault 新官网 https://novavault-app.com 上线了，airdrop 快去领",
  "brand embedded in a different registrable domain (novavault-app.com)")
S("en", "lookalike_domain", "jenny.eth",
  "If the app is stuck on loading just use the web version: https://xn--novavult-9za.app",
  "punycode IDN domain imitating novavault.app")
S("en", "lookalike_domain", "Marcus T",
  "Support page moved, log in here to see your ticket: novavault.app.secure-login.net",
  "official domain used as a subdomain of secure-login.net")
S("zh", "lookalike_domain", "阿飞",
  "钱包打不开的直接去 novvault.app 重新导入一下就好了，我刚弄好",
  "dropped letter (novvault) + asks to re-import wallet = seed capture")
S("en", "lookalike_domain", "Tomasz",
  "nova-wallett.com is the backup site when the main one is down, same login",
  "doubled t in nova-wallet.com")
S("mixed", "lookalike_domain", "Kiki",
  "Nova钱包 官方 web 版入口：n" + CYR_o + "vavault.app 手机 app 出问题的用这个",
  "Cyrillic о homoglyph inside novavault.app")
S("zh", "lookalike_domain", "财富自由之路",
  "新版钱包激活地址：ｎｏｖａ－ｖａｕｌｔ．ｖｉｐ 复制到浏览器打开",
  "full-width characters spelling nova-vault.vip (hyphen + different TLD)")
S("en", "lookalike_domain", "Ray",
  "novawallet.support — open a ticket there, they answered me within 5 minutes",
  "brand as second-level domain under .support TLD, not an official domain")
S("en", "lookalike_domain", "Hannah W", 
  "EU users: main site is geo-blocked for some ISPs, official mirror is nova-vault.app",
  "inserted hyphen; 'mirror' pretext", DC)
S("zh", "lookalike_domain", "老王说币",
  "新版Nova钱包需要先激活，点 novavault.app-update.top 进去按提示操作",
  "official name followed by '-update.top' so real host is app-update.top")
S("en", "lookalike_domain", "devon_builds",
  "Desktop build for Linux is here, not on the store yet: https://github-novavault.io/releases/latest",
  "imitates github + brand; not github.com")
S("mixed", "lookalike_domain", "Yvonne",
  "balance 不显示的去 novavault[.]app-help[.]com 登录一下 refresh 就有了",
  "defanged-looking dots to dodge link filter; real host app-help.com")
S("en", "lookalike_domain", "Officialish",
  "Official support: https://t.me/NovaVaultOfficiaI",
  "capital I instead of l, imitates allowed t.me/NovaVaultOfficial")
S("zh", "lookalike_domain", "小美",
  "【Nova钱包官方】尊敬的用户，您的钱包存在安全风险，请立即访问 n" + GRK_o + "vavault.app 完成验证，逾期冻结",
  "Greek omicron homoglyph + fake official notice + urgency")
S("en", "lookalike_domain", "Benny",
  "Guys there's a holder bonus, connect at novavault.app.claims-portal.io before it runs out",
  "official domain as subdomain of claims-portal.io + connect-to-claim")
S("en", "lookalike_domain", "ana_trades",
  "bit.ly/nova-vault-refund  <- refund form for the failed swaps yesterday",
  "URL shortener hiding destination, brand-ish slug, refund lure")
S("mixed", "lookalike_domain", "Chen Hao",
  "iOS 下架了，新的 TestFlight 安装包在 novavau1t-ios.com，官方给的",
  "lookalike with digit 1 + fake sideload")

# --- fake support bots / accounts ---------------------------------------
S("en", "fake_support_account", "Lucas",
  "Having problems? Message @NovaVault_SupportBot, that's the live-agent one, the pinned bot only does FAQ",
  "not an official bot (official: NovaVaultHelpBot, novawallet_bot)")
S("zh", "fake_support_account", "晴天",
  "有问题找 @Nova_KeFu 官方客服，24小时在线，回复很快",
  "fake 客服 handle")
S("mixed", "fake_support_account", "MingYue",
  "transfer 一直 pending 的 直接找 @NovaVaultHelpdesk，他们 handle 很快的",
  "fake helpdesk account")
S("en", "fake_support_account", "pixelpete",
  "ticket channel is broken atm, DM NovaVault Support#0001 and they'll open one for you",
  "fake Discord support account", DC)
S("en", "fake_support_account", "Grace",
  "For refunds talk to @novawaIlet_bot, it's the newer version of the bot",
  "capital I homoglyph of novawallet_bot")
S("zh", "fake_support_account", "一帆风顺",
  "官方机器人换了，新的是 @NovaVaultHeIpBot ，旧的那个已经不回复了",
  "capital I for l in NovaVaultHelpBot; 'bot changed' pretext")
S("en", "fake_support_account", "Oliver P.",
  "Real support is @NovaVaultHelpBot_official, the one in the pinned message is outdated",
  "suffix on official bot name + discredits the real one")
S("zh", "fake_support_account", "币安老李",
  "官方客服 T G：@nova_kefu_01 电报搜一下就行",
  "spaced 'T G' to evade keyword, fake 客服 handle")
S("zh", "fake_support_account", "路人甲",
  "钱包被风控了要先交保证金才能提币，联系在线客服 @NovaRisk_Center 处理",
  "fake risk-control deposit scam via fake account")

# --- invites to other groups / servers ---------------------------------
S("en", "group_invite", "Support Desk Bot?",
  "Support moved to a private group for faster replies: t.me/+Xk3lNovaHelp",
  "private invite link presented as support")
S("zh", "group_invite", "Nova售后",
  "Nova钱包 售后群：t.me/novakefu888 进群找管理处理",
  "fake after-sales group")
S("mixed", "group_invite", "stella",
  "discord 的 ticket 系统坏了，去 discord.gg/novasupport-desk 开 ticket 吧",
  "unofficial Discord invite as support; official is discord.gg/novavault", DC)
S("en", "group_invite", "Verify Team",
  "Lost your role after the raid? Re-verify in our verification server: discord.gg/nvault-verify",
  "fake verification server", DC)
S("en", "group_invite", "moonboi",
  "airdrop snapshot only happens in the VIP chat → t.me/NovaVaultVIP_Airdrop get in before it fills",
  "fake VIP group + airdrop lure")
S("zh", "group_invite", "维权志愿者",
  "受损用户维权群 t.me/nova_weiquan 已经帮很多人追回资产了，被盗的进来登记",
  "fake victims' rights group, leads to recovery scam")
S("mixed", "group_invite", "Amber",
  "想要 whitelist 的进这个 group 👉 t.me/nova_wl_official 名额只剩 200",
  "fake whitelist group using 'official' in path")
S("en", "group_invite", "Zed",
  "dev AMA is happening in the backup server since this one is muted: discord.gg/nova-ama-live",
  "fake backup server pretext", DC)

# --- DM-me / contact-me offers by non-staff -----------------------------
S("en", "dm_offer", "Harvey",
  "I had the exact same bug last week, DM me and I'll walk you through the fix",
  "non-staff pulling victim into DMs")
S("zh", "dm_offer", "热心群友",
  "私信我，我帮你处理，前两天有个人一样的问题我帮他搞定了",
  "non-staff 私信我 offer")
S("mixed", "dm_offer", "Ah Keong",
  "bro dm 我，我教你怎么 unlock 那笔 USDT",
  "non-staff DM offer to unlock funds")
S("en", "dm_offer", "Nate | Web3",
  "Anyone with stuck withdrawals, inbox me. I work directly with the dev team.",
  "claims insider access, asks for DMs")
S("zh", "dm_offer", "客服小陈",
  "转账失败的朋友可以加我微信 nova_kf2024，免费帮你看",
  "moves to WeChat; 客服 in name, not staff")
S("en", "dm_offer", "mod_helper",
  "I'm on the helpdesk team, just sent you a friend request, accept it so we can resolve your case",
  "non-staff claiming team role + friend request", DC)
S("zh", "dm_offer", "技术阿伟",
  "有问题的加我 QQ 2894417730，我是做技术的，钱包问题都能解决",
  "off-platform contact offer")
S("zh", "dm_offer", "Lucky",
  "资产冻结的 私 信 我 处理 🙏",
  "spaced 私 信 我 to evade keyword filters")
S("mixed", "dm_offer", "Ken",
  "有需要的 jia wo wei xin，帮你 jie dong，收费很低",
  "pinyin for 加我微信 / 解冻 to evade filters")
S("en", "staff_impersonation", "Diego Ramos",
  "Hi, Diego from the NovaVault team here. Check your DMs, I sent you the fix for the frozen balance.",
  "display name equals a staff name but author is not staff")
S("zh", "staff_impersonation", "小林客服",
  "我是官方客服小林，已经私信你了，请查收并按步骤操作",
  "non-staff using staff name 小林 + 客服")
S("en", "staff_impersonation", "Anna | NovaVault",
  "@user7781 I've escalated your issue, please reply to my DM with your wallet address and the phrase shown on your backup screen",
  "impersonates Anna, asks for the backup phrase", DC)
S("en", "dm_offer", "Kelvin",
  "contact support at novavaultsupport@gmail.com with your wallet address and recovery phrase, they fixed mine",
  "fake support email + seed request")

# --- drainer phrasing ----------------------------------------------------
S("en", "drainer", "Jules",
  "Your wallet has to be validated after the network merge. Connect at dapp-rectify.net and press Validate.",
  "validate + connect on unknown dapp")
S("zh", "drainer", "阳光明媚",
  "同步钱包失败的，去 wallet-sync-nodes.com 点“同步”，连接一下钱包就好了",
  "同步钱包 drainer")
S("en", "drainer", "Pranav",
  "Balance shows 0? That's a node desync. Use the rectification tool at walletrectify.app and it comes back",
  "rectify tool drainer")
S("zh", "drainer", "花开富贵",
  "需要验证钱包才能解冻，连接 dapp 修复一下就行 👉 fix-dapp.xyz",
  "验证钱包/修复 drainer")
S("mixed", "drainer", "Jason林",
  "你的 wallet 被 flag 了，要 migrate 到 v3 合约，点这里 migrate-nova.com connect 一下就行",
  "fake migration requiring connect")
S("en", "drainer", "Felix",
  "To restore the tokens lost in the bridge incident: open the restore portal, connect wallet, sign the message. takes a minute",
  "restore + connect + sign, no domain but classic drainer flow")
S("en", "drainer", "NovaNews",
  "Reminder: all wallets must be re-synced before the 31st or funds get locked. Connect at secure-walletsync.org",
  "deadline + resync drainer", DC)
S("zh", "drainer", "七七",
  "授权一下就能领，签名不花gas的 😄 nova-drop.cc",
  "signature-based drainer (permit) + fake drop")
S("en", "drainer", "chris_b",
  "just approve the Permit that pops up in your wallet and the refund lands in ~10 min",
  "asks victims to sign a Permit (token approval) for 'refund'")
S("mixed", "drainer", "小马哥",
  "USDT 被锁 = contract upgrade 问题，打开 DApp 浏览器输入 nova-fix.io 点 rectify 就行",
  "rectify drainer with mixed wording")
S("zh", "drainer", "安全中心",
  "检测到您的地址存在异常授权，请尽快到 revoke-nova.net 一键取消授权",
  "fake revoke site (real revoke tools exist, this one is a lookalike drainer)")
S("en", "drainer", "Mila",
  "wallets created before 2023 need to be migrated to the new key format. connect here to migrate: novamigrate.org",
  "fake key-format migration")
S("zh", "drainer", "稳稳的幸福",
  "你的地址被标记为风险地址，需要做一笔验证转账 0.5 ETH 才能解除",
  "verification-transfer scam")
S("mixed", "drainer", "Ivy",
  "gas fee 退款 已经开放了，connect wallet 到 gasrefund-eth.com 点 claim，亲测到账",
  "connect to claim refund")

# --- seed phrase / private key requests ---------------------------------
S("en", "seed_request", "Support_Jake",
  "To recover the account we first need to confirm ownership, please reply with your 12-word phrase.",
  "direct seed request")
S("zh", "seed_request", "胖虎",
  "把助记词发我，我帮你导进去看看是不是钱包坏了",
  "direct 助记词 request")
S("mixed", "seed_request", "Alan",
  "私钥 export 出来发给我，我用 script 帮你把 token 救出来",
  "private key request")
S("en", "seed_request", "Nora",
  "fill in this form to get your refund: forms.gle/7Hq2NovaRefund — it asks for your address and your backup words, that's just for verification",
  "indirect seed request via form")
S("zh", "seed_request", "心想事成",
  "填一下表格核实身份，要填助记词前三个和后三个，放心不是全部",
  "partial seed request")
S("en", "seed_request", "trentonX",
  "type your 12 words into the recovery tool and hit sync, it runs locally don't worry",
  "indirect seed phrase entry")
S("mixed", "seed_request", "Coco",
  "把 zhujici 那页截图发我看看，我帮你 check 一下 derivation path",
  "pinyin zhujici (助记词) screenshot request")
S("en", "seed_request", "Evan",
  "screenshot your backup page and send it over, I need to check which derivation path you're on",
  "seed screenshot request in English")
S("mixed", "seed_request", "客服中心",
  "请提供您的ｓｅｅｄ ｐｈｒａｓｅ以便我们核实账户",
  "full-width English words inside Chinese sentence")
S("en", "seed_request", "Verify Bot",
  "Verification requires you to paste your private key in #verify. It's end-to-end encrypted so it's safe.",
  "private key into a channel", DC)
S("zh", "seed_request", "老周",
  "导出私钥给我，我帮你换到新钱包，手续费我出",
  "private key request framed as favor")
S("zh", "seed_request", "Nova钱包服务",
  "助 记 词 核 对 一 下 就 能 恢 复 余 额",
  "every char spaced to dodge filter")

# --- doubling giveaways / 返利 ------------------------------------------
S("en", "doubling", "NovaVault Events",
  "🎁 NovaVault 5th anniversary: send 0.1–10 ETH to the event address and get 2x back instantly!\n0x3f9A1c2E7bD44e0f9aB1E5c6d7F8a9B0c1D2e3F4",
  "send X get 2X to an address")
S("zh", "doubling", "福利官",
  "充值返利活动：充100U送100U，名额有限，先到先得，联系我",
  "充值返利 doubling")
S("mixed", "doubling", "Nova Official ✅",
  "Nova钱包周年庆 🎉 send 500 TRX 返 1000 TRX，官方活动 ✅ 地址：TXk9aQp3s8YwZ2mN6vR1cL4eH7uJ5tB0dF",
  "doubling with fake official badge")
S("en", "doubling", "luckyluke",
  "lol I just sent 200 USDT to the giveaway and got 400 back, it's still running, address in my bio",
  "testimonial-style doubling promo")
S("zh", "doubling", "理财顾问Lisa",
  "存U理财，日化3%，稳赚不赔，本金随时可取",
  "guaranteed-return deposit scheme")
S("en", "doubling", "Tesla Crypto",
  "Elon x NovaVault giveaway live on YouTube right now, send any amount and receive double",
  "celebrity doubling giveaway")
S("mixed", "doubling", "Bella",
  "USDT 2x 活动 最后一天！转 50 回 100，转 1000 回 2000，秒到",
  "2x doubling in mixed text")

# --- signal teachers / guaranteed profits --------------------------------
S("zh", "signal_teacher", "王老师助理",
  "带单老师每天免费三单，胜率95%，想跟单的私我",
  "带单老师 + 胜率 claim")
S("zh", "signal_teacher", "股海明灯",
  "跟着王老师做合约，上周翻了5倍，进群 t.me/wanglaoshi_vip 免费体验",
  "signal group invite")
S("en", "signal_teacher", "Sophie",
  "My mentor's signals made me 40% this week alone. Guaranteed profits, ask me how to join",
  "guaranteed profit signals")
S("mixed", "signal_teacher", "Tony Zhang",
  "BTC 合约 signal 群，稳赚不亏，免费体验三天，加V：tz_signal88",
  "稳赚 signal group")
S("en", "signal_teacher", "PumpKing",
  "Free VIP pump group — next coin 10x guaranteed, link in bio",
  "pump group, guaranteed 10x", DC)
S("zh", "signal_teacher", "财经小助手",
  "老师今晚直播讲解，保证收益，不赚钱全额退款，名额只剩20个",
  "保证收益 + 不赚退款 teacher scam")

# --- fake recovery experts ----------------------------------------------
S("en", "recovery_scam", "Dana",
  "Lost funds to a scam? I recommend @CryptoRecoveryPro, he got 3 ETH back for me in two days",
  "recommendation of recovery 'expert'")
S("zh", "recovery_scam", "小雨",
  "被骗的可以找黑客追回，我朋友找回了80%，需要的私信我",
  "黑客追回 scam")
S("en", "recovery_scam", "Chainwatch Recovery",
  "Funds stolen? Chainwatch Recovery Ltd traces and reverses blockchain transactions. 100% success rate.",
  "'reverse transactions' is impossible")
S("mixed", "recovery_scam", "Eric",
  "被盗了别慌，专业 recovery team 帮你 trace 回来，先付 10% 定金就行",
  "upfront fee recovery scam")

# --- job / task scams ---------------------------------------------------
S("zh", "job_scam", "招聘-小丽",
  "招兼职，每天点赞10个视频赚200U，在家就能做，宝妈学生都可以",
  "task job scam")
S("en", "job_scam", "HR Olivia",
  "Hiring remote community moderators for NovaVault, $800/week paid in USDT, no experience needed, DM me",
  "fake job in the brand's name")
S("mixed", "job_scam", "Momo",
  "刷单 task 每单返佣 5%，新人先充 50 USDT 激活账号",
  "task scam requiring deposit")
S("en", "job_scam", "Lisa Career",
  "Earn 50 USDT daily by rating apps from your phone. Training provided. Contact @jobs_hr_lisa",
  "app rating task scam")

# --- QR code phishing ---------------------------------------------------
S("en", "qr_phishing", "Claims Desk",
  "Scan the QR in the picture with your NovaVault app to receive the compensation for the outage",
  "scan-to-receive phishing")
S("zh", "qr_phishing", "补偿专员",
  "扫码领取补偿，用Nova钱包扫一下就到账，今天截止",
  "扫码领取 phishing")
S("mixed", "qr_phishing", "Jack",
  "先扫这个 QR 收 5 USDT 测试一下，到账了再 transfer 大额给你",
  "QR 'receive' that is actually an approval/payment request")

# --- fake airdrop claim --------------------------------------------------
S("en", "fake_airdrop", "AirdropHunter",
  "NOVA token airdrop is LIVE!! claim before it ends: nova-airdrop.xyz",
  "fake airdrop site")
S("zh", "fake_airdrop", "空投哥",
  "Nova钱包空投开始了，每人500 NOVA，领取地址 novadrop.top",
  "fake airdrop zh")
S("mixed", "fake_airdrop", "Wendy",
  "$NVT airdrop eligible 了吗？检查一下 👉 claim-novavault.com",
  "fake eligibility checker")
S("en", "fake_airdrop", "Nova Announcements",
  "@everyone Season 2 airdrop claim is open, first 5000 wallets only: https://novavault-claim.vercel.app",
  "fake airdrop on vercel subdomain", DC)
S("zh", "fake_airdrop", "Mr.Z",
  "老用户专属空投，连接钱包即可领取，仅限今天 👉 nova-gift.vip",
  "connect-to-claim airdrop")

# ======================================================================
# OK - hard negatives
# ======================================================================
# --- warnings about scams -------------------------------------------------
OK("en", "hard_warning", "Rick",
   "PSA: novavau1t.app is NOT ours, it's a drainer. The only real sites are novavault.app and nova-wallet.com",
   "warning that quotes a lookalike domain")
OK("zh", "hard_warning", "老韭菜",
   "大家注意，t.me/novakefu888 是骗子群，千万别进",
   "warning quoting a scam group link")
OK("mixed", "hard_warning", "Joy",
   "有人私信我说是 Nova 官方客服，叫我 validate wallet，明显是 scam，大家别信",
   "reports a scam DM, contains 私信/官方客服/validate")
OK("en", "hard_warning", "Megan",
   "Reminder: nobody from the team will DM you first. If anyone asks for your seed phrase, block and report.",
   "safety reminder with DM/seed phrase words")
OK("zh", "hard_warning", "李大哥",
   "任何要你助记词、私钥的都是骗子，包括自称客服的",
   "warning containing 助记词/私钥/客服")
OK("en", "hard_warning", "Tariq",
   "Heads up, an account called 'NovaVault Support' is sending friend requests. It's fake, ignore it.",
   "warning that names an impersonator", DC)
OK("en", "hard_warning", "Ines",
   "Don't scan random QR codes to 'receive' money. Receiving crypto never needs you to scan anything or sign anything.",
   "anti-QR-phishing advice")
OK("zh", "hard_warning", "王师傅",
   "什么充值返利、转一送一，全是骗局，别上当",
   "warning containing 充值返利")
OK("en", "hard_warning", "Paul",
   "Those 'recovery experts' replying under every post are scammers too. They take a fee and vanish.",
   "warning about recovery scams")
OK("mixed", "hard_warning", "Vivian",
   "刚才那个发 nova-airdrop.xyz 的是 scam，admin 快 ban 掉",
   "report quoting fake airdrop domain")
OK("en", "hard_warning", "Gus",
   "lol another 'send 1 ETH get 2 ETH' bot. reported.",
   "mocks doubling scam")
OK("zh", "hard_warning", "张姐",
   "带单老师都是割韭菜的，稳赚不赔这种话听听就好",
   "warning containing 带单老师/稳赚")
OK("en", "hard_warning", "Noah",
   "If a site asks you to 'synchronize', 'rectify' or 'validate' your wallet, it's a drainer. Wallets don't need that.",
   "drainer vocabulary inside a warning")
OK("zh", "hard_warning", "阿亮",
   "主动私信你的“管理员”全是假的，真管理员不会先私聊你",
   "warning with 私信/管理员")
OK("en", "hard_warning", "Lena",
   "mods, the guy posting discord.gg/nvault-verify is phishing, please remove",
   "report quoting fake invite", DC)
OK("mixed", "hard_warning", "Sunny",
   "注意 @NovaVaultHeIpBot 那个是大写 I 不是 l，fake bot，官方是 @NovaVaultHelpBot",
   "warning quoting lookalike bot and official bot")
OK("zh", "hard_warning", "小刘",
   "n" + CYR_o + "vavault.app 这个看着一样其实是假的，o 是俄文字母，浏览器复制出来就知道了",
   "warning that itself contains the homoglyph domain")
OK("en", "hard_warning", "Bjorn",
   "Anyone promising to 'reverse' a blockchain transaction is lying. Transactions are final.",
   "warning about recovery scams")
OK("zh", "hard_warning", "陈老师（数学）",
   "刷单返佣那种兼职都是先让你充值再卷款跑路，别去",
   "warning about task scam; author name contains 老师 innocently")
OK("en", "hard_warning", "Priyanka S",
   "Just so newcomers know: the real bots are @NovaVaultHelpBot and @novawallet_bot. Anything with 'support' or 'official' tacked on is fake.",
   "lists official bots; author name starts like staff Priya")

# --- quoting scam DMs to ask -------------------------------------------
OK("en", "hard_quoted_scam", "Abby",
   "Got this DM: \"Your NovaVault wallet needs to be validated, go to dapp-rectify.net\". Is this legit?? sounds fake",
   "quotes a scam to verify it")
OK("zh", "hard_quoted_scam", "风中的猪",
   "有人私信我说“您的钱包已被冻结，请提供助记词解冻”，这是真的吗？",
   "quotes scam DM and asks")
OK("mixed", "hard_quoted_scam", "Kai",
   "有个人叫我去 t.me/+Xk3lNovaHelp 说是 support group，这是官方的吗？",
   "asks whether invite is official")
OK("en", "hard_quoted_scam", "Ben Ortiz",
   "Someone called 'Anna Support' told me to type my 12 words into a Google form. That's a scam right?",
   "quotes seed-request scam")
OK("zh", "hard_quoted_scam", "豆豆",
   "收到短信说Nova钱包空投可以领取，网址 novadrop.top，是官方活动吗",
   "asks about fake airdrop site")
OK("en", "hard_quoted_scam", "Ming",
   "is nova-wallet.co the same thing as nova-wallet.com? someone sent it to me",
   "asks about lookalike TLD")
OK("en", "hard_quoted_scam", "Carla",
   "A guy in my DMs offered to 'sync my wallet' for me. Pretty sure it's a scam but wanted to double check",
   "asks about sync-wallet offer", DC)
OK("zh", "hard_quoted_scam", "阿珍",
   "有人说能帮我追回被盗的币，要先付10%手续费，靠谱吗？",
   "asks about recovery fee")
OK("mixed", "hard_quoted_scam", "Andy Wu",
   "收到一个 Telegram 私信：\"send 500 TRX 返 1000 TRX 官方活动\"，我没转，想问下是不是真的",
   "quotes doubling scam, did not act")
OK("en", "hard_quoted_scam", "Farah",
   "Someone replied to me saying 'DM me I work with the dev team'. Should I trust that?",
   "quotes DM-me offer")
OK("zh", "hard_quoted_scam", "小鱼儿",
   "有个叫“小林客服”的人加我，说要我扫码领补偿，他是官方的人吗？",
   "asks about impersonator of staff 小林")

# --- innocent use of trigger words ---------------------------------------
OK("en", "hard_innocent_keyword", "Hugo",
   "How do I contact support? The in-app chat just keeps spinning.",
   "'contact support' as a question")
OK("zh", "hard_innocent_keyword", "糖糖",
   "请问客服在哪里？App里找不到入口",
   "asks where 客服 is")
OK("en", "hard_innocent_keyword", "Marta",
   "Is there going to be an airdrop for early users? Just curious, I'm not asking for a link",
   "innocent airdrop question")
OK("zh", "hard_innocent_keyword", "阿彬",
   "上次活动的奖励怎么领取？在app哪个页面",
   "innocent 领取 question")
OK("en", "hard_innocent_keyword", "Theo",
   "claimed my staking rewards in the app just now, worked fine 👍",
   "innocent 'claimed'")
OK("mixed", "hard_innocent_keyword", "Jerry",
   "app 里的 sync 卡住了，一直显示 syncing blocks，正常吗？",
   "innocent sync")
OK("en", "hard_innocent_keyword", "Olga",
   "Balance isn't syncing after the latest update, anyone else on iOS 17?",
   "innocent syncing bug report")
OK("en", "hard_innocent_keyword", "Sid",
   "I forgot my app password but I have my recovery phrase written down. Can I just recover the wallet on a new phone?",
   "asks about recovering with own phrase, not sharing it")
OK("zh", "hard_innocent_keyword", "橙子",
   "换手机了，用助记词恢复钱包就可以了吧？需要注意什么",
   "innocent 助记词 question")
OK("en", "hard_innocent_keyword", "Walt",
   "my portfolio did a 2x since January, feels good man",
   "innocent 2x")
OK("en", "hard_innocent_keyword", "Rosa",
   "DM'd my brother a screenshot of the swap fees, he says they're higher on his side. Region thing?",
   "innocent DM'd")
OK("en", "hard_innocent_keyword", "Mateo",
   "Who's the admin for the Spanish channel? I'd like to volunteer translating.",
   "innocent admin question", DC)
OK("zh", "hard_innocent_keyword", "小张",
   "邮箱验证码一直收不到，地址是对的",
   "innocent 验证")
OK("en", "hard_innocent_keyword", "Ezra",
   "does the address book validate checksums? I pasted an all-lowercase address and it accepted it",
   "innocent validate")
OK("zh", "hard_innocent_keyword", "周末愉快",
   "请问官方中文客服的工作时间是几点到几点？",
   "innocent 官方/客服")
OK("en", "hard_innocent_keyword", "Ruth",
   "Restored from my seed on the laptop and every token showed up. Nice work devs",
   "innocent restore")
OK("zh", "hard_innocent_keyword", "大鹏",
   "空投的事官方有公告吗？我怎么没看到",
   "innocent 空投 question")
OK("en", "hard_innocent_keyword", "Ivan",
   "how do I migrate from the old Chrome extension to the new one without losing my accounts?",
   "innocent migrate")
OK("zh", "hard_innocent_keyword", "思思",
   "我用Nova钱包连Uniswap授权了USDT，怎么取消授权？",
   "innocent 授权 question")
OK("mixed", "hard_innocent_keyword", "Leon",
   "想私信 admin 问个 KYC 的事，但是不知道哪个是真的，可以在群里直接问吗",
   "innocent 私信/admin, cautious user")
OK("en", "hard_innocent_keyword", "Gwen",
   "Can I export my private key to import into a hardware wallet? Asking where the option is, not sharing it lol",
   "asks where the private-key export is")
OK("zh", "hard_innocent_keyword", "旺财",
   "修复了上次那个闪退的问题吗？更新后还是会闪",
   "innocent 修复")
OK("en", "hard_innocent_keyword", "Quinn",
   "Official announcement channel says the fee change starts Monday — is that for all chains or just ETH?",
   "innocent 'official'")
OK("zh", "hard_innocent_keyword", "小强",
   "双倍积分活动是真的吗？我在官方推特看到的",
   "asks about doubled points seen on official account (not a doubling scam)")
OK("mixed", "hard_innocent_keyword", "Cindy",
   "Nova钱包 能不能 connect 到 Ledger？我想 hardware wallet 配合用",
   "innocent connect")

# --- staff posts (exempt) ----------------------------------------------
OK("en", "hard_staff_post", "Sam",
   "Official download links live on novavault.app/download only. Anything else posted here, ignore it.",
   "staff posting official link", staff=True)
OK("zh", "hard_staff_post", "老唐",
   "需要帮助的可以私信我，或者到 nova-wallet.com/support 提交工单",
   "staff 私信我 + official domain", staff=True)
OK("en", "hard_staff_post", "Anna",
   "DM me your ticket number (NOT your seed phrase) and I'll check the status.",
   "staff DM me", DC, staff=True)
OK("mixed", "hard_staff_post", "小林",
   "airdrop 的官方公告只在 t.me/NovaVaultOfficial 发，其他 link 都是假的",
   "staff posting allowed t.me link", staff=True)
OK("en", "hard_staff_post", "Diego Ramos",
   "We're aware of the sync delay on Tron. Fix ships today. Status page: novavault.app/status",
   "staff with sync + official link", staff=True)
OK("en", "hard_staff_post", "Priya",
   "To claim the gas refund: open the app > Rewards > Claim. Don't use any external link for this.",
   "staff claim instructions", staff=True)
OK("en", "hard_staff_post", "Yuki",
   "Please open a ticket through @NovaVaultHelpBot and DM me the ticket ID so I can escalate.",
   "staff referencing official bot + DM me", DC, staff=True)
OK("zh", "hard_staff_post", "小林",
   "已经私信你了，请查收。提醒一下：不要把助记词发给任何人，包括我",
   "staff 私信 + 助记词 warning", staff=True)
OK("en", "hard_staff_post", "Sam",
   "Our official Discord is discord.gg/novavault — same team, same rules.",
   "staff posting official discord invite", staff=True)
OK("zh", "hard_staff_post", "老唐",
   "关于空投：目前没有任何空投活动，看到“领取空投”的链接一律是钓鱼",
   "staff warning with 领取空投", staff=True)
OK("en", "hard_staff_post", "Anna",
   "If you need to revoke approvals, use the Approvals tab in the app or etherscan.io/tokenapprovalchecker",
   "staff with allowed explorer link", DC, staff=True)

# --- tech pastes (code, addresses, tx hashes) --------------------------
OK("en", "hard_tech_paste", "Frank",
   "tx stuck pending for 2h: https://etherscan.io/tx/0x9f2c41be07d3a0c5e6b1f8d2a4c7e9b0d1f3a5c7e9b1d3f5a7c9e1b3d5f7a71e nonce 54, gas 12 gwei. should I speed it up?",
   "tx hash on allowed explorer")
OK("zh", "hard_tech_paste", "小黑",
   "TRC20转账失败 https://tronscan.org/#/transaction/7b1e2c9d0a4f6e8b3c5d7f9a1b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c 显示 OUT OF ENERGY 是什么意思",
   "tronscan link with error")
OK("en", "hard_tech_paste", "dev_ayo",
   "Error from the console: `Error: execution reverted: ERC20: transfer amount exceeds allowance` — do I need to approve again?",
   "code/error paste containing 'approve'")
OK("mixed", "hard_tech_paste", "Nick",
   "我的地址 0x4B2a9C1e7F3d5A8b0E6c2D4f9A1B3c5E7d9F0a2B 在 bscscan.com 上看到有 USDT，但 app 里显示 0",
   "own address + allowed explorer")
OK("en", "hard_tech_paste", "Lin",
   "solscan says confirmed but the token doesn't show in the app: https://solscan.io/tx/3NfQ8vZ2kR7mYpL4tW9xC1bH6sD5gJ0aE",
   "solscan link")
OK("en", "hard_tech_paste", "rustacean",
   "RPC response: {\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32000,\"message\":\"nonce too low\"}} — how do I reset the nonce in the app?",
   "json paste", DC)
OK("zh", "hard_tech_paste", "阿木",
   "USDT合约地址是 0xdAC17F958D2ee523a2206206994597C13D831ec7 吧？添加自定义代币用这个对吗",
   "contract address question")
OK("en", "hard_tech_paste", "Kofi",
   "Here's the source I'm looking at: github.com/novavault/wallet-core/blob/main/src/sync.rs — the retry loop never backs off?",
   "github link with 'sync' in path")
OK("mixed", "hard_tech_paste", "Ray Li",
   "arbiscan.io 上这笔 bridge 已经 success 了 0x7c1d...9e2a，但是 Nova 里 Arbitrum 余额没更新",
   "arbiscan link, truncated hash")

# --- paying friends -----------------------------------------------------
OK("en", "hard_pay_friend", "Jess",
   "@mike send me your address and I'll pay you back for the pizza 🍕",
   "friend asking for address to pay back")
OK("zh", "hard_pay_friend", "胖子",
   "@阿伟 把你地址发我一下，上次欠你的200U现在转你",
   "friend repaying debt")
OK("mixed", "hard_pay_friend", "Tim",
   "@Jerry 把你的 TRON address 发我，我先转 1 USDT 试一下，没问题再转剩下的",
   "friend doing a test transfer, no QR/approval")
OK("en", "hard_pay_friend", "Nadia",
   "Pro tip for big transfers: send a small test amount to yourself first, then the real one.",
   "innocent 'send' advice")
OK("zh", "hard_pay_friend", "二狗",
   "@老王 你的收款码发我，我用Nova钱包扫一下付给你",
   "payer scanning payee's receive QR (normal flow) — contrast with qr_phishing")

# --- official / allowed links from users ---------------------------------
OK("en", "hard_official_link", "Amir",
   "downloaded from novavault.app, the checksum matches the one on github.com/novavault. all good",
   "official + allowed domains")
OK("zh", "hard_official_link", "大树",
   "官网就是 novavault.app 和 nova-wallet.com 这两个，其他都不是",
   "lists official domains")
OK("en", "hard_official_link", "Selin",
   "coingecko.com lists the NVT price wrong today, has anyone reported it?",
   "allowed domain")
OK("zh", "hard_official_link", "书生",
   "在 medium.com 上看到官方的季度报告了，写得挺详细",
   "allowed domain")
OK("en", "hard_official_link", "Lars",
   "Follow x.com/NovaVault for outage updates, they posted about the RPC issue an hour ago",
   "allowed domain with brand")
OK("mixed", "hard_official_link", "Hana",
   "新手教程 YouTube 上有，youtube.com/@novavault 里面有 backup 助记词的视频",
   "allowed youtube + 助记词 in educational context")

# --- namesakes of staff / helpful members in public ----------------------
OK("en", "hard_namesake", "Sam Green",
   "Does anyone know if the Solana staking APY changed this week?",
   "non-staff sharing staff first name Sam, innocent")
OK("en", "hard_namesake", "Anna 🌸",
   "Thanks everyone, the swap went through after I raised the slippage!",
   "non-staff sharing first name Anna", DC)
OK("zh", "hard_namesake", "小林同学",
   "请问安卓版什么时候支持暗黑模式？",
   "non-staff name contains staff 小林 but no role claim")
OK("en", "hard_public_help", "Yusuf",
   "Not support, just a user, but what fixed it for me was Settings > Networks > Reset RPC. No need to DM anyone.",
   "public help, disclaims role")
OK("mixed", "hard_public_help", "Mandy",
   "我不是官方的哈，只是遇到过：app 里 Settings 把 cache 清一下，余额就 sync 回来了，别找私信你的人",
   "public help in group, contains 官方/sync/私信")
OK("zh", "hard_public_help", "老唐的粉丝",
   "我之前也这样，卸载重装再用助记词恢复就好了，助记词自己输，千万别发给别人",
   "public help; name contains staff name 老唐 but fan-of, not role")

# ======================================================================
# OK - easy negatives
# ======================================================================
E = lambda lang, author, text, note, platform=TG, kind="chat": OK(lang, kind, author, text, note, platform)
E("en", "Tom", "gm everyone ☕", "greeting")
E("zh", "小王", "早上好各位", "greeting")
E("en", "Lucy", "Is there a dark mode on Android yet?", "feature question", kind="question")
E("zh", "豆包", "今天ETH手续费好低啊", "chat about fees")
E("en", "Raj", "What's the difference between the swap and the bridge tab?", "feature question", kind="question")
E("mixed", "Alex Chen", "今天 BTC 又跌了，HODL 就完事了", "market chat")
E("en", "Maya", "The new UI looks so much cleaner, well done", "feedback", kind="feedback")
E("zh", "三金", "iOS版本更新后打开变慢了，有人一样吗", "bug report", kind="bug_report")
E("en", "Dario", "App crashes when I open the NFT tab on a Pixel 7", "bug report", DC, kind="bug_report")
E("zh", "阿花", "怎么添加BSC网络？", "question", kind="question")
E("en", "Yara", "anyone going to ETH Denver this year?", "off-topic chat", DC)
E("mixed", "Ben", "这个 wallet 支持 Solana 吗？", "question", kind="question")
E("en", "Phil", "lol gas is 3 gwei right now, cheapest I've seen all year", "chat")
E("zh", "果果", "谢谢大家，问题解决了", "thanks")
E("en", "Orla", "Which chains does the bridge support right now?", "question", kind="question")
E("zh", "小月", "能不能出一个 iPad 版本？手机屏幕太小了", "feature request", kind="feedback")
E("en", "Victor", "Portfolio chart shows the wrong currency after I switched to EUR", "bug report", kind="bug_report")
E("mixed", "Kelly", "我觉得新版 UI 比旧版好用，尤其是 token list", "feedback", kind="feedback")
E("en", "Jon", "good night all", "chat")
E("zh", "老陈", "大家一般用多少滑点？", "question", kind="question")
E("en", "Ada", "Are transaction fees set by the app or by the network?", "question", kind="question")
E("zh", "米粒", "这个群好热闹", "chat")
E("en", "Zoe", "Could you add a way to label addresses in the history?", "feature request", DC, kind="feedback")
E("mixed", "Wayne", "刚把 USDT 从 TRON 换到 Arbitrum，速度还挺快", "chat")
E("en", "Iris", "Price alerts would be amazing", "feature request", kind="feedback")
E("zh", "阿宝", "钱包里的代币图标怎么有的不显示", "bug report", kind="bug_report")
E("en", "Hector", "how long does a bridge from Polygon to ETH usually take?", "question", kind="question")
E("zh", "大黄", "最近行情太难了", "market chat")
E("en", "Pia", "Does the app support ENS names when sending?", "question", kind="question")
E("mixed", "Sherry", "请问 NFT 可以在 app 里直接 list 吗？", "question", kind="question")
E("en", "Otto", "haha that meme is gold", "chat", DC)
E("zh", "小叶", "我的代币列表顺序能自己调吗", "question", kind="question")
E("en", "Gina", "Language setting resets to English every time I restart", "bug report", kind="bug_report")
E("zh", "阿东", "这周末有没有人一起去看币圈线下聚会", "off-topic chat")
E("en", "Chad", "first time using a self-custody wallet, any tips for a newbie?", "question", kind="question")
E("mixed", "Ella", "Face ID 解锁偶尔失灵，要输两次 passcode", "bug report", kind="bug_report")
E("zh", "欢欢", "手续费能不能自己设置？", "question", kind="question")
E("en", "Mo", "Is the browser extension available for Firefox?", "question", DC, kind="question")
E("zh", "老黄", "昨天的更新修了好多bug，点赞", "feedback", kind="feedback")
E("en", "Tess", "can I hide small balances? my token list is a mess", "question", kind="question")
E("mixed", "Jacky", "ETH staking 的 APR 多少？有 lock-up 期吗", "question", kind="question")
E("zh", "晓晓", "有没有人知道怎么导出交易记录做报税", "question", kind="question")
E("en", "Ravi", "Congrats on 1M downloads team 🎉", "chat", DC)
E("zh", "胖胖", "安卓的通知总是延迟", "bug report", kind="bug_report")
E("en", "Nina", "Which is cheaper for USDT, TRON or Polygon?", "question", kind="question")
E("mixed", "Owen", "今天 market 好绿 🟢🟢", "market chat")
E("zh", "阿亮哥", "这钱包能存比特币吗", "question", kind="question")
E("en", "Finn", "Widget for the home screen would be sweet", "feature request", kind="feedback")
E("zh", "默默", "我刚来，请多关照", "greeting")
E("en", "Bea", "address book sync between phone and extension works great now", "feedback; contains 'sync' but trivially innocent", DC, kind="feedback")
E("mixed", "Kevin Huang", "swap 的 quote 每次刷新都变，正常吗？", "question", kind="question")
E("zh", "老李头", "币价涨了大家都开心", "chat")
E("en", "Uma", "Is there a testnet mode for developers?", "question", DC, kind="question")
E("zh", "琪琪", "中文翻译有几个地方不太通顺，比如设置页面", "feedback", kind="feedback")
E("en", "Ward", "weekend vibes, charts closed 😎", "chat")
E("mixed", "Vicky", "Nova 的 dApp browser 打开 OpenSea 很慢", "bug report", kind="bug_report")
E("zh", "阿森", "有人用过这个钱包的多签功能吗？", "question", kind="question")
E("en", "Liam", "Does the app show historical token prices in the activity feed?", "question", kind="question")
E("zh", "花卷", "哈哈哈哈 这个表情包太好笑了", "chat", DC)
E("mixed", "Gary", "gas 太贵了，等周末再 swap", "chat")
E("en", "Dee", "Can I set a custom RPC for BSC?", "question", kind="question")
E("zh", "老马", "支持一下，越来越好用了", "feedback", kind="feedback")
E("mixed", "Lily", "想问一下 Nova钱包 有没有 web 版？还是只有 app 和 extension", "question", kind="question")
E("en", "Mei", "is there a limit on how many accounts I can create in one wallet?", "question", kind="question")
E("zh", "远方", "群里有没有做开发的朋友，想交流一下", "chat")

# --- extra mixed-language items (added to reach the mixed quota) --------
S("mixed", "drainer", "snapshot_bot",
  "各位 holder 注意，snapshot 之前要先 verify wallet，去 nova-verify.gg connect 一下，不然不算",
  "verify-wallet drainer before fake snapshot", DC)
S("mixed", "job_scam", "KOL招募",
  "Nova钱包 official partner 招 KOL，每条 tweet 给 30 USDT，先交 100 USDT 押金就能开始",
  "fake KOL job with upfront deposit")
S("mixed", "staff_impersonation", "Yuki's assistant",
  "我是 Yuki 的 assistant，她让我 follow up 你的 ticket，麻烦 DM 我 wallet 地址和 recovery phrase",
  "claims to act for staff Yuki + seed request", DC)
S("mixed", "signal_teacher", "Copy Trade Max",
  "跟我 copy trade，一个月 ROI 300%，不赚钱 refund 全款，名额有限",
  "guaranteed-ROI copy trading")
OK("mixed", "hard_warning", "Rina",
   "又有人冒充 Priya 发 DM 了，真 Priya 的名字后面不会挂 Support，大家 check 一下 username",
   "warning about impersonation of staff Priya", DC)
OK("mixed", "hard_quoted_scam", "Momo酱",
   "有人 DM 我一个 QR code 说扫了可以 receive refund，我没扫，这是 phishing 吧？",
   "asks about QR phishing, did not act")
OK("mixed", "hard_innocent_keyword", "Jun",
   "recovery phrase 抄在纸上放保险箱够安全吗？还是要买个 steel backup",
   "innocent recovery phrase storage question")
OK("mixed", "hard_tech_paste", "Hiro",
   "polygonscan.com 上看 approve 的 spender 是 0x1111111254EEB25477B68fb85Ed929f73A960582，这个是 1inch router 对吧？",
   "allowed explorer + contract address", DC)
E("mixed", "Bob Lin", "周末 gas 便宜，准备把 NFT 从 Polygon bridge 回 mainnet", "chat")
E("mixed", "Tina", "app 的 notification 能不能只开 incoming transfer 的？", "feature question", kind="question")

# ======================================================================
# NAMES
# ======================================================================
NAMES = []
def N(name, imp, kind, note, platform=TG):
    NAMES.append(dict(name=name, platform=platform, impersonates=imp, kind=kind, note=note))

ZW, ZWJ, INV = "\u200b", "\u200d", "\u2063"
# impersonators
N("S" + CYR_a + "m", "Sam", "homoglyph", "Cyrillic а in Sam")
N("Sam | Support", "Sam", "role_word", "staff name + Support")
N("Sam ✅", "Sam", "decoration", "staff name + verified tick")
N("🛡️ Sam • Mod", "Sam", "decoration_role", "shield + Mod", DC)
N("Sam (NovaVault)", "Sam", "brand_suffix", "staff name + brand in parens")
N("Anna_Admin", "Anna", "role_word", "staff name + Admin", DC)
N("\u0410nna (Official)", "Anna", "homoglyph_role", "Cyrillic А + Official")
N("Anna NovaVault Team", "Anna", "role_word", "staff name + brand + Team")
N("Anna from NovaVault", "Anna", "brand_suffix", "claims affiliation", DC)
N("Diego Ramos" + ZW, "Diego Ramos", "zero_width", "trailing zero-width space makes a distinct account name look identical")
N("Diego R" + CYR_a + "mos 🛡", "Diego Ramos", "homoglyph_decoration", "Cyrillic а + shield")
N("D1ego Ramos", "Diego Ramos", "digit_substitution", "1 for i")
N("Diego Ramos | NovaVault Mod", "Diego Ramos", "role_word", "exact staff name + Mod", DC)
N("D" + CYR_i + "ego Ramos", "Diego Ramos", "homoglyph", "Ukrainian і in Diego")
N("Diego  Ramos ☑️", "Diego Ramos", "spacing_decoration", "double space + ballot tick")
N("Priya ☑️", "Priya", "decoration", "ballot box with check")
N("Priy" + CYR_a + " Support", "Priya", "homoglyph_role", "Cyrillic а + Support")
N("Priya - 官方客服", "Priya", "role_word", "staff name + 官方客服")
N("Priya" + INV + " Admin", "Priya", "zero_width_role", "invisible separator + Admin", DC)
N("Yuki Admin", "Yuki", "role_word", "staff name + Admin", DC)
N("Y" + "\u03c5" + "ki", "Yuki", "homoglyph", "Greek upsilon υ for u; no role word, pure visual clone")
N("Ｙｕｋｉ", "Yuki", "fullwidth", "full-width clone of staff name (debatable: no role word)")
N("Yuki | NovaWallet Team", "Yuki", "role_word", "staff name + brand + Team")
N("老唐客服", "老唐", "role_word", "staff name + 客服")
N("老唐（官方）", "老唐", "role_word", "full-width parens + 官方")
N("官方老唐", "老唐", "role_word", "官方 prefix")
N("老 唐", "老唐", "spaced_letters", "spaced clone of staff name (debatable: no role word)")
N("小林-管理员", "小林", "role_word", "staff name + 管理员")
N("小林 ✅ Nova钱包", "小林", "decoration_brand", "tick + brand")
N("小 林 客 服", "小林", "spaced_role", "spaced + 客服")
N("NovaVault Support", "NovaVault", "brand_role", "brand + Support")
N("NovaVault Official ✅", "NovaVault", "brand_role_decoration", "brand + Official + tick", DC)
N("N" + CYR_o + "vaVault Helpdesk", "NovaVault", "homoglyph_role", "Cyrillic о in brand")
N("ＮｏｖａＶａｕｌｔ", "NovaVault", "fullwidth", "full-width brand as display name")
N("NovaVauIt Admin", "NovaVault", "homoglyph_role", "capital I for l + Admin")
N("\u019dovaVault", "NovaVault", "homoglyph", "Latin Ɲ (N with left hook)")
N("Nova钱包客服", "Nova钱包", "brand_role", "brand + 客服")
N("Nova钱包官方客服中心", "Nova钱包", "brand_role", "brand + 官方客服中心")
N("NovaWallet Team", "NovaWallet", "brand_role", "brand + Team", DC)
N("N o v a W a l l e t", "NovaWallet", "spaced_letters", "spaced brand")
N("Nova Wallet 管理员", "NovaWallet", "brand_role", "brand with space + 管理员")
N("NovaVaultHeIpBot", "NovaVaultHelpBot", "bot_lookalike", "capital I for l")
N("NovaVault_HelpBot", "NovaVaultHelpBot", "bot_lookalike", "inserted underscore")
N("NovaVault Help Bot 🤖", "NovaVaultHelpBot", "bot_lookalike", "spaced bot name + robot emoji", DC)
N("novawallet_bot_support", "novawallet_bot", "bot_lookalike", "suffix on bot username")
N("novawaIlet_bot", "novawallet_bot", "bot_lookalike", "capital I for l")
N("Support Team", "NovaVault", "generic_role", "debatable: no brand, but generic staff claim in the brand's own group; mapped to primary brand")
N("官方客服", "Nova钱包", "generic_role", "debatable: generic 官方客服 in the brand group; mapped to the Chinese brand")

# legitimate
N("Sam Green", None, "namesake", "shares staff first name Sam, no role marker")
N("Samuel", None, "namesake_prefix", "starts with Sam")
N("Sammy 🐢", None, "namesake_prefix", "starts with Sam + emoji, no tick/shield")
N("Anna 🌸", None, "namesake", "shares staff name + flower emoji (non-verification decoration)", DC)
N("Anna K.", None, "namesake", "shares first name")
N("Annabelle", None, "namesake_prefix", "contains Anna")
N("Diego", None, "namesake", "first name only of a two-word staff name")
N("Priyanka", None, "namesake_prefix", "contains Priya")
N("Yuki Tanaka", None, "namesake", "shares staff first name, different surname", DC)
N("小林同学", None, "namesake_zh", "contains 小林 + 同学 (classmate), no role claim; debatable")
N("唐先生", None, "namesake_zh", "shares surname 唐 with 老唐")
N("Tea Admirer", None, "role_substring", "contains 'Admi' substring, not Admin role")
N("Team Rocket fan", None, "role_substring", "contains 'Team'", DC)
N("Supportive Sara", None, "role_substring", "contains 'Support' as part of 'Supportive'")
N("Officially Tired", None, "role_substring", "contains 'Official' in a joke")
N("Admiral Ackbar", None, "role_substring", "contains 'Admi'", DC)
N("Moderate Mike", None, "role_substring", "contains 'Mod'")
N("DeFi Dan", None, "crypto", "crypto-ish name")
N("0xNova_fan", None, "crypto_brand_fragment", "contains 'Nova' but not a full brand and no role; fan account, judged legit")
N("Bossanova", None, "brand_fragment", "contains 'nova'")
N("Casanova Jr", None, "brand_fragment", "contains 'nova'", DC)
N("Vault Boy 76", None, "brand_fragment", "contains 'Vault'")
N("WalletWatcher", None, "crypto", "contains 'Wallet'")
N("Nova fan 🚀", None, "brand_fragment", "debatable: 'Nova' alone is a fragment of the brand; no role word")
N("小明", None, "zh_common", "common Chinese name")
N("张伟", None, "zh_common", "common Chinese name")
N("阿强", None, "zh_common", "common nickname")
N("币圈老韭菜", None, "zh_crypto", "crypto joke name")
N("搬砖的小王", None, "zh_common", "nickname")
N("林小姐", None, "zh_common", "contains 林 but not 小林")
N("Satoshi's cat", None, "crypto", "crypto joke", DC)
N("HODL Harriet", None, "crypto", "crypto-ish")
N("gm_gn", None, "crypto", "crypto slang", DC)
N("Mei Ling 🍵", None, "common", "ordinary name + emoji")
N("Botanist Ben", None, "role_substring", "contains 'Bot' as substring")
N("Carlos M", None, "common", "ordinary name")
N("Jasmine", None, "common", "ordinary name", DC)
N("kevin_lee_99", None, "common", "ordinary username")
N("Olu Adeyemi", None, "common", "ordinary name")
N("Vault Hunter", None, "brand_fragment", "gaming reference, contains 'Vault'", DC)
N("The Helpful Lurker", None, "role_substring", "contains 'Help' but no role claim")
N("唐唐", None, "namesake_zh", "contains 唐 but not 老唐")
N("Yukiko", None, "namesake_prefix", "contains Yuki", DC)
N("NFT老炮", None, "zh_crypto", "crypto nickname")

# ======================================================================
REQ_M = ["text", "author", "author_is_staff", "platform", "lang", "label", "kind", "note"]
REQ_N = ["name", "platform", "impersonates", "kind", "note"]

def main():
    ident = json.load(open(os.path.join(HERE, "identity.json")))
    targets = set(ident["staff_names"]) | set(ident["brands"]) | set(ident["official_bots"])
    # checks
    seen = set()
    for m in MSGS:
        assert m["platform"] in (TG, DC) and m["lang"] in ("en", "zh", "mixed") and m["label"] in ("scam", "ok"), m
        assert m["text"] not in seen, m["text"]; seen.add(m["text"])
        if m["author_is_staff"]:
            assert m["author"] in ident["staff_names"] and m["label"] == "ok", m
    for n in NAMES:
        assert n["impersonates"] is None or n["impersonates"] in targets, n
    assert len({n["name"] for n in NAMES}) == len(NAMES), "duplicate names"
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for m in MSGS:
            f.write(json.dumps({k: m[k] for k in REQ_M}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.jsonl"), "w", encoding="utf-8") as f:
        for n in NAMES:
            f.write(json.dumps({k: n[k] for k in REQ_N}, ensure_ascii=False) + "\n")
    # re-read and validate
    ms = [json.loads(l) for l in open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8")]
    ns = [json.loads(l) for l in open(os.path.join(HERE, "names.jsonl"), encoding="utf-8")]
    assert all(set(REQ_M) <= set(m) for m in ms) and all(set(REQ_N) <= set(n) for n in ns)
    C = collections.Counter
    print("messages:", len(ms))
    print(" by label:", dict(C(m["label"] for m in ms)))
    print(" by lang:", dict(C(m["lang"] for m in ms)))
    print(" label x lang:", dict(C((m["label"], m["lang"]) for m in ms)))
    print(" by platform:", dict(C(m["platform"] for m in ms)))
    print(" staff-authored:", sum(m["author_is_staff"] for m in ms))
    print(" hard negatives:", sum(m["label"] == "ok" and m["kind"].startswith("hard_") for m in ms))
    print(" scam kinds:", dict(C(m["kind"] for m in ms if m["label"] == "scam")))
    print(" ok kinds:", dict(C(m["kind"] for m in ms if m["label"] == "ok")))
    print("names:", len(ns), "impersonators:", sum(n["impersonates"] is not None for n in ns),
          "legit:", sum(n["impersonates"] is None for n in ns))
    print(" impersonates:", dict(C(n["impersonates"] for n in ns if n["impersonates"])))
    print(" name platforms:", dict(C(n["platform"] for n in ns)))

if __name__ == "__main__":
    main()
