#!/usr/bin/env python3
"""Validate the held-out TIMEX3 gold (stdlib only).

    python3 check_gold.py [heldout.jsonl | heldout2.jsonl | heldout3.jsonl | heldout4.jsonl]

Checks every document and every timex: required fields, unique doc_ids, genre, dct an ISO date
or null, offsets inside the text and text[start:end] == the timex text, no surrounding
whitespace, no overlapping spans, type in DATE/TIME/DURATION/SET, and a well-formed TIMEX3 value
for that type (see VALUE FORMS below). Prints counts per genre and per type. Exits 1 on any
problem.
"""
import collections
import datetime as dt
import json
import os
import re
import sys

# genres of heldout.jsonl, heldout2.jsonl, heldout3.jsonl, heldout4.jsonl, heldout5.jsonl, heldout6.jsonl, heldout7.jsonl, heldout8.jsonl, then heldout9.jsonl
GENRES = {"wikinews", "newswire", "narrative", "politics_wire", "analysis", "bulletin", "broadcast", "economy",
          "diplomatic", "courts", "memoir", "campaign", "parliament", "wire", "history", "business",
          "obituary", "press_release", "editorial", "local_news", "interview", "financial_results",
          "weather_emergency", "chronology", "live_blog", "sport", "health_science", "agenda",
          "police_reports", "culture_reviews", "transport_notices", "election_results"}
TYPES = {"DATE", "TIME", "DURATION", "SET"}

# VALUE FORMS -------------------------------------------------------------------------------
YEAR = r"(?:\d{4}|XXXX)"
CAL = rf"{YEAR}(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?)?"           # 2006, 2006-03, 2006-03-03, XXXX-06-12
WEEK = rf"{YEAR}-W(?:\d{{2}}|XX)(?:-(?:[1-7]|WE))?"                  # 2006-W09, 2004-W24-WE, XXXX-WXX-2
PART = rf"{YEAR}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)"                       # 2011-Q1, 1999-H2, 2010-SP
DECADE_CENTURY = r"\d{3}|\d{2}"                                      # 199 (1990s), 19 (20th century)
REF = r"PRESENT_REF|PAST_REF|FUTURE_REF"
DATE_VALUE = re.compile(rf"^(?:{CAL}|{WEEK}|{PART}|{DECADE_CENTURY}|{REF})$")
TIME_SUFFIX = r"T(?:(?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d)?|MO|MI|AF|EV|NI|DT)"
TIME_VALUE = re.compile(rf"^(?:{CAL}|{WEEK}){TIME_SUFFIX}$")
N = r"(?:\d+|X)"
DURATION_VALUE = re.compile(
    rf"^P(?=.)(?:{N}Y)?(?:{N}M)?(?:{N}W)?(?:{N}D)?(?:T(?=.)(?:{N}H)?(?:{N}M)?(?:{N}S)?)?$")
# SET: a period (P1Y, P1W, PT4M) or an X-anchored calendar pattern (XXXX-WXX-1, XXXX-SU,
# XXXX-06, XXXX-XX-XXTEV).
SET_PATTERN = re.compile(rf"^XXXX(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?|-W(?:\d{{2}}|XX)(?:-[1-7])?"
                         rf"|-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?(?:{TIME_SUFFIX})?$")


def calendar_ok(value):
    """Reject impossible months/days/weeks in fully specified parts."""
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            return False
        if d is not None:
            try:
                dt.date(y, mo, int(d))
            except ValueError:
                return False
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if m:
        y, w = int(m.group(1)), int(m.group(2))
        last = dt.date(y, 12, 28).isocalendar()[1]
        if not 1 <= w <= last:
            return False
    m = re.match(r"^XXXX-(\d{2})(?:-(\d{2}))?", value)
    if m:
        if not 1 <= int(m.group(1)) <= 12:
            return False
        if m.group(2) and not 1 <= int(m.group(2)) <= 31:
            return False
    return True


def value_ok(typ, value):
    if not isinstance(value, str) or not value:
        return False
    if typ == "DATE":
        return bool(DATE_VALUE.match(value)) and calendar_ok(value)
    if typ == "TIME":
        return bool(TIME_VALUE.match(value)) and calendar_ok(value)
    if typ == "DURATION":
        return bool(DURATION_VALUE.match(value))
    if typ == "SET":
        return bool(DURATION_VALUE.match(value) or SET_PATTERN.match(value)) and calendar_ok(value)
    return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "heldout.jsonl")
    problems = []
    seen = set()
    by_genre = collections.Counter()
    docs_by_genre = collections.Counter()
    by_type = collections.Counter()
    by_genre_type = collections.Counter()
    ndocs = 0

    def bad(msg):
        problems.append(msg)

    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                bad(f"line {lineno}: empty line")
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"line {lineno}: bad JSON ({e})")
                continue
            ndocs += 1
            did = doc.get("doc_id")
            where = f"line {lineno} ({did})"
            for key in ("doc_id", "dct", "genre", "text", "timexes"):
                if key not in doc:
                    bad(f"{where}: missing field {key!r}")
            if not isinstance(did, str) or not did:
                bad(f"{where}: doc_id must be a non-empty string")
            elif did in seen:
                bad(f"{where}: duplicate doc_id")
            seen.add(did)
            genre = doc.get("genre")
            if genre not in GENRES:
                bad(f"{where}: bad genre {genre!r}")
            dct = doc.get("dct")
            if dct is not None:
                try:
                    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
                        raise ValueError
                    dt.date.fromisoformat(dct)
                except (TypeError, ValueError):
                    bad(f"{where}: dct {dct!r} is not an ISO date or null")
            text = doc.get("text")
            if not isinstance(text, str):
                bad(f"{where}: text must be a string")
                continue
            docs_by_genre[genre] += 1
            spans = []
            for i, t in enumerate(doc.get("timexes") or []):
                tw = f"{where} timex {i}"
                try:
                    s, e = t["start"], t["end"]
                    ttext, typ, value = t["text"], t["type"], t["value"]
                except (KeyError, TypeError):
                    bad(f"{tw}: missing start/end/text/type/value")
                    continue
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                    bad(f"{tw}: bad offsets {s}-{e}")
                    continue
                if text[s:e] != ttext:
                    bad(f"{tw}: text[{s}:{e}] = {text[s:e]!r} != {ttext!r}")
                if ttext != ttext.strip():
                    bad(f"{tw}: span {ttext!r} has surrounding whitespace")
                if typ not in TYPES:
                    bad(f"{tw}: bad type {typ!r}")
                elif not value_ok(typ, value):
                    bad(f"{tw}: malformed {typ} value {value!r} for {ttext!r}")
                spans.append((s, e, ttext))
                by_type[typ] += 1
                by_genre[genre] += 1
                by_genre_type[(genre, typ)] += 1
            spans.sort()
            for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
                if s2 < e1:
                    bad(f"{where}: overlapping spans {t1!r} [{s1},{e1}) and {t2!r} [{s2},{e2})")

    print(f"{path}: {ndocs} documents, {sum(by_type.values())} timexes")
    types = ["DATE", "TIME", "DURATION", "SET"]
    print(f"{'genre':10s} {'docs':>5s} {'timexes':>8s} " + " ".join(f"{t:>9s}" for t in types))
    for g in sorted(docs_by_genre, key=str):
        print(f"{str(g):10s} {docs_by_genre[g]:5d} {by_genre[g]:8d} "
              + " ".join(f"{by_genre_type[(g, t)]:9d}" for t in types))
    print(f"{'total':10s} {ndocs:5d} {sum(by_type.values()):8d} "
          + " ".join(f"{by_type[t]:9d}" for t in types))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
