"""Publication date: from metadata, else a byline or dateline in the text, else inferred from the text."""
from __future__ import annotations

import datetime as dt
import functools
import re
import warnings

from . import timex
from .records import Anchor, Article, Span, Timex
from .rulefiles import compile_pattern, load_rules

_PAST_TENSES = ("past", None)


@functools.cache
def _rules() -> dict:
    """The anchor rule file with its patterns compiled against the temporal sub-patterns."""
    data = load_rules("anchor_en")
    patterns = load_rules("time_en")["patterns"]
    for group in ("byline", "dateline"):
        for rule in data[group]:
            rule["regex"] = compile_pattern(rule["pattern"], patterns, where=f"anchor_en.toml {rule['id']}")
    return data


def parse_date_string(value: str) -> dt.date | None:
    """An absolute date printed in a byline ("Dec. 10, 2020", "12 October 2022"), via dateparser."""
    import dateparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(value, languages=["en"],
                                  settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                            "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None


def from_byline(text: str) -> Anchor | None:
    """A full publication date printed near the top of the page."""
    limit = _rules()["header_chars"]
    for rule in _rules()["byline"]:
        for m in rule["regex"].finditer(text, 0, min(len(text), limit)):
            day = parse_date_string(m.group("date"))
            if day is not None:
                return Anchor(date=day, year=day.year, source="text", evidence=m.group(0).strip(),
                              char_start=m.start("date"), char_end=m.end("date"))
    return None


def _dateline(text: str) -> re.Match[str] | None:
    """A wire-style dateline with month and day but no year ("Pyongyang, April 11 (KCNA) --")."""
    limit = _rules()["header_chars"]
    for rule in _rules()["dateline"]:
        m = rule["regex"].search(text, 0, min(len(text), limit))
        if m:
            return m
    return None


def _year_votes(text: str, found: list[Timex], paragraphs: list[Span]) -> list[tuple[int, Timex, Timex]]:
    """Years implied by "last/this/next year" in a paragraph that names exactly one year."""
    offsets = _rules()["inference"]["year_offsets"]
    votes = []
    for para in paragraphs:
        inside = [t for t in found if para.start <= t.start < para.end]
        years = {t.value for t in inside if t.rule_id == "year_bare" and t.tense in _PAST_TENSES}
        relative = [t for t in inside if t.rule_id == "rel_unit" and t.text.lower().endswith("year")]
        if len(years) != 1:
            continue
        year_timex = next(t for t in inside if t.rule_id == "year_bare")
        for rel in relative:
            word = rel.text.lower().split()[-2]
            if word in offsets:
                votes.append((int(year_timex.value) + offsets[word], rel, year_timex))
    return votes


def infer(text: str, spans: list[Span], paragraphs: list[Span]) -> Anchor | None:
    """Infer the publication date from the text: a year from year cues, then the latest past date."""
    found = timex.find_timexes(text, None, spans=spans)
    votes = _year_votes(text, found, paragraphs)
    full_dates = [t for t in found if t.precision == "day" and t.date_start and t.tense in _PAST_TENSES
                  and t.type == "DATE"]
    evidence = []
    year = None
    if votes:
        year = max(set(v[0] for v in votes), key=lambda y: (sum(v[0] == y for v in votes), y))
        vote = next(v for v in votes if v[0] == year)
        evidence.append(f"year {year} from {vote[1].text!r} beside {vote[2].text!r}")
    elif full_dates:
        year = max(t.date_start for t in full_dates).year
    if year is None:
        return None
    candidates: list[tuple[dt.date, Timex]] = [(t.date_start, t) for t in full_dates if t.date_start.year == year]
    for t in found:
        m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", t.value)
        if m and t.tense in _PAST_TENSES:
            try:
                candidates.append((dt.date(year, int(m.group(1)), int(m.group(2))), t))
            except ValueError:
                continue
    if not candidates:
        return Anchor(date=None, year=year, source="inferred", evidence="; ".join(evidence))
    latest, source = max(candidates, key=lambda c: (c[0], c[1].start))
    evidence.append(f"latest past date {latest.isoformat()} from {source.text!r}")
    return Anchor(date=latest, year=year, source="inferred", evidence="; ".join(evidence),
                  char_start=source.start, char_end=source.end)


def find_anchor(article: Article, spans: list[Span], paragraphs: list[Span]) -> Anchor:
    """The anchor of an article: metadata, then byline or dateline, then inference, else none."""
    if article.published is not None:
        return Anchor(date=article.published, year=article.published.year, source="metadata",
                      evidence="published")
    text = article.text
    printed = from_byline(text)
    if printed is not None:
        return printed
    inferred = infer(text, spans, paragraphs)
    dateline = _dateline(text)
    if dateline is not None and inferred is not None and inferred.year is not None:
        month = timex._norm("month", dateline.group("month"))
        day = int(re.match(r"\d+", dateline.group("day")).group(0))
        try:
            date = dt.date(inferred.year, month, day)
        except ValueError:
            date = None
        if date is not None:
            return Anchor(date=date, year=inferred.year, source="inferred",
                          evidence=f"dateline {dateline.group(0).strip()!r}; {inferred.evidence}",
                          char_start=dateline.start("month"), char_end=dateline.end("day"))
    if inferred is not None and inferred.date is not None:
        return inferred
    return Anchor()
