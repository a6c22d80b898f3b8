"""Linking across articles gives the same events in every run, whatever Python's string hashing."""
from __future__ import annotations

import datetime as dt
import itertools
import random
import subprocess
import sys

from eventx.link import Linkable, _link, actors_compatible, actors_shared

PROBE = """
import datetime as dt
from eventx.link import Linkable, link_components
d = dt.date
block = ("weapons_test", "occurred")
items = [
    # a month-long mention naming two people, and two one-day mentions each naming one of them: the
    # month can join either day but not both (the days do not nest), so the candidate order decides
    Linkable(index=0, article_id="a", block=block, start=d(2024, 3, 1), end=d(2024, 3, 31),
             keys=frozenset({"person:%s", "person:%s"})),
    Linkable(index=1, article_id="b", block=block, start=d(2024, 3, 3), end=d(2024, 3, 3),
             keys=frozenset({"person:%s"})),
    Linkable(index=2, article_id="c", block=block, start=d(2024, 3, 5), end=d(2024, 3, 5),
             keys=frozenset({"person:%s"})),
]
print(link_components(items, 3))
"""


def test_link_components_do_not_depend_on_string_hashing() -> None:
    for first, second in (("kim", "choe"), ("alpha", "omega"), ("x1", "y2")):
        code = PROBE % (first, second, first, second)
        results = {subprocess.run([sys.executable, "-c", code], env={"PYTHONHASHSEED": str(seed)},
                                  capture_output=True, text=True, check=True).stdout for seed in range(8)}
        assert len(results) == 1, (first, second, results)


def test_pair_check_on_split_keys_agrees_with_the_actor_rules() -> None:
    # cross-article linking splits each event's actor keys once; its verdict must be the one
    # actors_compatible and actors_shared give on the whole key sets
    pool = ["person:a", "person:b", "person:c", "country:X", "country:Y", "country:Z"]
    rng = random.Random(7)
    day = dt.date(2020, 1, 1)
    sets = [frozenset(rng.sample(pool, rng.randint(0, 4))) for _ in range(60)]
    for left, right in itertools.product(sets, repeat=2):
        a = Linkable(index=0, article_id="a", block=("protest", "past"), start=day, end=day, keys=left)
        b = Linkable(index=1, article_id="b", block=("protest", "past"), start=day, end=day, keys=right)
        assert _link(a, b) == (actors_compatible(left, right) and actors_shared(left, right)), (left, right)


def test_the_same_measure_by_an_international_body_and_a_country_is_two_events() -> None:
    # a body without a country of its own (the EU, the UN) is keyed like a country when linking
    from eventx import Article, extract_article

    text = ("The European Union suspended budget support to the junta on Saturday. "
            "France halted its development aid the same day.")
    result = extract_article(Article(article_id="a", text=text, published=dt.date(2023, 8, 1)))
    sanctions = [i for i, m in enumerate(result.mentions) if m.event_type == "sanctions"]
    assert len(sanctions) == 2
    assert not any(set(sanctions) <= set(cluster) for cluster in result.clusters)


def test_statements_of_two_bodies_named_by_description_on_one_day_are_two_events() -> None:
    # "the electoral commission" and "the prime minister's office" are actors (kind state_body) that keep
    # their statements apart, though neither is in the actor dictionary
    from eventx import Article, extract_article

    text = ("14:05 The electoral commission announced the final count on Tuesday.\n\n"
            "15:20 In the capital, the prime minister's office issued a statement rejecting the count.")
    result = extract_article(Article(article_id="a", text=text, published=dt.date(2023, 8, 29)))
    speech = [m for m in result.mentions if m.event_type == "speech_or_statement"]
    assert [a.kind for m in speech for a in m.actors] == ["state_body", "state_body"]
    indexes = [result.mentions.index(m) for m in speech]
    assert not any(set(indexes) <= set(cluster) for cluster in result.clusters)
