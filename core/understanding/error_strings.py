"""Error strings users paste, read as what they mean.

"UniswapV2: K", "OUT_OF_ENERGY" or "nonce too low" are a few opaque tokens to the embedding model, yet each
says exactly what went wrong. Retrieval reads a short plain gloss in their place. The table holds strings
the whole ecosystem shows (node and contract errors of EVM chains, TRON, Solana and Bitcoin, DEX routers,
exchange withdrawal pages), never a particular FAQ's wording; a string not in it is left as written.
"""

from __future__ import annotations

import re

# (what the error looks like, what retrieval reads instead). Glosses are plain English: the model is
# multilingual, and a Chinese message's pasted error is usually English anyway.
_GLOSSES: tuple[tuple[str, str], ...] = (
    # Fees and gas (EVM, TRON, Solana, Bitcoin).
    (r"insufficient funds for (?:gas|intrinsic transaction cost)[^'\"\n,.;)]*", "not enough coin to pay the gas fee"),
    # Not "out of gas": said by a user, it means no coin left for fees, not a gas limit set too low.
    (r"(?:intrinsic gas too low|gas required exceeds allowance[^'\"\n,.;)]*)",
     "gas limit too low, the transaction ran out of gas"),
    (r"max fee per gas less than block base fee[^'\"\n,.;)]*|transaction underpriced|fee too low",
     "gas price set too low"),
    (r"out[_ ]of[_ ]energy|bandwi?d?th[_ ]error|account resource insufficient[^'\"\n,.;)]*",
     "not enough TRX energy or bandwidth to pay the fee"),
    (r"attempt to debit an account but found no record of a prior credit\.?|insufficient lamports[^'\"\n,.;)]*",
     "not enough SOL to pay the fee"),
    (r"(?:mempool )?min(?:imum)? relay fee not met|mempool min fee not met|too-long-mempool-chain",
     "fee too low, the bitcoin transaction is stuck in the mempool"),
    # A transaction stuck behind another, or gone.
    (r"nonce too (?:low|high)|replacement (?:transaction|fee) underpriced",
     "a pending transaction with the same nonce is stuck; speed it up or cancel it"),
    (r"blockhash not found|block height exceeded|transaction was not confirmed in [\d.]+ seconds",
     "the transaction expired before it was confirmed"),
    (r"dropped (?:&|and) replaced", "the pending transaction was dropped and replaced"),
    # Contract reverts.
    (r"(?:erc|bep|trc)-?20: transfer amount exceeds balance|transfer amount exceeds balance",
     "transaction failed: token balance too low"),
    (r"(?:erc|bep)-?20: (?:transfer amount exceeds allowance|insufficient allowance)|transfer_from_failed",
     "transaction failed: token approval allowance too low"),
    (r"pausable: paused", "transaction failed: the token contract is paused"),
    (r"blacklistable: account is blacklisted|account is blacklisted", "the address is blacklisted by the token issuer"),
    (r"execution reverted(?=\s*$|[\s'\"!.,;)])", "the transaction failed, reverted by the contract"),
    # Swaps: the price moved past the slippage, or the quote ran out.
    (r"uniswapv[23]: k\b|(?:uniswapv2router|pancakerouter): (?:insufficient_output_amount|expired)"
     r"|insufficient_output_amount|too little received|return amount is not enough|slippage tolerance exceeded"
     r"|transaction too old", "swap failed: the price moved beyond the slippage tolerance"),
    (r"报价已过期|报价过期|quote (?:has )?expired", "swap quote expired"),
    (r"transferhelper: transfer_failed|transferhelper: transfer_from_failed", "swap failed: token transfer failed"),
    # Addresses, networks and signatures.
    (r"invalid (?:recipient )?address|地址格式(?:错误|不正确)|无效(?:的)?地址|地址无效",
     "the receiving address is not valid for this network"),
    # Not "wrong network": users say it of their own transfers, which another entry covers.
    (r"chain ?id mismatch|unsupported chain ?id", "the wallet is on the wrong network"),
    (r"user (?:rejected|denied)(?: the)?(?: request| transaction(?: signature)?)?", "the signature was cancelled"),
    (r"account (?:does not exist|not activated)|账户未激活", "the account is not activated on chain"),
    (r"invalid (?:mnemonic|seed phrase|checksum)|助记词(?:无效|错误)", "the recovery phrase is invalid"),
    # Exchanges and nodes.
    (r"(?:withdrawals?|deposits?) (?:are |is )?(?:suspended|paused|disabled)|提币暂停|充值暂停",
     "withdrawals or deposits on this network are suspended"),
    (r"memo (?:is )?(?:required|missing)|missing (?:memo|tag)|缺少(?:memo|标签)", "the deposit needs a memo or tag"),
    (r"could not detect network|rpc (?:error|timeout)|429 too many requests|request failed with status code 5\d\d",
     "the app cannot reach the network node"),
)
# One left-to-right pass: a gloss is never read again as an error, and the string that starts first wins
# ("replacement transaction underpriced" is a stuck nonce, not "transaction underpriced").
_ANY = re.compile("|".join(f"(?P<e{n}>{pattern})" for n, (pattern, _) in enumerate(_GLOSSES)), re.IGNORECASE)
_MEANING = {f"e{n}": gloss for n, (_, gloss) in enumerate(_GLOSSES)}


def gloss_errors(text: str) -> str:
    """Return ``text`` with each known error string replaced by what it means."""
    return _ANY.sub(lambda found: _MEANING[str(found.lastgroup)], text)
