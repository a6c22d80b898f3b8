"""Runs the examples of the grammar rules: sentences, clauses, tense, reporting verbs."""
from __future__ import annotations

import pytest

from eventx import segment
from eventx.rulefiles import load_rules
from eventx.tense import governing_tense, is_report_date

GRAMMAR = load_rules("grammar_en")


@pytest.mark.parametrize("example", GRAMMAR["sentences"]["examples"], ids=lambda e: e["text"][:30])
def test_grammar_sentence_split(example: dict) -> None:
    text = example["text"]
    assert len(segment.sentences(text, 0, len(text))) == example["sentences"]


@pytest.mark.parametrize("example", GRAMMAR["clauses"]["examples"], ids=lambda e: e["text"][:30])
def test_grammar_clause_split(example: dict) -> None:
    text = example["text"]
    assert len(segment.clause_starts(text, 0, len(text))) == example["clauses"]


@pytest.mark.parametrize("example", GRAMMAR["tense"]["examples"], ids=lambda e: e["text"][:30])
def test_grammar_tense_of_governing_verb(example: dict) -> None:
    text, start = example["text"], example["text"].index(example["match"])
    end = start + len(example["match"])
    expected = None if example["tense"] == "none" else example["tense"]  # "none": no verb gives a tense
    assert governing_tense(text, start, end, (0, len(text)), (0, len(text))) == expected


@pytest.mark.parametrize("example", GRAMMAR["reporting"]["examples"], ids=lambda e: e["text"][:30])
def test_grammar_report_dates(example: dict) -> None:
    text = example["text"]
    assert is_report_date(text, text.index(example["match"]), 0) is example["report"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kim met Dr. Lee.\r\nThey talked.", ["Kim met Dr. Lee.", "They talked."]),
    ("  Indented line.  ", ["Indented line."]),
])
def test_grammar_spans_point_into_text_as_read(text: str, expected: list[str]) -> None:
    spans = [s for p in segment.paragraphs(text) for s in segment.sentences(text, p.start, p.end)]
    assert [text[s.start:s.end] for s in spans] == expected


@pytest.mark.parametrize("example", GRAMMAR["event_relations"]["examples"], ids=lambda e: e["text"][:40])
def test_grammar_event_dated_from_related_event(example: dict) -> None:
    import datetime as dt

    from eventx import Article, extract_article

    result = extract_article(Article(article_id="a", text=example["text"], published=dt.date(2019, 6, 20)))
    mention = next(m for m in result.mentions if m.trigger_text == example["trigger"])
    got = f"{mention.date_start}/{mention.date_end}" if mention.date_start != mention.date_end else str(mention.date_start)
    assert got == (example["date"] or "None")


@pytest.mark.parametrize("text", ["“Elections in October, not before,” the minister said.",
                                  "\"Elections in October, not before,\" the minister said.",
                                  "``Elections in October, not before,'' the minister said."])
def test_a_reporting_verb_outside_a_quotation_does_not_give_its_tense(text: str) -> None:
    start = text.index("October")
    assert governing_tense(text, start, start + len("October"), (0, len(text)), (0, len(text))) is None


def test_quotation_around_finds_the_quote_holding_an_expression() -> None:
    from eventx.tense import quotation_around

    text = "He said: “We meet on Monday.” Then he left on Friday."
    monday, friday = text.index("Monday"), text.index("Friday")
    assert quotation_around(text, monday, monday + 6, (0, len(text))) == (text.index("“"), text.index("”"))
    assert quotation_around(text, friday, friday + 6, (0, len(text))) is None


def _quotation_around_by_slicing(text: str, start: int, end: int, sentence: tuple[int, int]):
    """The plain reading of quotation_around: search the sentence's text before and after the expression."""
    before, after = text[sentence[0]:start], text[end:sentence[1]]
    opened = max(before.rfind(q) for q in ("“", "``"))
    if opened != -1 and max(before.rfind(q) for q in ("”", "''")) < opened:
        closes = [i for i in (after.find(q) for q in ("”", "''")) if i != -1]
        if closes:
            return sentence[0] + opened, end + min(closes)
    if before.count('"') % 2 == 1 and '"' in after:
        return sentence[0] + before.rfind('"'), end + after.find('"')
    return None


def test_quotation_around_agrees_with_the_plain_reading_on_random_texts() -> None:
    import random

    from eventx.tense import quotation_around

    rng = random.Random(11)
    for _ in range(3000):
        tokens = [rng.choice(["w", "w", "w", "“", "”", "``", "''", '"']) for _ in range(rng.randint(1, 14))]
        text = " ".join(tokens)
        words = [i for i, ch in enumerate(text) if ch == "w"]
        if not words:
            continue
        start = rng.choice(words)
        sentence = (rng.randint(0, start), rng.randint(start + 1, len(text)))
        assert quotation_around(text, start, start + 1, sentence) == \
            _quotation_around_by_slicing(text, start, start + 1, sentence), (text, start, sentence)


@pytest.mark.parametrize("example", GRAMMAR["day_range"]["examples"], ids=lambda e: e["text"][:40])
def test_grammar_two_days_joined_as_a_range_date_one_run(example: dict) -> None:
    import datetime as dt

    from eventx import Article, extract_article

    result = extract_article(Article(article_id="a", text=example["text"], published=dt.date(2019, 6, 20)))
    mention = next(m for m in result.mentions if m.trigger_text == example["trigger"])
    got = f"{mention.date_start}/{mention.date_end}" if mention.date_start != mention.date_end else str(mention.date_start)
    assert got == example["date"]
