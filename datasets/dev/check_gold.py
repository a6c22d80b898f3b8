#!/usr/bin/env python3
"""Sanity checks for datasets/dev/gold.jsonl against datasets/dev/articles/*.txt.

Run from anywhere: python3 datasets/dev/check_gold.py
Checks: JSONL parses; every trigger and forbidden string occurs inside one line of its
article; types are known; each of the 18 types occurs at least twice; dates are valid ISO
strings at some precision with start <= end; every weekday named in a date_text agrees with
the gold date; required counts are 3-6; article lengths are 150-400 words.
"""
import calendar
import collections
import datetime as dt
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
TYPES = ["party_congress", "plenary_meeting", "party_meeting", "legislative_session",
         "election_or_appointment", "dismissal_or_resignation", "vote_or_referendum",
         "military_parade", "weapons_test", "military_exercise", "summit_or_meeting",
         "speech_or_statement", "sanctions", "agreement", "protest", "attack",
         "arrest_or_detention", "disaster"]
STATUSES = {"occurred", "ongoing", "planned", "expected", "negated", "hypothetical"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def interval(s, e=None):
    def floor(x):
        p = [int(v) for v in x.split("-")]
        return dt.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)

    def ceil(x):
        p = [int(v) for v in x.split("-")]
        if len(p) == 1:
            return dt.date(p[0], 12, 31)
        if len(p) == 2:
            return dt.date(p[0], p[1], calendar.monthrange(p[0], p[1])[1])
        return dt.date(*p)
    return floor(s), ceil(e or s)


def main():
    errors, notes = [], []
    type_all, type_req = collections.Counter(), collections.Counter()
    status_seen = collections.Counter()
    weekday_checks = 0
    lines = (HERE / "gold.jsonl").read_text(encoding="utf-8").split("\n")
    arts = [json.loads(l) for l in lines if l.strip()]
    files = sorted(p.stem for p in (HERE / "articles").glob("*.txt"))
    if sorted(a["article_id"] for a in arts) != files:
        errors.append("article ids differ from files")
    for a in arts:
        aid = a["article_id"]
        raw = (HERE / "articles" / f"{aid}.txt").read_bytes()
        text = raw.decode("utf-8")
        tlines = text.split("\n")
        words = len(text.split())
        if not 150 <= words <= 400:
            errors.append(f"{aid}: {words} words")
        pub = a["published"]
        if pub is None:
            lo, hi = (dt.date.fromisoformat(x) for x in a["published_inferred_range"])
            assert lo <= hi
            anchor = lo
        else:
            anchor = dt.date.fromisoformat(pub[:10])
            for d in DAYS:  # a weekday printed next to the publication date must agree
                for l in tlines[:12]:
                    if d in l and str(anchor.year) in l:
                        if anchor.strftime("%A") != d:
                            errors.append(f"{aid}: byline weekday {d} != {anchor}")
                        weekday_checks += 1
        for f in a["forbidden"]:
            if not any(f in l for l in tlines):
                errors.append(f"{aid}: forbidden not in one line: {f!r}")
        nreq = 0
        for e in a["events"]:
            t = e["type"]
            if t not in TYPES:
                errors.append(f"{aid}: unknown type {t}")
            for at in e.get("alt_types", []):
                if at not in TYPES:
                    errors.append(f"{aid}: unknown alt type {at}")
            type_all[t] += 1
            if e["required"]:
                type_req[t] += 1
                nreq += 1
            for s in e["status"]:
                if s not in STATUSES:
                    errors.append(f"{aid}: bad status {s}")
                status_seen[s] += 1
            hits = [i for i, l in enumerate(tlines) if e["trigger"] in l]
            if not hits:
                errors.append(f"{aid}: trigger not in one line: {e['trigger']!r}")
            for f in a["forbidden"]:
                start = text.find(f)
                tpos = text.find(e["trigger"])
                if start <= tpos < start + len(f):
                    errors.append(f"{aid}: trigger inside forbidden {e['trigger']!r}")
            if e["date_start"] is None:
                if e["date_end"] is not None:
                    errors.append(f"{aid}: end without start {e['trigger']!r}")
                if e["required"] and e.get("date_loose"):
                    errors.append(f"{aid}: loose without date")
                continue
            lo, hi = interval(e["date_start"], e["date_end"])
            if lo > hi:
                errors.append(f"{aid}: start > end {e['trigger']!r}")
            for alt in e.get("date_alternatives", []):
                interval(*(alt if isinstance(alt, list) else [alt]))
            dtxt = e.get("date_text") or ""
            named = [d for d in DAYS if d in dtxt]
            if named:
                weekday_checks += 1
                ok = any(x.strftime("%A") == named[0] for x in (lo, hi)) and (lo == hi or e["date_end"])
                if not ok or len(e["date_start"]) != 10:
                    errors.append(f"{aid}: weekday {named[0]} vs {lo}..{hi} ({e['trigger']!r})")
                if abs((lo - anchor).days) > 8:
                    notes.append(f"{aid}: weekday date {lo} is {(lo - anchor).days} days from anchor")
        if not 3 <= nreq <= 6:
            errors.append(f"{aid}: {nreq} required events")
        if b"\r\n" in raw:
            notes.append(f"{aid}: CRLF line endings")
    print("articles", len(arts), "events", sum(type_all.values()), "required", sum(type_req.values()))
    print(f"{'type':<26}{'all':>5}{'req':>5}")
    for t in TYPES:
        print(f"{t:<26}{type_all[t]:>5}{type_req[t]:>5}")
        if type_all[t] < 2:
            errors.append(f"type {t} occurs {type_all[t]} times")
    print("statuses", dict(status_seen))
    print("weekday checks", weekday_checks)
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
