"""A labeled corpus of secrets and near misses, generated (seeded) so every run sees the same texts.

Secrets: BIP39 seed phrases of 12/15/18/21/24 words (English and Chinese) written the ways people
paste them (odd spacing, case, numbering, commas, inside a sentence), also with one or two words
mistyped (a letter inserted, deleted, replaced, doubled or swapped) or replaced by a non-word, raw and
0x-prefixed private keys, WIF keys, and passwords given after a label (en and zh). Near misses:
ordinary sentences and long support messages full of wallet words, 11-word runs, sentences about a
password that hold none, transaction hashes named as such, and addresses (EVM, Bitcoin, Tron,
Solana), which must be kept.
"""

from __future__ import annotations

import hashlib
import random
import re
import string
from dataclasses import dataclass
from functools import lru_cache

from mnemonic import Mnemonic

from core.understanding.redaction import PROSE_WORDS

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@dataclass(frozen=True)
class Sample:
    """One text; ``secret`` is what must never be kept (None for a near miss)."""

    kind: str
    text: str
    secret: str | None

    def leaks(self, kept: str) -> list[str]:
        """The parts of the secret still readable in ``kept``: the key or password itself (a PIN after its
        label), or any 3 consecutive seed words.

        (Single seed words are ordinary words - "will", "help" - that replies use too; three in a row
        from the phrase are not.)
        """
        if self.secret is None:
            return []
        if self.secret.isdigit():
            # A PIN alone also turns up in a log's timestamps and ids; a leaked one comes with its label.
            at = self.text.index(self.secret)
            labeled = self.text[max(0, at - 3) : at] + self.secret
            return [self.secret] if labeled.lower() in _lowered(kept) else []
        if not self.kind.startswith("seed"):
            return [self.secret] if self.secret.lower() in _lowered(kept) else []
        words = self.secret.lower().split()
        grams = _trigrams(kept)
        return [" ".join(words[i : i + 3]) for i in range(len(words) - 2) if " ".join(words[i : i + 3]) in grams]


# Every sample is checked against every stored text and the whole log: work each text out once.
@lru_cache(maxsize=4096)
def _lowered(text: str) -> str:
    return text.lower()


@lru_cache(maxsize=4096)
def _trigrams(text: str) -> frozenset[str]:
    tokens = re.findall(r"[a-z]+|[\u4e00-\u9fff]", text.lower())
    return frozenset(" ".join(tokens[i : i + 3]) for i in range(len(tokens) - 2))


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
    return out + mistyped_seeds(seed) + passwords(seed)


_EDITS = ("insertion", "deletion", "substitution", "doubled", "swap")


def _edit(rng: random.Random, word: str, edit: str) -> str:
    at = rng.randrange(len(word))
    letter = rng.choice(string.ascii_lowercase)
    if edit == "insertion":
        return word[:at] + letter + word[at:]
    if edit == "deletion":
        return word[:at] + word[at + 1 :]
    if edit == "substitution":
        return word[:at] + letter + word[at + 1 :]
    if edit == "doubled":
        return word[:at] + word[at] + word[at:]
    at = min(at, len(word) - 2)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def _typo(rng: random.Random, word: str, edit: str, wordlist: frozenset[str]) -> str:
    """One edit of ``word`` that leaves no BIP39 word (that would be no typo to tolerate) and no common
    English word: one in 400 typos ("art" -> "at") makes one, and the redaction takes it for prose."""
    for attempt in range(100):
        typo = _edit(rng, word, edit if attempt < 20 else "insertion")  # "add" has no swap that is a typo
        if typo not in wordlist and typo not in PROSE_WORDS:
            return typo
    raise AssertionError(f"no typo of {word!r}")


def _non_word(rng: random.Random, wordlist: frozenset[str]) -> str:
    """A made-up word (consonant-vowel syllables): what a misremembered seed word looks like.

    Not a BIP39 word and not a common English one ("made"): the redaction takes those for prose.
    """
    while True:
        word = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
        if word not in wordlist and word not in PROSE_WORDS:
            return word


def _phrase_forms(words: list[str]) -> list[str]:
    return [
        " ".join(words),
        "\n".join(words),
        ", ".join(words),
        " ".join(f"{i}. {w}" for i, w in enumerate(words, 1)),
        " ".join(f"{i}.{w}" for i, w in enumerate(words, 1)),
        " ".join(w.upper() for w in words),
        " ".join(w.capitalize() for w in words),
    ]


_SEED_FRAMES = ("{s}", "my seed phrase is {s} please help, funds gone", "助记词：{s}", "is this right?\n{s}\nthanks")


def mistyped_seeds(seed: int = 13) -> list[Sample]:
    """Seed phrases of every length with one or two words mistyped or replaced by a non-word.

    The secret is the phrase as typed, so the leak check looks for three consecutive typed tokens.
    """
    rng = random.Random(seed)
    english = Mnemonic("english")
    wordlist = frozenset(english.wordlist)
    out: list[Sample] = []
    for strength in (128, 160, 192, 224, 256):
        words = english.to_mnemonic(bytes(rng.getrandbits(8) for _ in range(strength // 8))).split()
        cases: list[tuple[str, list[int], str]] = []  # kind, positions, what goes there
        for count in (1, 2):
            for edit in _EDITS:
                cases.append((f"seed_typo_{count}", rng.sample(range(len(words)), count), edit))
            cases.append((f"seed_typo_{count}", [0, len(words) - 1][:count], rng.choice(_EDITS)))  # at the ends
            cases.append((f"seed_typo_{count}", [len(words) - 1, 0][:count], rng.choice(_EDITS)))
            cases += [(f"seed_nonword_{count}", rng.sample(range(len(words)), count), "non-word") for _ in range(3)]
            cases.append((f"seed_nonword_{count}", [len(words) - 1, 0][:count], "non-word"))
        cases.append(("seed_typo_and_nonword", rng.sample(range(len(words)), 2), "both"))
        cases.append(("seed_nonword_1", [rng.randrange(len(words))], "walllet"))  # the reported case
        for number, (kind, positions, edit) in enumerate(cases):
            typed = list(words)
            for n, at in enumerate(positions):
                if edit == "walllet":
                    typed[at] = "walllet"
                elif edit == "non-word" or (edit == "both" and n == 1):
                    typed[at] = _non_word(rng, wordlist)
                else:
                    typed[at] = _typo(rng, words[at], rng.choice(_EDITS) if edit == "both" else edit, wordlist)
            forms = _phrase_forms(typed)
            text = _SEED_FRAMES[number % len(_SEED_FRAMES)].format(s=forms[number % len(forms)])
            out.append(Sample(kind, text, " ".join(typed)))
    out += _mistyped_chinese_seeds(rng)
    return out


def _mistyped_chinese_seeds(rng: random.Random) -> list[Sample]:
    """Chinese phrases with one or two characters that an IME picked wrongly (outside the word lists)."""
    chinese = Mnemonic("chinese_simplified")
    listed = set(chinese.wordlist) | set(Mnemonic("chinese_traditional").wordlist)
    strays = [c for c in "您吗呢嘛哦啊吧哈喔嗯嘿咱俺瞧睡醒喝吃" if c not in listed]
    out = []
    for strength in (128, 160, 192, 224, 256):
        words = chinese.to_mnemonic(bytes(rng.getrandbits(8) for _ in range(strength // 8))).split()
        for count in (1, 2):
            typed = list(words)
            for at in rng.sample(range(len(words)), count):
                typed[at] = rng.choice(strays)
            out.append(Sample("seed_zh_typo", "我的助记词是 " + " ".join(typed), " ".join(typed)))
    return out


_PASSWORD_WORDS = ("sunshine", "dragonfly", "letmein", "qwerty", "monkey", "princess", "football", "starlight")


def _password(rng: random.Random) -> str:
    word = rng.choice(_PASSWORD_WORDS)
    cased = rng.choice([word.capitalize(), word, word.upper()])
    return cased + str(rng.randint(10, 9999)) + rng.choice(["", "!", "#", "@"])


PASSWORD_FRAMES_EN = (
    "password: {p}",
    "my password is {p} and it still fails",
    "Password = {p}",
    "pwd:{p}",
    "login password: {p}, please reset it",
    "The password was {p} before I changed it",
    "my wallet password is: {p}",
    "passcode is {p}",
)
PASSWORD_FRAMES_ZH = (
    "密码是{p}",
    "我的密码是 {p}，登录不了",
    "密码：{p}",
    "钱包密码为{p}怎么还是错",
    "密碼是{p}",
    "口令是 {p}",
)


def passwords(seed: int = 14) -> list[Sample]:
    """Passwords and PINs given after a label and a separator, in English and Chinese."""
    rng = random.Random(seed)
    out = []
    for frame in PASSWORD_FRAMES_EN:
        for _ in range(2):
            value = _password(rng)
            out.append(Sample("password_en", frame.format(p=value), value))
    for frame in PASSWORD_FRAMES_ZH:
        for _ in range(2):
            value = _password(rng)
            out.append(Sample("password_zh", frame.format(p=value), value))
    for _ in range(4):
        pin = str(rng.randint(100000, 999999))
        word = rng.choice(_PASSWORD_WORDS)
        out += [
            Sample("password_en", f"my pin is {pin}", pin),
            Sample("password_en", f"PIN: {pin[:4]}", pin[:4]),
            Sample("password_en", f"my password is \"{word}\" all lower case", word),
            Sample("password_en", f"Password: {word}", word),
            Sample("password_zh", f"支付密码为{pin}", pin),
            Sample("password_zh", f"交易密码：{pin}，帮我看看", pin),
            Sample("password_zh", f"我的钱包密码是「{word}」", word),
        ]
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
    # Prose with ten BIP39 words in twelve and no short word: sentence ends and commas tell it from a phrase.
    "Since you can use any search pattern, you can highlight very complex things",
    "There are no restrictions on distributing unmodified copies of Vim except\n"
    "that they must include this license text.  You can also distribute unmodified parts",
    "Please check again, wallet balance shows zero after swap today, bridge transfer pending since morning",
    "Hello team, thank you so much. Quick question about the staking reward",
    "I want to buy some bitcoin but the app says my balance is zero and the card was declined",
]

# A person writing about a password holds none: "is/was" before an ordinary word, a length, a question.
PASSWORD_TALK_EN = [
    "my password is wrong again",
    "password is not working",
    "I forgot my password",
    "the password is incorrect, it says",
    "my password was changed yesterday and now I cannot log in",
    "the pin is 4 digits long right?",
    "the password is 8-16 characters with a number",
    "Password: incorrect. That is all the app shows",
    "Is my password strong enough?",
    "password was reset but the app still asks for the old one",
    "What is the password for the backup file?",
    "my password is too long for the field",
    "password is case sensitive?",
    "Forgot password: what should I do now",
    "how do I change my login password",
    "my wallet password is the same as my email password",
    "wallet password or login password: which one do you mean",
    "My PIN is locked after five tries",
    "The password was accepted but the transfer failed",
    "The password is correct, I checked twice",
    "PASSWORD IS WRONG",
    "my password is Wrong every time",
]
PASSWORD_TALK_ZH = [
    "密码是什么",
    "密码是不是错了",
    "支付密码忘了怎么办",
    "我忘记密码了",
    "密码错误怎么办",
    "密码是对的但是登录不了",
    "密码为空怎么办",
    "交易密码是6位数字吗",
    "密码是6-20位字母加数字",
    "密码：忘记了",
    "登录密码和支付密码有什么区别",
    "密码是多少位的",
    "输入密码后一直提示密码错误",
    "密码是不是区分大小写",
    "修改密码后多久可以提现",
    "PIN码是什么意思",
    "钱包密码是在哪里设置的",
    "我的密码是正确的，为什么还是提示错误",
]

_SUPPORT_OPENINGS = ("Hello support team,", "Hi there,", "Good morning,", "Dear support,", "Hey,")
_SUPPORT_SENTENCES = (
    "I tried to swap USDT to TRX this morning but the app says the network fee is too high",
    "my balance still shows zero even though the explorer says the transfer is complete",
    "the deposit from the exchange arrived but the token does not appear in the list",
    "after the last update the app keeps asking me to verify my phone number again",
    "I want to stake some coins but I cannot find the option anywhere in the menu",
    "the bridge transaction has been pending for six hours and the status never changes",
    "can you please check why my withdrawal to the bank was rejected twice",
    "I bought a new phone and want to move my wallet there without losing anything",
    "the price chart is blank and the market tab only shows an error message",
    "my friend sent me some ETH on the wrong network, is there any way to recover it",
    "the app crashed during the swap and now I see two pending orders",
    "every time I open the dapp browser it asks me to approve unlimited spending",
    "please tell me how long a cross chain transfer usually takes on a busy day",
    "I noticed a small unknown token in my account and I am worried it is a scam",
    "the gas estimate jumped from one dollar to forty dollars in a minute",
    "I have enough balance but the send button stays grey and nothing happens",
)
_SUPPORT_CLOSINGS = ("Thanks a lot.", "Please help me.", "Thank you for your time!", "Waiting for your reply.", "")


def support_messages(rng: random.Random, count: int = 40) -> list[str]:
    """Long, ordinary support messages: three to six sentences of wallet talk, randomly chained."""
    out = []
    for _ in range(count):
        body = rng.sample(_SUPPORT_SENTENCES, rng.randint(3, 6))
        joiner = rng.choice([". ", ", and ", ". Also ", "; "])
        out.append(f"{rng.choice(_SUPPORT_OPENINGS)} {joiner.join(body)}. {rng.choice(_SUPPORT_CLOSINGS)}".strip())
    return out


def _eleven_word_runs(rng: random.Random) -> list[str]:
    """Eleven BIP39 words in a row, written the ways a phrase is, or named as incomplete."""
    english = Mnemonic("english")
    out = []
    for _ in range(4):
        words = english.to_mnemonic(bytes(rng.getrandbits(8) for _ in range(16))).split()[:11]
        out += _phrase_forms(words)
        out += [
            f"Only 11 words on my paper: {' '.join(words)} - is one missing?",
            f"{' '.join(words)} <- my backup, the last word is gone",
            f"助记词只有11个：{' '.join(words)}",
        ]
    return out


def near_misses(seed: int = 12) -> list[Sample]:
    """Texts that look secret-ish but must be kept whole."""
    rng = random.Random(seed)
    out = [Sample("sentence", text, None) for text in NEAR_MISS_SENTENCES]
    out += [Sample("support_message", text, None) for text in support_messages(rng)]
    out += [Sample("seed_11_words", text, None) for text in _eleven_word_runs(rng)]
    out += [Sample("password_talk_en", text, None) for text in PASSWORD_TALK_EN]
    out += [Sample("password_talk_zh", text, None) for text in PASSWORD_TALK_ZH]
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
