"""A labeled corpus of secrets and near misses, generated (seeded) so every run sees the same texts.

Secrets: BIP39 seed phrases of 12/15/18/21/24 words (English and Chinese) written the ways people
paste them (odd spacing, case, numbering, commas, inside a sentence), raw and 0x-prefixed
private keys, WIF keys. Near misses: ordinary sentences full of wallet words, 11-word runs,
transaction hashes named as such, and addresses (EVM, Bitcoin, Tron, Solana), which must be kept.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

from mnemonic import Mnemonic

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@dataclass(frozen=True)
class Sample:
    """One text; ``secret`` is what must never be kept (None for a near miss)."""

    kind: str
    text: str
    secret: str | None

    def leaks(self, kept: str) -> list[str]:
        """The parts of the secret still readable in ``kept``: the key itself, or any 3 consecutive seed words.

        (Single seed words are ordinary words - "will", "help" - that replies use too; three in a row
        from the phrase are not.)
        """
        if self.secret is None:
            return []
        if not self.kind.startswith("seed"):
            return [self.secret] if self.secret.lower() in kept.lower() else []
        words = self.secret.split()
        tokens = re.findall(r"[a-z]+|[\u4e00-\u9fff]", kept.lower())
        grams = {" ".join(tokens[i : i + 3]) for i in range(len(tokens) - 2)}
        return [" ".join(words[i : i + 3]) for i in range(len(words) - 2) if " ".join(words[i : i + 3]) in grams]


def base58check(payload: bytes) -> str:
    """Bitcoin's Base58Check encoding."""
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _B58[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _seed_variants(rng: random.Random, words: list[str]) -> list[str]:
    numbered = " ".join(f"{i}. {w}" for i, w in enumerate(words, 1))
    glued = " ".join(f"{i}.{w}" for i, w in enumerate(words, 1))
    return [
        " ".join(words),
        "  ".join(words),
        "\n".join(words),
        " ".join(w.upper() for w in words),
        " ".join(w.capitalize() for w in words),
        ", ".join(words),
        numbered,
        glued,
        "\t".join(words),
    ]


def secrets(seed: int = 11) -> list[Sample]:
    """Every kind of secret, with its plain form as ``secret``."""
    rng = random.Random(seed)
    english, chinese = Mnemonic("english"), Mnemonic("chinese_simplified")
    out: list[Sample] = []
    for strength in (128, 160, 192, 224, 256):
        entropy = bytes(rng.getrandbits(8) for _ in range(strength // 8))
        words = english.to_mnemonic(entropy).split()
        for variant in _seed_variants(rng, words):
            for frame in ("{s}", "my seed phrase is {s} please help, funds gone", "助记词：{s}"):
                out.append(Sample(f"seed_{len(words)}", frame.format(s=variant), " ".join(words)))
        zh_words = chinese.to_mnemonic(entropy).split()
        out.append(Sample(f"seed_zh_{len(zh_words)}", "我的助记词是 " + " ".join(zh_words), " ".join(zh_words)))
    for _ in range(20):
        key = bytes(rng.getrandbits(8) for _ in range(32)).hex()
        for frame in ("{k}", "0x{k}", "my private key: {k}", "私钥 0x{K} 能帮我导入吗"):
            text = frame.format(k=key, K=key.upper())
            out.append(Sample("private_key_hex", text, key[8:40]))
        wif_uncompressed = base58check(b"\x80" + bytes.fromhex(key))
        wif_compressed = base58check(b"\x80" + bytes.fromhex(key) + b"\x01")
        out.append(Sample("private_key_wif", f"import this key {wif_uncompressed}", wif_uncompressed))
        out.append(Sample("private_key_wif", f"{wif_compressed} is my WIF", wif_compressed))
    return out


NEAR_MISS_SENTENCES = [
    "I want to buy a new phone because the old one is broken and the screen went black",
    "Please help, my account was frozen after I tried to withdraw to my bank last night",
    "Can you check why the deposit from the exchange has not arrived after two hours",
    "I forgot my wallet password but I still have the backup written on paper at home",
    "The gas fee was too high so the transfer failed and now my balance looks wrong",
    "我的钱包余额不对，转账一直失败，请帮我看一下是什么原因",
    "How do I add a custom token like USDT on the Tron network to my wallet list",
    "What is the minimum amount for a withdrawal and how long does it usually take",
    "Is it safe to connect my wallet to this dapp, it asks me to approve unlimited spending",
    "abandon ability able about above absent absorb abstract absurd abuse access",  # 11 words: below the bar
    "The pin code is wrong again and the app says try later",  # "pin code": not a value after a separator
]


def near_misses(seed: int = 12) -> list[Sample]:
    """Texts that look secret-ish but must be kept whole."""
    rng = random.Random(seed)
    out = [Sample("sentence", text, None) for text in NEAR_MISS_SENTENCES]
    for _ in range(20):
        tx = bytes(rng.getrandbits(8) for _ in range(32)).hex()
        out.append(Sample("tx_hash", f"tx hash: 0x{tx}", None))
        out.append(Sample("tx_hash", f"交易哈希 {tx} 一直没确认", None))
        out.append(Sample("tx_hash", f"https://etherscan.io/tx/0x{tx}", None))
        evm = bytes(rng.getrandbits(8) for _ in range(20)).hex()
        out.append(Sample("address", f"send it to 0x{evm} please", None))
        btc = base58check(bytes([0]) + bytes(rng.getrandbits(8) for _ in range(20)))
        tron = base58check(bytes([0x41]) + bytes(rng.getrandbits(8) for _ in range(20)))
        out.append(Sample("address", f"my BTC address {btc}", None))
        out.append(Sample("address", f"Tron {tron}", None))
        solana = "".join(rng.choice(_B58) for _ in range(44))
        out.append(Sample("address", f"SOL address {solana}", None))
    return out
