"""Runs every example and negative example carried by the temporal rule file."""
from __future__ import annotations

import datetime as dt

import pytest

from eventx.rulefiles import load_rules
from eventx.timex import find_timexes

RULES = load_rules("time_en")["rule"]
POSITIVE = [pytest.param(rule["id"], ex, id=f"{rule['id']}:{ex['match']}") for rule in RULES for ex in rule.get("examples", [])]
NEGATIVE = [pytest.param(rule["id"], ex, id=f"{rule['id']}:not:{ex['span']}") for rule in RULES for ex in rule.get("negatives", [])]


@pytest.mark.parametrize(("rule_id", "example"), POSITIVE)
def test_timex_rule_example_resolves(rule_id: str, example: dict) -> None:
    found = find_timexes(example["text"], dt.date.fromisoformat(example["ref"]))
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
    overlapping = [t.text for t in found if t.start < begin + len(span) and t.end > begin and t.type in ("DATE", "TIME")]
    assert not overlapping, f"{rule_id}: {span!r} wrongly tagged as {overlapping} in {text!r}"


def test_timex_rule_files_have_examples_for_every_rule() -> None:
    missing = [rule["id"] for rule in RULES if not rule.get("examples")]
    assert not missing, f"rules without examples: {missing}"
