"""The community guard on a labelled corpus: message precision and recall, impersonators caught and
legitimate names flagged.

    python bench/guard.py [--corpus bench/guard_corpus] [--model] [--errors]

``--model`` judges messages as the bot does (``core.guard.judge``: the rules, then the shipped likeness model
with the desk's embedding model); without it, the rules alone.

The corpus (``messages.jsonl``, ``names.jsonl``, ``identity.json``) was written by hand, apart from the
detector and without looking at it; see its README. Targets (issue 19): message precision >= 0.98 and
recall >= 0.90; impersonator recall >= 0.95 with <= 1% of legitimate names flagged.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections import Counter
from pathlib import Path
from typing import Any

from bots.cli.guard import likeness_for
from core.guard.identity import OfficialIdentity
from core.guard.judge import judge_message
from core.guard.messages import Verdict
from core.guard.names import impersonates
from core.settings import Settings


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def verdicts(messages: list[dict[str, Any]], identity: OfficialIdentity, *, model: bool) -> list[Verdict]:
    """Each message's verdict: by the rules alone, or as the bot judges it (rules and likeness model)."""
    # The same loading and encoding as `supportbot guard check`.
    likeness, encode = likeness_for(Settings(_env_file=None), messages) if model else (None, None)  # type: ignore[call-arg]

    async def judge_all() -> list[Verdict]:
        return [await judge_message(m["text"], identity, author=m.get("author", ""),
                                    author_is_staff=bool(m.get("author_is_staff")), likeness=likeness,
                                    encode=encode) for m in messages]

    return asyncio.run(judge_all())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parent / "guard_corpus")
    parser.add_argument("--errors", action="store_true", help="print every miss and false alarm")
    parser.add_argument("--model", action="store_true", help="rules and the likeness model, as the bot judges")
    args = parser.parse_args()
    raw = json.loads((args.corpus / "identity.json").read_text(encoding="utf-8"))
    identity = OfficialIdentity(brands=tuple(raw["brands"]), official_domains=tuple(raw["official_domains"]),
                                official_bots=tuple(raw["official_bots"]), staff_names=tuple(raw["staff_names"]),
                                allowed_domains=tuple(raw.get("allowed_domains", ())))

    messages = load(args.corpus / "messages.jsonl")
    counts: Counter[tuple[str, str]] = Counter()
    by_lang: Counter[tuple[str, str]] = Counter()
    errors = []
    for item, verdict in zip(messages, verdicts(messages, identity, model=args.model), strict=True):
        truth, said = item["label"] == "scam", verdict.scam
        outcome = {(True, True): "tp", (True, False): "fn", (False, True): "fp", (False, False): "tn"}[truth, said]
        counts[outcome, item.get("kind", "-")] += 1
        by_lang[outcome, item.get("lang", "-")] += 1
        if outcome in ("fn", "fp"):
            errors.append(f"  {outcome} [{item.get('kind')}] {item['text'][:110]!r} -> {list(verdict.reasons)}")
    total = Counter(o for o, _ in counts.elements())
    precision = total["tp"] / max(1, total["tp"] + total["fp"])
    recall = total["tp"] / max(1, total["tp"] + total["fn"])
    print(f"messages: {len(messages)} ({total['tp'] + total['fn']} scam, {total['tn'] + total['fp']} ok)")
    print(f"  precision {precision:.3f}   recall {recall:.3f}   (targets 0.98 / 0.90)")
    for lang in sorted({lang for _, lang in by_lang}):
        tp, fn, fp = by_lang["tp", lang], by_lang["fn", lang], by_lang["fp", lang]
        print(f"  {lang:6s} recall {tp / max(1, tp + fn):.3f}  false alarms {fp}")
    hard = [(kind, n) for (o, kind), n in counts.items() if o == "fp"]
    if hard:
        print("  false alarms by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(hard)))

    names = load(args.corpus / "names.jsonl")
    caught = missed = flagged = legit = 0
    for item in names:
        said = impersonates(item["name"], identity)
        if item.get("impersonates"):
            if said:
                caught += 1
            else:
                missed += 1
                errors.append(f"  missed name {item['name']!r} ({item['impersonates']})")
        else:
            legit += 1
            if said:
                flagged += 1
                errors.append(f"  flagged name {item['name']!r} as {said}")
    print(f"\nnames: {len(names)} ({caught + missed} impersonators, {legit} legitimate)")
    print(f"  impersonator recall {caught / max(1, caught + missed):.3f}   legitimate flagged "
          f"{flagged / max(1, legit):.1%}   (targets 0.95 / 1%)")
    if args.errors and errors:
        print("\n" + "\n".join(errors))


if __name__ == "__main__":
    main()
