import pytest

from core.understanding.text import choose_language, detect_language, normalize, split_sentences


def test_normalize_full_width_traditional_and_spaces():
    assert normalize("ＵＳＤＴ　轉帳   失敗") == "USDT 转帐 失败"


@pytest.mark.parametrize(("text", "lang"), [
    ("充值没到账", "zh"),
    ("my deposit has not arrived", "en"),
    ("新手求教 怎么create一个新wallet", "zh"),
    ("my USDT 没到", "en"),
    ("登录一直失败 login failed again and again", "en"),
])
def test_dominant_language(text, lang):
    assert detect_language(text) == lang


def test_locale_decides_only_when_text_has_no_words():
    assert choose_language("👍", "zh-hans") == "zh"
    assert choose_language("👍", None, default="en") == "en"
    assert choose_language("hello", "zh-CN") == "en"


def test_answers_split_into_sentences_at_chinese_and_latin_ends_but_not_inside_numbers():
    text = "打开App后点击「创建钱包」。请务必备份！Fees are 0.01 ETH on v2.1. Then tap Send. ok"
    assert split_sentences(text) == ["打开App后点击「创建钱包」。", "请务必备份！", "Fees are 0.01 ETH on v2.1.",
                                     "Then tap Send."]
