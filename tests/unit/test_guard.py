"""The community guard by itself: impersonating names and scam messages, no platform involved."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from core.guard.domains import imitates
from core.guard.identity import OfficialIdentity
from core.guard.messages import check_message
from core.guard.names import impersonates
from core.guard.skeleton import skeleton

IDENTITY = OfficialIdentity(brands=("TPWallet", "TokenPocket", "TP钱包"),
                            official_domains=("tokenpocket.pro", "tpwallet.io"),
                            official_bots=("TPWalletSupportBot",), staff_names=("Mia", "Omar Haddad", "小周"),
                            allowed_domains=("etherscan.io", "tronscan.org", "t.me/TPWalletOfficial"))


@pytest.mark.parametrize("text", ["Мia", "M1a", "ＭＩＡ", "Mi\u200ba", "MIA"])
def test_disguises_read_as_the_letters_they_imitate(text):
    assert skeleton(text) == "mia"


@pytest.mark.parametrize(("name", "imitated"), [
    ("Mia (Admin)", "Mia"), ("Мia", "Mia"), ("Mi\u200ba", "Mia"), ("✅ Omar Haddad ✅", "Omar Haddad"),
    ("Omar Hadad Support", "Omar Haddad"), ("Mia | TPWallet Team", "Mia"), ("TPWalIet Support", "TPWallet"),
    ("TokenPocket Official", "TokenPocket"), ("TP钱包客服", "TP钱包"), ("TPWaIletSupportBot", "TPWalletSupportBot"),
])
def test_impersonators_are_named(name, imitated):
    assert impersonates(name, IDENTITY) == imitated


@pytest.mark.parametrize("name", ["Mia Johnson", "Miami", "Omar", "kevin_1998", "BTC老韭菜", "小周周", "DeFi Dan",
                                  "support vector fan"])
def test_people_who_share_a_first_name_or_a_word_are_not(name):
    assert impersonates(name, IDENTITY) is None


@pytest.mark.parametrize(("host", "imitated"), [
    ("t0kenpocket.pro", "tokenpocket.pro"), ("tokenpοcket.pro", "tokenpocket.pro"),  # Greek omicron
    ("tokenpocket.pro.verify-wallet.xyz", "tokenpocket.pro"), ("tokenpocket-support.com", "tokenpocket.pro"),
    ("tpwallet-claim.app", "tpwallet.io"), ("tokenpockett.pro", "tokenpocket.pro"),
])
def test_lookalike_domains(host, imitated):
    assert imitates(host, IDENTITY) == imitated


@pytest.mark.parametrize("host", ["tokenpocket.pro", "www.tokenpocket.pro", "etherscan.io", "google.com"])
def test_real_and_unrelated_domains_imitate_nothing(host):
    assert imitates(host, IDENTITY) is None


@pytest.mark.parametrize(("text", "reason"), [
    ("go to https://t0kenpocket.pro and validate your wallet", "lookalike_domain"),
    ("xn--tokenpcket-v9a.pro login now to keep your funds", "lookalike_domain"),
    ("join t.me/TPWallet_Helpdesk for faster help", "invite"),
    ("contact @TPWallet_Helpdesk_bot for help", "fake_bot"),
    ("DM me, I can help you recover your funds", "dm_offer"),
    ("加我微信 abc12345 帮你解决", "dm_offer"),
    ("send me your 12 words so I can check the wallet", "seed_request"),
    ("提供助记词帮你找回资产", "seed_request"),
    ("sync your wallet here: https://dapp-fix.xyz", "drainer"),
    ("send 1 ETH get 2 ETH back, only today", "giveaway"),
    ("带单老师 稳赚不赔 日收益20%", "signals"),
    ("Beware of scammers! DM me for real support", "dm_offer"),
])
def test_scam_messages_give_their_reason(text, reason):
    assert reason in check_message(text, IDENTITY, author="bob").reasons


@pytest.mark.parametrize("text", [
    "admins will never DM you first, ignore anyone asking for your seed",
    "someone DMed me 'validate your wallet at tokenpocket-verify.com', is that real?",
    "有人让我去同步钱包，是真的吗",
    "小心骗子，官方不会私信",
    "how do I claim the airdrop in the app?",
    "where is customer support",
    "I DMed the bot yesterday",
    "tx: https://tronscan.org/#/transaction/abc123",
    "下载请去 https://www.tokenpocket.pro/download",
    "official group is t.me/TPWalletOfficial",
    "swap failed again, gas too low?",
])
def test_warnings_questions_and_ordinary_messages_are_ok(text):
    assert check_message(text, IDENTITY, author="bob").reasons == ()


def test_staff_are_exempt():
    assert not check_message("DM me your UID please", IDENTITY, author="Mia", author_is_staff=True).scam
    assert check_message("DM me your UID please", IDENTITY, author="Mia (Admin)").scam


def test_the_cli_answers_every_line_in_order(tmp_path, monkeypatch):
    from bots.cli import app

    monkeypatch.chdir(tmp_path)
    lines = [{"text": "go to t0kenpocket.pro to validate your wallet", "author": "x", "platform": "telegram"},
             {"name": "Mia (Admin)", "platform": "discord"}, {"name": "Mia Johnson", "platform": "discord"},
             {"text": "how do I back up my wallet?", "author": "y", "platform": "telegram"}]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\nnot json\n"
    result = CliRunner().invoke(app, ["guard", "check", "--staff-name", "Mia", "--official-domain", "tokenpocket.pro"],
                                input=stdin)
    out = [json.loads(line) for line in result.output.strip().splitlines()]
    assert out[0]["verdict"] == "scam" and "lookalike_domain" in out[0]["reasons"]
    assert out[1] == {"impersonates": "Mia"} and out[2] == {"impersonates": None}
    assert out[3] == {"verdict": "ok", "reasons": []}
    assert "error" in out[4] and result.exit_code == 1  # a bad line is answered in its place, and the exit says so


@pytest.mark.parametrize(("text", "reason"), [
    ("scammed last week? @FundsBackAgent got my usdt back in 2 days, message him", "recovery_offer"),
    ("your seed phrase 发我看看 I'll check the derivation path", "seed_request"),
    ("充值500U返1000U 限时活动", "giveaway"),
    ("new official domain: https://xn--tp-1z5cr40w.com download from here", "lookalike_domain"),
    ("just connect wallet to claim, 10 seconds", "drainer"),
    ("bit.ly/abc123 follow the steps and your balance comes back", "phishing_link"),
    ("the official site is https://tokenpocket.prо, the others are fake", "lookalike_domain"),  # Cyrillic о
])
def test_more_scams_written_the_ways_they_are(text, reason):
    assert reason in check_message(text, IDENTITY, author="bob").reasons


@pytest.mark.parametrize("text", [
    "reminder: the official site is tokenpocket.pro only, tokenpocket-help.com is phishing",
    "电报的私信功能怎么关？老有陌生人加我",
    "有人在群里发带单老师的广告，管理员能踢一下吗",
    "那个 @TPWalletSupport_Bot 是假的吧？",
    "how do i move to a new phone? just import the mnemonic there?",
])
def test_more_warnings_and_questions_stay_ok(text):
    assert check_message(text, IDENTITY, author="bob").reasons == ()


def test_a_full_name_one_letter_off_is_a_copy_but_a_first_name_alone_is_not():
    assert impersonates("Omar Hadad", IDENTITY) == "Omar Haddad"
    assert impersonates("Mio", IDENTITY) is None
