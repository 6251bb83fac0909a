from mnemonic import Mnemonic

from core.redaction import redact

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
