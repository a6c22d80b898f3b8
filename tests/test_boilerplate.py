"""Runs the boilerplate rule examples and checks that marking never rewrites the text."""
from __future__ import annotations

import pytest

from eventx import Article, extract_article
from eventx.clean import boilerplate_spans, line_kind
from eventx.rulefiles import load_rules

RULES = load_rules("boilerplate_en")
LINE_CASES = [pytest.param(r["kind"], ex, True, id=f"{r['kind']}:+:{ex[:30]}") for r in RULES["line"] for ex in r["examples"]]
LINE_CASES += [pytest.param(r["kind"], ex, False, id=f"{r['kind']}:-:{ex[:30]}") for r in RULES["line"] for ex in r["negatives"]]


@pytest.mark.parametrize(("kind", "line", "positive"), LINE_CASES)
def test_boilerplate_line_rules(kind: str, line: str, positive: bool) -> None:
    assert (line_kind(line) == kind) is positive or (not positive and line_kind(line) != kind)


@pytest.mark.parametrize("example", RULES["tail"]["examples"], ids=lambda e: e["text"][:30])
def test_boilerplate_related_list_at_the_tail(example: dict) -> None:
    text = example["text"]
    excluded = [text[s.start:s.end] for s in boilerplate_spans(text)]
    for line in example["excluded"]:
        assert line in excluded


@pytest.mark.parametrize("example", RULES["tail"]["negatives"], ids=lambda e: e["text"][:30])
def test_boilerplate_short_lines_inside_the_body_are_kept(example: dict) -> None:
    text = example["text"]
    excluded = [text[s.start:s.end] for s in boilerplate_spans(text)]
    for line in example["kept"]:
        assert line not in excluded


@pytest.mark.parametrize("example", [ex for r in RULES["inline"] for ex in r["examples"]], ids=lambda e: e[:30])
def test_boilerplate_inline_credit_is_excluded(example: str) -> None:
    credit = example.rindex("(")
    assert any(s.start <= credit and len(example.rstrip()) <= s.end for s in boilerplate_spans(example))


def test_boilerplate_repeated_lede_keeps_the_later_copy() -> None:
    lede = "Troops and tanks paraded through the capital on Sunday to mark the founding anniversary of the army."
    text = f"Army parade\n\n{lede}\n\nBy Staff\n\n{lede} Officials said the event drew large crowds.\n"
    spans = [s for s in boilerplate_spans(text) if s.label == "repeat"]
    assert len(spans) == 1 and spans[0].start == text.index(lede)


def test_boilerplate_related_headlines_yield_no_mentions() -> None:
    text = ("Ministers met in Brussels on Monday and agreed to extend the sanctions, officials said.\n\n"
            "Read more\nProtesters clash with police in the capital\nRebels attack army base in the north\n")
    result = extract_article(Article(article_id="a", text=text, published=None))
    boiler_start = text.index("Read more")
    assert result.mentions and all(m.char_start < boiler_start for m in result.mentions)
    assert result.article.text == text


def test_plain_text_title_skips_page_furniture() -> None:
    from eventx import Article, extract_article

    text = "Skip to content\nWorld | Politics | Sport | Culture\nCoalition talks collapse in The Hague\n\nTalks ended on Friday.\n"
    article = Article(article_id="t", text=text, title="Skip to content")
    assert extract_article(article).article.title == "Coalition talks collapse in The Hague"
    kept = Article(article_id="k", text="Coalition talks collapse\n\nTalks ended.", title="Coalition talks collapse")
    assert extract_article(kept).article.title == "Coalition talks collapse"
