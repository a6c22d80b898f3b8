#!/usr/bin/env python3
"""Sanity checks for heldout8.jsonl (standard library only).

1. schema, genre/document counts (4 genres x 6), words (150-350) and timexes (12-30)
   per document, DCT range, exactly two undated documents, 450-510 timexes;
2. text[start:end] == text, no surrounding whitespace, spans on word boundaries,
   no leading preposition, no trailing possessive or punctuation, no overlaps,
   no markup left;
3. values well formed for their type (real calendar dates, ISO weeks, clock
   times, decades, REF values, compound durations);
4. every weekday name in a timex agrees with its value (datetime); a weekday
   given with a day number must match it; bare weekdays resolve to the nearest
   such day before/after the DCT in the direction recorded in FUTURE ("last X"
   strictly before, "next X" strictly after); weekdays anchored elsewhere are
   listed in ANCHORED_WD and asserted in ARITH;
5. deictic expressions are re-derived from the DCT with datetime (DEIXIS);
   yearless months resolve in the recorded direction; undated documents contain
   no DCT-relative expression except REF values and expressions anchored in
   their own text (ARITH);
6. anchored arithmetic (ARITH: live-blog "an hour ago" from the entry time,
   times after midnight, clock times on a named day, holidays, "the following
   Tuesday", "a week on Friday" ...); shortened year ranges; clock times with
   no day in the surface fall on the DCT unless anchored;
7. explicit components in the surface (day, month, year, decade, season,
   quarter, clock times, noon, part of day, duration numbers and units, set
   periods) agree with the value;
8. REF values ("now" -> PRESENT_REF; "today" in an undated text);
9. distractors are present and outside every timex, and every weekday/month
   name, "today", "tonight", "now", "yesterday", "tomorrow", "currently",
   "recently" outside a timex is one of them.
Exit status 1 if any check fails.
"""
import calendar
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.environ.get("HELDOUT8_JSONL", os.path.join(os.path.dirname(HERE), "heldout8.jsonl"))

errors = []


def err(msg):
    errors.append(msg)


docs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
D = {d["doc_id"]: d for d in docs}

# ---------------------------------------------------------------- 1. schema
GENRES = ["live_blog", "sport", "health_science", "agenda"]
if len(docs) != 24:
    err("expected 24 documents, got %d" % len(docs))
if len(D) != len(docs):
    err("duplicate doc_id")
gc = collections.Counter(d["genre"] for d in docs)
for g in GENRES:
    if gc[g] != 6:
        err("genre %s has %d documents" % (g, gc[g]))
for g in gc:
    if g not in GENRES:
        err("unknown genre %r" % g)
for d in docs:
    if set(d) != {"doc_id", "dct", "genre", "text", "timexes"}:
        err("%s: keys %s" % (d["doc_id"], sorted(d)))
    if d["dct"] is not None:
        try:
            x = dt.date.fromisoformat(d["dct"])
            if not 1985 <= x.year <= 2026:
                err("%s: DCT %s outside 1985-2026" % (d["doc_id"], d["dct"]))
        except ValueError:
            err("%s: bad dct %r" % (d["doc_id"], d["dct"]))
    nw = len(re.findall(r"\S+", d["text"]))
    nt = len(d["timexes"])
    if not 150 <= nw <= 350:
        err("%s: %d words" % (d["doc_id"], nw))
    if not 12 <= nt <= 30:
        err("%s: %d timexes" % (d["doc_id"], nt))
    if "\n\n\n" in d["text"] or d["text"] != d["text"].strip():
        err("%s: paragraph joining" % d["doc_id"])
NULL_DCT = {d["doc_id"] for d in docs if d["dct"] is None}
if len(NULL_DCT) != 2:
    err("expected 2 undated documents, got %d" % len(NULL_DCT))
years = sorted(int(d["dct"][:4]) for d in docs if d["dct"])
if years[0] > 1986 or years[-1] < 2025:
    err("DCTs do not span 1985-2026: %s" % years)
total = sum(len(d["timexes"]) for d in docs)
if not 450 <= total <= 510:
    err("about 450-500 timexes expected, got %d" % total)

# ------------------------------------------------------ 2. spans / overlap
PREP = r"(?i)(on|in|at|since|until|by|before|after|from|through|over|for|within|during|into|up to|around) "
for d in docs:
    prev = None
    for t in sorted(d["timexes"], key=lambda t: (t["start"], t["end"])):
        if set(t) != {"start", "end", "text", "type", "value"}:
            err("%s: timex keys %s" % (d["doc_id"], sorted(t)))
        if d["text"][t["start"]:t["end"]] != t["text"]:
            err("%s: offset mismatch %r" % (d["doc_id"], t))
        if t["text"] != t["text"].strip() or not t["text"]:
            err("%s: whitespace in span %r" % (d["doc_id"], t["text"]))
        if prev and t["start"] < prev["end"]:
            err("%s: overlap %r / %r" % (d["doc_id"], prev["text"], t["text"]))
        s, e, tx = t["start"], t["end"], d["text"]
        if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
            err("%s: span %r cuts a word" % (d["doc_id"], t["text"]))
        if re.match(PREP, t["text"]):
            err("%s: leading preposition in %r" % (d["doc_id"], t["text"]))
        if t["text"].endswith("'s") or (t["text"][-1] in ".,;:'" and not t["text"].endswith(("a.m.", "p.m.", "Oct.", "Dec.", "Nov."))):
            err("%s: trailing possessive/punctuation in %r" % (d["doc_id"], t["text"]))
        prev = t
    if "[[" in d["text"] or "]]" in d["text"] or "|" in d["text"]:
        err("%s: markup left in text" % d["doc_id"])

# ------------------------------------------------- 3. value well-formedness
POD = r"(MO|AF|EV|NI)"
RX = {
    "DATE": re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)"
                       r"|\d{2,3}|XXXX-\d{2}|PAST_REF|PRESENT_REF|FUTURE_REF)$"),
    "TIME": re.compile(r"^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|%s)$" % POD),
    "DURATION": re.compile(r"^(P(\d+|X)[YMWD]|PT(?=\d|X)((\d+|X)H)?((\d+|X)M)?((\d+|X)S)?)$"),
    "SET": re.compile(r"^(P\d+[YMWD]|PT\d+[HM]|XXXX-WXX-[1-7](T%s)?|XXXX-(SP|SU|FA|WI)|XXXX-\d{2}"
                      r"|XXXX-XX-XXT%s)$" % (POD, POD)),
}
for d in docs:
    for t in d["timexes"]:
        v, ty = t["value"], t["type"]
        if ty not in RX:
            err("%s: bad type %r" % (d["doc_id"], ty))
            continue
        if not RX[ty].match(v) or v in ("PT", "P"):
            err("%s: malformed %s value %r for %r" % (d["doc_id"], ty, v, t["text"]))
            continue
        m = re.match(r"^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?", v)
        if m:
            mo = int(m.group(2))
            if not 1 <= mo <= 12:
                err("%s: bad month in %r" % (d["doc_id"], v))
            elif m.group(3) and m.group(1) != "XXXX":
                try:
                    dt.date(int(m.group(1)), mo, int(m.group(3)))
                except ValueError:
                    err("%s: impossible date %r" % (d["doc_id"], v))
        m = re.match(r"^(\d{4})-W(\d{2})", v)
        if m:
            y, w = int(m.group(1)), int(m.group(2))
            if not 1 <= w <= dt.date(y, 12, 28).isocalendar()[1]:
                err("%s: bad ISO week %r" % (d["doc_id"], v))
        m = re.search(r"T(\d{2}):(\d{2})$", v)
        if m and not (int(m.group(1)) < 24 and int(m.group(2)) < 60):
            err("%s: bad clock time %r" % (d["doc_id"], v))
        if re.fullmatch(r"P0+[YMWD]|PT0+[HMS]", v):
            err("%s: zero duration %r" % (d["doc_id"], v))
        if ty == "DATE" and v.endswith("_REF") and d["dct"] is None and v != "PRESENT_REF":
            err("%s: %s in an undated text" % (d["doc_id"], v))


def vdate(v):
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", v)
    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def keyed(d):
    """(key, timex) pairs; repeated surface strings get '@2', '@3' ..."""
    seen = collections.Counter()
    for t in d["timexes"]:
        seen[t["text"]] += 1
        yield (t["text"] if seen[t["text"]] == 1 else "%s@%d" % (t["text"], seen[t["text"]])), t


def val(doc, key):
    for k, t in keyed(D[doc]):
        if k == key:
            return t["value"]
    err("%s: no timex %r" % (doc, key))
    return None



# -------------------------------------------------------------- 4. weekdays
WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WDRX = re.compile(r"\b(" + "|".join(WD) + r")s?\b", re.I)
CLOCK = re.compile(r"\d+(?::\d+|\.\d\d)?\s*[ap]\.m\.|\b\d{1,2}:\d{2}\b")
FUTURE = {
    ("lb02", "Wednesday"), ("lb03", "next Monday"), ("lb03", "next Wednesday"), ("lb03", "6 a.m. Thursday"),
    ("lb04", "Thursday"), ("lb04", "noon Wednesday"), ("lb05", "Sunday morning"), ("lb06", "Monday"),
    ("sp01", "Tuesday night"), ("sp01", "next Saturday"), ("sp02", "Friday"), ("sp02", "Monday evening"),
    ("sp05", "Tuesday"), ("sp05", "Thursday"),
    ("hs03", "Sunday"), ("hs03", "Good Friday"), ("hs03", "Easter Monday"),
    ("ag01", "Tuesday"), ("ag01", "Thursday"), ("ag01", "Friday"),
    ("ag02", "Wednesday"), ("ag02", "Friday"),
    ("ag04", "Tuesday"), ("ag04", "Wednesday"), ("ag04", "Saturday"),
    ("ag05", "Wednesday"), ("ag05", "Monday"), ("ag05", "Tuesday"), ("ag05", "Wednesday@2"), ("ag05", "Friday"),
    ("ag06", "Monday"), ("ag06", "Tuesday"), ("ag06", "Friday"), ("ag06", "Thursday"),
}
# weekday expressions whose day follows from another date in the text (asserted in ARITH)
ANCHORED_WD = {("ag01", "the following Tuesday"), ("ag03", "the following Tuesday"), ("hs02", "a week on Friday"),
               ("ag02", "a week on Saturday"), ("ag06", "the last Thursday of the month"),
               ("ag06", "the first Monday in June")}
weekday_pairs = []
used_future = set()
for d in docs:
    for key, t in keyed(d):
        m = WDRX.search(t["text"])
        if not m:
            continue
        wd = WD.index(m.group(1).lower())
        if t["type"] == "SET":
            if not re.fullmatch(r"XXXX-WXX-%d(T%s)?" % (wd + 1, POD), t["value"]):
                err("%s: SET weekday %r -> %r" % (d["doc_id"], t["text"], t["value"]))
            weekday_pairs.append((d["doc_id"], t["text"], t["value"], "SET"))
            continue
        day = vdate(t["value"])
        if day is None:
            err("%s: weekday %r without a day value %r" % (d["doc_id"], t["text"], t["value"]))
            continue
        if day.weekday() != wd:
            err("%s: %r -> %s is a %s" % (d["doc_id"], t["text"], day, day.strftime("%A")))
        weekday_pairs.append((d["doc_id"], t["text"], t["value"], day.strftime("%A")))
        no_clock = CLOCK.sub("", t["text"])
        if re.search(r"\b\d{1,4}\b", no_clock):
            m2 = re.search(r"\b(\d{1,2})\b", no_clock)
            if m2 and int(m2.group(1)) != day.day:
                err("%s: %r day number vs %s" % (d["doc_id"], t["text"], day))
            continue  # weekday given with an explicit date
        if (d["doc_id"], key) in ANCHORED_WD:
            continue
        if not d["dct"]:
            err("%s: bare weekday %r in an undated text" % (d["doc_id"], t["text"]))
            continue
        anchor = dt.date.fromisoformat(d["dct"])
        low = t["text"].lower()
        if low.startswith("last "):
            direction = "last"
            exp = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7 or 7)
        elif low.startswith("next ") or (d["doc_id"], key) in FUTURE:
            direction = "future"
            if (d["doc_id"], key) in FUTURE:
                used_future.add((d["doc_id"], key))
            exp = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        else:
            direction = "past"
            exp = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)
        if day != exp:
            err("%s: %r (%s) resolves to %s, expected %s" % (d["doc_id"], key, direction, day, exp))
for k in FUTURE - used_future:
    err("FUTURE entry not found: %r" % (k,))


# ------------------------------------------------------------- 5. deixis
def week(x, off_days=0):
    y, w, _ = (x + dt.timedelta(days=off_days)).isocalendar()[:3]
    return "%d-W%02d" % (y, w)


def month(x, off=0):
    m0 = x.year * 12 + (x.month - 1) + off
    return "%d-%02d" % (m0 // 12, m0 % 12 + 1)


def easter(y):  # anonymous Gregorian algorithm
    a, b, c = y % 19, y // 100, y % 100
    dd, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - dd - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31
    return dt.date(y, mo, (h + l - 7 * m + 114) % 31 + 1)


def thanksgiving(y):  # US: fourth Thursday of November
    first = dt.date(y, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def nearest(x, fn):
    return str(min((fn(x.year + k) for k in (-1, 0, 1)), key=lambda c: abs((c - x).days)))


# seasons as month spans; a winter belongs to the year of its December
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_span(y, code):
    s = dt.date(y, SEASON_START[code], 1)
    e_m = SEASON_START[code] + 2
    e = dt.date(y + (e_m > 12), (e_m - 1) % 12 + 1, 1)
    e = dt.date(e.year, e.month, calendar.monthrange(e.year, e.month)[1])
    return s, e


def season(x, rel, code, n=1):
    if rel == "this":      # the season of the DCT's year
        y = x.year if not (code == "WI" and x.month <= 2) else x.year - 1
    elif rel == "next":    # the first one starting after the DCT
        y = x.year if season_span(x.year, code)[0] > x else x.year + 1
    else:                  # "last" / "N ago": the n-th most recent one already over
        y = x.year
        while season_span(y, code)[1] >= x:
            y -= 1
        y -= n - 1
    return "%d-%s" % (y, code)


def quarter(x, off=0):
    q0 = x.year * 4 + (x.month - 1) // 3 + off
    return "%d-Q%d" % (q0 // 4, q0 % 4 + 1)


def weekend(x):
    return week(x) + "-WE"



def canada_thanksgiving(y):  # second Monday of October
    first = dt.date(y, 10, 1)
    return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 7)


T = lambda off=0, code=None, hm=None: (lambda x: "%s%s" % (x + dt.timedelta(off), "T" + (code or hm)))
DAY = lambda off=0: (lambda x: str(x + dt.timedelta(off)))
YEAR = lambda off=0: (lambda x: str(x.year + off))

# (doc, key) -> function of the DCT giving the expected value
DEIXIS = {
    ("lb01", "Thursday 11 June 1987"): str, ("lb01", "four years ago"): YEAR(-4),
    ("lb01", "now"): lambda x: "PRESENT_REF", ("lb01", "earlier this evening"): T(0, "EV"),
    ("lb01", "later tonight"): T(0, "NI"), ("lb01", "tonight"): T(0, "NI"),
    ("lb01", "tomorrow morning"): T(1, "MO"),
    ("lb02", "this evening"): T(0, "EV"), ("lb02", "tomorrow"): DAY(1),
    ("lb02", "next spring"): lambda x: season(x, "next", "SP"),
    ("lb03", "a decade ago"): YEAR(-10), ("lb03", "today"): DAY(0), ("lb03", "tonight"): T(0, "NI"),
    ("lb04", "Earlier this evening"): T(0, "EV"), ("lb04", "Four years ago"): YEAR(-4),
    ("lb04", "This year"): YEAR(0), ("lb04", "now"): lambda x: "PRESENT_REF",
    ("lb05", "yesterday"): DAY(-1), ("lb05", "today"): DAY(0), ("lb05", "this weekend"): weekend,
    ("lb05", "the summer"): lambda x: season(x, "this", "SU"), ("lb05", "the end of the year"): YEAR(0),
    ("lb05", "tonight"): T(0, "NI"),
    ("lb06", "eighteen months ago"): lambda x: month(x, -18), ("lb06", "last April"): lambda x: "%d-04" % (x.year - (1 if x.month <= 4 else 0)),
    ("lb06", "the end of the year"): YEAR(0), ("lb06", "next week"): lambda x: week(x, 7),
    ("sp01", "this afternoon"): T(0, "AF"), ("sp01", "the summer"): lambda x: season(x, "this", "SU"),
    ("sp01", "a fortnight ago"): lambda x: week(x, -14), ("sp01", "two years ago"): YEAR(-2),
    ("sp01", "last week"): lambda x: week(x, -7), ("sp01", "next August"): lambda x: "%d-08" % (x.year + (1 if x.month >= 8 else 0)),
    ("sp01", "now"): lambda x: "PRESENT_REF",
    ("sp02", "tomorrow"): DAY(1), ("sp02", "next weekend"): lambda x: week(x, 7) + "-WE",
    ("sp02", "last month"): lambda x: month(x, -1), ("sp02", "last year"): YEAR(-1),
    ("sp02", "the winter"): lambda x: season(x, "last", "WI"),
    ("sp04", "this morning"): T(0, "MO"), ("sp04", "last year"): YEAR(-1), ("sp04", "a week ago"): lambda x: week(x, -7),
    ("sp04", "next year"): YEAR(1),
    ("sp05", "tonight"): T(0, "NI"), ("sp05", "now"): lambda x: "PRESENT_REF",
    ("sp06", "this morning"): T(0, "MO"), ("sp06", "a fortnight@2"): lambda x: week(x, 14),
    ("sp06", "last August"): lambda x: "%d-08" % (x.year - (1 if x.month <= 8 else 0)),
    ("sp06", "9 a.m. tomorrow"): T(1, hm="09:00"),
    ("hs01", "today"): DAY(0), ("hs01", "last week"): lambda x: week(x, -7),
    ("hs01", "next spring"): lambda x: season(x, "next", "SP"), ("hs01", "yesterday"): DAY(-1),
    ("hs01", "the winter"): lambda x: season(x, "this", "WI"),
    ("hs02", "yesterday"): DAY(-1), ("hs02", "today"): DAY(0), ("hs02", "Easter"): lambda x: nearest(x, easter),
    ("hs02", "six years ago"): YEAR(-6), ("hs02", "last Wednesday"): DAY(-7),
    ("hs03", "eight weeks ago"): lambda x: week(x, -56), ("hs03", "now"): lambda x: "PRESENT_REF",
    ("hs03", "this morning"): T(0, "MO"), ("hs03", "the summer"): lambda x: season(x, "next", "SU"),
    ("hs03", "the autumn"): lambda x: season(x, "next", "FA"), ("hs03", "now@2"): lambda x: "PRESENT_REF",
    ("hs04", "yesterday"): DAY(-1), ("hs04", "next month"): lambda x: month(x, 1),
    ("hs04", "almost four years ago"): YEAR(-4),
    ("hs05", "the end of the year"): YEAR(0), ("hs05", "the spring"): lambda x: season(x, "next", "SP"),
    ("hs06", "next April"): lambda x: "%d-04" % (x.year + (1 if x.month >= 4 else 0)), ("hs06", "today"): DAY(0),
    ("hs06", "last year"): YEAR(-1), ("hs06", "Ten years ago"): YEAR(-10),
    ("hs06", "this decade"): lambda x: str(x.year)[:3], ("hs06", "this winter"): lambda x: season(x, "this", "WI"),
    ("ag01", "eight weeks ago"): lambda x: week(x, -56), ("ag01", "later this month"): lambda x: month(x),
    ("ag02", "later this month"): lambda x: month(x),
    ("ag04", "tomorrow"): DAY(1), ("ag04", "the spring"): lambda x: season(x, "this", "SP"),
    ("ag04", "four years ago"): YEAR(-4), ("ag04", "next weekend"): lambda x: week(x, 7) + "-WE",
    ("ag05", "last June"): lambda x: "%d-06" % (x.year - (1 if x.month <= 6 else 0)),
    ("ag05", "the end of the month"): lambda x: month(x), ("ag05", "ten days ago"): DAY(-10),
    ("ag05", "next month"): lambda x: month(x, 1),
    ("ag06", "Four years ago"): YEAR(-4), ("ag06", "last month"): lambda x: month(x, -1),
    ("ag06", "the autumn"): lambda x: season(x, "next", "FA"),
}
n_deixis = 0
for (doc, key), fn in DEIXIS.items():
    v = val(doc, key)
    if v is None:
        continue
    if D[doc]["dct"] is None:
        err("%s: deictic %r in an undated text" % (doc, key))
        continue
    n_deixis += 1
    exp = fn(dt.date.fromisoformat(D[doc]["dct"]))
    if v != exp:
        err("%s: %r = %r, expected %r from DCT %s" % (doc, key, v, exp, D[doc]["dct"]))

# yearless month names: PAST = latest such month on or before the DCT's month, otherwise
# the first one on or after it; ANCHORED = value taken from elsewhere in the text (ARITH)
PAST_MONTHS = {("sp01", "early April"), ("sp01", "19 August"), ("sp02", "October"), ("sp05", "April 13"),
               ("sp06", "early December"), ("hs02", "mid-January"), ("hs02", "15 January"),
               ("hs02", "Friday 25 February"), ("hs03", "26 February"), ("hs03", "mid-February"),
               ("hs03", "March"), ("hs05", "January"), ("hs05", "March"), ("hs05", "May"),
               ("ag01", "December"), ("ag02", "July"), ("ag06", "February")}
ANCHORED_MONTHS = {("hs06", "the week of 6 April"), ("ag06", "the first Monday in June")}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
n_months = 0
used_past = set()
for d in docs:
    if d["dct"] is None:
        continue
    x = dt.date.fromisoformat(d["dct"])
    for key, t in keyed(d):
        if t["type"] not in ("DATE", "TIME") or re.search(r"\b\d{4}\b|'\d\d\b", t["text"]):
            continue
        mons = [MONTHS[w.lower()] for w in re.findall(r"[A-Za-z]+", t["text"]) if w.lower() in MONTHS and w != "may"]
        if not mons or t["value"].startswith("XXXX") or (d["doc_id"], key) in ANCHORED_MONTHS \
                or ((d["doc_id"], key) in DEIXIS and key.lower().startswith(("last ", "next "))):
            continue
        mo = mons[0]
        if (d["doc_id"], key) in PAST_MONTHS:
            used_past.add((d["doc_id"], key))
            y = x.year if mo <= x.month else x.year - 1
        else:
            y = x.year if mo >= x.month else x.year + 1
        n_months += 1
        if not t["value"].startswith("%d-%02d" % (y, mo)):
            err("%s: yearless %r -> %r, expected %d-%02d" % (d["doc_id"], key, t["value"], y, mo))
for k in PAST_MONTHS - used_past:
    err("PAST_MONTHS entry not found: %r" % (k,))


# ---------------------------------------------- 6. anchored date arithmetic
def hm(day, h, m=0):
    return "%sT%02d:%02d" % (day, h, m)


def minus(day, h, m, mins):
    t = dt.datetime(day.year, day.month, day.day, h, m) - dt.timedelta(minutes=mins)
    return t.strftime("%Y-%m-%dT%H:%M")


def plus(day, h, m, mins):
    return minus(day, h, m, -mins)


def iso_week(day):
    return "%d-W%02d" % day.isocalendar()[:2]


def nth_weekday(y, mo, wd, n):  # n = 1..4, or -1 for the last
    if n > 0:
        first = dt.date(y, mo, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(y, mo, calendar.monthrange(y, mo)[1])
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)


d_ = dt.date
E03 = easter(2003)
ARITH = [
    # (doc, timex key, expected value, how it follows from the text)
    ("lb01", "two minutes ago", minus(d_(1987, 6, 11), 21, 2, 2), "entry 21:02 - 2 min"),
    ("lb01", "An hour ago", minus(d_(1987, 6, 11), 22, 58, 60), "entry 22:58 - 1 h"),
    ("lb01", "Twenty minutes later", plus(d_(1987, 6, 11), 23, 25, 20), "recount ordered 23:25 + 20 min"),
    ("lb01", "morning", "1987-06-12TMO", "the morning after election night"),
    ("lb01", "00:40", hm(d_(1987, 6, 12), 0, 40), "after midnight"),
    ("lb01", "01:15", hm(d_(1987, 6, 12), 1, 15), "after midnight"),
    ("lb01", "24 years", "P%dY" % (1987 - 1963), "in office since 1963"),
    ("lb02", "noon", hm(d_(1995, 11, 22), 12), "noon on Wednesday"),
    ("lb02", "Half an hour ago", minus(d_(1995, 11, 21), 10, 55, 30), "entry 10:55 - 30 min"),
    ("lb02", "7 a.m.", hm(d_(1995, 11, 22), 7), "tomorrow from 7 a.m."),
    ("lb03", "8 p.m.", hm(d_(2004, 10, 20), 20), "next Wednesday at 8 p.m."),
    ("lb04", "An hour ago", minus(d_(2012, 11, 6), 21, 55, 60), "entry 9:55 p.m. - 1 h"),
    ("lb04", "12:30 a.m. ET", hm(d_(2012, 11, 7), 0, 30), "after midnight"),
    ("lb05", "An hour ago", minus(d_(2019, 6, 28), 15, 0, 60), "entry 15:00 - 1 h"),
    ("lb06", "half an hour", "PT30M", "half an hour"),
    ("lb06", "a hundred days", "P100D", "a hundred days"),
    ("lb06", "11.59 p.m.", hm(d_(2026, 2, 23), 23, 59), "on Monday"),
    ("lb06", "ten minutes ago", minus(d_(2026, 2, 17), 21, 40, 10), "entry 21:40 - 10 min"),
    ("sp01", "a quarter of an hour", "PT15M", "quarter of an hour"),
    ("sp01", "Boxing Day", "1989-12-26", "Boxing Day of the 1989-90 season"),
    ("sp02", "11.15 a.m.", hm(d_(1998, 3, 8), 11, 15), "tomorrow's start"),
    ("sp02", "4 p.m.", hm(d_(1998, 3, 8), 16), "tomorrow's finish"),
    ("sp03", "that afternoon", "2020-06-20TAF", "Sat 20 June 2020"),
    ("sp03", "the next day", str(d_(2020, 6, 20) + dt.timedelta(1)), "day after 20 June 2020"),
    ("sp03", "26 July", "2020-07-26", "the 2019-20 season, after June 2020"),
    ("sp03", "22 August", "2020-08-22", "opening of 2020-21"),
    ("sp03", "more than ten months", "P%dM" % ((2020 - 2019) * 12 + 7 - 9), "1 Sep 2019 -> 26 Jul 2020 (10 whole months)"),
    ("sp03", "less than four weeks", "P4W", "%d days" % (d_(2020, 8, 22) - d_(2020, 7, 26)).days),
    ("sp04", "2 hours 9 minutes 41 seconds", "PT2H9M41S", "race time"),
    ("sp04", "an hour and a half", "PT1H30M", "90 minutes"),
    ("sp04", "2:31:07", "PT2H31M7S", "race time"),
    ("sp05", "7:30 p.m.", hm(d_(2016, 5, 24), 19, 30), "Game 3 on Tuesday"),
    ("sp06", "Anzac Day", "2023-04-25", "25 April of the season"),
    ("sp06", "a fortnight", "P2W", "a fortnight's pause"),
    ("sp06", "twenty-three weeks", "P%dW" % ((d_(2023, 8, 27) - d_(2023, 3, 18)).days // 7), "18 Mar -> 27 Aug 2023"),
    ("hs01", "an average of five years", "P5Y", "average follow-up"),
    ("hs01", "the first few weeks", "PXW", "vague number of weeks"),
    ("hs02", "a week on Friday", str(d_(1994, 3, 11) + dt.timedelta(7)), "Friday 11 March + 7 days"),
    ("hs03", "the Easter weekend", iso_week(E03) + "-WE", "Easter 2003"),
    ("hs03", "Good Friday", str(E03 - dt.timedelta(2)), "Easter 2003 - 2"),
    ("hs03", "Easter Monday", str(E03 + dt.timedelta(1)), "Easter 2003 + 1"),
    ("hs03", "the next fortnight", "P2W", "fortnight"),
    ("hs06", "the week of 6 April", iso_week(d_(2026, 4, 6)), "next April's week of the 6th"),
    ("ag01", "the following Tuesday", str(d_(1991, 1, 8) + dt.timedelta(7)), "the Tuesday after Tue 8 Jan"),
    ("ag01", "the New Year", "1991-01-01", "the holiday just past"),
    ("ag01", "6.30 p.m.", hm(d_(1991, 1, 10), 18, 30), "Thursday's meeting"),
    ("ag01", "5 p.m.", hm(d_(1991, 1, 11), 17), "Friday's deadline"),
    ("ag02", "19:30", hm(d_(2000, 9, 4), 19, 30), "Monday 4 September"),
    ("ag02", "14:00", hm(d_(2000, 9, 5), 14), "Tuesday 5 September"),
    ("ag02", "16:00", hm(d_(2000, 9, 5), 16), "Tuesday 5 September"),
    ("ag02", "noon", hm(d_(2000, 9, 8), 12), "Friday"),
    ("ag02", "a week on Saturday", str(d_(2000, 9, 9) + dt.timedelta(7)), "Saturday 9 Sep + 7 days"),
    ("ag02", "the week after", iso_week(d_(2000, 9, 28) + dt.timedelta(7)), "week after 28 September"),
    ("ag03", "09:30", hm(d_(2022, 3, 15), 9, 30), "Tuesday 15 March"),
    ("ag03", "14:00", hm(d_(2022, 3, 16), 14), "Wednesday 16 March"),
    ("ag03", "11:00", hm(d_(2022, 3, 17), 11), "Thursday 17 March"),
    ("ag03", "15:00", hm(d_(2022, 3, 17), 15), "Thursday 17 March"),
    ("ag03", "5 p.m.", hm(d_(2022, 3, 18), 17), "Friday 18 March"),
    ("ag03", "the following Tuesday", str(d_(2022, 3, 15) + dt.timedelta(7)), "the Tuesday after 15 March 2022"),
    ("ag03", "this month", "2022-03", "the diary's week, March 2022"),
    ("ag03", "later this month", "2022-03", "the diary's week, March 2022"),
    ("ag03", "4 April", "2022-04-04", "next first Monday after the diary week"),
    ("ag04", "Thanksgiving", str(canada_thanksgiving(2010)), "second Monday of October 2010"),
    ("ag04", "7 p.m.", hm(d_(2010, 10, 14), 19), "debate on Thu 14 Oct"),
    ("ag04", "the 18th", "2010-10-18", "18 October"),
    ("ag04", "10 a.m.", hm(d_(2010, 10, 25), 10), "election day"),
    ("ag04", "8 p.m.", hm(d_(2010, 10, 25), 20), "election day"),
    ("ag04", "10:45 a.m.", hm(d_(2010, 11, 11), 10, 45), "Nov. 11"),
    ("ag05", "noon", hm(d_(2018, 2, 28), 12), "Wednesday"),
    ("ag05", "11 a.m.", hm(d_(2018, 3, 1), 11), "Thursday 1 March"),
    ("ag06", "7.30 p.m.", hm(d_(2026, 5, 5), 19, 30), "Tuesday hustings"),
    ("ag06", "7 a.m.", hm(d_(2026, 5, 7), 7), "polling day"),
    ("ag06", "10 p.m.", hm(d_(2026, 5, 7), 22), "polling day"),
    ("ag06", "overnight", "2026-05-07TNI", "the night of polling day"),
    ("ag06", "9 a.m.", hm(d_(2026, 5, 8), 9), "Friday count"),
    ("ag06", "the last Thursday of the month", str(nth_weekday(2026, 5, 3, -1)), "last Thursday of May 2026"),
    ("ag06", "the first Monday in June", str(nth_weekday(2026, 6, 0, 1)), "first Monday of June 2026"),
]
for doc, key, exp, why in ARITH:
    v = val(doc, key)
    if v is not None and v != exp:
        err("%s: %r = %r, expected %r (%s)" % (doc, key, v, exp, why))
ARITH_KEYS = {(doc, key) for doc, key, _, _ in ARITH}

# undated documents: REF values, explicit years and anchored expressions only
DEICTIC_WORDS = re.compile(r"(?i)\b(today|tonight|tomorrow|yesterday|ago|last|next|this|these|recently|"
                           r"current|coming|past|later|following|that)\b")
for doc in NULL_DCT:
    for key, t in keyed(D[doc]):
        if DEICTIC_WORDS.search(t["text"]) and not t["value"].endswith("_REF") and (doc, key) not in ARITH_KEYS:
            err("%s: DCT-relative %r in an undated text" % (doc, t["text"]))

# year ranges written with a shortened end ("2019-20"): two timexes, the end inherits the century
n_ranges = 0
for d in docs:
    ts = sorted(d["timexes"], key=lambda t: t["start"])
    for a, b in zip(ts, ts[1:]):
        if re.fullmatch(r"\d{4}", a["text"]) and re.fullmatch(r"\d{2}", b["text"]) and \
                d["text"][a["end"]:b["start"]] == "-":
            n_ranges += 1
            exp = str(int(a["text"]) // 100 * 100 + int(b["text"]))
            if b["value"] != exp or not int(a["value"]) < int(b["value"]) or a["value"] != a["text"]:
                err("%s: range %s-%s -> %s / %s" % (d["doc_id"], a["text"], b["text"], a["value"], b["value"]))
if n_ranges < 6:
    err("expected at least 6 shortened year ranges, found %d" % n_ranges)

# clock times with no day in the surface fall on the DCT unless anchored in ARITH
n_clock = 0
for d in docs:
    if d["dct"] is None:
        continue
    for key, t in keyed(d):
        if t["type"] != "TIME" or (d["doc_id"], key) in ARITH_KEYS or (d["doc_id"], key) in DEIXIS:
            continue
        if WDRX.search(t["text"]) or re.search(r"\d{4}|today|tomorrow|tonight|night", t["text"], re.I):
            continue
        n_clock += 1
        if not t["value"].startswith(d["dct"]):
            err("%s: clock time %r -> %r is not on the DCT" % (d["doc_id"], key, t["value"]))

# ------------------------------------------- 7. explicit surface components
SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
NUMW = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90, "hundred": 100}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y", "century": "Y"}
UNIT_MULT = {"decade": 10, "century": 100}


def number(word):
    if word.isdigit():
        return int(word)
    parts = word.split("-")
    if all(p in NUMW for p in parts):
        return sum(NUMW[p] for p in parts)
    return None


DUR = re.compile(r"^(?:the |about |almost |nearly |more than |less than |at least |roughly |next |past |first |last |"
                 r"following |another |a (?=single ))*(?:([\w-]+?)[ -])?(year|month|week|day|hour|minute|decade|century)s?$")
n_explicit = 0
for d in docs:
    for t in d["timexes"]:
        s, v, low = t["text"], t["value"], t["text"].lower()
        for w, code in (("morning", "TMO"), ("afternoon", "TAF"), ("evening", "TEV"), ("night", "TNI"),
                        ("overnight", "TNI"), ("tonight", "TNI")):
            if re.search(r"\b%ss?\b" % w, low) and not v.endswith(code):
                err("%s: part of day %r vs %r" % (d["doc_id"], s, v))
        if t["type"] == "DURATION":
            m = DUR.match(low)
            if m:
                n = number(m.group(1)) if m.group(1) else 1
                if n is None and (d["doc_id"], s) in ARITH_KEYS:
                    continue  # vague number ("the first few weeks"), asserted in ARITH
                if n is None:
                    err("%s: cannot read the number in %r" % (d["doc_id"], s))
                    continue
                n *= UNIT_MULT.get(m.group(2), 1)
                exp = "P%d%s" % (n, UNIT[m.group(2)]) if m.group(2) in UNIT else \
                    "PT%d%s" % (n, {"hour": "H", "minute": "M"}[m.group(2)])
                n_explicit += 1
                if v != exp:
                    err("%s: duration %r -> %r, expected %r" % (d["doc_id"], s, v, exp))
            elif (d["doc_id"], s) not in ARITH_KEYS:
                err("%s: duration %r not checked" % (d["doc_id"], s))
            continue
        if t["type"] == "SET":
            n_explicit += 1
            m = re.match(r"^every ([\w-]+) (hour|minute|week|month|year)s$", low)
            if m:
                exp = ("PT%d%s" if m.group(2) in ("hour", "minute") else "P%d%s") % \
                    (number(m.group(1)), {"hour": "H", "minute": "M"}.get(m.group(2), m.group(2)[0].upper()))
            elif low in ("daily", "a day", "once a day", "twice a day", "ten hours a day"):
                exp = "P1D"
            elif re.match(r"^(\w+ days|three times) a week$", low) or low == "each week":
                exp = "P1W"
            elif low == "fortnightly":
                exp = "P2W"
            elif low == "every other day":
                exp = "P2D"
            elif low in ("every morning", "each morning"):
                exp = "XXXX-XX-XXTMO"
            elif low == "a year":
                exp = "P1Y"
            elif low in ("monthly", "every month", "a month"):
                exp = "P1M"
            elif low in ("every week", "a week"):
                exp = "P1W"
            elif low in ("every year", "annually"):
                exp = "P1Y"
            elif low == "every afternoon":
                exp = "XXXX-XX-XXTAF"
            elif re.match(r"^(each|every) (%s)$" % "|".join(calendar.month_name[1:]).lower(), low):
                exp = "XXXX-%02d" % MONTHS[low.split()[1]]
            elif WDRX.search(low):
                continue  # checked with the weekdays
            else:
                exp = None
                err("%s: set %r not checked" % (d["doc_id"], s))
            if exp and v != exp:
                err("%s: set %r -> %r, expected %r" % (d["doc_id"], s, v, exp))
            continue
        if v.endswith("_REF"):
            continue
        # centuries and decades, in figures or words
        m = re.search(r"\b(\d{1,2})(st|nd|rd|th) century\b", low)
        if m:
            n_explicit += 1
            if v != "%02d" % (int(m.group(1)) - 1):
                err("%s: century %r -> %r" % (d["doc_id"], s, v))
            continue
        m = re.search(r"\b(\d{3})0s\b", s)
        if m:
            n_explicit += 1
            if v != m.group(1):
                err("%s: decade %r -> %r" % (d["doc_id"], s, v))
            continue
        m = re.search(r"\b(%s)\b" % "|".join(DECADE_WORDS), low)
        if m:
            n_explicit += 1
            if v != "19%d" % DECADE_WORDS[m.group(1)]:
                err("%s: decade %r -> %r" % (d["doc_id"], s, v))
            continue
        year = re.search(r"(?:\b|FY)(\d{4})\b", s)
        mon = None
        for w in re.findall(r"[A-Za-z]+", s):
            if w.lower() in MONTHS and w != "may":
                mon = MONTHS[w.lower()]
        nc = CLOCK.sub("", s)
        day = re.search(r"\b(\d{1,2})\b", nc)
        day = int(day.group(1)) if day and mon else None
        if year and not re.search(r"\bago\b", low):
            n_explicit += 1
            if not v.startswith(year.group(1)):
                # "this day in 1961": the year is given, month and day come from the DCT
                err("%s: year in %r vs %r" % (d["doc_id"], s, v))
        if mon and "-W" not in v:
            n_explicit += 1
            if not re.match(r"^(\d{4}|XXXX)-%02d" % mon, v):
                err("%s: month in %r vs %r" % (d["doc_id"], s, v))
        if day and "-W" not in v:
            n_explicit += 1
            if not re.match(r"^\d{4}-\d{2}-%02d" % day, v):
                err("%s: day in %r vs %r" % (d["doc_id"], s, v))
        for w, code in SEASON.items():
            if re.search(r"\b%s\b" % w, low):
                n_explicit += 1
                if not v.endswith(code):
                    err("%s: season %r vs %r" % (d["doc_id"], s, v))
        m = re.search(r"\b(first|second|third|fourth)(-| )quarter\b", low)
        if m:
            n_explicit += 1
            if not v.endswith("Q%d" % ORD[m.group(1)]):
                err("%s: quarter %r vs %r" % (d["doc_id"], s, v))
        m = re.search(r"\b(first|second) half\b|\bh([12])\b", low)
        if m:
            n_explicit += 1
            if not v.endswith("H%d" % (ORD[m.group(1)] if m.group(1) else int(m.group(2)))):
                err("%s: half %r vs %r" % (d["doc_id"], s, v))
        m = re.search(r"\b(\d{1,2})(?::(\d{2})|\.(\d{2}))? ?([ap])\.m\.", s)
        if m:
            n_explicit += 1
            h = int(m.group(1)) % 12 + (12 if m.group(4) == "p" else 0)
            mi = int(m.group(2) or m.group(3) or 0)
            if not v.endswith("T%02d:%02d" % (h, mi)):
                err("%s: clock %r vs %r" % (d["doc_id"], s, v))
        m = re.search(r"\b(\d{2}):(\d{2})\b", s)
        if m and not re.search(r"[ap]\.m\.", s):
            n_explicit += 1
            if not v.endswith("T%s:%s" % (m.group(1), m.group(2))):
                err("%s: 24-hour clock %r vs %r" % (d["doc_id"], s, v))
        m = re.search(r"\b(\w+) o'clock\b", low)
        if m:
            n_explicit += 1
            if not v.endswith("T%02d:00" % number(m.group(1))):
                err("%s: o'clock %r vs %r" % (d["doc_id"], s, v))
        if re.search(r"\b(noon|midday)\b", low):
            n_explicit += 1
            if not v.endswith("T12:00"):
                err("%s: noon %r vs %r" % (d["doc_id"], s, v))
        if t["type"] == "TIME" and not re.search(r"T(\d\d:\d\d|%s)$" % POD, v):
            err("%s: TIME without a time of day %r" % (d["doc_id"], s))


# ------------------------------------------------------------ 8. REF values
n_ref = 0
for d in docs:
    for t in d["timexes"]:
        low = t["text"].lower()
        exp = "PRESENT_REF" if low == "now" or (low == "today" and d["dct"] is None) else None
        if exp:
            n_ref += 1
            if t["value"] != exp:
                err("%s: %r -> %r, expected %s" % (d["doc_id"], t["text"], t["value"], exp))

# ------------------------------------------------ 9. distractors (negatives)
NEG = {
    "modal 'may'": r"\bmay\b",
    "'march' as a verb or noun": r"\bmarch\b",
    "'March' as a surname": r"\bTobias March\b|\bMarch(?= says)",
    "'august' as an adjective": r"\baugust(?= chamber)",
    "'Sunday' in a name": r"\bSunday (Ledger|Meridian|Lantern)\b",
    "ordinal (second debate, third term ...)": r"\b(?:[Ss]econd|third|A second)\b(?= (Division|term|debate|session|trial|stage|round|dose))",
    "'the third straight year/week/season'": r"\bthe third straight (?:year|week|season)\b",
    "score (3-1, 108-104)": r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])",
    "number that is not a year": r"\b1500 metres\b",
    "sports 'season' (untagged)": r"\b(?:pre-)?season\b",
    "'the interval' / 'overtime' / 'regulation'": r"\bthe interval\b|\bovertime\b|\bin regulation\b",
    "age ('over sixty', 'in their forties', 'at seventeen', 'the age of 45')": r"\bover sixty\b|\bin their forties\b|\bat seventeen\b|\bthe age of 45\b",
    "fraction ('by a third', 'a fifth')": r"\b(?:by|almost) a third\b|\ba fifth\b",
    "'until further notice' / 'around the clock'": r"\buntil further notice\b|\baround the clock\b",
}
neg_counts = collections.Counter()
neg_spans = collections.defaultdict(list)
for d in docs:
    spans = [(t["start"], t["end"]) for t in d["timexes"]]
    for name, rx in NEG.items():
        for m in re.finditer(rx, d["text"]):
            if any(s < m.end() and m.start() < e for s, e in spans):
                err("%s: distractor %s inside a timex: %r" % (d["doc_id"], name, m.group(0)))
            neg_counts[name] += 1
            neg_spans[d["doc_id"]].append((m.start(), m.end()))
for name in NEG:
    if not neg_counts[name]:
        err("distractor %s not found" % name)
for d in docs:
    spans = [(t["start"], t["end"]) for t in d["timexes"]]
    for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                         r"March|April|May|June|July|August|September|October|November|December|"
                         r"today|tonight|now|yesterday|tomorrow|currently|recently)\b", d["text"], re.I):
        if any(s <= m.start() < e for s, e in spans):
            continue
        if m.group(0) == "may" or any(s <= m.start() < e for s, e in neg_spans[d["doc_id"]]):
            continue
        err("%s: untagged %r" % (d["doc_id"], d["text"][max(0, m.start() - 30):m.end() + 30]))
    for t in d["timexes"]:
        if "further notice" in t["text"].lower() or "straight" in t["text"].lower():
            err("%s: %r tagged" % (d["doc_id"], t["text"]))

# ----------------------------------------------------------------- report
types = collections.Counter(t["type"] for d in docs for t in d["timexes"])
words = sum(len(re.findall(r"\S+", d["text"])) for d in docs)
print("documents: %d  words: %d  timexes: %d  by type: %s" % (len(docs), words, sum(types.values()),
                                                               dict(sorted(types.items()))))
for g in GENRES:
    c = collections.Counter(t["type"] for d in docs if d["genre"] == g for t in d["timexes"])
    print("  %-16s %3d  %s" % (g, sum(c.values()), dict(sorted(c.items()))))
print("weekday/date pairs checked with datetime: %d" % len(weekday_pairs))
print("deictic expressions re-derived from the DCT: %d" % n_deixis)
print("yearless months resolved from the DCT: %d" % n_months)
print("anchored arithmetic assertions: %d; shortened year ranges: %d; bare clock times on the DCT: %d"
      % (len(ARITH), n_ranges, n_clock))
print("explicit components checked: %d; REF values checked: %d" % (n_explicit, n_ref))
print("distractors outside timexes: %s" % dict(neg_counts))
if errors:
    print("\nFAILED: %d problem(s)" % len(errors))
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
