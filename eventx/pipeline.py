"""The per-article pipeline: clean, anchor, segment, time, extract, link within the article."""
from __future__ import annotations

from typing import Iterable, Iterator

import attrs

from . import anchor as anchor_stage
from . import clean, extract, lexicon, link, segment, timex
from .records import Article, ArticleResult, Event, Span


def body_sentences(text: str, excluded: list[Span] | clean.SpanIndex,
                   paragraphs: list[Span] | None = None) -> list[Span]:
    """Sentences of the text that are not mostly boilerplate."""
    index = excluded if isinstance(excluded, clean.SpanIndex) else clean.SpanIndex(excluded)
    paragraphs = segment.paragraphs(text) if paragraphs is None else paragraphs
    return [s for p in paragraphs for s in segment.sentences(text, p.start, p.end)
            if not clean.covered(index, s.start, s.end)]


def extract_article(article: Article) -> ArticleResult:
    """Everything eventx finds in one article: anchor, boilerplate, dates and linked mentions."""
    text = article.text
    excluded = clean.boilerplate_spans(text)
    index = clean.SpanIndex(excluded)
    paragraphs = segment.paragraphs(text)
    sentences = body_sentences(text, index, paragraphs)
    article = _title_from_body(article, index, paragraphs)
    anchor = anchor_stage.find_anchor(article, sentences, paragraphs)
    # without a date the anchoring already tagged these sentences without one: the same expressions
    tagged = timex.find_timexes(text, anchor.date, spans=sentences) if anchor.date is not None \
        else anchor_stage.unanchored_timexes(text, sentences)
    timexes = [t for t in tagged if not index.contains(t.start)]
    actors = lexicon.find_actors(text, excluded)
    mentions = extract.extract_mentions(text, article.article_id, anchor.date, sentences, timexes, excluded, actors)
    mentions, clusters = link.link_article(mentions)
    return ArticleResult(article=article, anchor=anchor, excluded=excluded, timexes=timexes, mentions=mentions,
                         clusters=[tuple(c) for c in clusters])


def _title_from_body(article: Article, index: clean.SpanIndex, paragraphs: list[Span]) -> Article:
    """A plain-text article whose first line is boilerplate ("Skip to content") takes its first body line as title."""
    if not paragraphs or article.title != article.text[paragraphs[0].start:paragraphs[0].end].strip():
        return article
    if not clean.covered(index, paragraphs[0].start, paragraphs[0].end):
        return article
    body = next((p for p in paragraphs if not clean.covered(index, p.start, p.end)), None)
    return attrs.evolve(article, title=article.text[body.start:body.end].strip() if body else None)


def extract_corpus(articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """Extract articles one by one, as a stream."""
    for article in articles:
        yield extract_article(article)


def link_results(results: list[ArticleResult]) -> tuple[list[Event], dict[str, str]]:
    """Link the mentions of a run into events; return the events and each mention's event id."""
    return link.link_corpus(results)
