"""Pasted error strings are read as what they mean; other text is left as written."""

from __future__ import annotations

import pytest

from core.understanding import understand
from core.understanding.error_strings import gloss_errors


@pytest.mark.parametrize(("pasted", "meaning"), [
    ("sending ARB gives 'insufficient funds for gas * price + value'", "not enough coin to pay the gas fee"),
    ("TRON转账提示 OUT_OF_ENERGY", "not enough TRX energy or bandwidth"),
    ("BANDWITH_ERROR when i send usdt", "not enough TRX energy or bandwidth"),
    ("metamask says nonce too low", "speed it up or cancel it"),
    ("replacement transaction underpriced?? what", "speed it up or cancel it"),
    ("pancake says PancakeRouter: INSUFFICIENT_OUTPUT_AMOUNT", "beyond the slippage tolerance"),
    ("兑换失败 UniswapV3: K", "beyond the slippage tolerance"),
    ("BEP20: transfer amount exceeds balance on a send", "token balance too low"),
    ("ERC20: insufficient allowance", "approval allowance too low"),
    ("Solana: Blockhash not found", "expired before it was confirmed"),
    ("sol transfer: Attempt to debit an account but found no record of a prior credit.", "not enough SOL"),
    ("提示 min relay fee not met", "stuck in the mempool"),
    ("execution reverted", "reverted by the contract"),
    ("地址格式错误 转不了", "not valid for this network"),
])
def test_a_known_error_is_glossed(pasted: str, meaning: str) -> None:
    assert meaning in gloss_errors(pasted)


@pytest.mark.parametrize("text", [
    "how do i cancel a pending transfer",
    "my swap failed, what slippage should i set",
    "什么是gas费",
    "the address book is empty",
    "execution reverted_by_design is a variable name",  # only the error as a whole
    "i ran out of gas and cant send my usdt",  # a user's words: no coin left for fees, not a gas limit
    "sent it on the wrong network by mistake",  # a user's words about their transfer
])
def test_other_text_is_left_as_written(text: str) -> None:
    assert gloss_errors(text) == text


def test_understand_glosses_after_the_identifiers_are_out() -> None:
    understood = understand("swap failed: UniswapV2: K tx 0x" + "ab12" * 16)
    assert "slippage tolerance" in understood.text and "UniswapV2" not in understood.text
    assert [i.kind for i in understood.identifiers] == ["tx_hash"]
