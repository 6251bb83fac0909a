#!/usr/bin/env python3
"""Build the ninth blind guard corpus (fictional brand: Lumenby / 流明钱包).

Every message and display name below was written by hand as literal data.
This script only serialises and validates them; it writes identity.json,
messages.jsonl and names.jsonl next to itself. Stdlib only.

Invisible / confusable characters are written as \\u escapes so they stay
reviewable (e.g. \\u0435 = Cyrillic small ie, \\u200b = zero-width space).
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

IDENTITY = {
    "brands": ["Lumenby", "Lumenby Wallet", "LMB", "流明钱包", "流明"],
    "official_domains": ["lumenby.io", "lumenbywallet.com"],
    "official_bots": ["@LumenbyHelpBot", "@LumenbyAlertsBot"],
    # "Hope" is also a common English word; "Marcus Feld" is a two-word
    # full name; 林晓舟 and 陈墨 are the two Chinese staff names.
    "staff_names": ["Hope", "Marcus Feld", "林晓舟", "陈墨", "Dmitri", "Kasia", "Tobi", "Ravi"],
    "allowed_domains": [
        "etherscan.io",
        "bscscan.com",
        "tronscan.org",
        "solscan.io",
        "mempool.space",
        "coingecko.com",
        "coindesk.com",
        "theblock.co",
        "github.com",
        "t.me/LumenbyOfficial",
    ],
}

T = "telegram"
D = "discord"

MESSAGES = []


def m(text, author, is_staff, platform, lang, label, kind, note):
    MESSAGES.append({
        "text": text,
        "author": author,
        "author_is_staff": is_staff,
        "platform": platform,
        "lang": lang,
        "label": label,
        "kind": kind,
        "note": note,
    })


# ---------------------------------------------------------------------------
# ENGLISH - SCAM
# ---------------------------------------------------------------------------
m("gm fam, Lumenby v3 migration portal is live, move your funds before the old contracts get paused 👉 https://lumenby-migrate.io", "Jaxon | LMB Team", False, T, "en", "scam", "lookalike_domain", "brand inside hyphenated lookalike domain + migrate")
m("anyone else getting the 'unsupported version' error? fixed mine by re-importing at lum\u0435nby.io/restore, took 2 min", "kirra_eth", False, D, "en", "scam", "lookalike_domain", "Cyrillic e homoglyph of lumenby.io")
m("LMB snapshot for the holder airdrop closes tonight. check eligibility: lumenbywallet.co/claim", "airdrop_alerts_", False, T, "en", "scam", "lookalike_domain", "wrong TLD .co of lumenbywallet.com")
m("ser the new dashboard is at https://xn--lumnby-5of.io , old one is deprecated", "wenlambo22", False, D, "en", "scam", "lookalike_domain", "punycode of Cyrillic-e lumenby.io")
m("official bridge is down, use the backup mirror lumenby.io.bridge-status.app until they fix it", "Noah_defi", False, T, "en", "scam", "lookalike_domain", "official domain used as subdomain of attacker domain")
m("lumenbwallet.com/airdrop 👈 claimed 340 LMB just now, gas was like $0.40", "pixelpete", False, T, "en", "scam", "lookalike_domain", "one-letter deletion of lumenbywallet.com")
m("Lumenby Wallet update 4.2 is mandatory from Friday. download the apk here: lumenbywa11et.com/android", "Lumenby Updates", False, T, "en", "scam", "lookalike_domain", "digit swap ll->11, fake apk")
m("just got my points converted, go to lumenby[.]app/rewards and connect, they only check wallet age", "crypt0carla", False, D, "en", "scam", "lookalike_domain", "defanged wrong-TLD link")
m("Reminder the staking page moved → https://app-lumenby.io/stake (the old url is getting DDoS'd rn)", "Ethan R", False, D, "en", "scam", "lookalike_domain", "hyphen-prefixed lookalike")
m("[Forwarded from Lumenby Announcements]\n🎉 Season 2 rewards are claimable! Visit lumenby-rewards.xyz and verify your wallet to receive your allocation. Offer ends in 24h.", "Mia_W", False, T, "en", "scam", "lookalike_domain", "forwarded fake announcement, brand in .xyz domain")
m("lurnenby.io is the working link today, main site keeps timing out for me", "degen_dave", False, T, "en", "scam", "lookalike_domain", "rn->m visual lookalike")
m("if the app won't open just use the web version at lumenby.io-web.site , same login", "sora.sol", False, D, "en", "scam", "lookalike_domain", "official name glued to attacker domain")
m("if you need faster help join our support server discord.gg/lmb-helpdesk the mods answer in like 5 min there", "helpful_hank", False, D, "en", "scam", "server_invite", "invite to other discord 'support' server")
m("Lumenby holders VIP group with early alpha: t.me/lumenby_vip_holders 🔥 limited seats", "AlphaLeaks", False, T, "en", "scam", "group_invite", "invite to unofficial telegram group")
m("u should open a ticket with @LumenbyHelpDeskBot, it fixed my stuck withdrawal", "tomtom_88", False, T, "en", "scam", "support_bot_invite", "lookalike of @LumenbyHelpBot")
m("@newbie_kk for stuck tx message @Lumenby_Support_Bot and press /restore, that's the official one", "greg.eth", False, T, "en", "scam", "support_bot_invite", "fake support bot + restore")
m("Hi everyone, the official ticket desk moved to discord.gg/lumenby-tickets due to spam here. Please open a ticket there 🙏", "Lumenby Support Team", False, D, "en", "scam", "server_invite", "impersonating team, off-server ticket desk")
m("@rick_0x I had the exact same problem, DM me and I'll walk you through it step by step", "Olivia ✨", False, T, "en", "scam", "dm_offer", "non-staff DM-me help offer")
m("anyone with stuck funds or failed swap, message me privately, I'm part of the tech team", "Liam_dev", False, T, "en", "scam", "dm_offer", "claims tech team, private message")
m("Hello, I saw your complaint. Kindly send a DM so we can resolve it swiftly.", "Lumenby Help Center", False, D, "en", "scam", "dm_offer", "classic kindly-DM phrasing from fake help account")
m("For all wallet issues contact support at lumenbyhelpdesk@gmail.com with your wallet address and issue", "Support Desk", False, T, "en", "scam", "contact_offer", "gmail 'support' mailbox")
m("reach the support team on WhatsApp +44 7520 118 394, they sorted mine in 10 min no joke", "becky_bnb", False, T, "en", "scam", "contact_offer", "WhatsApp support number")
m("bro just ping @lmb_care_desk on telegram, he's the one who helped me get my tokens back", "Zed", False, T, "en", "scam", "contact_offer", "fake care-desk handle")
m("Having trouble? Our live agents are available 24/7 → write to support.lumenby@outlook.com", "Lumenby Care", False, D, "en", "scam", "contact_offer", "outlook mailbox 'live agents'")
m("Your wallet needs to be validated after the node upgrade or balance shows 0. go to walletrectify.network, pick Lumenby, and sync", "Aiden C", False, T, "en", "scam", "drainer_phrasing", "validate + rectify + sync drainer")
m("if your balance shows wrong just rectify it on the dapp connect page, happens to everyone after upgrade", "chloe_on_chain", False, D, "en", "scam", "drainer_phrasing", "rectify on dapp connect page; no link but classic lure")
m("Quick fix for the missing tokens: connect wallet at dappsync-fix.com > choose 'Rectification' > enter your recovery phrase to resync", "mason_fix", False, T, "en", "scam", "drainer_phrasing", "drainer with phrase entry")
m("you need to migrate your wallet to the new v3 chain or the tokens are gone, link in my bio", "Harper", False, T, "en", "scam", "drainer_phrasing", "urgent migrate, link in bio")
m("connect to claim your LMB compensation for last week's outage 👇 claim-lmb.org", "Lucas | Airdrops", False, T, "en", "scam", "drainer_phrasing", "connect to claim compensation")
m("Gas refund is live for all Lumenby users who swapped in May. connect & sign to receive", "Evelyn P", False, D, "en", "scam", "drainer_phrasing", "connect and sign refund lure")
m("guys restore your wallet through the dapp validator, mine was showing pending for 3 days and now fine", "jack_in_the_chain", False, T, "en", "scam", "drainer_phrasing", "dapp validator restore")
m("send me your 12 words in private and I'll check if the wallet is compromised", "Sebastian", False, T, "en", "scam", "seed_request", "asks for 12 words")
m("To verify you are the owner we need the recovery phrase. Please fill this form: forms.gle/8kLmbVerify", "Lumenby Mod Team", False, D, "en", "scam", "seed_request", "google form phrase harvest")
m("Which wallet? share the private key export and I can import it on my side to see whats wrong", "ava.codes", False, T, "en", "scam", "seed_request", "private key request")
m("@dana_w don't worry, I'm from tech support. paste your seed phrase here, it's encrypted end to end", "TechSupport_Ali", False, T, "en", "scam", "seed_request", "seed phrase in chat, fake encryption claim")
m("tip: enter your phrase on the validator and it will re-index your account. safe, I did it 3 times", "Grace K", False, D, "en", "scam", "seed_request", "phrase on 'validator' site")
m("🚨 LUMENBY 2ND ANNIVERSARY GIVEAWAY 🚨\nSend 0.1–20 ETH to the event address and receive 2X back instantly!\n0x7a3C9e1b54dF0a2e88B41c7d2E0f6a91bC3d58E2\n⏳ ends in 60 min", "Lumenby Events", False, T, "en", "scam", "doubling", "send X get 2X giveaway")
m("Marcus confirmed it in the AMA, they're doubling any USDT sent to the treasury this hour, I already got mine back x2", "Henry_W", False, T, "en", "scam", "doubling", "doubling attributed to staff")
m("send 500 TRX get 1000 back, first 50 people only, it's a marketing thing from the team", "ella_trx", False, T, "en", "scam", "doubling", "send X get 2X")
m("I have been trading with Mr. Harrison for 2 months, his signals made me 14k. contact him @HarrisonFX_Signals, tell him I sent you", "Scarlett B", False, T, "en", "scam", "signal_teacher", "testimonial for signal 'Mr.'")
m("Who else wants to learn how I turned 500$ to 9,200$ in 3 weeks? My mentor only takes 5 students. DM 'READY'", "Daniel Rich", False, D, "en", "scam", "signal_teacher", "mentor lure + DM")
m("shoutout to Ms. Evelyn, best crypto coach I ever had, 100% accurate calls 🙏 search @evelyn_trades", "Matthew", False, T, "en", "scam", "signal_teacher", "coach testimonial")
m("free signals group, 90% win rate, join before it goes private 👉 t.me/+Qk8xLmbSignals", "SignalKing", False, T, "en", "scam", "signal_teacher", "signals group invite")
m("Lost funds to a scam? I got my 3.2 ETH back with help from @ChainTraceRecovery, they're legit blockchain forensics, only pay after recovery", "Lily Thompson", False, T, "en", "scam", "recovery_hacker", "recovery service testimonial")
m("if anyone lost crypto, contact CyberHacks Recovery on gmail: cyberhacksrecovery01@gmail.com , they helped me recover from a rug", "Owen", False, D, "en", "scam", "recovery_hacker", "recovery hacker gmail")
m("Hiring part time community moderators for Lumenby, $60/hr, no experience, message me", "Recruiter Anna", False, D, "en", "scam", "fake_job", "fake moderator job")
m("Easy tasks: like & rate apps, earn 200-800 USDT daily. paid in USDT same day. DM for details", "Zoe_tasks", False, T, "en", "scam", "fake_job", "task scam")
m("my cloud mining contract pays 2.8% daily, withdrawing every morning. platform: hashgrow-cloud.com", "Samuel", False, T, "en", "scam", "fake_mining", "fake cloud mining")
m("Selling LMB OTC below market, 15% discount, minimum 2k USDT, escrow by me", "otc_vince", False, T, "en", "scam", "otc", "OTC below market, self escrow")
m("$PEPLMB just launched on Lumenby chain, devs doxxed, 100x easy, ape before CEX listing tomorrow 🚀🚀", "moonboy_rex", False, D, "en", "scam", "pump_shill", "token pump shill")
m("LMB token presale round 2 is live, only 48h left, send USDT to the presale contract and tokens auto-distribute", "Presale Bot", False, T, "en", "scam", "fake_presale", "fake presale")
m("hey, sorry to bother, I saw your message in the group. I'm new to crypto too, my uncle taught me a platform that earns daily, want me to show u?", "Sophia 🌷", False, T, "en", "scam", "romance_lure", "friendly stranger investment lure")

# ---------------------------------------------------------------------------
# ENGLISH - OK
# ---------------------------------------------------------------------------
m("heads up everyone: someone is DMing people as 'Lumenby Support' asking to 'validate your wallet' at lumenby-validate.com. it's a drainer. staff never DM first.", "marta.k", False, T, "en", "ok", "warning", "warns, quotes scam domain and phrasing")
m("PSA the link lumenbywa11et.com posted above is fake, note the 1s instead of ls. reported.", "b0b_the_builder", False, T, "en", "ok", "warning", "calls out digit-swap domain")
m("@mods there's a guy in here posting discord.gg/lmb-helpdesk, that's not ours right?", "quietquinn", False, D, "en", "ok", "warning", "asks mods about invite; quoting it")
m("do NOT click anything that says 'connect to claim'. there is no LMB airdrop running right now, check the pinned msg", "Felix", False, T, "en", "ok", "warning", "warning quoting lure phrase")
m("reminder: nobody legit will ever ask for your 12 words. not staff, not a bot, not 'tech support'. nobody.", "oldschool_otto", False, T, "en", "ok", "warning", "seed-safety advice")
m("the 'send 0.1 get 0.2' post is a scam, the account was made 2 hours ago lol", "nina_r", False, T, "en", "ok", "warning", "calls out doubling")
m("that Mr Harrison signals guy shows up in every group I'm in. same copypasta. block and report", "ricky_b", False, T, "en", "ok", "warning", "calls out signal teacher")
m("lol another 'recovery hacker'. those people just scam the victims a second time, please don't", "Jess", False, D, "en", "ok", "warning", "warns about recovery scams")
m("if someone replies to your question within 30 seconds with 'DM me', that's a bot. every single time.", "pavel_p", False, D, "en", "ok", "warning", "uses 'DM me' in a warning")
m("careful with lurnenby.io — it's r+n not m. zoom in before you click anything", "weird_al_gorithm", False, T, "en", "ok", "warning", "quotes rn lookalike as warning")
m("The xn--lumnby-5of.io link someone posted is punycode for a fake 'lumenby' with a cyrillic e. browser shows it pretty, don't trust it", "sec_sam", False, D, "en", "ok", "warning", "explains punycode lookalike")
m("got this DM 5 min after I posted my question: 'Hello, I'm from Lumenby support, kindly verify your wallet through our secure portal' — real or fake?", "newbie_kk", False, T, "en", "ok", "scam_report", "pastes scam DM to ask")
m("is @LumenbyHelpDeskBot official? it's asking me to type my recovery phrase to 'restore session'", "dana_w", False, T, "en", "ok", "scam_report", "asks about fake bot")
m("someone called 'Hope | Admin' messaged me saying my account is flagged. is that the real Hope??", "rick_0x", False, T, "en", "ok", "scam_report", "asks about impersonator")
m("quick sanity check, is lumenbywallet.com the real site or is it lumenby.io? seen both", "sam_ok", False, T, "en", "ok", "official_link_share", "both are official domains")
m("[Forwarded from Lumenby Care]\nDear user, your wallet has been selected for mandatory validation. Failure to comply within 12h will result in suspension.\n\n^ got this, it's fake right? the real team doesn't do this?", "gloria_m", False, T, "en", "ok", "scam_report", "forwards scam and asks; borderline: scam text quoted in full")
m("Someone on WhatsApp says they're Lumenby support and wants me to install AnyDesk. pretty sure it's a scam but asking to be safe", "tyrone_t", False, D, "en", "ok", "scam_report", "asks about WhatsApp 'support'")
m("lost 1.4k yesterday. clicked a 'sync your wallet' link from a guy who said he was support. entered my phrase. gone in 40 seconds. learn from me pls", "sadpanda", False, T, "en", "ok", "victim_story", "victim story quoting sync lure")
m("my friend got drained after a 'Lumenby airdrop' site on google ads. the real site never asks for the phrase.", "Ines", False, D, "en", "ok", "victim_story", "victim story")
m("HELP my wallet is empty!!! I didn't send anything!!! what happened???? I only signed something on a site for the airdrop", "panic_pablo", False, T, "en", "ok", "victim_story", "panicked victim, honest")
m("update: it was an approval I signed on a fake claim page. revoked everything now. 800 USDT gone, lesson learned", "panic_pablo_", False, T, "en", "ok", "victim_story", "victim follow-up")
m("how do I contact support? the in-app chat keeps saying offline", "lea_m", False, T, "en", "ok", "innocent_keyword", "honest support question")
m("does the app sync automatically with the ledger or do I have to press refresh?", "hw_henrik", False, D, "en", "ok", "innocent_keyword", "innocent 'sync'")
m("what's the right way to validate an address before sending? just check first and last chars?", "carefulcarl", False, T, "en", "ok", "innocent_keyword", "innocent 'validate'")
m("is there any airdrop planned for LMB stakers or is that just rumors", "yield_yuki", False, T, "en", "ok", "innocent_keyword", "innocent airdrop question")
m("where do I claim the staking rewards in the app, can't find the button", "Bruno", False, D, "en", "ok", "innocent_keyword", "innocent 'claim'")
m("I DM'd the bot like the pinned msg says and got a ticket number, how long do they usually take?", "Amara", False, T, "en", "ok", "innocent_keyword", "DM to official bot per pinned")
m("admin can you pin the fee schedule again pls", "tiago", False, T, "en", "ok", "innocent_keyword", "addresses admin")
m("wen airdrop ser 😂", "ser_wen", False, T, "en", "ok", "innocent_keyword", "joke airdrop question")
m("the restore from backup worked, I just had to type the words in the app itself, offline. thanks all", "Kofi", False, D, "en", "ok", "innocent_keyword", "restore inside the app")
m("you can't really 'migrate' a wallet, just import the same seed into the new app version. it's the same keys", "keys_not_coins", False, D, "en", "ok", "innocent_keyword", "explains migrate honestly")
m("do I need to DM someone to get my ticket escalated or just wait?", "Yara", False, T, "en", "ok", "innocent_keyword", "honest DM question")
m("is it safe to store the recovery phrase in icloud notes? asking before I do something dumb", "Theo", False, T, "en", "ok", "innocent_keyword", "honest seed storage question")
m("docs are at https://docs.lumenby.io/fees , fees are explained there", "helpful_hannah", False, D, "en", "ok", "official_link_share", "official subdomain")
m("download only from lumenbywallet.com or the app store link on lumenby.io, everything else is sketchy", "Raf", False, T, "en", "ok", "official_link_share", "both official domains")
m("for tickets use @LumenbyHelpBot, it's linked in the pinned message", "wren", False, T, "en", "ok", "official_link_share", "official bot")
m("announcements channel is t.me/LumenbyOfficial, turn on notifications", "jules", False, T, "en", "ok", "official_link_share", "official t.me")
m("@LumenbyAlertsBot posts maintenance windows, that's how I knew about the downtime", "Diego", False, T, "en", "ok", "official_link_share", "official alerts bot")
m("the status page is lumenby.io/status, it's green right now so prob your node", "ops_olga", False, D, "en", "ok", "official_link_share", "official domain path")
m("Scheduled maintenance Thursday 02:00–03:30 UTC. Swaps will be paused. Funds are safe, nothing to do on your side. Status: lumenby.io/status", "Hope", True, T, "en", "ok", "staff_announcement", "staff maintenance notice")
m("Release 4.2 is out on iOS and Android. Update only from the store or lumenbywallet.com. We will never send you an APK in chat.", "Marcus Feld", True, T, "en", "ok", "staff_announcement", "staff release notice")
m("We are aware of delayed TRC20 deposits. Engineering is on it. No need to re-send or 'sync' anything, it'll credit automatically.", "Kasia", True, D, "en", "ok", "staff_announcement", "staff incident notice with 'sync'")
m("Friendly reminder: admins will never DM you first. If someone DMs you claiming to be me, it's not me. Report and block.", "Hope", True, T, "en", "ok", "staff_reminder", "staff never-DM reminder")
m("We don't run giveaways that require sending funds. Ever.", "Dmitri", True, D, "en", "ok", "staff_reminder", "staff anti-doubling reminder")
m("There is no 'validation' or 'rectification' process for wallets. Anyone telling you otherwise is trying to drain you.", "Ravi", True, D, "en", "ok", "staff_reminder", "staff quotes drainer words")
m("Please use @LumenbyHelpBot for tickets, we reply in the ticket, not in DMs", "Tobi", True, T, "en", "ok", "staff_reminder", "staff points to official bot")
m("@sam_ok both lumenby.io and lumenbywallet.com are ours. That's it. Everything else is not.", "Hope", True, T, "en", "ok", "staff_reminder", "staff confirms official domains")
m("@rick_0x not me. I have never DMed you and never will. Please report that account 🙏", "Hope", True, T, "en", "ok", "staff_reminder", "staff denies impersonator")
m("Deleted 14 spam messages in the last hour. If you see 'support' accounts posting links, tag a mod, don't engage.", "Dmitri", True, D, "en", "ok", "staff_announcement", "mod cleanup notice")
m("Heads up: there's a fake Lumenby ad on search engines pointing to lumenby-app.net. Our sites are only lumenby.io and lumenbywallet.com.", "Marcus Feld", True, D, "en", "ok", "staff_reminder", "staff warns with lookalike domain")
m("lol I'm not that Marcus, I'm just a user. the one with the badge is the team guy", "Marcus", False, T, "en", "ok", "namesake", "member shares staff first name")
m("not staff btw, just my name 😅 please stop DMing me for help", "Hope Adeyemi", False, T, "en", "ok", "namesake", "namesake with surname")
m("hope they fix the android widget soon, it's been broken since 4.1", "widgetwatcher", False, D, "en", "ok", "staff_word", "'hope' as common word")
m("I hope Dmitri sees this, the fee estimator shows 0 for BSC", "lorenzo", False, D, "en", "ok", "staff_word", "mentions staff + 'hope'")
m("Dmitri (not the mod lol) here, anyone know if ledger nano s still works with 4.2?", "Dmitri Orlov", False, D, "en", "ok", "namesake", "namesake with surname")
m("LMB holding 0.42 nicely, volume low tho", "chartgazer", False, T, "en", "ok", "price_talk", "price talk")
m("who's buying this dip, chart looks cooked", "bagholder_bea", False, T, "en", "ok", "price_talk", "price talk")
m("up 12% today on the CEX listing news, ngmi if u sold last week 😂", "fomo_fred", False, T, "en", "ok", "price_talk", "price talk")
m("not financial advice but I'm just DCAing LMB weekly and ignoring the chart", "dca_dan", False, D, "en", "ok", "price_talk", "price talk")
m("coingecko has LMB at #312 now, was #400 last month https://www.coingecko.com/en/coins/lumenby", "rank_watcher", False, T, "en", "ok", "price_talk", "allowlisted price site")
m("my swap is stuck pending, tx: https://bscscan.com/tx/0x9f2c41d7a8e03b6c5d1f7e24a9b8c0d3e6f51a2b4c7d8e9f0a1b2c3d4e5f6a7b any idea?", "stuck_steve", False, T, "en", "ok", "tx_help", "own tx with allowlisted explorer")
m("sent USDT on tron, tronscan says success but app shows nothing. https://tronscan.org/#/transaction/5c1e9a0b7d3f2468ace13579bdf02468ace13579bdf02468ace13579bdf0246", "usdt_ursula", False, T, "en", "ok", "tx_help", "own tx tronscan")
m("@usdt_ursula your tx is confirmed, the app just needs the token list refreshed. pull down on the asset screen or add the token manually", "helpful_hannah_", False, T, "en", "ok", "tx_help", "member helps honestly")
m("BTC withdrawal shows here https://mempool.space/tx/4a7f2c9e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d2f4a but only 1 confirmation, normal?", "sats_sofia", False, D, "en", "ok", "tx_help", "mempool explorer")
m("solscan shows the transfer https://solscan.io/tx/3nKq8f2Lw9ZpXyT4bR7vJm1cHdE6sA5uGtN0oPiQwYkV but the app still shows old balance", "solana_sam", False, D, "en", "ok", "tx_help", "solscan link")
m("etherscan says 'Dropped & Replaced' for my tx https://etherscan.io/tx/0x1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a — did it go through or not?", "gasless_gus", False, T, "en", "ok", "tx_help", "etherscan link")
m("thanks @Kasia, deposit arrived 🙏", "usdt_ursula_", False, D, "en", "ok", "thanks_staff", "thanks staff")
m("shoutout to Tobi for the quick ticket reply, real support > fake 'support' lol", "happy_hal", False, T, "en", "ok", "thanks_staff", "thanks staff, innocent support")
m("Marcus Feld answered my github issue in like an hour, respect https://github.com/lumenby/wallet-android/issues/412", "dev_dora", False, D, "en", "ok", "thanks_staff", "thanks staff with github link")
m("ty Ravi, the revoke tip saved me", "panic_pablo__", False, T, "en", "ok", "thanks_staff", "thanks staff")
m("can I use the same seed on two phones?", "two_phones", False, T, "en", "ok", "support_question", "ordinary question")
m("how much is the fee to send to a CEX on polygon?", "poly_paula", False, D, "en", "ok", "support_question", "ordinary question")
m("face ID stopped working after update, anyone else?", "iphone_ivan", False, T, "en", "ok", "support_question", "ordinary question")
m("does Lumenby support Arbitrum yet or still only L1s + BSC + Tron?", "arb_andy", False, D, "en", "ok", "support_question", "innocent 'support' as verb")
m("how do I export transaction history as csv for taxes", "taxman_tom", False, D, "en", "ok", "support_question", "ordinary question")
m("app asks for a passcode after update, is that the same as my old PIN?", "granny_g", False, T, "en", "ok", "support_question", "ordinary question")
m("gm", "early_eddie", False, T, "en", "ok", "chatter", "greeting")
m("gm gm ☕", "coffee_carl", False, T, "en", "ok", "chatter", "greeting")
m("[sticker]", "frogfan", False, T, "en", "ok", "chatter", "sticker only")
m("lol this group is 80% scammers 20% us 😂", "jaded_jo", False, T, "en", "ok", "chatter", "joke about scammers")
m("anyone watching the game tonight or just staring at charts", "sports_sid", False, D, "en", "ok", "chatter", "off-topic")
m("gn frens, don't click links while sleepy", "night_owl", False, T, "en", "ok", "chatter", "goodnight")
m("wagmi", "wagmi_will", False, D, "en", "ok", "chatter", "slang")
m("ser pls stop tagging the admins every 2 min, they have lives", "chill_cheryl", False, T, "en", "ok", "chatter", "innocent admin mention")
m("that coindesk piece about wallet drainers is worth reading https://www.coindesk.com/tech/2024/03/11/wallet-drainers-explained", "reader_rae", False, D, "en", "ok", "warning", "allowlisted news about drainers")
m("^ yeah and theblock had a thread on the same drainer kit https://www.theblock.co/post/281930/drainer-kit-report", "reader_ray", False, D, "en", "ok", "warning", "allowlisted news")
m("I reported @Lumenby_Support_Bot to telegram, everyone else pls do too", "reporter_rob", False, T, "en", "ok", "warning", "quotes fake bot in warning")
m("anyone who asks you to 'rectify', 'validate' or 'sync' your wallet on a website wants your money. the app does all that by itself", "Priya", False, T, "en", "ok", "warning", "warning with drainer vocabulary")
m("I'm a real customer support person IRL (telco) and even we never ask for passwords. crypto 'support' asking for seeds = scam", "telco_tina", False, D, "en", "ok", "innocent_keyword", "innocent 'support' job mention")
m("[Forwarded from Lumenby Official]\nLumenby 4.2 is live. Update from the App Store, Google Play or lumenbywallet.com. Never share your recovery phrase.", "jules_", False, T, "en", "ok", "official_link_share", "forward of genuine announcement")
m("gm ser, saw Kasia say the TRC20 delay is fixed, can confirm mine came in", "gm_gary", False, T, "en", "ok", "thanks_staff", "refers to staff")

# ---------------------------------------------------------------------------
# CHINESE - SCAM
# ---------------------------------------------------------------------------
m("兄弟们 流明钱包新版迁移通道开了 赶紧的 lumenby-cn.com/qianyi 晚了旧合约就冻结了", "阿飞", False, T, "zh", "scam", "lookalike_domain", "品牌+cn 仿冒域名 + 迁移")
m("官网换域名了 现在是 lumenbywallet.cc 老的打不开", "小周", False, T, "zh", "scam", "lookalike_domain", "错误后缀 .cc")
m("空投查询 👉 lum\u0435nby.io/airdrop 我刚领了200多个", "币圈小马", False, T, "zh", "scam", "lookalike_domain", "西里尔字母 e 同形字")
m("【转发自 流明钱包公告】\n第二季积分兑换开启，请前往 lumenby-jifen.top 连接钱包领取，24小时后失效", "老赵", False, T, "zh", "scam", "lookalike_domain", "转发式假公告")
m("流明官方下载地址：lumenby.io.download-cn.vip 安卓苹果都有", "流明下载助手", False, T, "zh", "scam", "lookalike_domain", "官方域名作子域名")
m("APP提示版本过低的 去 1umenby.io 重新下载就好了", "大头", False, T, "zh", "scam", "lookalike_domain", "数字1替换l")
m("xn--lumenb-gza.io 这个是新的镜像站 国内不用翻墙", "翻墙小能手", False, T, "zh", "scam", "lookalike_domain", "punycode (lumenbý)")
m("lumenby-claim点xyz 领补偿 群里不让发链接 自己拼一下", "路人甲", False, T, "zh", "scam", "lookalike_domain", "去链接化的仿冒域名")
m("流明钱包官方客服网站 kefu-lumenby.com 有问题的直接上去提交", "流明客服中心", False, T, "zh", "scam", "lookalike_domain", "品牌嵌入客服域名")
m("质押页面现在在 lumenbyy.io 原来那个维护中", "糖糖", False, D, "zh", "scam", "lookalike_domain", "多一个字母")
m("新版本必须更新 老版本下周停用 下载 lumenbywallet.com.app-update.cn", "Kevin哥", False, T, "zh", "scam", "lookalike_domain", "官方域名作前缀")
m("有问题的加官方客服群 t.me/liuming_kefu 那边处理快", "热心群友", False, T, "zh", "scam", "group_invite", "非官方客服群")
m("流明钱包VIP内部群 每天带单 有需要的私我拉你", "VIP助理", False, T, "zh", "scam", "group_invite", "VIP群邀请+私我")
m("找 @LumenbyKefuBot 输入 /恢复 就行 我的就是这么弄好的", "老铁666", False, T, "zh", "scam", "support_bot_invite", "仿冒客服机器人")
m("中文服务群在这 discord.gg/lmbcn-help 这里管理不回的", "小雨", False, D, "zh", "scam", "server_invite", "外部 discord 邀请")
m("提币卡住的兄弟私信我 我是技术部的 帮你处理", "技术小刘", False, T, "zh", "scam", "dm_offer", "自称技术部 私信")
m("@老王 你这个问题我遇到过 加我微信 lmb_kefu888 我一步步教你", "热心肠", False, T, "zh", "scam", "contact_offer", "微信号")
m("官方客服邮箱 lumenby.kefu@163.com 把你的钱包地址和问题发过去", "流明官方客服", False, T, "zh", "scam", "contact_offer", "假客服邮箱")
m("有问题的私聊我，24小时在线解答，不收费", "在线答疑", False, T, "zh", "scam", "dm_offer", "私聊我")
m("联系客服QQ 2840193377 专人处理资产异常", "客服-小美", False, T, "zh", "scam", "contact_offer", "QQ 客服")
m("WhatsApp客服 +852 6418 2093 中文服务", "流明服务台", False, T, "zh", "scam", "contact_offer", "WhatsApp 客服")
m("楼上那个问题 直接私信我吧 群里说不清楚", "阿彬", False, T, "zh", "scam", "dm_offer", "非工作人员 私信我; 边界: 无链接")
m("你钱包需要重新验证 不然资产显示为0 去dapp里连接一下点同步就行", "暖暖", False, T, "zh", "scam", "drainer_phrasing", "验证+同步")
m("升级后余额不对的 连接钱包授权一下就能修复 我刚弄好", "小苹果", False, T, "zh", "scam", "drainer_phrasing", "授权修复")
m("节点升级了 所有用户需要迁移钱包 不迁移的代币会丢失 链接看我简介", "链上老炮", False, T, "zh", "scam", "drainer_phrasing", "迁移+链接在简介")
m("宕机补偿可以领了 连接钱包签名就到账 群主说的", "猫猫", False, T, "zh", "scam", "drainer_phrasing", "连接领取补偿")
m("助记词导入到校验工具里 重新索引一下 资产就回来了 安全的", "老K", False, D, "zh", "scam", "seed_request", "诱导输入助记词")
m("钱包异常的用户请尽快完成资产校正，否则将被冻结。校正入口见置顶（私聊获取）", "流明安全中心", False, T, "zh", "scam", "drainer_phrasing", "校正+冻结恐吓")
m("把你的助记词发我 我帮你查一下是不是被盗了", "好心人", False, T, "zh", "scam", "seed_request", "索要助记词")
m("为了核实你是钱包本人 需要提供私钥 私信发我就行 我们客服都是这流程", "客服专员", False, T, "zh", "scam", "seed_request", "索要私钥")
m("你把12个词截图发我 我帮你导进去看看", "东哥", False, T, "zh", "scam", "seed_request", "助记词截图")
m("🎉流明钱包两周年庆🎉\n转入 100-10000 USDT 到活动地址 立即返还双倍！\nTQ7mLx9rVb3Kd2wP8sYc4nHf6GjA1eZu5R\n限时1小时", "流明活动", False, T, "zh", "scam", "doubling", "双倍返还")
m("打500U进去 马上回1000U 我亲测 团队做推广的", "发财哥", False, T, "zh", "scam", "doubling", "转X返2X")
m("跟着张老师做合约三个月翻了五倍 老师每天免费带单 想进群的私我", "美美", False, T, "zh", "scam", "signal_teacher", "带单老师")
m("币圈老哥都知道 李导的信号准 胜率90% 加他 @lidao_btc 说是我介绍的", "大鹏", False, T, "zh", "scam", "signal_teacher", "信号导师")
m("有没有想学现货短线的 我师父免费教 只收前十个人", "小鹿", False, T, "zh", "scam", "signal_teacher", "免费教学诱导")
m("免费喊单群 不收费 进群就送100U体验金", "喊单王", False, T, "zh", "scam", "signal_teacher", "喊单群")
m("被骗的币能追回 我朋友找的链上追踪团队 帮他追回了80% 需要的联系我", "阳光", False, T, "zh", "scam", "recovery_hacker", "追回被骗资金")
m("招聘兼职 社群管理 日结300-800U 在家就能做 流明官方项目 私信", "HR-小林", False, T, "zh", "scam", "fake_job", "假招聘")
m("点赞刷单任务 一单5U 佣金秒结 有手机就行", "宝妈兼职", False, T, "zh", "scam", "fake_job", "刷单")
m("云算力挖矿 日收益3% 每天都能提 平台稳得很 hashgrow-cloud.cn", "矿工老李", False, T, "zh", "scam", "fake_mining", "云挖矿")
m("出流明币 比市价低15% 量大 走我担保 不走平台", "OTC老陈", False, T, "zh", "scam", "otc", "低价场外")
m("U商 收U 出U 价格优于平台 私聊 大额可走线下", "U商阿强", False, T, "zh", "scam", "otc", "U商线下")
m("LMB链上新土狗 $流明猫 刚开盘 市值才50万 百倍起步 冲!", "冲冲冲", False, T, "zh", "scam", "pump_shill", "土狗喊单")
m("流明币第二轮私募 只剩48小时 打U到私募地址 自动发币", "私募助手", False, T, "zh", "scam", "fake_presale", "假私募")
m("你好 冒昧打扰 看你在群里说话挺靠谱的 我也刚进币圈 我姐在一个平台每天都有收益 有空聊聊？", "Lisa丽丽", False, T, "zh", "scam", "romance_lure", "杀猪盘开场")
m("哥哥 我是新加坡的 做数字货币五年了 加个好友互相交流一下呗", "晴天小雨", False, T, "zh", "scam", "romance_lure", "杀猪盘")

# ---------------------------------------------------------------------------
# CHINESE - OK
# ---------------------------------------------------------------------------
m("大家注意 有人冒充客服私信说什么「钱包需要验证」 发链接 lumenby-yz.com 千万别点 官方从来不会主动私信", "谨慎的阿May", False, T, "zh", "ok", "warning", "提醒并引用仿冒域名")
m("上面那个 lumenbywallet.cc 是假的 官网是 lumenbywallet.com 别看错了", "老司机", False, T, "zh", "ok", "warning", "指出错误后缀")
m("说双倍返还的都是骗子 刚注册的号 已举报", "正义路人", False, T, "zh", "ok", "warning", "提醒双倍骗局")
m("张老师李老师的 每个群都有 一模一样的话术 直接拉黑", "看透一切", False, T, "zh", "ok", "warning", "提醒带单老师")
m("谁问你要助记词 谁就是骗子 没有例外", "老韭菜", False, T, "zh", "ok", "warning", "助记词安全提醒")
m("追回被骗资金的那种 都是二次诈骗 别再上当了", "过来人", False, T, "zh", "ok", "warning", "提醒追回骗局")
m("不要在任何网页输入助记词 包括所谓的「同步」「修复」页面", "安全第一", False, T, "zh", "ok", "warning", "引用钓鱼话术提醒")
m("群里那个 @LumenbyKefuBot 是假的 官方机器人是 @LumenbyHelpBot 看清楚", "细心的小林", False, T, "zh", "ok", "warning", "对比假机器人和官方机器人")
m("1umenby.io 那个开头是数字1 不是字母l 骗子域名 大家放大看", "眼尖", False, T, "zh", "ok", "warning", "引用数字替换域名")
m("谁说「私我拉你进VIP群」的都别信 官方没有VIP群", "群友小高", False, T, "zh", "ok", "warning", "引用话术")
m("刚收到私信：「您好 我是流明官方客服 您的账户存在异常 请点击链接进行验证」这个是真的吗？", "新手小白", False, T, "zh", "ok", "scam_report", "贴出骗子私信询问")
m("有个叫 流明官方客服✅ 的加我 让我把钱包连接到一个网站 是官方的吗", "阿珍", False, T, "zh", "ok", "scam_report", "询问冒充账号")
m("@LumenbyKefuBot 这个机器人是官方的吗 它让我输入助记词恢复", "问问题的人", False, T, "zh", "ok", "scam_report", "询问假机器人")
m("有人私信说可以帮我追回被骗的U 先交500U手续费 靠谱吗", "被骗过的老张", False, T, "zh", "ok", "scam_report", "询问追回骗局")
m("【转发】尊敬的用户，您的钱包已被系统标记为风险钱包，请于24小时内完成验证，否则资产将被冻结。\n\n收到这个短信，吓死了，是真的吗？", "胆小的猫", False, T, "zh", "ok", "scam_report", "转发骗子通知并询问; 边界: 全文引用")
m("有个自称陈墨的加我微信 说是管理员 是真的吗？", "阿珍珍", False, T, "zh", "ok", "scam_report", "询问冒充工作人员")
m("昨天被骗了 点了个「领取补偿」的链接 授权之后U全没了 3000多U 大家引以为戒", "惨", False, T, "zh", "ok", "victim_story", "受害经历")
m("我朋友把助记词给了所谓的客服 一分钟就被转空了 哭死", "小黑", False, T, "zh", "ok", "victim_story", "受害经历")
m("救命！！！我钱包里的U全没了！！！我什么都没干啊 就是昨天在一个网站点了连接钱包", "慌了慌了", False, T, "zh", "ok", "victim_story", "惊慌受害者")
m("我去年就是被「流明客服」骗的 加了微信 让我下了个远程软件 现在看到客服两个字就怕", "吃一堑", False, T, "zh", "ok", "victim_story", "受害经历")
m("请问客服在哪里找 app里的在线客服一直转圈", "小王同学", False, T, "zh", "ok", "innocent_keyword", "正常找客服")
m("私信机器人可以提工单吗 还是必须在群里问", "Amy小艾", False, T, "zh", "ok", "innocent_keyword", "正常使用私信")
m("质押奖励在哪里领取 找了半天没找到", "领奖困难户", False, T, "zh", "ok", "innocent_keyword", "正常使用领取")
m("换手机了 用助记词导入新手机就行吧？需要注意什么", "换机党", False, T, "zh", "ok", "innocent_keyword", "正常使用助记词")
m("助记词抄在纸上还是存密码管理器比较好 大家怎么弄的", "纸质派", False, T, "zh", "ok", "innocent_keyword", "助记词保管讨论")
m("钱包余额不同步 是不是要下拉刷新", "刷新君", False, T, "zh", "ok", "innocent_keyword", "正常使用同步")
m("空投是真的有吗 还是谣言", "吃瓜群众", False, T, "zh", "ok", "innocent_keyword", "询问空投")
m("管理员能不能把手续费说明置顶一下", "路过的", False, T, "zh", "ok", "innocent_keyword", "正常找管理员")
m("客服回复了 说工单已经转给技术了", "等待中", False, T, "zh", "ok", "innocent_keyword", "正常客服进度")
m("地址怎么验证对不对 我怕转错链", "怕转错", False, T, "zh", "ok", "innocent_keyword", "正常使用验证")
m("我是做淘宝客服的 平时也老被人问密码 哈哈 这种一律不给", "淘宝客服小丽", False, T, "zh", "ok", "innocent_keyword", "无关品牌的客服职业")
m("官网就两个 lumenby.io 和 lumenbywallet.com 其他都是假的", "老群友", False, T, "zh", "ok", "official_link_share", "两个官方域名")
m("帮助文档 https://help.lumenby.io 大部分问题都有", "热心的阿杰", False, T, "zh", "ok", "official_link_share", "官方子域名")
m("提工单找 @LumenbyHelpBot 置顶里有", "小贴士", False, T, "zh", "ok", "official_link_share", "官方机器人")
m("维护通知看 @LumenbyAlertsBot 关注一下就行", "通知达人", False, T, "zh", "ok", "official_link_share", "官方通知机器人")
m("公告频道 t.me/LumenbyOfficial 记得开通知", "老群友2", False, T, "zh", "ok", "official_link_share", "官方频道")
m("下载只认 lumenbywallet.com 或者应用商店 别的apk都别装", "谨慎派", False, T, "zh", "ok", "official_link_share", "官方域名")
m("【公告】本周四凌晨2点至3点半（UTC）系统维护，期间暂停兑换。资产安全，无需任何操作。", "林晓舟", True, T, "zh", "ok", "staff_announcement", "工作人员维护公告")
m("TRC20 充值延迟的问题技术正在处理，到账会自动入账，不需要重复转账，也不需要「同步」什么。", "陈墨", True, T, "zh", "ok", "staff_announcement", "工作人员事故通知")
m("再次提醒：管理员不会主动私信任何人。冒充我的号很多，请认准群内身份。", "林晓舟", True, T, "zh", "ok", "staff_reminder", "不会主动私信")
m("官方没有任何「钱包验证」「资产修复」流程，让你这么做的都是骗子。", "陈墨", True, T, "zh", "ok", "staff_reminder", "工作人员引用诈骗词")
m("我们不会索要助记词、私钥，也不会让你转账「激活」。", "林晓舟", True, T, "zh", "ok", "staff_reminder", "工作人员安全提醒")
m("@阿珍珍 不是我，我不加任何人微信。请举报那个号。", "陈墨", True, T, "zh", "ok", "staff_reminder", "工作人员否认冒充")
m("刚清理了一批广告号，看到发「客服群」「VIP群」链接的请直接@管理员。", "林晓舟", True, T, "zh", "ok", "staff_announcement", "工作人员清理公告")
m("官方域名只有 lumenby.io 和 lumenbywallet.com，搜索引擎广告里的 lumenby-app.net 是钓鱼站。", "陈墨", True, D, "zh", "ok", "staff_reminder", "工作人员指出钓鱼站")
m("我不是管理员哈 名字像而已 别私信我了", "林晓", False, T, "zh", "ok", "namesake", "名字与工作人员相近; 边界")
m("我叫陈默 沉默的默 不是管理员陈墨 😂 别找我了", "陈默", False, T, "zh", "ok", "namesake", "同音名; 边界")
m("流明今天又跌了 0.38了", "看盘的", False, T, "zh", "ok", "price_talk", "价格")
m("这波是洗盘还是真跌 老哥们怎么看", "老哥", False, T, "zh", "ok", "price_talk", "价格")
m("币圈就这样 涨了不卖跌了割肉 哈哈", "韭菜本菜", False, T, "zh", "ok", "price_talk", "价格闲聊")
m("LMB 上所了 拉了15个点", "消息灵通", False, T, "zh", "ok", "price_talk", "价格")
m("别追高 等回调再说 我0.3就上车了", "稳健派", False, T, "zh", "ok", "price_talk", "价格")
m("流明这个币基本面还行 就是量太小", "研究员小吴", False, T, "zh", "ok", "price_talk", "价格")
m("转的U在tronscan显示成功了 https://tronscan.org/#/transaction/8d2e4f6a1c3b5d7e9f0a2b4c6d8e1f3a5b7c9d0e2f4a6b8c1d3e5f7a9b0c2d4e 但钱包里没显示 怎么回事", "着急的小明", False, T, "zh", "ok", "tx_help", "自己的交易 tronscan")
m("回复楼上：etherscan上已经确认了 你手动添加一下代币合约就能看到", "热心的阿杰2", False, T, "zh", "ok", "tx_help", "帮助他人")
m("bscscan 上显示失败 https://bscscan.com/tx/0x3e5a7c9b1d2f4e6a8c0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a4c 手续费扣了币没过去 正常吗", "失败了", False, T, "zh", "ok", "tx_help", "自己的交易 bscscan")
m("我的交易 https://etherscan.io/tx/0x5f7a9c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d6f8a 卡了两个小时 gas给低了 能加速吗", "gas太低", False, T, "zh", "ok", "tx_help", "自己的交易 etherscan")
m("感谢 @陈墨 到账了🙏", "到账了", False, T, "zh", "ok", "thanks_staff", "感谢工作人员")
m("林晓舟 处理好快 点赞👍", "满意用户", False, T, "zh", "ok", "thanks_staff", "感谢工作人员")
m("谢谢管理员 问题解决了", "谢谢谢谢", False, T, "zh", "ok", "thanks_staff", "感谢")
m("face id 升级后用不了了 有人一样吗", "果粉", False, T, "zh", "ok", "support_question", "普通问题")
m("手续费怎么这么高 eth链转一次要5u", "嫌贵", False, T, "zh", "ok", "support_question", "普通问题")
m("能不能同时在两个手机登录同一个钱包", "双持", False, T, "zh", "ok", "support_question", "普通问题")
m("安卓版闪退 小米手机 有人遇到吗", "米粉", False, T, "zh", "ok", "support_question", "普通问题")
m("请问支持波场吗 想转U进来", "新人报到", False, T, "zh", "ok", "support_question", "支持=动词")
m("怎么导出账单 报税要用", "会计", False, T, "zh", "ok", "support_question", "普通问题")
m("早", "早起的鸟", False, T, "zh", "ok", "chatter", "问候")
m("[sticker] 哈哈哈哈", "表情包大王", False, T, "zh", "ok", "chatter", "贴纸")
m("兄弟们晚安 明天继续搬砖", "搬砖人", False, T, "zh", "ok", "chatter", "晚安")
m("今天群里骗子好多啊 管理员辛苦了", "吐槽君", False, T, "zh", "ok", "chatter", "闲聊")
m("有没有广州的老哥 周末线下喝茶", "广州仔", False, T, "zh", "ok", "chatter", "闲聊")
m("哈哈哈 又来一个张老师", "笑死", False, T, "zh", "ok", "warning", "嘲讽带单老师")
m("楼上那个私信我的，我已经截图发给管理员了", "不上当", False, T, "zh", "ok", "warning", "举报私信骗子")
m("看到「流明钱包两周年庆 双倍返还」那条没 已经删了 假的", "活动观察员", False, T, "zh", "ok", "warning", "引用双倍骗局")
m("新人提醒：群里回复你「私聊我」的 百分之百是骗子 真管理员有身份标识", "老群友3", False, T, "zh", "ok", "warning", "新人提醒")
m("我在coindesk上看到一篇讲钓鱼授权的 https://www.coindesk.com/learn/what-is-a-wallet-drainer 挺有用的", "学习中", False, T, "zh", "ok", "warning", "白名单新闻")
m("流明的代码在 github 上是开源的 https://github.com/lumenby/wallet-core 可以自己看", "码农老周", False, D, "zh", "ok", "official_link_share", "github 白名单")
m("授权乱点了的 赶紧去撤销授权 用etherscan的 token approval 工具 https://etherscan.io/tokenapprovalchecker", "安全老哥", False, T, "zh", "ok", "tx_help", "撤销授权建议")
m("U 到了 谢谢兄弟们", "安心了", False, T, "zh", "ok", "chatter", "闲聊")
m("流明这名字谁起的 挺好听", "文艺青年", False, D, "zh", "ok", "chatter", "品牌闲聊")
m("Kasia 说英文群那边也在处理充值延迟 耐心等", "搬运工", False, T, "zh", "ok", "thanks_staff", "提及工作人员")
m("请问官方有没有中文客服 英文不太好", "英语渣", False, T, "zh", "ok", "innocent_keyword", "询问中文客服")
m("林晓舟是真管理员 有标识的 别的「林晓舟」都是假的", "老群友4", False, T, "zh", "ok", "warning", "区分真假工作人员")
m("有人在推特上发流明空投 我查了 官方频道没发 应该是假的吧", "推特冲浪", False, T, "zh", "ok", "scam_report", "询问空投真假")
m("助记词千万别截图 相册同步到云端就完了", "备份专家", False, T, "zh", "ok", "innocent_keyword", "助记词+同步 安全建议")

# ---------------------------------------------------------------------------
# MIXED (zh + en) - SCAM
# ---------------------------------------------------------------------------
m("兄弟们 Lumenby airdrop 开了 go claim at lumenby-airdrop.xyz 快", "阿Ken", False, T, "mixed", "scam", "lookalike_domain", "brand in .xyz + claim")
m("wallet 显示 0 的 直接去 lumenby.app/sync 同步一下就好 my bad 之前没说", "Tony老师", False, T, "mixed", "scam", "lookalike_domain", "wrong TLD + sync")
m("DM 我 I'm from 官方 support team, 帮你 fix", "Support_小李", False, T, "mixed", "scam", "dm_offer", "fake official DM offer")
m("需要 help 的加 WhatsApp +60 11-2384 9172 English/中文都可以", "Helen客服", False, T, "mixed", "scam", "contact_offer", "WhatsApp support")
m("seed phrase 发我一下 I check for you 很快", "Jacky", False, T, "mixed", "scam", "seed_request", "seed request")
m("send 1 ETH 回 2 ETH 活动 only today 🔥", "活动小助手", False, T, "mixed", "scam", "doubling", "doubling")
m("join 我们 VIP signal group t.me/+lmbVIPcn 每天 3-5 calls 胜率 90%", "VIP Calls", False, T, "mixed", "scam", "signal_teacher", "signal group invite")
m("ser 你的 tx stuck 的话 contact @Lumenby_CS_Bot 输入 /rectify", "Bot指南", False, T, "mixed", "scam", "support_bot_invite", "fake bot + rectify")
m("新的 v3 migration portal: lumenby-v3.net 不 migrate 的 token 会 lost", "v3小组", False, D, "mixed", "scam", "lookalike_domain", "migration lookalike")
m("招 part-time mod for 流明 community, 日结 50U, DM", "HR Jenny", False, D, "mixed", "scam", "fake_job", "fake mod job")
m("OTC 出 LMB, 9折, min 5k U, 私聊", "OTC_Leo", False, T, "mixed", "scam", "otc", "OTC discount")
m("我 mentor Kevin 老师 teaches futures 100x，上周 profit 300%，想学的 DM", "Cindy投资", False, T, "mixed", "scam", "signal_teacher", "mentor lure")
m("lost funds? 我认识 hacker 能 recover, 先付 10% 定金", "白帽Max", False, T, "mixed", "scam", "recovery_hacker", "recovery hacker upfront fee")
m("gm fren 👋 saw you in Lumenby group, 你也是 trader 吗? I can show u 我的 platform 收益", "Vivian薇", False, T, "mixed", "scam", "romance_lure", "friendly lure")
m("流明 wallet 官方 email: lumenby.global.support@gmail.com 有问题 send 过去", "Global Support", False, T, "mixed", "scam", "contact_offer", "gmail support")
m("【Forwarded】Lumenby Wallet 紧急通知: 所有用户 must validate wallet before 6/30, 请访问 lumenbyvalidate.com", "通知转发", False, T, "mixed", "scam", "drainer_phrasing", "forwarded validate lure")
m("lumenby[.]co/claim 领 LMB reward，no KYC", "白嫖党", False, T, "mixed", "scam", "lookalike_domain", "defanged wrong TLD")
m("wen moon? 现在就 moon: $LMBX presale live, 0.001U entry, 1000x potential", "moon先生", False, D, "mixed", "scam", "fake_presale", "fake presale")
m("流明 cloud mining 合约, 30 days 回本, daily payout 稳", "矿池Jack", False, T, "mixed", "scam", "fake_mining", "fake mining")
m("support ticket 在这开 👉 discord.gg/lumenby-support 这里 mods 太慢", "Ticket助手", False, D, "mixed", "scam", "server_invite", "external discord")
m("Hope 说了 要 restore wallet 的用 lumenb\u0443.io/restore，官方 mirror", "Eric哥", False, D, "mixed", "scam", "lookalike_domain", "Cyrillic y homoglyph, attributes to staff")
m("assistance 请 DM @LumenbyAdmin_Hope 她是 admin", "小助手Amy", False, T, "mixed", "scam", "contact_offer", "fake admin handle")
m("兄弟 staking pool 质押 LMB 日化 2%, referral link 在我 bio", "日化哥", False, T, "mixed", "scam", "fake_mining", "high yield pool")
m("你的 balance 不对是因为没 sync node，connect wallet 到 dapp 点 rectify 就 OK", "Node专家", False, T, "mixed", "scam", "drainer_phrasing", "sync + rectify")
m("pump 信号: $LMB 今晚 9pm 拉盘 100%，大家一起 buy 不要卖", "拉盘群主", False, T, "mixed", "scam", "pump_shill", "coordinated pump")

# ---------------------------------------------------------------------------
# MIXED (zh + en) - OK
# ---------------------------------------------------------------------------
m("gm 兄弟们 ☕", "早安Ken", False, T, "mixed", "ok", "chatter", "greeting")
m("LMB 今天 pump 了 lol, 0.45 了", "Ryan看盘", False, T, "mixed", "ok", "price_talk", "price")
m("staff never DM first 记住 guys", "老Jim", False, T, "mixed", "ok", "warning", "reminder")
m("那个 lumenby-airdrop.xyz 是 scam 别点 已经 report 了", "Anti骗子", False, T, "mixed", "ok", "warning", "quotes scam domain")
m("有人 DM 我说 'validate your wallet' 这是 fake 吧?", "Lily小莉", False, T, "mixed", "ok", "scam_report", "asks about DM")
m("ser 官网是 lumenby.io 不是 .app", "纠错君", False, D, "mixed", "ok", "official_link_share", "official domain correction")
m("tx 卡了 https://etherscan.io/tx/0x2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f, 有 admin 能看一下吗", "卡住的Tom", False, T, "mixed", "ok", "tx_help", "own tx + admin")
m("thanks Kasia 🙏 问题 solved", "感恩Jay", False, D, "mixed", "ok", "thanks_staff", "thanks staff")
m("seed phrase 千万别给任何人, even if 他说是 admin", "安全Sam", False, T, "mixed", "ok", "warning", "seed advice")
m("Hope 是真 admin 还是 fake? 她 DM 我了", "困惑的Nina", False, T, "mixed", "ok", "scam_report", "asks about impersonation")
m("Not me. I never DM first. 我不会主动私信任何人，请举报。", "Hope", True, T, "mixed", "ok", "staff_reminder", "staff bilingual denial")
m("claim staking rewards 在 app 哪里?", "找按钮", False, T, "mixed", "ok", "innocent_keyword", "innocent claim")
m("客服 bot 是 @LumenbyHelpBot 对吧? 确认一下", "确认党", False, T, "mixed", "ok", "official_link_share", "confirms official bot")
m("我被 drain 了 2k U，点了一个 'sync' link, 大家 be careful", "倒霉蛋Leo", False, T, "mixed", "ok", "victim_story", "victim")
m("airdrop 是 rumor 吧, 官方没 announce", "理性Ray", False, T, "mixed", "ok", "innocent_keyword", "airdrop skepticism")
m("[sticker] 哈哈 wen moon", "月亮Moon", False, T, "mixed", "ok", "chatter", "sticker + slang")
m("中文群的朋友 reminder: no airdrop running now. Ignore any 'claim' link. 目前没有任何空投。", "Dmitri", True, T, "mixed", "ok", "staff_reminder", "staff bilingual")
m("Update 4.2 已上线，请从 App Store / Google Play 或 lumenbywallet.com 更新。", "林晓舟", True, T, "mixed", "ok", "staff_announcement", "staff bilingual release")
m("help 我的钱包 not syncing，有人说 connect 到 walletconnect-lumenby.org 修复，这个可信吗?", "求助Zoe", False, T, "mixed", "ok", "scam_report", "asks about drainer link; borderline: contains lure domain")
m("兄弟们 那个 'Mr. Harrison' 又来了 已 ban", "Mod粉丝", False, T, "mixed", "ok", "warning", "calls out signal scam")
m("LMB 在 coingecko 上 volume 好低 https://www.coingecko.com/en/coins/lumenby", "数据控Alan", False, T, "mixed", "ok", "price_talk", "allowlisted price site")
m("ty 陈墨, withdrawal 到了", "Kelvin凯", False, T, "mixed", "ok", "thanks_staff", "thanks Chinese staff")
m("我 DM 了 @LumenbyHelpBot 开了 ticket，等回复中", "等Ticket", False, T, "mixed", "ok", "innocent_keyword", "DM official bot")
m("fren 你的 tx 在 bscscan 已经 success 了，app 刷新一下 就行", "老手Chris", False, T, "mixed", "ok", "tx_help", "helps honestly")
m("新版本的 UI 好看多了 nice job team", "UI控", False, D, "mixed", "ok", "chatter", "praise")
m("OTC 的都别信 群里没有官方 OTC，要买就去 exchange", "理智Kevin", False, T, "mixed", "ok", "warning", "warns about OTC")
m("有人问 support email，官方没有 gmail 邮箱，用 @LumenbyHelpBot 就行", "热心Grace", False, T, "mixed", "ok", "warning", "explains no gmail support")
m("我名字也叫 Tobi 哈哈 但我不是 staff, 别 DM 我问问题", "Tobi Wang", False, T, "mixed", "ok", "namesake", "namesake with surname")
m("admin 辛苦了 today 好多 spam", "暖心Yoyo", False, T, "mixed", "ok", "thanks_staff", "thanks admins")
m("ledger 连 Lumenby 要开 blind signing 吗?", "硬件党Ben", False, D, "mixed", "ok", "support_question", "ordinary question")
m("手续费 estimate 不准, BSC 显示 0 gwei", "Bug猎人", False, D, "mixed", "ok", "support_question", "bug report")
m("price 跌成这样 还 hodl 吗 兄弟们", "纠结Jason", False, T, "mixed", "ok", "price_talk", "price")
m("今天 gas 好便宜 适合 swap", "省钱Amy", False, T, "mixed", "ok", "chatter", "chatter")
m("我朋友问我 Lumenby 安全吗, 我说 只要 seed 自己保管 就 OK", "布道者", False, T, "mixed", "ok", "innocent_keyword", "seed advice")
m("那个 'LMB presale round 2' 是假的, 官方 token 早就上线了 no presale", "查证Jerry", False, T, "mixed", "ok", "warning", "calls out fake presale")
m("recover 助记词 只能在 app 里面做, 不要在 website 上输入", "Tech宅", False, D, "mixed", "ok", "warning", "restore advice")
m("mempool 堵了, BTC 转账 要等 https://mempool.space 看一下 fee", "BTC老炮", False, T, "mixed", "ok", "tx_help", "allowlisted explorer")
m("GM! 新人报道 👋 刚下载 Lumenby", "新人Coco", False, T, "mixed", "ok", "chatter", "newcomer")
m("有没有人 Discord 那边也被 spam bot 骚扰, 一直 invite 我去 support server", "烦死了Ivy", False, D, "mixed", "ok", "scam_report", "reports invites")
m("Ravi 说 revoke approval 用 etherscan 的 tool, 我试了 work", "学习Lucas", False, D, "mixed", "ok", "thanks_staff", "refers to staff advice")
m("sync 完 balance 就对了, 就是 app 里 settings > 重新同步, 不用任何 link", "已解决Dora", False, T, "mixed", "ok", "innocent_keyword", "in-app sync, no link")
m("看到 'Lumenby Support' 这种名字的 DM 直接 block 就完事", "Block大师", False, T, "mixed", "ok", "warning", "warning")
m("Marcus 不是 Marcus Feld 哈, 我只是普通 user", "Marcus", False, D, "mixed", "ok", "namesake", "first name matches staff")
m("已 report 那个 @Lumenby_CS_Bot，大家也 report 一下", "举报Eric", False, T, "mixed", "ok", "warning", "reports fake bot")
m("兄弟们 wen 新功能? roadmap 在 github 上有吗", "路线图迷", False, D, "mixed", "ok", "support_question", "roadmap")
m("今天又有人 DM 我 'kindly' 开头的, 一看就是骗子 lol", "笑哭Amy", False, T, "mixed", "ok", "warning", "mocks scam phrasing")

# ---------------------------------------------------------------------------
# DISPLAY NAMES
# ---------------------------------------------------------------------------
NAMES = []


def n(name, platform, impersonates, kind, note):
    NAMES.append({
        "name": name,
        "platform": platform,
        "impersonates": impersonates,
        "kind": kind,
        "note": note,
    })


# --- impersonators -----------------------------------------------------------
n("Hope | Lumenby Support", T, "Hope", "staff_role_suffix", "staff name + brand support suffix")
n("Hope (Admin)", T, "Hope", "role_tag", "(Admin) tag")
n("Hope [MOD]", D, "Hope", "role_tag", "[MOD] tag")
n("H0pe", T, "Hope", "digit_swap", "o -> 0")
n("\u0397ope", T, "Hope", "homoglyph", "Greek capital Eta for H")
n("H\u043epe", D, "Hope", "homoglyph", "Cyrillic o")
n("𝐇𝐨𝐩𝐞", T, "Hope", "math_letters", "mathematical bold")
n("H o p e ✅", T, "Hope", "spacing", "spaced letters + check")
n("Ho\u200bpe", T, "Hope", "zero_width", "zero-width space inside")
n("Hope ✅ Official", T, "Hope", "checkmark", "check + Official")
n("Marcus Feld | CTO Lumenby", D, "Marcus Feld", "staff_role_suffix", "full name + title")
n("Marcus Fe1d", T, "Marcus Feld", "digit_swap", "l -> 1")
n("Marcus Fled", T, "Marcus Feld", "one_letter_edit", "transposed letters")
n("Marcus Feld (Admin)", T, "Marcus Feld", "role_tag", "(Admin) tag")
n("\u041c\u0430rcus Feld", D, "Marcus Feld", "homoglyph", "Cyrillic M and a")
n("Marcus.Feld", T, "Marcus Feld", "spacing", "dot instead of space")
n("marcusfeld_official", T, "Marcus Feld", "staff_role_suffix", "joined + official suffix")
n("林晓舟｜流明官方", T, "林晓舟", "staff_role_suffix", "staff + 流明官方")
n("林曉舟", T, "林晓舟", "traditional_chars", "traditional 曉")
n("林晓舟 官方客服", T, "林晓舟", "staff_role_suffix", "staff + 官方客服")
n("林 晓 舟", T, "林晓舟", "spacing", "spaces between characters")
n("林晓舟✅", T, "林晓舟", "checkmark", "check mark")
n("林晓洲", T, "林晓舟", "one_letter_edit", "舟 -> 洲 same pronunciation; borderline: also a plausible real name")
n("陈墨-流明客服", T, "陈墨", "staff_role_suffix", "staff + 流明客服")
n("陳墨", T, "陈墨", "traditional_chars", "traditional 陳")
n("陈墨 (管理员)", T, "陈墨", "role_tag", "(管理员)")
n("陈\u200d墨", T, "陈墨", "zero_width", "zero-width joiner")
n("陈墨 Admin 🛡", D, "陈墨", "role_tag", "Admin + shield")
n("Dmitri | Lumenby Mod", D, "Dmitri", "staff_role_suffix", "brand mod suffix")
n("Dmitr\u0456", D, "Dmitri", "homoglyph", "Cyrillic i")
n("Dmltri", T, "Dmitri", "one_letter_edit", "l for i")
n("Kasia 🛡 Admin", D, "Kasia", "role_tag", "Admin + shield")
n("Kas1a", T, "Kasia", "digit_swap", "i -> 1")
n("Kasia Support Team", T, "Kasia", "staff_role_suffix", "Support Team suffix")
n("Tobi [Lumenby Team]", D, "Tobi", "staff_role_suffix", "brand team tag")
n("T0bi", T, "Tobi", "digit_swap", "o -> 0")
n("Admin Tobi", T, "Tobi", "role_tag", "Admin prefix")
n("𝓡𝓪𝓿𝓲 | Admin", T, "Ravi", "math_letters", "math script + Admin")
n("Ravi_Lumenby_Support", T, "Ravi", "staff_role_suffix", "brand support suffix")
n("R\u0430vi", D, "Ravi", "homoglyph", "Cyrillic a")
n("Lumenby Support", T, "Lumenby", "brand_official", "brand + Support")
n("Lumenby Wallet Official ✅", T, "Lumenby Wallet", "brand_official", "brand + Official + check")
n("Lumenby Help Desk", D, "Lumenby", "brand_official", "brand help desk")
n("Lumenby Customer Care", T, "Lumenby", "brand_official", "brand customer care")
n("\u029f\u1d1c\u1d0d\u1d07\u0274\u0299\u028f Admin", T, "Lumenby", "math_letters", "small-caps letters")
n("Lume\u043fby Wallet", T, "Lumenby Wallet", "homoglyph", "Cyrillic п for n")
n("Lumenb\u0443 Support", D, "Lumenby", "homoglyph", "Cyrillic у for y")
n("Lumenby Wa11et", T, "Lumenby Wallet", "digit_swap", "ll -> 11")
n("L U M E N B Y", T, "Lumenby", "spacing", "spaced brand")
n("Lumenbly Team", T, "Lumenby", "one_letter_edit", "extra l")
n("Lumenby | Announcements", T, "Lumenby", "brand_official", "posing as channel; borderline: could be a forwarded channel name")
n("LumenbyHelpBot", T, "@LumenbyHelpBot", "bot_impersonation", "bot name without @ as display name")
n("Lumenby Help Bot 🤖", T, "@LumenbyHelpBot", "bot_impersonation", "spaced bot name")
n("LumenbyHe1pBot", T, "@LumenbyHelpBot", "bot_impersonation", "l -> 1 in bot name")
n("LumenbyAIertsBot", T, "@LumenbyAlertsBot", "bot_impersonation", "capital I for l")
n("Lumenby Alerts", T, "@LumenbyAlertsBot", "bot_impersonation", "alerts bot lookalike")
n("流明钱包官方客服", T, "流明钱包", "brand_official", "brand + 官方客服")
n("流明錢包客服", T, "流明钱包", "traditional_chars", "traditional 錢")
n("流明 官方", T, "流明", "brand_official", "short brand + 官方")
n("流明钱包✅技术支持", T, "流明钱包", "checkmark", "check + 技术支持")
n("流明钱包-技术部", T, "流明钱包", "brand_official", "brand + 技术部")
n("LMB Admin", D, "LMB", "brand_official", "ticker + Admin")
n("LMB Official Support ✅", T, "LMB", "brand_official", "ticker + Official Support")
n("L\u200bM\u200bB Support", T, "LMB", "zero_width", "zero-width between ticker letters")
n("Lumenby Wallet ™", T, "Lumenby Wallet", "brand_official", "brand + ™ decoration")

# --- legitimate ----------------------------------------------------------------
n("Hope Mwangi", T, None, "namesake_surname", "first name = staff Hope, with surname; borderline")
n("Hope Adeyemi", T, None, "namesake_surname", "namesake with surname; borderline")
n("hopeful_trader", D, None, "similar_name", "contains 'hope' as word")
n("Hopey 🌸", T, None, "similar_name", "nickname close to Hope; borderline")
n("NoHopeJustCope", D, None, "similar_name", "'hope' inside joke name")
n("Marcus", T, None, "first_name_match", "first name of Marcus Feld only; borderline")
n("Marcus Chen", T, None, "namesake_surname", "same first name, other surname")
n("Marc Feldman", D, None, "similar_name", "similar to Marcus Feld; borderline")
n("Dmitri Orlov", D, None, "namesake_surname", "namesake with surname; borderline")
n("Dmitry Volkov", T, None, "similar_name", "different spelling + surname")
n("Dima", T, None, "similar_name", "diminutive of Dmitri")
n("Kasia Nowak", D, None, "namesake_surname", "namesake with surname; borderline")
n("Katarzyna W.", T, None, "similar_name", "full form of Kasia")
n("Tobias", D, None, "similar_name", "longer name containing Tobi")
n("Tobi Wang", T, None, "namesake_surname", "namesake with surname")
n("Ravi Shankar", T, None, "namesake_surname", "namesake with surname")
n("Ravindra", D, None, "similar_name", "contains Ravi")
n("林晓", T, None, "shared_chinese_char", "prefix of 林晓舟; borderline")
n("林小周", T, None, "shared_chinese_char", "similar sound to 林晓舟; borderline")
n("陈默", T, None, "shared_chinese_char", "same pronunciation as 陈墨; common real name; borderline")
n("小陈", T, None, "shared_chinese_char", "shares 陈")
n("林舟", T, None, "shared_chinese_char", "shares 林 and 舟")
n("墨墨", T, None, "shared_chinese_char", "shares 墨")
n("陈晓东", T, None, "shared_chinese_char", "shares 陈 and 晓")
n("Sarah | IT Support", D, None, "innocent_support", "support job, no brand")
n("Server Admin Dave", D, None, "innocent_support", "admin of his own server, no brand")
n("客服小王（淘宝店）", T, None, "innocent_support", "淘宝客服 unrelated to brand")
n("Customer Support @ Nordhaus", D, None, "innocent_support", "other company")
n("Admin of Chess Club", T, None, "innocent_support", "unrelated admin")
n("Lumen Studio", T, None, "brand_subword", "shares 'Lumen'")
n("Lumina 🌙", T, None, "brand_subword", "similar word")
n("流明灯具厂", T, None, "brand_subword", "流明 = lumen unit, lighting business; borderline")
n("钱包丢了的老王", T, None, "brand_subword", "contains 钱包")
n("Lumens & Co", D, None, "brand_subword", "shares lumen")
n("Lumenby fan 🔆", D, None, "brand_subword", "brand name + fan; borderline")
n("Jenny ✅", T, None, "checkmark_no_brand", "check mark, no brand")
n("✅ Verified Human lol", D, None, "checkmark_no_brand", "joke verified")
n("Leo ✔️", T, None, "checkmark_no_brand", "check mark")
n("0xKenji", T, None, "ordinary", "ordinary")
n("satoshi_fan_99", T, None, "ordinary", "ordinary")
n("Anna K.", D, None, "ordinary", "ordinary")
n("老王", T, None, "ordinary", "ordinary")
n("币圈小白", T, None, "ordinary", "ordinary")
n("鸡腿饭", T, None, "ordinary", "ordinary")
n("DeFi Degen 🦍", D, None, "ordinary", "ordinary")
n("Priya", T, None, "ordinary", "ordinary")
n("月亮不睡我不睡", T, None, "ordinary", "ordinary")
n("gm_maxi", D, None, "ordinary", "ordinary")
n("Fatima Z", T, None, "ordinary", "ordinary")
n("Nguyen Tran", D, None, "ordinary", "ordinary")
n("阿杰", T, None, "ordinary", "ordinary")
n("HODLer Mike", T, None, "ordinary", "ordinary")
n("cryptoauntie", T, None, "ordinary", "ordinary")
n("Help me pls 😭", T, None, "ordinary", "contains 'help', victim-style")
n("Bot Hunter 🔍", D, None, "ordinary", "contains 'bot'")
n("Ravi K", T, None, "first_name_match", "staff first name + initial; borderline")
n("Kasia's Bakery 🥐", T, None, "namesake_surname", "staff first name as business name; borderline")
n("陈墨轩", T, None, "shared_chinese_char", "contains 陈墨 as part of a real 3-char name; borderline")
n("周晓", T, None, "shared_chinese_char", "shares 晓")
n("Lumi", D, None, "ordinary", "short nickname, not the brand")
n("walletwizard", T, None, "ordinary", "generic wallet word")
n("Just Bob (not an admin)", D, None, "innocent_support", "jokes about admin; no brand")
n("Tobi Bakes 🍰", T, None, "first_name_match", "staff first name + hobby; borderline")
n("Ravioli Lover", D, None, "similar_name", "contains 'Ravi' as substring")


# ---------------------------------------------------------------------------
# VALIDATION + OUTPUT
# ---------------------------------------------------------------------------
HARD_NEGATIVE_KINDS = {
    "warning", "scam_report", "victim_story", "innocent_keyword",
    "official_link_share", "staff_announcement", "staff_reminder",
    "namesake", "staff_word", "tx_help", "thanks_staff",
}
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def validate():
    errors = []
    ident_strings = set(IDENTITY["brands"]) | set(IDENTITY["staff_names"]) | set(IDENTITY["official_bots"])
    staff = set(IDENTITY["staff_names"])
    seen = set()
    for i, r in enumerate(MESSAGES):
        where = "message #%d (%r)" % (i, r["text"][:40])
        if not r["text"].strip():
            errors.append(where + ": empty text")
        if r["text"] in seen:
            errors.append(where + ": duplicate text")
        seen.add(r["text"])
        if not isinstance(r["author_is_staff"], bool):
            errors.append(where + ": author_is_staff not bool")
        if r["author_is_staff"] and r["author"] not in staff:
            errors.append(where + ": staff author not an exact staff name")
        if not r["author_is_staff"] and r["author"] in staff:
            errors.append(where + ": non-staff author equals a staff name")
        if r["author_is_staff"] and r["label"] == "scam":
            errors.append(where + ": staff message labelled scam")
        if r["platform"] not in ("telegram", "discord"):
            errors.append(where + ": bad platform")
        if r["lang"] not in ("en", "zh", "mixed"):
            errors.append(where + ": bad lang")
        if r["label"] not in ("scam", "ok"):
            errors.append(where + ": bad label")
        if not KIND_RE.match(r["kind"]):
            errors.append(where + ": kind not snake_case")
        if not r["note"].strip() or not r["author"].strip():
            errors.append(where + ": empty note/author")
    seen_names = set()
    for i, r in enumerate(NAMES):
        where = "name #%d (%r)" % (i, r["name"])
        if r["name"] in seen_names:
            errors.append(where + ": duplicate name")
        seen_names.add(r["name"])
        if r["impersonates"] is not None and r["impersonates"] not in ident_strings:
            errors.append(where + ": impersonates is not an exact identity string")
        if r["impersonates"] is None and r["name"] in ident_strings:
            errors.append(where + ": exact identity string marked legitimate")
        if r["platform"] not in ("telegram", "discord"):
            errors.append(where + ": bad platform")
        if not KIND_RE.match(r["kind"]):
            errors.append(where + ": kind not snake_case")
    return errors


def counts(rows, key):
    return sorted(collections.Counter(r[key] for r in rows).items(), key=lambda kv: (-kv[1], kv[0]))


def main():
    errors = validate()
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    with open(os.path.join(HERE, "identity.json"), "w", encoding="utf-8") as f:
        json.dump(IDENTITY, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for r in MESSAGES:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.jsonl"), "w", encoding="utf-8") as f:
        for r in NAMES:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("messages: %d" % len(MESSAGES))
    for key in ("label", "lang", "platform"):
        print("  by %s: %s" % (key, counts(MESSAGES, key)))
    print("  label x lang: %s" % sorted(collections.Counter((r["label"], r["lang"]) for r in MESSAGES).items()))
    print("  by kind:")
    for k, v in counts(MESSAGES, "kind"):
        lab = sorted({r["label"] for r in MESSAGES if r["kind"] == k})
        print("    %-22s %3d  %s" % (k, v, "/".join(lab)))
    hard = sum(1 for r in MESSAGES if r["label"] == "ok" and r["kind"] in HARD_NEGATIVE_KINDS)
    print("  hard negatives (ok, kind in %d hard kinds): %d" % (len(HARD_NEGATIVE_KINDS), hard))
    print("  staff-authored: %d" % sum(r["author_is_staff"] for r in MESSAGES))
    imp = sum(1 for r in NAMES if r["impersonates"] is not None)
    print("names: %d (impersonators %d, legitimate %d)" % (len(NAMES), imp, len(NAMES) - imp))
    print("  by platform: %s" % counts(NAMES, "platform"))
    print("  by impersonates: %s" % counts([r for r in NAMES if r["impersonates"]], "impersonates"))
    print("  by kind:")
    for k, v in counts(NAMES, "kind"):
        print("    %-22s %3d" % (k, v))
    print("OK: validated and wrote identity.json, messages.jsonl, names.jsonl")


if __name__ == "__main__":
    main()
