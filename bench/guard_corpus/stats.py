#!/usr/bin/env python3
"""Counts per label / kind / lang for the guard corpus. Run from this folder: python3 stats.py"""
import json, collections as C
m = [json.loads(l) for l in open("messages.jsonl", encoding="utf-8")]
n = [json.loads(l) for l in open("names.jsonl", encoding="utf-8")]
HARD = {"warning", "quoted_scam", "innocent_keyword", "official_link", "allowed_link", "staff"}
def show(title, c):
    print(title); [print(f"  {k}: {v}") for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))]
print(f"messages.jsonl: {len(m)} lines")
show("by label", C.Counter(r["label"] for r in m))
show("by lang", C.Counter(r["lang"] for r in m))
show("by label x lang", C.Counter(f'{r["label"]}/{r["lang"]}' for r in m))
show("by platform", C.Counter(r["platform"] for r in m))
show("scam by kind", C.Counter(r["kind"] for r in m if r["label"] == "scam"))
show("ok by kind", C.Counter(r["kind"] for r in m if r["label"] == "ok"))
print(f"ok hard negatives (kinds {sorted(HARD)}): {sum(r['label']=='ok' and r['kind'] in HARD for r in m)}")
print(f"author_is_staff true: {sum(r['author_is_staff'] for r in m)}")
print(f"\nnames.jsonl: {len(n)} lines")
show("impersonator vs legit", C.Counter("impersonator" if r["impersonates"] else "legit" for r in n))
show("impersonates", C.Counter(r["impersonates"] for r in n if r["impersonates"]))
show("impersonator kinds", C.Counter(r["kind"] for r in n if r["impersonates"]))
show("legit kinds", C.Counter(r["kind"] for r in n if not r["impersonates"]))
show("by platform", C.Counter(r["platform"] for r in n))
