"""List the temporal tagger's errors on a TimeML-style corpus, grouped by kind and by a crude cause.

    python benchmarks/timex_errors.py GOLD.jsonl [PRED.jsonl] [--kind missed|spurious|value|span] [--max N]

Without PRED the corpus is tagged in-process.  Errors are aligned as in the TempEval-3 scorer (relaxed
overlap, one-to-one by largest overlap): "missed" gold expressions no prediction overlaps, "spurious"
predictions overlapping no gold one, "value" aligned pairs whose values differ and "span" aligned
pairs with the right value but different boundaries.  Each is printed with its context and grouped
under a key (the lower-cased text with digits and number words folded, or the pair of value shapes)
so that the most frequent phenomena come first.  Run by hand; not a test.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys

NUMWORDS = r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few)\b"
MONTHS = r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?"
WEEKDAYS = r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"


def fold_text(text: str) -> str:
    """The expression's text with numbers, months and weekdays folded, for grouping."""
    t = text.lower()
    t = re.sub(r"\d+", "#", t)
    t = re.sub(NUMWORDS, "N", t)
    t = re.sub(MONTHS, "MON", t)
    t = re.sub(WEEKDAYS, "WDAY", t)
    return t


def shape(value: str | None) -> str:
    """A value's shape: 1998-01-08 -> Y-M-D, P3M -> PnM, PRESENT_REF stays."""
    if value is None:
        return "None"
    v = re.sub(r"\d{4}", "Y", value)
    v = re.sub(r"(?<=P)\d+(\.\d+)?|(?<=PT)\d+", "n", v)
    v = re.sub(r"\d+", "d", v)
    return v


def overlap(a, b) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def align(gold, pred):
    pairs = sorted((-overlap(g, p), g["start"], gi, pi)
                   for gi, g in enumerate(gold) for pi, p in enumerate(pred) if overlap(g, p) > 0)
    used_g, used_p, out = set(), set(), []
    for _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def norm(v):
    if v is None:
        return None
    v = str(v).strip().upper()
    m = re.match(r"^(\d{4}-\d{2}-\d{2})T00:00(:00(\.0+)?)?Z?$", v)
    return m.group(1) if m else v


def same_value(g, p) -> bool:
    g, p = norm(g), norm(p)
    return g is not None and (g == p or (re.match(r"^\d{4}-\d{2}-\d{2}$", g) is not None and (p or "").startswith(g + "T")))


def context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def tag(gold_path: str):
    from eventx.timex import find_timexes
    out = {}
    for line in open(gold_path, encoding="utf-8"):
        d = json.loads(line)
        ref = dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") else None
        out[d["doc_id"]] = [{"start": t.start, "end": t.end, "type": t.type, "value": t.value, "rule": t.rule_id}
                            for t in find_timexes(d["text"], ref)]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred", nargs="?")
    ap.add_argument("--kind", choices=["missed", "spurious", "value", "span"], action="append")
    ap.add_argument("--max", type=int, default=4, help="examples shown per group")
    ap.add_argument("--groups", type=int, default=40, help="groups shown per kind")
    a = ap.parse_args(argv)
    docs = {}
    for line in open(a.gold, encoding="utf-8"):
        d = json.loads(line)
        docs[d["doc_id"]] = d
    if a.pred:
        preds = {}
        for line in open(a.pred, encoding="utf-8"):
            p = json.loads(line)
            preds[p["doc_id"]] = p["timexes"]
    else:
        preds = tag(a.gold)
    groups = {k: collections.defaultdict(list) for k in ("missed", "spurious", "value", "span")}
    for doc_id, pred in preds.items():
        d = docs[doc_id]
        gold, text = d["timexes"], d["text"]
        al = align(gold, pred)
        mg = {gi: pi for gi, pi in al}
        mp = {pi for _, pi in al}
        for gi, g in enumerate(gold):
            if gi not in mg:
                groups["missed"][f"{g['type']} {fold_text(g['text'])}"].append(
                    f"{doc_id} dct={d['dct']} gold={g['value']} | {context(text, g['start'], g['end'])}")
                continue
            p = pred[mg[gi]]
            ptext = text[p["start"]:p["end"]]
            if not same_value(g["value"], p["value"]):
                key = f"{g['type']}:{shape(g['value'])} <- {p.get('type')}:{shape(p['value'])} | {fold_text(g['text'])}"
                groups["value"][key].append(f"{doc_id} dct={d['dct']} gold={g['value']} pred={p['value']} {p.get('rule', '')} "
                                            f"pred_text={ptext!r} | {context(text, g['start'], g['end'])}")
            elif (g["start"], g["end"]) != (p["start"], p["end"]):
                groups["span"][f"gold {fold_text(g['text'])!r} pred {fold_text(ptext)!r}"].append(
                    f"{doc_id} | {context(text, g['start'], g['end'])}")
        for pi, p in enumerate(pred):
            if pi not in mp:
                groups["spurious"][f"{p.get('type')} {fold_text(text[p['start']:p['end']])}"].append(
                    f"{doc_id} dct={d['dct']} pred={p['value']} {p.get('rule', '')} | {context(text, p['start'], p['end'])}")
    for kind in a.kind or ["missed", "spurious", "value", "span"]:
        g = groups[kind]
        total = sum(len(v) for v in g.values())
        print(f"\n===== {kind}: {total} in {len(g)} groups")
        for key, items in sorted(g.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:a.groups]:
            print(f"--- {len(items):3d}  {key}")
            for it in items[:a.max]:
                print("       " + it)
    return 0


if __name__ == "__main__":
    sys.exit(main())
