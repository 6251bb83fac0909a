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
    result = CliRunner().invoke(app, ["guard", "check", "--staff-name", "Mia", "--official-domain", "tokenpocket.pro",
                                      "--rules-only"], input=stdin)
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
    ("new app version only at token-pokcet.com, the store one is outdated", "lookalike_domain"),  # swap + hyphen
    ("site down? use the mirror tokenpocket-backup dot net meanwhile", "lookalike_domain"),  # dot spelled out
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


# Kinds beyond the first corpus, each in sentences of its own, on a second brand so nothing leans on TPWallet.
LUMO = OfficialIdentity(brands=("LumoWallet", "Lumo钱包"), official_domains=("lumowallet.io",),
                        official_bots=("LumoHelpBot",), staff_names=("Ben", "Chloe Martin", "阿明"),
                        allowed_domains=("etherscan.io", "t.me/LumoOfficial"))


@pytest.mark.parametrize(("text", "reason"), [
    # defanged links, and the brand as a host name over someone else's domain
    ("lumowallet[.]io-claim[.]net connect and claim your bonus", "lookalike_domain"),
    ("go to lumo-wallet(.)support to fix your balance", "lookalike_domain"),
    # support handles: the handle or the message says "support"
    ("客服 @Lumo_Help_Desk_24h 在线处理", "fake_bot"),
    ("官方客服飞机：@wallet_kf_7 24小时在线", "fake_bot"),
    ("DM Lumo Helpdesk#4432 for refunds", "fake_bot"),
    # private contact: spaced out, in pinyin, a friend request, "reply to my DM"
    ("加 我 微 信 帮 你 处 理", "dm_offer"),
    ("Lumo support desk: 加 wo wei xin lumo_kf88 处理冻结", "dm_offer"),
    ("I'm from LumoWallet support, I sent you a friend request to solve the sync issue", "dm_offer"),
    ("我是本群管理员，你的问题私聊我", "impersonator"),
    ("hello dear, I'm part of the Lumo support team, kindly share your wallet phrase to verify ownership",
     "impersonator"),
    # the secret asked for indirectly: a reply, a photo, a part, pinyin, spaced letters
    ("Please reply with your seed so the engineers can re-index your wallet", "seed_request"),
    ("Send a photo of your recovery sheet and we will restore the balance", "seed_request"),
    ("只需要提供助记词后四个单词就能验证身份", "seed_request"),
    ("zhu ji ci 发给我，我帮你恢复", "seed_request"),
    ("s e e d phrase please, I'll check it for you", "seed_request"),
    # drainer flows with no link: sign or approve for a refund, pay to unlock, scan to receive
    ("sign the permit in your wallet to receive your compensation", "drainer"),
    ("The stuck funds can be released after you approve the reimbursement contract in your wallet", "drainer"),
    ("连接钱包签名一下就能领取补偿", "drainer"),
    ("你的账户需要先交 200U 保证金才能提现", "drainer"),
    ("Withdrawals are locked until you pay a 0.1 ETH unlock fee", "drainer"),
    ("scan this QR code with your Lumo wallet to claim the airdrop", "drainer"),
    ("扫这个二维码领取空投奖励", "drainer"),
    # doubling, guaranteed returns, recovery services, paid tasks
    ("I deposited 0.5 ETH to the event wallet and received 1 ETH back within minutes!", "giveaway"),
    ("VIP signals channel: 5x guaranteed on the next call", "signals"),
    ("跟着老师操作，保证盈利，亏了全赔", "signals"),
    ("Our copy-trading desk made 250% ROI last month, DM to join", "signals"),
    ("Recovery experts here: we trace stolen crypto and get it back, pay only 15% upfront", "recovery_offer"),
    ("专业追回被盗资产，成功率95%，先付定金", "recovery_offer"),
    ("在家做任务，点赞关注就能赚钱，日结 100U", "job_offer"),
    ("earn 80 USDT daily doing simple tasks from your phone, deposit 30 USDT to activate", "job_offer"),
])
def test_new_kinds_of_scam_are_caught_on_another_brand(text, reason):
    assert reason in check_message(text, LUMO, author="member").reasons


@pytest.mark.parametrize("text", [
    # reassurance is not a warning, but these are ordinary
    "别担心，转账一般几分钟就能到账",
    "TRON新地址需要先转入一点TRX才能激活，这是链上规则",
    "I sent 100 USDT and got 99 back after the fee, is that normal?",
    "Do I need to sign a message every time I connect my wallet to a dapp?",
    "After the bridge refund I had to approve the token again to swap, is that expected?",
    "扫码收款功能在哪里？",
    "我用 Lumo钱包 扫了朋友的收款码付了 20U",
    "I'm contacting support about my missing swap, any ETA on replies?",
    "I'm an admin of a small NFT discord, how do I set up the wallet for our treasury?",
    "我是技术小白，请问怎么添加自定义代币？",
    "已经私信你了吗？我没看到消息",
    "What ROI does the staking pool show for you? mine says 4.2%",
    "I have my seed phrase and want to recover on a new phone, steps?",
    "点击导入钱包，输入助记词，再设置新密码",
    # warnings and questions that quote a scam
    "lumo-wallet[.]help is NOT ours, it's a drainer. Only lumowallet.io is real",
    "收割韭菜的带单老师，保证收益那种话别信",
    "注意 @LumoHeIpBot 是大写 I，fake bot，官方是 @LumoHelpBot",
    "有个人拉我进 t.me/+LumoVip 说是客服群，是官方的吗？",
    "is lumo-wallet.co the same as lumowallet.io? someone sent it to me",
    "A stranger wrote 'DM me, I'm with the dev team'. Should I trust that?",
    "Those fund recovery services that charge a fee upfront are scammers, ignore them",
])
def test_new_ordinary_warning_and_question_kinds_stay_ok(text):
    assert check_message(text, LUMO, author="member").reasons == ()


@pytest.mark.parametrize(("name", "imitated"), [
    ("Chloe from LumoWallet", "Chloe Martin"), ("B e n", "Ben"), ("阿 明", "阿明"), ("Ƀen", "Ben"),
    ("Ben | Lumo", "Ben"), ("Lumo_KeFu", "LumoWallet"), ("L u m o W a l l e t", "LumoWallet"),
    ("ȽumoWallet", "LumoWallet"), ("Customer Service", "LumoWallet"), ("官方客服", "Lumo钱包"),
    ("Helpdesk ✅", "LumoWallet"),
])
def test_new_kinds_of_impersonator_names(name, imitated):
    assert impersonates(name, LUMO) == imitated


@pytest.mark.parametrize("name", ["Ben 🐶", "Lumo fan", "Dev", "Tech", "Bossa Lumo Support Group", "阿明同学",
                                  "Bennett", "Sam Lumo"])
def test_namesakes_fans_and_plain_words_are_not_impersonators(name):
    assert impersonates(name, LUMO) is None


def test_folding_reads_hooked_latin_letters_and_spaced_writing():
    assert skeleton("Ɲova") == "nova" and skeleton("ɴova") == "nova"
    assert skeleton("N o v a") == "nova" and skeleton("老 唐") == "老唐"


def test_the_reminder_needs_both_the_interval_and_enough_messages():
    from datetime import UTC, datetime, timedelta

    from core.guard.reminders import SafetyReminder

    now = [datetime(2026, 12, 2, 9, tzinfo=UTC)]
    reminder = SafetyReminder(timedelta(hours=6), 3, clock=lambda: now[0])
    assert [reminder.seen("g") for _ in range(5)] == [False] * 5  # busy, but the process has just started
    now[0] += timedelta(hours=6)
    assert reminder.seen("g") and not reminder.seen("other")  # due in g; other chats count on their own
    now[0] += timedelta(hours=7)
    assert [reminder.seen("g") for _ in range(3)] == [False, False, True]  # a quiet chat waits for 3 messages
    assert not SafetyReminder(timedelta(0), 1, clock=lambda: now[0]).seen("g")  # off


def test_likeness_judges_only_what_the_rules_let_through():
    import asyncio

    import numpy as np

    from core.guard.judge import judge_message
    from core.guard.likeness import ScamLikeness

    # A one-dimensional "model": the vector is 1 for texts containing "platform", else -1.
    likeness = ScamLikeness(np.array([4.0], np.float32), 0.0, 0.85, "m")

    async def encode(text: str) -> np.ndarray:
        return np.array([1.0 if "platform" in text else -1.0], np.float32)

    def verdict(text: str, **kwargs: object) -> tuple[str, ...]:
        return asyncio.run(judge_message(text, IDENTITY, likeness=likeness, encode=encode, **kwargs)).reasons

    assert verdict("my uncle's platform gives great returns, I can introduce you") == ("resembles_scam",)
    assert verdict("my uncle's platform gives great returns, I can introduce you", author_is_staff=True) == ()
    assert verdict("platform ok") == ()  # too short to resemble anything
    assert verdict("someone DMed me about a platform paying 3% a day, is it real?") == ()  # a question about it
    assert verdict("announcements about the platform are on https://tokenpocket.pro/news") == ()  # official only
    assert "lookalike_domain" in verdict("the platform moved to tokenpocket-verify.com, log in there")  # rules first
    assert verdict("how do I back up my wallet to a new phone?") == ()
    assert asyncio.run(judge_message("my uncle's platform gives great returns", IDENTITY)).reasons == ()  # rules alone


@pytest.mark.model
def test_the_cli_also_judges_by_likeness_with_the_model(tmp_path, monkeypatch):
    from bots.cli import app

    monkeypatch.chdir(tmp_path)
    lines = [{"text": "my cousin runs a private trading desk, 4% a day guaranteed, she turned 1k into 9k, "
                      "want an intro?", "author": "x", "platform": "telegram"},
             {"text": "anyone know when the next update ships?", "author": "y", "platform": "discord"}]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n"
    result = CliRunner().invoke(app, ["guard", "check"], input=stdin)
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.output.strip().splitlines()[-2:])
    assert first == {"verdict": "scam", "reasons": ["resembles_scam"]} and second["verdict"] == "ok"
    ruled = CliRunner().invoke(app, ["guard", "check", "--rules-only"], input=stdin)
    assert json.loads(ruled.output.strip().splitlines()[0])["verdict"] == "ok"  # the rules alone miss it


def test_program_files_are_apps_and_tools_not_pictures_or_papers():
    from core.guard.files import program_files

    assert program_files(["TPWallet_v5.2_fix.apk"]) and program_files(["setup.EXE"])
    assert program_files(["tool.zip"]) and program_files(["files.rar"], "解压后安装就能修复余额")
    assert not program_files(["screenshot.png", "statement.pdf", "photos.zip"], "holiday pictures")
    assert not program_files([])


def test_initials_support_desks_and_chinese_brand_words_in_names():
    kite = OfficialIdentity(brands=("Kite Wallet", "风筝钱包"), official_domains=("kitewallet.io",),
                            staff_names=("Lena Park", "Rui"))
    assert impersonates("L. Park | Official", kite) == "Lena Park"  # an initial and the surname, with a role
    assert impersonates("Rui from Support", kite) == "Rui"
    assert impersonates("风筝 官方客服", kite) == "风筝钱包"  # the brand's own word, without 钱包
    assert impersonates("风筝爱好者", kite) is None  # a kite fan
    assert impersonates("Rui from Lisbon", kite) is None
    assert impersonates("L. Parker", kite) is None


def test_the_likeness_model_overrules_a_rule_that_hit_ordinary_chat():
    import asyncio

    import numpy as np

    from core.guard.judge import judge_message
    from core.guard.likeness import ScamLikeness

    # A one-dimensional "model": texts about a "teacher" read like chat (-1), every other text like a scam.
    likeness = ScamLikeness(np.array([4.0], np.float32), 0.0, 0.85, "m", veto=0.05)

    async def encode(text: str) -> np.ndarray:
        return np.array([-1.0 if "teacher" in text else 1.0], np.float32)

    def verdict(text: str, files: tuple[str, ...] = ()) -> tuple[str, ...]:
        return asyncio.run(judge_message(text, LUMO, files=files, likeness=likeness, encode=encode)).reasons

    story = "my brother joined a paid signal group with a teacher and guaranteed profit 5% daily, he lost 3k"
    assert "signals" in check_message(story, LUMO).reasons  # the rules' words match the story
    assert verdict(story) == ()  # the model reads it as chat: not acted on
    assert verdict("paid signal group, guaranteed profit 5% daily, join now") == ("signals",)  # no doubt here
    assert verdict(story, files=("LumoWallet_fix.apk",)) == ("program_file",)  # a program is no story
    no_veto = ScamLikeness(np.array([4.0], np.float32), 0.0, 0.85, "m")
    assert "signals" in asyncio.run(judge_message(story, LUMO, likeness=no_veto, encode=encode)).reasons


def test_a_flagged_message_that_reads_like_a_report_and_little_like_a_scam_is_not_acted_on():
    import asyncio

    import numpy as np

    from core.guard.judge import judge_message
    from core.guard.likeness import Report, ScamLikeness

    # Two dimensions: [how much like a scam, how much like a report of one]; the report model reads the second.
    likeness = ScamLikeness(np.array([1.0, 0.0], np.float32), 0.0, 0.85, "m", veto=0.05,
                            report=Report(np.array([0.0, 1.0], np.float32), 0.0, threshold=0.8, ceiling=0.2))
    vectors = {"report": np.array([-2.0, 2.0], np.float32),  # scam 0.12, report 0.88
               "scammy report": np.array([0.0, 3.0], np.float32),  # scam 0.5: a fake "security alert" warns too
               "weak report": np.array([-2.0, 0.0], np.float32)}  # report 0.5

    def reasons(kind: str) -> tuple[str, ...]:
        async def encode(_: str) -> np.ndarray:
            return vectors[kind]

        text = "lost 3k to a paid signal group that promised guaranteed profit 5% daily, ugh"
        return asyncio.run(judge_message(text, LUMO, likeness=likeness, encode=encode)).reasons

    assert check_message("lost 3k to a paid signal group that promised guaranteed profit 5% daily, ugh",
                         LUMO).reasons == ("signals",)  # the rules' words match the story
    assert reasons("report") == ()
    assert reasons("scammy report") == ("signals",)
    assert reasons("weak report") == ("signals",)


def test_the_report_model_is_saved_and_loaded_with_the_likeness_model(tmp_path):
    import numpy as np

    from core.guard.likeness import Report, ScamLikeness

    path = tmp_path / "likeness.json"
    saved = ScamLikeness(np.array([0.5, -0.25], np.float32), 0.1, 0.85, "m", 0.05,
                         Report(np.array([0.125, 1.0], np.float32), -0.5, 0.8, 0.2))
    saved.save(path)
    loaded = ScamLikeness.load(path)
    assert loaded is not None and loaded.report is not None
    assert loaded.report.probability(np.array([0.0, 1.0], np.float32)) == saved.report.probability(
        np.array([0.0, 1.0], np.float32))
    assert (loaded.report.threshold, loaded.report.ceiling) == (0.8, 0.2)
    saved.with_report(None).save(path)  # a model shipped before reports loads without one
    assert ScamLikeness.load(path).report is None


@pytest.mark.parametrize(("text", "reason"), [
    ("your balance is locked by the anti-fraud check, unlock at l u m o - unlock . net within 12h",
     "phishing_link"),  # a domain spaced around its dot; "anti-fraud" is the scam's word, not a warning
    ("qing si xin wo, wo shi guan fang ke fu", "dm_offer"),  # pinyin "DM me"
    ("the devs need your recovery phrase to re-sync the node, paste it here", "seed_request"),
    ("my sister got 2 ETH back thanks to chain-refund-experts.org, they recover anything", "recovery_offer"),
    ("小心骗子！唯一真正的客服是 @Lumo_kefu_888 有问题找他", "fake_bot"),  # a warning vouching for a fake desk
    ("小心骗子，真的是官方 lumowallet-help.cc 其他都是假的", "lookalike_domain"),  # "是官方" vouches, 不是官方 not
    ("旧的 lumowallet.io 不是官方的了，请前往 lumowallet-new.cc 下载", "lookalike_domain"),  # disowns to redirect
    # retiring the official domain opens a fake migration, however much warning surrounds it
    ("lumowallet.io is not official anymore, use lumowallet-v2.cc from now on", "lookalike_domain"),
    ("注意：lumowallet.io 已停用，请大家前往 lumowallet-pro.cc，其他都是骗子", "lookalike_domain"),
])
def test_sixth_session_scams(text, reason):
    assert reason in check_message(text, LUMO).reasons


@pytest.mark.parametrize("text", [
    "那个自称客服的人一直私信我，让我装远程软件，已拉黑",  # someone else's DMs reported
    "私信我的那个“阿明”头像和真的一样，大家小心",
    "千万别点 lumowalet.io，是少了一个 l，我朋友已经被盗了",  # a warning naming the look-alike
    "提醒大家：管理员永远不会私信你，也不会要你的助记词",
    "群里发的 lumo-bonus.net 这个是 official 的吗？还没点",
    "@Ben can I DM you my tx hash? I'd rather not post my address here",  # naming a staff member
    "report the account pretending to be Chloe, it uses @chloe_lumo_helpdesk and DMs newcomers",
    "有个管理员加我微信说能帮我解冻，让我发助记词过去，这个能信吗",  # asking about what someone else asked
])
def test_sixth_session_warnings_and_questions_stay_ok(text):
    assert not check_message(text, LUMO).scam, check_message(text, LUMO).reasons


@pytest.mark.parametrize("text", [
    "heads up: lumo-wallet-io.net is not ours, the only site is lumowallet.io",  # disowned, not vouched for
    "the only site is lumowallet.io. lumo-wallet-io.net is not ours, it's a drainer",
    "注意 lumo-app.cc 不是官方的，千万别连接钱包",
    "刚收到一条私信：'您好我是Lumo技术支持，请提供助记词'，已经举报了",  # a message received, quoted
    "提醒：谁说'私信我帮你解冻'的都是骗子，有问题走官方工单",  # the offer is quoted in a warning
    "I'm called Ben too lol, not staff, please don't DM me about tickets",  # refusing DMs
    "我也叫阿明，不是管理员，别私信我问问题",
])
def test_seventh_session_warnings_and_refusals_stay_ok(text):
    assert not check_message(text, LUMO).scam, check_message(text, LUMO).reasons


def test_a_contraction_is_not_a_quotation():
    # The apostrophes of "don't ... I'll" are no quotation marks around the offer.
    text = "don't post your issue here, scammers read this chat. message me and I'll sort it out"
    assert "dm_offer" in check_message(text, LUMO).reasons


def test_the_brand_one_letter_off_with_a_role_word_and_names_that_disclaim():
    assert impersonates("LumoWalet Support", LUMO) == "LumoWallet"
    assert impersonates("Lumowallett Team ✅", LUMO) == "LumoWallet"
    assert impersonates("LumoWalet fan", LUMO) is None  # no role word: a typo, not a claim
    assert impersonates("Ahmed | IT Support (not LumoWallet)", LUMO) is None  # says it is not them
    assert impersonates("小周（非官方）Lumo钱包用户", LUMO) is None
    assert skeleton("ɡıt") == "git"  # script g and dotless i read as their letters


def test_official_bots_written_as_handles_or_links_count_as_their_usernames():
    written = OfficialIdentity(brands=IDENTITY.brands, official_domains=IDENTITY.official_domains,
                               official_bots=("@TPWalletSupportBot", "https://t.me/TPWalletNewsBot"),
                               staff_names=IDENTITY.staff_names)
    assert written.official_bots == ("TPWalletSupportBot", "TPWalletNewsBot")
    assert not check_message("ask @TPWalletSupportBot, it is the only official desk", written).scam
    assert impersonates("TPWaIletSupportBot", written) == "TPWalletSupportBot"


# Eighth to twelfth corpora's kinds (read after their blind figures), in sentences of their own, on another brand.
PELL = OfficialIdentity(brands=("Pellmark Wallet", "Pellmark", "佩马钱包"), official_domains=("pellmark.io",),
                        official_bots=("PellmarkHelpBot", "PellmarkNewsBot"),
                        staff_names=("Rowan", "Ines Calder", "许文"), allowed_domains=("etherscan.io",))


@pytest.mark.parametrize(("text", "reason"), [
    # from the eighth and ninth corpora's errors
    ("p m  m e  f o r  h e l p", "dm_offer"),  # spaced letters, words two spaces apart
    ("wallet acting up? i can sort it, hmu", "dm_offer"),
    ("Good day, I noticed your issue. Kindly send a DM so we can sort it out", "dm_offer"),
    ("你好，我是许文的同事，她让我跟进你的问题，麻烦查看一下私信", "dm_offer"),
    ("hey, I am Rowan's assistant, he asked me to reach out about your ticket. check your DMs", "impersonator"),
    ("Rowan here, this is my backup account since the main one got restricted. what's wrong with your wallet?",
     "impersonator"),
    ("WhatsApp support +44 7700 900 123 English service", "dm_offer"),
    ("你的 wallet 需要 sync 一下，不然会被 lock，link 私发", "drainer"),
    ("pellmark-refund点top 领补偿 这里发不了链接 自己拼", "lookalike_domain"),
    ("balance looks off after the update? just re-sync it on the dapp connect page, takes a minute", "drainer"),
    ("钱包资产显示不对的 去dapp里连一下钱包点同步就好了", "drainer"),
    ("更新后余额异常 连接钱包授权一下就修复了 亲测有效", "drainer"),
    ("参加周年活动，只要把助记词导入活动工具里就能领取", "seed_request"),
    ("tip: paste your recovery phrase into the indexer and the tokens show again, totally safe", "seed_request"),
    ("send over the private key export and I'll load it on my side to debug", "seed_request"),
    ("被骗了别急，我们是链上网警团队，可以冻结对方地址帮你追回资金", "recovery_offer"),
    ("the team is doubling every USDT sent to the treasury wallet this hour, confirmed in the AMA", "giveaway"),
    ("huge thanks to coach Dana, 100% accurate calls every week, search @dana_calls", "signals"),
    ("收U 高价 量大可私", "otc_offer"),
    ("出PEL币 比市价低一成 走我担保 不走平台", "otc_offer"),
    ("$PELCAT just launched, dev doxxed, 100x easy, ape in before the CEX listing 🚀", "pump_shill"),
    ("新土狗刚开盘 市值才三十万 百倍起步 冲", "pump_shill"),
    ("今晚8点统一拉盘 大家一起买 不要卖", "pump_shill"),
    ("你好 冒昧打扰 看你在群里挺懂的 我表哥在一个平台每天都有收益 有空聊聊吗", "investment_lure"),
    # from the tenth corpus's errors
    ("the page only asks for your phrase to confirm you own the wallet, it's encrypted, no worries", "seed_request"),
    ("今晚充值翻倍活动，转多少返两倍，亲测有效", "giveaway"),
    ("转账其实可以撤回的，我认识一个技术大神，帮不少人找回过", "recovery_offer"),
    ("PEL代币预售开启，上所前只在 pel-presale.finance 开放", "phishing_link"),
    ("Mr Tan 的 signals 太准了，我两周翻了8倍，add him @tan_calls", "signals"),
    ("not shilling but Ms Ivy's copy trading is legit, she only takes 12 students this month", "signals"),
    ("easiest way: copy the address from your recent transactions, checking the first and last 4 is enough",
     "poisoning_advice"),
    ("转账直接从历史记录里复制地址就行，前四位后四位对上就够了", "poisoning_advice"),
    # from the eleventh corpus's errors
    ("The v5 upgrade needs you to restore wallet on the upgrade portal, old wallets stop working friday", "drainer"),
    ("v5升级必须在升级门户恢复钱包，否则旧钱包会作废", "drainer"),
    ("got 3 ETH back for sending 1.5 ETH to the anniversary address, hurry", "giveaway"),
    ("参加了活动，转了500U回来1000U，真的到账了", "giveaway"),
    ("a friend showed me a platform that pays 4% daily, withdrew twice already", "signals"),
    ("这种事别在群里说，私我，我帮你联系技术", "dm_offer"),
    ("佩马钱包国际版安装包，带加速功能：pel-app.oss-cn.com/pellmark.apk", "phishing_link"),
    ("你的USDT被标记为风险资金，需要联系客服做资金验证，否则永久冻结", "drainer"),
    # from the twelfth corpus's errors
    ("Pellmark has an official WhatsApp support now +44 7700 900 555, they answer 24/7", "dm_offer"),
    ("dm'd you bro, check your message requests", "dm_offer"),
    ("desync happens, open the node page and connect wallet to rectify it", "drainer"),
    ("just sign the permit on the validation page, no gas needed", "drainer"),
    ("thank you @CryptoWithMona for the profits 🙏 $2,100 today from $400", "signals"),
    ("跟着李老师做合约两个月翻了4倍，想学的加老师", "signals"),
    ("oops wrong group sorry 😅 do you also invest? my aunt teaches me forex arbitrage", "investment_lure"),
    ("不好意思发错群了 你也做投资吗 我舅舅带我做外汇套利", "investment_lure"),
    ("Hi, this is Rowan from the Pellmark team, reaching out to affected users, reply to me privately", "dm_offer"),
    ("Your Pellmark account has 980 USDT unclaimed compensation. Claim within 24h or it is burned.", "drainer"),
    ("您的佩马账户有980 USDT补偿金未领取，24小时内不领取将被销毁", "drainer"),
    ("链接发不了，自己把点换回来：pellmark[点]io-help[点]com", "lookalike_domain"),
    ("官方QQ客服群：518273946 进群备注问题", "dm_offer"),
    ("合约升级，旧钱包要迁移，连钱包签一个迁移授权就好", "drainer"),
    ("签个名激活一下钱包就能提现，免手续费", "drainer"),
    ("我刚转了300U，秒回600U，真的", "giveaway"),
    ("wallet 需要 re-sync, connect wallet 点 Sync 就行", "drainer"),
    ("nonce 错乱, 去 sync dapp connect + approve 就好", "drainer"),
    ("PEL listing on Binance 明天 confirmed，先 buy，30x 🚀", "pump_shill"),
])
def test_later_corpora_scams_on_another_brand(text, reason):
    assert reason in check_message(text, PELL).reasons, check_message(text, PELL)


@pytest.mark.parametrize("text", [
    # from the eighth and ninth corpora's errors
    "I reported @Pellmark_Care_Bot to Telegram, please everyone do the same",
    "已经 report 了那个 @Pellmark_KF_Bot，大家也举报一下",
    "mods please ban @quick_profit_sensei, he keeps pushing 'signals' in DMs",
    "the DM I got says 'hi, this is Rowan, this is my private account' - his handle is @rowan_pm_help, report pls",
    "之前被所谓的 'recovery team' 骗了 0.3 ETH，说能追回，结果又要手续费",
    "contact @PellmarkHelpBot for anything account related, it is the only official desk",
    # a staff persona passed on to ask about it is a report, not the persona
    'someone DMed me: "I\'m Rowan\'s assistant, check your DMs" is this real?',
    "有人私信我说“我是许文的同事，请查看私信”，这是真的吗？",
    "收到一条私信：我是许文的助理，她让我联系你",
    "收到了 谢谢 高价收的那个人是骗子吧？",
    "who said 100x? that coin dumped 80% lol",
    # from the tenth corpus's errors
    "this account @Pellmark_Help_Bot wrote me first. the real one is @PellmarkHelpBot, right?",
    "这个 @PellmarkHelpBot_cs 主动私信我，官方的是 @PellmarkHelpBot 没错吧？",
    "被地址投毒了，从转账记录复制的地址前后四位一模一样，大家一定要完整核对",
    "never copy an address from your history and only check the first and last 4, that is how poisoning works",
    "I wrote my seed phrase on paper and it's safe in a drawer",
    # from the eleventh corpus's errors
    "heads up, a bot called @PeIlmarkHelpBot is DMing people. the real one is @PellmarkHelpBot, check the spelling",
    "有人拉我进一个“佩马VIP带单群”，官方有带单群吗？",
    # from the twelfth corpus's errors
    "lol the 'send 1 ETH get 2 ETH back' bot is back in #general, mods pls ban",
    "is there a 2x giveaway for the anniversary? someone in DMs says send 100 USDT get 200",
    "I invest a bit in BTC every month, do you also invest?",
])
def test_later_corpora_reports_stay_ok(text):
    assert not check_message(text, PELL).scam, check_message(text, PELL)


@pytest.mark.parametrize(("name", "imitated"), [
    ("Rowan (backup)", "Rowan"), ("Ines Calder | CTO Pellmark", "Ines Calder"), ("Ines Clader", "Ines Calder"),
    ("Pellmark | Announcements", "Pellmark"), ("Pellmark Alerts", "Pellmark"),
    ("Pellmаrk Wallet", "Pellmark Wallet"),  # Cyrillic а
    ("Pellmaгk", "Pellmark"),  # Cyrillic г read as r
    ("Iпes Calder", "Ines Calder"),  # Cyrillic п, which the confusables data leaves out, read as n
    ("★ Rowan ★", "Rowan"), ("Pellmark Ticket", "Pellmark"),
])
def test_later_corpora_names(name, imitated):
    assert impersonates(name, PELL) == imitated


@pytest.mark.parametrize("name", ["Rowan Pike", "Ines", "Pellmark fan", "Calder Music", "许文静"])
def test_later_corpora_legitimate_names(name):
    assert impersonates(name, PELL) is None


def test_vv_reads_as_w_in_names():
    kite = OfficialIdentity(brands=("Kite",), staff_names=("Rowan_KTW",))
    assert impersonates("Rowan_KTVV", kite) == "Rowan_KTW"


def test_a_full_brand_one_letter_off_and_a_brand_inside_another_word():
    assert impersonates("Pelmmark Wallet", PELL) == "Pellmark Wallet"  # swapped
    assert impersonates("Pellmrak Wallet", PELL) == "Pellmark Wallet"
    assert impersonates("Pellmarkford", PELL) is None  # a place name that starts with the brand
    assert impersonates("PellmarkSupport", PELL) == "Pellmark"
    assert impersonates("Pellmark2024", PELL) == "Pellmark"


def test_a_testimonial_is_not_a_report_of_what_someone_said():
    assert "lookalike_domain" in check_message("some users said the v3 portal pellmark-v3.io fixes it, works for me",
                                               PELL).reasons


def test_two_letters_swapped_copy_a_staff_name_or_the_brand_and_senior_titles_are_role_words():
    # Seventh session, from the fourteenth corpus's misses; written for another brand.
    pine = OfficialIdentity(brands=("Pinecrest", "Pinecrest Wallet", "松岭钱包"), official_domains=("pinecrest.io",),
                            staff_names=("Marco", "Isla Brennan", "Devi R"))
    assert impersonates("Mraco", pine) == "Marco"
    assert impersonates("Dvei R", pine) == "Devi R"
    assert impersonates("Pinecrset", pine) == "Pinecrest"
    assert impersonates("Isla Brennan (Community Lead)", pine) == "Isla Brennan"
    assert impersonates("Isla Brennan | Head of Support", pine) == "Isla Brennan"
    # Not copies: another real name, a name of another length, a plain word, a word far from the brand.
    for name in ("Mario", "Marcos", "Maroc Traveller", "Isla", "Lead Guitar Sam", "Pinecone", "Crestpine"):
        assert impersonates(name, pine) is None, name


def test_a_chinese_staff_name_one_character_off_with_a_role_word_is_a_copy():
    pine = OfficialIdentity(brands=("Pinecrest", "松岭钱包"), staff_names=("周思琪", "高远"))
    assert impersonates("周思棋-客服", pine) == "周思琪"  # a homophone, with the desk's word
    assert impersonates("高原【管理员】", pine) == "高远"
    assert impersonates("周斯琪 官方 ✅", pine) == "周思琪"
    # Alone, or with another surname, it is another person.
    assert impersonates("周思棋", pine) is None
    assert impersonates("高原", pine) is None
    assert impersonates("吴思琪 客服", pine) is None
