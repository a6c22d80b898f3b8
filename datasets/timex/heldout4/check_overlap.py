#!/usr/bin/env python3
"""Report any 7-word sequence shared between heldout4.jsonl and the reference corpora
(the three earlier held-out sets, the TempEval-3 TimeBank/AQUAINT files and the seed files),
and between two documents of heldout4. Stdlib only.

    python3 check_overlap.py
"""
import glob
import json
import os
import re
import sys

N = 7
HERE = os.path.dirname(os.path.abspath(__file__))
TIMEX = os.path.join(HERE, os.pardir)
SHARED = os.path.join(HERE, os.pardir, os.pardir, os.pardir, os.pardir, "shared")
REFS = sorted(p for p in glob.glob(os.path.join(TIMEX, "heldout*.jsonl")) if not p.endswith("heldout4.jsonl")) + sorted(
    glob.glob(os.path.join(SHARED, "timeml", "*.jsonl")))
# the seed files are compared mechanically; their contents are never printed
SEEDS = sorted(p for p in glob.glob(os.path.join(SHARED, "seeds", "**", "*"), recursive=True) if os.path.isfile(p))


def grams(text):
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())
    return {tuple(words[i:i + N]) for i in range(len(words) - N + 1)}


def main():
    ours = {}
    for line in open(os.path.join(TIMEX, "heldout4.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        ours[d["doc_id"]] = grams(d["text"])
    ref = set()
    for path in REFS:
        for line in open(path, encoding="utf-8"):
            ref |= grams(json.loads(line)["text"])
    nseed = 0
    for path in SEEDS:
        try:
            raw = open(path, encoding="utf-8", errors="ignore").read()
        except OSError:
            continue
        nseed += 1
        if path.endswith(".jsonl"):
            for line in raw.splitlines():
                try:
                    ref |= grams(json.loads(line).get("text", ""))
                except (ValueError, AttributeError):
                    ref |= grams(line)
        else:
            ref |= grams(raw)
    print(f"reference {N}-grams: {len(ref)} from {len(REFS)} jsonl files "
          f"({', '.join(os.path.basename(p) for p in REFS)}) and {nseed} seed files")
    hits = 0
    for doc_id, g in ours.items():
        shared = g & ref
        hits += len(shared)
        if shared:  # counts only, so that no reference text is shown
            print(f"  {doc_id}: {len(shared)} shared {N}-gram(s)")
    ids = list(ours)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            for s in sorted(ours[a] & ours[b]):
                hits += 1
                print(f"  internal {a} / {b}: {' '.join(s)}")
    print(f"shared {N}-grams (reference corpora + internal): {hits}")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
