"""The actor dictionary and gazetteer are well-formed data, and unknown people are found by title."""
from __future__ import annotations

import csv
import re

import pytest

from eventx import lexicon
from eventx.rulefiles import DATA_DIR, load_rules


def test_actors_dictionary_integrity() -> None:
    entries = lexicon.actor_entries()
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)) and len(entries) >= 200
    for e in entries:
        assert e["kind"] in {"person", "party", "state_body", "government", "country", "organization", "media"}, e["id"]
        assert "country" not in e or re.fullmatch(r"[A-Z]{3}", e["country"]), e["id"]
        assert "wikidata" not in e or re.fullmatch(r"Q\d+", e["wikidata"]), e["id"]
    countries = {e["country"] for e in entries if e["kind"] == "country"}
    assert len(countries) >= 30


def test_actors_full_names_are_not_shared() -> None:
    owners: dict[str, str] = {}
    for e in lexicon.actor_entries():
        for form in [e["name"], *e.get("aliases", [])]:
            assert owners.setdefault(form, e["id"]) == e["id"], f"{form!r} claimed by {owners[form]} and {e['id']}"


def test_actors_gazetteer_integrity() -> None:
    with (DATA_DIR / "places.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) > 300
    for row in rows:
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row["name"]
        assert re.fullmatch(r"[A-Z]{3}", row["iso3"]), row["name"]


@pytest.mark.parametrize("example", [ex for p in load_rules("actors_en")["pattern"] for ex in p["examples"]],
                         ids=lambda e: e["text"][:30])
def test_actors_unknown_people_found_by_title(example: dict) -> None:
    names = [f.entry.name for f in lexicon.find_actors(example["text"])]
    assert example["name"] in names


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese President Xi Jinping spoke. Later Xi left.", ["Xi Jinping", "Xi Jinping"]),
    ("Xi left early.", []),                                     # a surname alone is not enough
    ("The North fired missiles.", []),                          # "the North" needs the country named first
    ("North Korea said the North would respond.", ["North Korea", "North Korea"]),
])
def test_actors_short_and_context_forms(text: str, expected: list[str]) -> None:
    assert [f.entry.name for f in lexicon.find_actors(text) if f.how != "demonym"] == expected


def test_actors_places_need_a_locative_preposition() -> None:
    text = "Talks were held in Geneva. Geneva officials said nothing."
    places = lexicon.find_places(text, 0, len(text))
    assert [(p.name, text[p.char_start:p.char_end]) for p in places] == [("Geneva", "Geneva")]
