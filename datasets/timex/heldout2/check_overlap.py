#!/usr/bin/env python3
"""Report any 7-word sequence shared between heldout2.jsonl and the reference corpora
(the earlier held-out set and the TempEval-3 TimeBank/AQUAINT files). Stdlib only.

    python3 check_overlap.py
"""
import glob
import json
import os
import re
import sys

N = 7
HERE = os.path.dirname(os.path.abspath(__file__))
# the earlier held-out set, and the TempEval-3 corpora in ../shared beside the repository
REFS = [os.path.join(HERE, os.pardir, "heldout.jsonl")] + sorted(
    glob.glob(os.path.join(HERE, *[os.pardir] * 4, "shared", "timeml", "*.jsonl")))


def grams(text):
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())
    return {tuple(words[i:i + N]) for i in range(len(words) - N + 1)}


def main():
    ours = {}
    for line in open(os.path.join(HERE, os.pardir, "heldout2.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        ours[d["doc_id"]] = grams(d["text"])
    ref = set()
    for path in REFS:
        for line in open(path, encoding="utf-8"):
            ref |= grams(json.loads(line)["text"])
    print(f"reference {N}-grams: {len(ref)} from {len(REFS)} files")
    hits = 0
    for doc_id, g in ours.items():
        shared = g & ref
        hits += len(shared)
        for s in sorted(shared):
            print(f"  {doc_id}: {' '.join(s)}")
    # also within our own set, across documents
    ids = list(ours)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            for s in sorted(ours[a] & ours[b]):
                print(f"  internal {a} / {b}: {' '.join(s)}")
    print(f"shared {N}-grams with the reference corpora: {hits}")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
