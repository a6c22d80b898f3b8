#!/usr/bin/env python3
"""Validate gold.jsonl (next to this file) against the articles, and run the 7-gram overlap check.

The overlap check reads the reference corpora mechanically and prints only file names and
counts of shared 7-grams, never their text.
"""
import glob, json, os, pathlib, re, sys, datetime as dt

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"party_congress", "plenary_meeting", "party_meeting", "legislative_session",
         "election_or_appointment", "dismissal_or_resignation", "vote_or_referendum",
         "military_parade", "weapons_test", "military_exercise", "summit_or_meeting",
         "speech_or_statement", "sanctions", "agreement", "protest", "attack",
         "arrest_or_detention", "disaster"}
STATUSES = {"occurred", "ongoing", "planned", "expected", "negated", "hypothetical"}
EVENT_KEYS = {"type", "alt_types", "trigger", "date_start", "date_end", "date_alternatives",
              "date_loose", "status", "actors", "location", "required", "date_text", "notes"}
errors = []


def err(msg):
    errors.append(msg)


def parse_iso(s):
    """YYYY, YYYY-MM or YYYY-MM-DD -> (first day, last day)."""
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        raise ValueError(f"not an ISO date: {s!r}")
    p = [int(x) for x in s.split("-")]
    if len(p) == 1:
        return dt.date(p[0], 1, 1), dt.date(p[0], 12, 31)
    if len(p) == 2:
        first = dt.date(p[0], p[1], 1)
        nxt = dt.date(p[0] + (p[1] == 12), p[1] % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    d = dt.date(*p)
    return d, d


def lines_with(text, needle):
    return [i for i, line in enumerate(text.split("\n")) if needle in line]


def check_interval(where, start, end):
    try:
        a = parse_iso(start)[0]
        b = parse_iso(end if end is not None else start)[1]
        if b < a:
            err(f"{where}: end {end} before start {start}")
    except ValueError as e:
        err(f"{where}: {e}")


gold = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
texts = {}
ids = [g["article_id"] for g in gold]
if len(set(ids)) != len(ids):
    err("duplicate article ids")
files = sorted(p.stem for p in (HERE / "articles").glob("*.txt"))
if sorted(ids) != files:
    err(f"article files {files} != gold ids {sorted(ids)}")

n_events = n_req = 0
for g in gold:
    aid = g["article_id"]
    for k in ("article_id", "published", "events", "forbidden"):
        if k not in g:
            err(f"{aid}: missing {k}")
    raw = (HERE / "articles" / f"{aid}.txt").read_bytes()
    if b"\r" in raw:
        err(f"{aid}: CR in file")
    text = raw.decode("utf-8")
    texts[aid] = text
    words = len(text.split())
    if not 320 <= words <= 420:
        err(f"{aid}: {words} words")
    if g["published"] is None:
        rng = g.get("published_inferred_range")
        if not (isinstance(rng, list) and len(rng) == 2):
            err(f"{aid}: published null needs published_inferred_range")
        else:
            try:
                a, b = (dt.date.fromisoformat(x) for x in rng)
                if b < a:
                    err(f"{aid}: inferred range reversed")
            except ValueError:
                err(f"{aid}: bad inferred range {rng}")
    else:
        try:
            dt.datetime.fromisoformat(g["published"])
        except ValueError:
            err(f"{aid}: bad published {g['published']!r}")
        if re.search(r"\b(19|20)\d\d\b", text) is None:
            err(f"{aid}: published given but no year printed")
    forb_lines = set()
    for f in g["forbidden"]:
        ls = lines_with(text, f)
        if len(ls) != 1:
            err(f"{aid}: forbidden {f!r} on {len(ls)} lines")
        forb_lines.update(ls)
    for i, e in enumerate(g["events"]):
        where = f"{aid} event {i} ({e.get('trigger')!r})"
        if set(e) != EVENT_KEYS:
            err(f"{where}: keys differ: missing {EVENT_KEYS - set(e)}, extra {set(e) - EVENT_KEYS}")
            continue
        n_events += 1
        n_req += bool(e["required"])
        if e["type"] not in TYPES:
            err(f"{where}: bad type {e['type']}")
        for t in e["alt_types"]:
            if t not in TYPES or t == e["type"]:
                err(f"{where}: bad alt type {t}")
        if not e["status"] or any(s not in STATUSES for s in e["status"]):
            err(f"{where}: bad status {e['status']}")
        if not isinstance(e["required"], bool) or not isinstance(e["date_loose"], bool):
            err(f"{where}: required/date_loose must be bool")
        if not isinstance(e["actors"], list):
            err(f"{where}: actors must be a list")
        if e["date_start"] is None:
            if e["date_end"] is not None:
                err(f"{where}: date_end without date_start")
            if e["date_loose"]:
                err(f"{where}: loose without date")
        else:
            check_interval(where, e["date_start"], e["date_end"])
        for a in e["date_alternatives"]:
            if isinstance(a, list):
                if len(a) != 2:
                    err(f"{where}: alternative {a} not a pair")
                else:
                    check_interval(where, a[0], a[1])
            else:
                check_interval(where, a, None)
        ls = lines_with(text, e["trigger"])
        if len(ls) != 1:
            err(f"{where}: trigger on {len(ls)} lines")
        elif ls[0] in forb_lines:
            err(f"{where}: trigger inside a forbidden line")

# ---- 7-gram overlap ----
def grams(text, n=7):
    w = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


mine = {aid: grams(t) for aid, t in texts.items()}
_ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir)
ref_paths = sorted(p for p in glob.glob(os.path.join(_ROOT, os.pardir, "shared", "seeds", "*.txt"))
                   + glob.glob(os.path.join(_ROOT, "datasets", "*", "articles", "*.txt"))
                   if os.path.dirname(os.path.abspath(p)) != os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles"))
ref = set()
for p in ref_paths:
    ref |= grams(open(p, encoding="utf-8", errors="replace").read())
overlaps = 0
for aid, g in mine.items():
    k = len(g & ref)
    if k:
        overlaps += k
        err(f"{aid}: {k} 7-grams shared with reference corpora")
ids_sorted = sorted(mine)
pair_overlaps = 0
for i, a in enumerate(ids_sorted):
    for b in ids_sorted[i + 1:]:
        k = len(mine[a] & mine[b])
        if k:
            pair_overlaps += k
            err(f"{a} / {b}: {k} shared 7-grams")
print(f"overlap check: {len(mine)} texts vs {len(ref_paths)} reference files; "
      f"shared with references {overlaps}, shared between own texts {pair_overlaps}")

if errors:
    print("\n".join("ERROR: " + e for e in errors))
    sys.exit(1)
print(f"OK: {len(gold)} articles, {n_events} events, {n_req} required, all triggers and forbidden strings on exactly one line, no 7-gram overlap")
