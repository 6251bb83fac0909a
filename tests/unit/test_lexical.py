"""Lexical coverage: calibrated to [0, 1], driven by rare shared terms, indifferent to script variants."""

import numpy as np

from core.retrieval.lexical import LexicalIndex, terms
from core.understanding.text import normalize

DOCS = [
    ["How do I connect to a DApp with WalletConnect?", "扫码连接 WalletConnect"],
    ["What does insufficient energy mean?", "能量不足时需要冻结 TRX 获取能量"],
    ["How do I create a wallet?", "创建钱包"],
]


def test_function_words_and_plurals_do_not_count():
    assert terms("How do I connect my wallets") == {"connect", "wallet"}


def test_chinese_is_indexed_by_bigrams():
    assert {"能量", "不足"} <= terms("能量不足")


def test_the_entry_sharing_the_rare_terms_wins_and_scores_stay_in_unit_range():
    index = LexicalIndex(DOCS)
    scores = index.coverage(normalize("能量不足是什么意思"))
    assert int(np.argmax(scores)) == 1
    assert 0 < scores.max() <= 1 and scores.min() >= 0


def test_a_message_fully_covered_by_one_entry_scores_one():
    index = LexicalIndex(DOCS)
    assert index.coverage(normalize("walletconnect dapp"))[0] == np.float32(1.0)


def test_traditional_and_full_width_text_match_like_simplified():
    index = LexicalIndex([[normalize(t) for t in doc] for doc in DOCS])
    simplified = index.coverage(normalize("能量不足 TRX"))
    variant = index.coverage(normalize("能量不足 ＴＲＸ"))
    assert np.allclose(simplified, variant)
    assert np.allclose(index.coverage(normalize("創建錢包")), index.coverage(normalize("创建钱包")))


def test_nothing_to_match_gives_zeros():
    assert not LexicalIndex(DOCS).coverage("!!! ???").any()
    assert LexicalIndex().coverage("wallet").shape == (0,)
