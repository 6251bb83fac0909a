"""IME homophone typos of the FAQ's own words are put right; words and names are left as written."""

from __future__ import annotations

import pytest

from core.retrieval.homophones import HomophoneSpeller

# Another product's FAQ, in a few sentences: the words a typo may stand for come from here only.
FAQ = ["如何修改登录密码？", "提现多久到账？", "充值没有到账怎么办", "怎么联系人工客服", "交易所的合约怎么开仓",
       "验证码收不到怎么办", "助记词丢了还能找回吗", "私钥能给别人看吗"]


@pytest.fixture(scope="module")
def speller() -> HomophoneSpeller:
    return HomophoneSpeller(FAQ)


@pytest.mark.parametrize(("typed", "meant"), [
    ("登录米码忘了", "登录密码忘了"),
    ("提线一直没到", "提现一直没到"),
    ("冲值了两个小时", "充值了两个小时"),
    ("注记词写错了一个", "助记词写错了一个"),
    ("收不到验证马", "收不到验证码"),
    ("用私要导入可以吗", "用私钥导入可以吗"),
])
def test_a_homophone_typo_of_an_faq_word_is_put_right(speller: HomophoneSpeller, typed: str, meant: str) -> None:
    assert speller.respell(typed) == meant


@pytest.mark.parametrize("text", [
    "转一百U要多久",            # "转一" is no typo of anything: "一百" is a word
    "我想建一个新钱包",          # "建一" would read as 建议 across a word
    "不客气",                    # a word the dictionary knows
    "密码忘了",                  # already right
    "how do I reset my password",
    "",
])
def test_words_and_stretches_across_words_are_left_alone(speller: HomophoneSpeller, text: str) -> None:
    assert speller.respell(text) == text


def test_a_sound_two_faq_words_share_is_not_guessed() -> None:
    # 公式 and 公示 read the same: a typo of either cannot be told apart, so nothing is put right.
    speller = HomophoneSpeller(["公式怎么算", "公示期多久"])
    assert speller.respell("工式怎么算") == "工式怎么算"


def test_without_an_faq_nothing_changes() -> None:
    assert HomophoneSpeller().respell("登录米码忘了") == "登录米码忘了" and HomophoneSpeller().terms == 0


def test_names_of_the_trade_are_words_not_typos() -> None:
    speller = HomophoneSpeller(["人民币和货币怎么换", "在线客服几点上班"])
    assert speller.respell("从火币提到钱包") == "从火币提到钱包"  # Huobi, not 货币
    assert speller.respell("在闲鱼上卖显卡") == "在闲鱼上卖显卡"  # Xianyu, not 在线
