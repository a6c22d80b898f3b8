"""Immutable records passed between pipeline stages."""
from __future__ import annotations

import datetime as dt

import attrs


def _tuple(value) -> tuple:
    """Convert a list (or any iterable) to a tuple so records stay immutable."""
    return tuple(value)


@attrs.frozen(kw_only=True)
class Article:
    """An article as read from its source: the text is kept exactly as read."""

    article_id: str = attrs.field(validator=attrs.validators.min_len(1))
    text: str
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    source_path: str | None = None
    source_line: int | None = None
    published_evidence: str | None = None


@attrs.frozen(kw_only=True)
class Span:
    """A character span of an article's text, with a label."""

    start: int
    end: int
    label: str = ""


@attrs.frozen(kw_only=True)
class Anchor:
    """The publication date used to resolve relative dates, and where it came from."""

    date: dt.date | None = None
    year: int | None = None
    source: str | None = None
    evidence: str | None = None
    char_start: int | None = None
    char_end: int | None = None


@attrs.frozen(kw_only=True)
class Timex:
    """A temporal expression found in a text and resolved against a reference date."""

    start: int
    end: int
    text: str
    type: str
    value: str
    rule_id: str
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    precision: str | None = None
    modifier: str | None = None
    duration_days: int | None = None
    tense: str | None = None


@attrs.frozen(kw_only=True)
class Actor:
    """An actor taking part in an event mention."""

    name: str
    role: str
    actor_id: str | None = None
    country: str | None = None
    wikidata: str | None = None
    kind: str | None = None
    char_start: int | None = None
    char_end: int | None = None


@attrs.frozen(kw_only=True)
class Place:
    """A place found in the text and resolved in the gazetteer."""

    name: str
    country: str
    lat: float
    lon: float
    char_start: int
    char_end: int


@attrs.frozen(kw_only=True)
class Mention:
    """One event mention found in an article."""

    mention_id: str
    article_id: str
    event_type: str
    char_start: int
    char_end: int
    trigger_text: str
    sentence_start: int
    sentence_end: int
    sentence: str
    status: str
    rule_id: str
    confidence: float
    status_cue: str | None = None
    timex: Timex | None = None
    date_source: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str | None = None
    date_modifier: str | None = None
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    place: Place | None = None
    container_index: int | None = None
    anaphoric: bool = False
    distinct_marker: str | None = None
    cameo_code: str | None = None
    plover_type: str | None = None


@attrs.frozen(kw_only=True)
class Event:
    """One distinct happening, linked from one or more mentions."""

    event_id: str
    event_type: str
    status: str
    mention_ids: tuple[str, ...] = attrs.field(converter=_tuple)
    article_ids: tuple[str, ...] = attrs.field(converter=_tuple)
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str | None = None
    date_modifier: str | None = None
    date_text: str | None = None
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    place: Place | None = None
    confidence: float = 0.0
    cameo_code: str | None = None
    plover_type: str | None = None


@attrs.frozen(kw_only=True)
class ArticleResult:
    """Everything eventx found in one article, before cross-article linking."""

    article: Article
    anchor: Anchor
    excluded: tuple[Span, ...] = attrs.field(converter=_tuple)
    timexes: tuple[Timex, ...] = attrs.field(converter=_tuple)
    mentions: tuple[Mention, ...] = attrs.field(converter=_tuple)
    clusters: tuple[tuple[int, ...], ...] = attrs.field(default=(), converter=_tuple)


def dated_like(mention: Mention, source: Mention, how: str) -> Mention:
    """A mention that takes another mention's date, saying how it got it (container, context)."""
    return attrs.evolve(mention, timex=source.timex, date_source=how, date_start=source.date_start,
                        date_end=source.date_end, date_precision=source.date_precision,
                        date_modifier=source.date_modifier)
