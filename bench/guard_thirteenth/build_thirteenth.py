#!/usr/bin/env python3
"""Build the thirteenth hand-written guard corpus (fictional brand: Quorra Wallet).

Every message and every display name below is a hand-written literal.
This script only serialises and validates; it writes identity.json,
messages.jsonl and names.jsonl next to itself.

Message tuple: (text, author, author_is_staff, platform, label, kind, note)
  platform: "tg" -> telegram, "dc" -> discord
  the language comes from the list the tuple is in (MSG_EN / MSG_ZH / MSG_MIXED)
Name tuple: (name, platform, impersonates_or_None, kind, note)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

IDENTITY = {
    "brands": ["Quorra Wallet", "Quorra", "QRW", "阔拉钱包", "阔拉"],
    "official_domains": ["quorrawallet.com", "quorra.io"],
    "official_bots": ["QuorraHelpBot", "QuorraWalletBot"],
    "staff_names": ["Ember", "Maya Okafor", "Theo", "Rafi", "Dmitri V", "陈思远", "林晓雨"],
    "allowed_domains": [
        "etherscan.io",
        "bscscan.com",
        "solscan.io",
        "tronscan.org",
        "mempool.space",
        "coingecko.com",
        "coindesk.com",
        "theblock.co",
        "github.com",
        "t.me/QuorraWallet",
    ],
}

# ---------------------------------------------------------------- English
MSG_EN = [
    # --- scams
    ("@jordan_k hey saw your post about the stuck swap. This is a known node issue, go to quorrawa11et.com/rectify and sync your wallet, takes 2 mins 👍", "Quorra Assist", False, "tg", "scam", "lookalike_domain", "ll->11 digit swap; reply to a worried user"),
    ("Your balance not showing is a sync error. Fix here 👉 https://quorawallet.com/validate", "Support Desk", False, "tg", "scam", "lookalike_domain", "one-letter deletion (quorawallet)"),
    ("Admins are swamped, official backup portal: quorrawallet.co/migrate — migrate before v3 upgrade or funds locked!!", "Leo | Helper", False, "dc", "scam", "wrong_tld", ".co instead of .com; migrate + urgency"),
    ("https://quorra.io.wallet-resync.app/login connect and click resync, worked for me instantly", "happyuser22", False, "tg", "scam", "brand_subdomain", "official domain used as a subdomain of wallet-resync.app"),
    ("New QRW snapshot airdrop is live 🎁 claim at app-quorra.io before 23:59 UTC, connect wallet to verify eligibility", "QRW Rewards", False, "tg", "scam", "connect_to_claim", "prefixed lookalike app-quorra.io"),
    ("go to xn--qorra-wallet-5ob.com and restore ur wallet there, official mirror while main site is down", "Nikolai", False, "dc", "scam", "punycode_domain", "invented punycode label"),
    ("qu\u03bfrrawallet.com/support ← open this, it's the helpdesk link", "mod_assist", False, "tg", "scam", "homoglyph_domain", "Greek omicron in quorrawallet"),
    ("Official fix: quorr\u0430wallet.com/fix-pending (copy paste in browser, link preview is broken)", "Quorra Wallet Team", False, "tg", "scam", "homoglyph_domain", "Cyrillic a; author impersonates the brand"),
    ("dont click links here, type it manually: quorra-wallet[.]net/restore is the safe one", "CryptoSam", False, "dc", "scam", "defanged_link", "defanged lookalike disguised as safety advice"),
    ("hxxps://qourra.io/claim — defanged so bots dont delete it. claim window closes tonight", "Tina W", False, "tg", "scam", "defanged_link", "transposition qourra + hxxps"),
    ("Having problems? Our support bot is @QuorraSupport_Bot, message it with your issue and it will verify your wallet", "Quorra Moderator", False, "tg", "scam", "fake_support_bot", "not an official bot"),
    ("Open a ticket with @QuorraHelpDeskBot — the one pinned is outdated", "helper_dan", False, "tg", "scam", "fake_support_bot", "undermines the pinned official bot"),
    ("For faster help join our support server discord.gg/qrw-helpcenter, agents online 24/7", "Quorra Support", False, "dc", "scam", "group_invite", "invite to another server"),
    ("This group is read-only soon. Move to the new official group t.me/QuorraWalletOfficial_Chat", "Announcement", False, "tg", "scam", "group_invite", "fake community migration"),
    ("DM me bro I had the exact same problem, I'll show you how I fixed it", "alex.eth", False, "tg", "scam", "dm_offer", "no link; classic DM lure"),
    ("I'm part of the support team, please DM me your issue so I can escalate it 🙏", "Emma | QRW", False, "dc", "scam", "dm_offer", "claims to be staff; not staff"),
    ("Please contact support at quorrawallet.help@gmail.com with your wallet address and recovery phrase for manual review", "Lucas", False, "tg", "scam", "seed_request", "gmail 'support' address + phrase request"),
    ("Contact our live agent on WhatsApp +44 7700 900318 for immediate resolution", "Quorra Care", False, "tg", "scam", "fake_support_contact", "no link, phone number"),
    ("To confirm ownership, reply to my DM with the 12 words in order. This is standard KYC for stuck funds.", "Support Agent Mike", False, "dc", "scam", "seed_request", ""),
    ("Export your private key from Settings > Security and paste it in the form, the devs will re-index your account", "DevOps_Rick", False, "dc", "scam", "private_key_request", ""),
    ("Quorra 5th anniversary 🎉 Send 0.1-5 ETH to the event wallet and receive 2X back instantly. Address: 0x3f9A...e21C", "Quorra Events", False, "tg", "scam", "doubling", ""),
    ("Team is doubling USDT deposits for the next 30 min only. send 500 get 1000. proof in my bio", "QRW Promo", False, "tg", "scam", "doubling", ""),
    ("I turned $300 into $4,800 in 2 weeks following Mr. Daniel's signals. He's legit, message him @DanielTradesFX", "Rebecca", False, "tg", "scam", "signal_teacher", "testimonial shill"),
    ("Anyone want to learn futures? My mentor gives 95% accurate calls, small fee only. DM for invite", "jenny_moon", False, "dc", "scam", "signal_teacher", ""),
    ("Wallet not syncing? Just validate it at the dApp portal: quorrawallet-dapp.com → Validate → enter phrase", "walletfixer", False, "tg", "scam", "drainer_phrasing", "brand inside another domain"),
    ("You need to rectify your wallet after the chain upgrade. Go to quorrawallet.com.rectify-node.io and follow steps", "Ryan", False, "tg", "scam", "brand_subdomain", "registrable domain is rectify-node.io"),
    ("pending tx = mempool desync. use the restore tool at quorrawalllet.com (3 l's is the backup domain)", "tech_nate", False, "dc", "scam", "lookalike_domain", "letter insertion explained away"),
    ("hey I saw you're stuck, I'm admin here, check your DMs 👀", "Theo Admin", False, "tg", "scam", "fake_staff_lure", "author impersonates staff Theo"),
    ("Ember here from support. I've sent you a DM with the recovery link, please respond within 15 minutes or the ticket will close", "Ember | Support", False, "tg", "scam", "fake_staff_lure", "impersonates staff Ember"),
    ("Maya from the Quorra team - we're doing wallet health checks today. Reply 'CHECK' and I'll message you privately", "Maya Okafor ✅", False, "dc", "scam", "fake_staff_lure", "badge on a staff name"),
    ("Lost funds to a scam? Our recovery agency got back 80% for Quorra users. Contact recoverfunds.pro", "Jason Blake", False, "tg", "scam", "recovery_scam", ""),
    ("I was scammed too but a hacker named Ethan helped me get it back. He's on telegram @EthanRecovers", "sad_investor", False, "tg", "scam", "recovery_scam", "fake testimonial"),
    ("We are hiring community moderators, $40/hour, no experience. DM me your resume and wallet address", "HR Quorra", False, "dc", "scam", "fake_job", ""),
    ("Presale of $QRW token live!! only 48h. buy at quorra-token.finance before listing on Binance 🚀🚀", "QRW Launchpad", False, "tg", "scam", "fake_token_presale", "there is no QRW token"),
    ("Be careful, this is urgent: a bug is draining wallets. Migrate now to the safe vault → quorra.io-safevault.com", "SecurityAlert", False, "tg", "scam", "brand_subdomain", "quorra.io-safevault.com is a different registrable domain"),
    ("Connect your wallet at quorrarewards.xyz to claim the loyalty bonus, 1 claim per address", "Grace", False, "dc", "scam", "connect_to_claim", ""),
    ("claim ur QRW points here before they expire 👉 quorra-points.io", "point_guy", False, "tg", "scam", "connect_to_claim", ""),
    ("why is nobody helping this guy?? @ben_trades go to quorrawallet.net/sync, they fixed mine yesterday", "Olivia", False, "tg", "scam", "wrong_tld", ".net"),
    ("Pump group for small caps, next call tonight 8pm UTC. link in bio, free entry for first 50", "moonshot_max", False, "tg", "scam", "pump_group", "no link in message"),
    ("Join the Quorra VIP whale channel for early alpha t.me/+hR8kQw2LpZ4yNmQ1", "VIP Access", False, "tg", "scam", "group_invite", "private t.me invite"),
    ("Quorra is giving 1000 USDT to the first 200 members, fill this form: forms.gle/q8Zr2vQuorra (need seed for verification)", "Giveaway Bot", False, "tg", "scam", "fake_giveaway", ""),
    ("Support tickets moved to quorrasupport.zendesk-help.com, please re-submit there", "Quorra Moderator 2", False, "dc", "scam", "fake_support_contact", ""),
    ("Try the QR in the image, it's the official desktop sync. Scan with your Quorra app and approve", "Danny", False, "tg", "scam", "drainer_phrasing", "QR approval drainer; no link"),
    ("bro your wallet is flagged, you must whitelist it or it will be frozen in 24h. I can help, pm", "Kai", False, "tg", "scam", "dm_offer", "urgency + flagged wallet"),
    ("Hello sir, u need to restore ur wallet with the 24 words on the resync page i send u. dont worry is safe", "Aarav Support", False, "tg", "scam", "seed_request", "typos"),
    ("Check the new Quorra web version: quorrawallet.web.app — faster than the app", "beta_tester", False, "dc", "scam", "brand_subdomain", "brand as subdomain on free hosting"),
    ("I made 3x last month with this arbitrage bot, deposit min 200 USDT, withdraw anytime. ask me how", "Sophie", False, "tg", "scam", "investment_ponzi", ""),
    ("Refunds for the March outage are being processed. Claim yours via @QuorraRefundBot", "Quorra Team", False, "tg", "scam", "fake_support_bot", ""),
    ("Use this address to receive the refund from support: send 0.01 ETH gas fee first to 0x71C...9aF2", "support_team_7", False, "tg", "scam", "advance_fee", ""),
    ("QRW exchange listing: swap your balance at quorraswap.exchange for the 1:1 migration bonus", "Liam", False, "dc", "scam", "fake_exchange", ""),
    ("Quorra devs here 👋 we need beta testers, download the build from quorra-beta.dev/app.apk", "Quorra Dev", False, "dc", "scam", "fake_app_download", ""),
    ("Hey, I think you sent me 0.5 ETH by mistake? DM me so I can send it back", "Chris", False, "tg", "scam", "dm_offer", "bait to move to DMs"),
    ("Your wallet address is on the compensation list. Verify at qu0rra.io/comp within 12 hrs", "Compensation Desk", False, "tg", "scam", "lookalike_domain", "0 for o"),
    # --- ok
    ("PSA: someone is posting quorrawa11et.com (with ones instead of Ls). That is NOT our site. The only domains are quorrawallet.com and quorra.io.", "Ember", True, "tg", "ok", "staff_reminder", "staff warning that quotes a lookalike"),
    ("Scam alert ⚠️ people in DMs saying 'sync your wallet to fix pending balance'. There is no sync page. Don't enter your seed anywhere.", "jordan_k", False, "tg", "ok", "scam_warning", "quotes drainer phrasing"),
    ("If anyone tells you to 'validate', 'rectify' or 'migrate' your wallet on a website, it's a drainer. Block and report.", "Maya Okafor", True, "dc", "ok", "staff_reminder", "quotes drainer verbs"),
    ("Got a DM from 'Ember | Support' asking me to reply with my 12 words lol. Reported. Real Ember never DMs first.", "paulie", False, "tg", "ok", "scam_warning", ""),
    ("is @QuorraHelpDeskBot legit? someone replied to me with it", "newbie_anna", False, "tg", "ok", "paste_ask", "asks about a fake bot"),
    ("Got this in my DMs: 'Hello sir your wallet is flagged, whitelist it at quorra-wallet[.]net within 24h'. Is this real??", "Marco", False, "tg", "ok", "paste_ask", "pasted scam DM with defanged link"),
    ("someone sent me discord.gg/qrw-helpcenter saying it's the support server, is it official?", "wen_lambo", False, "dc", "ok", "paste_ask", "contains the scam invite verbatim"),
    ("That's fake. The only bot is @QuorraHelpBot, check the pinned message.", "Theo", True, "tg", "ok", "official_bot_share", "staff reply"),
    ("I lost 2 ETH last week after 'support' sent me to a site that looked exactly like quorrawallet.com. It had a Cyrillic a. Please double-check the URL bar.", "hannah_b", False, "tg", "ok", "victim_story", ""),
    ("Learned the hard way: typed my seed into a 'restore' page from a Google ad. Everything gone in 40 seconds.", "oscar_r", False, "dc", "ok", "victim_story", ""),
    ("Reminder: admins will NEVER DM you first. If 'admin' DMs you, it's a scam. Report to @QuorraHelpBot.", "Rafi", True, "tg", "ok", "staff_reminder", ""),
    ("Does anyone know if the airdrop everyone keeps posting is real? I can't find it on quorrawallet.com", "lily_x", False, "tg", "ok", "innocent_airdrop", ""),
    ("There is no Quorra airdrop. There is no QRW token. Anything claiming otherwise is a scam.", "Dmitri V", True, "dc", "ok", "staff_announcement", ""),
    ("How do I claim the gas refund for my failed bridge? Is that even a thing on Arbitrum?", "tomasz", False, "dc", "ok", "innocent_claim", ""),
    ("I want to claim my ENS name, can Quorra sign the transaction or do I need another app?", "bea", False, "tg", "ok", "innocent_claim", ""),
    ("Is the support bot down? @QuorraHelpBot is not answering me since morning", "greg_99", False, "tg", "ok", "official_bot_share", "'support' + official bot"),
    ("Where's the official support? I can't find a contact page", "samir", False, "dc", "ok", "support_question", ""),
    ("Support is at quorrawallet.com/help or @QuorraHelpBot. Nobody else.", "Maya Okafor", True, "tg", "ok", "official_domain_share", ""),
    ("Just checked, quorra.io redirects to quorrawallet.com, both are the real ones.", "ivy", False, "tg", "ok", "official_domain_share", ""),
    ("Can I DM you about my failed swap? I don't want to post my address publicly", "ruth", False, "tg", "ok", "innocent_dm", "BORDERLINE: user asking staff to DM; not a lure"),
    ("Please don't DM anyone here. Post your tx hash and we'll look at it in the channel.", "Ember", True, "tg", "ok", "staff_reminder", ""),
    ("my tx has been pending for 2 hours: etherscan.io/tx/0x9a7c1e... what do I do?", "kevin_p", False, "tg", "ok", "own_tx_help", ""),
    ("Your gas was too low. Open the tx in the app and tap Speed Up, or cancel it with a 0-value replace.", "Theo", True, "tg", "ok", "own_tx_help", ""),
    ("sent USDT on Tron but it's not showing, tronscan.org says success", "mina", False, "tg", "ok", "own_tx_help", ""),
    ("Add the USDT-TRC20 token manually under Manage Assets, the balance will show. No need to 'sync' anything.", "Rafi", True, "tg", "ok", "innocent_validate_sync", "staff uses 'sync' in a negation"),
    ("The app says 'Syncing…' forever after I updated, anyone else?", "pedro", False, "dc", "ok", "innocent_validate_sync", ""),
    ("Syncing spinner is a known bug in 4.2.1, fix is rolling out in 4.2.2 today. Restart the app meanwhile.", "Dmitri V", True, "dc", "ok", "staff_announcement", ""),
    ("How do I validate an address before sending? The app shows a green tick, is that the check?", "ellie", False, "dc", "ok", "innocent_validate_sync", ""),
    ("Where do I see my recovery phrase again? I want to write it on steel plates.", "zane", False, "tg", "ok", "innocent_mnemonic", ""),
    ("Settings > Security > Show Recovery Phrase. Never type it into any website or send it to anyone, including us.", "Ember", True, "tg", "ok", "staff_reminder", ""),
    ("thanks Ember, that fixed it 🙏", "kevin_p", False, "tg", "ok", "thanks_staff", ""),
    ("Huge thanks to Maya for staying late to debug my bridge issue ❤️", "priya", False, "dc", "ok", "thanks_staff", ""),
    ("Sitting by the campfire watching the last ember die out while ETH dumps. Peak crypto life.", "nightowl", False, "tg", "ok", "staff_name_word", "'ember' as an ordinary word"),
    ("Theo Martins here, not the mod lol. Different Theo. Anyone using Quorra with a Ledger?", "Theo Martins", False, "dc", "ok", "staff_namesake", ""),
    ("My daughter is named Maya too 😄 anyway, how do I add Base network?", "dave_c", False, "tg", "ok", "staff_namesake", ""),
    ("ETH just broke 4k, is this the top?", "bullbear", False, "tg", "ok", "price_talk", ""),
    ("BTC dominance rising, alts bleeding. I'm just DCAing and holding in Quorra.", "satsman", False, "tg", "ok", "price_talk", ""),
    ("Does Quorra support Solana NFTs yet?", "kim", False, "dc", "ok", "support_question", ""),
    ("Scheduled maintenance: swaps paused Saturday 02:00–03:00 UTC. Status at quorrawallet.com/status.", "Maya Okafor", True, "tg", "ok", "staff_announcement", ""),
    ("v4.3 is out: Base and Linea support, improved address book. Changelog on github.com/quorrawallet/releases.", "Dmitri V", True, "dc", "ok", "staff_announcement", ""),
    ("Can someone explain what 'approve' means when I swap? It scares me after all these drainer stories.", "nora", False, "dc", "ok", "support_question", ""),
    ("I revoked all my old approvals with the Approvals tab, feels good. Recommend everyone does it.", "max_r", False, "tg", "ok", "chatter", ""),
    ("The 'sync contacts' toggle in settings — does that upload my address book anywhere?", "yusuf", False, "dc", "ok", "innocent_validate_sync", ""),
    ("Someone named 'Quorra Support' just replied to me offering to help in DMs. Blocked. Reminder for everyone: check the name carefully.", "lena_k", False, "tg", "ok", "scam_warning", ""),
    ("The guy saying 'send 0.1 get 0.2 back' is a scam, obviously. Mods pls ban.", "fran", False, "tg", "ok", "scam_warning", "quotes doubling"),
    ("Banned, thanks for the report.", "Rafi", True, "tg", "ok", "staff_reminder", ""),
    ("Who is the admin here? I want to report a spam bot in the Spanish group.", "diego", False, "tg", "ok", "innocent_admin", ""),
    ("I'm the admin of my company's multisig, can I add Quorra as one of the signers?", "hugo", False, "dc", "ok", "innocent_admin", "'I'm the admin' said innocently"),
    ("There's a 'signal group' guy in my DMs promising 95% accuracy. Those are always scams right?", "kate", False, "tg", "ok", "paste_ask", ""),
    ("Yes. Nobody with 95% accuracy is selling it for $50 in Telegram DMs.", "jordan_k", False, "tg", "ok", "scam_warning", ""),
    ("Checked the contract on bscscan.com, the token you got is a fake USDT. Just hide it, don't try to sell it.", "Theo", True, "tg", "ok", "own_tx_help", ""),
    ("Random token appeared in my wallet with a website in its name, claim-rewards something. Should I interact?", "felix", False, "tg", "ok", "paste_ask", ""),
    ("No! Don't visit it and don't approve anything. Hide the token. That's the scam.", "Ember", True, "tg", "ok", "staff_reminder", ""),
    ("I need support with a stuck Solana transaction, here's the sig on solscan.io/tx/4xKp...", "jay", False, "tg", "ok", "own_tx_help", ""),
    ("Read 'How Quorra will never contact you' on quorrawallet.com/security — good article.", "ivy", False, "tg", "ok", "official_domain_share", ""),
    ("coindesk.com has a piece on the address poisoning wave, worth reading", "news_hound", False, "dc", "ok", "chatter", "allowlisted news domain"),
    ("I almost got hit by address poisoning: a tx from 0x71C...9aF2 that looked like my exchange. Always check the full address.", "mila", False, "tg", "ok", "victim_story", ""),
    ("Is there a Quorra Discord? I only know the Telegram t.me/QuorraWallet", "omar", False, "tg", "ok", "official_domain_share", "official t.me link"),
    ("Love the new dark mode 😍", "sara", False, "dc", "ok", "chatter", ""),
    ("gm everyone", "bullbear", False, "tg", "ok", "chatter", ""),
    ("How long does a bridge to Arbitrum take usually?", "ahmed", False, "dc", "ok", "support_question", ""),
    ("DM'd the scammer back asking for his seed phrase. He left 😂", "troll_king", False, "tg", "ok", "innocent_dm", "mentions DM + seed phrase jokingly"),
    ("Somebody is impersonating Maya Okafor with a ✅ in the name. The real one has no badge.", "paulie", False, "dc", "ok", "scam_warning", ""),
    ("Correct, I never use badges and I never DM first.", "Maya Okafor", True, "dc", "ok", "staff_reminder", ""),
    ("Read the pinned post about the 'Quorra refund bot'. Spoiler: it's fake.", "Dmitri V", True, "tg", "ok", "staff_reminder", ""),
    ("What's the difference between the recovery phrase and the private key? Both sound important.", "leo_g", False, "dc", "ok", "innocent_mnemonic", ""),
    ("The phrase generates all your keys; a private key is for one account. Both give full access, keep both offline.", "Theo", True, "dc", "ok", "innocent_mnemonic", ""),
    ("The 'send X get 2X' scam got my uncle in 2021. He still thinks Elon owes him money.", "benny", False, "tg", "ok", "victim_story", ""),
    ("Is the Quorra Wallet browser extension on the Chrome store the real one? There seem to be two", "chloe", False, "dc", "ok", "support_question", ""),
    ("Only install from the link on quorrawallet.com/download. The publisher name is Quorra Labs.", "Rafi", True, "dc", "ok", "official_domain_share", ""),
    ("mempool.space shows my BTC tx with 2 sat/vB, will it ever confirm lol", "satsman", False, "tg", "ok", "own_tx_help", ""),
    ("Thanks for the quick support today team, really appreciate it", "greg_99", False, "tg", "ok", "thanks_staff", "innocent 'support'"),
    ("Quick question, how do I export transaction history as CSV for taxes?", "walter", False, "dc", "ok", "support_question", ""),
    ("price chart on coingecko.com for QRW? oh wait there's no token lol", "meme_lord", False, "tg", "ok", "price_talk", ""),
    ("I run an admin bot for our DAO's Telegram; any tips to filter these fake 'support' replies?", "dao_dev", False, "tg", "ok", "innocent_admin", ""),
    ("Someone posted hxxps://qourra.io/claim above. Don't open it, it's a transposed domain.", "lena_k", False, "tg", "ok", "scam_warning", "quotes the defanged scam link verbatim"),
    ("Just saw 'Quorra 5th anniversary, send ETH receive 2X'. We're 2 years old. Scam.", "nightowl", False, "tg", "ok", "scam_warning", ""),
    ("Where can I claim the NFT from the ETHDenver booth? The QR code from the booth went to quorrawallet.com/events", "sam_b", False, "dc", "ok", "innocent_claim", "BORDERLINE: claim + QR + official domain"),
    ("Yes that's ours, the POAP claim at quorrawallet.com/events is real and free, you only sign a message, no approvals.", "Maya Okafor", True, "dc", "ok", "staff_announcement", "staff confirms an official claim page"),
    ("Is anyone else's Ledger failing to sign on v4.3?", "hugo", False, "dc", "ok", "support_question", ""),
    ("A recovery 'agency' emailed me after I posted here. They want 10% upfront. Same scam, second round, right?", "oscar_r", False, "dc", "ok", "paste_ask", ""),
    ("Congrats to Rafi on 1 year as mod 🎉", "priya", False, "tg", "ok", "thanks_staff", ""),
]

# ---------------------------------------------------------------- Chinese
MSG_ZH = [
    # --- scams
    ("@小林 你好，你这个是节点不同步的问题，去 quorrawa1let.com/sync 同步一下钱包就好了", "阔拉技术支持", False, "tg", "scam", "lookalike_domain", "l->1; reply to worried user"),
    ("钱包余额不显示的，统一到 quorrawallet.cc 做一下验证，2分钟搞定", "客服小美", False, "tg", "scam", "wrong_tld", ".cc"),
    ("官方通知：阔拉钱包升级V3，旧钱包需迁移，迁移地址 quorra-io.net/migrate，24小时内未迁移资产冻结！！", "阔拉官方公告", False, "tg", "scam", "drainer_phrasing", "hyphenated lookalike + migrate + urgency"),
    ("有问题私信我，我是这里的客服，专门处理提币不到账", "客服-小雨", False, "tg", "scam", "dm_offer", "no link"),
    ("兄弟我之前也遇到过，加我微信 qrw8866 我教你怎么弄", "老张", False, "tg", "scam", "dm_offer", "moves to WeChat"),
    ("人工客服请联系 @QuorraKefuBot ，机器人客服处理不了这种问题", "阔拉钱包助手", False, "tg", "scam", "fake_support_bot", ""),
    ("请把助记词发给我核对一下，我帮你查是哪一步出错了", "技术员阿杰", False, "tg", "scam", "seed_request", ""),
    ("为了验证钱包所有权，请导出私钥发到客服邮箱 kefu.quorra@outlook.com", "阔拉客服中心", False, "tg", "scam", "private_key_request", ""),
    ("阔拉钱包周年庆🎉 转入 1000 USDT 立即返还 2000 USDT，名额有限先到先得", "活动小助手", False, "tg", "scam", "doubling", ""),
    ("老师今天带单又赚了30%，想跟单的加我，免费进群名额最后5个", "财富自由小王", False, "tg", "scam", "signal_teacher", ""),
    ("跟着陈老师做合约一个月翻了三倍，真心推荐，私聊拉你进VIP群", "莉莉", False, "tg", "scam", "signal_teacher", "shill testimonial"),
    ("新群已建好，大家转移到新群 t.me/QuorraCN_Official2 ，这个群马上解散", "群管理", False, "tg", "scam", "group_invite", "fake community migration"),
    ("阔拉空投开始了！连接钱包即可领取 500 QRW 👉 quorra-airdrop.top", "空投播报", False, "tg", "scam", "connect_to_claim", ""),
    ("领取空投的朋友注意，要先在 qu0rra.io/claim 授权钱包才能到账", "小鱼儿", False, "tg", "scam", "connect_to_claim", "0 for o"),
    ("钱包出现异常的，点这里修复：xn--quorrawalet-9kb.com ，官方备用站", "修复专员", False, "tg", "scam", "punycode_domain", ""),
    ("官网被攻击了，先用备用网址 qu\u03bfrra.io （复制到浏览器打开）", "阔拉运营", False, "tg", "scam", "homoglyph_domain", "Greek omicron in quorra.io"),
    ("转账卡住的去 quorrawallet.com.sync-node.cn 重新同步，亲测有效", "路过的韭菜", False, "tg", "scam", "brand_subdomain", ""),
    ("防止被删，网址是 quorra-wallet[.]top/restore ，自己把[.]改成.", "热心群友", False, "tg", "scam", "defanged_link", ""),
    ("我是思远，阔拉的运营，你的问题我已经记录了，现在私信你处理", "陈思远-客服", False, "tg", "scam", "fake_staff_lure", "impersonates 陈思远"),
    ("林晓雨这边在线，需要恢复钱包的朋友请私信我，发送助记词我帮你检查", "林晓雨（官方）", False, "tg", "scam", "fake_staff_lure", "impersonates 林晓雨 + seed request"),
    ("被骗的朋友不要灰心，我们团队专业追回被盗资产，成功率90%，先咨询不收费", "追回专家", False, "tg", "scam", "recovery_scam", ""),
    ("招聘兼职，每天在群里发发消息，日结300U，有意私聊", "HR-阔拉", False, "tg", "scam", "fake_job", ""),
    ("QRW币预售今晚开启，上所前最后机会，买入链接 quorratoken.vip", "阔拉基金会", False, "tg", "scam", "fake_token_presale", ""),
    ("你钱包被风控了，需要激活才能提币，私聊我告诉你步骤", "阿峰", False, "tg", "scam", "dm_offer", ""),
    ("钱包需要重新校验，打开 quorrawaIlet.com （注意是官方新域名）输入助记词即可", "官方客服07", False, "tg", "scam", "homoglyph_domain", "capital I for l (ASCII homoglyph)"),
    ("U 不到账的统一找我处理，客服 QQ 2938471xx", "客服专员", False, "tg", "scam", "fake_support_contact", ""),
    ("挖矿收益每天3%，存1000U一个月就回本，阔拉钱包直接参与", "币圈老李", False, "tg", "scam", "investment_ponzi", ""),
    ("扫这个二维码同步电脑版阔拉，手机上点确认就行", "大鹏", False, "tg", "scam", "drainer_phrasing", "QR approval drainer; no link"),
    ("免费送U活动，转0.1 ETH 手续费到下面地址即可领取100U", "福利官", False, "tg", "scam", "advance_fee", ""),
    ("你好，我看到你说资产丢了，可以加我Telegram，我有办法", "Kevin陈", False, "tg", "scam", "dm_offer", ""),
    ("内部消息，明天上币安的币，进群拿：t.me/+Xk29aLmQpR0zOTc1", "消息灵通", False, "tg", "scam", "pump_group", ""),
    ("阔拉钱包官方客服已上线 @Quorra_KeFu ，有问题直接找他", "群友小李", False, "tg", "scam", "fake_support_bot", "fake support account"),
    ("兄弟你这个要去官网修复节点，地址：quorrawallet-fix.com", "阿强", False, "dc", "scam", "lookalike_domain", "brand inside another domain"),
    ("管理员让大家在 quorra.io.verify-center.net 完成资产验证，未验证账户下周停用", "通知", False, "tg", "scam", "brand_subdomain", ""),
    ("提币失败请联系在线客服：https://quorrawallet.help ，24小时人工", "小助手", False, "tg", "scam", "wrong_tld", ".help TLD"),
    ("你把私钥给我，我用脚本帮你把卡住的币转出来", "链上大神", False, "tg", "scam", "private_key_request", ""),
    ("现在充值送50%，仅限今天，联系群主", "活动专员", False, "tg", "scam", "investment_ponzi", "deposit bonus lure"),
    ("重要：钱包安全升级，请前往 qurrawallet.com 进行一键迁移", "安全中心", False, "tg", "scam", "lookalike_domain", "deleted o"),
    ("我就是阔拉的管理，别人都是骗子，有事找我私聊", "管理员Theo", False, "tg", "scam", "fake_staff_lure", "Theo impersonation in Chinese"),
    ("带你玩链上套利，稳赚不赔，本金随时可取，感兴趣的留言", "套利达人", False, "tg", "scam", "investment_ponzi", ""),
    ("阔拉钱包用户专属补偿，登录 quorra.co 领取", "补偿中心", False, "dc", "scam", "wrong_tld", ".co instead of .io"),
    ("你好，你的钱包地址中了幸运奖，请在24小时内连接钱包领取", "抽奖助手", False, "tg", "scam", "connect_to_claim", "no link"),
    ("Discord 官方服务器在这里 discord.gg/quorra-cn-kefu ，客服在那边", "阔拉社区", False, "dc", "scam", "group_invite", ""),
    ("别在群里问了，群里都是骗子，私我，我手把手教你", "好心人", False, "tg", "scam", "dm_offer", "poses as anti-scam"),
    ("钱包授权过期了需要重新授权，在 quorrawallet.com-auth.site 操作", "技术客服", False, "tg", "scam", "brand_subdomain", "registrable domain com-auth.site"),
    ("资金池年化200%，阔拉官方合作项目，名额不多", "理财顾问", False, "tg", "scam", "investment_ponzi", ""),
    ("要解决就去 kuolaqianbao.com 阔拉中文官网 自助修复", "阔拉中文站", False, "tg", "scam", "lookalike_domain", "pinyin brand domain"),
    ("恢复钱包需要验证，把12个单词按顺序发我就行，放心我们不会动你的币", "客服小林", False, "tg", "scam", "seed_request", ""),
    ("手续费不够提不出来？先转200U激活，马上到账", "提币专员", False, "tg", "scam", "advance_fee", ""),
    ("快！！钱包漏洞正在被利用，马上去 quorrawallett.com 迁移资产", "紧急通知", False, "tg", "scam", "lookalike_domain", "doubled t"),
    ("有没有想学炒币的，我老师每天免费分享行情，带你上车🚗", "小美", False, "tg", "scam", "signal_teacher", ""),
    ("阔拉官方 quorra.\u0456o/claim 现已开放领取，先到先得", "阔拉官方发布", False, "tg", "scam", "homoglyph_domain", "Ukrainian i in .io"),
    # --- ok
    ("提醒：有人冒充客服发 quorrawa1let.com，这是钓鱼网站！官网只有 quorrawallet.com 和 quorra.io", "陈思远", True, "tg", "ok", "staff_reminder", "staff warning quoting a lookalike"),
    ("大家注意，私信你说“钱包需要同步”的都是骗子，千万别输助记词", "小林", False, "tg", "ok", "scam_warning", "quotes 同步"),
    ("刚才有人私信我说是客服，让我把助记词发给他，这是真的吗？", "新手小白", False, "tg", "ok", "paste_ask", ""),
    ("假的，官方客服从不主动私信，也绝不会要助记词。", "林晓雨", True, "tg", "ok", "staff_reminder", ""),
    ("收到一条消息：“你钱包被风控了，需要激活才能提币”，这是骗局吧？", "阿明", False, "tg", "ok", "paste_ask", "pastes a scam line"),
    ("我上个月就是被“领取空投”的链接骗了，授权之后U全没了，大家别点", "伤心人", False, "tg", "ok", "victim_story", ""),
    ("我朋友被所谓的带单老师骗了五万多，说是稳赚，最后平台都打不开了", "王大锤", False, "tg", "ok", "victim_story", ""),
    ("请问客服怎么联系？提币两个小时还没到账", "张三", False, "tg", "ok", "innocent_kefu", ""),
    ("客服请在 App 内“帮助”页面提交工单，或者找 @QuorraHelpBot", "陈思远", True, "tg", "ok", "official_bot_share", ""),
    ("我刚私信了 @QuorraHelpBot，机器人回复很快，推荐", "李四", False, "tg", "ok", "innocent_sixin", ""),
    ("管理员能把这个发骗子链接的人踢了吗？", "路人甲", False, "tg", "ok", "innocent_admin", ""),
    ("已踢，感谢举报", "林晓雨", True, "tg", "ok", "staff_reminder", ""),
    ("请问 Uniswap 的 UNI 空投还能领取吗？我当年用过", "老韭菜", False, "tg", "ok", "innocent_airdrop", ""),
    ("这个我知道，早就过期了，2021年就截止领取了", "比特小哥", False, "tg", "ok", "innocent_lingqu", ""),
    ("助记词抄在纸上安全吗？还是买个钢板？", "小周", False, "tg", "ok", "innocent_mnemonic", ""),
    ("钢板更耐用，防火防水。记住助记词只离线保存，不拍照不截图不上传云盘。", "林晓雨", True, "tg", "ok", "staff_reminder", ""),
    ("更新到4.2.1以后一直显示“同步中”，正常吗？", "阿伟", False, "tg", "ok", "innocent_validate_sync", ""),
    ("4.2.1 的同步显示问题已修复，请更新到 4.2.2。重启App也可以暂时解决。", "陈思远", True, "tg", "ok", "staff_announcement", ""),
    ("我的USDT转账在 tronscan.org 显示成功了，但钱包里没看到", "小红", False, "tg", "ok", "own_tx_help", ""),
    ("在“管理资产”里手动添加 USDT-TRC20 就能看到余额了，不需要去任何网站“同步”。", "林晓雨", True, "tg", "ok", "own_tx_help", ""),
    ("谢谢晓雨！搞定了", "小红", False, "tg", "ok", "thanks_staff", ""),
    ("感谢思远耐心解答，客服态度真好👍", "阿伟", False, "tg", "ok", "thanks_staff", ""),
    ("我也叫思远，不是管理员哈哈，请问怎么切换网络？", "王思远", False, "tg", "ok", "staff_namesake", ""),
    ("同名不同人，我叫林晓，不是林晓雨😂", "林晓", False, "tg", "ok", "staff_namesake", ""),
    ("以太坊又跌了，还抄底吗", "韭菜一号", False, "tg", "ok", "price_talk", ""),
    ("BTC 站稳十万了，牛市还没结束", "老王", False, "tg", "ok", "price_talk", ""),
    ("官网是 quorrawallet.com 对吧？我怕下到假的App", "小心谨慎", False, "tg", "ok", "official_domain_share", ""),
    ("对，下载请认准 quorrawallet.com/download，应用商店开发者名是 Quorra Labs", "陈思远", True, "tg", "ok", "official_domain_share", ""),
    ("中文社区只有 t.me/QuorraWallet 置顶里的链接，其他“新群”都是假的", "林晓雨", True, "tg", "ok", "staff_reminder", ""),
    ("有人发了 t.me/QuorraCN_Official2 说是新群，别进，管理员已经说过只有这一个", "老张头", False, "tg", "ok", "scam_warning", "quotes the fake group link verbatim"),
    ("维护通知：周六凌晨2点到3点（UTC）闪兑暂停，状态请看 quorrawallet.com/status", "林晓雨", True, "tg", "ok", "staff_announcement", ""),
    ("v4.3 发布：支持 Base 和 Linea 网络，地址簿优化。更新日志见 github.com/quorrawallet/releases", "陈思远", True, "tg", "ok", "staff_announcement", ""),
    ("怎么验证收款地址对不对？怕遇到地址投毒", "小谨", False, "tg", "ok", "innocent_validate_sync", "验证 used innocently"),
    ("每次转账前核对完整地址，不要从交易记录里复制，最好用地址簿。", "比特小哥", False, "tg", "ok", "chatter", ""),
    ("差点中了地址投毒，一个和我交易所地址前后几位一样的地址给我转了0 USDT，幸好核对了", "小谨", False, "tg", "ok", "victim_story", "near-miss"),
    ("有人私信我说“转1000U返2000U”，笑死，这种也有人信？", "吃瓜群众", False, "tg", "ok", "scam_warning", "quotes doubling"),
    ("群里那个“阔拉官方公告”不是官方，官方账号名字后面没有任何后缀", "老张头", False, "tg", "ok", "scam_warning", ""),
    ("请问怎么把交易记录导出来报税？", "会计小刘", False, "dc", "ok", "support_question", ""),
    ("设置 > 交易记录 > 导出CSV", "阿伟", False, "dc", "ok", "support_question", "member answer"),
    ("阔拉支持硬件钱包吗？想接 Ledger", "硬件党", False, "dc", "ok", "support_question", ""),
    ("我在 etherscan.io 上看到交易一直 pending，gas 给低了怎么办", "小周", False, "tg", "ok", "own_tx_help", ""),
    ("在App里找到这笔交易点“加速”就行，或者用相同 nonce 发一笔0转账取消。", "陈思远", True, "tg", "ok", "own_tx_help", ""),
    ("钱包里突然多了一个叫“领取奖励”的代币，能卖吗？", "新手小白", False, "tg", "ok", "paste_ask", "mentions 领取"),
    ("千万别碰，那是钓鱼代币，隐藏掉就行，别去它写的网址", "林晓雨", True, "tg", "ok", "staff_reminder", ""),
    ("我是群管理的朋友推荐来的，这个钱包好用吗", "新人", False, "tg", "ok", "innocent_admin", ""),
    ("用了两年了，挺稳的，闪兑手续费也不高", "老王", False, "tg", "ok", "chatter", ""),
    ("币安那边提到阔拉要选什么网络？", "小红", False, "tg", "ok", "support_question", ""),
    ("领取测试网水龙头的币需要用阔拉连接吗？", "开发小哥", False, "dc", "ok", "innocent_lingqu", "领取 + 连接 innocently"),
    ("请问私钥和助记词有什么区别？", "小白兔", False, "dc", "ok", "innocent_mnemonic", ""),
    ("助记词能推导出所有账户的私钥，私钥只对应一个账户。两个都不能给任何人，包括我们。", "林晓雨", True, "dc", "ok", "innocent_mnemonic", ""),
    ("被骗之后有“追回公司”联系我，说先交10%手续费，这是不是二次诈骗？", "伤心人", False, "tg", "ok", "paste_ask", ""),
    ("是的，追回类的全是二次诈骗，报警才是正路。", "陈思远", True, "tg", "ok", "staff_reminder", ""),
    ("今天行情好猛，SOL 涨了15%", "韭菜一号", False, "tg", "ok", "price_talk", ""),
    ("早上好各位☀️", "晨跑哥", False, "tg", "ok", "chatter", ""),
    ("客服回复挺快的，昨天提交工单今天就解决了", "张三", False, "tg", "ok", "innocent_kefu", ""),
    ("私信管理员没回，是不是管理员不接受私信？", "李四", False, "tg", "ok", "innocent_sixin", ""),
    ("管理员不接私信，有问题直接在群里问或者找 @QuorraHelpBot，私信你的“管理员”都是假的。", "陈思远", True, "tg", "ok", "staff_reminder", ""),
    ("coindesk.com 今天有篇文章讲钱包钓鱼，推荐看一下", "读报人", False, "tg", "ok", "chatter", "allowlisted news domain"),
    ("看到有人发 quorra-wallet[.]top，提醒一下这是假的，别自己把点改回去打开", "热心大姐", False, "tg", "ok", "scam_warning", "quotes the defanged scam link verbatim"),
    ("问一下 ENS 域名到期了，在阔拉里能续费领取吗？", "域名控", False, "dc", "ok", "innocent_lingqu", ""),
    ("我自己的节点同步完了，用阔拉连自定义RPC可以吗？", "矿工老李", False, "dc", "ok", "innocent_validate_sync", ""),
    ("可以，设置 > 网络 > 自定义RPC 填你的节点地址就行。", "陈思远", True, "dc", "ok", "support_question", "staff answer"),
    ("阔拉的中文名为啥叫阔拉哈哈，挺可爱的", "吃瓜群众", False, "tg", "ok", "chatter", ""),
    ("有人冒充林晓雨，名字带了个✅，大家注意，真的晓雨没有任何标记", "老张头", False, "tg", "ok", "scam_warning", ""),
    ("刚被一个叫“陳思遠”的繁体账号私信了，说帮我修复钱包，是骗子吧", "阿明", False, "tg", "ok", "paste_ask", "quotes traditional-char impersonator"),
    ("是骗子，我只用简体名，也从不私信。已封禁。", "陈思远", True, "tg", "ok", "staff_reminder", ""),
    ("我把App删了重装，用助记词恢复后币都还在，吓死我了", "小周", False, "tg", "ok", "innocent_mnemonic", "恢复 used innocently"),
    ("想问一下闪兑滑点设置多少合适", "新人", False, "tg", "ok", "support_question", ""),
    ("空投猎人表示今年撸毛太难了，全是女巫检测", "撸毛党", False, "tg", "ok", "innocent_airdrop", ""),
    ("在 bscscan.com 查到我的交易失败了，但是手续费扣了，正常吗？", "小红", False, "tg", "ok", "own_tx_help", ""),
    ("失败交易的gas是矿工收的，没法退。失败原因一般是滑点太小。", "林晓雨", True, "tg", "ok", "own_tx_help", ""),
    ("谢谢各位管理员每天清理骗子，辛苦了🙏", "老王", False, "tg", "ok", "thanks_staff", ""),
    ("这个群骗子真多，每天都有人发“同步钱包”的链接", "吃瓜群众", False, "tg", "ok", "scam_warning", ""),
    ("别说了，我爸就是听了“老师带单”亏了二十万", "小刘", False, "tg", "ok", "victim_story", ""),
    ("阔拉钱包什么时候出中文帮助文档？", "小白兔", False, "dc", "ok", "support_question", ""),
    ("中文帮助中心已上线：quorrawallet.com/zh/help", "林晓雨", True, "dc", "ok", "staff_announcement", ""),
]

# ---------------------------------------------------------------- mixed zh/en
MSG_MIXED = [
    # --- scams
    ("兄弟你这个是 sync error，去 quorrawa11et.com/fix 搞一下就OK了", "Tony李", False, "tg", "scam", "lookalike_domain", "ll->11"),
    ("Official support 在这里: @QuorraSupportCN_bot，24h online 人工客服", "QRW 客服", False, "tg", "scam", "fake_support_bot", ""),
    ("DM me 我帮你 rectify wallet，免费的", "Jack王", False, "tg", "scam", "dm_offer", "no link"),
    ("airdrop 已开放 claim，connect wallet 就能领 👉 quorra-drop.xyz", "Airdrop小助手", False, "tg", "scam", "connect_to_claim", ""),
    ("Please 把你的 seed phrase 发给我 verify 一下，很快", "Support Lily", False, "tg", "scam", "seed_request", ""),
    ("老师的 signal 群今天 +40%，想进的 pm 我", "Crypto小美", False, "tg", "scam", "signal_teacher", ""),
    ("Send 500 USDT 返 1000，Quorra 官方活动 limited time!!", "Quorra活动", False, "tg", "scam", "doubling", ""),
    ("join 新的 official group: t.me/QuorraWallet_CN_New 旧群要关了", "Admin小王", False, "tg", "scam", "group_invite", "lookalike of the official t.me link"),
    ("你的 wallet 需要 migrate 到 v3，link: quorrawallet.com.v3-upgrade.io", "Upgrade Team", False, "dc", "scam", "brand_subdomain", ""),
    ("private key 导出来 paste 到这个 form，dev 会帮你 recover", "Dev阿杰", False, "dc", "scam", "private_key_request", ""),
    ("validate 一下你的钱包 at quorra.io-validate.com，不然 assets 会 frozen", "Security Team", False, "tg", "scam", "brand_subdomain", ""),
    ("我是 Ember 的同事，support team 的，DM 你了请查收", "Ember同事", False, "tg", "scam", "fake_staff_lure", "staff-adjacent persona"),
    ("Rafi 让我联系你，check 一下你的私信 🙏", "Rafi助理", False, "tg", "scam", "fake_staff_lure", ""),
    ("quorra-wallet(.)com/restore 复制打开，bot 会删 link 所以这样写", "helpful_bro", False, "tg", "scam", "defanged_link", "(.) defang"),
    ("加 WhatsApp +852 5123 xxxx，Quorra 亚洲 support center", "Quorra Asia", False, "tg", "scam", "fake_support_contact", ""),
    ("Recovery service 专业追回 stolen crypto，no upfront fee 先追后付", "RecoverPro", False, "tg", "scam", "recovery_scam", ""),
    ("xn--qorra-io-b7a.com 是 Quorra 的 backup site, 主站 down 了用这个", "Backup Info", False, "dc", "scam", "punycode_domain", ""),
    ("Quorra 招 part-time mod，日薪 100U，DM resume + wallet address", "Hiring官方", False, "dc", "scam", "fake_job", ""),
    ("pending 的去 qorrawallet.com 点 Resync，我试过 work 的", "Leo陈", False, "tg", "scam", "lookalike_domain", "deleted u"),
    ("要 claim refund 的找 @QuorraRefund_bot，官方 confirm 过了", "小道消息", False, "tg", "scam", "fake_support_bot", ""),
    ("内部 pump group，下一个 100x gem，free 进群限时", "Whale王", False, "tg", "scam", "pump_group", "no link"),
    ("Quorra staking 年化 180%，deposit 到 pool 地址就行，随时 withdraw", "Staking顾问", False, "tg", "scam", "investment_ponzi", ""),
    ("你的 address 被 flagged 了 ⚠️ 24h 内不 whitelist 就冻结，私聊我处理", "风控部Kevin", False, "tg", "scam", "dm_offer", ""),
    ("Quorra 官网 new domain: quorrawallet.app，旧的不用了", "通知Bot", False, "tg", "scam", "wrong_tld", ".app"),
    ("download 新版 Quorra APK: quorra-cn.download/qrw.apk，比 App Store 的快", "APK分享", False, "tg", "scam", "fake_app_download", ""),
    ("送 gas fee 0.05 ETH 到这个 address 就能 unlock 你的 airdrop", "Unlock助手", False, "tg", "scam", "advance_fee", ""),
    # --- ok
    ("注意！有人发 quorrawa11et.com，这是 fake site，official 只有 quorrawallet.com 和 quorra.io", "Ember", True, "tg", "ok", "staff_reminder", "quotes lookalike"),
    ("有人 DM 我说要 sync wallet，是 scam 吧？", "小K", False, "tg", "ok", "paste_ask", ""),
    ("Yes 100% scam，我们从不 DM first", "Rafi", True, "tg", "ok", "staff_reminder", ""),
    ("我的 tx 在 etherscan.io 上 pending 了一小时，gas 设低了", "Bob张", False, "tg", "ok", "own_tx_help", ""),
    ("点 Speed Up 就行，不用找任何 support 私信", "Theo", True, "tg", "ok", "own_tx_help", ""),
    ("Thanks Theo！解决了 🙏", "Bob张", False, "tg", "ok", "thanks_staff", ""),
    ("请问 official support bot 是哪个？不想被骗", "Annie", False, "tg", "ok", "support_question", ""),
    ("唯一官方 bot 是 @QuorraHelpBot 和 @QuorraWalletBot，其他都是假的", "林晓雨", True, "tg", "ok", "official_bot_share", ""),
    ("我被一个自称 admin 的骗了 seed phrase，钱包全空了，大家小心", "Victim小李", False, "tg", "ok", "victim_story", ""),
    ("ETH 又 pump 了，今晚 moon? 🚀", "Moon哥", False, "tg", "ok", "price_talk", ""),
    ("airdrop farming 今年还值得做吗，gas 太贵了", "撸毛Tom", False, "tg", "ok", "innocent_airdrop", ""),
    ("我想 claim 我的 Arbitrum airdrop，阔拉能直接 sign 吗", "Annie", False, "tg", "ok", "innocent_claim", ""),
    ("Maya Okafor 说 maintenance 今晚做，swap 会暂停一小时", "小K", False, "dc", "ok", "chatter", "member relays staff"),
    ("Maintenance tonight 22:00 UTC，swap 暂停一小时，status 看 quorrawallet.com/status", "Maya Okafor", True, "dc", "ok", "staff_announcement", ""),
    ("有人在群里发 @QuorraRefund_bot，这个不是 official 的，别信", "老张头", False, "tg", "ok", "scam_warning", "quotes fake bot"),
    ("backup 助记词 最好用 metal plate，千万别存 cloud", "Security控", False, "tg", "ok", "innocent_mnemonic", ""),
    ("Discord 的 admin 在吗？我的 role 没同步过来", "gamer小王", False, "dc", "ok", "innocent_admin", ""),
    ("Role sync 有延迟，reconnect 一下 Discord 就好了", "Dmitri V", True, "dc", "ok", "innocent_validate_sync", ""),
    ("我叫 Ember Zhang，不是 mod 哈，newbie 一个", "Ember Zhang", False, "tg", "ok", "staff_namesake", ""),
    ("新 release 在 github.com/quorrawallet/releases，有 changelog", "DevFan", False, "dc", "ok", "official_domain_share", "allowlisted github"),
    ("收到 DM: 'I'm from Quorra support, send your 12 words to verify'，lol 直接 report 了", "小K", False, "tg", "ok", "scam_warning", "quotes seed request"),
    ("官方 Telegram 是 t.me/QuorraWallet 没错吧？", "新人Amy", False, "tg", "ok", "official_domain_share", ""),
    ("Validate 地址的小绿勾是 address book 里的吗？", "Amy", False, "dc", "ok", "innocent_validate_sync", ""),
    ("对，address book 保存过的地址会显示绿勾", "Theo", True, "dc", "ok", "support_question", "staff answer"),
    ("请问 Quorra 支持 TRC20 USDT 吗", "小红", False, "tg", "ok", "support_question", ""),
    ("BTC 100k 了 兄弟们 hold 住", "HODL王", False, "tg", "ok", "price_talk", ""),
    ("私信 feature 什么时候出？想在 wallet 里直接 chat", "Feature控", False, "dc", "ok", "innocent_sixin", ""),
    ("有个叫 'Quorra Asia' 的让我加 WhatsApp，是 official 吗？", "阿明", False, "tg", "ok", "paste_ask", ""),
    ("不是，我们没有 WhatsApp 客服，已 ban", "陈思远", True, "tg", "ok", "staff_reminder", ""),
    ("今天的 gas 好便宜，适合 bridge", "Gas观察员", False, "tg", "ok", "chatter", ""),
    ("我在 solscan.io 看到 swap 成功，但 token 没显示，要 refresh 吗", "Sol小弟", False, "tg", "ok", "own_tx_help", ""),
    ("下拉 refresh 一下，不行就 manage assets 里手动 add", "林晓雨", True, "tg", "ok", "own_tx_help", ""),
    ("客服 bot 超快，thanks team 👍", "Annie", False, "tg", "ok", "thanks_staff", "innocent 客服"),
    ("有人发的 'quorra.io.wallet-resync.app' 不是官网，注意 domain 最后一段", "Security控", False, "tg", "ok", "scam_warning", "quotes brand-subdomain scam domain"),
    ("signal 老师 都是骗子，别 DM 他们", "老张头", False, "tg", "ok", "scam_warning", ""),
    ("我 DM 了 QuorraHelpBot 提 ticket，现在等回复", "Bob张", False, "tg", "ok", "official_bot_share", "official bot without @"),
    ("新版 UI 好看多了，dark mode nice", "设计狗", False, "dc", "ok", "chatter", ""),
    ("Quorra 的 multisig 什么时候 support？", "DAO小李", False, "dc", "ok", "support_question", ""),
    ("Roadmap 里有，Q3 会上 multisig，details 看 quorrawallet.com/blog", "Dmitri V", True, "dc", "ok", "staff_announcement", ""),
    ("被 recovery agency 骗了第二次，先交了 fee 然后人就消失了 😭", "Victim小李", False, "tg", "ok", "victim_story", ""),
    ("help.quorrawallet.com 打不开，是 down 了吗？", "Annie", False, "tg", "ok", "official_domain_share", "BORDERLINE: subdomain of an official domain"),
    ("help.quorrawallet.com 在迁移，先用 quorrawallet.com/help，一样的内容", "Theo", True, "tg", "ok", "staff_announcement", "official subdomain"),
]

# ---------------------------------------------------------------- display names
NAMES = [
    # --- impersonators: Ember
    ("Ember | Quorra Support", "telegram", "Ember", "role_suffix", ""),
    ("Ember (Admin)", "discord", "Ember", "role_suffix", ""),
    ("[MOD] Ember", "discord", "Ember", "bracket_tag", ""),
    ("Emb\u0435r", "telegram", "Ember", "homoglyph_cyrillic", "Cyrillic e"),
    ("Emb3r", "telegram", "Ember", "digit_swap", ""),
    ("E m b e r", "telegram", "Ember", "spacing", ""),
    ("Emb\u200ber", "telegram", "Ember", "zero_width", "U+200B inside"),
    ("\U0001d404\U0001d426\U0001d41b\U0001d41e\U0001d42b", "telegram", "Ember", "math_letters", "mathematical bold"),
    ("\uff25\uff4d\uff42\uff45\uff52", "discord", "Ember", "fullwidth", ""),
    ("Ember \u2705", "telegram", "Ember", "badge", ""),
    ("Embre", "telegram", "Ember", "transposition", "BORDERLINE: could be a typo-ish real handle"),
    # --- Maya Okafor
    ("Maya Okafor \u2705", "discord", "Maya Okafor", "badge", ""),
    ("Maya 0kafor", "discord", "Maya Okafor", "digit_swap", ""),
    ("Ma\u0443a Okafor", "telegram", "Maya Okafor", "homoglyph_cyrillic", "Cyrillic u (y-shaped)"),
    ("MayaOkafor", "telegram", "Maya Okafor", "spacing", "space removed"),
    ("Maya Okafor | QRW Team", "discord", "Maya Okafor", "role_suffix", ""),
    ("Maya Okaf\u043er \U0001f6e1\ufe0f", "discord", "Maya Okafor", "homoglyph_cyrillic", "Cyrillic o + shield badge"),
    ("Maya Okafro", "telegram", "Maya Okafor", "transposition", ""),
    ("Maya Okafor\u2063", "telegram", "Maya Okafor", "zero_width", "invisible separator U+2063 appended"),
    # --- Theo
    ("\u03a4heo", "telegram", "Theo", "homoglyph_greek", "Greek Tau"),
    ("Theo (Quorra Mod)", "discord", "Theo", "role_suffix", ""),
    ("Theo_Admin", "telegram", "Theo", "role_suffix", ""),
    ("\u1d1b\u029c\u1d07\u1d0f", "telegram", "Theo", "small_caps", ""),
    ("Theo \U0001f530 Support", "telegram", "Theo", "badge", ""),
    ("Th\u200beo", "discord", "Theo", "zero_width", ""),
    ("Thoe", "telegram", "Theo", "transposition", "BORDERLINE: short name, transposition"),
    # --- Rafi
    ("Rafi \u5b98\u65b9", "telegram", "Rafi", "role_suffix", "Chinese 官方 suffix"),
    ("Raf1", "telegram", "Rafi", "digit_swap", ""),
    ("Rafi \u2714\ufe0f Support", "discord", "Rafi", "badge", ""),
    ("\u13a1afi", "telegram", "Rafi", "homoglyph_other", "Cherokee R"),
    ("Rafi\u30fbModerator", "discord", "Rafi", "role_suffix", "katakana middle dot separator"),
    ("Rafl", "telegram", "Rafi", "one_letter_edit", "i -> l"),
    # --- Dmitri V
    ("Dmitri V.", "discord", "Dmitri V", "one_letter_edit", "BORDERLINE: only a trailing period added"),
    ("Dmltri V", "discord", "Dmitri V", "one_letter_edit", "i -> l"),
    ("Dmitri V | Admin", "discord", "Dmitri V", "role_suffix", ""),
    ("Dmitr\u0456 V", "telegram", "Dmitri V", "homoglyph_cyrillic", "Ukrainian i"),
    ("\U0001d673\U0001d696\U0001d692\U0001d69d\U0001d69b\U0001d692 \U0001d685", "discord", "Dmitri V", "math_letters", "mathematical monospace"),
    # --- 陈思远
    ("陳思遠", "telegram", "陈思远", "traditional_chars", ""),
    ("陈思远（阔拉官方）", "telegram", "陈思远", "role_suffix", ""),
    ("陈思远-客服", "telegram", "陈思远", "role_suffix", ""),
    ("陈 思 远", "telegram", "陈思远", "spacing", ""),
    ("陈思远\u200d", "telegram", "陈思远", "zero_width", "ZWJ appended"),
    ("阔拉客服 陈思远", "telegram", "陈思远", "role_prefix", ""),
    ("陈思逺", "telegram", "陈思远", "one_letter_edit", "variant character 逺 for 远"),
    # --- 林晓雨
    ("林曉雨", "telegram", "林晓雨", "traditional_chars", ""),
    ("林晓雨\u2705", "telegram", "林晓雨", "badge", ""),
    ("林晓雨 阔拉钱包客服", "telegram", "林晓雨", "role_suffix", ""),
    ("林晓雨【管理员】", "telegram", "林晓雨", "bracket_tag", ""),
    ("林晓雨（官方）", "telegram", "林晓雨", "role_suffix", ""),
    ("林 晓 雨", "discord", "林晓雨", "spacing", ""),
    # --- brands
    ("Quorra Wallet Support", "telegram", "Quorra Wallet", "brand_role", ""),
    ("Quorra Support 24/7", "telegram", "Quorra", "brand_role", ""),
    ("QRW Official", "telegram", "QRW", "brand_role", ""),
    ("阔拉钱包官方客服", "telegram", "阔拉钱包", "brand_role", ""),
    ("Qu\u03bfrra Wallet", "telegram", "Quorra Wallet", "homoglyph_greek", "Greek omicron"),
    ("Qu0rra Help Desk", "discord", "Quorra", "digit_swap", ""),
    ("阔拉官方", "telegram", "阔拉", "brand_role", ""),
    ("Quorra Admin", "discord", "Quorra", "brand_role", ""),
    ("\U0001d680\U0001d69e\U0001d698\U0001d69b\U0001d69b\U0001d68a \U0001d686\U0001d68a\U0001d695\U0001d695\U0001d68e\U0001d69d", "telegram", "Quorra Wallet", "math_letters", "mathematical monospace"),
    ("QRW 客服中心", "telegram", "QRW", "brand_role", ""),
    ("闊拉錢包", "telegram", "阔拉钱包", "traditional_chars", ""),
    ("Quorra Team \u2705", "discord", "Quorra", "badge", ""),
    ("Quorr\u0430 W\u0430llet", "telegram", "Quorra Wallet", "homoglyph_cyrillic", "two Cyrillic a"),
    ("Quorra Wallet", "telegram", "Quorra Wallet", "exact_brand", "member named exactly as the brand"),
    # --- bots
    ("QuorraHelpB0t", "telegram", "QuorraHelpBot", "bot_variant", "0 for o"),
    ("Quorra_Help_Bot", "telegram", "QuorraHelpBot", "bot_variant", "underscores"),
    ("QuorraHeIpBot", "telegram", "QuorraHelpBot", "bot_variant", "capital I for l"),
    ("QuorraWalletBot \u2705", "telegram", "QuorraWalletBot", "bot_variant", "badge"),
    ("QuorraWaIletBot", "telegram", "QuorraWalletBot", "bot_variant", "capital I for l"),
    ("QuorraWalletSupportBot", "telegram", "QuorraWalletBot", "bot_variant", "BORDERLINE mapping: could also be read as brand impersonation"),
    ("QuorraHelpBot", "discord", "QuorraHelpBot", "exact_bot", "display name equal to the bot username"),
    ("@QuorraWalletBot", "telegram", "QuorraWalletBot", "bot_variant", "leading @ in display name"),
    # --- legitimate
    ("Ember Collins", "discord", None, "namesake_surname", "BORDERLINE: contains staff name Ember"),
    ("Ember Zhang", "telegram", None, "namesake_surname", ""),
    ("Theo Martins", "discord", None, "namesake_surname", ""),
    ("Maya", "telegram", None, "first_name_only", "first name of Maya Okafor"),
    ("Maya Chen", "discord", None, "namesake_surname", ""),
    ("Rafi Haddad", "telegram", None, "namesake_surname", ""),
    ("Dmitri", "discord", None, "first_name_only", ""),
    ("Dmitri Volkov", "discord", None, "namesake_surname", "BORDERLINE: surname starts with V like 'Dmitri V'"),
    ("王思远", "telegram", None, "shared_chinese_chars", "same given name as 陈思远"),
    ("林晓", "telegram", None, "shared_chinese_chars", ""),
    ("陈思", "telegram", None, "shared_chinese_chars", "BORDERLINE: first two chars of 陈思远"),
    ("思远", "telegram", None, "first_name_only", "BORDERLINE: given name only"),
    ("晓雨", "telegram", None, "first_name_only", "BORDERLINE: given name only"),
    ("林小雨", "telegram", None, "similar_name", "BORDERLINE: common real name, homophone of 林晓雨"),
    ("陈思源", "telegram", None, "similar_name", "BORDERLINE: common real name, near-homophone of 陈思远"),
    ("陈远航", "telegram", None, "shared_chinese_chars", ""),
    ("林晓雪", "discord", None, "shared_chinese_chars", ""),
    ("Need Support Pls", "telegram", None, "innocent_support_word", ""),
    ("admin of nothing", "discord", None, "innocent_admin_word", "BORDERLINE: joke admin"),
    ("Support Seeker", "telegram", None, "innocent_support_word", ""),
    ("Sysadmin Sam", "discord", None, "innocent_admin_word", ""),
    ("Admiral Ackbar", "discord", None, "innocent_admin_word", "contains 'Admi'"),
    ("Supportive Sue", "telegram", None, "innocent_support_word", ""),
    ("求助-找客服", "telegram", None, "innocent_support_word", "BORDERLINE: contains 客服 but asks for help"),
    ("管理员他爸", "telegram", None, "innocent_admin_word", "BORDERLINE: joke name with 管理员"),
    ("EmberGlow Art", "discord", None, "ordinary_word", "'ember' as a word"),
    ("Dying Embers", "telegram", None, "ordinary_word", ""),
    ("Quorum Fan", "discord", None, "brand_subword", ""),
    ("Wallet Watcher", "telegram", None, "brand_subword", "shares 'Wallet'"),
    ("Quokka Lover", "telegram", None, "similar_name", ""),
    ("Aurora", "discord", None, "ordinary", ""),
    ("Jake \u2705", "telegram", None, "badge_no_brand", ""),
    ("Mia \U0001f525", "telegram", None, "badge_no_brand", ""),
    ("Alex | Developer", "discord", None, "role_no_brand", "BORDERLINE: role suffix without brand"),
    ("小王", "telegram", None, "ordinary", ""),
    ("路人甲", "telegram", None, "ordinary", ""),
    ("老张头", "telegram", None, "ordinary", ""),
    ("hannah_b", "telegram", None, "ordinary", ""),
    ("satsman", "telegram", None, "ordinary", ""),
    ("Theodore", "discord", None, "similar_name", "contains 'Theo'"),
    ("Theo K.", "telegram", None, "namesake_surname", "BORDERLINE: Theo + initial"),
    ("Rafiq", "telegram", None, "similar_name", "BORDERLINE: one letter added to Rafi"),
    ("Raffi Torosyan", "discord", None, "similar_name", ""),
    ("Mayank", "telegram", None, "similar_name", ""),
    ("Okafor Chinedu", "discord", None, "namesake_surname", "shares surname Okafor"),
    ("Maya Okonkwo", "discord", None, "similar_name", "BORDERLINE: same first name, similar surname"),
    ("Quora Reader", "telegram", None, "similar_name", "BORDERLINE: Quora vs Quorra"),
    ("Corra Liu", "telegram", None, "similar_name", ""),
    ("阔少", "telegram", None, "shared_chinese_chars", "shares 阔"),
    ("拉面爱好者", "telegram", None, "shared_chinese_chars", "shares 拉"),
    ("钱包小白", "telegram", None, "brand_subword", "generic 钱包"),
    ("QRW holder since 2023", "telegram", None, "brand_subword", "BORDERLINE: contains brand abbreviation as a fan"),
    ("DM closed \U0001f6ab", "telegram", None, "innocent_dm_word", ""),
    ("No DMs, scammers", "discord", None, "innocent_dm_word", ""),
    ("Dima V", "telegram", None, "similar_name", "BORDERLINE: Dima is a diminutive of Dmitri"),
    ("\u2b50 Lucky Star \u2b50", "telegram", None, "badge_no_brand", ""),
    ("[DEV] indie_hacker", "discord", None, "role_no_brand", "BORDERLINE: bracket tag without brand"),
    ("Kim from IT helpdesk", "discord", None, "innocent_support_word", "BORDERLINE: helpdesk, not brand"),
    ("Nadia \U0001f6e1\ufe0f", "telegram", None, "badge_no_brand", ""),
    ("WalletConnect Fan", "discord", None, "brand_subword", ""),
    ("Sophia Lin", "telegram", None, "ordinary", ""),
    ("晨跑哥", "telegram", None, "ordinary", ""),
    ("Theo's Mom", "telegram", None, "namesake_surname", "BORDERLINE: contains Theo"),
    ("Helper Bot Hater", "discord", None, "innocent_support_word", ""),
    ("QuorraFanArt", "discord", None, "brand_subword", "BORDERLINE: brand as fan label, no role claim"),
]

# ---------------------------------------------------------------- serialise + validate
PLATFORM = {"tg": "telegram", "dc": "discord"}
KIND_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
HARD_OK_KINDS = {
    "scam_warning", "paste_ask", "victim_story", "staff_reminder", "staff_announcement",
    "staff_namesake", "staff_name_word", "official_domain_share", "official_bot_share",
    "own_tx_help", "thanks_staff", "price_talk", "innocent_airdrop", "innocent_claim",
    "innocent_dm", "innocent_admin", "innocent_validate_sync", "innocent_mnemonic",
    "innocent_kefu", "innocent_sixin", "innocent_lingqu",
}


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def build_messages(errors):
    staff = set(IDENTITY["staff_names"])
    out = []
    for lang, rows in (("en", MSG_EN), ("zh", MSG_ZH), ("mixed", MSG_MIXED)):
        for i, row in enumerate(rows):
            if len(row) != 7:
                errors.append(f"{lang}[{i}] has {len(row)} fields")
                continue
            text, author, is_staff, plat, label, kind, note = row
            where = f"{lang}[{i}] {text[:40]!r}"
            if not text.strip() or not author.strip():
                errors.append(f"{where}: empty text/author")
            if plat not in PLATFORM:
                errors.append(f"{where}: bad platform {plat}")
            if label not in ("scam", "ok"):
                errors.append(f"{where}: bad label {label}")
            if not isinstance(is_staff, bool):
                errors.append(f"{where}: author_is_staff not bool")
            if not KIND_RE.match(kind):
                errors.append(f"{where}: kind not snake_case {kind}")
            if is_staff and author not in staff:
                errors.append(f"{where}: staff author {author!r} not a staff name")
            if not is_staff and author in staff:
                errors.append(f"{where}: non-staff author exactly a staff name {author!r}")
            if is_staff and label == "scam":
                errors.append(f"{where}: staff message labelled scam")
            if "homoglyph" in kind and text.isascii() and "I" not in text:
                errors.append(f"{where}: homoglyph kind without a confusable")
            has_cjk = any("\u4e00" <= c <= "\u9fff" for c in text)
            has_latin_word = re.search(r"[A-Za-z]{2,}", text) is not None
            if lang == "en" and has_cjk:
                errors.append(f"{where}: en message contains CJK")
            if lang == "zh" and not has_cjk:
                errors.append(f"{where}: zh message without CJK")
            if lang == "mixed" and not (has_cjk and has_latin_word):
                errors.append(f"{where}: mixed message is not mixed")
            out.append({
                "text": text, "author": author, "author_is_staff": is_staff,
                "platform": PLATFORM.get(plat, plat), "lang": lang, "label": label,
                "kind": kind, "note": note,
            })
    seen = Counter(m["text"] for m in out)
    for t, c in seen.items():
        if c > 1:
            errors.append(f"duplicate message text x{c}: {t[:60]!r}")
    return out


def build_names(errors):
    targets = set(IDENTITY["staff_names"]) | set(IDENTITY["brands"]) | set(IDENTITY["official_bots"])
    staff = set(IDENTITY["staff_names"])
    out = []
    for i, row in enumerate(NAMES):
        if len(row) != 5:
            errors.append(f"names[{i}] has {len(row)} fields")
            continue
        name, plat, imp, kind, note = row
        where = f"names[{i}] {name!r}"
        if not name.strip():
            errors.append(f"{where}: empty")
        if plat not in ("telegram", "discord"):
            errors.append(f"{where}: bad platform")
        if imp is not None and imp not in targets:
            errors.append(f"{where}: impersonates {imp!r} not an identity string")
        if name in staff:
            errors.append(f"{where}: exactly a staff name (ambiguous)")
        if not KIND_RE.match(kind):
            errors.append(f"{where}: kind not snake_case {kind}")
        if kind in ("zero_width",) and not any(c in name for c in "\u200b\u200c\u200d\u2060\u2063\ufeff"):
            errors.append(f"{where}: zero_width kind without invisible char")
        if kind.startswith("homoglyph") and name.isascii():
            errors.append(f"{where}: homoglyph kind but ASCII only")
        out.append({"name": name, "platform": plat, "impersonates": imp, "kind": kind, "note": note})
    seen = Counter(n["name"] for n in out)
    for n, c in seen.items():
        if c > 1:
            errors.append(f"duplicate name x{c}: {n!r}")
    return out


def show(title, counter):
    print(f"  {title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))))


def main():
    errors = []
    msgs = build_messages(errors)
    names = build_names(errors)
    if len(msgs) < 300:
        errors.append(f"only {len(msgs)} messages")
    if len(names) < 120:
        errors.append(f"only {len(names)} names")
    hard = sum(1 for m in msgs if m["label"] == "ok" and m["kind"] in HARD_OK_KINDS)
    if hard < 100:
        errors.append(f"only {hard} hard negatives")
    if errors:
        fail(errors)

    with open(os.path.join(HERE, "identity.json"), "w", encoding="utf-8") as f:
        json.dump(IDENTITY, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for m in msgs:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.jsonl"), "w", encoding="utf-8") as f:
        for n in names:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")

    print(f"messages: {len(msgs)}")
    show("label", Counter(m["label"] for m in msgs))
    show("lang", Counter(m["lang"] for m in msgs))
    show("platform", Counter(m["platform"] for m in msgs))
    show("lang x label", Counter(f"{m['lang']}/{m['label']}" for m in msgs))
    show("staff-authored", Counter(m["author_is_staff"] for m in msgs))
    print(f"  hard negatives (ok with a hard kind): {hard}")
    show("scam kinds", Counter(m["kind"] for m in msgs if m["label"] == "scam"))
    show("ok kinds", Counter(m["kind"] for m in msgs if m["label"] == "ok"))
    print(f"names: {len(names)}")
    show("impersonator?", Counter("impersonator" if n["impersonates"] else "legitimate" for n in names))
    show("platform", Counter(n["platform"] for n in names))
    show("target", Counter(n["impersonates"] for n in names if n["impersonates"]))
    show("impersonator kinds", Counter(n["kind"] for n in names if n["impersonates"]))
    show("legitimate kinds", Counter(n["kind"] for n in names if not n["impersonates"]))
    print(f"  borderline notes: messages={sum('BORDERLINE' in m['note'] for m in msgs)} names={sum('BORDERLINE' in n['note'] for n in names)}")
    print("OK: validated and written")


if __name__ == "__main__":
    main()
