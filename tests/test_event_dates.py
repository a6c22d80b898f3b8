"""The date an event takes from its linked mentions."""
from __future__ import annotations

import datetime as dt

import pytest

from eventx import Article, extract_article
from eventx.pipeline import link_results


def _events(text: str, published: dt.date) -> list:
    events, _ = link_results([extract_article(Article(article_id="a", text=text, published=published))])
    return events


def test_event_takes_the_span_a_duration_gives_its_shared_date() -> None:
    # both mentions are dated by "on Monday"; the duration on one of them gives the exercise's span
    text = "Allied forces pressed ahead with the ten-day joint exercise that began on Monday, their largest drills in years."
    events = [e for e in _events(text, dt.date(2019, 5, 8)) if e.event_type == "military_exercise"]
    assert len(events) == 1
    assert (events[0].date_start, events[0].date_end) == (dt.date(2019, 5, 6), dt.date(2019, 5, 15))


def test_event_keeps_the_narrowest_date_of_different_expressions() -> None:
    text = "The joint exercise ran through May. The exercise included live-fire drills on Monday, May 6."
    events = [e for e in _events(text, dt.date(2019, 5, 8)) if e.event_type == "military_exercise"]
    assert events and all(e.date_start == e.date_end for e in events if e.date_start is not None)


def _mention(text: str, published: dt.date, trigger: str):
    result = extract_article(Article(article_id="a", text=text, published=published))
    return next(m for m in result.mentions if m.trigger_text == trigger)


def test_mention_end_date_stretched_by_the_run_it_ended() -> None:
    m = _mention("The party congress closed on Monday after a five-day session.", dt.date(2019, 5, 8), "party congress")
    assert (m.date_start, m.date_end) == (dt.date(2019, 5, 2), dt.date(2019, 5, 6))


def test_mention_end_date_not_stretched_by_a_delay() -> None:
    m = _mention("The party congress closed on Monday after a five-day delay.", dt.date(2019, 5, 8), "party congress")
    assert (m.date_start, m.date_end) == (dt.date(2019, 5, 6), dt.date(2019, 5, 6))


def test_mention_dated_by_the_day_the_sentence_before_it_is_about() -> None:
    text = "Polling on Sunday was marred by delays. In two towns, gunmen attacked a polling station."
    m = _mention(text, dt.date(2019, 5, 8), "attacked")
    assert (m.date_start, m.date_source) == (dt.date(2019, 5, 5), "context")


def test_mention_not_dated_by_a_report_date_or_an_earlier_paragraph() -> None:
    reported = "The ministry said on Sunday that polling was calm. In two towns, gunmen attacked a polling station."
    assert _mention(reported, dt.date(2019, 5, 8), "attacked").date_start is None
    other_paragraph = "Polling on Sunday was marred by delays.\n\nIn two towns, gunmen attacked a polling station."
    assert _mention(other_paragraph, dt.date(2019, 5, 8), "attacked").date_start is None


def test_mention_dated_by_a_restrictive_when_clause_after_it() -> None:
    m = _mention("Parliament is expected to debate the budget when it reconvenes in March.", dt.date(2019, 1, 10), "debate")
    assert (m.date_start, m.date_end) == (dt.date(2019, 3, 1), dt.date(2019, 3, 31))
    # after a comma the when-clause is an aside, and a trigger with its own date keeps it
    aside = _mention("Parliament is expected to debate the budget, when it reconvenes in March.", dt.date(2019, 1, 10), "debate")
    assert aside.date_start is None
    own = _mention("Parliament will debate the budget on Friday when it reconvenes in March.", dt.date(2019, 1, 10), "debate")
    assert own.date_start == dt.date(2019, 1, 11)


def test_mention_not_dated_by_the_end_of_a_period_its_object_names() -> None:
    # "until 2030" bounds the plan, not the signing
    m = _mention("The leaders signed an agreement on a plan for energy cooperation until 2030.", dt.date(2023, 3, 22),
                 "signed an agreement")
    assert m.date_start is None and m.status == "occurred"


def test_mention_dated_by_its_own_bound() -> None:
    m = _mention("The ministers held talks that lasted until Friday.", dt.date(2023, 3, 22), "held talks")
    assert m.date_start == dt.date(2023, 3, 17)


def test_a_relative_clause_that_places_the_event_dates_it_over_an_earlier_clause_date() -> None:
    # "on Tuesday" dates the speech; the budget session is dated by the clause that places it
    text = ("Speaking on Tuesday, the finance minister said the bill would be passed in the spring session of "
            "parliament, which opens on March 3.")
    m = _mention(text, dt.date(2022, 2, 16), "session")
    assert m.date_start == dt.date(2022, 3, 3)


def test_a_relative_clause_that_does_not_place_the_event_leaves_the_clause_date() -> None:
    text = "On Tuesday the party held a plenary session, which discussed plans for 2025."
    m = _mention(text, dt.date(2022, 2, 16), "plenary session")
    assert m.date_start == dt.date(2022, 2, 15)


@pytest.mark.parametrize(("opener", "expected"), [
    # a new paragraph: the narrative of the one before does not carry over, a same-day opener does
    ("Within hours, ", (dt.date(2014, 5, 7), "relative")),
    ("In the end, ", (None, None)),
])
def test_a_sentence_opening_within_hours_takes_the_day_of_the_event_before(opener: str, expected: tuple) -> None:
    text = ("Parliament voted on Wednesday to dissolve itself.\n\n" + opener
            + "the president appointed Finance Minister Ana Costa as interim prime minister.")
    m = _mention(text, dt.date(2014, 5, 8), "appointed")
    assert (m.date_start, m.date_source) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clock time alone on its line stamps the live-blog entry below it
    ("Key events\n\n09:02\nGood morning. Senators vote on the budget tonight.\n\n"
     "21:10\nThe Senate has passed the budget by 61 votes to 39.\n", (dt.date(2019, 1, 15), "context")),
    # a clock time inside a paragraph is not an entry stamp
    ("The session opened at 09:02.\nThe Senate passed the budget by 61 votes to 39.\n", (None, None)),
])
def test_a_live_blog_entry_stamp_dates_the_entry_events_without_a_date(text: str, expected: tuple) -> None:
    m = _mention(text, dt.date(2019, 1, 15), "votes")
    assert (m.date_start, m.date_source) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a possessive date after the trigger dates the noun it precedes, not the trigger
    ("Villagers fled again after the largest tremor since last month's flood.", "tremor", None),
    # before the trigger it is the trigger's own date
    ("Villagers fled after last month's flood.", "flood", (dt.date(2010, 2, 1), dt.date(2010, 2, 28))),
])
def test_a_possessive_date_dates_the_noun_after_it(text: str, trigger: str, expected: tuple | None) -> None:
    mention = _mention(text, dt.date(2010, 3, 12), trigger)
    assert (None if mention.date_start is None else (mention.date_start, mention.date_end)) == expected


def test_a_clock_time_in_a_story_about_the_day_before_takes_that_day() -> None:
    text = "Heavy rain fell on the valley on Wednesday. The flood struck at 9.15 a.m., police said."
    mention = _mention(text, dt.date(2010, 3, 12), "flood")
    assert (mention.date_start, mention.date_end) == (dt.date(2010, 3, 10), dt.date(2010, 3, 10))


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # ", where ..." after a date describes a place: the date stays with the trigger before it
    ("Whatever the vote brings on Friday, the real test is the regional summit in November, where leaders "
     "will pick a new chair.", "summit", (dt.date(2020, 11, 1), dt.date(2020, 11, 30))),
])
def test_a_date_before_a_where_clause_dates_the_trigger_before_it(text: str, trigger: str,
                                                                  expected: tuple[dt.date, dt.date]) -> None:
    m = _mention(text, dt.date(2020, 8, 12), trigger)
    assert (m.date_start, m.date_end) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a date in what a statement reports is not the statement's date
    ("The interior minister announced that a party congress would convene in late May.", "announced", None),
    ("The minister said that the agency, created in March 1999, had doubled its staff, and warned against "
     "merging it.", "warned", None),
    # the reported event keeps the date, and a statement keeps its own
    ("The interior minister announced that a party congress would convene in late May.", "party congress",
     dt.date(2021, 5, 21)),
    ("The minister announced on Tuesday that the congress would convene in late May.", "announced",
     dt.date(2021, 3, 9)),
])
def test_a_statement_is_not_dated_by_what_it_reports(text: str, trigger: str, expected: dt.date | None) -> None:
    assert _mention(text, dt.date(2021, 3, 10), trigger).date_start == expected
