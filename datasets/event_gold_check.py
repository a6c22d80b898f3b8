#!/usr/bin/env python3
"""Validate an event set's gold.jsonl against its articles/ and run the 7-gram overlap check (shared by
the sets test7 and test8, whose check_gold.py call `main` with their folder and word range).

Usage (from a set's folder): python3 check_gold.py [--no-overlap]

Gold checks: ids match articles/*.txt; the set's word range; no CR; the first line is a headline;
`published` is ISO (date or date-time) or null with a two-date published_inferred_range;
every trigger and every forbidden string occurs in exactly one line of its article and no
trigger overlaps forbidden text; dates are valid ISO at the precision written (YYYY, YYYY-MM,
YYYY-MM-DD), end >= start; undated events carry no end/alternatives/loose flag;
date_alternatives are strings or [start, end] pairs (never one-element lists); types and
statuses come from the fixed lists; every (date, weekday) claim in make_gold.WEEKDAYS is true
(datetime), every article has such claims, and a single weekday named in an event's date_text
agrees with its single-day date.

Overlap check: texts are lower-cased and split on non-alphanumerics; every 7-word sequence of
our texts that also occurs in /work/shared/seeds/*.txt, any .txt under /work/main/datasets
(recursively), the "text" of /work/shared/timeml/*.jsonl, the "text" of any .jsonl under
/work/main/datasets, or another of our own texts, is reported by its position in OUR text only.
External text is never printed.
"""
import datetime as dt
import json
import pathlib
import re
import sys

# Set by main() for the set being checked: its folder, its articles, its weekday claims, its word range.
HERE = ART = pathlib.Path()
WEEKDAYS: dict = {}
WORDS = (0, 0)

TYPES = {"party_congress", "plenary_meeting", "party_meeting", "legislative_session",
         "election_or_appointment", "dismissal_or_resignation", "vote_or_referendum",
         "military_parade", "weapons_test", "military_exercise", "summit_or_meeting",
         "speech_or_statement", "sanctions", "agreement", "protest", "attack",
         "arrest_or_detention", "disaster"}
STATUSES = {"occurred", "ongoing", "planned", "expected", "negated", "hypothetical"}
FIELDS = ["type", "alt_types", "trigger", "date_start", "date_end", "date_alternatives",
          "date_loose", "status", "actors", "location", "required", "date_text", "notes"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROOT = pathlib.Path(__file__).resolve().parent.parent  # the repository; ../shared sits beside it
SEEDS = ROOT.parent / "shared" / "seeds"
DATASETS = ROOT / "datasets"
TIMEML = ROOT.parent / "shared" / "timeml"
N = 7
problems = []


def bad(msg):
    problems.append(msg)


def iso_ok(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    p = [int(x) for x in s.split("-")]
    try:
        dt.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)
    except ValueError:
        return False
    return True


def floor(s):
    p = [int(x) for x in s.split("-")]
    return dt.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)


def n_lines(text, needle):
    return sum(needle in line for line in text.split("\n"))


def tokens(text):
    return [(m.group(0).lower(), m.start()) for m in re.finditer(r"[^\W_]+", text)]


def ngrams(toks):
    return {tuple(w for w, _ in toks[i:i + N]) for i in range(len(toks) - N + 1)}


def external():
    for f in sorted(SEEDS.glob("*.txt")):
        yield f.read_text(encoding="utf-8", errors="replace")
    for f in sorted(DATASETS.rglob("*.txt")):
        if f.is_file() and f.resolve().parent != ART.resolve():  # not this set's own articles
            yield f.read_text(encoding="utf-8", errors="replace")
    jsonls = sorted(TIMEML.glob("*.jsonl")) + sorted(p for p in DATASETS.rglob("*.jsonl")
                                                     if p.is_file() and p.resolve() != (HERE / "gold.jsonl").resolve())
    for f in jsonls:
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                yield rec["text"]


def check_gold():
    gold = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    files = sorted(ART.glob("*.txt"))
    if sorted(g["article_id"] for g in gold) != [f.stem for f in files]:
        bad("gold article ids do not match articles/*.txt")
    n_ev = n_req = 0
    for g in gold:
        aid = g["article_id"]
        path = ART / f"{aid}.txt"
        if not path.exists():
            bad(f"{aid}: no text")
            continue
        raw = path.read_bytes()
        if b"\r" in raw:
            bad(f"{aid}: CR characters")
        text = raw.decode("utf-8")
        nw = len(text.split())
        if not WORDS[0] <= nw <= WORDS[1]:
            bad(f"{aid}: {nw} words")
        if not text.split("\n", 1)[0].strip():
            bad(f"{aid}: first line is not a headline")
        for k in ("article_id", "published", "events", "forbidden"):
            if k not in g:
                bad(f"{aid}: missing key {k}")
        if g.get("published") is None:
            r = g.get("published_inferred_range")
            if not (isinstance(r, list) and len(r) == 2 and all(iso_ok(x) and len(x) == 10 for x in r) and r[0] <= r[1]):
                bad(f"{aid}: published null needs a valid published_inferred_range")
        else:
            try:
                dt.datetime.fromisoformat(g["published"])
            except (TypeError, ValueError):
                bad(f"{aid}: bad published {g['published']!r}")
        claims = WEEKDAYS.get(aid, [])
        if not claims:
            bad(f"{aid}: no weekday claims")
        for iso, day in claims:
            if not (iso_ok(iso) and len(iso) == 10):
                bad(f"{aid}: bad weekday claim {iso!r}")
            elif dt.date.fromisoformat(iso).strftime("%A") != day:
                bad(f"{aid}: {iso} is a {dt.date.fromisoformat(iso).strftime('%A')}, not a {day}")
        for f in g.get("forbidden", []):
            c = n_lines(text, f)
            if c != 1:
                bad(f"{aid}: forbidden {f!r} on {c} lines")
        for i, e in enumerate(g["events"]):
            n_ev += 1
            tag = f"{aid} #{i} {e.get('trigger')!r}"
            for k in FIELDS:
                if k not in e:
                    bad(f"{tag}: missing {k}")
            if e.get("type") not in TYPES:
                bad(f"{tag}: unknown type {e.get('type')!r}")
            for t in e.get("alt_types", []):
                if t not in TYPES or t == e.get("type"):
                    bad(f"{tag}: bad alt type {t!r}")
            st = e.get("status")
            if not (isinstance(st, list) and st and all(s in STATUSES for s in st)):
                bad(f"{tag}: bad status {st!r}")
            if not isinstance(e.get("required"), bool):
                bad(f"{tag}: required must be bool")
            n_req += e.get("required") is True
            if not isinstance(e.get("date_loose"), bool):
                bad(f"{tag}: date_loose must be bool")
            ds, de = e.get("date_start"), e.get("date_end")
            if ds is None:
                if de is not None or e.get("date_alternatives") or e.get("date_loose"):
                    bad(f"{tag}: undated event carries end/alternatives/loose")
            elif not iso_ok(ds) or (de is not None and not iso_ok(de)):
                bad(f"{tag}: bad dates {ds!r} {de!r}")
            elif de is not None and floor(de) < floor(ds):
                bad(f"{tag}: end before start")
            else:
                named = {d for d in DAYS if d in (e.get("date_text") or "")}
                if len(named) == 1 and len(ds) == 10 and de is None:
                    real = dt.date.fromisoformat(ds).strftime("%A")
                    if real not in named:
                        bad(f"{tag}: date_text names {next(iter(named))} but {ds} is a {real}")
            for a in e.get("date_alternatives", []):
                if isinstance(a, list):
                    if len(a) != 2:
                        bad(f"{tag}: alternative lists must be [start, end]: {a!r}")
                    elif not all(iso_ok(x) for x in a) or floor(a[1]) < floor(a[0]):
                        bad(f"{tag}: bad alternative {a!r}")
                elif not iso_ok(a):
                    bad(f"{tag}: bad alternative {a!r}")
            trig = e.get("trigger") or ""
            c = n_lines(text, trig) if trig else 0
            if c != 1:
                bad(f"{tag}: trigger on {c} lines")
            for f in g.get("forbidden", []):
                if trig and (trig in f or f in trig):
                    bad(f"{tag}: trigger overlaps forbidden text")
    return gold, files, n_ev, n_req


def check_overlap(files):
    ours = {f.stem: f.read_text(encoding="utf-8") for f in files}
    toks = {k: tokens(v) for k, v in ours.items()}
    ext, n_ext = set(), 0
    for t in external():
        n_ext += 1
        ext |= ngrams(tokens(t))
    hits = 0
    for k in sorted(toks):
        others = set()
        for k2 in toks:
            if k2 != k:
                others |= ngrams(toks[k2])
        ws = toks[k]
        for i in range(len(ws) - N + 1):
            gr = tuple(w for w, _ in ws[i:i + N])
            where = [n for n, s in (("external", ext), ("own", others)) if gr in s]
            if where:
                hits += 1
                line = ours[k].count("\n", 0, ws[i][1]) + 1
                bad(f"overlap ({'+'.join(where)}): {k} line {line} char {ws[i][1]}: {' '.join(gr)}")
    return n_ext, hits


def main(here: pathlib.Path, words: tuple[int, int]) -> int:
    """Check the set in folder `here` whose articles run to `words` (low, high) words."""
    global HERE, ART, WEEKDAYS, WORDS
    HERE, ART, WORDS = here, here / "articles", words
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(here))
    from make_gold import WEEKDAYS  # noqa: E402  (the set's own hand-typed weekday claims)
    gold, files, n_ev, n_req = check_gold()
    summary = f"{len(gold)} articles, {n_ev} events, {n_req} required"
    if "--no-overlap" not in sys.argv:
        n_ext, hits = check_overlap(files)
        summary += f"; {N}-gram check against {n_ext} external texts and between our texts: {hits} shared"
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problems ({summary})")
        return 1
    print("OK: " + summary)
    return 0

