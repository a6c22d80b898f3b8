"""The pipeline as pure functions over Arrow data, for engines that schedule the work themselves.

Two steps, each a pure function, so Spark (`mapInArrow`, `applyInArrow`), Dask (`map_partitions`,
`groupby().apply`) and Ray (`map_batches`, `groupby().map_groups`) can run them with no
scheduling code of ours:

1. `extract_batch`: a record batch of articles (`INPUT_SCHEMA`) -> a record batch with one row per
   article, holding its articles-table row and its mention rows (`RESULT_SCHEMA`); `articles_of` and
   `mentions_of` split it into the two tables.  Articles are independent, so batches can be cut anywhere.
2. `link_block`: the mentions of one event type (the blocking key: mentions of different types
   never link) -> that type's rows of the events table.  Group the mentions by `event_type` and apply
   it to each group; `assign_events` then sets `event_id` on the mentions from the events' `mention_ids`.

Running 1 over any split of the corpus and 2 per event type gives the same three tables as
`eventx extract` in one process (`tests/test_distributed.py` checks it under Dask).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.compute as pc

from . import schema
from .dataset import link_rows
from .ingest import parse_published
from .records import Article
from .runner import extract_rows

INPUT_SCHEMA = pa.schema([
    pa.field("id", pa.string(), nullable=False), pa.field("text", pa.string(), nullable=False),
    pa.field("published", pa.date32()), pa.field("url", pa.string()), pa.field("title", pa.string()),
    pa.field("outlet", pa.string()),
])
BLOCKING_KEY = "event_type"


def _struct(kind: str) -> pa.StructType:
    """The row struct of one table."""
    return pa.struct(list(schema.arrow_schema(kind)))


RESULT_SCHEMA = pa.schema([pa.field("article", _struct("article"), nullable=False),
                           pa.field("mentions", pa.list_(pa.field("item", _struct("mention"), nullable=False)),
                                    nullable=False)])


def _article(record: dict[str, Any]) -> Article:
    """An Article from an input record (published may be a date or an ISO string)."""
    published = record.get("published")
    if not isinstance(published, dt.date):
        published = parse_published(published, where=f"article {record['id']!r}")
    return Article(article_id=record["id"], text=record["text"], published=published, url=record.get("url"),
                   title=record.get("title"), outlet=record.get("outlet"))


def extract_batch(batch: pa.RecordBatch | pa.Table, *, keep_text: bool = True) -> pa.RecordBatch:
    """One result row per input article: its article row and its mention rows (event_id still empty)."""
    rows = []
    for record in batch.to_pylist():
        extracted = extract_rows(_article(record), keep_text)
        rows.append({"article": extracted.article, "mentions": extracted.mentions})
    return pa.RecordBatch.from_pylist(rows, schema=RESULT_SCHEMA)


def extract_batches(batches: Iterable[pa.RecordBatch], *, keep_text: bool = True) -> Iterator[pa.RecordBatch]:
    """extract_batch over an iterator of batches, the signature Spark's mapInArrow expects."""
    for batch in batches:
        yield extract_batch(batch, keep_text=keep_text)


def articles_of(results: pa.RecordBatch | pa.Table) -> pa.Table:
    """The articles-table rows of extract_batch results."""
    table = pa.table({"article": results.column("article")}) if isinstance(results, pa.RecordBatch) else results
    return pa.Table.from_struct_array(table.column("article").combine_chunks()).cast(schema.arrow_schema("article"))


def mentions_of(results: pa.RecordBatch | pa.Table) -> pa.Table:
    """The mentions-table rows of extract_batch results (event_id still empty)."""
    column = results.column("mentions")
    mentions = pc.list_flatten(column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column)
    return pa.Table.from_struct_array(mentions).cast(schema.arrow_schema("mention"))


def link_block(mentions: pa.Table) -> pa.Table:
    """The events of one blocking group of mentions (all of one event type), as events-table rows."""
    events, _ = link_rows(mentions.to_pylist())
    return pa.Table.from_pylist(events, schema=schema.arrow_schema("event"))


def assign_events(mentions: pa.Table, events: pa.Table) -> pa.Table:
    """Mentions with `event_id` set from the events' `mention_ids`."""
    flat = pc.list_flatten(events.column("mention_ids"))
    parents = pc.list_parent_indices(events.column("mention_ids"))
    event_ids = pc.take(events.column("event_id"), parents)
    lookup = pc.index_in(mentions.column("mention_id"), value_set=flat)
    assigned = pc.take(event_ids, lookup)
    if assigned.null_count:
        raise ValueError(f"{assigned.null_count} mentions belong to no event; link every blocking group")
    index = mentions.schema.get_field_index("event_id")
    return mentions.set_column(index, mentions.schema.field("event_id"), assigned)


def sort_tables(articles: pa.Table, mentions: pa.Table, events: pa.Table) -> dict[str, pa.Table]:
    """The three tables in the order eventx writes them (the same as one process writes)."""
    return {
        "articles": articles.sort_by([("article_id", "ascending")]),
        "mentions": mentions.sort_by([("article_id", "ascending"), ("char_start", "ascending"),
                                      ("event_type", "ascending"), ("mention_id", "ascending")]),
        "events": events.sort_by([("event_id", "ascending")]),
    }
