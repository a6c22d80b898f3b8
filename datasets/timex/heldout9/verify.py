#!/usr/bin/env python3
"""Sanity checks for heldout9.jsonl (standard library only).

Adapted from heldout8's verify.py (same checks; new per-document tables).

1. schema, genre/document counts (4 genres x 6), words (150-350) and timexes (12-30)
   per document, DCT range, exactly two undated documents, 450-510 timexes;
2. text[start:end] == text, no surrounding whitespace, spans on word boundaries,
   no leading preposition, no trailing possessive or punctuation, no overlaps,
   no markup left;
3. values well formed for their type (real calendar dates, ISO weeks, clock
   times, decades, REF values, compound durations), and accepted by the value
   grammar of datasets/timex/check_gold.py (copied below, with our four genres);
4. every weekday name in a timex agrees with its value (datetime); a weekday
   given with a day number must match it; bare weekdays resolve to the nearest
   such day before/after the DCT in the direction recorded in FUTURE ("last X"
   strictly before, "next X" strictly after); weekdays anchored elsewhere are
   listed in ANCHORED_WD and asserted in ARITH;
5. deictic expressions are re-derived from the DCT with datetime (DEIXIS);
   yearless months resolve in the recorded direction; undated documents contain
   no DCT-relative expression except REF values and expressions anchored in
   their own text (ARITH);
6. anchored arithmetic (ARITH: clock times on the day a log entry or notice
   names, times after midnight, holidays, "the previous Monday", "the following
   Thursday", weekends of named dates, undated texts ...); shortened year ranges; clock times with
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
PATH = os.environ.get("HELDOUT9_JSONL", os.path.join(os.path.dirname(HERE), "heldout9.jsonl"))

errors = []


def err(msg):
    errors.append(msg)


docs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
D = {d["doc_id"]: d for d in docs}

# ---------------------------------------------------------------- 1. schema
GENRES = ["police_reports", "culture_reviews", "transport_notices", "election_results"]
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
# The value grammar of /work/main/datasets/timex/check_gold.py, copied verbatim (stdlib only).
_YEAR = r"(?:\d{4}|XXXX)"
_CAL = rf"{_YEAR}(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?)?"
_WEEK = rf"{_YEAR}-W(?:\d{{2}}|XX)(?:-(?:[1-7]|WE))?"
_PART = rf"{_YEAR}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)"
_DATE_VALUE = re.compile(rf"^(?:{_CAL}|{_WEEK}|{_PART}|\d{{3}}|\d{{2}}|PRESENT_REF|PAST_REF|FUTURE_REF)$")
_TIME_SUFFIX = r"T(?:(?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d)?|MO|MI|AF|EV|NI|DT)"
_TIME_VALUE = re.compile(rf"^(?:{_CAL}|{_WEEK}){_TIME_SUFFIX}$")
_N = r"(?:\d+|X)"
_DURATION_VALUE = re.compile(
    rf"^P(?=.)(?:{_N}Y)?(?:{_N}M)?(?:{_N}W)?(?:{_N}D)?(?:T(?=.)(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?$")
_SET_PATTERN = re.compile(rf"^XXXX(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?|-W(?:\d{{2}}|XX)(?:-[1-7])?"
                          rf"|-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?(?:{_TIME_SUFFIX})?$")


def CG_OK(typ, value):
    if typ == "DATE":
        return bool(_DATE_VALUE.match(value))
    if typ == "TIME":
        return bool(_TIME_VALUE.match(value))
    if typ == "DURATION":
        return bool(_DURATION_VALUE.match(value))
    if typ == "SET":
        return bool(_DURATION_VALUE.match(value) or _SET_PATTERN.match(value))
    return False


POD = r"(MO|AF|EV|NI)"
RX = {
    "DATE": re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)"
                       r"|\d{2,3}|XXXX-\d{2}|PAST_REF|PRESENT_REF|FUTURE_REF)$"),
    "TIME": re.compile(r"^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2}:\d{2}|%s)$" % POD),
    "DURATION": re.compile(r"^(P(\d+|X)[YMWD]|PT(?=\d|X)((\d+|X)H)?((\d+|X)M)?((\d+|X)S)?)$"),
    "SET": re.compile(r"^(P\d+[YMWD]|PT\d+[HM]|XXXX-WXX-[1-7](T(%s|\d{2}:\d{2}))?|XXXX-(SP|SU|FA|WI)|XXXX-\d{2}"
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
        if not CG_OK(ty, v):
            err("%s: %s value %r for %r rejected by the check_gold.py grammar" % (d["doc_id"], ty, v, t["text"]))
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
CLOCK = re.compile(r"\d+(?::\d+|\.\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d{2}\b")
FUTURE = {
    ("pr02", "Friday"), ("pr03", "Thursday"), ("cr02", "Monday"), ("cr06", "Sunday"),
    ("tn03", "Monday morning"), ("tn04", "Wednesday"), ("tn05", "Monday"),
    ("er01", "Monday"), ("er02", "Tuesday"), ("er02", "Sunday evening"), ("er04", "Friday"), ("er05", "Monday"),
}
# weekday expressions whose day follows from another date in the text (asserted in ARITH)
ANCHORED_WD = {("pr05", "the previous Monday"), ("pr06", "the following Thursday"), ("cr03", "Friday evening"),
               ("cr03", "the Saturday"), ("cr03", "Sunday morning"), ("er03", "the following Wednesday")}
weekday_pairs = []
used_future = set()
for d in docs:
    for key, t in keyed(d):
        m = WDRX.search(t["text"])
        if not m:
            continue
        wd = WD.index(m.group(1).lower())
        if t["type"] == "SET":
            if not re.fullmatch(r"XXXX-WXX-%d(T(%s|\d\d:\d\d))?" % (wd + 1, POD), t["value"]):
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
    ("pr01", "7 a.m. today"): T(0, hm="07:00"), ("pr01", "the start of the month"): lambda x: month(x),
    ("pr01", "the weekend just gone"): lambda x: week(x, -1) + "-WE",
    ("pr02", "yesterday"): DAY(-1), ("pr02", "now"): lambda x: "PRESENT_REF", ("pr02", "this month"): lambda x: month(x),
    ("pr03", "last March"): lambda x: "%d-03" % (x.year - (1 if x.month <= 3 else 0)),
    ("pr04", "last month"): lambda x: month(x, -1), ("pr04", "the end of the year"): YEAR(0),
    ("pr05", "Four years ago"): YEAR(-4), ("pr05", "this morning"): T(0, "MO"),
    ("pr06", "now"): lambda x: "PRESENT_REF", ("pr06", "Last year"): YEAR(-1), ("pr06", "this year"): YEAR(0),
    ("pr06", "two years ago"): YEAR(-2), ("pr06", "last week"): lambda x: week(x, -7),
    ("cr01", "this week"): lambda x: week(x), ("cr01", "last week"): lambda x: week(x, -7),
    ("cr01", "next spring"): lambda x: season(x, "next", "SP"),
    ("cr02", "last winter"): lambda x: season(x, "last", "WI"), ("cr02", "two years ago"): YEAR(-2),
    ("cr02", "this autumn"): lambda x: season(x, "this", "FA"), ("cr02", "next year"): YEAR(1),
    ("cr04", "last autumn"): lambda x: season(x, "last", "FA"), ("cr04", "Eighteen years ago"): YEAR(-18),
    ("cr04", "the winter"): lambda x: season(x, "last", "WI"), ("cr04", "next month"): lambda x: month(x, 1),
    ("cr04", "this weekend"): weekend, ("cr04", "the summer"): lambda x: season(x, "next", "SU"),
    ("cr05", "last month"): lambda x: month(x, -1), ("cr05", "next spring"): lambda x: season(x, "next", "SP"),
    ("cr06", "today"): DAY(0), ("cr06", "Two years ago"): YEAR(-2), ("cr06", "this summer"): lambda x: season(x, "this", "SU"),
    ("cr06", "next week"): lambda x: week(x, 7), ("cr06", "the autumn"): lambda x: season(x, "next", "FA"),
    ("tn01", "last autumn"): lambda x: season(x, "last", "FA"), ("tn01", "this week"): lambda x: week(x),
    ("tn02", "last night"): T(-1, "NI"), ("tn02", "now"): lambda x: "PRESENT_REF", ("tn02", "this weekend"): weekend,
    ("tn03", "tomorrow"): DAY(1), ("tn03", "eleven weeks ago"): lambda x: week(x, -77),
    ("tn03", "this summer"): lambda x: season(x, "this", "SU"), ("tn03", "tonight"): T(0, "NI"),
    ("tn04", "next month"): lambda x: month(x, 1), ("tn04", "Last year"): YEAR(-1),
    ("tn05", "last year"): YEAR(-1), ("tn05", "now"): lambda x: "PRESENT_REF",
    ("tn06", "tomorrow"): DAY(1), ("tn06", "this week"): lambda x: week(x),
    ("er01", "10 p.m. last night"): T(-1, hm="22:00"), ("er01", "four years ago"): YEAR(-4),
    ("er01", "the autumn"): lambda x: season(x, "next", "FA"), ("er01", "Yesterday"): DAY(-1),
    ("er01", "this summer"): lambda x: season(x, "this", "SU"),
    ("er02", "9 p.m. yesterday"): T(-1, hm="21:00"), ("er02", "11.20 a.m. today"): T(0, hm="11:20"),
    ("er02", "four years ago"): YEAR(-4), ("er02", "the summer"): lambda x: season(x, "next", "SU"),
    ("er02", "this morning"): T(0, "MO"),
    ("er04", "last night"): T(-1, "NI"), ("er04", "this morning"): T(0, "MO"), ("er04", "four years ago"): YEAR(-4),
    ("er04", "the spring"): lambda x: season(x, "next", "SP"),
    ("er05", "this morning"): T(0, "MO"), ("er05", "2.15pm today"): T(0, hm="14:15"), ("er05", "now"): lambda x: "PRESENT_REF",
    ("er05", "last month"): lambda x: month(x, -1),
    ("er06", "yesterday"): DAY(-1), ("er06", "last night"): T(-1, "NI"), ("er06", "this week"): lambda x: week(x),
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
PAST_MONTHS = {("pr03", "9 October"), ("pr04", "March"), ("pr06", "the end of September"), ("cr02", "January"), ("cr02", "March"),
               ("cr06", "May"), ("tn01", "October"), ("tn02", "July"), ("tn03", "March"), ("tn06", "January"),
               ("er01", "April")}
ANCHORED_MONTHS = {("tn02", "the week of 11 October"), ("tn03", "the August bank holiday weekend"), ("tn05", "the weekend of 28 and 29 March"),
                   ("cr05", "the last night of December"), ("cr05", "that July"), ("cr03", "Friday 11 July"),
                   ("cr03", "1 December"), ("er03", "Friday 7 May"), ("er03", "Monday 24 May")}
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
def remembrance_sunday(y):  # second Sunday of November
    return nth_weekday(y, 11, 6, 2)


def irish_august_bank_holiday(y):  # first Monday of August
    return nth_weekday(y, 8, 0, 1)


ARITH = [
    # (doc, timex key, expected value, how it follows from the text)
    ("pr01", "6 p.m.", hm(d_(1986, 2, 14), 18), "on Friday"),
    ("pr01", "11 p.m.", hm(d_(1986, 2, 14), 23), "on Friday"),
    ("pr01", "2 a.m. the next day", hm(d_(1986, 2, 14) + dt.timedelta(1), 2), "the day after Friday 14"),
    ("pr01", "the following afternoon", str(d_(1986, 2, 15)) + "TAF", "afternoon after the Friday-night arrest"),
    ("pr01", "4.35 a.m.", hm(d_(1986, 2, 16), 4, 35), "on Sunday"),
    ("pr01", "the early hours", str(d_(1986, 2, 16)) + "TMO", "the Sunday of the van fire"),
    ("pr01", "1.10 a.m.", hm(d_(1986, 2, 15), 1, 10), "on Saturday"),
    ("pr01", "Christmas", "1985-12-25", "the last Christmas before February 1986"),
    ("pr02", "9.30 p.m.", hm(d_(1993, 8, 6), 21, 30), "Friday 6 August"),
    ("pr02", "10 p.m.", hm(d_(1993, 8, 6), 22), "Friday 6 August"),
    ("pr02", "that night", "1993-08-06TNI", "the night of the crash"),
    ("pr02", "the weekend", iso_week(d_(1993, 8, 7)) + "-WE", "the weekend after Friday 6 August"),
    ("pr02", "9 p.m.", hm(d_(1993, 8, 6) + dt.timedelta(7), 21), "Friday, a week after the crash"),
    ("pr02", "Friday", str(d_(1993, 8, 6) + dt.timedelta(7)), "a week after the crash"),
    ("pr02", "the next fortnight", "P2W", "fortnight"),
    ("pr03", "02:14", hm(d_(2001, 11, 11), 2, 14), "Sunday 11 November"),
    ("pr03", "Remembrance Sunday", str(remembrance_sunday(2001)), "second Sunday of November 2001"),
    ("pr03", "04:30", hm(d_(2001, 11, 11), 4, 30), "same night"),
    ("pr03", "06:05", hm(d_(2001, 11, 11), 6, 5), "same morning"),
    ("pr03", "22:00", hm(d_(2001, 11, 10), 22), "on Saturday"),
    ("pr03", "about 1.45 a.m.", hm(d_(2001, 11, 11), 1, 45), "before the 02:14 call"),
    ("pr03", "13/11/2001", "2001-11-13", "day/month/year"),
    ("pr04", "7:42 a.m.", hm(d_(2009, 6, 15), 7, 42), "log heading"),
    ("pr04", "overnight", str(d_(2009, 6, 15) - dt.timedelta(1)) + "TNI", "the night before the Monday report"),
    ("pr04", "3:15 p.m.", hm(d_(2009, 6, 16), 15, 15), "log heading"),
    ("pr04", "11:50 p.m.", hm(d_(2009, 6, 17), 23, 50), "log heading Wednesday"),
    ("pr04", "9:05 p.m.", hm(d_(2009, 6, 19), 21, 5), "log heading"),
    ("pr04", "late afternoon", "2009-06-19TAF", "Friday's party"),
    ("pr04", "10 p.m.", hm(d_(2009, 6, 19), 22), "Friday"),
    ("pr04", "noon", hm(d_(2009, 6, 20), 12), "Saturday heading"),
    ("pr04", "2:30 a.m.", hm(d_(2009, 6, 21), 2, 30), "Sunday heading"),
    ("pr04", "10 a.m.", hm(d_(2009, 7, 11), 10), "open house"),
    ("pr04", "2 p.m.", hm(d_(2009, 7, 11), 14), "open house"),
    ("pr05", "about 5.20pm", hm(d_(2017, 3, 2), 17, 20), "Thursday 2 March"),
    ("pr05", "the next morning", str(d_(2017, 3, 3)) + "TMO", "morning after 2 March"),
    ("pr05", "the previous Monday", str(d_(2017, 3, 2) - dt.timedelta(3)), "Monday before Thu 2 March"),
    ("pr05", "several days", "PXD", "vague number of days"),
    ("pr05", "52 years", "P%dY" % (2017 - 1965), "trading since 1965 (the 1960s)"),
    ("pr05", "5pm", hm(d_(2017, 3, 2), 17), "last Thursday"),
    ("pr05", "that evening", "2017-03-02TEV", "the raid's evening"),
    ("pr05", "the weekend", iso_week(d_(2017, 3, 4)) + "-WE", "the weekend of the Saturday arrest"),
    ("pr06", "the past fortnight", "P2W", "fortnight"),
    ("pr06", "10.15am", hm(d_(2024, 10, 9), 10, 15), "on Wednesday"),
    ("pr06", "2pm", hm(d_(2024, 10, 17), 14), "Thursday 17 October"),
    ("pr06", "the following Thursday", str(d_(2024, 10, 17) + dt.timedelta(7)), "the Thursday after 17 October"),
    ("cr01", "weeks", "PXW", "unspecified number of weeks"),
    ("cr01", "60s", "196", "the 1950s and 60s"),
    ("cr01", "years", "PXY", "unspecified number of years"),
    ("cr01", "two hours and forty minutes", "PT2H40M", "running time"),
    ("cr02", "as many years", "P3Y", "third album in as many years"),
    ("cr02", "a fortnight", "P2W", "fortnight"),
    ("cr03", "Friday 11 July", "2014-07-11", "the 2014 festival"),
    ("cr03", "Friday evening", "2014-07-11TEV", "the festival's Friday"),
    ("cr03", "23:00", hm(d_(2014, 7, 11), 23), "Friday evening"),
    ("cr03", "the Saturday", "2014-07-12", "the festival's Saturday"),
    ("cr03", "about 2pm", hm(d_(2014, 7, 12), 14), "the Saturday"),
    ("cr03", "Sunday morning", "2014-07-13TMO", "the festival's Sunday"),
    ("cr03", "the second weekend of July 2015", iso_week(nth_weekday(2015, 7, 5, 2)) + "-WE", "second Saturday of July 2015"),
    ("cr03", "1 December", "2014-12-01", "after the July 2014 festival"),
    ("cr04", "7pm", hm(d_(2007, 4, 26), 19), "Thursday 26 April"),
    ("cr05", "New Year's Day", "1916-01-01", "the novel's year"),
    ("cr05", "the last night of December", "1916-12-31TNI", "the novel's year"),
    ("cr05", "the spring", "1916-SP", "the novel's year"),
    ("cr05", "that July", "1916-07", "the summer of 1916"),
    ("cr05", "Christmas 1916", "1916-12-25", "Christmas"),
    ("cr05", "the following year", "2012", "after 2011"),
    ("cr05", "the week after", iso_week(d_(2015, 11, 21) + dt.timedelta(7)), "week after 21 November"),
    ("cr06", "a fortnight", "P2W", "fortnight"),
    ("cr06", "6.15pm", hm(d_(2022, 7, 24), 18, 15), "Sunday's screening"),
    ("cr06", "two hours and 12 minutes", "PT2H12M", "running time"),
    ("tn01", "10:00", hm(d_(1987, 2, 1), 10), "Sunday 1 February"),
    ("tn01", "15:00", hm(d_(1987, 2, 1), 15), "Sunday 1 February"),
    ("tn01", "that night", "1987-02-01TNI", "Sunday 1 February"),
    ("tn01", "23:40", hm(d_(1987, 2, 1), 23, 40), "Sunday 1 February"),
    ("tn01", "Monday 23 March", str(d_(1987, 2, 9) + dt.timedelta(weeks=6)), "six weeks from Monday 9 February"),
    ("tn02", "04:00", hm(d_(1999, 10, 13), 4), "Wednesday 13 October"),
    ("tn02", "the following week", iso_week(d_(1999, 10, 13) + dt.timedelta(7)), "week after the first strike"),
    ("tn02", "05:30", hm(d_(1999, 10, 15), 5, 30), "Friday 15 October"),
    ("tn02", "Friday 15 October", str((dt.datetime(1999, 10, 13, 4) + dt.timedelta(hours=48)).date()), "48 hours from 04:00 on the 13th"),
    ("tn02", "every half hour", "PT30M", "half hour"),
    ("tn02", "the week of 11 October", iso_week(d_(1999, 10, 11)), "ISO week containing 11 October"),
    ("tn03", "the August bank holiday weekend", iso_week(irish_august_bank_holiday(2005) - dt.timedelta(2)) + "-WE", "weekend before Mon 1 Aug 2005"),
    ("tn03", "a fortnight", "P2W", "fortnight"),
    ("tn03", "years", "PXY", "unspecified number of years"),
    ("tn04", "00:45", hm(d_(2013, 12, 22), 0, 45), "after midnight on Saturday 21 December"),
    ("tn04", "Christmas Eve", "2013-12-24", "holiday"),
    ("tn04", "18:00", hm(d_(2013, 12, 24), 18), "Christmas Eve"),
    ("tn04", "21:30", hm(d_(2013, 12, 24), 21, 30), "Christmas Eve"),
    ("tn04", "Christmas Day", "2013-12-25", "holiday"),
    ("tn04", "Boxing Day", "2013-12-26", "holiday"),
    ("tn04", "New Year's Eve", "2013-12-31", "holiday"),
    ("tn04", "04:30", hm(d_(2014, 1, 1), 4, 30), "New Year's Day"),
    ("tn04", "New Year's Day", "2014-01-01", "holiday"),
    ("tn05", "23:40", "XXXX-XX-XXT23:40", "timetabled daily time, not one day"),
    ("tn05", "22:50", "XXXX-XX-XXT22:50", "timetabled daily time, not one day"),
    ("tn05", "twice an hour", "PT1H", "frequency not encoded"),
    ("tn05", "the weekend of 28 and 29 March", iso_week(d_(2020, 3, 28)) + "-WE", "Sat 28 March 2020"),
    ("tn05", "Easter", str(easter(2020)), "Easter 2020"),
    ("tn06", "Easter", str(easter(2026)), "Easter 2026"),
    ("er01", "10.40 p.m.", hm(d_(1985, 6, 13), 22, 40), "polling night"),
    ("er01", "the morning", "1985-06-13TMO", "polling day"),
    ("er01", "the afternoon", "1985-06-13TAF", "polling day"),
    ("er01", "18 years", "P%dY" % (1985 - 1967), "held since 1967"),
    ("er02", "overnight", "1992-04-09TNI", "the night of polling day"),
    ("er02", "noon", hm(d_(1992, 4, 8), 12), "noon on Wednesday"),
    ("er02", "spring 1996", "1996-SP", "four-year term from spring 1992"),
    ("er03", "7 a.m.", hm(d_(2010, 5, 6), 7), "polling day"),
    ("er03", "10 p.m.", hm(d_(2010, 5, 6), 22), "polling day"),
    ("er03", "10 p.m.@2", hm(d_(2010, 5, 6), 22), "polling day"),
    ("er03", "polling day", "2010-05-06", "Thursday 6 May 2010"),
    ("er03", "overnight", "2010-05-06TNI", "the night after polling"),
    ("er03", "9 a.m.", hm(d_(2010, 5, 7), 9), "Friday 7 May"),
    ("er03", "Friday 7 May", "2010-05-07", "the day after polling, 2010"),
    ("er03", "2 p.m.", hm(d_(2010, 5, 7), 14), "Friday's count"),
    ("er03", "6.45 p.m.", hm(d_(2010, 5, 7), 18, 45), "Friday's count"),
    ("er03", "nearly ten hours", "PT%dH" % round((dt.datetime(2010, 5, 7, 18, 45) - dt.datetime(2010, 5, 7, 9)).seconds / 3600), "09:00 -> 18:45"),
    ("er03", "more than 20 hours", "PT20H", "more than twenty hours"),
    ("er03", "the following Wednesday", str(d_(2010, 5, 7) + dt.timedelta((2 - d_(2010, 5, 7).weekday()) % 7)), "Wednesday after Fri 7 May"),
    ("er03", "Monday 24 May", "2010-05-24", "May 2010"),
    ("er04", "8 p.m.", hm(d_(2004, 11, 2), 20), "election day"),
    ("er05", "8pm", hm(d_(2019, 12, 12), 20), "on Thursday"),
    ("er05", "overnight", "2019-12-12TNI", "the night of polling day"),
    ("er05", "11.52pm", hm(d_(2019, 12, 12), 23, 52), "first result on polling night"),
    ("er05", "Christmas", "2019-12-25", "the coming Christmas"),
    ("er06", "6 p.m.", hm(d_(2025, 9, 7), 18), "on Sunday"),
    ("er06", "the evening", "2025-09-07TEV", "Sunday evening count"),
    ("er06", "polling day", "2025-09-07", "yesterday, Sunday"),
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
if n_ranges < 1:
    err("expected at least 1 shortened year range, found %d" % n_ranges)

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
            if re.search(r"\b%ss?\b" % w, low) and not v.endswith(code) and not CLOCK.search(s):
                err("%s: part of day %r vs %r" % (d["doc_id"], s, v))
        if t["type"] == "DURATION":
            if (d["doc_id"], s) in ARITH_KEYS:
                n_explicit += 1
                continue  # vague or compound, asserted in ARITH
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
            elif low in ("hourly", "twice an hour", "every half hour"):
                exp = "PT1H" if low != "every half hour" else "PT30M"
            elif low in ("twice a week", "every weekend", "three hours a week"):
                exp = "P1W"
            elif low in ("every evening", "each evening"):
                exp = "XXXX-XX-XXTEV"
            elif low == "each year":
                exp = "P1Y"
            elif low in ("every summer",):
                exp = "XXXX-SU"
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
                mc = re.search(r"\b(\d{1,2})(?:[.:](\d{2}))? ?([ap])\.?m\b", low)
                if mc:
                    h = int(mc.group(1)) % 12 + (12 if mc.group(3) == "p" else 0)
                    if not v.endswith("T%02d:%02d" % (h, int(mc.group(2) or 0))):
                        err("%s: set clock %r vs %r" % (d["doc_id"], s, v))
                continue  # weekday checked with the weekdays
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
        m = re.fullmatch(r"'?([1-9])0s", s)
        if m:  # "60s" after "the 1950s": the century of the preceding decade
            n_explicit += 1
            if v != "19%s" % m.group(1):
                err("%s: short decade %r -> %r" % (d["doc_id"], s, v))
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
        m = re.search(r"\b(\d{1,2})(?::(\d{2})|\.(\d{2}))? ?([ap])\.?m\b", s)
        if m:
            n_explicit += 1
            h = int(m.group(1)) % 12 + (12 if m.group(4) == "p" else 0)
            mi = int(m.group(2) or m.group(3) or 0)
            if not v.endswith("T%02d:%02d" % (h, mi)):
                err("%s: clock %r vs %r" % (d["doc_id"], s, v))
        m = re.search(r"\b(\d{2}):(\d{2})\b", s)
        if m and not re.search(r"[ap]\.?m\b", s):
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
    "'march' as a verb": r"\bmarch\b",
    "'March' in a song title": r"\bMarch of the Gulls\b",
    "'august' as an adjective": r"\baugust(?= company)",
    "'Sunday' in a name": r"\bSunday (?:Street|Ferry|Rose)\b",
    "'Saturday' as a modifier (a Saturday timetable)": r"\bSaturday timetable\b",
    "'Winter' in a book title": r"\bLONG WINTER\b",
    "'Weekend' in a festival name": r"\bFolk Weekend\b|\bFOLK WEEKEND\b",
    "ordinal (a second man/complaint/act/room/viewing/stoppage/term, third album, fourth novel ...)":
        r"\b(?:[Ss]econd|[Tt]hird|fourth|twentieth)\b(?= (?:man|complaint|act|room|viewing|stoppage|term|album|novel|fire|outing))",
    "route/platform/line/ward/measure number": r"\bRoutes? \d+(?:, \d+ and \d+)?\b|\bPlatform 3\b|\bLine 4\b|\btram stop 2\b|\bWard 3\b|\bMeasure 6\b|\bR262\b",
    "vote count or score": r"\b\d{1,2},\d{3}(?: to \d{1,2},\d{3})?\b|\b612-608\b|\b54 to 46 per cent\b|\b52 percent to 48 percent\b",
    "number that is not a year": r"\bincident 2874\b|\bOrley 4417\b|\bPC 2291\b|\b01/4471\b",
    "age ('in his sixties', 'aged 19 and 23', 'turns seventy')": r"\bin his sixties\b|\baged 19 and 23\b|\bturns seventy\b",
    "'season ticket'": r"\b[Ss]eason ticket\b",
    "fraction ('by a third')": r"\bby a third\b",
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
                         r"today|tonight|now|yesterday|tomorrow|currently|recently)s?\b", d["text"], re.I):
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
