#!/usr/bin/env python3
"""Sanity checks for heldout7.jsonl (standard library only).

1. schema, genre/document counts, word and timex counts per document,
   DCT range, number of undated documents;
2. text[start:end] == text, no surrounding whitespace, spans on word
   boundaries, no leading preposition, no trailing possessive or
   punctuation, no overlapping timexes, no markup left;
3. values well formed for their type (real calendar dates, ISO weeks,
   clock times, decades, centuries, REF values);
4. every weekday name in a timex agrees with its value (datetime); bare
   weekday references resolve to the nearest such day before/after the DCT
   in the direction recorded in FUTURE below (past is the default and
   includes the DCT itself);
5. deictic expressions ("last month", "a week ago", "this weekend",
   "next summer", "two winters ago", "a fortnight", "Christmas", "the
   current quarter", ...) are re-derived from the DCT with datetime;
   yearless months resolve in the recorded direction; the yearless
   dateline equals the DCT and the DCT year does not occur in that text;
   undated documents contain no DCT-relative expression (only REF values);
6. anchored date arithmetic (ARITH) and year ranges with a shortened end
   ("1992-95": the end inherits the century and lies after the start);
   clock times without a day in their surface fall on the DCT unless
   they are anchored elsewhere (listed in ARITH);
7. explicit components in the surface text (day, month name, year,
   decade and century in figures or words, season, quarter, half, H1/H2,
   fiscal year, 12- and 24-hour clock times, noon/midday, o'clock, part
   of day, duration numbers and units, set periods) agree with the value;
8. REF expressions ("the other day", "back then", "these days", "now",
   "right now", "currently", "today" in an undated text) carry the
   recorded REF value;
9. deliberate distractors are present and outside every timex, and every
   weekday or month name, "today", "tonight", "now", "yesterday",
   "tomorrow", "currently" or "recently" outside a timex is one of them.
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
PATH = os.environ.get("HELDOUT7_JSONL", os.path.join(os.path.dirname(HERE), "heldout7.jsonl"))

errors = []


def err(msg):
    errors.append(msg)


docs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
D = {d["doc_id"]: d for d in docs}

# ---------------------------------------------------------------- 1. schema
GENRES = ["interview", "financial_results", "weather_emergency", "chronology"]
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
    if not 250 <= nw <= 500:
        err("%s: %d words" % (d["doc_id"], nw))
    if not 12 <= nt <= 30:
        err("%s: %d timexes" % (d["doc_id"], nt))
    if "\n\n\n" in d["text"] or d["text"] != d["text"].strip():
        err("%s: paragraph joining" % d["doc_id"])
NULL_DCT = {d["doc_id"] for d in docs if d["dct"] is None}
YEARLESS_DATELINE = {"wx03": "7 August"}
if not 2 <= len(NULL_DCT) + len(YEARLESS_DATELINE) <= 3:
    err("expected 2-3 undated or month-and-day-only documents, got %d" % (len(NULL_DCT) + len(YEARLESS_DATELINE)))
years = sorted(int(d["dct"][:4]) for d in docs if d["dct"])
if years[0] > 1986 or years[-1] < 2025:
    err("DCTs do not span 1985-2026: %s" % years)
total = sum(len(d["timexes"]) for d in docs)
if not 420 <= total <= 500:
    err("about 450 timexes expected, got %d" % total)

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
        if re.match(PREP, t["text"]) and not t["text"].lower().startswith("at least "):
            err("%s: leading preposition in %r" % (d["doc_id"], t["text"]))
        if t["text"].endswith("'s") or (t["text"][-1] in ".,;:'" and not t["text"].endswith(("a.m.", "p.m."))):
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
    "DURATION": re.compile(r"^(P(\d+|X)[YMWD]|PT(\d+|X)[HMS])$"),
    "SET": re.compile(r"^(P\d+[YMWD]|PT\d+[HM]|XXXX-WXX-[1-7](T%s)?|XXXX-(SP|SU|FA|WI)|XXXX-\d{2}"
                      r"|XXXX-XX-XXT%s)$" % (POD, POD)),
}
for d in docs:
    for t in d["timexes"]:
        v, ty = t["value"], t["type"]
        if ty not in RX:
            err("%s: bad type %r" % (d["doc_id"], ty))
            continue
        if not RX[ty].match(v):
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
        m = re.match(r"^P(\d+)[YMWD]$|^PT(\d+)[HMS]$", v)
        if m and int(m.group(1) or m.group(2)) == 0:
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
    ("int01", "Tuesday"), ("int01", "next Thursday"),
    ("int03", "Thursday"),
    ("int04", "next Tuesday"),
    ("int05", "Monday@2"), ("int05", "next Wednesday"),
    ("int06", "Thursday"),
    ("wx01", "Friday"), ("wx01", "early Friday"), ("wx01", "Friday afternoon"), ("wx01", "Friday evening"),
    ("wx01", "Saturday"),
    ("wx02", "Wednesday morning"), ("wx02", "Friday"), ("wx02", "6 a.m. Wednesday"),
    ("wx03", "08:00 Friday"), ("wx03", "20:00 Sunday"), ("wx03", "Monday"), ("wx03", "overnight Sunday"),
    ("wx03", "Monday@2"), ("wx03", "Friday"),
    ("wx04", "Wednesday"), ("wx04", "Wednesday afternoon"), ("wx04", "late Thursday"),
    ("wx05", "Thursday night"), ("wx05", "late Thursday afternoon"), ("wx05", "Friday"),
    ("wx05", "10 p.m. Thursday"), ("wx05", "6 a.m. Saturday"),
    ("wx06", "Friday"), ("wx06", "Wednesday"), ("wx06", "overnight Wednesday"), ("wx06", "Thursday"),
    ("wx06", "Thursday afternoon"), ("wx06", "Friday@2"),
    ("chr05", "Thursday"), ("chr05", "Thursday@2"),
    ("chr06", "Saturday"),
}
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
            continue  # weekday given with an explicit date: only the checks above apply
        if not d["dct"]:
            err("%s: bare weekday %r in an undated text" % (d["doc_id"], t["text"]))
            continue
        anchor = dt.date.fromisoformat(d["dct"])
        direction = "future" if (d["doc_id"], key) in FUTURE else "past"
        if direction == "future":
            used_future.add((d["doc_id"], key))
            exp = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        else:
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


# (doc, key) -> function of the DCT giving the expected value
DEIXIS = {
    ("int01", "the other day"): lambda x: "PAST_REF",
    ("int01", "last month"): lambda x: month(x, -1),
    ("int01", "a week ago"): lambda x: week(x, -7),
    ("int01", "this spring"): lambda x: season(x, "this", "SP"),
    ("int01", "eleven o'clock"): lambda x: "%sT11:00" % x,
    ("int02", "this morning"): lambda x: "%sTMO" % x,
    ("int02", "next week"): lambda x: week(x, 7),
    ("int02", "yesterday"): lambda x: str(x - dt.timedelta(1)),
    ("int02", "Today"): lambda x: str(x),
    ("int02", "this winter"): lambda x: season(x, "this", "WI"),
    ("int02", "the spring"): lambda x: season(x, "next", "SP"),
    ("int02", "next year"): lambda x: str(x.year + 1),
    ("int02", "a couple of weeks"): lambda x: week(x, 14),
    ("int02", "Easter"): lambda x: nearest(x, easter),
    ("int03", "tonight"): lambda x: "%sTNI" % x,
    ("int03", "a year ago"): lambda x: str(x.year - 1),
    ("int03", "last night"): lambda x: "%sTNI" % (x - dt.timedelta(1)),
    ("int03", "this morning"): lambda x: "%sTMO" % x,
    ("int03", "twenty-five years ago"): lambda x: str(x.year - 25),
    ("int03", "the summer"): lambda x: season(x, "this", "SU"),
    ("int03", "the end of the year"): lambda x: str(x.year),
    ("int04", "the start of the month"): lambda x: month(x),
    ("int04", "Three weeks ago"): lambda x: week(x, -21),
    ("int04", "next year"): lambda x: str(x.year + 1),
    ("int04", "Christmas"): lambda x: nearest(x, lambda y: dt.date(y, 12, 25)),
    ("int04", "Easter"): lambda x: nearest(x, easter),
    ("int04", "tomorrow night"): lambda x: "%sTNI" % (x + dt.timedelta(1)),
    ("int05", "this morning"): lambda x: "%sTMO" % x,
    ("int05", "noon today"): lambda x: "%sT12:00" % x,
    ("int05", "the end of June"): lambda x: month(x),
    ("int05", "last year"): lambda x: str(x.year - 1),
    ("int05", "next summer"): lambda x: season(x, "next", "SU"),
    ("int06", "two winters ago"): lambda x: season(x, "last", "WI", 2),
    ("int06", "this winter"): lambda x: season(x, "this", "WI"),
    ("int06", "the weekend"): weekend,
    ("int06", "Last winter"): lambda x: season(x, "last", "WI"),
    ("int06", "this year"): lambda x: str(x.year),
    ("int06", "Ten years ago"): lambda x: str(x.year - 10),
    ("int06", "a fortnight"): lambda x: week(x, 14),
    ("int06", "19 November 2024"): str,
    ("int01", "Sunday 13 April 1986"): str,
    ("fin01", "yesterday"): lambda x: str(x - dt.timedelta(1)),
    ("fin01", "the second quarter"): lambda x: quarter(x, -1),
    ("fin01", "the current quarter"): quarter,
    ("fin01", "third-quarter"): quarter,
    ("fin01", "the full year"): lambda x: str(x.year),
    ("fin01", "the end of the year"): lambda x: str(x.year),
    ("fin02", "the summer"): lambda x: season(x, "next", "SU"),
    ("fin03", "its fiscal third quarter"): lambda x: quarter(x, -1),
    ("fin03", "Thanksgiving"): lambda x: nearest(x, thanksgiving),
    ("fin03", "Christmas"): lambda x: nearest(x, lambda y: dt.date(y, 12, 25)),
    ("fin03", "the fourth quarter"): quarter,
    ("fin03", "fourth-quarter"): quarter,
    ("fin03", "the full year"): lambda x: str(x.year),
    ("fin03", "Year to date"): lambda x: str(x.year),
    ("fin04", "H1"): lambda x: "%d-H1" % x.year,
    ("fin04", "the first half"): lambda x: "%d-H1" % x.year,
    ("fin04", "the second half"): lambda x: "%d-H2" % x.year,
    ("fin04", "the second quarter"): lambda x: quarter(x, -1),
    ("fin04", "the fourth quarter"): lambda x: quarter(x, 1),
    ("fin04", "the winter"): lambda x: season(x, "this", "WI"),
    ("fin04", "the current fiscal year"): lambda x: str(x.year),
    ("fin04", "year-end"): lambda x: "%d-12-31" % x.year,
    ("fin04", "the spring"): lambda x: season(x, "next", "SP"),
    ("fin05", "the first quarter"): lambda x: quarter(x, -1),
    ("fin05", "the same period last year"): lambda x: quarter(x, -5),
    ("fin05", "the quarter"): lambda x: quarter(x, -1),
    ("fin05", "the full year"): lambda x: str(x.year),
    ("fin05", "last month"): lambda x: month(x, -1),
    ("fin05", "the start of the year"): lambda x: str(x.year),
    ("fin05", "the second quarter"): quarter,
    ("fin06", "the current fiscal year"): lambda x: str(x.year),
    ("fin06", "FY2025"): lambda x: str(x.year - 1),
    ("fin06", "The fourth quarter"): lambda x: quarter(x, -1),
    ("fin06", "Year to date"): lambda x: str(x.year),
    ("fin06", "year-end"): lambda x: "%d-12-31" % x.year,
    ("fin06", "yesterday"): lambda x: str(x - dt.timedelta(1)),
    ("fin06", "the first half"): lambda x: "%d-H1" % x.year,
    ("wx01", "later today"): str,
    ("wx01", "overnight Thursday"): lambda x: "%sTNI" % x,
    ("wx01", "this afternoon"): lambda x: "%sTAF" % x,
    ("wx01", "this year"): lambda x: str(x.year),
    ("wx01", "the weekend"): weekend,
    ("wx02", "this morning"): lambda x: "%sTMO" % x,
    ("wx02", "tonight"): lambda x: "%sTNI" % x,
    ("wx02", "today"): str,
    ("wx02", "this weekend"): weekend,
    ("wx03", "7 August"): str,
    ("wx03", "14:00 CEST today"): lambda x: "%sT14:00" % x,
    ("wx03", "Later today"): str,
    ("wx03", "this weekend"): weekend,
    ("wx03", "the end of August"): lambda x: month(x),
    ("wx04", "this afternoon"): lambda x: "%sTAF" % x,
    ("wx04", "7 a.m. tomorrow"): lambda x: "%sT07:00" % (x + dt.timedelta(1)),
    ("wx04", "the weekend"): weekend,
    ("wx05", "overnight"): lambda x: "%sTNI" % (x - dt.timedelta(1)),
    ("wx05", "noon today"): lambda x: "%sT12:00" % x,
    ("wx05", "yesterday"): lambda x: str(x - dt.timedelta(1)),
    ("wx05", "the weekend"): weekend,
    ("wx06", "Tuesday 1 July 2025"): str,
    ("wx06", "today"): str,
    ("wx06", "this weekend"): weekend,
    ("wx06", "later this afternoon"): lambda x: "%sTAF" % x,
    ("wx06", "June"): lambda x: month(x, -1),
    ("chr02", "Friday 12 April 1991"): str,
    ("chr02", "this day in 1961"): lambda x: str(x.replace(year=1961)),
    ("chr02", "A year ago today"): lambda x: str(x.replace(year=x.year - 1)),
    ("chr02", "the autumn"): lambda x: season(x, "next", "FA"),
    ("chr02", "Tomorrow"): lambda x: str(x + dt.timedelta(1)),
    ("chr02", "Next week"): lambda x: week(x, 7),
    ("chr04", "Thirty years ago today"): lambda x: str(x.replace(year=x.year - 30)),
    ("chr04", "Last year"): lambda x: str(x.year - 1),
    ("chr04", "this evening"): lambda x: "%sTEV" % x,
    ("chr04", "11.40 p.m.@2"): lambda x: "%sT23:40" % x,
    ("chr05", "Last October"): lambda x: "%d-10" % (x.year - (1 if x.month <= 10 else 0)),
    ("chr05", "January"): lambda x: "%d-01" % x.year,
    ("chr05", "Yesterday"): lambda x: str(x - dt.timedelta(1)),
    ("chr06", "Twenty years ago this week"): lambda x: week(x.replace(year=x.year - 20)),
    ("chr06", "Last August"): lambda x: "%d-08" % (x.year - (1 if x.month <= 8 else 0)),
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
# the yearless dateline equals the DCT, and the DCT year is not given anywhere in that text
for doc, surface in YEARLESS_DATELINE.items():
    if val(doc, surface) != D[doc]["dct"]:
        err("%s: dateline %r != DCT" % (doc, surface))
    if re.search(r"\b%s\b" % D[doc]["dct"][:4], D[doc]["text"]):
        err("%s: the DCT year occurs in a month-and-day-only text" % doc)
# yearless month names resolve from the DCT: PAST = latest such month on or before
# the DCT's month, otherwise the first one on or after it; ANCHORED = year taken from
# the narrative instead (checked in ARITH)
PAST_MONTHS = {("int01", "last month"), ("int03", "the end of September"), ("int03", "December"),
               ("int06", "1 November"), ("fin01", "June 30"), ("fin01", "the end of June"),
               ("fin01", "January"), ("fin02", "January"), ("fin02", "August"), ("fin03", "Nov. 1"),
               ("fin03", "March"), ("fin04", "30 June"), ("fin05", "March 31"), ("fin06", "January"),
               ("fin06", "February"), ("wx04", "October"), ("wx06", "June"), ("chr05", "January")}
ANCHORED_MONTHS = {("fin02", "February"), ("chr04", "31 May"), ("chr04", "2 June"),
                   ("chr06", "The night of 9 July"), ("chr06", "10 July"), ("chr06", "12 July")}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
n_months = 0
for d in docs:
    if d["dct"] is None:
        continue
    x = dt.date.fromisoformat(d["dct"])
    for key, t in keyed(d):
        if t["type"] not in ("DATE", "TIME") or re.search(r"\b\d{4}\b|'\d\d\b", t["text"]):
            continue
        mons = [MONTHS[w.lower()] for w in re.findall(r"[A-Za-z]+", t["text"]) if w.lower() in MONTHS and w != "may"]
        if not mons or t["value"].startswith("XXXX") or (d["doc_id"], key) in ANCHORED_MONTHS \
                or ((d["doc_id"], key) in DEIXIS and key.lower().startswith("last ")):
            continue
        mo = mons[0]
        if (d["doc_id"], key) in PAST_MONTHS:
            y = x.year if mo <= x.month else x.year - 1
        else:
            y = x.year if mo >= x.month else x.year + 1
        n_months += 1
        if not t["value"].startswith("%d-%02d" % (y, mo)):
            err("%s: yearless %r -> %r, expected %d-%02d" % (d["doc_id"], key, t["value"], y, mo))


# ---------------------------------------------- 6. anchored date arithmetic
def add_months(y, m, k):
    m0 = y * 12 + (m - 1) + k
    return "%d-%02d" % (m0 // 12, m0 % 12 + 1)


def iso_week(y, m, d):
    return "%d-W%02d" % dt.date(y, m, d).isocalendar()[:2]


ARITH = [
    # (doc, timex key, expected value, how it follows from the text)
    ("int02", "Nineteen months on", add_months(1991, 2, 19), "February 1991 + 19 months"),
    ("int04", "eighteen days", "P%dD" % (dt.date(2008, 11, 9) - dt.date(2008, 10, 22)).days, "DCT -> 9 Nov 2008"),
    ("int05", "5.40 a.m. Monday", "2015-06-01T05:40", "the Monday of the shutdown"),
    ("fin01", "the year-earlier quarter", "1986-Q2", "1987-Q2 - 1 year"),
    ("fin01", "a year earlier", "1986-H1", "first six months of 1987 - 1 year"),
    ("fin02", "February", "1994-02", "within 1994, the year reported on"),
    ("fin02", "a year earlier", add_months(1995, 4, -12), "April 1995 transfer - 1 year"),
    ("fin02", "the following week", iso_week(1995, 3, 23 + 7), "week after Thu 23 Mar 1995"),
    ("fin03", "the year-earlier period", "2002-Q3", "fiscal 2003-Q3 - 1 year"),
    ("fin04", "the year-earlier period", "2011-H1", "2012-H1 - 1 year"),
    ("fin04", "28 October", str(max(dt.date(2012, 10, d) for d in range(25, 32)
                                    if dt.date(2012, 10, d).weekday() == 6)), "last Sunday of October 2012"),
    ("fin06", "the prior year", "2024", "FY2025 - 1"),
    ("wx03", "06:00", "2003-08-08T06:00", "on Friday"),
    ("wx06", "18:00", "2025-07-04T18:00", "on Friday"),
    ("wx06", "evening", "2025-07-03TEV", "Thursday afternoon and evening"),
    ("chr01", "the afternoon", "1884-10-02TAF", "the opening day"),
    ("chr02", "25 years", "P%dY" % (1991 - 1966), "1966 final -> 1991"),
    ("chr02", "3 p.m.", "%sT15:00" % (dt.date(1991, 4, 12) + dt.timedelta(1)), "kick-off tomorrow"),
    ("chr03", "Boxing Day", "1887-12-26", "Boxing Day 1887"),
    ("chr03", "the next morning", "%sTMO" % (dt.date(1965, 4, 17) + dt.timedelta(1)), "day after Sat 17 Apr 1965"),
    ("chr03", "the following spring", "1996-SP", "after the 1992-95 rebuild"),
    ("chr04", "Three decades on", str(1976 + 30), "1976 + 30 years"),
    ("chr04", "31 May", "1976-05-31", "day after the fire"),
    ("chr04", "2 June", "1976-06-02", "1976"),
    ("chr04", "three days", "P%dD" % (dt.date(1976, 6, 2) - dt.date(1976, 5, 30)).days, "30 May -> 2 Jun 1976"),
    ("chr04", "11.40 p.m.", "1976-05-30T23:40", "Sun 30 May 1976"),
    ("chr04", "A year to the day", str(dt.date(1977, 5, 30)), "30 May 1976 + 1 year"),
    ("chr04", "a century", "P%dY" % (1985 - 1885), "shaft 1885, closure 1985"),
    ("chr05", "almost a decade", "P%dY" % round((dt.date(2016, 10, 3) - dt.date(2007, 3, 1)).days / 365.25), "March 2007 -> DCT"),
    ("chr06", "The night of 9 July", "2001-07-09TNI", "Mon 9 Jul 2001"),
    ("chr06", "about 11 p.m.", "2001-07-09T23:00", "that night"),
    ("chr06", "10 July", "2001-07-10", "2001"),
    ("chr06", "12 July", "2001-07-12", "2001"),
    ("chr06", "three days", "P%dD" % (dt.date(2001, 7, 12) - dt.date(2001, 7, 9)).days, "9 -> 12 Jul 2001"),
    ("chr06", "Two decades on", str(2001 + 20), "2001 + 20 years"),
    ("wx06", "more than half a century", "P50Y", "half a century"),
]
for doc, key, exp, why in ARITH:
    v = val(doc, key)
    if v is not None and v != exp:
        err("%s: %r = %r, expected %r (%s)" % (doc, key, v, exp, why))
ARITH_KEYS = {(doc, key) for doc, key, _, _ in ARITH}

# undated documents: REF values, explicit years and anchored expressions only
DEICTIC_WORDS = re.compile(r"(?i)\b(today|tonight|tomorrow|yesterday|ago|last|next|this|these|recently|"
                           r"current|coming|past)\b")
for doc in NULL_DCT:
    for key, t in keyed(D[doc]):
        if DEICTIC_WORDS.search(t["text"]) and not t["value"].endswith("_REF") and (doc, key) not in ARITH_KEYS:
            err("%s: DCT-relative %r in an undated text" % (doc, t["text"]))

# year ranges written with a shortened end ("1992-95"): two timexes, the end inherits the century
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
if n_ranges < 8:
    err("expected at least 8 shortened year ranges, found %d" % n_ranges)

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
            elif low in ("daily", "a day"):
                exp = "P1D"
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
        if mon:
            n_explicit += 1
            if not re.match(r"^(\d{4}|XXXX)-%02d" % mon, v):
                err("%s: month in %r vs %r" % (d["doc_id"], s, v))
        if day:
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
REF = {"the other day": "PAST_REF", "back then": "PAST_REF", "these days": "PRESENT_REF",
       "right now": "PRESENT_REF", "now": "PRESENT_REF", "currently": "PRESENT_REF",
       "recently": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF"}
n_ref = 0
for d in docs:
    for t in d["timexes"]:
        low = t["text"].lower()
        exp = REF.get(low)
        if low == "today" and d["dct"] is None:
            exp = "PRESENT_REF"
        if exp:
            n_ref += 1
            if t["value"] != exp:
                err("%s: %r -> %r, expected %s" % (d["doc_id"], t["text"], t["value"], exp))
for phrase in REF:
    if not any(t["text"].lower() == phrase for d in docs for t in d["timexes"]):
        err("REF phrase %r not present" % phrase)

# ------------------------------------------------ 9. distractors (negatives)
NEG = {
    "modal 'may'": r"\bmay\b",
    "'May' as a first name": r"\bMay (Dorrington|has farmed)\b",
    "'March' as a surname": r"\b(Dorian|Mr\.) March\b",
    "'march' as a verb": r"\bmarch\b",
    "'Sunday' in a newspaper's name": r"\bSunday (Clarion|Courier|Gazette)\b",
    "ordinal (second reading, third pier ...)": r"\b(second|third|fourth|fifth|twentieth)\b"
                                               r"(?= (payment|reading|ballot|term|storm|named|pier|division|tier|anniversary))",
    "'second half' of a match": r"\b(?:goals|come) in the second half\b|\bsecond half of the deciding game\b",
    "match interval / half-time": r"\bat the interval\b|\bhalf-time\b",
    "number that is not a year": r"\b1[4-9]\d\d\b(?= (men|instruments|spectators))",
    "age ('over fifty', 'in their seventies')": r"\bover fifty\b|\bin their seventies\b",
    "fraction (a third, a fifth, a quarter, half)": r"\b(?:by|about|roughly|than|to) a (?:third|fifth|quarter)\b"
                                                     r"|\bby about a fifth\b|\bnearly half\b",
    "'until further notice'": r"\buntil further notice\b",
    "'day and night' / 'around the clock'": r"\bday and night\b|\baround the clock\b",
    "'season tickets'": r"\bseason tickets\b",
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
    # every "until further notice" is left untagged; no timex may start with "further"
    for t in d["timexes"]:
        if "further notice" in t["text"].lower():
            err("%s: 'further notice' tagged" % d["doc_id"])

# ----------------------------------------------------------------- report
types = collections.Counter(t["type"] for d in docs for t in d["timexes"])
words = sum(len(re.findall(r"\S+", d["text"])) for d in docs)
print("documents: %d  words: %d  timexes: %d  by type: %s" % (len(docs), words, sum(types.values()),
                                                               dict(sorted(types.items()))))
for g in GENRES:
    c = collections.Counter(t["type"] for d in docs if d["genre"] == g for t in d["timexes"])
    print("  %-18s %3d  %s" % (g, sum(c.values()), dict(sorted(c.items()))))
print("weekday/date pairs checked with datetime: %d" % len(weekday_pairs))
for p in weekday_pairs:
    print("   %-6s %-30r %-18s %s" % p)
print("deictic expressions / datelines re-derived from the DCT: %d" % n_deixis)
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
