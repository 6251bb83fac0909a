#!/usr/bin/env python3
"""Hand-written blind evaluation corpus #14 for the community guard.

Fictional brand: Orvida Wallet (沃维达钱包, ticker ORV).
Every message and display name below is a literal string written by hand.
This script only serialises and validates; it writes identity.json,
messages.jsonl and names.jsonl next to itself.
Confusable characters are written as \\uXXXX / \\UXXXXXXXX escapes.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

IDENTITY = {
    "brands": ["Orvida", "Orvida Wallet", "沃维达", "沃维达钱包", "ORV"],
    "official_domains": ["orvida.io", "orvidawallet.com"],
    "official_bots": ["OrvidaSupportBot", "OrvidaNewsBot"],
    "staff_names": ["Mint", "Helena Okafor", "陈思远", "林晓楠", "Tomas K", "Jonah", "Aziz"],
    "allowed_domains": [
        "etherscan.io", "bscscan.com", "tronscan.org", "solscan.io", "mempool.space",
        "coindesk.com", "theblock.co", "decrypt.co", "github.com", "t.me/OrvidaWallet",
    ],
}

MESSAGES = []
NAMES = []


def M(text, author, is_staff, platform, lang, label, kind, note):
    MESSAGES.append({
        "text": text, "author": author, "author_is_staff": is_staff,
        "platform": platform, "lang": lang, "label": label, "kind": kind, "note": note,
    })


def N(name, platform, impersonates, kind, note):
    NAMES.append({
        "name": name, "platform": platform, "impersonates": impersonates,
        "kind": kind, "note": note,
    })


T, D = "telegram", "discord"

# ---------------------------------------------------------------------------
# ENGLISH SCAMS
# ---------------------------------------------------------------------------
M("@jess_k same thing happened to me, the app has a sync bug after the update. use the web version orvida-app.io/sync and it fixes the stuck balance",
  "Max | Helpdesk", False, T, "en", "scam", "lookalike_domain", "reply to worried user, hyphenated lookalike of orvida.io")
M("Official migration portal is live 👉 orvlda.io  (yes its spelled with an L, thats the v3 portal, dont worry about it)",
  "Orvida Updates", False, T, "en", "scam", "lookalike_domain", "i->l typo domain, link explained away")
M("orvida.com/claim ✅ ORV holder snapshot was taken yesterday, claim before 23:59 UTC or it goes back to treasury",
  "cryptoqueen_ava", False, T, "en", "scam", "lookalike_domain", "wrong TLD, claim urgency")
M("Having the same issue? go to orvida.io.wallet-restore.net and press Fix Sync, took me 2 minutes",
  "Daniel Brooks", False, D, "en", "scam", "lookalike_domain", "brand as subdomain of another domain")
M("guys the main site is getting ddosed so they put up a backup at orvidawallet.co , same thing just different ending",
  "NodeRunner", False, T, "en", "scam", "lookalike_domain", "wrong TLD .co, explained away as backup")
M("Help center with live agents: https://\u043ervida.io/help — log in with your recovery words so they can verify you own the wallet",
  "Orvida Care", False, T, "en", "scam", "lookalike_domain", "Cyrillic o homoglyph in domain plus seed ask")
M("if orvida.io doesnt load for you try the mirror https://xn--orvda-p2e.io works fine for me in turkey",
  "emre_k", False, T, "en", "scam", "lookalike_domain", "punycode of orv\u0456da.io presented as mirror")
M("cant post links here lol the bot deletes them. so: orvida-rewards[.]com , connect and hit claim, ty later",
  "lucky_lu", False, D, "en", "scam", "lookalike_domain", "defanged lookalike to dodge link filter")
M("Airdrop page moved to orvidawa11et.com/airdrop , old page is closed",
  "ORV Community", False, T, "en", "scam", "lookalike_domain", "digit swap l->1 in official domain")
M("@paul_92 fixed it for you, just log in via orviida.io and re-import, the balance shows up again",
  "Kevin | Tech", False, T, "en", "scam", "lookalike_domain", "double letter lookalike, reply to user")
M("EU users: the site is geo blocked rn, use orvida-io.pages.dev until its back",
  "sven.eth", False, D, "en", "scam", "lookalike_domain", "brand on free hosting subdomain")
M("Its not phishing bro, wallet.orvida.io-secure.app is their new secure login, the dash is on purpose",
  "Riley_88", False, T, "en", "scam", "lookalike_domain", "subdomain trick on io-secure.app, defends the link")

M("Support has moved to the private help desk, join t.me/OrvidaHelpDesk_official and tag an agent with your issue",
  "Orvida Assistance", False, T, "en", "scam", "group_invite", "invite to fake help group")
M("this server is too crowded, faster replies in discord.gg/orvida-support , open a ticket there",
  "Ticket Tool", False, D, "en", "scam", "group_invite", "invite to outside discord server, bot-like persona")
M("ORV early holders chat (invite only) t.me/+kq8Zt1VxRmQ5ZjE0 ⏳ link expires in 1h, grab it",
  "whale_alerts", False, T, "en", "scam", "group_invite", "private invite link with urgency")
M("Open a ticket in our official support server 👉 discord.gg/orvidaticket  mods there reply in 5 min, here nobody answers",
  "Orvida Mod Team", False, D, "en", "scam", "group_invite", "fake support server invite")
M("we're doing a closed AMA with the devs tonight, not in this group. invite: t.me/orvida_ama_private",
  "Lena_crypto", False, T, "en", "scam", "group_invite", "invite to unofficial group disguised as AMA")

M("For balance issues message @OrvidaSupportsBot , that's the working one. the pinned bot is outdated",
  "aleks", False, T, "en", "scam", "fake_support_bot", "extra s bot, discredits real pinned bot")
M("@Orvida_SupportBot fixed mine in 10 minutes 🙏 just follow the steps it gives",
  "marta_w", False, T, "en", "scam", "fake_support_bot", "underscore bot variant, fake testimonial")
M("DM @OrvidaHelpDeskBot and type /restore , it walks you through getting the funds back",
  "Oliver Grant", False, T, "en", "scam", "fake_support_bot", "fake help desk bot with restore")
M("Ticket system is 24/7 at @OrvidaSupport_Bot, staff here only work EU hours",
  "Hank", False, T, "en", "scam", "fake_support_bot", "underscore before Bot")
M("use the Orvida Assist bot in your DMs, it asks for the wallet phrase to verify, that is normal its automated",
  "Sam (helper)", False, D, "en", "scam", "fake_support_bot", "discord DM bot, normalises seed request")

M("Hey, had the exact same problem last week. Contact the support team at orvidacare.help@gmail.com they sorted it in a day",
  "Jenny Park", False, T, "en", "scam", "contact_support_offer", "gmail support address, reply style")
M("Sorry to hear that. Kindly DM me with your issue and I will assist you immediately. ~Orvida support",
  "Support Desk", False, T, "en", "scam", "dm_offer", "classic kindly DM me")
M("dont panic friend, send me a PM, im from the tech team",
  "Bryan_tech", False, T, "en", "scam", "dm_offer", "claims tech team, no link")
M("I can help you recover it, check your DM",
  "Recovery_Ace", False, D, "en", "scam", "dm_offer", "no-link DM lure to victim")
M("Write to the help desk on whatsapp +44 7451 220918, they are the official support line for Orvida",
  "Grace Miller", False, T, "en", "scam", "contact_support_offer", "whatsapp number as support")
M("I've sent you a message request, please accept it so we can resolve your ticket #ORV-4471",
  "Orvida Ticket", False, D, "en", "scam", "dm_offer", "fake ticket number")
M("bro dont wait for mods here they are slow af, dm me i fixed 30+ wallets with this exact bug",
  "fixit_fred", False, T, "en", "scam", "dm_offer", "undermines mods")
M("email help@orvida-supportdesk.com with your wallet address and a short description, they answer fast",
  "Tom Becker", False, T, "en", "scam", "contact_support_offer", "lookalike support email domain")

M("Hello everyone, due to the v3 upgrade all users must verify their wallet before Friday. I will message each of you privately, please reply to my DM.",
  "Helena 0kafor", False, T, "en", "scam", "fake_staff_lure", "author digit-swap of staff name")
M("Hi, reaching out to everyone who posted about stuck withdrawals today. Check your inbox, I'll walk you through it.",
  "Mint | Orvida Team", False, T, "en", "scam", "fake_staff_lure", "staff name + team suffix")
M("ADMIN here — anyone with a pending swap reply to this message and I will reach out personally",
  "Orvida Admin", False, D, "en", "scam", "fake_staff_lure", "claims admin, harvests victims")
M("As moderator I can confirm the new claim site is safe. I'll DM the link to anyone who needs it.",
  "Jonah_Mod", False, D, "en", "scam", "fake_staff_lure", "staff lookalike vouching for claim link")

M("Your wallet needs to be validated after the node update. open the dapp browser, go to the rectify page, choose Orvida and import",
  "Chris Hale", False, T, "en", "scam", "drainer_phrasing", "validate/rectify import")
M("make sure you sync your wallet with the new chain before the snapshot or your ORV wont be counted!!",
  "ORV_news", False, T, "en", "scam", "drainer_phrasing", "sync before snapshot")
M("To fix a pending tx you need to rectify your wallet on the DApp portal orvida-dapps.net , takes 1 min",
  "Luis", False, T, "en", "scam", "drainer_phrasing", "rectify wallet + lookalike")
M("Connect wallet to claim the retroactive ORV drop 👇👇 claim-orvida.xyz only 2 hours left!!!",
  "airdrop_hunter", False, D, "en", "scam", "drainer_phrasing", "connect to claim")
M("Migrate your wallet to V3 now, old wallets get disabled on the 1st. Migration is free, just connect and sign",
  "Orvida V3", False, T, "en", "scam", "drainer_phrasing", "migrate + sign")
M("just restore your wallet on the web restore tool, put the 12 words there and the missing tokens come back",
  "helpful_hannah", False, T, "en", "scam", "drainer_phrasing", "restore via web tool with seed")
M("approve the contract on the claim page, the gas gets refunded after, dont worry about the big number it shows",
  "degen_dave", False, D, "en", "scam", "drainer_phrasing", "approval drainer, explains away unlimited allowance")
M("walletrectify.net > select Orvida > Validate. done, worked for 3 of my friends",
  "Noah", False, T, "en", "scam", "drainer_phrasing", "generic rectify site")

M("To confirm you are the owner I'll need your 12 word phrase, this is standard procedure for every ticket",
  "Orvida Support Agent", False, T, "en", "scam", "seed_request", "direct seed ask")
M("send me a screenshot of your backup screen so i can see whats wrong",
  "Jake_helps", False, T, "en", "scam", "seed_request", "screenshot of backup screen = seed")
M("whats your private key? i need to import it into the debugger to find the stuck tx",
  "dev_marco", False, D, "en", "scam", "seed_request", "private key ask disguised as debugging")
M("Fill this form with your wallet address + recovery phrase and support will contact you in 24h: forms.gle/orvReq82",
  "Orvida Help", False, T, "en", "scam", "seed_request", "google form harvesting seed")
M("pls share the phrase in DM only, never in public chat — thats how we keep you safe",
  "Safe Helper", False, T, "en", "scam", "seed_request", "uses safety language to request seed")

M("🎉 ORVIDA 5th ANNIVERSARY 🎉 send 0.1–20 ETH to the event address and receive 2X back instantly: 0x3f9A1c02bE7d44e18a0F6c1b9E2d5A7c3B8e4D11",
  "Orvida Events", False, T, "en", "scam", "doubling", "anniversary doubling")
M("Send 500 USDT get 1000 USDT back, Orvida treasury promo, only for members of this group",
  "treasury_promo", False, T, "en", "scam", "doubling", "send X get 2X")
M("i tested it, sent 0.5 ETH and got 1 ETH back in 3 mins 😱 address is in the pinned of t.me/orvida_events",
  "Ellie", False, T, "en", "scam", "doubling", "fake testimonial for doubling")
M("x2 giveaway by the Orvida CEO live now, first senders get doubled first",
  "ceo_live", False, D, "en", "scam", "doubling", "CEO doubling")

M("my mentor made me 340% this month. he gives free signals, DM him @CryptoMentorAlex and say Orvida group sent you",
  "Bella", False, T, "en", "scam", "signal_teacher", "mentor referral")
M("Anyone want to learn futures? teaching a small group, 5 seats left, proof of profits in my bio 📈",
  "Coach Rick", False, T, "en", "scam", "signal_teacher", "paid trading teacher")
M("Professor Chen's signal room 🚀 96% win rate, free for this week only 👉 t.me/prof_chen_signals",
  "Amelia", False, T, "en", "scam", "signal_teacher", "signal group invite")

M("Lost funds to a scam? Our certified blockchain forensics team recovered $2.1M last month. Message @ChainRecoverPro, fee only after success",
  "Recovery Services", False, T, "en", "scam", "recovery_scam", "recovery scam targeting victims")
M("Earn 3% daily by staking USDT in the Orvida Yield pool. not in the app yet, private access for early members",
  "Yield Daddy", False, T, "en", "scam", "investment_ponzi", "daily yield ponzi")
M("your withdrawal is approved but theres a 0.05 ETH unlock fee first, send it and the 4,200 USDT is released right away",
  "Withdrawal Desk", False, D, "en", "scam", "advance_fee", "unlock fee")
M("Hiring remote moderators for the Orvida community, $900/week, no experience needed. message me with your wallet address",
  "HR Olivia", False, T, "en", "scam", "fake_job", "fake mod job")
M("next pump 20:00 UTC on a low cap gem, join t.me/moonpumpsignals and buy in the first 30 seconds",
  "pumpking", False, T, "en", "scam", "pump_group", "pump group")
M("ORV v2 presale whitelist is open, send BNB to the presale contract, 50% bonus for the first 200 wallets",
  "Presale Bot", False, T, "en", "scam", "fake_presale", "fake presale")
M("Orvida Pro APK with staking built in, not on Play Store yet. download at orvidapro-download.com",
  "android_andy", False, D, "en", "scam", "fake_app_download", "fake APK")
M("withdrawals on orvidex.pro are instant and zero fee, theyre an official Orvida partner",
  "tradergirl", False, T, "en", "scam", "fake_exchange", "fake exchange partner")
M("Congrats! 🎁 you were selected for the 1,000 USDT community reward. claim it in DM with code ORV-WIN",
  "Reward Center", False, T, "en", "scam", "fake_giveaway", "fake giveaway claim in DM")

# ---------------------------------------------------------------------------
# ENGLISH OK (hard negatives first, then ordinary traffic)
# ---------------------------------------------------------------------------
M("Reminder: Orvida staff will never DM you first and will never ask for your recovery phrase. The only official sites are orvida.io and orvidawallet.com.",
  "Mint", True, T, "en", "ok", "staff_reminder", "staff anti-scam reminder with official domains")
M("v3.4.1 is rolling out on iOS and Android today. Fixes the balance refresh bug a lot of you reported. Changelog: github.com/orvida/orvida-mobile/releases",
  "Helena Okafor", True, T, "en", "ok", "staff_announcement", "release announcement with github link")
M("If your swap is pending for more than 30 min, open @OrvidaSupportBot and send /ticket with the tx hash. Only the hash. Never your words.",
  "Tomas K", True, T, "en", "ok", "staff_reminder", "staff pointing to real bot")
M("Accounts using my name are messaging people. I will never DM you first. If 'Jonah' messages you privately, it's not me. Report and block.",
  "Jonah", True, D, "en", "ok", "staff_reminder", "staff warns about impersonators")
M("There is NO ORV airdrop. Any site asking you to connect your wallet to claim is a drainer. Please report those posts to the mods.",
  "Aziz", True, T, "en", "ok", "staff_reminder", "staff debunks airdrop, uses connect/claim words")
M("Heads up: Discord is rolling out a new ticket channel, #support-tickets. Tickets are answered inside this server only, we never move you to another server.",
  "Mint", True, D, "en", "ok", "staff_announcement", "staff announcement with 'support' and 'ticket'")
M("Scheduled maintenance tonight 22:00–22:30 UTC. Sends may be delayed. Your funds are safe and there is nothing you need to sync or validate.",
  "Helena Okafor", True, T, "en", "ok", "staff_announcement", "staff uses sync/validate innocently")
M("@rachel_n checked your hash on etherscan, it's confirmed. The app just needs a pull-to-refresh. If it still shows 0 in 10 min, ping me here, not in DM.",
  "Tomas K", True, T, "en", "ok", "staff_help", "staff helping in public")
M("Deleted 14 spam messages with a fake 'orvida-app.io' link. If you clicked and connected, revoke approvals right away and move funds to a new wallet.",
  "Aziz", True, T, "en", "ok", "staff_reminder", "staff quotes scam domain")
M("Thanks for the patience everyone, the RPC issue is resolved. Balances should be back. If not, /ticket in @OrvidaSupportBot.",
  "Jonah", True, T, "en", "ok", "staff_announcement", "staff resolved notice")

M("PSA: someone keeps replying with orvida-app.io/sync. That is NOT the official site, official is orvida.io. Don't connect anything.",
  "Lukas", False, T, "en", "ok", "warning_quotes_scam", "user warning quoting exact scam link")
M("Got a DM from 'Mint | Orvida Team' asking for my phrase lol. reported. admins never DM first folks",
  "sophie_r", False, T, "en", "ok", "warning_quotes_scam", "reports impersonator by name")
M("careful, @OrvidaSupportsBot (extra s) is fake. the real one is @OrvidaSupportBot , check the pinned message",
  "bytebandit", False, T, "en", "ok", "warning_quotes_scam", "contrasts fake and real bot")
M("anyone posting 'kindly DM me' is a scammer. every single time.",
  "old_hand", False, T, "en", "ok", "warning_general", "quotes scam phrase")
M("the guy above with 'orvida.io.wallet-restore.net' is a drainer. the real domain ends in .io, nothing after it",
  "Priyanka", False, D, "en", "ok", "warning_quotes_scam", "explains subdomain trick")
M("Mods, user 'Helena 0kafor' with a zero is DMing people about verifying wallets. please ban",
  "Chidi", False, T, "en", "ok", "report_impersonator", "reports digit-swap impersonator")
M("Never type your 12 words into any website. Not to sync, not to validate, not to claim. Nothing legit needs them.",
  "cold_storage_carl", False, T, "en", "ok", "warning_general", "warning uses drainer verbs")
M("FYI there's a fake Orvida Pro APK going around, the app is only on the App Store and Google Play, links are on orvida.io",
  "nadia_k", False, D, "en", "ok", "warning_quotes_scam", "warns about fake APK")
M("Just a reminder the 'send 0.5 get 1 ETH back' thing is always a scam, doesn't matter whose name is on it",
  "Marcus T", False, T, "en", "ok", "warning_quotes_scam", "quotes doubling pitch")
M("xn--orvda-p2e.io is NOT a mirror, it decodes to orv\u0456da with a cyrillic i. dont click",
  "punycode_pete", False, T, "en", "ok", "warning_quotes_scam", "explains punycode scam link")
M("for the people asking: orvida-rewards[.]com is phishing, I defanged it on purpose so nobody clicks",
  "Ines", False, D, "en", "ok", "warning_quotes_scam", "quotes defanged scam link")

M("is this legit? someone messaged me: 'Your wallet needs to be validated, go to walletrectify.net'. sounds fishy",
  "newbie_nick", False, T, "en", "ok", "asks_if_real", "pastes drainer DM to ask")
M("got this in my inbox: 'Send 500 USDT get 1000 back, treasury promo'. is that an official promo??",
  "Ana", False, T, "en", "ok", "asks_if_real", "pastes doubling DM to ask")
M("A 'Tomas K | Support' just added me and says my account is flagged. Tomas is real staff right? but why would he DM me",
  "Ravi", False, T, "en", "ok", "asks_if_real", "asks about impersonator")
M("Someone sent me a link to join t.me/OrvidaHelpDesk_official for my stuck swap. Is that your group or fake?",
  "kim_j", False, T, "en", "ok", "asks_if_real", "asks about invite link")
M("Received an email from help@orvida-supportdesk.com asking me to confirm my wallet. Is this domain yours? I didn't reply",
  "Martina", False, D, "en", "ok", "asks_if_real", "asks about lookalike support email")
M("does Orvida have a bot called Orvida Assist in discord? it DMed me asking to 'verify holdings'",
  "felix", False, D, "en", "ok", "asks_if_real", "asks about fake discord bot")

M("I lost 2k last month after 'support' told me to sync my wallet on some site. Please never type your 12 words anywhere.",
  "Tom H", False, T, "en", "ok", "victim_story", "victim story with sync")
M("Learned the hard way: I approved a 'claim' contract and it drained all my USDC. revoke.cash showed an unlimited approval. be careful",
  "jules", False, T, "en", "ok", "victim_story", "victim story with approval")
M("my uncle paid a 'recovery team' 3k to get back funds from a scam. They were scammers too. double scammed. dont fall for recovery guys",
  "Beatriz", False, T, "en", "ok", "victim_story", "recovery scam victim")
M("I fell for a mentor who promised 300% a month. Paid $800 for 'VIP signals', then he blocked me. sharing so nobody else does",
  "wei_lin_eng", False, T, "en", "ok", "victim_story", "signal teacher victim")

M("anyone minted the new collection on Base? the mint page is super slow for me",
  "nft_nora", False, D, "en", "ok", "ordinary_word_staff_name", "'mint' as verb, staff name Mint")
M("lol my ledger box is still in mint condition, never opened it",
  "Pieter", False, T, "en", "ok", "ordinary_word_staff_name", "'mint condition'")
M("does the app show tokens I mint myself on testnet? asking for a hackathon",
  "hackathon_hugo", False, D, "en", "ok", "ordinary_word_staff_name", "'mint' verb")
M("mint chocolate chip ice cream is the best flavour and I will not be taking questions",
  "scoops", False, D, "en", "ok", "ordinary_word_staff_name", "offtopic 'mint'")
M("thanks Mint, that explanation about gas limits finally made sense to me",
  "arjun", False, T, "en", "ok", "thanks_staff", "thanks staff named Mint")

M("hi, new here. how do I add a custom token on Arbitrum?",
  "Helena Marsh", False, T, "en", "ok", "staff_namesake", "namesake of Helena Okafor, ordinary question")
M("does anyone else get logged out every time the app updates?",
  "Jonah Whitfield", False, D, "en", "ok", "staff_namesake", "namesake of Jonah")
M("Aziz here, not the mod lol, different Aziz. Is there a desktop version planned?",
  "Aziz Rahimov", False, T, "en", "ok", "staff_namesake", "namesake explicitly different")
M("just moved my savings to a hardware wallet, pairing with the app was painless",
  "Tomas Richter", False, T, "en", "ok", "staff_namesake", "namesake of Tomas K")

M("the docs at orvida.io/docs explain how to export your tx history to CSV, did it for my taxes",
  "tax_season_tina", False, T, "en", "ok", "shares_official_domain", "shares official docs")
M("you can get price alerts from @OrvidaNewsBot, set it with /alert ORV 0.5",
  "Gus", False, T, "en", "ok", "shares_official_bot", "shares official bot")
M("The official bot is @OrvidaSupportBot. Open it from the pinned message so you don't get a fake one.",
  "moderately_helpful", False, T, "en", "ok", "shares_official_bot", "points to pinned real bot")
M("download link from orvidawallet.com goes straight to the App Store, that's the one I used",
  "Ella", False, D, "en", "ok", "shares_official_domain", "second official domain")

M("here's my tx etherscan.io/tx/0x9a4f1e07c2d8b35a6e01fd7c4b9e2a10d3c6f58e7b21a0c9d4e3f2a1b0c9d8e7 shows success but the balance isn't updated in the app",
  "mike_o", False, T, "en", "ok", "own_tx_help", "shares own tx on explorer")
M("check on bscscan, your tx is still pending because gas was too low. you can speed it up in the app under Activity",
  "gasguru", False, T, "en", "ok", "helps_other_user", "user helping publicly")
M("solscan.io shows the transfer landed, it was just the app cache. all good now",
  "sol_sara", False, D, "en", "ok", "own_tx_help", "resolves own issue")
M("My BTC send is sitting in mempool.space with 3 sat/vB, guess I just wait?",
  "hodlhelga", False, T, "en", "ok", "own_tx_help", "own tx question")
M("you sent on TRON but to an ERC20 address format? paste the hash on tronscan.org and we can look",
  "chain_checker", False, T, "en", "ok", "helps_other_user", "public help")

M("Thanks Tomas K, ticket got sorted in an hour 🙏",
  "Lucia", False, T, "en", "ok", "thanks_staff", "thanks staff")
M("shoutout to Helena Okafor for the patient help yesterday, you guys are great",
  "Omar", False, D, "en", "ok", "thanks_staff", "thanks staff by full name")
M("Jonah answered in like 2 minutes at 3am, does he ever sleep",
  "night_owl", False, D, "en", "ok", "thanks_staff", "mentions staff name")

M("is there any airdrop planned for ORV holders or is that just twitter noise?",
  "curious_cat", False, T, "en", "ok", "innocent_airdrop", "asks about airdrop")
M("I claimed my staking rewards in the app, where do they show up?",
  "staker_sam", False, T, "en", "ok", "innocent_claim", "innocent claim")
M("I won't DM anyone, I'll ask here: why does the app show 0 balance after updating?",
  "Fatima", False, T, "en", "ok", "innocent_dm", "DM mentioned innocently")
M("can an admin pin the scam warning again? it got pushed up by the spam",
  "Dario", False, T, "en", "ok", "innocent_admin", "asks admin")
M("the app fails to validate the address I paste, says invalid checksum. is all lowercase fine?",
  "checksum_chad", False, D, "en", "ok", "innocent_validate", "validate address")
M("iCloud sync for the address book doesn't work on my iPad, contacts only show on iPhone",
  "Rebecca", False, T, "en", "ok", "innocent_sync", "sync in app feature sense")
M("is the mnemonic standard BIP39? want to know before importing it into my hardware wallet",
  "bip_ben", False, D, "en", "ok", "innocent_mnemonic", "mnemonic compat question")
M("support answered my ticket through the bot in under an hour, nice",
  "Yusuf", False, T, "en", "ok", "innocent_support", "support praise")
M("the 'restore from backup' screen asks for 12 or 24 words, which one did the old version use?",
  "Greta", False, T, "en", "ok", "innocent_restore", "restore question inside app")
M("I DMed the NewsBot by accident, it just replied with the command list haha",
  "Kwame", False, T, "en", "ok", "innocent_dm", "DM to official bot")
M("Moving from the old phone: do I need to migrate anything or just import the words into the new app?",
  "Ines_P", False, D, "en", "ok", "innocent_migrate", "migrate own device")

M("ORV up 12% today, nice to see some green",
  "greencandle", False, T, "en", "ok", "price_talk", "price")
M("BTC dumping again, time to buy more or hide",
  "dca_dan", False, T, "en", "ok", "price_talk", "price")
M("anyone know why gas on ethereum is so low this week?",
  "feefinder", False, D, "en", "ok", "chatter", "chatter")
M("gm",
  "early_bird", False, T, "en", "ok", "chatter", "greeting")
M("gm gm, coffee and charts",
  "latte_larry", False, D, "en", "ok", "chatter", "greeting")
M("anyone from Lisbon here? thinking about a small meetup",
  "joao", False, T, "en", "ok", "chatter", "chatter")
M("read the coindesk piece on stablecoin rules, good summary: coindesk.com/policy",
  "policy_paula", False, T, "en", "ok", "news_share", "allowed news link")

M("how do I change the network fee before sending?",
  "first_timer", False, T, "en", "ok", "support_question", "ordinary question")
M("can I hide small balances in the portfolio view?",
  "tidy_tom", False, D, "en", "ok", "support_question", "ordinary question")
M("Face ID stopped working for app unlock after iOS update, anyone else?",
  "appleseed", False, T, "en", "ok", "support_question", "ordinary question")
M("Does Orvida support Ledger over bluetooth or only USB?",
  "hw_harry", False, D, "en", "ok", "support_question", "'support' as verb")
M("is there dark mode on android yet",
  "night_mode", False, T, "en", "ok", "support_question", "ordinary question")
M("what's the minimum to stake ORV?",
  "minnow", False, T, "en", "ok", "support_question", "ordinary question")
M("how long does a Lightning withdrawal usually take in the app?",
  "zap_zoe", False, T, "en", "ok", "support_question", "ordinary question")
M("the swap quote changed between preview and confirm, is that slippage?",
  "slippy", False, D, "en", "ok", "support_question", "ordinary question")

# ---------------------------------------------------------------------------
# CHINESE SCAMS
# ---------------------------------------------------------------------------
M("钱包余额不显示的，去 orvida-app.cc 同步一下就好了，我刚弄好👌",
  "小雨", False, T, "zh", "scam", "lookalike_domain", "连字符仿冒域名+同步钱包")
M("官网换新域名了 orvidawallet.net ，旧的被墙了，大家收藏新的",
  "沃维达公告", False, T, "zh", "scam", "lookalike_domain", "错误后缀，说旧站被墙")
M("沃维达空投领取入口：orvida.io.claim-orv.top 截止今晚12点⏰ 过期作废",
  "空投小助手", False, T, "zh", "scam", "lookalike_domain", "官方域名作为子域名")
M("国内打不开官网的用这个镜像 https://xn--rvida-iye.io 亲测能用",
  "阿强", False, T, "zh", "scam", "lookalike_domain", "punycode（西里尔 \u043e）冒充镜像")
M("链接发不出来，自己拼一下：orvida-cn[.]com 进去点授权就行",
  "大鹏", False, T, "zh", "scam", "lookalike_domain", "去链接化绕过过滤+授权")
M("中文版官网 orvid\u0430.io/zh 有人工客服，比群里快",
  "沃维达中文站", False, T, "zh", "scam", "lookalike_domain", "西里尔 \u0430 同形字域名")
M("新版下载地址 orv1da.com ，旧版本下个月停用，赶紧换",
  "技术小王", False, T, "zh", "scam", "lookalike_domain", "数字替换 i->1")
M("大额用户走 orvida.vip 专属通道，提币不限额",
  "VIP经理", False, T, "zh", "scam", "lookalike_domain", "错误后缀 .vip")
M("香港用户活动页：orvidawallet.com.hk-event.cn 填地址就送",
  "活动专员", False, T, "zh", "scam", "lookalike_domain", "官方域名当前缀的子域名")

M("中文官方群在这里 t.me/orvida_cn_official ，这个群没人管了，都过去吧",
  "老刘", False, T, "zh", "scam", "group_invite", "引流到假中文群")
M("想进内部VIP群的私我，名额有限，群里每天有空投消息",
  "币圈阿飞", False, T, "zh", "scam", "group_invite", "私聊拉内部群")
M("沃维达华人交流群，每天送U🎁 点这里进 t.me/+Xk2pQ9aLmN0wYzE1",
  "送U小姐姐", False, T, "zh", "scam", "group_invite", "送U群邀请")
M("客服群：t.me/OrvidaKefu ，有问题去那边找人工，这边没人回",
  "热心网友", False, T, "zh", "scam", "group_invite", "假客服群")
M("这边消息太多了，管理员让大家移步新群 t.me/orvida_zh2",
  "群助理", False, T, "zh", "scam", "group_invite", "冒称管理员要求换群")

M("找 @OrvidaKefuBot 人工客服，24小时在线，秒回",
  "Linda", False, T, "zh", "scam", "fake_support_bot", "假客服机器人")
M("提币卡住的联系 @Orvida_SupportBot ，发 /fix 按提示操作就行",
  "阿伟", False, T, "zh", "scam", "fake_support_bot", "下划线变体机器人")
M("@0rvidaSupportBot 才是官方机器人，置顶那个已经失效了",
  "小陈", False, T, "zh", "scam", "fake_support_bot", "数字0替换，诋毁置顶")
M("冻结了的找机器人 @OrvidaServiceBot 可以直接帮你解冻",
  "梅子", False, T, "zh", "scam", "fake_support_bot", "假服务机器人")

M("有问题私聊我，我是技术支持，看到秒回",
  "技术支持-Leo", False, T, "zh", "scam", "dm_offer", "私聊诱导")
M("亲，你这个情况需要人工处理，加微信 orv_kefu88 发截图给我",
  "在线客服", False, T, "zh", "scam", "contact_support_offer", "加微信")
M("这个问题我遇到过，私我教你，两分钟搞定",
  "老司机", False, T, "zh", "scam", "dm_offer", "无链接私聊诱导")
M("请联系官方客服QQ：2748193306，工作日全天在线",
  "客服中心", False, T, "zh", "scam", "contact_support_offer", "QQ客服")
M("已私信你了，请查收，按步骤操作就能恢复",
  "售后小杨", False, T, "zh", "scam", "dm_offer", "回复受害者已私信")
M("别在群里问了，管理员不理人的，加我V：lx-orvida",
  "路人甲", False, T, "zh", "scam", "contact_support_offer", "加V")
M("大额充值不到账请加客服微信 orvida-vip01 ，备注沃维达",
  "财务-张", False, T, "zh", "scam", "contact_support_offer", "微信客服")

M("各位用户，因系统升级，收到私信的用户请配合完成钱包验证，逾期账户将被冻结",
  "陈思远-客服", False, T, "zh", "scam", "fake_staff_lure", "冒充员工陈思远")
M("刚才反馈转账失败的几位，我已经私聊你们了，注意查看",
  "林晓楠\uff5c管理员", False, T, "zh", "scam", "fake_staff_lure", "冒充员工林晓楠")
M("本群管理员统一私聊处理问题，请勿在群内公开钱包信息，等我联系你",
  "官方管理-小林", False, T, "zh", "scam", "fake_staff_lure", "假管理员借安全话术私聊")
M("我是沃维达运营，做社区推广的朋友私聊，有补贴",
  "沃维达运营部", False, T, "zh", "scam", "fake_staff_lure", "冒充运营")

M("你的钱包触发风控了，需要重新激活，点链接授权一下就恢复",
  "风控专员", False, T, "zh", "scam", "drainer_phrasing", "风控+激活+授权")
M("同步钱包就行，进 dapp 选沃维达，导入一下，余额就回来了",
  "小鱼儿", False, T, "zh", "scam", "drainer_phrasing", "同步钱包+导入")
M("U被冻结是因为没做链上认证，去这里授权认证 orv-verify.top",
  "安全中心", False, T, "zh", "scam", "drainer_phrasing", "授权认证")
M("空投要先授权才能领取，授权不花钱的，放心点",
  "空投达人", False, T, "zh", "scam", "drainer_phrasing", "授权领取，淡化风险")
M("钱包升级V3，老钱包需要迁移，不迁移下周资产锁定，抓紧",
  "升级通知", False, T, "zh", "scam", "drainer_phrasing", "迁移恐吓")
M("你那个是未验证钱包，去做一下钱包验证就能提了",
  "阿杰", False, T, "zh", "scam", "drainer_phrasing", "钱包验证")
M("修复钱包：打开 dapp 浏览器输入 walletfix.cc 点连接，选沃维达",
  "修复教程", False, T, "zh", "scam", "drainer_phrasing", "修复钱包网站")
M("恭喜获得沃维达新年红包888U🧧 连接钱包即可领取，仅限今天",
  "红包助手", False, T, "zh", "scam", "drainer_phrasing", "红包+连接钱包领取")

M("把助记词发我核对一下，看看是不是导入错了",
  "好心人", False, T, "zh", "scam", "seed_request", "助记词核对")
M("助记词核对流程：私聊客服发送12个单词，核对无误后解冻",
  "客服流程", False, T, "zh", "scam", "seed_request", "助记词核对流程")
M("截图你的助记词页面，我帮你看看哪里出错了",
  "小周", False, T, "zh", "scam", "seed_request", "要助记词截图")
M("私钥发一下，我帮你导出来查一下那笔交易",
  "技术宅", False, T, "zh", "scam", "seed_request", "要私钥")
M("客服需要你提供助记词验证身份，这是正常流程，放心，不会动你的币",
  "售后客服", False, T, "zh", "scam", "seed_request", "正常化索要助记词")

M("沃维达周年庆🎉 转入0.1-10 ETH 立即返还双倍，活动地址：0x7b2E9d0A4c61F3e8b5D2a9C07e1F4b6A8d3C5e90",
  "周年庆活动", False, T, "zh", "scam", "doubling", "转入返双倍")
M("送U活动：转100U返200U，限本群前50名，手慢无",
  "福利官", False, T, "zh", "scam", "doubling", "转100返200")
M("我刚试了，转1000U回来2000U，真的到账了！地址私聊我要",
  "幸运星", False, T, "zh", "scam", "doubling", "托儿+私聊")
M("官方回馈老用户，存多少送多少，当天到账",
  "回馈活动", False, T, "zh", "scam", "doubling", "存多少送多少")

M("跟着李老师带单，这周已经翻倍了，想进群的私我拉你",
  "月入十万", False, T, "zh", "scam", "signal_teacher", "带单老师")
M("免费带单，合约胜率90%，老师只收盈利分成，加微信 btc_teacher666",
  "小美", False, T, "zh", "scam", "signal_teacher", "带单+加微信")
M("有没有想学合约的？我们老师今晚直播讲课，免费进群",
  "学习委员", False, T, "zh", "scam", "signal_teacher", "老师直播引流")
M("王老师带单群今天又吃了30个点🚀 需要的私我",
  "韭菜翻身", False, T, "zh", "scam", "signal_teacher", "带单群")
M("推荐一个带单老师，我跟了一个月赚了5万U，人很靠谱",
  "阿玲", False, T, "zh", "scam", "signal_teacher", "托儿推荐老师")

M("被骗的U可以追回，我们是专业链上追回团队，成功率85%，先付20%手续费",
  "追回专家", False, T, "zh", "scam", "recovery_scam", "追回诈骗")
M("沃维达理财，日化2%，存U吃利息，已经稳定运行180天",
  "理财顾问", False, T, "zh", "scam", "investment_ponzi", "高息理财盘")
M("你的提现已审核通过，需缴纳5%保证金才能到账，请尽快处理",
  "审核部", False, T, "zh", "scam", "advance_fee", "保证金")
M("招兼职，手机操作，日结300-500，无需经验，私聊",
  "人事小吴", False, T, "zh", "scam", "fake_job", "兼职刷单")
M("今晚8点拉盘，提前埋伏，进群拿币种 t.me/lapan888",
  "庄家", False, T, "zh", "scam", "pump_group", "拉盘群")
M("ORV二期私募，1U=20个ORV，上线至少10倍，名额有限私聊",
  "私募代理", False, T, "zh", "scam", "fake_presale", "假私募")
M("苹果用户要用企业签名版本 orvida-ios.cn 下载，App Store那个是假的",
  "苹果专区", False, T, "zh", "scam", "fake_app_download", "假App，诋毁正版")
M("OrvEx交易所上线了，注册送50U，提币秒到，沃维达合作方",
  "交易所推广", False, T, "zh", "scam", "fake_exchange", "假交易所")
M("本群抽奖中奖名单已出，中奖的私聊管理员领取1000U🎁",
  "抽奖助手", False, T, "zh", "scam", "fake_giveaway", "假抽奖")

# a few more English ok lines
M("the 'Orvida Admin' account in the discord replies is not staff, real mods have the orange role. reported it",
  "role_watcher", False, D, "en", "ok", "report_impersonator", "reports fake admin")
M("reading the github issues, looks like the android crash is already fixed in the next build: github.com/orvida/orvida-mobile/issues",
  "dev_diane", False, D, "en", "ok", "news_share", "allowed github link")
M("Is theblock.co reliable for news? saw an article about wallet drainers there",
  "learning_lisa", False, T, "en", "ok", "news_share", "allowed domain, mentions drainers")
M("Word of advice: if someone tells you to 'rectify' or 'migrate' your wallet on a site, leave. those words are scam tells",
  "veteran_val", False, T, "en", "ok", "warning_general", "lists scam verbs")
M("my cousin works at a real crypto exchange support desk and even she says no support agent ever asks for a seed",
  "Hugo", False, T, "en", "ok", "warning_general", "support mentioned in warning")
M("I'm the admin of a small local Bitcoin meetup, not of this group 😅 just here to learn",
  "meetup_mo", False, T, "en", "ok", "innocent_admin", "admin in unrelated sense")
M("if you need to sync the app across two phones, just import the same backup on both, the addresses are the same",
  "two_phones", False, T, "en", "ok", "innocent_sync", "innocent sync advice")
M("my DMs are closed on purpose, if anyone from 'Orvida support' messages you, it's fake",
  "closed_dms", False, D, "en", "ok", "warning_general", "warning mentions DM/support")
M("lol the spammer changed his name to ORVIDA ANNOUNCEMENTS 📢 now, mods pls",
  "eagle_eye", False, T, "en", "ok", "report_impersonator", "reports brand-name impersonator")
M("weekend vibes, charts are flat, going hiking",
  "hiker_h", False, T, "en", "ok", "chatter", "chatter")

# ---------------------------------------------------------------------------
# CHINESE OK
# ---------------------------------------------------------------------------
M("提醒：沃维达工作人员不会主动私聊，不会索要助记词或私钥。官网只有 orvida.io 和 orvidawallet.com，其他都是假的。",
  "陈思远", True, T, "zh", "ok", "staff_reminder", "员工防骗提醒")
M("今晚22:00服务器维护约30分钟，期间转账可能延迟。资产安全，不需要做任何“同步钱包”“激活”操作，看到这类链接请举报。",
  "林晓楠", True, T, "zh", "ok", "staff_announcement", "维护公告，提及同步/激活")
M("转账卡住的朋友，请把交易哈希发到 @OrvidaSupportBot ，输入 /ticket 即可。只发哈希，不要发助记词。",
  "陈思远", True, T, "zh", "ok", "staff_reminder", "员工指向官方机器人")
M("最近有人冒充我的名字私聊大家，我不会主动私信任何人，名字后面带“客服”“管理员”的都不是我。",
  "林晓楠", True, T, "zh", "ok", "staff_reminder", "员工提醒冒充")
M("ORV 没有任何空投活动，让你连接钱包领取的都是盗币网站，请大家互相转告。",
  "陈思远", True, T, "zh", "ok", "staff_reminder", "员工辟谣空投")
M("新版 3.4.1 已上架应用商店，修复了余额刷新问题。更新日志：github.com/orvida/orvida-mobile/releases",
  "林晓楠", True, T, "zh", "ok", "staff_announcement", "版本公告")
M("@老周 你那笔在 tronscan 上已经成功了，app 下拉刷新一下就行。还不行在群里@我，别私聊。",
  "陈思远", True, T, "zh", "ok", "staff_help", "员工公开帮忙")
M("刚清理了一批发“orvida-app.cc”的广告号。如果点过并授权了，请立刻取消授权，把资产转到新钱包。",
  "林晓楠", True, T, "zh", "ok", "staff_reminder", "员工引用诈骗域名")

M("大家注意，群里有人发 orvida-app.cc，是钓鱼网站，千万别点！官网是 orvida.io",
  "谨慎的猫", False, T, "zh", "ok", "warning_quotes_scam", "引用钓鱼链接警告")
M("又有人冒充客服私聊我了，名字叫“陈思远-客服”，还要我助记词，已举报",
  "阿凯", False, T, "zh", "ok", "report_impersonator", "举报冒充者")
M("@OrvidaKefuBot 是假的，官方机器人只有 @OrvidaSupportBot ，看置顶",
  "老K", False, T, "zh", "ok", "warning_quotes_scam", "对比真假机器人")
M("凡是让你“同步钱包”“激活钱包”“授权领取”的，百分百是骗子",
  "币圈老兵", False, T, "zh", "ok", "warning_general", "列举诈骗话术")
M("xn--rvida-iye.io 不是什么镜像，解码出来是西里尔字母的 \u043e，别点",
  "码农小何", False, T, "zh", "ok", "warning_quotes_scam", "解释punycode")
M("带单老师都是割韭菜的，进了群先让你小额赚点，然后大额就跑了",
  "过来人", False, T, "zh", "ok", "warning_general", "警告带单")
M("群里“转100U返200U”那条是骗局，别信，管理员快删",
  "正义路人", False, T, "zh", "ok", "warning_quotes_scam", "引用送U骗局")
M("有人在发 orvida-cn[.]com，我专门把点括起来了，别复制去打开，是假站",
  "安全第一", False, T, "zh", "ok", "warning_quotes_scam", "引用去链接化诈骗域名")
M("提醒新人：助记词就是你的钱，谁要都别给，客服也不会要",
  "热心老王", False, T, "zh", "ok", "warning_general", "新手提醒，提及客服和助记词")
M("群里那个“林晓楠\uff5c管理员”是假的，真管理员名字后面没有任何后缀",
  "眼尖的人", False, T, "zh", "ok", "report_impersonator", "指出冒充管理员")
M("那个 OrvEx 交易所根本不是合作方，官网合作伙伴页面里没有",
  "查证控", False, T, "zh", "ok", "warning_quotes_scam", "辟谣假交易所")

M("这是真的吗？有人私信我：“你的钱包触发风控，需要重新激活”，还给了个链接",
  "新手小白", False, T, "zh", "ok", "asks_if_real", "粘贴可疑私信询问")
M("收到一条消息说沃维达周年庆转ETH返双倍，官方有这个活动吗？",
  "犹豫的鱼", False, T, "zh", "ok", "asks_if_real", "询问双倍活动")
M("有个叫“陳思遠”的加我，说是客服，繁体字的，是官方的吗？",
  "小琳", False, T, "zh", "ok", "asks_if_real", "询问繁体冒充者")
M("别人拉我进 t.me/orvida_cn_official ，说是中文官方群，这个是真的吗？",
  "问一下", False, T, "zh", "ok", "asks_if_real", "询问引流群")
M("有人让我加微信 orv_kefu88 处理提币问题，官方客服用微信吗？我还没加",
  "谨慎用户", False, T, "zh", "ok", "asks_if_real", "询问微信客服")

M("我上个月就是被“同步钱包”骗了，输了助记词，第二天U全没了。大家别犯傻。",
  "后悔莫及", False, T, "zh", "ok", "victim_story", "受害者经历")
M("我爸被一个带单老师骗了三万U，先是小赚，后来说要交会员费，群里的人千万别信",
  "小鹏", False, T, "zh", "ok", "victim_story", "带单受害")
M("之前被骗过一次，后来又有“追回团队”找上门，交了手续费又被骗，真的是二次伤害",
  "二次受害", False, T, "zh", "ok", "victim_story", "追回诈骗受害")
M("分享一下教训：我点了一个领空投的网站授权了，结果USDT被转走，现在用 revoke 把所有授权都取消了",
  "吃一堑", False, T, "zh", "ok", "victim_story", "授权受害+取消授权")

M("请问怎么添加 TRC20 的 USDT？找不到入口",
  "张思远", False, T, "zh", "ok", "staff_namesake", "与陈思远同名不同姓")
M("我叫晓楠，不是管理员哈，就是个普通用户，问下安卓怎么备份",
  "王晓楠", False, T, "zh", "ok", "staff_namesake", "与林晓楠同名")
M("新人报到，刚下载沃维达，界面挺清爽的",
  "陈思琪", False, T, "zh", "ok", "staff_namesake", "与陈思远共用字")
M("林家铺子来报到，有没有同城的币友",
  "林志强", False, T, "zh", "ok", "staff_namesake", "同姓林")

M("官方客服机器人回复挺快的，工单半小时就处理了，点赞",
  "满意用户", False, T, "zh", "ok", "innocent_support", "客服 正面")
M("我不私信任何人，就在群里问：安卓更新后打不开怎么办？",
  "安卓党", False, T, "zh", "ok", "innocent_dm", "私信 无害")
M("质押奖励领取后多久到账？",
  "小仓鼠", False, T, "zh", "ok", "innocent_claim", "领取 无害")
M("怎么取消之前给某个 dapp 的授权？想清理一下",
  "清理控", False, T, "zh", "ok", "innocent_authorize", "授权 无害（撤销）")
M("换手机后地址簿没同步过来，正常吗？",
  "换机党", False, T, "zh", "ok", "innocent_sync", "同步 无害")
M("助记词要抄在纸上还是存手机里？新手求教",
  "萌新一枚", False, T, "zh", "ok", "innocent_mnemonic", "助记词 无害")
M("交易所那边把我的提币风控了，跟钱包这边没关系吧？",
  "搬砖工", False, T, "zh", "ok", "innocent_risk_control", "风控 无害")
M("TRON 新地址要先激活吗？我转了 USDT 显示地址未激活",
  "波场用户", False, T, "zh", "ok", "innocent_activate", "激活 无害（TRON账户激活）")
M("群里说的送U都是骗人的吧？我看好几个人在刷",
  "疑惑", False, T, "zh", "ok", "innocent_giveaway_question", "送U 质疑")
M("管理员能把防骗公告再置顶一下吗？被刷下去了",
  "群友甲", False, T, "zh", "ok", "innocent_admin", "管理员 无害")
M("客服让我在机器人里提交工单，提交后给了个编号，等就行了吧？",
  "等待中", False, T, "zh", "ok", "innocent_support", "客服工单")
M("空投的事我查了，官方说没有，推特上那些都是假的",
  "查资料的", False, T, "zh", "ok", "innocent_airdrop", "空投 辟谣")
M("备份助记词的时候，app 会让你按顺序点一遍单词验证，这个是正常的吧？",
  "细心人", False, T, "zh", "ok", "innocent_mnemonic", "app内助记词验证 正常")
M("私信了官方机器人 @OrvidaNewsBot ，它只回了命令列表，哈哈",
  "好奇宝宝", False, T, "zh", "ok", "innocent_dm", "私信官方机器人")
M("领取了 ORV 质押收益，显示在资产页最下面",
  "已解决", False, T, "zh", "ok", "innocent_claim", "领取 无害")
M("钱包迁移到新手机，直接用助记词导入新 app 就行吗？有没有别的步骤",
  "新手机", False, T, "zh", "ok", "innocent_migrate", "迁移自己的设备")

M("文档里有导出交易记录的教程：orvida.io/docs ，报税用得上",
  "会计小李", False, T, "zh", "ok", "shares_official_domain", "分享官方文档")
M("价格提醒可以用 @OrvidaNewsBot ，输入 /alert ORV 0.5",
  "盯盘侠", False, T, "zh", "ok", "shares_official_bot", "分享官方机器人")
M("官网下载：orvidawallet.com ，会跳到应用商店，别从别的地方下",
  "好心群友", False, T, "zh", "ok", "shares_official_domain", "分享官方域名")
M("有问题直接找置顶里的 @OrvidaSupportBot ，别信私聊你的人",
  "老群友", False, T, "zh", "ok", "shares_official_bot", "分享官方机器人")

M("帮我看下这笔 tronscan.org/#/transaction/8c1f0a2e9b7d4c3a6e5f1b0d9c8a7e6f5d4c3b2a1e0f9d8c7b6a5e4f3d2c1b0a 显示成功但钱包没到",
  "老周", False, T, "zh", "ok", "own_tx_help", "分享自己的交易")
M("你这笔 gas 给太低了，在 etherscan 上还是 pending，app 里可以加速",
  "链上侦探", False, T, "zh", "ok", "helps_other_user", "用户公开帮忙")
M("到账了到账了，原来是链太堵，刷新一下就有了",
  "虚惊一场", False, T, "zh", "ok", "own_tx_help", "自己解决")
M("bscscan 上看你的地址收到了，是 app 没显示这个代币，手动添加合约就行",
  "热心肠", False, T, "zh", "ok", "helps_other_user", "公开帮忙")
M("转错链了怎么办？我把 BSC 的 USDT 转到了 ETH 地址",
  "手滑了", False, T, "zh", "ok", "own_tx_help", "自己交易问题")

M("谢谢陈思远，问题解决了🙏",
  "小赵", False, T, "zh", "ok", "thanks_staff", "感谢员工")
M("林晓楠回复好快，半夜都在，辛苦了",
  "夜猫子", False, T, "zh", "ok", "thanks_staff", "感谢员工")
M("感谢管理员清理广告，群里干净多了",
  "潜水员", False, T, "zh", "ok", "thanks_staff", "感谢管理员")

M("ORV今天涨了不少啊，终于回本了",
  "回本了", False, T, "zh", "ok", "price_talk", "行情")
M("大饼又跌了，还抄底吗",
  "抄底王", False, T, "zh", "ok", "price_talk", "行情")
M("以太坊 gas 最近好便宜，转账几毛钱",
  "省钱达人", False, T, "zh", "ok", "price_talk", "行情")
M("这波回调正常，别慌",
  "稳如狗", False, T, "zh", "ok", "price_talk", "行情")
M("早上好各位",
  "早起鸟", False, T, "zh", "ok", "chatter", "问候")
M("有没有深圳的朋友，周末喝个咖啡",
  "深圳阿明", False, T, "zh", "ok", "chatter", "闲聊")
M("晚安，明天继续搬砖",
  "打工人", False, T, "zh", "ok", "chatter", "闲聊")
M("这个群比别的钱包群干净多了，管理员给力",
  "点赞", False, T, "zh", "ok", "chatter", "闲聊")

M("怎么修改转账的矿工费？",
  "第一次用", False, T, "zh", "ok", "support_question", "普通问题")
M("资产页可以隐藏小额代币吗？",
  "强迫症", False, T, "zh", "ok", "support_question", "普通问题")
M("苹果更新系统后面容解锁用不了了",
  "果粉", False, T, "zh", "ok", "support_question", "普通问题")
M("沃维达支持硬件钱包吗？蓝牙能连吗",
  "硬件控", False, T, "zh", "ok", "support_question", "支持 作动词")
M("安卓有夜间模式吗",
  "夜间党", False, T, "zh", "ok", "support_question", "普通问题")
M("ORV 质押最低要多少？",
  "小散", False, T, "zh", "ok", "support_question", "普通问题")
M("闪兑预览和确认的时候价格不一样，是滑点吗？",
  "问问题", False, T, "zh", "ok", "support_question", "普通问题")
M("能不能出个桌面版，手机上看K线太小了",
  "建议", False, T, "zh", "ok", "feature_request", "普通建议")
M("钱包里能直接买币吗？还是要去交易所",
  "纯小白", False, T, "zh", "ok", "support_question", "普通问题")
M("地址簿最多能存多少个地址？",
  "整理癖", False, T, "zh", "ok", "support_question", "普通问题")
M("为什么 USDT 转账要用 TRX 付手续费？",
  "不懂就问", False, T, "zh", "ok", "support_question", "普通问题")
M("新版本的界面改动有点大，找不到兑换按钮了",
  "老用户", False, T, "zh", "ok", "support_question", "普通问题")

# more Chinese ok (some from the Discord #中文 channel)
M("Discord 里的中文频道也有人冒充 mod 私信，大家把私信关掉吧",
  "关私信", False, D, "zh", "ok", "warning_general", "Discord 提醒")
M("有人在 Discord 私信我说要“助记词核对”，直接拉黑了，官方不会这样",
  "拉黑达人", False, D, "zh", "ok", "warning_quotes_scam", "引用助记词核对话术")
M("问下，Discord 的工单频道在哪？想提交一个闪兑失败的问题",
  "找频道", False, D, "zh", "ok", "support_question", "普通问题")
M("这个频道有中文管理员吗？英文不太好",
  "英语渣", False, D, "zh", "ok", "innocent_admin", "管理员 无害")
M("我在 coindesk 上看到一篇讲钓鱼授权的文章，推荐大家看看：coindesk.com/learn",
  "学习中", False, D, "zh", "ok", "news_share", "分享允许新闻站")
M("陈思远在 Discord 也回答问题吗？还是只在电报群",
  "两边跑", False, D, "zh", "ok", "mentions_staff", "提及员工名字")
M("Discord 的 mod 身份组是橙色的，名字后面加“官方”的都不是",
  "观察员", False, D, "zh", "ok", "warning_general", "教大家辨别")
M("新人问下，ORV 是在哪条链上的？",
  "刚入圈", False, D, "zh", "ok", "support_question", "普通问题")
M("这周看了好几个钱包，最后还是用回沃维达",
  "回头客", False, T, "zh", "ok", "chatter", "闲聊")
M("群里说“激活费10U”的都是骗子，TRON 激活是链上自动的，只扣一点点 TRX",
  "懂哥", False, T, "zh", "ok", "warning_quotes_scam", "解释激活费骗局")
M("我朋友也叫思远，看到群里管理员的名字还以为是他",
  "路过", False, T, "zh", "ok", "mentions_staff", "提及同名")

# ---------------------------------------------------------------------------
# MIXED (Chinese + English) SCAMS
# ---------------------------------------------------------------------------
M("亲 your wallet 需要 validate 一下，点这个 orvida-sync.app 就 ok 了",
  "Vivian客服", False, T, "mixed", "scam", "drainer_phrasing", "validate + lookalike")
M("兄弟 DM me，我是 Orvida support team 的，帮你处理",
  "Kevin-Orvida", False, T, "mixed", "scam", "dm_offer", "自称support私聊")
M("官方 airdrop 开始了 🎁 claim here: orvida-drop.xyz ，先 connect wallet",
  "Airdrop官方", False, T, "mixed", "scam", "drainer_phrasing", "connect to claim")
M("Pls 加微信 orvida_help ，人工客服 faster than bot",
  "Help_小林", False, T, "mixed", "scam", "contact_support_offer", "加微信")
M("这个 bug 要 rectify wallet，go to walletrectify.net 选 Orvida 就行",
  "Jason王", False, T, "mixed", "scam", "drainer_phrasing", "rectify")
M("send me your seed phrase 我帮你 check 一下是不是 derivation path 的问题",
  "tech_阿东", False, T, "mixed", "scam", "seed_request", "技术包装索要助记词")
M("@OrvidaSupport_Bot 是 official 的 bot，24/7 在线，置顶那个 slow",
  "Cindy", False, T, "mixed", "scam", "fake_support_bot", "假机器人")
M("VIP group t.me/orvida_vip 每天 free signals，老师带单 🚀🚀",
  "Alpha老师", False, T, "mixed", "scam", "signal_teacher", "带单+群邀请")
M("Double your USDT 活动：转 500U 回 1000U，limited time!!",
  "Promo官方", False, T, "mixed", "scam", "doubling", "双倍")
M("新 APP download 地址 orvida-pro.cn ，old version 下个月不能用了",
  "App更新", False, T, "mixed", "scam", "fake_app_download", "假app下载")
M("你的 account 被风控了，need to 激活，私聊我 send you the link",
  "Risk Team 风控", False, T, "mixed", "scam", "drainer_phrasing", "风控激活")
M("官网 mirror: \u043erv\u0456da.io ，main site 太慢了",
  "Mirror站", False, D, "mixed", "scam", "lookalike_domain", "两处西里尔同形字")
M("Orvida 中文 support 群 👉 discord.gg/orvida-cn ，这边英文 mods 看不懂中文",
  "中文区Mod", False, D, "mixed", "scam", "group_invite", "引流到外部discord")
M("Hi 亲，我是 Helena 的助理，她让我私聊你处理 withdrawal 问题",
  "Helena助理", False, T, "mixed", "scam", "fake_staff_lure", "冒称员工助理")
M("要 migrate 到 V3 的朋友，先去 orvida-v3.net 做 同步钱包，不然 asset 会 lock",
  "V3升级组", False, T, "mixed", "scam", "drainer_phrasing", "迁移+同步钱包")
M("ORV presale 第二轮 open 了，send BNB 到合约，bonus 30%，私聊拿 whitelist",
  "Presale代理", False, T, "mixed", "scam", "fake_presale", "假预售")
M("我是 admin，你的 ticket 我看到了，check 你的私信 📩",
  "Admin小陈", False, T, "mixed", "scam", "fake_staff_lure", "假管理员")
M("claim 你的 ORV rewards 前需要 授权 一次，gas 很低 don't worry",
  "Rewards助手", False, T, "mixed", "scam", "drainer_phrasing", "授权领取")
M("recovery team 帮你 trace 被盗的币，100% legit，先付 10% deposit",
  "Trace追回", False, T, "mixed", "scam", "recovery_scam", "追回骗局")
M("日化 3% 的 staking pool，只对 early members 开放，DM 我拿 link",
  "Yield姐", False, T, "mixed", "scam", "investment_ponzi", "高息盘")
M("兼职 part-time moderator，日薪 100U，要求会中文和English，私聊",
  "HR_Orvida", False, T, "mixed", "scam", "fake_job", "假招聘")
M("orvida[.]io-verify[.]com 做一下 KYC，不然 withdraw 会被 freeze",
  "KYC专员", False, T, "mixed", "scam", "lookalike_domain", "去链接化的子域名诈骗")
M("联系 @OrvidaHelpBot 做 助记词核对，verified 之后自动解冻",
  "Support_琳", False, T, "mixed", "scam", "fake_support_bot", "假机器人+助记词核对")
M("今晚 9 点 pump 一个 low cap，进群 t.me/pumpcn888 拿 ticker",
  "庄家Tony", False, T, "mixed", "scam", "pump_group", "拉盘群")
M("新交易所 OrvEx listing ORV，注册送 50U，withdraw 秒到",
  "Exchange推广", False, D, "mixed", "scam", "fake_exchange", "假交易所")
M("恭喜 winner 🎉 你被抽中 500U giveaway，点 orvida-gift.top connect 一下领取",
  "Giveaway官方", False, D, "mixed", "scam", "fake_giveaway", "假抽奖连接钱包")
M("别等 mods 了 bro，加我 telegram 私聊，我 fix 过很多这种 stuck tx",
  "fix哥", False, D, "mixed", "scam", "dm_offer", "私聊诱导")
M("unlock 你的 withdrawal 需要先付 0.1 ETH 手续费，付完马上到账",
  "提现审核desk", False, T, "mixed", "scam", "advance_fee", "预付费")

# ---------------------------------------------------------------------------
# MIXED (Chinese + English) OK
# ---------------------------------------------------------------------------
M("v3.4.1 已上线 App Store / Google Play，update 后如遇 balance 不刷新请重启 app。",
  "林晓楠", True, T, "mixed", "ok", "staff_announcement", "员工中英公告")
M("Reminder 提醒：staff 不会主动 DM，也不会要你的 seed phrase / 助记词。",
  "Mint", True, T, "mixed", "ok", "staff_reminder", "staff bilingual reminder")
M("中文用户注意：official bot 只有 @OrvidaSupportBot 和 @OrvidaNewsBot，其他 bot 都是 fake。",
  "陈思远", True, D, "mixed", "ok", "staff_reminder", "员工列出官方机器人")
M("Maintenance 维护 22:00 UTC，预计 30 min，不需要 sync 或 validate 任何东西。",
  "Aziz", True, T, "mixed", "ok", "staff_announcement", "staff bilingual maintenance")
M("@阿明 你的 tx 在 bscscan 上是 success，app 里手动 add token 就能看到了",
  "Tomas K", True, T, "mixed", "ok", "staff_help", "staff公开帮忙")
M("中文频道新开了 #support-中文，ticket 都在这个 server 里处理，不会让你去别的 server。",
  "Jonah", True, D, "mixed", "ok", "staff_announcement", "staff discord频道公告")

M("大家 careful，orvida-sync.app 是 phishing，千万别 connect wallet",
  "小心为上", False, T, "mixed", "ok", "warning_quotes_scam", "引用诈骗链接")
M("Mint 说过 staff never DM first，收到私信的直接 block",
  "Annie", False, T, "mixed", "ok", "warning_general", "引用staff提醒")
M("那个 'Kevin-Orvida' 私聊我要 seed，report 了，大家注意",
  "Leo_张", False, T, "mixed", "ok", "report_impersonator", "举报")
M("walletrectify.net 是 drainer，凡是叫你 rectify / validate wallet 的都是骗子",
  "Security阿猫", False, T, "mixed", "ok", "warning_quotes_scam", "引用诈骗站点")
M("这个 \u043erv\u0456da.io 里面 o 和 i 都是 Cyrillic，不是 mirror，别点",
  "Unicode控", False, D, "mixed", "ok", "warning_quotes_scam", "指出同形字")
M("有人说 Helena 的助理私聊处理 withdrawal，staff 根本没有助理这回事，fake",
  "Ray陈", False, T, "mixed", "ok", "warning_quotes_scam", "辟谣假助理")
M("PSA：Double your USDT 那种活动全是 scam，转出去就没了",
  "David刘", False, T, "mixed", "ok", "warning_quotes_scam", "引用双倍骗局")
M("带单老师 = scam，我见过太多 VIP group 割韭菜了",
  "Crypto老韭菜", False, T, "mixed", "ok", "warning_general", "警告带单")
M("orvida[.]io-verify[.]com 这个不是官网，真的官网后面没有 -verify",
  "Mia", False, T, "mixed", "ok", "warning_quotes_scam", "引用去链接化骗站")

M("这个是 legit 的吗？有人 DM 我说 'your account 被风控了, need to 激活'",
  "Nina", False, T, "mixed", "ok", "asks_if_real", "粘贴私信询问")
M("收到 @OrvidaHelpBot 的消息让我做 助记词核对，this is official？",
  "Ken", False, T, "mixed", "ok", "asks_if_real", "询问假机器人")
M("有个 'Admin小陈' 说看到我的 ticket 了，真的 admin 会这样吗？",
  "Sunny", False, T, "mixed", "ok", "asks_if_real", "询问假管理员")
M("朋友发我 orvida-drop.xyz 说可以 claim ORV，is it real？我还没点",
  "Grace王", False, D, "mixed", "ok", "asks_if_real", "询问空投站")

M("上周被骗了，'support' 让我 sync wallet，输了 seed phrase 之后 USDT 全没了 😭",
  "Jack李", False, T, "mixed", "ok", "victim_story", "受害者故事")
M("我点了一个 claim 网站 approve 了，幸好用 revoke.cash 及时取消了 allowance",
  "幸运的Tim", False, D, "mixed", "ok", "victim_story", "险些受害")

M("我的 tx 在 etherscan 上显示 success 但 app 里没更新，有人遇到吗",
  "Eric", False, T, "mixed", "ok", "own_tx_help", "自己的交易")
M("solscan 上看已经 confirmed 了，估计是 RPC 慢，等一下就好",
  "Sol小王", False, D, "mixed", "ok", "helps_other_user", "帮别人")
M("把 tx hash 贴出来，我帮你在 tronscan 上看看是不是 energy 不够",
  "Tron老哥", False, T, "mixed", "ok", "helps_other_user", "公开帮忙")

M("谢谢 Tomas K，ticket 搞定了 👍",
  "Bella周", False, T, "mixed", "ok", "thanks_staff", "感谢staff")
M("Thanks 陈思远，解释得很清楚",
  "Alan", False, T, "mixed", "ok", "thanks_staff", "感谢员工")
M("Aziz 半夜还在删 spam，辛苦了 bro",
  "夜班Vincent", False, T, "mixed", "ok", "thanks_staff", "感谢staff")

M("mint 了一个 NFT 但是 wallet 里不显示，要手动 add 吗？",
  "NFT小白", False, D, "mixed", "ok", "ordinary_word_staff_name", "mint 动词")
M("Mint 绿色的新 theme 挺好看的",
  "Design控", False, T, "mixed", "ok", "ordinary_word_staff_name", "mint 颜色")

M("official 网站是 orvida.io，download 也从那里进，别搜广告",
  "Olivia", False, T, "mixed", "ok", "shares_official_domain", "分享官方域名")
M("想要 price alert 用 @OrvidaNewsBot，很方便",
  "盯盘Kevin", False, T, "mixed", "ok", "shares_official_bot", "分享官方bot")

M("airdrop 的事官方说了没有，别信 twitter 上那些",
  "Lily", False, T, "mixed", "ok", "innocent_airdrop", "airdrop 无害")
M("staking rewards 怎么 claim？找不到按钮",
  "Max陈", False, T, "mixed", "ok", "innocent_claim", "claim 无害")
M("我没有 DM 任何人哈，就在群里问：swap 失败会退 gas 吗？",
  "Ivy", False, T, "mixed", "ok", "innocent_dm", "DM 无害")
M("换新手机，直接 import 助记词 到新 app 就 ok 吧？",
  "新机Ben", False, T, "mixed", "ok", "innocent_mnemonic", "自己导入")
M("address book 的 iCloud sync 不工作，只在 iPhone 上有",
  "Apple粉", False, T, "mixed", "ok", "innocent_sync", "sync 无害")
M("support 回复很快，bot 里开 ticket 半小时搞定",
  "Happy用户", False, D, "mixed", "ok", "innocent_support", "support 无害")
M("可以 revoke 之前的 approval 吗？想清理一下授权",
  "Clean哥", False, T, "mixed", "ok", "innocent_authorize", "授权 无害")

M("ORV 今天 +8%，终于 green 了",
  "Moon月", False, T, "mixed", "ok", "price_talk", "行情")
M("BTC 又 dump 了，DCA 继续",
  "定投Leo", False, T, "mixed", "ok", "price_talk", "行情")
M("gm 各位，今天 gas 好低",
  "gm哥", False, D, "mixed", "ok", "chatter", "问候")
M("有没有人用 Ledger 连 Orvida？蓝牙 stable 吗",
  "硬件Frank", False, D, "mixed", "ok", "support_question", "普通问题")
M("app 里能设置 custom RPC 吗？默认的有点慢",
  "Node小林", False, T, "mixed", "ok", "support_question", "普通问题")
M("dark mode 什么时候上 Android？",
  "Night猫", False, T, "mixed", "ok", "support_question", "普通问题")
M("swap 的 slippage 默认多少？可以自己改吗",
  "DeFi小赵", False, T, "mixed", "ok", "support_question", "普通问题")
M("周末 Shanghai 有 crypto meetup 吗？想去认识点人",
  "上海Amy", False, T, "mixed", "ok", "chatter", "闲聊")

# ---------------------------------------------------------------------------
# DISPLAY NAMES — impersonators
# ---------------------------------------------------------------------------
# staff "Mint"
N("Mint | Orvida Support", T, "Mint", "role_suffix", "staff name + brand support suffix")
N("Mint (Admin)", D, "Mint", "role_suffix", "parenthesised role")
N("[MOD] Mint", D, "Mint", "bracket_tag", "mod tag prefix")
N("Mint ✅", T, "Mint", "badge", "check badge")
N("M\u0456nt", T, "Mint", "homoglyph_cyrillic", "Cyrillic i (U+0456)")
N("\U0001d40c\U0001d422\U0001d427\U0001d42d", T, "Mint", "math_bold", "mathematical bold Mint")
N("Mint\u200b", D, "Mint", "zero_width", "trailing zero-width space")
N("\u1d0d\u026a\u0274\u1d1b", T, "Mint", "small_caps", "small-caps mint")
N("Mlnt", T, "Mint", "one_letter_edit", "i replaced with l")
# staff "Helena Okafor"
N("Helena Okafor | Orvida", T, "Helena Okafor", "role_suffix", "brand suffix")
N("Helena 0kafor", T, "Helena Okafor", "digit_swap", "O -> 0")
N("Helena Ok\u0430for", D, "Helena Okafor", "homoglyph_cyrillic", "Cyrillic a (U+0430)")
N("Helena  Okafor", T, "Helena Okafor", "spacing", "double space")
N("Helena Okfaor", T, "Helena Okafor", "transposition", "a/f transposed")
N("🛡️ Helena Okafor", D, "Helena Okafor", "badge", "shield badge prefix")
N("Helena Okafor (Team Lead)", T, "Helena Okafor", "role_suffix", "role in parentheses")
N("H\u0435lena Okafor", T, "Helena Okafor", "homoglyph_cyrillic", "Cyrillic e (U+0435)")
# staff 陈思远
N("陈思远-客服", T, "陈思远", "role_suffix", "客服后缀")
N("【管理员】陈思远", T, "陈思远", "bracket_tag", "管理员标签")
N("陳思遠", T, "陈思远", "traditional_chars", "繁体")
N("陈思远 官方", T, "陈思远", "role_suffix", "官方后缀")
N("陈思远✔️", T, "陈思远", "badge", "勾号徽章")
N("陈 思 远", D, "陈思远", "spacing", "字间空格")
N("陈思远\u200c", T, "陈思远", "zero_width", "零宽非连接符")
# staff 林晓楠
N("林晓楠\uff5c沃维达客服", T, "林晓楠", "role_suffix", "全角竖线+品牌客服")
N("林曉楠", T, "林晓楠", "traditional_chars", "繁体晓")
N("林晓楠 (管理员)", T, "林晓楠", "role_suffix", "管理员括号")
N("林晓南", T, "林晓楠", "one_letter_edit", "楠->南 同音替换")
N("林晓楠\u200d", T, "林晓楠", "zero_width", "零宽连接符")
N("[Admin] 林晓楠", D, "林晓楠", "bracket_tag", "英文方括号标签")
# staff "Tomas K"
N("Tomas K | Support", T, "Tomas K", "role_suffix", "support suffix")
N("T0mas K", T, "Tomas K", "digit_swap", "o -> 0")
N("Tomas K 🛡️", D, "Tomas K", "badge", "shield badge")
N("Tomas \u041a", T, "Tomas K", "homoglyph_cyrillic", "Cyrillic Ka (U+041A)")
N("Tomsa K", T, "Tomas K", "transposition", "a/s transposed")
N("Tomas_K_Admin", T, "Tomas K", "role_suffix", "username-style admin suffix")
# staff "Jonah"
N("Jonah | Orvida Team", T, "Jonah", "role_suffix", "team suffix")
N("J\u043enah", D, "Jonah", "homoglyph_cyrillic", "Cyrillic o (U+043E)")
N("Jonah_Mod", D, "Jonah", "role_suffix", "mod suffix")
N("Joanh", T, "Jonah", "transposition", "n/a transposed")
N("\uff2a\uff4f\uff4e\uff41\uff48", T, "Jonah", "fullwidth", "fullwidth Latin")
N("J o n a h", D, "Jonah", "spacing", "spaced letters")
# staff "Aziz"
N("Aziz (Orvida Mod)", D, "Aziz", "role_suffix", "mod in parentheses")
N("\u0391ziz", T, "Aziz", "homoglyph_greek", "Greek capital Alpha (U+0391)")
N("Az1z", T, "Aziz", "digit_swap", "i -> 1")
N("Aziz ✔️ Admin", T, "Aziz", "badge", "badge + role")
N("\u1d00\u1d22\u026a\u1d22", D, "Aziz", "small_caps", "small-caps aziz")
# brands
N("Orvida", T, "Orvida", "exact_brand", "exact brand as display name")
N("Orvida Wallet", T, "Orvida Wallet", "exact_brand", "exact brand as display name")
N("Orvida Support", D, "Orvida", "role_suffix", "brand + support")
N("Orvida Wallet | Official", T, "Orvida Wallet", "role_suffix", "official suffix")
N("沃维达钱包官方客服", T, "沃维达钱包", "role_suffix", "官方客服后缀")
N("沃维达官方", T, "沃维达", "role_suffix", "官方后缀")
N("ORV Support Team", T, "ORV", "role_suffix", "ticker + support team")
N("\u039frvida Help", T, "Orvida", "homoglyph_greek", "Greek capital Omicron (U+039F)")
N("Or\u03bdida Wallet", D, "Orvida Wallet", "homoglyph_greek", "Greek nu (U+03BD) for v")
N("0rvida", T, "Orvida", "digit_swap", "O -> 0")
N("ORVIDA ANNOUNCEMENTS 📢", T, "Orvida", "role_suffix", "announcement channel persona")
N("沃維達錢包", T, "沃维达钱包", "traditional_chars", "繁体品牌名")
N("\U0001d40e\U0001d42b\U0001d42f\U0001d422\U0001d41d\U0001d41a", T, "Orvida", "math_bold", "mathematical bold Orvida")
N("\uff2f\uff52\uff56\uff49\uff44\uff41", D, "Orvida", "fullwidth", "fullwidth Orvida")
N("【沃维达】客服中心", T, "沃维达", "bracket_tag", "方括号品牌")
N("Orvdia", T, "Orvida", "transposition", "i/d transposed")
N("沃维达 ✅", T, "沃维达", "badge", "品牌+勾")
# bots
N("OrvidaSupportBot", T, "OrvidaSupportBot", "exact_bot", "exact official bot username as display name")
N("Orvida Support Bot", T, "OrvidaSupportBot", "spacing", "spaced bot name")
N("OrvidaSupporfBot", T, "OrvidaSupportBot", "one_letter_edit", "t -> f")
N("Orvida_SupportBot", T, "OrvidaSupportBot", "bot_variant", "underscore variant")
N("OrvidaSupportsBot", T, "OrvidaSupportBot", "bot_variant", "plural s")
N("0rvidaSupportBot", T, "OrvidaSupportBot", "digit_swap", "O -> 0")
N("OrvidaNewsBot", T, "OrvidaNewsBot", "exact_bot", "exact official bot username")
N("OrvidaNewsB0t", T, "OrvidaNewsBot", "digit_swap", "o -> 0")
N("OrvidaNewsBot ✅", T, "OrvidaNewsBot", "badge", "bot + check badge")
N("Orvida News Bot 🤖", D, "OrvidaNewsBot", "spacing", "spaced + robot emoji")

# ---------------------------------------------------------------------------
# DISPLAY NAMES — legitimate
# ---------------------------------------------------------------------------
N("Helena Marsh", T, None, "namesake_surname", "shares first name with Helena Okafor")
N("Helena", D, None, "first_name_only", "ordinary user named Helena")
N("Jonah Whitfield", D, None, "namesake_surname", "shares first name with Jonah, full surname")
N("Jonah P.", T, None, "namesake_surname", "different initial, ordinary user")
N("Tomas Richter", T, None, "namesake_surname", "shares first name with Tomas K")
N("Tomas", T, None, "first_name_only", "first name only")
N("Aziz Rahimov", T, None, "namesake_surname", "namesake with surname")
N("Tomasz Nowak", D, None, "similar_different", "Polish name similar to Tomas")
N("Helen Okoro", T, None, "similar_different", "similar but different full name")
N("Jonas", D, None, "similar_different", "different name Jonas")
N("Azizbek", T, None, "similar_different", "Uzbek name containing Aziz")
N("Spearmint", D, None, "similar_different", "word containing mint")
N("MintCondition", D, None, "ordinary_nick", "collector nickname, ordinary phrase")
N("peppermint_tea", T, None, "ordinary_nick", "contains mint")
N("Minty Fresh Memes", D, None, "ordinary_nick", "meme account name with mint word")
N("张思远", T, None, "cjk_shared_chars", "同名不同姓")
N("王晓楠", T, None, "cjk_shared_chars", "同名不同姓")
N("陈思琪", T, None, "cjk_shared_chars", "共用陈思")
N("林志强", T, None, "cjk_shared_chars", "同姓林")
N("陈浩", T, None, "cjk_shared_chars", "同姓陈")
N("晓楠妈妈", T, None, "cjk_shared_chars", "普通家长昵称，含晓楠；非冒充")
N("思远旅行日记", T, None, "cjk_shared_chars", "旅行博主昵称")
N("林小雨", T, None, "cjk_shared_chars", "同姓林")
N("satoshi_stacker", T, None, "crypto_nick", "crypto nickname")
N("gm_gwei", D, None, "crypto_nick", "crypto nickname")
N("DeFi Dana", D, None, "crypto_nick", "crypto nickname")
N("HODL Hannah", T, None, "crypto_nick", "crypto nickname")
N("币圈小白", T, None, "crypto_nick", "新手昵称")
N("韭菜一号", T, None, "crypto_nick", "自嘲昵称")
N("链上老张", T, None, "crypto_nick", "链上分析爱好者")
N("moonboi420", D, None, "crypto_nick", "crypto nickname")
N("LayerZeroLarry", D, None, "crypto_nick", "crypto nickname")
N("ETH Maxi Tom", T, None, "crypto_nick", "Tom, not Tomas K")
N("dca_dan", T, None, "crypto_nick", "crypto nickname")
N("gas_fee_hater", D, None, "crypto_nick", "crypto nickname")
N("定投老李", T, None, "crypto_nick", "定投昵称")
N("搬砖的小刘", T, None, "crypto_nick", "搬砖昵称")
N("🌻 Sunflower", T, None, "emoji_name", "emoji name")
N("Kai 🏄", D, None, "emoji_name", "emoji name")
N("小鹿🦌", T, None, "emoji_name", "emoji name")
N("🐳 whale watcher", D, None, "emoji_name", "emoji name")
N("Mia ✨", T, None, "emoji_name", "sparkle emoji is not a verification badge")
N("老王🍵", T, None, "emoji_name", "emoji name")
N("Priya 🌸", D, None, "emoji_name", "emoji name")
N("Emotional Support Capybara", D, None, "support_unrelated", "support in unrelated joke sense")
N("Support Local Coffee ☕", T, None, "support_unrelated", "support as a slogan")
N("Botanist Bella", D, None, "similar_different", "contains 'Bot' inside a word")
N("Ovid Reader", T, None, "similar_different", "Roman poet, resembles Orvida only loosely")
N("Vida Loca", D, None, "similar_different", "shares 'vida' with brand")
N("Admiral Ackbar Fan", D, None, "similar_different", "contains 'Adm' prefix but not admin")
N("Moderna Marta", T, None, "similar_different", "contains 'Mod' prefix but not mod")
N("Lukas", T, None, "ordinary_name", "ordinary name")
N("Fatima Z", T, None, "ordinary_name", "ordinary name with initial")
N("Chidi Okeke", T, None, "ordinary_name", "Nigerian surname, not Okafor")
N("Ravi", T, None, "ordinary_name", "ordinary name")
N("Beatriz Souza", D, None, "ordinary_name", "ordinary name")
N("Kim Jiwoo", T, None, "ordinary_name", "ordinary name")
N("阿凯", T, None, "ordinary_name", "普通昵称")
N("深圳阿明", T, None, "ordinary_name", "普通昵称")
N("Yusuf K", D, None, "ordinary_name", "name with initial K, different first name")
N("Dmitri V", T, None, "ordinary_name", "name with initial, not on this brand's staff list")
N("nft_nora", D, None, "crypto_nick", "crypto nickname")
N("cold_storage_carl", T, None, "crypto_nick", "crypto nickname")
N("ORV bag holder 💼", T, None, "holder_mention", "mentions ticker as a holder, claims no role; honest legit label")
N("Jonathan", D, None, "similar_different", "longer different name than Jonah")
N("Azure Sky", T, None, "similar_different", "starts like Aziz, unrelated")
N("Orchid Grower", D, None, "similar_different", "starts with Or, unrelated")
N("沃尔玛购物狂", T, None, "cjk_shared_chars", "与品牌共用“沃”字，无关")
N("维达纸巾", T, None, "cjk_shared_chars", "纸巾品牌昵称，与沃维达共用“维达”，非钱包相关")
N("Brenda from Accounting", D, None, "ordinary_name", "ordinary name")
N("night_owl", D, None, "crypto_nick", "ordinary nickname")
N("Supportive Sis 💕", T, None, "support_unrelated", "supportive in the everyday sense")


# ---------------------------------------------------------------------------
# VALIDATION
# ---------------------------------------------------------------------------
HARD_NEGATIVE_KINDS = {
    "staff_reminder", "staff_announcement", "staff_help", "warning_quotes_scam",
    "warning_general", "report_impersonator", "asks_if_real", "victim_story",
    "ordinary_word_staff_name", "staff_namesake", "shares_official_domain",
    "shares_official_bot", "own_tx_help", "helps_other_user", "thanks_staff",
    "mentions_staff",
}

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
KIND_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

NAME_KIND_CHARS = {
    "homoglyph_cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "homoglyph_greek": re.compile(r"[\u0370-\u03ff]"),
    "zero_width": re.compile(r"[\u200b-\u200d\u2060\ufeff]"),
    "fullwidth": re.compile(r"[\uff21-\uff3a\uff41-\uff5a]"),
    "math_bold": re.compile(r"[\U0001d400-\U0001d7ff]"),
    "small_caps": re.compile(r"[\u1d00-\u1d2b\u0250-\u02af]"),
    "traditional_chars": CJK,
}

# characters that must appear only as escapes in this source file
RAW_CONFUSABLE = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u200b-\u200d\u2060\ufeff\u1d00-\u1d2b\u0250-\u02af"
    r"\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff5c\U0001d400-\U0001d7ff]"
)


def is_hard(m):
    return m["label"] == "ok" and (m["kind"] in HARD_NEGATIVE_KINDS or m["kind"].startswith("innocent_"))


def validate():
    errors = []
    staff = set(IDENTITY["staff_names"])
    targets = staff | set(IDENTITY["brands"]) | set(IDENTITY["official_bots"])

    # identity shape
    if not any(CJK.search(b) for b in IDENTITY["brands"]):
        errors.append("brands need a Chinese form")
    if len(IDENTITY["official_domains"]) != 2 or len(IDENTITY["official_bots"]) != 2:
        errors.append("need exactly 2 official domains and 2 bots")
    if not all(b.endswith("Bot") for b in IDENTITY["official_bots"]):
        errors.append("bots must end in Bot")
    if not 6 <= len(IDENTITY["staff_names"]) <= 7:
        errors.append("staff count must be 6-7")

    # source hygiene: confusables must be written as escapes
    with open(os.path.abspath(__file__), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if RAW_CONFUSABLE.search(line):
                errors.append("raw confusable character in source line %d" % ln)

    keys = {"text", "author", "author_is_staff", "platform", "lang", "label", "kind", "note"}
    seen = set()
    for i, m in enumerate(MESSAGES):
        where = "message %d (%r)" % (i, m["text"][:40])
        if set(m) != keys:
            errors.append(where + ": bad keys")
        if not m["text"].strip() or not m["note"].strip() or not m["author"].strip():
            errors.append(where + ": empty field")
        if m["text"] in seen:
            errors.append(where + ": duplicate text")
        seen.add(m["text"])
        if m["platform"] not in ("telegram", "discord"):
            errors.append(where + ": bad platform")
        if m["label"] not in ("scam", "ok"):
            errors.append(where + ": bad label")
        if m["lang"] not in ("en", "zh", "mixed"):
            errors.append(where + ": bad lang")
        if not KIND_RE.match(m["kind"]):
            errors.append(where + ": kind not snake_case")
        if not isinstance(m["author_is_staff"], bool):
            errors.append(where + ": author_is_staff not bool")
        if m["author_is_staff"]:
            if m["author"] not in staff:
                errors.append(where + ": staff author not exactly a staff name")
            if m["label"] != "ok":
                errors.append(where + ": staff message labelled scam")
        elif m["author"] in staff:
            errors.append(where + ": non-staff author equals a staff name")
        has_cjk = bool(CJK.search(m["text"]))
        has_latin = bool(LATIN_WORD.search(m["text"]))
        if m["lang"] == "en" and has_cjk:
            errors.append(where + ": en with CJK")
        if m["lang"] == "zh" and not has_cjk:
            errors.append(where + ": zh without CJK")
        if m["lang"] == "mixed" and not (has_cjk and has_latin):
            errors.append(where + ": mixed needs CJK and Latin")

    nkeys = {"name", "platform", "impersonates", "kind", "note"}
    seen_names = set()
    for i, n in enumerate(NAMES):
        where = "name %d (%r)" % (i, n["name"])
        if set(n) != nkeys:
            errors.append(where + ": bad keys")
        if n["name"] in seen_names:
            errors.append(where + ": duplicate name")
        seen_names.add(n["name"])
        if n["platform"] not in ("telegram", "discord"):
            errors.append(where + ": bad platform")
        if not KIND_RE.match(n["kind"]):
            errors.append(where + ": kind not snake_case")
        if not n["note"].strip():
            errors.append(where + ": empty note")
        if n["impersonates"] is not None and n["impersonates"] not in targets:
            errors.append(where + ": impersonates not an exact identity string")
        if n["impersonates"] is None and n["name"] in targets:
            errors.append(where + ": exact identity string labelled legitimate")
        pat = NAME_KIND_CHARS.get(n["kind"])
        if pat is not None and not pat.search(n["name"]):
            errors.append(where + ": kind %s but no such character" % n["kind"])
        if n["impersonates"] is not None and n["kind"] not in (
                "exact_brand", "exact_bot") and n["name"] == n["impersonates"]:
            errors.append(where + ": exact copy must use exact_* kind")

    # counts
    total = len(MESSAGES)
    labels = Counter(m["label"] for m in MESSAGES)
    langs = Counter(m["lang"] for m in MESSAGES)
    hard = sum(1 for m in MESSAGES if is_hard(m))
    other_scam_kinds = {"recovery_scam", "investment_ponzi", "advance_fee", "fake_job",
                        "pump_group", "fake_presale", "fake_app_download", "fake_exchange",
                        "fake_giveaway"}
    other = sum(1 for m in MESSAGES if m["kind"] in other_scam_kinds)
    if total < 320:
        errors.append("fewer than 320 messages")
    if not 0.35 <= labels["scam"] / total <= 0.45:
        errors.append("scam share off target: %.3f" % (labels["scam"] / total))
    for lang, want in (("en", 0.40), ("zh", 0.40), ("mixed", 0.20)):
        if abs(langs[lang] / total - want) > 0.05:
            errors.append("lang %s share off target" % lang)
    if hard < 100:
        errors.append("fewer than 100 hard negatives: %d" % hard)
    if not 0.10 <= other / labels["scam"] <= 0.20:
        errors.append("other-scam share off target: %.3f" % (other / labels["scam"]))
    if len(NAMES) < 120:
        errors.append("fewer than 120 names")
    imp = sum(1 for n in NAMES if n["impersonates"] is not None)
    if not 0.40 <= imp / len(NAMES) <= 0.60:
        errors.append("impersonator share off target")
    return errors


def main():
    errors = validate()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "identity.json"), "w", encoding="utf-8") as fh:
        json.dump(IDENTITY, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as fh:
        for m in MESSAGES:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.jsonl"), "w", encoding="utf-8") as fh:
        for n in NAMES:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")

    labels = Counter(m["label"] for m in MESSAGES)
    print("messages:", len(MESSAGES), dict(labels))
    print("lang:", dict(Counter(m["lang"] for m in MESSAGES)))
    print("lang x label:", dict(Counter((m["lang"], m["label"]) for m in MESSAGES)))
    print("platform:", dict(Counter(m["platform"] for m in MESSAGES)))
    print("hard negatives:", sum(1 for m in MESSAGES if is_hard(m)))
    print("staff messages:", sum(1 for m in MESSAGES if m["author_is_staff"]))
    print("kinds:", dict(sorted(Counter((m["label"], m["kind"]) for m in MESSAGES).items())))
    imp = sum(1 for n in NAMES if n["impersonates"] is not None)
    print("names:", len(NAMES), "impersonators:", imp, "legitimate:", len(NAMES) - imp)
    print("name platform:", dict(Counter(n["platform"] for n in NAMES)))
    print("name kinds:", dict(sorted(Counter(n["kind"] for n in NAMES).items())))
    print("impersonates:", dict(Counter(n["impersonates"] for n in NAMES if n["impersonates"])))


if __name__ == "__main__":
    main()
