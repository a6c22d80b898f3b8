"""The literal prefilter only skips rules that could not match: results are the same without it."""
from __future__ import annotations

import re

import attrs
import pytest

import eventx.extract as extract
from eventx import read_articles, extract_article
from eventx.dataset import build_rows
from eventx.ontology import trigger_rules
from eventx.prefilter import required_literals

from conftest import SAMPLE


@pytest.mark.parametrize(("pattern", "text", "expected"), [
    (r"(?:re-?)?elected", "Smith was reelected.", {"elected"}),
    (r"(?:a|the)\s+(?P<t>rally)\b", "a rally", {"rally"}),
    (r"(?P<t>summits?)\b", "summit", {"summit"}),
    (r"(?P<t>met|meets)\s+(?=with\s+leaders)", "met with leaders", {"leaders"}),
    (r"(?P<t>met|meets)\s+(?=to|in)", "met in Geneva", None),
    (r"[A-Z][a-z]+\s+Day", "Victory Day", None),
])
def test_prefilter_required_literals(pattern: str, text: str, expected: set[str] | None) -> None:
    literals = required_literals(re.compile(pattern, re.I))
    assert (set(literals) if literals else None) == expected
    if literals:
        assert any(word in text.lower() for word in literals)


def test_prefilter_does_not_change_results(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = list(read_articles([SAMPLE / "articles"]))
    with_filter = build_rows([extract_article(a) for a in articles])
    plain = tuple(attrs.evolve(r, literals=None) for r in trigger_rules())
    monkeypatch.setattr(extract, "trigger_rules", lambda: plain)
    without_filter = build_rows([extract_article(a) for a in articles])
    assert with_filter == without_filter
