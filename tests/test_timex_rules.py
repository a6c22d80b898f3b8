"""Runs every example and negative example carried by the temporal rule file."""
from __future__ import annotations

import datetime as dt

import pytest

from eventx.rulefiles import load_rules
from eventx.timex import find_timexes

RULES = load_rules("time_en")["rule"]
POSITIVE = [pytest.param(rule["id"], ex, id=f"{rule['id']}:{ex['match']}") for rule in RULES for ex in rule.get("examples", [])]
NEGATIVE = [pytest.param(rule["id"], ex, id=f"{rule['id']}:not:{ex['span']}") for rule in RULES for ex in rule.get("negatives", [])]


def reference_date(example: dict) -> dt.date | None:
    """An example's reference date; an example without one is a text with no date of its own."""
    return dt.date.fromisoformat(example["ref"]) if "ref" in example else None


@pytest.mark.parametrize(("rule_id", "example"), POSITIVE)
def test_timex_rule_example_resolves(rule_id: str, example: dict) -> None:
    found = find_timexes(example["text"], reference_date(example))
    matches = [t for t in found if t.text == example["match"]]
    assert matches, f"{rule_id}: {example['match']!r} not tagged in {example['text']!r}; got {[t.text for t in found]}"
    timex = matches[0]
    assert timex.value == example["value"], f"{rule_id}: value {timex.value} != {example['value']}"
    if "start" in example:
        assert timex.date_start == dt.date.fromisoformat(example["start"])
    if "end" in example:
        assert timex.date_end == dt.date.fromisoformat(example["end"])
    if "precision" in example:
        assert timex.precision == example["precision"]


@pytest.mark.parametrize(("rule_id", "example"), NEGATIVE)
def test_timex_rule_negative_is_not_tagged(rule_id: str, example: dict) -> None:
    text, span = example["text"], example["span"]
    begin = text.index(span)
    found = find_timexes(text, dt.date(2021, 1, 6))
    # no date or time may cover the span, nor anything the rule itself finds (a SET or DURATION rule's
    # negatives would otherwise test nothing)
    overlapping = [t.text for t in found if t.start < begin + len(span) and t.end > begin
                   and (t.type in ("DATE", "TIME") or t.rule_id == rule_id)]
    assert not overlapping, f"{rule_id}: {span!r} wrongly tagged as {overlapping} in {text!r}"


def test_timex_rule_files_have_examples_for_every_rule() -> None:
    missing = [rule["id"] for rule in RULES if not rule.get("examples")]
    assert not missing, f"rules without examples: {missing}"


TWINS = str.maketrans({"s": "\u017f", "k": "\u212a"})  # letters the regex engine's IGNORECASE matches with ASCII


def test_timex_rule_examples_with_case_twins_do_not_crash() -> None:
    # re.IGNORECASE matches "laſt" like "last"; resolving such a match once raised a TypeError.
    for rule in RULES:
        for example in rule.get("examples", []):
            find_timexes(example["text"].translate(TWINS), reference_date(example))


@pytest.mark.parametrize("phrase", ["la\u017ft week", "la\u017ft year", "the la\u017ft month", "\u017fix days ago",
                                    "the \u017fecond quarter", "\u212aorea's \u017fpring"])
def test_case_twins_resolve_like_ascii(phrase: str) -> None:
    ascii_phrase = phrase.replace("\u017f", "s").replace("\u212a", "K")
    reference = dt.date(2020, 5, 5)
    assert ([t.value for t in find_timexes(f"They met {phrase}.", reference)]
            == [t.value for t in find_timexes(f"They met {ascii_phrase}.", reference)])


@pytest.mark.parametrize("anchor", [dt.datetime(2021, 1, 6, 23, 59), "2021-01-06", "2021-01-06T08:00:00+09:00"])
def test_anchor_may_be_a_datetime_or_an_iso_string(anchor):
    expected = [(t.text, t.value) for t in find_timexes("The vote was on Tuesday, a year after the congress.",
                                                        dt.date(2021, 1, 6))]
    assert [(t.text, t.value) for t in find_timexes("The vote was on Tuesday, a year after the congress.",
                                                    anchor)] == expected
    assert expected[0] == ("Tuesday", "2021-01-05")


def test_an_anchor_of_another_kind_is_refused_with_a_clear_message():
    with pytest.raises(TypeError, match="anchor must be a date"):
        find_timexes("on Tuesday", 20210106)
    with pytest.raises(ValueError, match="not an ISO 8601 date"):
        find_timexes("on Tuesday", "6 January 2021")


@pytest.mark.parametrize("text", ["On Friday 13 people were hurt in the crush.", "On Sunday 19 deputies voted against the plan."])
def test_timex_weekday_before_a_count_is_the_weekday_alone(text: str) -> None:
    # a number of people or votes after a weekday is no day of the month ("weekday_day_number")
    found = find_timexes(text, dt.date(2019, 5, 20))
    assert [(t.text, t.rule_id) for t in found] == [(text.split()[1], "weekday")]
