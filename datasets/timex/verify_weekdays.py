#!/usr/bin/env python3
"""Check every timex that names a weekday with datetime (stdlib only).

For a value with a full date, the weekday named in the span must be that date's weekday.
For a bare weekday (no explicit date in the span) the value must lie within 6 days of the
reference date (the DCT, or the text's own date for dct null docs); the script prints the
direction (past / same day / future) and the context so that the tense can be read against it.
Shared by held-out sets 3 and 4 (their verify_dates.py); set 2 keeps its own, with fixed text dates.

    python3 heldoutN/verify_dates.py [heldoutN.jsonl]
"""
import datetime as dt
import json
import os
import re
import sys

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
TEXT_DATE = {}  # no dct-null documents with bare weekdays in this set


def main(path):
    bad = 0
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        ref_s = d["dct"] or TEXT_DATE.get(d["doc_id"])
        if ref_s is None:  # dct null: use the first full date given in the text
            ref_s = next((t["value"][:10] for t in d["timexes"]
                          if re.match(r"^\d{4}-\d{2}-\d{2}", t["value"])), "1900-01-01")
        ref = dt.date.fromisoformat(ref_s)
        for t in d["timexes"]:
            low = t["text"].lower()
            named = [i for i, n in enumerate(DAYS) if re.search(n + r"s?\b", low)]
            if not named:
                continue
            if t["type"] == "SET":
                want = f"XXXX-WXX-{named[0] + 1}"
                ok = t["value"].startswith(want)
                print(f"{'ok ' if ok else 'BAD'} {d['doc_id']:26s} SET {t['text']!r} = {t['value']}")
                bad += not ok
                continue
            m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", t["value"])
            if not m:
                print(f"BAD {d['doc_id']:26s} {t['text']!r} has no full date: {t['value']}")
                bad += 1
                continue
            v = dt.date(*map(int, m.groups()))
            ok = v.weekday() in named
            explicit = bool(re.search(r"\d", t["text"].replace(":", "")) and re.search(r"\b\d{1,2}\b", t["text"]))
            delta = (v - ref).days
            anchor = ""
            if not explicit and abs(delta) > 6 and not (delta == 7 and low.startswith("next ")):
                # a bare weekday far from the DCT must be anchored by an explicit date given
                # earlier in the text (the narrative's own week), within 6 days of the value
                for u in d["timexes"]:
                    if u["start"] >= t["start"]:
                        break
                    mu = re.match(r"^(\d{4})-(\d{2})-(\d{2})", u["value"])
                    if mu and re.search(r"\b\d{1,2}\b", u["text"]):
                        if abs((dt.date(*map(int, mu.groups())) - v).days) <= 6:
                            anchor = f", anchored by {u['text']!r}"
                ok = ok and bool(anchor)
            rel = "same day" if delta == 0 else (f"past {-delta}d" if delta < 0 else f"future +{delta}d")
            rel += anchor
            ctx = d["text"][max(0, t["start"] - 60):t["end"] + 25].replace("\n", " ")
            print(f"{'ok ' if ok else 'BAD'} {d['doc_id']:26s} ref {ref} {t['text']!r} = {t['value']} "
                  f"({DAYS[v.weekday()]}, {rel}{', explicit' if explicit else ''})\n      ...{ctx}...")
            bad += not ok
    print("weekday problems:", bad)
    return 1 if bad else 0
