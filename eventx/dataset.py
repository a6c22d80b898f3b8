"""The three tables: records to rows, validation against the JSON Schemas, atomic Parquet writes."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from . import schema
from .errors import ValidationError
from .pipeline import link_results
from .records import Actor, ArticleResult, Event, Mention, Place

TABLE_NAMES = ("articles", "mentions", "events")
MAX_REPORTED_VIOLATIONS = 20


def _place_columns(place: Place | None, *, offsets: bool) -> dict[str, Any]:
    """Flat location columns."""
    cols = {"location_name": place.name if place else None, "location_country": place.country if place else None,
            "location_lat": place.lat if place else None, "location_lon": place.lon if place else None}
    if offsets:
        cols["location_char_start"] = place.char_start if place else None
        cols["location_char_end"] = place.char_end if place else None
    return cols


def _actor(actor: Actor, *, offsets: bool) -> dict[str, Any]:
    """An actor as a nested row."""
    row = {"name": actor.name, "role": actor.role, "actor_id": actor.actor_id, "country": actor.country,
           "wikidata": actor.wikidata}
    if offsets:
        row["char_start"], row["char_end"] = actor.char_start, actor.char_end
    return row


def article_row(result: ArticleResult) -> dict[str, Any]:
    """The articles-table row of one article."""
    import hashlib

    a, anchor = result.article, result.anchor
    return {
        "article_id": a.article_id, "published": anchor.date, "published_source": anchor.source if anchor.date else None,
        "published_evidence": anchor.evidence, "published_char_start": anchor.char_start,
        "published_char_end": anchor.char_end, "title": a.title, "url": a.url, "outlet": a.outlet,
        "source_path": a.source_path, "source_line": a.source_line,
        "content_sha256": hashlib.sha256(a.text.encode("utf-8")).hexdigest(), "n_chars": len(a.text),
        "excluded_spans": [{"start": s.start, "end": s.end, "reason": s.label} for s in result.excluded],
        "mention_count": len(result.mentions),
    }


def mention_row(m: Mention, event_id: str) -> dict[str, Any]:
    """The mentions-table row of one mention."""
    t = m.timex
    return {
        "mention_id": m.mention_id, "event_id": event_id, "article_id": m.article_id, "event_type": m.event_type,
        "cameo_code": m.cameo_code, "plover_type": m.plover_type, "char_start": m.char_start, "char_end": m.char_end,
        "trigger_text": m.trigger_text, "sentence": m.sentence, "sentence_start": m.sentence_start,
        "sentence_end": m.sentence_end, "date_text": t.text if t else None,
        "date_char_start": t.start if t else None,
        "date_char_end": t.end if t else None, "timex_value": t.value if t else None,
        "date_start": m.date_start, "date_end": m.date_end, "date_precision": m.date_precision,
        "date_modifier": m.date_modifier, "date_source": m.date_source, "status": m.status,
        "status_cue": m.status_cue, "actors": [_actor(a, offsets=True) for a in m.actors],
        **_place_columns(m.place, offsets=True), "rule_id": m.rule_id, "confidence": m.confidence,
    }


def event_row(e: Event) -> dict[str, Any]:
    """The events-table row of one event."""
    return {
        "event_id": e.event_id, "event_type": e.event_type, "cameo_code": e.cameo_code, "plover_type": e.plover_type,
        "date_start": e.date_start, "date_end": e.date_end, "date_precision": e.date_precision,
        "date_modifier": e.date_modifier, "date_text": e.date_text, "status": e.status,
        "actors": [_actor(a, offsets=False) for a in e.actors], **_place_columns(e.place, offsets=False),
        "mention_count": len(e.mention_ids), "article_ids": list(e.article_ids), "mention_ids": list(e.mention_ids),
        "confidence": e.confidence,
    }


def build_rows(results: list[ArticleResult]) -> dict[str, list[dict[str, Any]]]:
    """Rows of the three tables for a run, linked across articles, in a deterministic order."""
    events, event_of = link_results(results)
    articles = sorted((article_row(r) for r in results), key=lambda r: r["article_id"])
    mentions = sorted((mention_row(m, event_of[m.mention_id]) for r in results for m in r.mentions),
                      key=lambda r: (r["article_id"], r["char_start"], r["event_type"]))
    return {"articles": articles, "mentions": mentions, "events": [event_row(e) for e in events]}


def _record_label(kind: str, row: dict[str, Any]) -> str:
    """How to name a record in an error: its id."""
    key = {"article": "article_id", "mention": "mention_id", "event": "event_id"}[kind]
    return f"{kind} {row.get(key)!r}"


def validate_rows(rows: dict[str, list[dict[str, Any]]]) -> None:
    """Validate every row against its schema; raise naming the records and fields that fail."""
    problems = []
    for kind in schema.KINDS:
        table = rows[schema.TABLES[kind]]
        for violation in schema.iter_violations(table, kind):
            label = _record_label(kind, table[violation.record - 1])
            problems.append(f"{schema.TABLES[kind]} {label}: {violation.path or '<record>'}: {violation.message}")
            if len(problems) >= MAX_REPORTED_VIOLATIONS:
                break
    if problems:
        raise ValidationError("records do not match the schemas; nothing was written:\n  " + "\n  ".join(problems))


def to_table(kind: str, rows: list[dict[str, Any]]) -> pa.Table:
    """An Arrow table of one kind, with the schema derived from the JSON Schema."""
    return pa.Table.from_pylist(rows, schema=schema.arrow_schema(kind))


def write_dataset(results: Iterable[ArticleResult], out: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Validate and write articles, mentions and events as OUT/NAME.parquet (zstd), atomically per file.

    Every record is validated before anything is written; files are written under a temporary
    name that does not end in .parquet and renamed into place, so readers never see a partial file.
    """
    rows = build_rows(list(results))
    validate_rows(rows)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tables = {name: to_table(kind, rows[name]) for kind, name in schema.TABLES.items()}
    temporary = {name: out / f".{name}.parquet.tmp-{os.getpid()}" for name in TABLE_NAMES}
    try:
        for name, table in tables.items():
            pq.write_table(table, temporary[name], compression="zstd")
        for name in TABLE_NAMES:
            os.replace(temporary[name], out / f"{name}.parquet")
    finally:
        for path in temporary.values():
            path.unlink(missing_ok=True)
    return rows
