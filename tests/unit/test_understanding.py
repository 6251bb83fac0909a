import pytest
from mnemonic import Mnemonic

from core.understanding import Identifier, understand
from core.understanding.identifiers import Masked, mask_identifiers
from core.understanding.redaction import redact
from core.understanding.wrappers import strip_wrappers

TX = "9f2c4e1b7a0d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6"
EVM = "0xdAC17F958D2ee523a2206206994597C13D831ec7"
TRON = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
BTC_LEGACY = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
BTC_P2SH = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"
BTC_BECH32 = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
SOLANA = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"
TON = "EQD4FPq-PRDieyQKkizFTRtSDyucUIqrj0v_zXJmqaDp6_0t"


def found(text: str) -> list[Identifier]:
    return list(mask_identifiers(text).identifiers)


@pytest.mark.parametrize(("text", "value", "chain"), [
    (f"tx 0x{TX} still pending", f"0x{TX}", "EVM"),
    (f"波场转账 哈希{TX} 一直没到", TX, "TRON"),
    (f"btc deposit, txid: {TX}", TX, "Bitcoin"),
    (f"transaction hash {TX}", TX, None),  # 64 hex without 0x: TRON or Bitcoin, and the message does not say
])
def test_transaction_hashes_with_the_chain_their_format_or_message_names(text, value, chain):
    assert found(text) == [Identifier("tx_hash", value, chain)]


@pytest.mark.parametrize(("address", "chain"), [
    (EVM, "EVM"), (TRON, "TRON"), (BTC_LEGACY, "Bitcoin"), (BTC_P2SH, "Bitcoin"), (BTC_BECH32, "Bitcoin"),
    (SOLANA, "Solana"), (TON, "TON"), ("0x66d6…5472", "EVM"), ("TR7N...Lj6t", "TRON"),
])
def test_addresses_of_each_chain(address, chain):
    assert found(f"sent it to {address} an hour ago") == [Identifier("address", address, chain)]


def test_identifiers_glued_to_chinese_text_are_found():
    result = mask_identifiers(f"我在浏览器上查这个地址{EVM}总共有1.8个ETH")
    assert [i.kind for i in result.identifiers] == ["address", "amount"]
    assert EVM not in result.text and "1.8个ETH" in result.text


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("look at https://tronscan.org/#/transaction/abc", "url", "https://tronscan.org/#/transaction/abc"),
    ("is opensea.io safe?", "url", "opensea.io"),
    ("sent 500 USDT yesterday", "amount", "500 USDT"),
    ("paid 0.5eth for gas", "amount", "0.5eth"),
    ("转了100个TRX", "amount", "100个TRX"),
    ("充了1.5万U", "amount", "1.5万U"),
    ("order #12345 not delivered", "order_number", "12345"),
    ("#889123 was charged twice", "order_number", "889123"),
    ("订单号 2023101512345678 一直没到", "order_number", "2023101512345678"),
    ("my ticket #12 is still open", "ticket_number", "12"),
    ("mail me at jane.doe@example.com", "email", "jane.doe@example.com"),
    ("call +86 138 0013 8000", "phone", "+86 138 0013 8000"),
    ("手机号13800138000收不到验证码", "phone", "13800138000"),
])
def test_links_amounts_order_numbers_and_contacts(text, kind, value):
    assert [(i.kind, i.value) for i in found(text)] == [(kind, value)]


def test_an_amount_names_its_chain_when_the_token_does():
    assert found("100个TRX")[0].chain == "TRON" and found("0.5 ETH")[0].chain == "EVM"
    assert found("500 USDT")[0].chain is None  # USDT lives on many chains


@pytest.mark.parametrize("text", [
    "waited 2 hours on my iPhone 15", "2fa code never came", "my 12 words are written down", "set 3 gwei",
    "updated to v2.1 on iOS 17.2", "balance shows 0.00", "2024-01-15 13:45 转的", "24小时内不能提现",
    "12个助记词", "6位验证码", "第3次了", "in order to swap", "SomeVeryLongCamelCaseIdentifierName12",
    "TheQuickBrownFoxJumpsOverTheLazyDogAgain1", "1 near 2 link", "转账一直在打包中，手续费也扣了",
])
def test_ordinary_words_and_numbers_are_no_identifiers(text):
    assert mask_identifiers(text) == Masked(text, ())


def test_an_unnamed_identifier_reads_as_its_kind_a_named_one_leaves_the_users_word():
    assert mask_identifiers(f"sent from {EVM}, still nothing").text == "sent from [wallet address], still nothing"
    assert mask_identifiers(f"stuck. 0x{TX}").text == "stuck."  # context-less 64 hex: a key, see below
    assert mask_identifiers(f"地址{TRON}显示打包中").text == "地址 显示打包中"
    assert mask_identifiers(f"tx hash: 0x{TX} pending").text == "tx hash: pending"


def test_secrets_never_become_identifiers():
    seed = Mnemonic("english").generate(128)
    wif = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
    redacted = redact(f"my seed is {seed} and key {wif}, also {TX}").text
    assert mask_identifiers(redacted) == Masked("my seed is and key, also", ())
    # A 64-hex key reaching this step unredacted (no "tx"/"hash" before it) is still no identifier.
    assert found(f"here it is {TX}") == [] and found(f"here it is 0x{TX}") == []


@pytest.mark.parametrize(("text", "question"), [
    ("hi admin 👋 my deposit is missing", "my deposit is missing"),
    ("hello there, good morning team! how do I swap?", "how do I swap?"),
    ("hey quick q, how do i add a token", "how do i add a token"),
    ("total noob here, how do i create a wallet", "how do i create a wallet"),
    ("how do I export my history? thanks in advance 🙏", "how do I export my history?"),
    ("在吗 刚改了登录密码 想提现", "刚改了登录密码 想提现"),
    ("您好，请问怎么导入钱包？谢谢", "怎么导入钱包？"),
    ("麻烦查一下我的充值到了没", "我的充值到了没"),
    ("小白求助 怎么买币", "怎么买币"),
    ("客服，我的币没到", "我的币没到"),
    ("能撤回吗 求求了", "能撤回吗"),
])
def test_greeting_and_politeness_wrappers_are_stripped(text, question):
    assert strip_wrappers(text) == question


@pytest.mark.parametrize("text", [
    "hello?", "hi admin 👋", "在吗", "您好", "thanks!", "谢谢", "👍", "hello 在吗 有人吗",
    # The words stay where they carry the question.
    "ok thanks", "your help is much appreciated", "客服电话多少", "新手教程在哪", "提现太麻烦了",
    "how do i get help", "please help me recover my wallet", "high gas fees",
])
def test_a_message_that_is_only_a_wrapper_or_needs_its_words_is_kept(text):
    assert strip_wrappers(text) == text


def test_understand_masks_identifiers_then_strips_wrappers():
    understood = understand(f"hi team 👋 sent 275 USDC to {EVM} an hour ago, still nothing. thanks!")
    assert understood.text == "sent 275 USDC to [wallet address] an hour ago, still nothing."
    assert [i.kind for i in understood.identifiers] == ["amount", "address"]


async def test_assessment_carries_the_identifiers_and_retrieval_ignores_them(make_desk):
    desk = (await make_desk()).desk
    plain = await desk.assess("my deposit has not arrived")
    pasted = await desk.assess(f"hello! my deposit has not arrived. tx 0x{TX}")
    assert pasted.identifiers == (Identifier("tx_hash", f"0x{TX}", "EVM"),)
    assert pasted.decision.candidates[0][0] == plain.decision.candidates[0][0] == "deposit-missing"
    assert (await desk.assess("hello")).identifiers == ()
