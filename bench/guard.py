"""The community guard on a labelled corpus: message precision and recall, impersonators caught and
legitimate names flagged.

    python bench/guard.py [--corpus bench/guard_corpus] [--errors]

The corpus (``messages.jsonl``, ``names.jsonl``, ``identity.json``) was written by hand, apart from the
detector and without looking at it; see its README. Targets (issue 19): message precision >= 0.98 and
recall >= 0.90; impersonator recall >= 0.95 with <= 1% of legitimate names flagged.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from core.guard.identity import OfficialIdentity
from core.guard.messages import check_message
from core.guard.names import impersonates


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parent / "guard_corpus")
    parser.add_argument("--errors", action="store_true", help="print every miss and false alarm")
    args = parser.parse_args()
    raw = json.loads((args.corpus / "identity.json").read_text(encoding="utf-8"))
    identity = OfficialIdentity(brands=tuple(raw["brands"]), official_domains=tuple(raw["official_domains"]),
                                official_bots=tuple(raw["official_bots"]), staff_names=tuple(raw["staff_names"]),
                                allowed_domains=tuple(raw.get("allowed_domains", ())))

    messages = load(args.corpus / "messages.jsonl")
    counts: Counter[tuple[str, str]] = Counter()
    by_lang: Counter[tuple[str, str]] = Counter()
    errors = []
    for item in messages:
        verdict = check_message(item["text"], identity, author=item.get("author", ""),
                                author_is_staff=bool(item.get("author_is_staff")))
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
