#!/usr/bin/env python3
"""Self-check for the fresh held-out set in this folder.

Verifies that
  * every article in articles/ has exactly one gold line and every gold line has an article;
  * every trigger and every forbidden string occurs verbatim inside a single line of its article;
  * all dates parse as ISO at year, month or day precision (published may carry a time),
    date_end is not before date_start, and date_alternatives are [start, end] pairs;
  * statuses, event types and alt_types are valid, and all 18 types occur as required events;
  * articles are 250-600 words with a headline on the first line.
Exits non-zero on any error.
"""
import collections, datetime, json, os, re, sys

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.jsonl")

TYPES = ["party_congress", "plenary_meeting", "party_meeting", "legislative_session",
         "election_or_appointment", "dismissal_or_resignation", "vote_or_referendum",
         "summit_or_meeting", "speech_or_statement", "military_parade", "military_exercise",
         "weapons_test", "sanctions", "agreement", "protest", "attack", "arrest_or_detention",
         "disaster"]
STATUSES = {"occurred", "ongoing", "planned", "expected", "negated", "hypothetical"}
EVENT_KEYS = ["type", "alt_types", "trigger", "date_start", "date_end", "date_alternatives",
              "date_loose", "status", "actors", "location", "required", "date_text", "notes"]

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s, allow_time=False):
    """Return (first_day, last_day) covered by an ISO date string, or None if invalid."""
    if not isinstance(s, str):
        return None
    try:
        if re.fullmatch(r"\d{4}", s):
            y = int(s)
            return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            y, m = map(int, s.split("-"))
            first = datetime.date(y, m, 1)
            nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - datetime.timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            d = datetime.date.fromisoformat(s)
            return d, d
        if allow_time and re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", s):
            d = datetime.datetime.fromisoformat(s).date()
            return d, d
    except ValueError:
        return None
    return None


def check_interval(ctx, start, end):
    if start is None:
        if end is not None:
            err(f"{ctx}: date_end without date_start")
        return
    a = parse_date(start)
    if a is None:
        err(f"{ctx}: bad date_start {start!r}")
        return
    if end is not None:
        b = parse_date(end)
        if b is None:
            err(f"{ctx}: bad date_end {end!r}")
        elif b[1] < a[0]:
            err(f"{ctx}: date_end {end} before date_start {start}")


articles = {f[:-4]: os.path.join(ART, f) for f in sorted(os.listdir(ART)) if f.endswith(".txt")}
gold = {}
with open(GOLD, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"gold line {n}: invalid JSON ({e})")
            continue
        aid = d.get("article_id")
        if aid in gold:
            err(f"gold line {n}: duplicate article_id {aid}")
        gold[aid] = d

for aid in articles:
    if aid not in gold:
        err(f"{aid}: article has no gold line")
for aid in gold:
    if aid not in articles:
        err(f"{aid}: gold line has no article")

required_by_type = collections.Counter()
all_by_type = collections.Counter()
n_events = 0

for aid, d in gold.items():
    if aid not in articles:
        continue
    text = open(articles[aid], encoding="utf-8").read()
    lines = text.splitlines()
    words = len(text.split())
    if not (250 <= words <= 600):
        err(f"{aid}: {words} words (want 250-600)")
    if not lines or not lines[0].strip():
        err(f"{aid}: first line must be a headline")

    for k in ["article_id", "published", "published_in_text", "events", "forbidden"]:
        if k not in d:
            err(f"{aid}: missing key {k}")
    pub = d.get("published")
    if pub is not None:
        if parse_date(pub, allow_time=True) is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", pub):
            err(f"{aid}: bad published {pub!r}")
        if d.get("published_in_text") is not True:
            err(f"{aid}: published given but published_in_text is not true")
    else:
        if d.get("published_in_text") is not False:
            err(f"{aid}: published null but published_in_text is not false")
        rng = d.get("published_inferred_range")
        if not (isinstance(rng, list) and len(rng) == 2):
            err(f"{aid}: published null needs published_inferred_range [start, end]")
        else:
            check_interval(f"{aid} published_inferred_range", rng[0], rng[1])

    for s in d.get("forbidden", []):
        if not any(s in ln for ln in lines):
            err(f"{aid}: forbidden string not inside one line: {s!r}")

    for i, ev in enumerate(d.get("events", [])):
        ctx = f"{aid} event {i} ({ev.get('type')}: {ev.get('trigger')!r})"
        n_events += 1
        for k in EVENT_KEYS:
            if k not in ev:
                err(f"{ctx}: missing key {k}")
        if ev.get("type") not in TYPES:
            err(f"{ctx}: unknown type")
        for t in ev.get("alt_types", []):
            if t not in TYPES:
                err(f"{ctx}: unknown alt_type {t!r}")
        st = ev.get("status")
        if not isinstance(st, list) or not st or any(s not in STATUSES for s in st):
            err(f"{ctx}: bad status {st!r}")
        trig = ev.get("trigger")
        if not isinstance(trig, str) or not trig or not any(trig in ln for ln in lines):
            err(f"{ctx}: trigger not inside one line of the article")
        check_interval(ctx, ev.get("date_start"), ev.get("date_end"))
        for alt in ev.get("date_alternatives", []):
            if not (isinstance(alt, list) and len(alt) == 2):
                err(f"{ctx}: date_alternatives entry must be [start, end]: {alt!r}")
            else:
                check_interval(f"{ctx} alternative", alt[0], alt[1])
        if not isinstance(ev.get("required"), bool) or not isinstance(ev.get("date_loose"), bool):
            err(f"{ctx}: required and date_loose must be booleans")
        all_by_type[ev.get("type")] += 1
        if ev.get("required") is True:
            required_by_type[ev.get("type")] += 1

missing = [t for t in TYPES if required_by_type[t] == 0]
if missing:
    err("types without a required gold event: " + ", ".join(missing))

print(f"articles: {len(articles)}  gold lines: {len(gold)}  events: {n_events}  "
      f"required: {sum(required_by_type.values())}")
print("required (all) events per type:")
for t in TYPES:
    print(f"  {t:26s} {required_by_type[t]:3d} ({all_by_type[t]})")
if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
