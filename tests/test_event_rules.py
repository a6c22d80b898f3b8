"""Runs the positive and negative examples carried by the event ontology."""
from __future__ import annotations

import datetime as dt

import pytest

from eventx import Article, extract_article
from eventx.ontology import event_types, examples, trigger_rules

CASES = [pytest.param(t, ex, positive, id=f"{t}:{'+' if positive else '-'}:{ex['text'][:40]}")
         for t, ex, positive in examples()]


def _mentions(text: str, published: str | None):
    article = Article(article_id="example", text=text,
                      published=dt.date.fromisoformat(published) if published else dt.date(2022, 6, 15))
    return extract_article(article).mentions


@pytest.mark.parametrize(("event_type", "example", "positive"), CASES)
def test_event_rules_example(event_type: str, example: dict, positive: bool) -> None:
    mentions = [m for m in _mentions(example["text"], example.get("published")) if m.event_type == event_type]
    if not positive:
        assert not mentions, f"{event_type} wrongly found in {example['text']!r}: {[m.trigger_text for m in mentions]}"
        return
    hits = [m for m in mentions if m.trigger_text == example["trigger"]]
    assert hits, f"{event_type} {example['trigger']!r} not found in {example['text']!r}; got {[m.trigger_text for m in mentions]}"
    mention = hits[0]
    if "status" in example:
        assert mention.status == example["status"]
    if "date_start" in example:
        assert mention.date_start == dt.date.fromisoformat(example["date_start"])
        assert mention.date_end == dt.date.fromisoformat(example.get("date_end", example["date_start"]))


def test_event_rules_every_type_has_positive_and_negative_examples() -> None:
    for name in event_types():
        kinds = {positive for t, _, positive in examples() if t == name}
        assert kinds == {True, False}, f"{name} lacks {'negative' if True in kinds else 'positive'} examples"


def test_event_rules_ids_are_unique_and_prefixed_by_type() -> None:
    ids = [r.id for r in trigger_rules()]
    assert len(ids) == len(set(ids))
    assert all(r.id.startswith(r.type + ".") for r in trigger_rules())
