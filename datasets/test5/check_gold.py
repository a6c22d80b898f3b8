#!/usr/bin/env python3
"""Validate gold.jsonl against the articles in ./articles and check 7-gram overlap.

Usage: python3 check_gold.py [--no-overlap]
Prints 'OK: ...' and exits 0 when clean. The overlap check reads the external corpora
mechanically and only ever prints positions inside OUR articles.
"""
import datetime as dt
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
EV_FIELDS = ["type", "alt_types", "trigger", "date_start", "date_end", "date_alternatives",
             "date_loose", "status", "actors", "location", "required", "date_text", "notes"]
ROOT = HERE.parent.parent
EXTERNAL = [ROOT.parent / "shared" / "seeds", ROOT / "datasets"]
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
    """(word, char_offset) pairs; lowercase, letters/digits/apostrophes."""
    return [(m.group(0).lower(), m.start()) for m in re.finditer(r"[A-Za-z0-9\u00C0-\u024F']+", text)]


def grams(ws):
    return {tuple(w for w, _ in ws[i:i + N]) for i in range(len(ws) - N + 1)}


def main():
    gold_path = HERE / "gold.jsonl"
    gold = [json.loads(l) for l in gold_path.read_text(encoding="utf-8").splitlines() if l.strip()]
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
        if not 320 <= nw <= 420:
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
            for a in e.get("date_alternatives", []):
                if isinstance(a, list) and len(a) != 2:
                    err(f"{tag}: alternative list must be [start, end]: {a}")
                a = a if isinstance(a, list) else [a]
                if not all(iso_ok(x) for x in a):
                    err(f"{tag}: bad alternative {a}")
            trig = e.get("trigger") or ""
            c = lines_with(text, trig)
            if c != 1:
                err(f"{tag}: trigger on {c} lines")
            for f in g.get("forbidden", []):
                if trig in f or f in trig:
                    err(f"{tag}: trigger overlaps forbidden text")
    summary = f"{len(gold)} articles, {n_ev} events, {n_req} required"

    if "--no-overlap" not in sys.argv:
        ours = {f.stem: (f.read_text(encoding="utf-8")) for f in files}
        ourw = {k: words(v) for k, v in ours.items()}
        ext = set()
        n_ext = 0
        for root in EXTERNAL:
            if not root.exists():
                err(f"overlap: corpus {root} missing"); continue
            pattern = "*.txt" if root.name == "seeds" else "**/*.txt"
            for f in root.glob(pattern):
                if not f.is_file() or f.resolve().parent == ART:  # not this set's own articles
                    continue
                n_ext += 1
                ext |= grams(words(f.read_text(encoding="utf-8", errors="replace")))
        hits = 0
        keys = sorted(ourw)
        for k in keys:
            ws = ourw[k]
            others = set()
            for k2 in keys:
                if k2 != k:
                    others |= grams(ourw[k2])
            for i in range(len(ws) - N + 1):
                g = tuple(w for w, _ in ws[i:i + N])
                where = []
                if g in ext:
                    where.append("external")
                if g in others:
                    where.append("own")
                if where:
                    hits += 1
                    line = ours[k].count("\n", 0, ws[i][1]) + 1
                    err(f"overlap ({'+'.join(where)}): {k} line {line} char {ws[i][1]} "
                        f"words {i}-{i + N - 1}: {' '.join(g)}")
        summary += f"; no {N}-gram shared with {n_ext} external .txt files or between our texts"
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problems ({summary.split(';')[0]})")
        return 1
    print("OK: " + summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
