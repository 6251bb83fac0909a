"""The reply language: what the person wrote decides it, not what they pasted (errors, quotes, links, tickers)."""

import pytest

from core.models import FaqEntry
from core.understanding.text import choose_language, detect_language

ENTRY = FaqEntry("deposit", "funds", ("充值没到账怎么办", "deposit not credited", "充值一直不到"),
                 {"zh": "请用交易哈希查询。", "en": "Look the hash up."})


@pytest.mark.parametrize("text", [
    "提现一直失败 提示 execution reverted: transfer amount exceeds balance 怎么回事",
    "转账报错 Error: insufficient funds for gas * price + value",
    "swap的时候弹出 'Transaction underpriced' 是什么意思",
    "我的地址是 0x66d6aB3f2a5c1E4b7d8e9F0a1b2c3d4e5f6a7b8c 为什么收不到",
    "https://bscscan.com/tx/0xabc 这个交易失败了",
    "MetaMask里导入的TokenPocket钱包 显示不了NFT",
    "你们app有没有dark mode",
    "Error: nonce too low 怎么办",
])
def test_a_chinese_speaker_who_pastes_english_gets_chinese(text):
    assert choose_language(text, None) == "zh"


@pytest.mark.parametrize("text", [
    "where do i find the 资产 tab? the app switched to chinese",
    "withdrawal stuck, it says 审核中 for two days now",
    "error: nonce too low",
    "my USDT 没到",
])
def test_an_english_speaker_with_chinese_labels_gets_english(text):
    assert choose_language(text, None) == "en"


def test_only_pasted_text_still_has_a_language():
    assert detect_language("'insufficient funds'") == "en"
    assert detect_language("「创建钱包」") == "zh"


def test_a_suggestion_is_shown_by_its_question_in_the_reply_language():
    assert ENTRY.question_in("en") == "deposit not credited"
    assert ENTRY.question_in("zh") == "充值没到账怎么办"
    only_zh = FaqEntry("x", "c", ("怎么充值",), {"zh": "a"})
    assert only_zh.question_in("en") == "怎么充值"
