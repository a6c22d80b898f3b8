"""Adapters that run eventx.batch on existing engines: Dask here; Spark and Ray recipes in docs/distributed.md.

Needs the `dask` extra (`pip install 'eventx[dask]'`).  Nothing here schedules work: Dask does.
"""
from __future__ import annotations

from typing import Any

import pyarrow as pa

from . import batch, schema


def _pandas(table: pa.Table) -> Any:
    """An Arrow table as a pandas DataFrame with Arrow-backed columns (nested types kept)."""
    import pandas as pd

    return table.to_pandas(types_mapper=pd.ArrowDtype)


def empty_frame(arrow_schema: pa.Schema) -> Any:
    """An empty DataFrame with the columns and dtypes of a schema: the `meta` Dask asks for."""
    return _pandas(arrow_schema.empty_table())


def extract_partition(frame: Any, keep_text: bool = True) -> Any:
    """map_partitions function: articles (INPUT_SCHEMA columns) -> one result row per article."""
    table = pa.Table.from_pandas(frame, schema=batch.INPUT_SCHEMA, preserve_index=False)
    return _pandas(pa.Table.from_batches([batch.extract_batch(table, keep_text=keep_text)]))


def articles_partition(frame: Any) -> Any:
    """map_partitions function: result rows -> articles-table rows."""
    return _pandas(batch.articles_of(pa.Table.from_pandas(frame, schema=batch.RESULT_SCHEMA, preserve_index=False)))


def mentions_partition(frame: Any) -> Any:
    """map_partitions function: result rows -> mentions-table rows (event_id still empty)."""
    return _pandas(batch.mentions_of(pa.Table.from_pandas(frame, schema=batch.RESULT_SCHEMA, preserve_index=False)))


def link_group(frame: Any) -> Any:
    """groupby().apply function: the mentions of one blocking key -> its events-table rows."""
    mentions = pa.Table.from_pandas(frame, schema=schema.arrow_schema("mention"), preserve_index=False)
    return _pandas(batch.link_block(mentions))


def run_dask(articles: Any, *, keep_text: bool = True) -> tuple[Any, Any, Any]:
    """Dask collections of the articles, mentions (event_id empty) and events tables of a Dask DataFrame of articles.

    Extraction runs per partition; linking runs per blocking key after a shuffle.  Compute the three
    together and set the mentions' event ids with `eventx.batch.assign_events`.
    """
    results = articles.map_partitions(extract_partition, keep_text, meta=empty_frame(batch.RESULT_SCHEMA))
    article_rows = results.map_partitions(articles_partition, meta=empty_frame(schema.arrow_schema("article")))
    mention_rows = results.map_partitions(mentions_partition, meta=empty_frame(schema.arrow_schema("mention")))
    keyed = mention_rows.assign(block=mention_rows[batch.BLOCKING_KEY])
    events = keyed.groupby("block").apply(link_group, meta=empty_frame(schema.arrow_schema("event")),
                                          shuffle_method="tasks")
    return article_rows, mention_rows, events


def to_tables(articles: Any, mentions: Any, events: Any) -> dict[str, pa.Table]:
    """Computed pandas results of run_dask as the three sorted Arrow tables eventx writes."""
    tables = {name: pa.Table.from_pandas(frame, schema=schema.arrow_schema(kind), preserve_index=False)
              for name, kind, frame in (("articles", "article", articles), ("mentions", "mention", mentions),
                                        ("events", "event", events))}
    linked = batch.assign_events(tables["mentions"], tables["events"])
    return batch.sort_tables(tables["articles"], linked, tables["events"])
