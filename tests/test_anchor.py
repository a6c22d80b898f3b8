"""Publication dates: metadata, bylines and datelines printed in the text, and inference."""
from __future__ import annotations

import datetime as dt

import pytest

from eventx import Article, extract_article
from eventx.anchor import find_anchor
from eventx.rulefiles import load_rules
from eventx import segment

RULES = load_rules("anchor_en")
BYLINES = [pytest.param(ex, id=ex["text"][:30]) for r in RULES["byline"] + RULES["footer"] + RULES["dateline"]
           for ex in r["examples"]]
FOOTER_NEGATIVES = [pytest.param(ex, id=ex["text"][:30]) for r in RULES["footer"] for ex in r.get("negatives", [])]


def _anchor(text: str, published: dt.date | None = None):
    return find_anchor(Article(article_id="a", text=text, published=published), None, segment.paragraphs(text))


@pytest.mark.parametrize("example", BYLINES)
def test_anchor_printed_date(example: dict) -> None:
    anchor = _anchor(example["text"])
    assert anchor.date == dt.date.fromisoformat(example["date"])
    assert anchor.source in ("text", "inferred")


FOOTERS = [pytest.param(ex, id=ex["text"][:30]) for r in RULES["footer"] for ex in r["examples"]]


@pytest.mark.parametrize("example", FOOTERS)
def test_anchor_footer_date_read_below_a_long_body(example: dict) -> None:
    # the same page with a body too long for the top's rules to reach its last line
    headline, rest = example["text"].split("\n", 1)
    body = "\n\nThe committee went on with its work as usual, and nothing else was decided." * 30
    anchor = _anchor(headline + body + "\n" + rest)
    assert anchor.date == dt.date.fromisoformat(example["date"]) and anchor.source == "text", anchor


@pytest.mark.parametrize("example", FOOTER_NEGATIVES)
def test_anchor_footer_rule_reads_no_date_from_the_body(example: dict) -> None:
    anchor = _anchor(example["text"])
    assert anchor.source != "text", f"read {anchor.date} from {anchor.evidence!r}"


def test_anchor_metadata_wins_over_text() -> None:
    anchor = _anchor("Published : Mar. 4, 2019 - 09:30\nText.", dt.date(2019, 3, 5))
    assert (anchor.date, anchor.source) == (dt.date(2019, 3, 5), "metadata")


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday counted from a date the text gives: 3 March 2020 + 10 days is Friday 13 March
    ("On Friday, ten days after the election, officials published the final count.\n\n"
     "Voters went to the polls on 3 March 2020.", "2020-03-13"),
    # other weekdays of that week then fall before it, and do not move it
    ("On Friday, ten days after the election, officials published the final count.\n\n"
     "Voters went to the polls on 3 March 2020. Losing parties filed complaints on Tuesday.",
     "2020-03-13"),
    # the count must land on the weekday named (13 March was a Friday); else only the weekday moves the
    # latest date forward, to the Thursday after it
    ("On Thursday, ten days after the election, officials published the final count.\n\n"
     "Voters went to the polls on 3 March 2020.", "2020-03-05"),
])
def test_anchor_counted_from_a_dated_event(text: str, expected: str) -> None:
    assert _anchor(text).date == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the year from "last year" beside a year figure; the day from the latest past date
    ("The ministry said on March 3 that exports fell 20% last year. Exports were $4 billion in 2018.\n"
     "Officials met again on March 5.", "2019-03-05"),
    # weekday/date agreement gives the year; weekday references place the day after the dated event
    ("A storm hit the coast on Monday, February 6, killing dozens. Inflation peaked in October 2022.\n"
     "On Tuesday the president declared an emergency. He visited the area on Wednesday.\n"
     "He will chair a cabinet meeting on Thursday.", "2023-02-08"),
])
def test_anchor_inferred_from_the_text(text: str, expected: str) -> None:
    anchor = _anchor(text)
    assert anchor.date == dt.date.fromisoformat(expected)
    assert anchor.source == "inferred" and anchor.evidence


# an anniversary of a known founding gives the year (rules/bodies_en.toml)
@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing, October 2 (Wire) -- Crowds filled the square on October 1 for the 60th anniversary of the "
     "founding of the People's Republic of China.", "2009-10-02"),
    ("Pyongyang, October 11 (Wire) -- A parade was held on October 10 to mark the 75th founding anniversary "
     "of the Workers' Party of Korea.", "2020-10-11"),
])
def test_anchor_year_from_a_founding_anniversary(text: str, expected: str) -> None:
    assert _anchor(text).date == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the founding year the text itself states, in another sentence than the anniversary
    ("Havana, May 6 (Wire) -- Artists marked the 60th founding anniversary of the national ballet on May 5.\n\n"
     "The company, founded in May 1962, toured the island.", "2022-05-06"),
    # two founding years stated: no year from them
    ("Havana, May 6 (Wire) -- Artists marked the 60th founding anniversary of the national ballet on May 5.\n\n"
     "The company, founded in May 1962, shares a hall with the choir, founded in 1950.", None),
])
def test_anchor_year_from_an_anniversary_and_the_founding_year_the_text_states(text: str, expected: str | None) -> None:
    anchor = _anchor(text)
    assert anchor.date == (dt.date.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize(("text", "expected"), [
    # a state-media dateline: the year from an "Nth anniversary" of a dated founding
    ("HANOI, Dec. 12 (Xinhua) -- The visit marks the 15th anniversary of the partnership set up in 2008.",
     "2023-12-12"),
    # a weekday named with its date in the future tense: published in the days before it
    ("Voters choose a president in Saturday's vote, set for 21 September, the first since the 2022 uprising.",
     "2024-09-20"),
])
def test_anchor_inferred_from_agreements(text: str, expected: str) -> None:
    assert _anchor(text).date == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # no year cue: the dateline day falls on the weekday the lead names, in the first such year
    # from the latest month the text dates
    ("ROME, June 4 (Wire) -- Ministers held talks on Tuesday. The last round was in May 2018.", "2019-06-04"),
    ("OSLO, Nov. 9 (Wire) -- The premier resigned on Monday, a month after a vote in October 2023.", "2026-11-09"),
    # a numbered body the text names sets the earliest year: Feb. 1 fell on a Monday in 2016 (the
    # year the text states) and again in 2021, the year of the 13th congress
    ("HANOI, Feb. 1 (Wire) -- The 13th National Congress of the Communist Party of Vietnam closed on Monday."
     " The previous congress met in January 2016.", "2021-02-01"),
    ("HANOI, Feb. 1 (Wire) -- The 12th National Congress of the Communist Party of Vietnam closed on Monday."
     " The previous congress met in January 2011.", "2016-02-01"),
    # a body alone is enough when the lead names the weekday
    ("SEOUL, Oct. 10 (Wire) -- The 20th CPC Central Committee held a plenary session on Tuesday.", "2023-10-10"),
    # a lead naming a span of days: the dateline day is one of them (June 4 was a Friday in 2021)
    ("ROME, June 4 (Wire) -- The summit was held from Tuesday to Friday. The last one was in March 2020.",
     "2021-06-04"),
    # without a dated past month the year stays unknown
    ("ROME, June 4 (Wire) -- Ministers held talks on Tuesday.", None),
    # a weekday outside the lead sentence says nothing about the dateline day
    ("ROME, June 4 (Wire) -- Ministers held talks. They meet again in May 2018 and on Tuesday.", None),
])
def test_anchor_dateline_year_from_lead_weekday(text: str, expected: str | None) -> None:
    anchor = _anchor(text)
    assert anchor.date == (dt.date.fromisoformat(expected) if expected else None)


def test_anchor_none_when_the_text_gives_no_date() -> None:
    anchor = _anchor("Leaders met on Tuesday and agreed to keep talking.")
    assert anchor.date is None and anchor.source is None


def test_anchor_relative_dates_stay_unresolved_without_anchor() -> None:
    result = extract_article(Article(article_id="a", text="Leaders met on Tuesday in Geneva."))
    assert result.mentions and all(m.date_start is None for m in result.mentions)


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods recede\nTHE DELTA COURIER · REGIONAL EDITION · MARCH 2004 · Page 3\n"
     "HARBOUR CITY, Tuesday the 9th — Water levels fell this morning.", "2004-03-09"),
    ("Floods recede\nTHE DELTA COURIER · MARCH 2004\nHARBOUR CITY, 9th (DCN) — Water levels fell this morning.",
     "2004-03-09"),
    # a weekday that disagrees with the day in that month gives no date
    ("Floods recede\nTHE DELTA COURIER · MARCH 2004\nHARBOUR CITY, Friday the 9th — Water levels fell.", None),
    # a dateline's day without a masthead month gives none either
    ("Floods recede\nTHE DELTA COURIER · Page 3\nHARBOUR CITY, Tuesday the 9th — Water levels fell.", None),
])
def test_anchor_masthead_month_with_a_dateline_day(text: str, expected: str | None) -> None:
    paragraphs = segment.paragraphs(text)
    spans = [s for p in paragraphs for s in segment.sentences(text, p.start, p.end)]
    anchor = find_anchor(Article(article_id="a", text=text), spans, paragraphs)
    if expected is None:
        assert anchor.source != "text"
    else:
        assert (anchor.date.isoformat(), anchor.source) == (expected, "text")
