#!/usr/bin/env python3
"""7-gram overlap check of heldout9.jsonl against reference texts and itself.

Tokens: lower-cased text split on non-alphanumeric characters (Unicode letters
and digits count as alphanumeric). A 7-gram of one of our documents is a hit
if it occurs in any reference text (or, for the internal check, in another of
our documents). Only counts and character offsets in OUR texts are printed,
never any reference text.

References:
  $SHARED/timeml/*.jsonl            ("text" field)
  $SHARED/seeds/*.txt
  $REPO/datasets/**/*.jsonl ("text" field) and **/*.txt, recursively
and, for the internal check, each of our documents against all the others.

SHARED defaults to /work/shared and REPO to /work/main (the working copy's
locations); override with the environment variables HELDOUT9_SHARED and
HELDOUT9_REPO. This set's own folder and jsonl are never used as references.
Exit status 1 if there is any hit.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OURS = os.environ.get("HELDOUT9_JSONL", os.path.join(os.path.dirname(HERE), "heldout9.jsonl"))
REPO = os.environ.get("HELDOUT9_REPO", os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
SHARED = os.environ.get("HELDOUT9_SHARED", os.path.join(os.path.dirname(REPO), "shared"))
N = 7
TOK = re.compile(r"[^\W_]+")


def tokens_with_pos(text):
    return [(m.group(0).lower(), m.start()) for m in TOK.finditer(text)]


def grams(toks):
    return {tuple(toks[i:i + N]) for i in range(len(toks) - N + 1)}


def jsonl_texts(path):
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                out.append(obj["text"])
    return out


def reference_files():
    files = sorted(glob.glob(os.path.join(SHARED, "timeml", "*.jsonl")))
    files += sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt")))
    ours = os.path.realpath(OURS)
    here = os.path.realpath(HERE)
    for root, dirs, names in os.walk(os.path.join(REPO, "datasets")):
        dirs.sort()
        for n in sorted(names):
            path = os.path.join(root, n)
            if not (n.endswith(".jsonl") or n.endswith(".txt")):
                continue
            if os.path.realpath(path) == ours or os.path.dirname(os.path.realpath(path)) == here:
                continue  # not this set's own corpus and sources
            files.append(path)
    return files


def main():
    ours = [json.loads(l) for l in open(OURS, encoding="utf-8")]
    for p in (os.path.join(SHARED, "timeml"), os.path.join(SHARED, "seeds"), os.path.join(REPO, "datasets")):
        if not os.path.isdir(p):
            print("missing reference folder: %s" % p)
            return 1
    ref = set()
    n_files = n_texts = 0
    for p in reference_files():
        n_files += 1
        texts = jsonl_texts(p) if p.endswith(".jsonl") else [open(p, encoding="utf-8", errors="replace").read()]
        for t in texts:
            n_texts += 1
            ref |= grams([w for w, _ in tokens_with_pos(t)])
    print("reference: %d files, %d texts, %d distinct %d-grams" % (n_files, n_texts, len(ref), N))

    per_doc = {}
    for d in ours:
        tp = tokens_with_pos(d["text"])
        per_doc[d["doc_id"]] = (tp, [tuple(w for w, _ in tp[i:i + N]) for i in range(len(tp) - N + 1)])

    total_ext = total_int = 0
    for d in ours:
        tp, gl = per_doc[d["doc_id"]]
        others = set()
        for e in ours:
            if e["doc_id"] != d["doc_id"]:
                others |= set(per_doc[e["doc_id"]][1])
        ext = [i for i, g in enumerate(gl) if g in ref]
        inn = [i for i, g in enumerate(gl) if g in others]
        total_ext += len(ext)
        total_int += len(inn)
        line = "%-6s tokens=%4d  external_hits=%d  internal_hits=%d" % (d["doc_id"], len(tp), len(ext), len(inn))
        if ext:
            line += "  external at char offsets %s" % [tp[i][1] for i in ext]
        if inn:
            line += "  internal at char offsets %s" % [tp[i][1] for i in inn]
        print(line)
    print("TOTAL external 7-gram hits: %d; internal (between our documents): %d" % (total_ext, total_int))
    return 0 if total_ext == 0 and total_int == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
