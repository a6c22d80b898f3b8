#!/usr/bin/env python3
"""Sanity checks for heldout6.jsonl (stdlib only).

1. schema, genre/document counts, word and timex counts per document;
2. text[start:end] == text, no surrounding whitespace, spans on word
   boundaries, no overlapping timexes, no markup left;
3. values well formed for their type (real calendar dates, ISO weeks,
   clock times);
4. every weekday name in a timex agrees with its value (datetime); bare
   weekday references resolve to the nearest such day before/after the DCT
   in the direction recorded in FUTURE below (past is the default and
   includes the DCT itself);
5. deictic expressions ("last week", "next spring", "three years ago",
   "the end of the quarter", "Christmas", "the Easter weekend", ...) are
   re-derived from the DCT; datelines equal the DCT; undated documents
   contain no DCT-relative expressions;
6. date arithmetic relied on for anchored relative expressions (ARITH);
7. explicit components in the surface text (day, month name, year,
   decade, century, season, quarter, half, clock time, part of day) agree
   with the value; yearless months resolve within a year of the DCT;
8. deliberate non-timex distractors are present and outside every timex.
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
PATH = os.environ.get("HELDOUT6_JSONL", os.path.join(os.path.dirname(HERE), "heldout6.jsonl"))

errors = []


def err(msg):
    errors.append(msg)


docs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
D = {d["doc_id"]: d for d in docs}

# ---------------------------------------------------------------- 1. schema
GENRES = ["obituary", "press_release", "editorial", "local_news"]
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
if not 2 <= len(NULL_DCT) <= 3:
    err("expected 2-3 undated documents, got %d" % len(NULL_DCT))
years = sorted(int(d["dct"][:4]) for d in docs if d["dct"])
if years[0] > 1986 or years[-1] < 2025:
    err("DCTs do not span 1985-2026: %s" % years)

# ------------------------------------------------------ 2. spans / overlap
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
        if re.match(r"(?i)(on|in|at|since|until|by|before|after|from|through|over|for|within|during) ", t["text"]) \
                and not re.match(r"(?i)at least ", t["text"]):  # bounds belong to the span
            err("%s: leading preposition in %r" % (d["doc_id"], t["text"]))
        if t["text"].endswith("'s") or (t["text"][-1] in ".,;:" and not t["text"].endswith((" a.m.", " p.m."))):
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
        m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?", v)
        if m and not v.startswith("XXXX"):
            y, mo = int(m.group(1)), int(m.group(2))
            if not 1 <= mo <= 12:
                err("%s: bad month in %r" % (d["doc_id"], v))
            elif m.group(3):
                try:
                    dt.date(y, mo, int(m.group(3)))
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


def vdate(v):
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", v)
    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def keyed(d):
    """(key, timex) pairs; repeated surface strings get '@2', '@3' ..."""
    seen = collections.Counter()
    for t in d["timexes"]:
        seen[t["text"]] += 1
        yield (t["text"] if seen[t["text"]] == 1 else "%s@%d" % (t["text"], seen[t["text"]])), t


# -------------------------------------------------------------- 4. weekdays
WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WDRX = re.compile(r"\b(" + "|".join(WD) + r")s?\b", re.I)
CLOCK = re.compile(r"\d+(?::\d+|\.\d\d)?\s*[ap]\.m\.")
# bare weekday references that point forward from the DCT (future tense or
# "next ..."); all other bare weekday references point back, or are the DCT.
FUTURE = {
    ("obit01", "Saturday"), ("obit03", "Friday"), ("obit03", "10 a.m. Thursday"),
    ("press02", "Monday"), ("press02", "Monday@2"), ("press02", "next Friday"),
    ("press05", "next Tuesday"), ("press06", "Monday"),
    ("edit03", "next Tuesday"), ("edit04", "Thursday"),
    ("local01", "6 p.m. Tuesday"), ("local01", "Thursday"), ("local01", "Wednesday night"),
    ("local01", "next Monday"), ("local03", "Thursday"), ("local04", "Monday"),
    ("local05", "4 p.m. Saturday"), ("local06", "Monday night"), ("local06", "early Wednesday"),
    ("local06", "Tuesday"), ("local06", "Wednesday"),
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
            # "Monday night" on a Monday is the DCT itself; "next Monday" on a Monday is +7
            if (d["doc_id"], key) == ("local06", "Monday night"):
                exp = anchor
            else:
                exp = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        else:
            exp = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)
        if day != exp:
            err("%s: %r (%s) resolves to %s, expected %s" % (d["doc_id"], key, direction, day, exp))
for k in FUTURE - used_future:
    err("FUTURE entry not found: %r" % (k,))


# ------------------------------------------------------------- 5. deixis
def week(x, off=0):
    y, w, _ = (x + dt.timedelta(weeks=off)).isocalendar()
    return "%d-W%02d" % (y, w)


def month(x, off=0):
    m0 = x.year * 12 + (x.month - 1) + off
    return "%d-%02d" % (m0 // 12, m0 % 12 + 1)


def nearest(x, mo, day):
    cands = [dt.date(x.year + k, mo, day) for k in (-1, 0, 1)]
    return str(min(cands, key=lambda c: abs((c - x).days)))


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


SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9),
           "winter": ("WI", 12)}


def season(x, rel, name):
    code, start = SEASONS[name]
    if rel in ("this", "the"):
        y = x.year
    elif rel == "next":
        y = x.year if start > x.month else x.year + 1
    else:  # last: the previous one, not a season that has only just begun
        y = x.year - 1 if start >= x.month else x.year
    return "%d-%s" % (y, code)


NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
DEIXIS = {
    "yesterday": lambda x: str(x - dt.timedelta(1)),
    "today": lambda x: str(x),
    "tomorrow": lambda x: str(x + dt.timedelta(1)),
    "tonight": lambda x: "%sTNI" % x,
    "overnight": lambda x: "%sTNI" % x,
    "this morning": lambda x: "%sTMO" % x,
    "last week": lambda x: week(x, -1),
    "this week": lambda x: week(x),
    "next week": lambda x: week(x, 1),
    "this weekend": lambda x: week(x) + "-WE",
    "last month": lambda x: month(x, -1),
    "later this month": lambda x: month(x),
    "next month": lambda x: month(x, 1),
    "last year": lambda x: str(x.year - 1),
    "this year": lambda x: str(x.year),
    "next year": lambda x: str(x.year + 1),
    "early next year": lambda x: str(x.year + 1),
    "the new year": lambda x: str(x.year + 1),
    "the end of the month": lambda x: month(x),
    "the end of the year": lambda x: str(x.year),
    "the end of the quarter": lambda x: "%d-Q%d" % (x.year, (x.month - 1) // 3 + 1),
    "the current quarter": lambda x: "%d-Q%d" % (x.year, (x.month - 1) // 3 + 1),
    "the end of the century": lambda x: "%02d" % (x.year // 100),
    "the next century": lambda x: "%02d" % (x.year // 100 + 1),
    "christmas": lambda x: nearest(x, 12, 25),
    "new year's day": lambda x: nearest(x, 1, 1),
    "the easter weekend": lambda x: week(easter(x.year)) + "-WE",
    "now": lambda x: "PRESENT_REF",
    "currently": lambda x: "PRESENT_REF",
    "today*": lambda x: "PRESENT_REF",
    "recently": lambda x: "PAST_REF",
}
UNDATED_OK = {"now", "currently", "today*", "recently"}
# "the weekend" told in the past tense on a Monday: the weekend just ended
WEEKEND_PAST = {("local03", "the weekend")}
# deictic-looking expressions anchored to a date in the text rather than to the DCT (checked in ARITH)
ANCHORED = {("press06", "overnight")}
n_deixis = 0
for d in docs:
    x = dt.date.fromisoformat(d["dct"]) if d["dct"] else None
    for key, t in keyed(d):
        low = t["text"].lower()
        if low == "today" and x is None:
            low = "today*"
        if low in DEIXIS and (d["doc_id"], key) not in ANCHORED:
            if x is None and low not in UNDATED_OK:
                err("%s: deictic %r in an undated text" % (d["doc_id"], t["text"]))
                continue
            exp = DEIXIS[low](x)
            n_deixis += 1
            if t["value"] != exp:
                err("%s: %r = %r, expected %r from DCT" % (d["doc_id"], t["text"], t["value"], exp))
        if (d["doc_id"], key) in WEEKEND_PAST:
            n_deixis += 1
            last_sunday = x - dt.timedelta(days=(x.weekday() + 1) % 7)
            if t["value"] != week(last_sunday) + "-WE":
                err("%s: %r = %r" % (d["doc_id"], t["text"], t["value"]))
        m = re.match(r"^(this|last|next|the) (spring|summer|autumn|fall|winter)$", low)
        if m:
            if not x:
                err("%s: deictic season %r in an undated text" % (d["doc_id"], t["text"]))
                continue
            n_deixis += 1
            exp = season(x, m.group(1), m.group(2))  # "the summer" (DCT-relative) = this summer
            if t["value"] != exp:
                err("%s: %r = %r, expected %r" % (d["doc_id"], t["text"], t["value"], exp))
        m = re.match(r"^(\w+) (year|week)s? ago$", low)
        if m:
            if not x:
                err("%s: %r in an undated text" % (d["doc_id"], t["text"]))
                continue
            n = NUM[m.group(1)]
            n_deixis += 1
            exp = str(x - dt.timedelta(weeks=n)) if m.group(2) == "week" else str(x.year - n)
            if t["value"] != exp:
                err("%s: %r = %r, expected %r" % (d["doc_id"], t["text"], t["value"], exp))
# datelines: the first timex of every press release, and of local03, is the DCT
DATELINE = ["press01", "press02", "press03", "press04", "press05", "press06", "local03"]
for doc in DATELINE:
    t = min(D[doc]["timexes"], key=lambda t: t["start"])
    n_deixis += 1
    if t["value"] != D[doc]["dct"] or t["start"] > 120:
        err("%s: dateline %r = %r, DCT %s" % (doc, t["text"], t["value"], D[doc]["dct"]))
# documents whose DCT is given in the text only as month and day
for doc, surface in (("press04", "7 September"), ("local03", "July 23")):
    if not re.search(r"\b%s\b" % surface, D[doc]["text"]) or re.search(r"\b%s\b" % D[doc]["dct"][:4], D[doc]["text"]):
        err("%s: expected a yearless dateline %r and no DCT year in the text" % (doc, surface))


# ---------------------------------------------- 6. anchored date arithmetic
def val(doc, key):
    for k, t in keyed(D[doc]):
        if k == key:
            return t["value"]
    err("%s: no timex %r" % (doc, key))
    return None


def add_months(y, m, k):
    m0 = y * 12 + (m - 1) + k
    return "%d-%02d" % (m0 // 12, m0 % 12 + 1)


def years_between(a, b):
    return "P%dY" % (b - a)


def iso_week(y, m, d):
    return "%d-W%02d" % dt.date(y, m, d).isocalendar()[:2]


ARITH = [
    # (doc, timex key, expected value, how it follows from the text)
    ("obit01", "almost three decades", "P%dY" % ((1947 - 1943) + (1977 - 1951)), "1943-47 and 1951-77"),
    ("obit01", "that month", "1947-05", "month of the May 1947 election"),
    ("obit01", "the following winter", "1947-WI", "winter after May 1947"),
    ("obit01", "eighteen months later", add_months(1966, 1, 18), "January 1966 + 18 months"),
    ("obit02", "Two years later", str(1926 + 2), "1926 + 2"),
    ("obit02", "the following day", str(dt.date(1968, 6, 14) + dt.timedelta(1)), "14 Jun 1968 + 1 day"),
    ("obit02", "A year earlier", str(1968 - 1), "spring/June 1968 - 1 year"),
    ("obit02", "a century", years_between(1902, 2002), "born 1902, stone 2002"),
    ("obit03", "four years later", str(1969 + 4), "November 1969 + 4 years"),
    ("obit03", "less than four years", "P4Y", "spring 1971 -> January 1975 is %.2f years" % ((dt.date(1975, 1, 1) - dt.date(1971, 4, 1)).days / 365.25)),
    ("obit04", "the same week", iso_week(1966, 3, 19), "ISO week of Sat 19 Mar 1966"),
    ("obit04", "eighteen years", years_between(1966, 1984), "March 1966 -> July 1984"),
    ("obit04", "A year earlier", str(1975 - 1), "winter of 1975 - 1 year"),
    ("obit05", "two years later", str(1848 + 2), "spring 1848 + 2"),
    ("obit05", "the next nineteen years", years_between(1854, 1873), "1854 -> March 1873"),
    ("obit05", "the following day", str(dt.date(1867, 7, 2) + dt.timedelta(1)), "2 Jul 1867 + 1 day"),
    ("obit05", "that summer", "1867-SU", "summer of the July 1867 speech"),
    ("obit05", "the same week", iso_week(1873, 3, 10), "ISO week of Mon 10 Mar 1873"),
    ("obit05", "a year earlier", str(1877 - 1), "August 1877 fire - 1 year"),
    ("obit06", "Six years later", str(1961 + 6), "autumn 1961 + 6 years"),
    ("obit06", "eighteen years", years_between(1976, 1994), "1976 -> 1994"),
    ("obit06", "the following morning", "%sTMO" % (dt.date(1989, 11, 9) + dt.timedelta(1)), "9 Nov 1989 + 1 day"),
    ("press01", "the following afternoon", "%sTAF" % (dt.date(1991, 5, 14) + dt.timedelta(1)), "Tue 14 May 1991 + 1"),
    ("press01", "10:00 local time", "1991-06-03T10:00", "closure on Monday 3 June"),
    ("press01", "the night of 4 June", "1991-06-04TNI", "within the 3-5 June closure"),
    ("press02", "two months", "P%dM" % round((dt.date(1997, 1, 31) - dt.date(1996, 12, 2)).days / 30.4), "2 Dec 1996 -> 31 Jan 1997"),
    ("press02", "9.15 a.m.", "1996-12-02T09:15", "on Monday (2 Dec)"),
    ("press03", "the following day", str(dt.date(2008, 3, 12) + dt.timedelta(1)), "Wed 12 Mar 2008 + 1"),
    ("press03", "a year earlier", "2006-Q4", "2007-Q4 - 1 year"),
    ("press03", "15:30", "2008-03-12T15:30", "on Wednesday 12 March"),
    ("press03", "06:00", "2008-03-12T06:00", "on 12 March"),
    ("press03", "noon", "2008-03-13T12:00", "on Thursday 13 March"),
    ("press04", "Tuesday 11", "2012-09-11", "first day of next week's course (%s)" % week(dt.date(2012, 9, 7), 1)),
    ("press04", "the week of 24 September", iso_week(2012, 9, 24), "ISO week of Mon 24 Sep 2012"),
    ("press05", "12 weeks", "P%dW" % ((dt.date(2019, 8, 1) - dt.date(2019, 5, 9)).days // 7), "9 May -> 1 Aug 2019"),
    ("press05", "10:00 local time", "2019-05-14T10:00", "next Tuesday"),
    ("press06", "two weeks later", str(dt.date(2025, 4, 6) + dt.timedelta(weeks=2)), "6 Apr 2025 + 2 weeks"),
    ("press06", "overnight", "2025-04-06TNI", "night of polling day"),
    ("press06", "07:00", "2025-04-06T07:00", "polling day"),
    ("press06", "18:00", "2025-03-31T18:00", "on Monday (31 Mar)"),
    ("press06", "noon", "2025-04-06T12:00", "on 6 April"),
    ("edit02", "five years", years_between(1962, 1967), "between 1962 and 1967"),
    ("edit02", "the following morning", "%sTMO" % (dt.date(1999, 1, 11) + dt.timedelta(1)), "Monday 11 Jan 1999 + 1"),
    ("edit03", "Ten years ago", str(2006 - 10), "DCT year - 10"),
    ("local01", "seven years", years_between(1978, 1985), "worst since the winter of 1978"),
    ("local03", "four days", "P%dD" % ((dt.date(2001, 7, 23) - dt.date(2001, 7, 20)).days + 1), "Fri 20 -> Mon 23 Jul inclusive"),
    ("local04", "the same day", "2010-12-15", "Dec. 15"),
    ("local04", "2:10 a.m.", "2010-12-03T02:10", "early Friday"),
    ("local04", "12:35 a.m.", "2010-12-03T00:35", "after Thursday's count began"),
    ("local05", "8 a.m.", "2017-04-01T08:00", "same Saturday as 4 p.m. Saturday"),
    ("local05", "7 p.m.", "2017-04-11T19:00", "on April 11"),
    ("local05", "the week of April 17", iso_week(2017, 4, 17), "ISO week of Mon 17 Apr 2017"),
    ("local06", "6 a.m.", "2022-10-17T06:00", "the DCT morning"),
    ("local06", "11 a.m.", "2022-10-17T11:00", "the DCT briefing"),
]
for doc, key, exp, why in ARITH:
    v = val(doc, key)
    if v is not None and v != exp:
        err("%s: %r = %r, expected %r (%s)" % (doc, key, v, exp, why))
# range starts given as a bare day number take month and year from the range end
RANGES = [("press01", "3", "5 June"), ("press05", "3", "5 June"), ("local03", "5", "Aug. 2")]
for doc, start, other in RANGES:
    a, b = val(doc, start), val(doc, other)
    if a and b and (a[:7] != b[:7] or int(a[8:]) != int(start)):
        err("%s: range %r..%r -> %r / %r" % (doc, start, other, a, b))
    if a and b and not (a < b if start == "3" else b < a):
        err("%s: range order %r / %r" % (doc, a, b))

# ------------------------------------------- 7. explicit surface components
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
n_explicit = 0
for d in docs:
    x = dt.date.fromisoformat(d["dct"]) if d["dct"] else None
    for t in d["timexes"]:
        s, v, low = t["text"], t["value"], t["text"].lower()
        for w, code in (("morning", "TMO"), ("afternoon", "TAF"), ("evening", "TEV"), ("night", "TNI"),
                        ("overnight", "TNI"), ("tonight", "TNI")):
            if re.search(r"\b%ss?\b" % w, low) and not v.endswith(code):
                err("%s: part of day %r vs %r" % (d["doc_id"], s, v))
        if t["type"] == "DURATION":
            m = re.match(r"^(?:the |about |almost |nearly |more than |less than |at least |roughly |the next |the past |"
                         r"the first )*(\w+)[ -](year|month|week|day|hour|minute)s?(?: of the year)?$", low)
            NUMW = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                    "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14, "fifteen": 15,
                    "eighteen": 18, "nineteen": 19, "eleven": 11}
            if m:
                n = NUMW.get(m.group(1), int(m.group(1)) if m.group(1).isdigit() else None)
                unit = {"year": "Y", "month": "M", "week": "W", "day": "D"}.get(m.group(2))
                num = "X" if m.group(1) in ("several", "few", "coming") else ("%d" % n if n is not None else "?")
                exp = "P%s%s" % (num, unit) if unit else "PT%s%s" % (num, {"hour": "H", "minute": "M"}[m.group(2)])
                n_explicit += 1
                if v != exp:
                    err("%s: duration %r -> %r, expected %r" % (d["doc_id"], s, v, exp))
            continue
        if t["type"] == "SET":
            m = re.search(r"every (\w+) (year|month)s\b", low)
            if m:
                n_explicit += 1
                if v != "P%d%s" % ({"two": 2, "four": 4, "five": 5, "six": 6}[m.group(1)], m.group(2)[0].upper()):
                    err("%s: set %r -> %r" % (d["doc_id"], s, v))
            continue
        # centuries: "the 20th century"; decades: "the 1810s", "the 2030s"
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
        year = re.search(r"\b(\d{4})\b", s)
        mon = None
        for w in re.findall(r"[a-z]+", low):
            if w in MONTHS and not (w == "may" and "may" in s):
                mon = MONTHS[w]
        nc = CLOCK.sub("", s)
        day = re.search(r"\b(\d{1,2})\b(?!:|\.\d)", nc)
        day = int(day.group(1)) if day and mon else None
        if year:
            n_explicit += 1
            if not v.startswith(year.group(1)):
                err("%s: year in %r vs %r" % (d["doc_id"], s, v))
        if mon and re.search(r"-Q\d$", v):
            mon = None
        if mon and day and re.match(r"^\d{4}-W\d{2}$", v):
            n_explicit += 1  # "the week of 24 September": the ISO week containing that day
            if "%d-W%02d" % dt.date(int(v[:4]), mon, day).isocalendar()[:2] != v:
                err("%s: %r is not the week of that day: %r" % (d["doc_id"], s, v))
            mon = day = None
        if mon:
            n_explicit += 1
            if not re.match(r"^(\d{4}|XXXX)-%02d" % mon, v):
                err("%s: month in %r vs %r" % (d["doc_id"], s, v))
            elif not year:
                if x is None:
                    err("%s: yearless month %r in an undated text" % (d["doc_id"], s))
                elif not v.startswith("XXXX") and abs(dt.date(int(v[:4]), mon, 15) - x).days > 366:
                    err("%s: yearless %r resolved far from DCT: %r" % (d["doc_id"], s, v))
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
        m = re.search(r"\b(first|second) half\b", low)
        if m:
            n_explicit += 1
            if not v.endswith("H%d" % ORD[m.group(1)]):
                err("%s: half %r vs %r" % (d["doc_id"], s, v))
        m = re.search(r"\b(\d{1,2})(?::(\d{2})|\.(\d{2}))? ?([ap])\.m\.", s)
        if m:
            n_explicit += 1
            h = int(m.group(1)) % 12 + (12 if m.group(4) == "p" else 0)
            mi = int(m.group(2) or m.group(3) or 0)
            if not v.endswith("T%02d:%02d" % (h, mi)):
                err("%s: clock %r vs %r" % (d["doc_id"], s, v))
        m = re.match(r"^(\d{2}):(\d{2})( local time)?$", s)
        if m:
            n_explicit += 1
            if not v.endswith("T%s:%s" % (m.group(1), m.group(2))):
                err("%s: 24-hour clock %r vs %r" % (d["doc_id"], s, v))
        if low == "noon" and not v.endswith("T12:00"):
            err("%s: noon %r" % (d["doc_id"], v))

# "in five years" used as a duration (how long something took), not as a date
t5 = [t for t in D["edit02"]["timexes"] if t["text"] == "five years"]
if not t5 or t5[0]["type"] != "DURATION" or D["edit02"]["text"][t5[0]["start"] - 3:t5[0]["start"]] != "in ":
    err("edit02: 'in five years' should be a DURATION")

# ------------------------------------------------ 8. distractors (negatives)
NEG = {
    "modal 'may'": r"\bmay\b",
    "'march' verb/noun": r"\bmarch\b",
    "'Sunday' in a newspaper's name": r"\bSunday (Beacon|Courant|Post)\b",
    "'Weekly' in a newspaper's name": r"\bWeekly Observer\b",
    "ordinal (second term/reading/round ...)": r"\b(second|third|eleventh|14th)\b(?! (half|quarter))",
    "age": r"\b\d+-year-old\b|\bat the age of\b|, \d\d, |\b(He|She) was \d\d\b|-year-olds\b|\bat (fourteen|fifteen)\b|\bearly twenties\b",
    "number that is not a year": r"\b1[5-9]\d\d\b(?= (litres|from|written|boxes))",
    "'former'": r"\bformer\b",
    "train name 'the 7.42'": r"\bthe 7\.42\b",
    "'Spring' in an event name": r"\bSpring Arts Walk\b",
    "fraction 'a quarter/third/fifth'": r"\bby a (quarter|third|fifth)\b",
}
neg_counts = collections.Counter()
for d in docs:
    spans = [(t["start"], t["end"]) for t in d["timexes"]]
    for name, rx in NEG.items():
        for m in re.finditer(rx, d["text"]):
            if any(s <= m.start() < e for s, e in spans):
                err("%s: distractor %s inside a timex: %r" % (d["doc_id"], name, m.group(0)))
            neg_counts[name] += 1
for name in NEG:
    if not neg_counts[name]:
        err("distractor %s not found" % name)
# every weekday / month word outside a timex must be one of the distractors above
for d in docs:
    spans = [(t["start"], t["end"]) for t in d["timexes"]]
    for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                         r"March|April|May|June|July|August|September|October|November|December|"
                         r"today|tonight|now|yesterday|tomorrow|currently|recently)\b", d["text"]):
        if any(s <= m.start() < e for s, e in spans):
            continue
        ctx = d["text"][m.start():m.start() + 14]
        if not re.match(r"Sunday (Beacon|Courant|Post)", ctx):
            err("%s: untagged %r" % (d["doc_id"], d["text"][max(0, m.start() - 30):m.end() + 30]))

# ----------------------------------------------------------------- report
types = collections.Counter(t["type"] for d in docs for t in d["timexes"])
print("documents: %d  timexes: %d  by type: %s" % (len(docs), sum(types.values()), dict(sorted(types.items()))))
for g in GENRES:
    c = collections.Counter(t["type"] for d in docs if d["genre"] == g for t in d["timexes"])
    print("  %-13s %3d  %s" % (g, sum(c.values()), dict(sorted(c.items()))))
print("weekday/date pairs checked with datetime: %d" % len(weekday_pairs))
for p in weekday_pairs:
    print("   %-7s %-34r %-22s %s" % p)
print("deictic expressions / datelines checked against the DCT: %d" % n_deixis)
print("anchored arithmetic assertions: %d (+%d ranges)" % (len(ARITH), len(RANGES)))
print("explicit components checked: %d" % n_explicit)
print("distractors outside timexes: %s" % dict(neg_counts))
if errors:
    print("\nFAILED: %d problem(s)" % len(errors))
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
