#!/usr/bin/env python3
"""Sanity checks for heldout5.jsonl (stdlib only).

1. schema, genre/document counts, word and timex counts per document;
2. text[start:end] == text, no surrounding whitespace, no overlapping timexes;
3. values well formed for their type (and real calendar dates / ISO weeks);
4. every weekday name in a timex agrees with its value (datetime), bare weekday
   references resolve to the nearest such day before/after the DCT (or the
   stated anchor) in the direction recorded in FUTURE / ANCHOR below;
5. deictic expressions ("last week", "next month", "two weeks ago", ...)
   agree with the DCT;
6. date arithmetic relied on for anchored relative expressions (ARITH);
7. explicit dates in the surface text (day, month name, year, decade,
   century, season, quarter, half) agree with the value;
8. counts of deliberate non-timex distractors left outside timexes.
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
PATH = os.environ.get("HELDOUT5_JSONL", os.path.join(os.path.dirname(HERE), "heldout5.jsonl"))

errors = []


def err(msg):
    errors.append(msg)


docs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
D = {d["doc_id"]: d for d in docs}

# ---------------------------------------------------------------- 1. schema
GENRES = ["parliament", "wire", "history", "business"]
if len(docs) != 24:
    err("expected 24 documents, got %d" % len(docs))
gc = collections.Counter(d["genre"] for d in docs)
for g in GENRES:
    if gc[g] != 6:
        err("genre %s has %d documents" % (g, gc[g]))
for d in docs:
    if set(d) != {"doc_id", "dct", "genre", "text", "timexes"}:
        err("%s: keys %s" % (d["doc_id"], sorted(d)))
    if d["dct"] is not None:
        try:
            dt.date.fromisoformat(d["dct"])
        except ValueError:
            err("%s: bad dct %r" % (d["doc_id"], d["dct"]))
    nw = len(re.findall(r"\S+", d["text"]))
    nt = len(d["timexes"])
    if not 150 <= nw <= 400:
        err("%s: %d words" % (d["doc_id"], nw))
    if not 12 <= nt <= 30:
        err("%s: %d timexes" % (d["doc_id"], nt))

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
        # spans must sit on word boundaries
        s, e, tx = t["start"], t["end"], d["text"]
        if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
            err("%s: span %r cuts a word" % (d["doc_id"], t["text"]))
        prev = t
    if "[[" in d["text"] or "]]" in d["text"] or "|" in d["text"]:
        err("%s: markup left in text" % d["doc_id"])

# ------------------------------------------------- 3. value well-formedness
RX = {
    "DATE": re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)"
                       r"|\d{2,3}|XXXX-\d{2}|PAST_REF|PRESENT_REF|FUTURE_REF)$"),
    "TIME": re.compile(r"^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|MO|AF|EV|NI)$"),
    "DURATION": re.compile(r"^(P(\d+|X)[YMWD]|PT(\d+|X)[HMS])$"),
    "SET": re.compile(r"^(P\d+[YMWD]|XXXX-WXX-[1-7]|XXXX-(SP|SU|FA|WI)|XXXX-\d{2}|XXXX-XX-XXT(MO|AF|EV|NI))$"),
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


def vdate(v):
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", v)
    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# -------------------------------------------------------------- 4. weekdays
WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WDRX = re.compile(r"\b(" + "|".join(WD) + r")s?\b", re.I)
# bare weekday references that point forward from the DCT (future tense);
# all other bare weekday references point back (or are the DCT itself).
FUTURE = {
    ("parl01", "next Wednesday"), ("parl02", "Monday"), ("parl05", "Sunday"),
    ("parl06", "Wednesday"), ("wire01", "Thursday morning"), ("wire02", "Friday"),
    ("wire03", "Monday"), ("wire03", "Friday"), ("wire04", "Thursday"),
    ("wire05", "Saturday"), ("wire06", "Monday@2"), ("hist02", "Saturday"),
    ("hist04", "Saturday"), ("hist06", "Friday"),
}
# bare weekday references resolved against a date set in the text, not the DCT
ANCHOR = {
    ("hist04", "Thursday"): (dt.date(1991, 10, 14), "future"),
    ("hist04", "Monday evening"): (dt.date(1991, 10, 14), "same"),
    ("parl04", "Tuesday night"): (dt.date(1997, 12, 5), "past"),
}
weekday_pairs = []
for d in docs:
    seen = collections.Counter()
    for t in d["timexes"]:
        m = WDRX.search(t["text"])
        if not m:
            continue
        wd = WD.index(m.group(1).lower())
        seen[t["text"]] += 1
        key = t["text"] if seen[t["text"]] == 1 else "%s@%d" % (t["text"], seen[t["text"]])
        if t["type"] == "SET":
            if t["value"] != "XXXX-WXX-%d" % (wd + 1):
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
        if re.search(r"\d{4}", t["text"]) or re.search(r"\b\d{1,2}\b", t["text"].replace("a.m.", "").replace("p.m.", "")) and not re.search(r"\d+(:\d+)?\s*[ap]\.m\.", t["text"]):
            continue  # weekday given with an explicit date: only the weekday check applies
        if (d["doc_id"], key) in ANCHOR:
            anchor, direction = ANCHOR[(d["doc_id"], key)]
        elif d["dct"]:
            anchor = dt.date.fromisoformat(d["dct"])
            direction = "future" if (d["doc_id"], key) in FUTURE else "past"
        else:
            err("%s: bare weekday %r in an undated text" % (d["doc_id"], t["text"]))
            continue
        if direction == "future":
            exp = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        elif direction == "same":
            exp = anchor
        else:  # past, or the anchor day itself
            exp = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)
        if day != exp:
            err("%s: %r (%s) resolves to %s, expected %s" % (d["doc_id"], key, direction, day, exp))

# ------------------------------------------------------------- 5. deixis
def week(x, off=0):
    y, w, _ = (x + dt.timedelta(weeks=off)).isocalendar()
    return "%d-W%02d" % (y, w)


def month(x, off=0):
    y, m = x.year, x.month + off
    while m < 1:
        y, m = y - 1, m + 12
    while m > 12:
        y, m = y + 1, m - 12
    return "%d-%02d" % (y, m)


NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "sixty": 60, "ten": 10}
DEIXIS = {
    "yesterday": lambda x: str(x - dt.timedelta(1)),
    "today": lambda x: str(x),
    "tonight": lambda x: "%sTNI" % x,
    "this morning": lambda x: "%sTMO" % x,
    "last week": lambda x: week(x, -1),
    "this week": lambda x: week(x),
    "later this week": lambda x: week(x),
    "next week": lambda x: week(x, 1),
    "the weekend": lambda x: week(x) + "-WE",
    "this weekend": lambda x: week(x) + "-WE",
    "last weekend": lambda x: week(x, -1) + "-WE",
    "last month": lambda x: month(x, -1),
    "earlier this month": lambda x: month(x),
    "later this month": lambda x: month(x),
    "next month": lambda x: month(x, 1),
    "last year": lambda x: str(x.year - 1),
    "this year": lambda x: str(x.year),
    "next year": lambda x: str(x.year + 1),
    "early next year": lambda x: str(x.year + 1),
    "now": lambda x: "PRESENT_REF",
    "nowadays": lambda x: "PRESENT_REF",
    "today*": lambda x: "PRESENT_REF",
    "currently": lambda x: "PRESENT_REF",
    "recently": lambda x: "PAST_REF",
    "the future": lambda x: "FUTURE_REF",
    "the near future": lambda x: "FUTURE_REF",
}
n_deixis = 0
for d in docs:
    x = dt.date.fromisoformat(d["dct"]) if d["dct"] else None
    for t in d["timexes"]:
        low = t["text"].lower()
        if low == "today" and x is None:
            low = "today*"
        if low in DEIXIS:
            if x is None and low not in ("now", "nowadays", "today*", "currently", "recently",
                                         "the future", "the near future"):
                err("%s: deictic %r in an undated text" % (d["doc_id"], t["text"]))
                continue
            exp = DEIXIS[low](x)
            n_deixis += 1
            if t["value"] != exp:
                err("%s: %r = %r, expected %r from DCT" % (d["doc_id"], t["text"], t["value"], exp))
        m = re.match(r"^(\w+) (year|week)s ago( this month)?$", low)
        if m and x:
            n = NUM[m.group(1)]
            n_deixis += 1
            if m.group(2) == "week":
                exp = str(x - dt.timedelta(weeks=n))
            elif m.group(3):
                exp = "%d-%02d" % (x.year - n, x.month)
            else:
                exp = str(x.year - n)
            if t["value"] != exp:
                err("%s: %r = %r, expected %r" % (d["doc_id"], t["text"], t["value"], exp))
        m = re.match(r"^last (january|february|march|april|may|june|july|august|september|october|november|december)$", low)
        if m and x:
            mo = list(calendar.month_name).index(m.group(1).capitalize())
            y = x.year if mo < x.month else x.year - 1
            n_deixis += 1
            if t["value"] != "%d-%02d" % (y, mo):
                err("%s: %r = %r" % (d["doc_id"], t["text"], t["value"]))

# ---------------------------------------------- 6. anchored date arithmetic
def val(doc, text, occ=1):
    hits = [t for t in D[doc]["timexes"] if t["text"] == text]
    if len(hits) < occ:
        err("%s: no timex %r" % (doc, text))
        return None
    return hits[occ - 1]["value"]


def add_months(y, m, k):
    m0 = y * 12 + (m - 1) + k
    return "%d-%02d" % (m0 // 12, m0 % 12 + 1)


ARITH = [
    # (doc, timex text, expected value, how it follows from the text)
    ("hist01", "the following spring", "%d-SP" % (1846 + 1), "1846 + 1"),
    ("hist01", "six weeks later", str(dt.date(1852, 8, 14) + dt.timedelta(weeks=6)), "14 Aug 1852 + 6 weeks"),
    ("hist01", "7 a.m.", str(dt.date(1852, 8, 14) + dt.timedelta(weeks=6)) + "T07:00", "day of first passenger train"),
    ("hist01", "the following year", str(1881 + 1), "1881 + 1"),
    ("hist01", "two years later", str(1967 + 2), "autumn 1967 + 2 years"),
    ("hist02", "Sixty years ago this month", "%d-03" % (2016 - 60), "DCT 2016-03 - 60 years"),
    ("hist02", "Two weeks later", str(dt.date(1956, 3, 5) + dt.timedelta(weeks=2)), "5 Mar 1956 + 2 weeks"),
    ("hist02", "the end of the month", "1956-03", "month of the strike's start"),
    ("hist02", "seven weeks", "P%dW" % ((dt.date(1956, 4, 23) - dt.date(1956, 3, 5)).days // 7), "5 Mar -> 23 Apr 1956"),
    ("hist02", "That autumn", "1956-FA", "year of the strike"),
    ("hist02", "the following year", "1957", "1956 + 1"),
    ("hist03", "eighteen months later", add_months(1890, 5, 18), "May 1890 + 18 months"),
    ("hist03", "that July", "1892-07", "year of the telescope's arrival"),
    ("hist03", "twenty-six years", "P%dY" % (1916 - 1890), "1890 -> 1916"),
    ("hist03", "the following decade", "%d" % ((1943 // 10 + 1)), "decade after the 1940s"),
    ("hist04", "the next day", str(dt.date(1991, 10, 13) + dt.timedelta(1)), "13 Oct 1991 + 1 day"),
    ("hist04", "Monday evening", "%sTEV" % (dt.date(1991, 10, 13) + dt.timedelta(1)), "the next day, a Monday"),
    ("hist04", "That winter", "1991-WI", "year of the flood"),
    ("hist04", "four years later", str(1994 + 4), "1994 + 4"),
    ("hist05", "forty-two years", "P%dY" % (1229 - 1187), "1187 -> 1229"),
    ("hist05", "the same summer", "1348-SU", "year of the fire"),
    ("hist05", "a decade later", str(1525 + 10), "1525 + 10"),
    ("hist05", "the following March", "1807-03", "first March after 3 Feb 1807"),
    ("hist06", "A century later", str(1908 + 100), "1908 + 100"),
    ("hist06", "four years later", str(1908 + 4), "1908 + 4"),
    ("hist06", "the following afternoon", "%sTAF" % (dt.date(1931, 6, 11) + dt.timedelta(1)), "11 Jun 1931 + 1 day"),
    ("hist06", "three years later", str(1974 + 3), "1974 + 3"),
    ("parl01", "the past nine years", "P%dY" % (1993 - 1984), "in power since 1984"),
    ("parl04", "68 days", "P%dD" % ((dt.date(1997, 12, 5) - dt.date(1997, 9, 29)).days + 1), "29 Sep -> 5 Dec 1997 inclusive"),
    ("parl04", "the following morning", "%sTMO" % (dt.date(1997, 12, 2) + dt.timedelta(1)), "Tuesday 2 Dec 1997 + 1"),
    ("wire01", "17-day", "P%dD" % ((dt.date(1999, 8, 10) - dt.date(1999, 7, 25)).days + 1), "25 Jul -> 10 Aug 1999 inclusive"),
    ("wire02", "40 minutes later", (dt.datetime(2005, 4, 5, 18, 30) + dt.timedelta(minutes=40)).strftime("%Y-%m-%dT%H:%M"), "18:30 + 40 min"),
    ("wire02", "July of that year", "2003-07", "year named in the sentence"),
    ("wire05", "four days", "P%dD" % (dt.date(2019, 9, 13) - dt.date(2019, 9, 9)).days, "Mon 9 -> Fri 13 Sep 2019"),
    ("bus01", "the year-earlier quarter", "2018-Q4", "2019-Q4 - 1 year"),
    ("bus02", "a year earlier", "1994-Q4", "1995-Q4 - 1 year"),
    ("bus03", "the previous three months", "2014-Q2", "quarter before 2014-Q3"),
    ("bus03", "a year earlier", "2013-Q3", "2014-Q3 - 1 year"),
    ("bus04", "the previous year", "2001", "fiscal 2002 - 1"),
    ("bus04", "a year earlier", "2000-Q4", "2001-Q4 - 1 year"),
    ("bus06", "the same period last year", "1987-H1", "1988-H1 - 1 year"),
]
for doc, text, exp, why in ARITH:
    v = val(doc, text)
    if v is not None and v != exp:
        err("%s: %r = %r, expected %r (%s)" % (doc, text, v, exp, why))

# ------------------------------------------- 7. explicit surface components
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
n_explicit = 0
# yearless month/day expressions that take their year from the narrative, not the DCT
NARRATIVE_YEAR = {
    ("wire02", "July of that year"): "2003",            # "since 2003, when ..."
    ("hist02", "April"): "1956",                        # strike of March 1956
    ("hist02", "23 April"): "1956",
    ("hist02", "the night of Wednesday 14 March"): "1956",
}
for d in docs:
    x = dt.date.fromisoformat(d["dct"]) if d["dct"] else None
    for t in d["timexes"]:
        s, v, low = t["text"], t["value"], t["text"].lower()
        if t["type"] not in ("DATE", "TIME"):
            continue
        # centuries ("the 1400s") before decades ("the 1870s")
        m = re.search(r"\b(\d{2})00s\b", s)
        if m and int(m.group(1)) < 19:  # "the 1400s" = century; "the 2000s" read as a decade
            n_explicit += 1
            if v != m.group(1):
                err("%s: century %r -> %r" % (d["doc_id"], s, v))
            continue
        m = re.search(r"\b(\d{3})0s\b", s)
        if m:
            n_explicit += 1
            if v != m.group(1):
                err("%s: decade %r -> %r" % (d["doc_id"], s, v))
            continue
        m = re.search(r"\b(\d{1,2})(st|nd|rd|th) century\b", low)
        if m:
            n_explicit += 1
            if v != "%02d" % (int(m.group(1)) - 1):
                err("%s: century %r -> %r" % (d["doc_id"], s, v))
            continue
        # numeric dd/mm/yyyy (only unambiguous ones are used)
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
        if m:
            a, b, y = map(int, m.groups())
            n_explicit += 1
            if not (a > 12 and v == "%04d-%02d-%02d" % (y, b, a)):
                err("%s: numeric date %r -> %r" % (d["doc_id"], s, v))
            continue
        year = re.search(r"\b(\d{4})\b", s)
        mon = None
        for w in re.findall(r"[a-z]+", low):
            if w in MONTHS and not (w == "may" and s[0].islower()):
                mon = MONTHS[w]
        day = re.search(r"\b(\d{1,2})(st|nd|rd|th)?\b(?!:|\.\d| [ap]\.m)", s)
        day = int(day.group(1)) if day and (mon or re.search(r"\d(st|nd|rd|th) of", low)) else None
        if year:
            n_explicit += 1
            if not v.startswith(year.group(1)):
                err("%s: year in %r vs %r" % (d["doc_id"], s, v))
        if mon and re.search(r"-Q\d$", v):
            mon = None  # "the March quarter", "the July-September quarter": checked below
        if mon:
            n_explicit += 1
            if not re.match(r"^(\d{4}|XXXX)-%02d" % mon, v):
                err("%s: month in %r vs %r" % (d["doc_id"], s, v))
            if (d["doc_id"], s) in NARRATIVE_YEAR:
                if v[:4] != NARRATIVE_YEAR[(d["doc_id"], s)]:
                    err("%s: %r should take the narrative year %s: %r" % (d["doc_id"], s, NARRATIVE_YEAR[(d["doc_id"], s)], v))
            elif not year and x and v[:4] not in (str(x.year - 1), str(x.year), str(x.year + 1)) and not v.startswith("XXXX"):
                err("%s: yearless %r resolved far from DCT: %r" % (d["doc_id"], s, v))
        if day:
            if not re.match(r"^\d{4}-\d{2}-%02d" % day, v):
                err("%s: day in %r vs %r" % (d["doc_id"], s, v))
        for w, code in SEASON.items():
            if re.search(r"\b%s\b" % w, low) and not v.endswith(code):
                err("%s: season %r vs %r" % (d["doc_id"], s, v))
        m = re.search(r"\b(first|second|third|fourth)(-| )quarter\b", low)
        if m and not v.endswith("Q%d" % ORD[m.group(1)]):
            err("%s: quarter %r vs %r" % (d["doc_id"], s, v))
        m = re.search(r"\b(first|second) half\b", low)
        if m and not v.endswith("H%d" % ORD[m.group(1)]):
            err("%s: half %r vs %r" % (d["doc_id"], s, v))
        for w, q in (("march quarter", "Q1"), ("december quarter", "Q4"), ("july-september", "Q3"),
                     ("october-december", "Q4")):
            if w in low and not v.endswith(q):
                err("%s: %r vs %r" % (d["doc_id"], s, v))
        m = re.search(r"\b(\d{1,2})(?::(\d{2})|\.(\d{2}))? ?([ap])\.m\.", s)
        if m:
            h = int(m.group(1)) % 12 + (12 if m.group(4) == "p" else 0)
            mi = int(m.group(2) or m.group(3) or 0)
            if not v.endswith("T%02d:%02d" % (h, mi)):
                err("%s: clock %r vs %r" % (d["doc_id"], s, v))
        if low == "noon" and not v.endswith("T12:00"):
            err("%s: noon %r" % (d["doc_id"], v))
        for w, code in (("morning", "TMO"), ("afternoon", "TAF"), ("evening", "TEV"), ("night", "TNI")):
            if re.search(r"\b%s\b" % w, low) and not v.endswith(code):
                err("%s: part of day %r vs %r" % (d["doc_id"], s, v))

# ------------------------------------------------ 8. distractors (negatives)
NEG = {
    "modal 'may'": r"\bmay\b(?= (not|still|be|yet|have))",
    "'march' verb/noun": r"\bmarch\b",
    "'Sunday' in a paper's name": r"\bSunday (Ledger|Clarion)\b",
    "'august' adjective": r"\b[Aa]ugust (patron|though)\b",
    "ordinal 'second'": r"\bsecond\b(?![ -](quarter|half))",
    "age (N-year-old / at the age of)": r"\b\d+-year-old\b|\bat the age of\b|, \d\d, ",
    "'anniversary' (not tagged)": r"\banniversary\b|\bcentenary\b",
}
neg_counts = collections.Counter()
for d in docs:
    spans = [(t["start"], t["end"]) for t in d["timexes"]]
    for name, rx in NEG.items():
        for m in re.finditer(rx, d["text"], flags=0 if name.startswith("'Sunday") or name.startswith("modal") is False else 0):
            if any(s <= m.start() < e for s, e in spans):
                err("%s: distractor %s inside a timex" % (d["doc_id"], name))
            neg_counts[name] += 1

# ----------------------------------------------------------------- report
types = collections.Counter(t["type"] for d in docs for t in d["timexes"])
print("documents: %d  timexes: %d  by type: %s" % (len(docs), sum(types.values()), dict(sorted(types.items()))))
for g in GENRES:
    c = collections.Counter(t["type"] for d in docs if d["genre"] == g for t in d["timexes"])
    print("  %-10s %3d  %s" % (g, sum(c.values()), dict(sorted(c.items()))))
print("weekday/date pairs checked with datetime: %d" % len(weekday_pairs))
for p in weekday_pairs:
    print("   %-7s %-34r %-22s %s" % p)
print("deictic expressions checked against the DCT: %d" % n_deixis)
print("anchored arithmetic assertions: %d" % len(ARITH))
print("explicit year/month/decade/century components checked: %d" % n_explicit)
print("distractors outside timexes: %s" % dict(neg_counts))
if errors:
    print("\nFAILED: %d problem(s)" % len(errors))
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
