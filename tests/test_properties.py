"""Property-based tests: invariants that must hold for any text and any publication date."""
from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import HealthCheck, given, settings

from eventx import Article, extract_article, find_timexes
from eventx.dataset import build_rows
from eventx.schema import validate_records

from strategies import anchors, news_text

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _interval_agrees(start: dt.date, end: dt.date, precision: str, modifier: str | None) -> bool:
    """The precision fits the interval: month intervals start on the 1st and end on the last day, etc."""
    if precision == "day":
        return True
    if precision == "month" and modifier is None:
        return start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if precision == "year" and modifier is None:
        return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if precision == "week":
        return (end - start).days == 6 or modifier is not None
    return True


@SETTINGS
@given(text=news_text, anchor=anchors)
def test_properties_timexes_lie_in_the_text_and_intervals_are_ordered(text: str, anchor: dt.date | None) -> None:
    for t in find_timexes(text, anchor):
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        if t.date_start is not None:
            assert t.date_start <= t.date_end
            assert _interval_agrees(t.date_start, t.date_end, t.precision, t.modifier), (t.text, t.value)


@SETTINGS
@given(text=news_text, anchor=anchors)
def test_properties_records_validate_and_offsets_hold(text: str, anchor: dt.date | None) -> None:
    if not text.strip():
        return
    result = extract_article(Article(article_id="p", text=text, published=anchor))
    rows = build_rows([result])
    for kind, table in (("article", "articles"), ("mention", "mentions"), ("event", "events")):
        assert validate_records(rows[table], kind) == []
    for m in rows["mentions"]:
        assert text[m["char_start"]:m["char_end"]] == m["trigger_text"]
        assert m["date_start"] is None or m["date_start"] <= m["date_end"]
    for e in rows["events"]:
        assert e["date_start"] is None or e["date_start"] <= e["date_end"]


@SETTINGS
@given(text=news_text, anchor=anchors)
def test_properties_same_input_same_output(text: str, anchor: dt.date | None) -> None:
    if not text.strip():
        return
    article = Article(article_id="p", text=text, published=anchor)
    assert build_rows([extract_article(article)]) == build_rows([extract_article(article)])
