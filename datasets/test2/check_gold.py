#!/usr/bin/env python3
"""Validate the held-out event gold set (gold.jsonl + articles/*.txt).

Checks
  * every gold article has a text file and vice versa; texts are UTF-8, LF only, 250-450 words;
  * "published" is ISO (date or date+time) and a rendering of that date is printed in the text;
    null "published" comes with a two-date published_inferred_range and no printed full date;
  * every event has the gold-format keys; type/alt_types/status are valid values;
  * every trigger is a substring of exactly one line of its article and not inside a forbidden passage;
  * every forbidden string is a substring of exactly one line;
  * dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD), date_start <= date_end, alternatives well formed;
  * weekday claims: a weekday named in an event's date_text must be the weekday of its date_start
    or date_end; every "Weekday, Month Day" / "Weekday Day Month Year" printed in a text falls on
    that weekday in the article's year;
  * relative dates: the CLAIMS table below recomputes each relative/partial expression with
    datetime from the publication date (for every day of an inferred range) and compares with gold.
Exit status 1 when anything is reported.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ART = HERE / "articles"
TYPES = {"party_congress", "party_meeting", "plenary_meeting", "legislative_session", "election_or_appointment",
         "dismissal_or_resignation", "vote_or_referendum", "summit_or_meeting", "speech_or_statement", "agreement",
         "sanctions", "protest", "attack", "military_exercise", "military_parade", "weapons_test",
         "arrest_or_detention", "disaster"}
STATUSES = {"occurred", "ongoing", "planned", "expected", "negated", "hypothetical"}
KEYS = {"type", "alt_types", "trigger", "date_start", "date_end", "date_alternatives", "date_loose", "status",
        "actors", "location", "required", "date_text", "notes"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = list(calendar.month_name)[1:]
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems: list[str] = []


def report(msg: str) -> None:
    problems.append(msg)


# ---------------------------------------------------------------- date helpers
def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def floor(s: str) -> dt.date:
    p = [int(x) for x in s.split("-")]
    return dt.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)


def ceil(s: str) -> dt.date:
    p = [int(x) for x in s.split("-")]
    if len(p) == 1:
        return dt.date(p[0], 12, 31)
    if len(p) == 2:
        return dt.date(p[0], p[1], calendar.monthrange(p[0], p[1])[1])
    return dt.date(*p)


def wdi(name: str) -> int:
    return WEEKDAYS.index(name)


def prev_wd(anchor: dt.date, name: str, same_ok: bool = False) -> dt.date:
    """Most recent `name` before anchor ('on Tuesday' in past tense)."""
    delta = (anchor.weekday() - wdi(name)) % 7
    if delta == 0 and not same_ok:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def next_wd(anchor: dt.date, name: str, same_ok: bool = False) -> dt.date:
    """Next `name` after anchor ('will vote on Tuesday')."""
    delta = (wdi(name) - anchor.weekday()) % 7
    if delta == 0 and not same_ok:
        delta = 7
    return anchor + dt.timedelta(days=delta)


def week(anchor: dt.date, k: int) -> tuple[str, str]:
    """Monday..Sunday of the ISO week k weeks from anchor's week (k=-1 last week, +1 next week)."""
    mon = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=k)
    return mon.isoformat(), (mon + dt.timedelta(days=6)).isoformat()


def month(anchor: dt.date, k: int) -> str:
    """'YYYY-MM' of the month k months from anchor ('next month' k=1, 'last month' k=-1)."""
    m = anchor.year * 12 + anchor.month - 1 + k
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def month_named(anchor: dt.date, name: str, direction: str) -> str:
    """'in October' read as past or future relative to anchor -> 'YYYY-MM'."""
    m = MONTHS.index(name) + 1
    y = anchor.year
    if direction == "past" and m >= anchor.month:
        y -= 1
    if direction == "future" and m <= anchor.month:
        y += 1
    return f"{y:04d}-{m:02d}"


def day_named(anchor: dt.date, m: int, d: int, direction: str) -> str:
    """Year-less 'December 18' / 'September 24' read as past or future (or 'same') relative to anchor."""
    c = dt.date(anchor.year, m, d)
    if direction == "past" and c > anchor:
        c = dt.date(anchor.year - 1, m, d)
    if direction == "future" and c < anchor:
        c = dt.date(anchor.year + 1, m, d)
    return c.isoformat()


def plus(s: str, days: int) -> str:
    return (D(s) + dt.timedelta(days=days)).isoformat()


# ---------------------------------------------------------------- relative-date claims
# (article_id, trigger, function(pub_date) -> (start, end)); each is recomputed for every candidate
# publication day and compared with gold date_start/date_end (None, None for undated events).
def _c01(p):
    parade = day_named(p, 2, 8, "past")                          # "on February 8", dateline February 9
    return {
        "A grand military parade celebrating": (parade, parade),
        "delivered a speech": (parade, parade),
        "joint military drills": (month_named(p, "March", "future"),) * 2,
        "successfully test-fired": (f"{p.year - 1}-12-18",) * 2,   # "December 18 last year"
        "enlarged meeting of the Central Military Commission": (plus(parade, -1),) * 2,  # "the previous day"
        "a session of the SPA would be convened": (f"{p.year}-03-21", f"{p.year}-03-31"),  # "late March"
    }


def _c02(p):
    tue = next_wd(p, "Tuesday")
    return {
        "fired tear gas at hundreds of protesters": (prev_wd(p, "Thursday", True).isoformat(),) * 2,
        "37 people had been arrested": (prev_wd(p, "Wednesday").isoformat(),) * 2,
        "Lawmakers will vote on Tuesday": (tue.isoformat(),) * 2,
        "special sitting": (tue.isoformat(),) * 2,                  # "on the same day"
        "In a televised address on Friday": (prev_wd(p, "Friday").isoformat(),) * 2,
        "A meeting between transport unions": (prev_wd(p, "Wednesday").isoformat(),) * 2,
        "nationwide strike": (None, None),
        "suspended its director-general": (f"{p:%Y-%m}-01", p.isoformat()),   # "earlier this month"
    }


def _c03(p):
    tue = prev_wd(p, "Tuesday").isoformat()
    return {
        "comfortably survived a censure motion": (tue, tue),
        "extraordinary session of Parliament": (f"{p.year}-07-01", next_wd(p, "Friday").isoformat()),
        "told deputies": (tue, tue),
        "was appointed in October": (month_named(p, "October", "past"),) * 2,
        "met the leaders of the five main union confederations": week(p, -1),
        "Several thousand people marched": (prev_wd(p, "Saturday").isoformat(),) * 2,
        "nationwide day of strikes and demonstrations": (day_named(p, 9, 24, "future"),) * 2,
        "obliged to hand the government's resignation": (None, None),
    }


def _c04(p):
    wed = prev_wd(p, "Wednesday").isoformat()
    return {
        "approve a tenth package of sanctions": week(p, +1),
        "signed an agreement in Kyiv": (prev_wd(p, "Thursday", True).isoformat(),) * 2,
        "two-day meeting in Brussels": (plus(wed, -1), wed),
        "Russia fired 36 missiles": (p.isoformat(),) * 2,
        "Russian shelling killed two civilians": (prev_wd(p, "Tuesday").isoformat(),) * 2,
        "snap inspection of the combat readiness": (prev_wd(p, "Monday").isoformat(),) * 2,
        "full-scale invasion on 24 February": (f"{p.year - 1}-02-24",) * 2,
    }


def _c05(p):
    return {
        "He left Parliament on Wednesday": (prev_wd(p, "Wednesday").isoformat(),) * 2,
        "said in a statement on Monday": (prev_wd(p, "Monday").isoformat(),) * 2,
        "The by-election is expected to be held in October": (month_named(p, "October", "future"),) * 2,
        "constituency executive will meet on Tuesday": (next_wd(p, "Tuesday").isoformat(),) * 2,
        "won the seat at the general election": (f"{p.year - 1}-05",) * 2,      # "May of last year"
        "Around 200 people protested": (prev_wd(p, "Saturday").isoformat(),) * 2,
        "met the health minister in London last month": (month(p, -1),) * 2,
        "but said yesterday that she had received": (plus(p.isoformat(), -1),) * 2,
    }


def _c06(p):
    thu = prev_wd(p, "Thursday", True).isoformat()
    return {
        "last Tuesday's landslide": (plus(thu, -2),) * 2,          # "two days after the hillside gave way"
        "will hold a review meeting": (next_wd(p, "Saturday").isoformat(),) * 2,   # and printed "July 20"
        "the Chief Minister told reporters": (thu, thu),
        "staged a sit-in near Janata Bhawan": (prev_wd(p, "Wednesday").isoformat(),) * 2,
        "Police detained 23 of the protesters": (prev_wd(p, "Wednesday").isoformat(),) * 2,
        "autumn session, due to begin on August 22": (day_named(p, 8, 22, "future"),) * 2,
        "suspended an executive engineer": (None, None),
        # "since early this month": first of the month up to the latest possible publication day
        "The flood situation in Assam remained grim": (f"{p:%Y-%m}-01", "2024-07-19"),
    }


def _c07(p):
    thu = prev_wd(p, "Thursday")
    return {
        "four-day plenary that ended on Thursday": ((thu - dt.timedelta(days=3)).isoformat(), thu.isoformat()),
        "communique released by the state news agency": (thu.isoformat(),) * 2,
        "spoke by phone on Friday": (prev_wd(p, "Friday").isoformat(),) * 2,
        "called off the Asia-Pacific Economic Cooperation summit": (day_named(p, 11, 16, "future"),
                                                                    day_named(p, 11, 17, "future")),
        "vast military parade in Beijing on October 1": (day_named(p, 10, 1, "past"),) * 2,
        "first-phase trade agreement": (None, None),
        "No such appointment was announced": (None, None),
    }


def _c08(p):
    conf = day_named(p, 12, 28, "past")
    return {
        "13th National Congress of the Communist Party of Viet Nam": (f"{p.year + 1}-01-25", f"{p.year + 1}-02-02"),
        "a conference of the Party Central Committee's Organisation Commission": (conf, conf),
        "15th plenum, held from December 16 to 20": (day_named(p, 12, 16, "past"), day_named(p, 12, 20, "past")),
        "In his closing speech at the plenum": (day_named(p, 12, 20, "past"),) * 2,
        "elections of deputies to the 15th National Assembly": (day_named(p, 5, 23, "future"),) * 2,
        "historic floods and landslides in October": (month_named(p, "October", "past"),) * 2,
        "the Prime Minister received the visiting Deputy Prime Minister of Laos": (conf, conf),
        "signed a memorandum of understanding": (conf, conf),
    }


def _c09(p):
    mon = prev_wd(p, "Monday").isoformat()
    return {
        "approved the government's pension reform in a first-round vote": (prev_wd(p, "Tuesday").isoformat(),) * 2,
        "second-round vote": (f"{p.year}-10-11", f"{p.year}-10-20"),
        "economy ministry said in a statement on Wednesday": (prev_wd(p, "Wednesday").isoformat(),) * 2,
        "resigned from the post on Monday": (mon, mon),
        "Two days later the presidency named": (plus(mon, 2),) * 2,
        "Federal Police arrested two former state officials": (prev_wd(p, "Thursday", True).isoformat(),) * 2,
        "called demonstrations in more than 20 cities for Sunday": (next_wd(p, "Sunday").isoformat(),) * 2,
        "passed by the lower house in August": (month_named(p, "August", "past"),) * 2,
    }


def _c10(p):
    end = day_named(p, 1, 3, "past")
    return {
        "EU foreign ministers agreed on Monday to ban new contracts": (prev_wd(p, "Monday").isoformat(),) * 2,
        "told a weekly news conference in Tehran on Tuesday": (prev_wd(p, "Tuesday", True).isoformat(),) * 2,
        "sanctions Washington imposed on Iran's central bank late last year": (f"{p.year - 1}-09", f"{p.year - 1}-12"),
        "ten-day naval exercise near the Strait of Hormuz": (plus(end, -9), end),
        "the navy test-fired": (end, end),                            # "On the final day of the drills"
        "another exercise in the Gulf next month": (month(p, 1),) * 2,
        "could vote on it as early as next week": week(p, +1),
        "held in Istanbul a year ago": (month(p, -12),) * 2,
    }


def _c11(p):
    sun = prev_wd(p, "Sunday").isoformat()
    return {
        "told a news conference in Islamabad on Monday": (prev_wd(p, "Monday", True).isoformat(),) * 2,
        "has called off a visit to Qatar": (next_wd(p, "Wednesday").isoformat(),) * 2,
        "blocked the Indus Highway": (sun, sun),
        "chaired an emergency meeting": (sun, sun),
        "since the monsoon floods began in mid-June": (f"{p.year}-06-11", p.isoformat()),
        "donor conference in Geneva next month": (month(p, 1),) * 2,
    }


def _c12(p):
    tue = next_wd(p, "Tuesday").isoformat()
    return {
        "MPs will vote on Tuesday": (tue, tue),
        "would have to resign": (None, None),
        "National Working Committee met on Monday": (prev_wd(p, "Monday").isoformat(),) * 2,
        "fired the respected finance minister": (month_named(p, "March", "past"),) * 2,
        "walked out of the State of the Nation address": ("2016-02",) * 2,   # "February of the same year" (2016)
        "plan to march on Parliament": (tue, tue),                              # "on the day of the vote"
        "national elective conference in December": (month_named(p, "December", "future"),) * 2,
    }


CLAIMS = {"01": _c01, "02": _c02, "03": _c03, "04": _c04, "05": _c05, "06": _c06,
          "07": _c07, "08": _c08, "09": _c09, "10": _c10, "11": _c11, "12": _c12}

# Weekdays printed in mastheads/datelines: (article_id, printed words, ISO date)
PRINTED_WEEKDAYS = [("05_uk_darlington_mp_quits", "Thursday 8 September 2011", "2011-09-08"),
                    ("07_china_plenum_analysis", "Sat 2 Nov 2019", "2019-11-02"),
                    ("06_assam_floods_landslide", "Saturday, July 20", "2024-07-20")]


def renderings(d: dt.date) -> list[str]:
    return [d.strftime(f) for f in ("%d/%m/%Y", "%B %-d, %Y", "%-d %B %Y", "%d %B %Y", "%-d %b %Y", "%d %b %Y",
                                    "%Y-%m-%d")]


def main() -> int:
    gold = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [g["article_id"] for g in gold]
    files = sorted(p.stem for p in ART.glob("*.txt"))
    if sorted(ids) != files:
        report(f"article ids {sorted(ids)} != files {files}")
    if len(set(ids)) != len(ids):
        report("duplicate article ids")

    for g in gold:
        aid = g["article_id"]
        raw = (ART / f"{aid}.txt").read_bytes()
        text = raw.decode("utf-8")
        if b"\r" in raw:
            report(f"{aid}: CR characters in text")
        lines = text.split("\n")
        words = len(text.split())
        if not 250 <= words <= 450:
            report(f"{aid}: {words} words, outside 250-450")
        if set(g) - {"article_id", "published", "published_inferred_range", "events", "forbidden"}:
            report(f"{aid}: unexpected article keys {set(g)}")

        # publication date
        if g.get("published"):
            try:
                pub = dt.datetime.fromisoformat(g["published"]).date()
            except ValueError:
                report(f"{aid}: published {g['published']!r} is not ISO")
                continue
            if not any(r in text for r in renderings(pub)):
                report(f"{aid}: published date {pub} not printed in the text in a known form")
            candidates = [pub]
        else:
            rng = g.get("published_inferred_range")
            if not (isinstance(rng, list) and len(rng) == 2):
                report(f"{aid}: published null without a two-date published_inferred_range")
                continue
            lo, hi = D(rng[0]), D(rng[1])
            if lo > hi:
                report(f"{aid}: inferred range reversed")
            candidates = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
            for c in candidates:
                if any(r in text for r in renderings(c)):
                    report(f"{aid}: published null but {c} is printed in the text")

        # forbidden passages
        spans = []
        for f in g.get("forbidden", []):
            n = sum(f in line for line in lines)
            if n != 1:
                report(f"{aid}: forbidden {f!r} is in {n} lines (need exactly 1)")
            s = text.find(f)
            spans.append((s, s + len(f)))

        # events
        triggers = set()
        for e in g["events"]:
            tag = f"{aid}: {e.get('trigger')!r}"
            if set(e) != KEYS:
                report(f"{tag}: keys differ from the gold format: {sorted(set(e) ^ KEYS)}")
            if e["type"] not in TYPES:
                report(f"{tag}: bad type {e['type']}")
            for t in e["alt_types"]:
                if t not in TYPES or t == e["type"]:
                    report(f"{tag}: bad alt_type {t}")
            if not e["status"] or not set(e["status"]) <= STATUSES:
                report(f"{tag}: bad status {e['status']}")
            if not isinstance(e["required"], bool) or not isinstance(e["date_loose"], bool):
                report(f"{tag}: required/date_loose must be booleans")
            trig = e["trigger"]
            if trig in triggers:
                report(f"{tag}: trigger used twice in the article")
            triggers.add(trig)
            n = sum(trig in line for line in lines)
            if n != 1:
                report(f"{tag}: trigger in {n} lines (need exactly 1)")
            pos = text.find(trig)
            if any(a <= pos < b for a, b in spans):
                report(f"{tag}: trigger lies inside a forbidden passage")
            if len(trig) > 80:
                report(f"{tag}: trigger is long ({len(trig)} chars)")

            ds, de = e["date_start"], e["date_end"]
            if (ds is None) != (de is None):
                report(f"{tag}: date_start/date_end must both be null or both set")
            if ds is not None:
                for s in (ds, de):
                    if not ISO.match(s):
                        report(f"{tag}: date {s!r} is not ISO")
                try:
                    if floor(ds) > ceil(de):
                        report(f"{tag}: date_start {ds} > date_end {de}")
                    if floor(ds).year < 2005 - 5 or ceil(de).year > 2026:
                        report(f"{tag}: date outside plausible range")
                except ValueError as exc:
                    report(f"{tag}: invalid date {exc}")
            if e["date_loose"] and ds is None:
                report(f"{tag}: date_loose without a date")
            for a in e["date_alternatives"]:
                pair = a if isinstance(a, list) else [a, None]
                if len(pair) != 2:
                    report(f"{tag}: alternative {a!r} malformed")
                    continue
                if pair == [None, None]:
                    if ds is None:
                        report(f"{tag}: [null, null] alternative on an undated event")
                    continue
                for s in (x for x in pair if x is not None):
                    if not ISO.match(s):
                        report(f"{tag}: alternative {s!r} not ISO")
                if pair[1] and floor(pair[0]) > ceil(pair[1]):
                    report(f"{tag}: alternative {a!r} reversed")
            # weekday named in date_text must match start or end
            if ds and de and len(ds) == 10 and e["date_text"]:
                named = [w for w in WEEKDAYS if w in e["date_text"]]
                for w in named:
                    if w not in (D(ds).strftime("%A"), D(de).strftime("%A")):
                        report(f"{tag}: date_text names {w} but dates are {ds} ({D(ds):%A})..{de} ({D(de):%A})")

        # relative-date claims, recomputed for every candidate publication day
        claims_fn = CLAIMS.get(aid[:2])
        if claims_fn is None:
            report(f"{aid}: no CLAIMS entry")
        else:
            by_trig = {e["trigger"]: e for e in g["events"]}
            results = [claims_fn(c) for c in candidates]
            for trig in results[0]:
                outs = {r[trig] for r in results}
                if len(outs) > 1:
                    report(f"{aid}: {trig!r} resolves differently across the inferred range: {outs}")
                if trig not in by_trig:
                    report(f"{aid}: claim for unknown trigger {trig!r}")
                    continue
                e = by_trig[trig]
                got = (e["date_start"], e["date_end"])
                if got != results[0][trig]:
                    report(f"{aid}: {trig!r} gold {got} != computed {results[0][trig]}")
            missing = [e["trigger"] for e in g["events"] if e["required"] and e["trigger"] not in results[0]]
            for trig in missing:
                if not by_trig[trig]["date_text"] or by_trig[trig]["date_start"] is None:
                    continue
                # absolute dates printed with a year need no computation; everything else should be claimed
                if not re.search(r"\b(19|20)\d\d\b", by_trig[trig]["date_text"]) and "(" not in by_trig[trig]["date_text"]:
                    report(f"{aid}: required relative date for {trig!r} has no CLAIMS entry")

    # printed "Weekday Day Month" combinations
    for aid, words, iso in PRINTED_WEEKDAYS:
        text = (ART / f"{aid}.txt").read_text(encoding="utf-8")
        if words not in text:
            report(f"{aid}: printed weekday phrase {words!r} not found")
        wd = words.split()[0].rstrip(",")
        if not D(iso).strftime("%A").startswith(wd):
            report(f"{aid}: {words!r} but {iso} is a {D(iso):%A}")
    weekday_re = re.compile(r"\b(%s),? (?:(\d{1,2}) (%s)|(%s) (\d{1,2}))\b" % (
        "|".join(WEEKDAYS), "|".join(MONTHS), "|".join(MONTHS)))
    known = {(a, w) for a, w, _ in PRINTED_WEEKDAYS}
    for p in sorted(ART.glob("*.txt")):
        for m in weekday_re.finditer(p.read_text(encoding="utf-8")):
            if not any(m.group(0) in w for a, w in known if a == p.stem):
                report(f"{p.stem}: printed weekday+date {m.group(0)!r} not listed in PRINTED_WEEKDAYS")

    n_ev = sum(len(g["events"]) for g in gold)
    n_req = sum(e["required"] for g in gold for e in g["events"])
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"OK: {len(gold)} articles, {n_ev} gold events ({n_req} required)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
