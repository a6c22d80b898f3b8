"""The three tables: records to rows, linking across articles, validation, and writing a dataset folder."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any, Iterable

import pyarrow.parquet as pq

from . import schema, store
from .errors import InputError
from .link import article_event_id, link_groups
from .records import Actor, ArticleResult, Event, Mention, Place, Timex

TABLE_NAMES = store.TABLE_NAMES
PARTITION_CHOICES = store.PARTITION_KEYS


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
    row = {"name": actor.name, "role": actor.role, "kind": actor.kind, "actor_id": actor.actor_id,
           "country": actor.country, "wikidata": actor.wikidata}
    if offsets:
        row["char_start"], row["char_end"] = actor.char_start, actor.char_end
    return row


def content_sha256(text: str) -> str:
    """The hash that tells whether an article's text changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_row(result: ArticleResult, *, keep_text: bool = True) -> dict[str, Any]:
    """The articles-table row of one article."""
    a, anchor = result.article, result.anchor
    return {
        "article_id": a.article_id, "published": anchor.date, "published_source": anchor.source if anchor.date else None,
        "published_evidence": anchor.evidence, "published_char_start": anchor.char_start,
        "published_char_end": anchor.char_end, "title": a.title, "url": a.url, "outlet": a.outlet,
        "source_path": a.source_path, "source_line": a.source_line,
        "content_sha256": content_sha256(a.text), "n_chars": len(a.text),
        "excluded_spans": [{"start": s.start, "end": s.end, "reason": s.label} for s in result.excluded],
        "mention_count": len(result.mentions), "text": a.text if keep_text else None,
    }


def mention_row(m: Mention, event_id: str, article_event: str) -> dict[str, Any]:
    """The mentions-table row of one mention."""
    t = m.timex
    return {
        "mention_id": m.mention_id, "event_id": event_id, "article_id": m.article_id,
        "article_event_id": article_event, "event_type": m.event_type,
        "cameo_code": m.cameo_code, "plover_type": m.plover_type, "char_start": m.char_start, "char_end": m.char_end,
        "trigger_text": m.trigger_text, "sentence": m.sentence, "sentence_start": m.sentence_start,
        "sentence_end": m.sentence_end, "date_text": t.text if t else None,
        "date_char_start": t.start if t else None,
        "date_char_end": t.end if t else None, "timex_value": t.value if t else None,
        "date_start": m.date_start, "date_end": m.date_end, "date_precision": m.date_precision,
        "date_modifier": m.date_modifier, "date_source": m.date_source, "status": m.status,
        "status_cue": m.status_cue, "anaphoric": m.anaphoric, "actors": [_actor(a, offsets=True) for a in m.actors],
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


def result_rows(result: ArticleResult, *, keep_text: bool = True) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The article row and mention rows of one article; `event_id` is filled in by linking."""
    article_event = {}
    for group in result.clusters:
        group_id = article_event_id(result.mentions[i] for i in group)
        article_event.update({i: group_id for i in group})
    mentions = [mention_row(m, "", article_event.get(i) or article_event_id([m])) for i, m in enumerate(result.mentions)]
    return article_row(result, keep_text=keep_text), mentions


def _place_from_row(row: dict[str, Any]) -> Place | None:
    """The place of a mention row, if it has one."""
    if row["location_name"] is None:
        return None
    return Place(name=row["location_name"], country=row["location_country"], lat=row["location_lat"],
                 lon=row["location_lon"], char_start=row["location_char_start"], char_end=row["location_char_end"])


def mention_from_row(row: dict[str, Any]) -> Mention:
    """A mention rebuilt from its row: everything linking and event building read.

    The temporal expression keeps its span, text and value; its rule and type are not stored in the
    mentions table and are not needed to link.
    """
    timex = None
    if row["date_text"] is not None:
        timex = Timex(start=row["date_char_start"], end=row["date_char_end"], text=row["date_text"],
                      type="DATE", value=row["timex_value"] or "", rule_id="")
    actors = tuple(Actor(name=a["name"], role=a["role"], kind=a.get("kind"), actor_id=a["actor_id"],
                         country=a["country"], wikidata=a["wikidata"], char_start=a.get("char_start"),
                         char_end=a.get("char_end")) for a in row["actors"])
    return Mention(
        mention_id=row["mention_id"], article_id=row["article_id"], event_type=row["event_type"],
        char_start=row["char_start"], char_end=row["char_end"], trigger_text=row["trigger_text"],
        sentence_start=row["sentence_start"], sentence_end=row["sentence_end"], sentence=row["sentence"],
        status=row["status"], rule_id=row["rule_id"], confidence=row["confidence"], status_cue=row["status_cue"],
        timex=timex, date_source=row["date_source"], date_start=row["date_start"], date_end=row["date_end"],
        date_precision=row["date_precision"], date_modifier=row["date_modifier"], actors=actors,
        place=_place_from_row(row), anaphoric=row["anaphoric"], cameo_code=row["cameo_code"],
        plover_type=row["plover_type"])


def link_rows(mention_rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Link mention rows into event rows; return them and the event id of every mention."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for row in mention_rows:
        groups.setdefault((row["article_id"], row["article_event_id"]), []).append(mention_from_row(row))
    events, event_of = link_groups(groups[key] for key in sorted(groups))
    return [event_row(e) for e in events], event_of


def assemble(article_rows: list[dict[str, Any]], mention_rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The three tables from article and mention rows: linked, with event ids, in a deterministic order."""
    event_rows, event_of = link_rows(mention_rows)
    articles = sorted(article_rows, key=lambda r: r["article_id"])
    mentions = sorted(({**r, "event_id": event_of[r["mention_id"]]} for r in mention_rows),
                      key=lambda r: (r["article_id"], r["char_start"], r["event_type"], r["mention_id"]))
    return {"articles": articles, "mentions": mentions, "events": event_rows}


def build_rows(results: Iterable[ArticleResult], *, keep_text: bool = True) -> dict[str, list[dict[str, Any]]]:
    """Rows of the three tables for a run, linked across articles, in a deterministic order."""
    article_rows, mention_rows = [], []
    for result in results:
        article, mentions = result_rows(result, keep_text=keep_text)
        article_rows.append(article)
        mention_rows.extend(mentions)
    return assemble(article_rows, mention_rows)


def _month(date: dt.date | None) -> str:
    """The published_month partition value of a date."""
    return date.strftime("%Y-%m") if date is not None else store.UNKNOWN_PARTITION


def check_dataset_version(out: Path) -> None:
    """Raise naming what differs when a dataset was written with another schema version."""
    for name in TABLE_NAMES:
        for path in store.table_files(out, name):
            meta = pq.read_schema(path).metadata or {}
            version = meta.get(b"eventx.schema_version", b"").decode()
            if version == schema.schema_version():
                continue
            kind = {v: k for k, v in schema.TABLES.items()}[name]
            embedded = meta.get(b"eventx.json_schema")
            differences = (schema.schema_differences(json.loads(embedded), schema.json_schema(kind))
                           if embedded else ["the file carries no JSON Schema"])
            raise InputError(f"{path}: written with schema version {version or 'unknown'}, this eventx writes "
                             f"{schema.schema_version()}; differences: " + "; ".join(differences)
                             + ". Rebuild the dataset from its inputs (without --update).")


def write_dataset(results: Iterable[ArticleResult], out: str | Path, *, partition_by: str | None = None,
                  update: bool = False, keep_text: bool = True) -> dict[str, list[dict[str, Any]]]:
    """Validate and write articles, mentions and events under OUT, all or nothing; return the rows.

    With `update`, the articles already in OUT are kept (an article given again replaces its old
    version) and events are linked again across old and new articles; files whose content did not
    change are not rewritten.  `partition_by="published_month"` writes hive partitions; with
    `update` and no `partition_by`, the existing layout is kept.
    """
    rows, _ = save(results, out, partition_by=partition_by, update=update, keep_text=keep_text)
    return rows


def save(results: Iterable[ArticleResult], out: str | Path, *, partition_by: str | None = None,
         update: bool = False, keep_text: bool = True) -> tuple[dict[str, list[dict[str, Any]]], store.CommitStats]:
    """write_dataset, also returning which files were written, left unchanged or deleted."""
    article_rows, mention_rows = [], []
    for result in results:
        article, mentions = result_rows(result, keep_text=keep_text)
        article_rows.append(article)
        mention_rows.extend(mentions)
    return save_rows(article_rows, mention_rows, out, partition_by=partition_by, update=update)


def save_rows(article_rows: list[dict[str, Any]], mention_rows: list[dict[str, Any]], out: str | Path, *,
              partition_by: str | None = None, update: bool = False
              ) -> tuple[dict[str, list[dict[str, Any]]], store.CommitStats]:
    """Link article and mention rows (with the dataset's, for update), validate and commit them; return the rows."""
    from .build import build

    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in mention_rows:
        by_article.setdefault(row["article_id"], []).append(row)
    _, stats = build(((a, by_article.get(a["article_id"], [])) for a in article_rows), out,
                     partition_by=partition_by, update=update)
    rows = {name: (table.to_pylist() if (table := store.read_table(Path(out), name)) is not None else [])
            for name in TABLE_NAMES}
    return rows, stats
