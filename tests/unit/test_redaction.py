from mnemonic import Mnemonic

from core.understanding.redaction import redact

SEED12 = Mnemonic("english").generate(128)
SEED24 = Mnemonic("english").generate(256)
HEX_KEY = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"


def test_twelve_word_seed_is_masked():
    result = redact(f"here is my seed {SEED12} please check")
    assert "seed_phrase" in result.kinds
    for word in SEED12.split():
        assert f" {word} " not in f" {result.text} " or word in ("here", "is", "my", "seed", "please", "check")
    assert result.text.startswith("here is my")


def test_24_word_seed_numbered_and_comma_separated():
    numbered = " ".join(f"{i}. {w}" for i, w in enumerate(SEED24.split(), start=1))
    assert redact(numbered).kinds == ("seed_phrase",)
    assert redact(", ".join(SEED12.split())).kinds == ("seed_phrase",)
    assert SEED24.split()[5] not in redact(numbered).text.split()


def test_chinese_seed_with_spaces_is_masked():
    seed = Mnemonic("chinese_simplified").generate(128)
    result = redact(f"助记词：{seed}")
    assert result.kinds == ("seed_phrase",)
    assert seed not in result.text


def test_eleven_words_and_plain_sentences_are_kept():
    eleven = " ".join(SEED12.split()[:11])
    assert not redact(eleven).found
    assert not redact("I forgot my password and cannot open the wallet app today").found
    assert not redact("我的钱包里的币不见了是不是被盗了我该怎么办才好呢").found


def test_hex_private_key_masked_but_transaction_hash_kept():
    assert redact(f"my key is {HEX_KEY}").kinds == ("private_key",)
    assert redact(f"my key is 0x{HEX_KEY}").kinds == ("private_key",)
    kept = redact(f"deposit missing, txid 0x{HEX_KEY}")
    assert not kept.found and HEX_KEY in kept.text
    assert not redact(f"see https://etherscan.io/tx/0x{HEX_KEY}").found


def test_wif_and_xprv_masked_addresses_kept():
    assert redact(f"import {WIF} fails").kinds == ("private_key",)
    xprv = ("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJ"
            "gk33yuGBxrMPHi")
    assert redact(xprv).kinds == ("private_key",)
    assert not redact("send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa or 0x742d35Cc6634C0532925a3b844Bc454e4438f44e").found


def test_password_values_masked():
    assert redact("password: hunter22").text == "password: [REDACTED password]"
    assert redact("我的密码是abc12345，怎么办").text == "我的密码是[REDACTED password]，怎么办"
    assert not redact("how do I reset my password").found


# Fixed entropy (not generate()) so a failure names the same words every run.
PHRASE12 = Mnemonic("english").to_mnemonic(bytes(range(16))).split()  # abandon amount liar amount expire ...
PHRASE24 = Mnemonic("english").to_mnemonic(bytes(range(100, 132))).split()  # good clinic oil speak note ...


def _with(words: list[str], typed: dict[int, str]) -> str:
    """The phrase as typed: ``typed`` maps positions to what was written there instead."""
    return " ".join(typed.get(at, word) for at, word in enumerate(words))


def test_seed_with_one_non_word_is_masked_whole_wherever_it_is():
    # The reported leak: "walllet" (no BIP39 word, nor one edit from one) let 11 of 12 words through.
    for at in (0, 5, 11):
        text = f"here is my seed {_with(PHRASE12, {at: 'walllet'})} please check"
        result = redact(text)
        assert result.kinds == ("seed_phrase",), text
        assert "walllet" not in result.text and "liar" not in result.text and "gather" not in result.text
        assert result.text.startswith("here is my ")  # "seed" and "please check" are BIP39 words too


def test_seed_with_typos_is_masked():
    assert redact(_with(PHRASE12, {0: "abandn"})).text == "[REDACTED seed_phrase]"  # deletion
    assert redact(_with(PHRASE12, {4: "expirre", 9: "gahter"})).text == "[REDACTED seed_phrase]"  # doubled, swap
    assert redact(_with(PHRASE24, {3: "spaek", 20: "wya"})).text == "[REDACTED seed_phrase]"
    numbered = " ".join(f"{i}. {w}" for i, w in enumerate(_with(PHRASE12, {11: "buyr"}).split(), 1))
    assert redact(numbered).kinds == ("seed_phrase",)


def test_three_non_words_or_prose_are_not_a_seed():
    assert not redact(_with(PHRASE12, {2: "walllet", 5: "xqzt", 8: "blorp"})).found  # three: over the limit
    assert not redact(_with(PHRASE12, {6: "the"})).found  # a common English word ends the run
    assert not redact("Since you can use any search pattern, you can highlight very complex things").found
    assert not redact("Please check again, wallet balance shows zero after swap today, bridge transfer pending").found


def test_password_talk_is_not_a_password():
    for text in ("my password is wrong again", "password is not working", "I forgot my password",
                 "password is incorrect", "my password was changed", "the pin is 4 digits long",
                 "the password is 8-16 characters", "Password: incorrect", "Forgot password: what now?",
                 "密码是什么", "密码是不是错了", "支付密码忘了怎么办", "密码是6-20位", "密码：忘记了"):
        assert not redact(text).found, text


def test_password_after_a_separator_is_masked():
    assert redact("my password is Hunter2!").text == "my password is [REDACTED password]"
    assert redact("my password is \"sunshine\"").text == "my password is \"[REDACTED password]\""
    assert redact("pwd=letmein").text == "pwd=[REDACTED password]"
    assert redact("my pin is 4821").text == "my pin is [REDACTED password]"
    assert redact("支付密码为123456").text == "支付密码为[REDACTED password]"
    assert redact("密码：qwerty88 怎么登录不了").text == "密码：[REDACTED password] 怎么登录不了"
