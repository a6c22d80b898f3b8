"""Numbered bodies: the examples and negatives of eventx/rules/bodies_en.toml, and the ordinal forms."""
from __future__ import annotations

import pytest

from eventx.bodies import bodies, earliest_year, find_anniversaries, find_bodies, ordinal_value, rules

EXAMPLES = [pytest.param(body["id"], ex, id=f"{body['id']}:{ex['text'][:40]}")
            for body in rules()["body"] for ex in body.get("examples", [])]
NEGATIVES = [pytest.param(body["id"], text, id=f"{body['id']}:{text[:40]}")
             for body in rules()["body"] for text in body.get("negatives", [])]


@pytest.mark.parametrize("body_id, example", EXAMPLES)
def test_example_names_its_body_and_year(body_id, example):
    found = [b for b in find_bodies(example["text"]) if b.body == body_id]
    assert [b.first_year for b in found] == [example["first_year"]]


@pytest.mark.parametrize("body_id, text", NEGATIVES)
def test_negative_names_no_body_of_that_kind(body_id, text):
    assert [b for b in find_bodies(text) if b.body == body_id] == []


def test_every_body_has_examples_and_negatives():
    for body in rules()["body"]:
        assert body.get("examples") and body.get("negatives"), body["id"]
    assert len(bodies()) == len(rules()["body"])


@pytest.mark.parametrize("token, value", [("20th", 20), ("1st", 1), ("Eighth", 8), ("twenty-first", 21),
                                          ("Twenty First", 21), ("ninetieth", 90), ("118th", 118)])
def test_ordinals_in_digits_and_words(token, value):
    assert ordinal_value(token) == value


def test_a_committee_serves_from_its_congress_to_the_next():
    (mention,) = find_bodies("the fifth plenum of the 19th CPC Central Committee")
    assert (mention.first_year, mention.last_year) == (2017, 2022)
    (latest,) = find_bodies("the 20th CPC Central Committee")
    assert (latest.first_year, latest.last_year) == (2022, 2027)


def test_the_earliest_year_is_the_latest_body_less_the_lead():
    text = "Unlike the 12th NPC, the 13th National People's Congress met under new rules."
    year, mention = earliest_year(text)
    assert (year, mention.text) == (2018 - rules()["lead_years"], "13th National People's Congress")
    assert earliest_year("The committee met on Tuesday.") is None


def test_an_unknown_number_names_no_year():
    assert list(find_bodies("the 35th National Congress of the Communist Party of China")) == []
    assert list(find_bodies("the 300th Congress")) == []


FOUNDINGS = [pytest.param(f["id"], ex, id=f"{f['id']}:{ex['text'][:40]}") for f in rules()["founding"]
             for ex in f["examples"]]
NOT_FOUNDINGS = [pytest.param(f["id"], text, id=f"{f['id']}:{text[:40]}") for f in rules()["founding"]
                 for text in f["negatives"]]


@pytest.mark.parametrize("founding, example", FOUNDINGS)
def test_anniversary_of_a_founding_gives_its_year(founding, example):
    assert [a.year for a in find_anniversaries(example["text"]) if a.founding == founding] == [example["year"]]


@pytest.mark.parametrize("founding, text", NOT_FOUNDINGS)
def test_other_anniversaries_give_no_founding_year(founding, text):
    assert [a for a in find_anniversaries(text) if a.founding == founding] == []


@pytest.mark.parametrize("text, year", [
    ("the bicentenary of the founding of the United Nations", 2145),
    ("Pyongyang marked the DPRK's 75th founding anniversary.", 2023),
    ("the Seventieth Anniversary of the Founding of the People's Republic of China", 2019),
])
def test_anniversary_forms(text, year):
    assert [a.year for a in find_anniversaries(text)] == [year]


def test_every_body_example_holds_a_hint_word():
    hints = rules()["hints"]
    for body in rules()["body"]:
        for example in body["examples"]:
            assert any(hint in example["text"] for hint in hints), example["text"]
