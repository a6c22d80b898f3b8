#!/usr/bin/env python3
"""Validate gold.jsonl (next to this file) and the articles; 7-gram overlap check against other corpora.

The other corpora are read mechanically only: nothing from them is printed, only positions
(article, line, word index) in OUR texts where a shared 7-gram starts.
"""
import datetime as dt
import glob
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ART = HERE / "articles"
TYPES = {"party_congress", "plenary_meeting", "party_meeting", "legislative_session",
         "election_or_appointment", "dismissal_or_resignation", "vote_or_referendum",
         "military_parade", "weapons_test", "military_exercise", "summit_or_meeting",
         "speech_or_statement", "sanctions", "agreement", "protest", "attack",
         "arrest_or_detention", "disaster"}
STATUSES = {"occurred", "ongoing", "planned", "expected", "negated", "hypothetical"}
EV_FIELDS = {"type": str, "alt_types": list, "trigger": str, "date_start": (str, type(None)),
             "date_end": (str, type(None)), "date_alternatives": list, "date_loose": bool,
             "status": list, "actors": list, "location": (str, type(None)), "required": bool,
             "date_text": (str, type(None)), "notes": str}
ROOT = HERE.parent.parent
EXTERNAL = [str(ROOT.parent / "shared" / "seeds" / "*.txt"), str(ROOT / "datasets" / "*" / "articles" / "*.txt"),
            str(ROOT / "datasets" / "**" / "*.txt")]
N = 7
errors = []


def err(msg):
    errors.append(msg)


def iso_partial(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(p) for p in s.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
        return True
    except ValueError:
        return False


def floor_ceil(s):
    import calendar
    p = [int(x) for x in s.split("-")]
    lo = dt.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)
    if len(p) == 3:
        hi = lo
    elif len(p) == 2:
        hi = dt.date(p[0], p[1], calendar.monthrange(p[0], p[1])[1])
    else:
        hi = dt.date(p[0], 12, 31)
    return lo, hi


def tokens(text):
    """(word, line_no, word_index) for every word of text."""
    out, idx = [], 0
    for ln, line in enumerate(text.split("\n"), 1):
        for w in re.findall(r"[^\W_]+(?:'[^\W_]+)?", line.lower()):
            out.append((w, ln, idx))
            idx += 1
    return out


def grams(toks):
    words = [t[0] for t in toks]
    return {tuple(words[i:i + N]): i for i in range(len(words) - N + 1)}


gold = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [g["article_id"] for g in gold]
files = sorted(p.stem for p in ART.glob("*.txt"))
if sorted(ids) != files:
    err(f"gold ids {sorted(ids)} != article files {files}")
if len(set(ids)) != len(ids):
    err("duplicate article ids")

texts = {}
for g in gold:
    aid = g["article_id"]
    raw = (ART / f"{aid}.txt").read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{aid}: not UTF-8"); continue
    if b"\r" in raw:
        err(f"{aid}: CR line ends")
    texts[aid] = text
    nw = len(text.split())
    if not 320 <= nw <= 420:
        err(f"{aid}: {nw} words (want 320-420)")
    lines = text.split("\n")
    for k in ("article_id", "published", "events", "forbidden"):
        if k not in g:
            err(f"{aid}: missing {k}")
    pub = g.get("published")
    if pub is None:
        r = g.get("published_inferred_range")
        if not (isinstance(r, list) and len(r) == 2 and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", x or "") for x in r) and r[0] <= r[1]):
            err(f"{aid}: published null needs a published_inferred_range [lo, hi]")
    elif not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", pub):
        err(f"{aid}: bad published {pub!r}")
    else:
        try:
            dt.date.fromisoformat(pub[:10])
        except ValueError:
            err(f"{aid}: bad published date {pub!r}")
    forb_spans = []
    for f in g.get("forbidden", []):
        n = sum(f in l for l in lines)
        if n != 1:
            err(f"{aid}: forbidden {f!r} on {n} lines (want 1)")
        s = text.find(f)
        forb_spans.append((s, s + len(f)))
    for i, e in enumerate(g["events"]):
        tag = f"{aid} ev{i} {e.get('trigger')!r}"
        if set(e) != set(EV_FIELDS):
            err(f"{tag}: fields {sorted(set(e) ^ set(EV_FIELDS))}")
        for k, t in EV_FIELDS.items():
            if k in e and not isinstance(e[k], t):
                err(f"{tag}: {k} has type {type(e[k]).__name__}")
        if e.get("type") not in TYPES:
            err(f"{tag}: bad type {e.get('type')}")
        for t in e.get("alt_types", []):
            if t not in TYPES or t == e.get("type"):
                err(f"{tag}: bad alt_type {t}")
        if not e.get("status") or any(s not in STATUSES for s in e.get("status", [])):
            err(f"{tag}: bad status {e.get('status')}")
        ds, de = e.get("date_start"), e.get("date_end")
        if ds is not None and not iso_partial(ds):
            err(f"{tag}: bad date_start {ds}")
        if de is not None:
            if ds is None or not iso_partial(de):
                err(f"{tag}: bad date_end {de}")
            elif floor_ceil(de)[1] < floor_ceil(ds)[0]:
                err(f"{tag}: date_end before date_start")
        if ds is None and e.get("date_loose"):
            err(f"{tag}: date_loose without a date")
        for a in e.get("date_alternatives", []):
            pair = a if isinstance(a, list) else [a, None]
            if len(pair) != 2:
                err(f"{tag}: bad alternative {a}")
            elif pair[0] is None:
                if pair[1] is not None:
                    err(f"{tag}: bad alternative {a}")
            elif not iso_partial(pair[0]) or (pair[1] is not None and not iso_partial(pair[1])):
                err(f"{tag}: bad alternative {a}")
        trig = e.get("trigger", "")
        n = sum(trig in l for l in lines)
        if not trig or n != 1:
            err(f"{tag}: trigger on {n} lines (want 1)")
        s = text.find(trig)
        if any(a <= s < b for a, b in forb_spans):
            err(f"{tag}: trigger inside a forbidden passage")

# 7-gram overlap: ours vs ours, ours vs external corpora (external text never printed)
ours = {aid: tokens(t) for aid, t in texts.items()}
our_grams = {aid: grams(tk) for aid, tk in ours.items()}
hits = []


def where(aid, gram):
    i = our_grams[aid][gram]
    _, ln, _ = ours[aid][i]
    return f"{aid} line {ln} word {i}"


aids = sorted(our_grams)
for i, a in enumerate(aids):
    for b in aids[i + 1:]:
        for gr in set(our_grams[a]) & set(our_grams[b]):
            hits.append(f"own-overlap: {where(a, gr)} <-> {where(b, gr)}")
ext_files = sorted({f for pat in EXTERNAL for f in glob.glob(pat, recursive=True)
                    if pathlib.Path(f).resolve().parent != ART})  # not this set's own articles
ext = set()
for f in ext_files:
    try:
        t = pathlib.Path(f).read_text(encoding="utf-8", errors="replace")
    except OSError:
        continue
    ext.update(grams(tokens(t)))
for a in aids:
    for gr in set(our_grams[a]) & ext:
        hits.append(f"external-overlap: {where(a, gr)}")
for h in sorted(hits):
    err(h)

if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
nev = sum(len(g["events"]) for g in gold)
nreq = sum(e["required"] for g in gold for e in g["events"])
print(f"OK: {len(gold)} articles, {nev} events ({nreq} required), "
      f"{sum(len(g['forbidden']) for g in gold)} forbidden strings; no 7-gram overlap with "
      f"{len(ext_files)} external files ({len(ext)} distinct 7-grams) or between our texts")
