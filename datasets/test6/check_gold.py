#!/usr/bin/env python3
"""Validate test6 gold.jsonl against ./articles and run the 7-gram overlap check.

Usage: python3 check_gold.py [--no-overlap]

Checks: article ids match the texts; 350-900 words; no CR; published is ISO (or null with a
published_inferred_range); every trigger and every forbidden string occurs in exactly one line of
its article and triggers do not overlap forbidden text; dates are valid ISO at the precision
written; alternatives are strings or [start, end] pairs (never one-element lists); types and
statuses come from the fixed lists; every (date, weekday) claim in make_gold.WEEKDAYS is true,
and a single weekday named in an event's date_text agrees with its single-day date.

Overlap: texts are lower-cased and split on non-alphanumerics; every 7-word sequence of our texts
that also occurs in /work/shared/seeds/*.txt, any .txt under /work/main/datasets (recursively),
the "text" field of /work/shared/timeml/*.jsonl, or another of our own texts is reported by its
position in OUR text only. External texts are never printed.
"""
import datetime as dt
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ART = HERE / "articles"
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from make_gold import WEEKDAYS  # noqa: E402

TYPES = {"party_congress", "plenary_meeting", "party_meeting", "legislative_session",
         "election_or_appointment", "dismissal_or_resignation", "vote_or_referendum",
         "military_parade", "weapons_test", "military_exercise", "summit_or_meeting",
         "speech_or_statement", "sanctions", "agreement", "protest", "attack",
         "arrest_or_detention", "disaster"}
STATUSES = {"occurred", "ongoing", "planned", "expected", "negated", "hypothetical"}
EV_FIELDS = ["type", "alt_types", "trigger", "date_start", "date_end", "date_alternatives",
             "date_loose", "status", "actors", "location", "required", "date_text", "notes"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROOT = HERE.parent.parent  # the repository; ../shared sits beside it
SEEDS = ROOT.parent / "shared" / "seeds"
DATASETS = ROOT / "datasets"
TIMEML = ROOT.parent / "shared" / "timeml"
N = 7
errors = []


def err(msg):
    errors.append(msg)


def iso_ok(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        return True
    except ValueError:
        return False


def lines_with(text, needle):
    return sum(1 for line in text.split("\n") if needle in line)


def words(text):
    """(word, char_offset) pairs: lower-cased runs of alphanumerics."""
    return [(m.group(0).lower(), m.start()) for m in re.finditer(r"[^\W_]+", text)]


def grams(ws):
    return {tuple(w for w, _ in ws[i:i + N]) for i in range(len(ws) - N + 1)}


def external_texts():
    for f in sorted(SEEDS.glob("*.txt")):
        yield f.read_text(encoding="utf-8", errors="replace")
    for f in sorted(DATASETS.rglob("*.txt")):
        if f.is_file() and f.resolve().parent != ART:
            yield f.read_text(encoding="utf-8", errors="replace")
    for f in sorted(TIMEML.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                t = json.loads(line).get("text")
                if t:
                    yield t


def main():
    gold = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    files = sorted(ART.glob("*.txt"))
    ids = [f.stem for f in files]
    if sorted(g["article_id"] for g in gold) != ids:
        err("gold article ids do not match articles/*.txt")
    n_ev = n_req = 0
    for g in gold:
        aid = g["article_id"]
        p = ART / f"{aid}.txt"
        if not p.exists():
            err(f"{aid}: no text"); continue
        raw = p.read_bytes()
        if b"\r" in raw:
            err(f"{aid}: CR characters")
        text = raw.decode("utf-8")
        nw = len(text.split())
        if not 350 <= nw <= 900:
            err(f"{aid}: {nw} words")
        for k in ("article_id", "published", "events", "forbidden"):
            if k not in g:
                err(f"{aid}: missing {k}")
        if g.get("published") is None:
            r = g.get("published_inferred_range")
            if not (isinstance(r, list) and len(r) == 2 and all(iso_ok(x) and len(x) == 10 for x in r) and r[0] <= r[1]):
                err(f"{aid}: published null needs published_inferred_range")
        else:
            try:
                dt.datetime.fromisoformat(g["published"])
            except ValueError:
                err(f"{aid}: bad published {g['published']!r}")
        for iso, day in WEEKDAYS.get(aid, []):
            if not (iso_ok(iso) and len(iso) == 10):
                err(f"{aid}: bad weekday claim {iso}")
            elif dt.date.fromisoformat(iso).strftime("%A") != day:
                err(f"{aid}: {iso} is a {dt.date.fromisoformat(iso).strftime('%A')}, not {day}")
        if not WEEKDAYS.get(aid):
            err(f"{aid}: no weekday claims listed")
        for f in g.get("forbidden", []):
            c = lines_with(text, f)
            if c != 1:
                err(f"{aid}: forbidden {f!r} on {c} lines")
        for i, e in enumerate(g["events"]):
            n_ev += 1
            tag = f"{aid} ev{i} {e.get('trigger')!r}"
            for k in EV_FIELDS:
                if k not in e:
                    err(f"{tag}: missing {k}")
            if e.get("type") not in TYPES:
                err(f"{tag}: bad type {e.get('type')}")
            for t in e.get("alt_types", []):
                if t not in TYPES or t == e.get("type"):
                    err(f"{tag}: bad alt_type {t}")
            st = e.get("status")
            if not (isinstance(st, list) and st and all(s in STATUSES for s in st)):
                err(f"{tag}: bad status {st}")
            if not isinstance(e.get("required"), bool):
                err(f"{tag}: required not bool")
            n_req += bool(e.get("required"))
            if not isinstance(e.get("date_loose"), bool):
                err(f"{tag}: date_loose not bool")
            ds, de = e.get("date_start"), e.get("date_end")
            if ds is None:
                if de is not None or e.get("date_alternatives") or e.get("date_loose"):
                    err(f"{tag}: undated event with end/alternatives/loose")
            else:
                if not iso_ok(ds) or (de is not None and not iso_ok(de)):
                    err(f"{tag}: bad dates {ds} {de}")
                elif de is not None and de < ds:
                    err(f"{tag}: end before start")
                # a single weekday named in date_text must match a single-day date
                named = {d for d in DAYS if d in (e.get("date_text") or "")}
                if len(named) == 1 and len(ds) == 10 and de is None:
                    actual = dt.date.fromisoformat(ds).strftime("%A")
                    if actual not in named:
                        err(f"{tag}: date_text names {named.pop()} but {ds} is a {actual}")
            for a in e.get("date_alternatives", []):
                if isinstance(a, list) and len(a) != 2:
                    err(f"{tag}: alternative list must be [start, end]: {a}")
                a = a if isinstance(a, list) else [a]
                if not all(iso_ok(x) for x in a):
                    err(f"{tag}: bad alternative {a}")
            trig = e.get("trigger") or ""
            c = lines_with(text, trig)
            if not trig or c != 1:
                err(f"{tag}: trigger on {c} lines")
            for f in g.get("forbidden", []):
                if trig in f or f in trig:
                    err(f"{tag}: trigger overlaps forbidden text")
    summary = f"{len(gold)} articles, {n_ev} events, {n_req} required"

    if "--no-overlap" not in sys.argv:
        ours = {f.stem: f.read_text(encoding="utf-8") for f in files}
        ourw = {k: words(v) for k, v in ours.items()}
        ext = set()
        n_ext = 0
        for t in external_texts():
            n_ext += 1
            ext |= grams(words(t))
        hits = 0
        keys = sorted(ourw)
        for k in keys:
            ws = ourw[k]
            others = set()
            for k2 in keys:
                if k2 != k:
                    others |= grams(ourw[k2])
            for i in range(len(ws) - N + 1):
                gr = tuple(w for w, _ in ws[i:i + N])
                where = []
                if gr in ext:
                    where.append("external")
                if gr in others:
                    where.append("own")
                if where:
                    hits += 1
                    line = ours[k].count("\n", 0, ws[i][1]) + 1
                    err(f"overlap ({'+'.join(where)}): {k} line {line} char {ws[i][1]} "
                        f"words {i}-{i + N - 1}: {' '.join(gr)}")
        summary += f"; no {N}-gram shared with {n_ext} external texts or between our texts"
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problems ({summary.split(';')[0]})")
        return 1
    print("OK: " + summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
