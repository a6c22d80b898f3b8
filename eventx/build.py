"""Building a dataset folder in bounded memory, however large the corpus.

1. Rows arrive article by article (`add`).  They are buffered, and when the buffer is full it is
   sorted and written as a *run* to staging files in a hidden folder under OUT; the within-article
   events (one per `article_event_id`) are summarised into a third staging file.
2. Linking runs one event type at a time (mentions of different types never link) on the summaries
   of that type only.  The mentions of the events that span several articles are spooled to disk
   sorted by linked group, and each linked event is built from its mentions as the spool is merged.
3. The final tables are written by merging the sorted runs (and, with `update`, the files already in
   OUT, which are sorted runs too), a row group at a time, into files written under temporary names
   and validated batch by batch; then `store.commit_prepared` commits them all at once.

Memory holds one buffer of rows, one row group per run while merging, and one event type's summaries
while linking; which within-article events were linked into which event is an Arrow table of four
short columns, read back in step with the sorted tables rather than looked up in Python dicts.  The
tables are the same, byte for byte, as those of the in-memory path for any run size and any split of
the corpus, because the order of every table is total (ids break ties).
"""
from __future__ import annotations

import collections
import contextlib
import heapq
import itertools
import operator
import os
import shutil
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import attrs
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import schema, store
from .dataset import _month, check_dataset_version, event_row, mention_from_row
from .errors import ValidationError
from .link import Linkable, build_event, event_id_of, link_components, linkable

RUN_MAX_BYTES = 32_000_000
CHUNK_ROWS = 512
STAGING_ROW_GROUP = {"articles": 256, "mentions": 2_048, "summaries": 512, "links": 8_192}
MERGE_SLICE_ROWS = 64
OUTPUT_ROW_GROUP = {"articles": 2_000, "mentions": 20_000, "events": 20_000}
SORT_KEYS = {"articles": ["article_id"], "mentions": ["article_id", "char_start", "event_type", "mention_id"],
             "summaries": ["event_id"], "events": ["event_id"], "linked": ["group", "article_id", "char_start", "mention_id"]}
KINDS = {"articles": "article", "mentions": "mention", "events": "event"}
SUMMARY_SCHEMA = pa.schema([
    pa.field("article_id", pa.string(), nullable=False), pa.field("article_event_id", pa.string(), nullable=False),
    pa.field("event_type", pa.string(), nullable=False), pa.field("event_id", pa.string(), nullable=False),
    pa.field("block", pa.string()), pa.field("start", pa.date32()), pa.field("end", pa.date32()),
    pa.field("keys", pa.list_(pa.string())),
    pa.field("event", pa.struct(list(schema.arrow_schema("event"))), nullable=False),
])
LINK_COLUMNS = ["article_id", "article_event_id", "event_id", "block", "start", "end", "keys"]
LINK_SCHEMA = pa.schema([SUMMARY_SCHEMA.field(name) for name in LINK_COLUMNS])


def _sort_key(name: str) -> Callable[[dict[str, Any]], Any]:
    """The total order of a table's rows (SORT_KEYS), as a key on row dicts."""
    return operator.itemgetter(*SORT_KEYS[name])


def summaries_of(mention_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One summary per within-article event of one article's mention rows: its event alone, and how it links."""
    groups: dict[str, list] = {}
    for row in mention_rows:
        groups.setdefault(row["article_event_id"], []).append(mention_from_row(row))
    summaries = []
    for group_id, members in sorted(groups.items()):
        event = build_event(members)
        item = linkable(0, event)
        summaries.append({
            "article_id": members[0].article_id, "article_event_id": group_id, "event_type": event.event_type,
            "event_id": event.event_id, "block": item.block[1] if item else None,
            "start": item.start if item else None, "end": item.end if item else None,
            "keys": sorted(item.keys) if item else None, "event": event_row(event)})
    return summaries


class RunFile:
    """Sorted runs of one table in one staging Parquet file, each run a sequence of small row groups."""

    def __init__(self, path: Path, arrow_schema: pa.Schema, row_group: int) -> None:
        self.path, self.schema, self.row_group = path, arrow_schema, row_group
        self.writer: pq.ParquetWriter | None = None
        self.runs: list[list[int]] = []
        self.groups = 0

    def write_run(self, table: pa.Table) -> None:
        """Append one sorted run."""
        if not table.num_rows:
            return
        if self.writer is None:
            # no statistics: with many row groups their metadata, kept in memory until the file is
            # closed, would grow with the corpus
            self.writer = pq.ParquetWriter(self.path, self.schema, compression="lz4", write_statistics=False)
        self.writer.write_table(table, row_group_size=self.row_group)
        count = -(-table.num_rows // self.row_group)
        self.runs.append(list(range(self.groups, self.groups + count)))
        self.groups += count

    def close(self) -> None:
        """Finish the file."""
        if self.writer is not None:
            self.writer.close()
            self.writer = None


    def iter_runs(self) -> list[Iterator[dict[str, Any]]]:
        """One row iterator per run, each reading a row group at a time."""
        if not self.runs:
            return []
        parquet = pq.ParquetFile(self.path)
        return [_rows(parquet, run) for run in self.runs]


class Spool(RunFile):
    """A RunFile fed with unsorted Arrow tables: buffered, then sorted and written as a run when full."""

    def __init__(self, path: Path, arrow_schema: pa.Schema, row_group: int, sort_keys: list[str]) -> None:
        super().__init__(path, arrow_schema, row_group)
        self.sort_keys = [(key, "ascending") for key in sort_keys]
        self.pending: list[pa.Table] = []
        self.pending_bytes = 0

    def add(self, table: pa.Table) -> None:
        """Buffer some rows; write a run when the buffer is full."""
        self.pending.append(table)
        self.pending_bytes += table.nbytes
        if self.pending_bytes >= RUN_MAX_BYTES:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows as one sorted run."""
        if self.pending:
            self.write_run(pa.concat_tables(self.pending).sort_by(self.sort_keys))
        self.pending, self.pending_bytes = [], 0

    def close(self) -> None:
        """Write what is buffered and finish the file."""
        self.flush()
        super().close()

def _table_rows(table: pa.Table) -> Iterator[dict[str, Any]]:
    """The rows of an Arrow table as dicts, converted a slice at a time."""
    for batch in table.to_batches(max_chunksize=MERGE_SLICE_ROWS):
        yield from batch.to_pylist()


def _rows(parquet: pq.ParquetFile, row_groups: list[int] | None = None) -> Iterator[dict[str, Any]]:
    """Rows of a Parquet file (or of some of its row groups): a row group at a time as Arrow, a slice at a time as rows."""
    groups = row_groups if row_groups is not None else range(parquet.num_row_groups)
    for group in groups:
        yield from _table_rows(parquet.read_row_group(group))


@attrs.define
class Summary:
    """Counts for the end-of-run summary, gathered while the tables are written."""

    articles: int = 0
    mentions: int = 0
    events: int = 0
    dated: int = 0
    sources: collections.Counter = attrs.Factory(collections.Counter)
    by_type: collections.Counter = attrs.Factory(collections.Counter)
    by_status: collections.Counter = attrs.Factory(collections.Counter)


class TableOutput:
    """The output files of one table (flat or one per partition), validated and written a batch at a time."""

    def __init__(self, out: Path, name: str, partition_by: str | None) -> None:
        self.out, self.name, self.partition_by = out, name, partition_by
        self.kind = KINDS[name]
        self.schema = schema.arrow_schema(self.kind)
        self.buffers: dict[str, list[dict[str, Any]]] = {}
        self.chunks: dict[str, list[pa.Table]] = {}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.problems: list[str] = []

    def relative_path(self, partition: str | None) -> str:
        """The file a partition's rows go to."""
        if not self.partition_by:
            return f"{self.name}.parquet"
        return f"{self.name}/{self.partition_by}={partition}/{store.PART_NAME}"

    def add(self, row: dict[str, Any], partition: str | None = None) -> None:
        """Add a row (in the table's order) to its file."""
        key = partition if self.partition_by else ""
        buffer = self.buffers.setdefault(key, [])
        buffer.append(row)
        if len(buffer) >= CHUNK_ROWS:
            self._convert(key)

    def _convert(self, key: str) -> None:
        """Validate a partition's buffered rows and keep them as Arrow until a row group is full."""
        rows = self.buffers.pop(key, [])
        if not rows:
            return
        table, violations = schema.check_rows(rows, self.kind)
        for violation in violations[:20]:
            ident = rows[violation.record - 1].get(f"{self.kind}_id")
            self.problems.append(f"{self.name} {self.kind} {ident!r}: {violation.path or '<record>'}: {violation.message}")
        if violations or table is None:
            return
        chunks = self.chunks.setdefault(key, [])
        chunks.append(table)
        if sum(t.num_rows for t in chunks) >= OUTPUT_ROW_GROUP[self.name]:
            self._flush(key)

    def _flush(self, key: str) -> None:
        """Write a partition's validated rows as row groups of OUTPUT_ROW_GROUP rows."""
        chunks = self.chunks.pop(key, [])
        if not chunks:
            return
        table = pa.concat_tables(chunks)
        size = OUTPUT_ROW_GROUP[self.name]
        whole = table.num_rows - table.num_rows % size
        if whole:
            self._writer(key).write_table(table.slice(0, whole), row_group_size=size)
        if whole < table.num_rows:
            self.chunks[key] = [table.slice(whole)]

    def _writer(self, key: str) -> pq.ParquetWriter:
        """The writer of a partition's file (under its temporary name), opened on first use."""
        if key not in self.writers:
            final = self.out / self.relative_path(key or None)
            final.parent.mkdir(parents=True, exist_ok=True)
            self.writers[key] = pq.ParquetWriter(store.temporary_path(final), self.schema, compression=store.COMPRESSION)
        return self.writers[key]

    def close(self) -> list[str]:
        """Flush and close every file; return their relative paths (an empty table still gets a file)."""
        for key in list(self.buffers):
            self._convert(key)
        for key in list(self.chunks):
            self._writer(key).write_table(pa.concat_tables(self.chunks.pop(key)), row_group_size=OUTPUT_ROW_GROUP[self.name])
        if not self.writers and not self.problems and not self.partition_by:
            self._writer("").write_table(self.schema.empty_table())
        for writer in self.writers.values():
            writer.close()
        return [self.relative_path(key or None) for key in self.writers]


class DatasetBuilder:
    """Writes a dataset folder from article and mention rows that arrive one article at a time."""

    def __init__(self, out: str | Path, *, partition_by: str | None = None, update: bool = False) -> None:
        self.out = Path(out)
        self.update = update
        self.partition_by = partition_by
        self.staging = self.out / f"{store.STAGING_PREFIX}{os.getpid()}"
        self.staging.mkdir(parents=True)
        self.runs = {"articles": RunFile(self.staging / "articles.runs", schema.arrow_schema("article"),
                                         STAGING_ROW_GROUP["articles"]),
                     "mentions": RunFile(self.staging / "mentions.runs", schema.arrow_schema("mention"),
                                         STAGING_ROW_GROUP["mentions"]),
                     "summaries": RunFile(self.staging / "summaries.runs", SUMMARY_SCHEMA,
                                          STAGING_ROW_GROUP["summaries"])}
        self.buffer: dict[str, list[dict[str, Any]]] = {"articles": [], "mentions": [], "summaries": []}
        self.arrow: dict[str, list[pa.Table]] = {"articles": [], "mentions": [], "summaries": []}
        self.arrow_bytes = 0
        self.new_ids: set[str] = set()
        self.links: dict[str, RunFile] = {}
        self.merged_events = Spool(self.staging / "merged-events.runs", schema.arrow_schema("event"),
                                   STAGING_ROW_GROUP["summaries"], SORT_KEYS["events"])

    def add(self, article: dict[str, Any], mentions: list[dict[str, Any]],
            summaries: list[dict[str, Any]] | None = None) -> None:
        """Add one article's row and mention rows (and their summaries, if a worker computed them)."""
        self.new_ids.add(article["article_id"])
        self.buffer["articles"].append(article)
        self.buffer["mentions"].extend(mentions)
        self.buffer["summaries"].extend(summaries_of(mentions) if summaries is None else summaries)
        if len(self.buffer["articles"]) >= CHUNK_ROWS or len(self.buffer["mentions"]) >= CHUNK_ROWS:
            self._compact()

    def _compact(self) -> None:
        """Turn the buffered rows into Arrow tables (far smaller), and write runs when they fill up."""
        for name, rows in self.buffer.items():
            if rows:
                table = pa.Table.from_pylist(rows, schema=self.runs[name].schema)
                self.arrow[name].append(table)
                self.arrow_bytes += table.nbytes
                rows.clear()
        if self.arrow_bytes >= RUN_MAX_BYTES:
            self._write_runs()

    def _write_runs(self) -> None:
        """Sort the buffered rows and write them as one run per table."""
        for name, rows in self.buffer.items():
            if rows:
                self.arrow[name].append(pa.Table.from_pylist(rows, schema=self.runs[name].schema))
                rows.clear()
        for name, tables in self.arrow.items():
            if tables:
                table = pa.concat_tables(tables).sort_by([(key, "ascending") for key in SORT_KEYS[name]])
                self.runs[name].write_run(table)
                if name == "summaries":
                    self._write_links(table)
                tables.clear()
        self.arrow_bytes = 0

    def _write_links(self, summaries: pa.Table) -> None:
        """What linking reads of the summaries that can link, in one staging file per event type."""
        linkable_rows = summaries.filter(pc.is_valid(summaries.column("block")))
        for event_type in sorted(set(linkable_rows.column("event_type").to_pylist())):
            rows = linkable_rows.filter(pc.equal(linkable_rows.column("event_type"), event_type)).select(LINK_COLUMNS)
            if event_type not in self.links:
                self.links[event_type] = RunFile(self.staging / f"links-{len(self.links)}.runs", LINK_SCHEMA,
                                                 STAGING_ROW_GROUP["links"])
            self.links[event_type].write_run(rows)

    def _old_files(self, name: str) -> list[Path]:
        """The files of a table already in OUT (with update)."""
        return store.table_files(self.out, name) if self.update else []

    def _old_rows(self, name: str) -> list[Iterator[dict[str, Any]]]:
        """Runs of a table already in OUT, without the articles given again."""
        replaced = self.new_ids
        return [(row for row in _rows(pq.ParquetFile(path)) if row["article_id"] not in replaced)
                for path in self._old_files(name)]

    def _summarise_old(self) -> None:
        """Summaries of the within-article events of the articles kept from OUT, written as runs."""
        for run in self._old_rows("mentions"):
            article_rows: list[dict[str, Any]] = []
            for row in run:
                if article_rows and row["article_id"] != article_rows[0]["article_id"]:
                    self.buffer["summaries"].extend(summaries_of(article_rows))
                    article_rows = []
                article_rows.append(row)
            if article_rows:
                self.buffer["summaries"].extend(summaries_of(article_rows))
            if len(self.buffer["summaries"]) >= CHUNK_ROWS:
                self._compact()
        self._write_runs()

    def _link(self) -> pa.Table:
        """Link within-article events across articles, one event type at a time, and build the linked events.

        Returns one row per within-article event that links to another article's: its article, its
        article_event_id, its own event id (`event_id`) and the id of the event it is part of (`linked_id`),
        sorted by article and article_event_id.
        """
        parts, offset = [], 0
        for event_type in sorted(self.links):
            self.links[event_type].close()
            table = pq.read_table(self.links[event_type].path).sort_by([("article_id", "ascending"),
                                                                        ("article_event_id", "ascending")])
            columns = {name: table.column(name).to_pylist() for name in ("article_id", "block", "start", "end", "keys")}
            items = [Linkable(index=i, article_id=article_id, block=(event_type, block), start=start, end=end,
                              keys=frozenset(keys))
                     for i, (article_id, block, start, end, keys) in enumerate(zip(
                         columns["article_id"], columns["block"], columns["start"], columns["end"], columns["keys"]))]
            del columns
            roots = link_components(items, len(items))
            del items
            sizes = collections.Counter(roots)
            kept = [i for i, root in enumerate(roots) if sizes[root] > 1]
            parts.append(table.select(["article_id", "article_event_id", "event_id"]).take(pa.array(kept, pa.int64()))
                         .append_column("group", pa.array([offset + roots[i] for i in kept], pa.int64())))
            offset += len(roots)
        groups = pa.concat_tables(parts) if parts else pa.table(
            {"article_id": pa.array([], pa.string()), "article_event_id": pa.array([], pa.string()),
             "event_id": pa.array([], pa.string()), "group": pa.array([], pa.int64())})
        linked_ids = self._build_linked_events(groups)
        found = pc.index_in(groups.column("group"), value_set=linked_ids.column("group")).cast(pa.int32())
        return (groups.append_column("linked_id", linked_ids.column("linked_id").take(found))
                .sort_by([("article_id", "ascending"), ("article_event_id", "ascending")]))

    def _linked_mention_rows(self, groups: pa.Table) -> Iterator[pa.Table]:
        """Mention rows of the within-article events in `groups`, with their group, a row group at a time."""
        columns = [name for name in schema.arrow_schema("mention").names if name not in ("sentence", "trigger_text")]
        sources = [(self.runs["mentions"].path, False)] if self.runs["mentions"].path.exists() else []
        sources += [(path, True) for path in self._old_files("mentions")]
        wanted = groups.column("article_event_id")
        replaced = pa.array(sorted(self.new_ids), pa.string())
        for source, kept_from_out in sources:
            parquet = pq.ParquetFile(source)
            for index in range(parquet.num_row_groups):
                table = parquet.read_row_group(index, columns=columns)
                keep = pc.is_in(table.column("article_event_id"), value_set=wanted)
                if kept_from_out:
                    keep = pc.and_(keep, pc.invert(pc.is_in(table.column("article_id"), value_set=replaced)))
                table = table.filter(keep)
                if table.num_rows:
                    found = pc.index_in(table.column("article_event_id"), value_set=wanted)
                    yield table.append_column("group", groups.column("group").take(found))

    def _build_linked_events(self, groups: pa.Table) -> pa.Table:
        """Build the event of each group from its mentions, spooled to disk sorted by group; return group -> id."""
        tables = self._linked_mention_rows(groups)
        first = next(tables, None)
        if first is None:
            return pa.table({"group": pa.array([], pa.int64()), "linked_id": pa.array([], pa.string())})
        spool = Spool(self.staging / "linked.runs", first.schema, STAGING_ROW_GROUP["mentions"], SORT_KEYS["linked"])
        spool.add(first)
        for table in tables:
            spool.add(table)
        spool.close()
        ids: dict[str, list] = {"group": [], "linked_id": []}
        rows: list[dict[str, Any]] = []
        for group, members in itertools.groupby(heapq.merge(*spool.iter_runs(), key=_sort_key("linked")),
                                                key=operator.itemgetter("group")):
            event = build_event([mention_from_row({**row, "sentence": "", "trigger_text": ""}) for row in members])
            ids["group"].append(group)
            ids["linked_id"].append(event.event_id)
            rows.append(event_row(event))
            if len(rows) >= CHUNK_ROWS:
                self.merged_events.add(pa.Table.from_pylist(rows, schema=self.merged_events.schema))
                rows = []
        if rows:
            self.merged_events.add(pa.Table.from_pylist(rows, schema=self.merged_events.schema))
        self.merged_events.close()
        return pa.table({"group": pa.array(ids["group"], pa.int64()), "linked_id": pa.array(ids["linked_id"], pa.string())})

    def finish(self) -> tuple[Summary, store.CommitStats]:
        """Link, write the three tables under temporary names, validate them and commit (call with the lock held)."""
        try:
            self._write_runs()
            if self.update:
                self._summarise_old()
            for run in self.runs.values():
                run.close()
            linked = self._link()
            summary = Summary()
            outputs = {name: TableOutput(self.out, name, self.partition_by) for name in KINDS}
            months = self._write_articles(outputs["articles"], summary)
            self._write_mentions(outputs["mentions"], linked, months, summary)
            self._write_events(outputs["events"], linked, months, summary)
            written = []
            for output in outputs.values():
                written += output.close()
            problems = [p for output in outputs.values() for p in output.problems]
            if problems:
                for rel in written:
                    store.temporary_path(self.out / rel).unlink(missing_ok=True)
                raise ValidationError("records do not match the schemas; nothing was written:\n  "
                                      + "\n  ".join(problems[:20]))
            store._crash_point("temporary")
            return summary, store.commit_prepared(self.out, written)
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove the staging files (after a commit, or instead of one)."""
        for run in [*self.runs.values(), *self.links.values(), self.merged_events]:
            run.close()
        shutil.rmtree(self.staging, ignore_errors=True)

    def known_articles(self) -> dict[str, str]:
        """Article id -> content hash of the articles already in OUT (with update)."""
        known = {}
        for path in self._old_files("articles"):
            table = pq.read_table(path, columns=["article_id", "content_sha256"], partitioning=None)
            known.update(zip(table.column("article_id").to_pylist(), table.column("content_sha256").to_pylist()))
        return known

    def _merged_rows(self, name: str) -> Iterator[dict[str, Any]]:
        """All rows of a table in order: the new runs and, with update, the kept rows of OUT."""
        return heapq.merge(*self.runs[name].iter_runs(), *self._old_rows(name), key=_sort_key(name))

    def _write_articles(self, output: TableOutput, summary: Summary) -> dict[str, str]:
        """Write the articles table; return each article's partition month."""
        months = {}
        for row in self._merged_rows("articles"):
            months[row["article_id"]] = _month(row["published"])
            summary.articles += 1
            summary.sources[row["published_source"] or "none"] += 1
            output.add(row, months[row["article_id"]])
        return months

    def _write_mentions(self, output: TableOutput, linked: pa.Table, months: dict[str, str],
                        summary: Summary) -> None:
        """Write the mentions table with each mention's event id, an article at a time."""
        linked_in = _linked_by_article(linked)
        article: list[dict[str, Any]] = []

        def flush() -> None:
            first: dict[str, dict[str, Any]] = {}
            for row in article:
                current = first.get(row["article_event_id"])
                if current is None or (row["char_start"], row["mention_id"]) < (current["char_start"], current["mention_id"]):
                    first[row["article_event_id"]] = row
            linked_ids = linked_in(article[0]["article_id"])
            for row in article:
                alone = first[row["article_event_id"]]
                summary.mentions += 1
                output.add({**row, "event_id": linked_ids.get(row["article_event_id"])
                            or event_id_of(alone["event_type"], alone["mention_id"])}, months[row["article_id"]])

        for row in self._merged_rows("mentions"):
            if article and row["article_id"] != article[0]["article_id"]:
                flush()
                article = []
            article.append(row)
        if article:
            flush()

    def _write_events(self, output: TableOutput, linked: pa.Table, months: dict[str, str],
                      summary: Summary) -> None:
        """Write the events table: within-article events that link to nothing, and the linked ones."""
        is_linked = _member_of_sorted(linked.sort_by("event_id").column("event_id"))
        summaries = heapq.merge(*self.runs["summaries"].iter_runs(), key=_sort_key("summaries"))
        singles = (s["event"] for s in summaries if not is_linked(s["event_id"]))
        for row in heapq.merge(singles, *self.merged_events.iter_runs(), key=_sort_key("events")):
            known = sorted(m for m in (months.get(a, store.UNKNOWN_PARTITION) for a in row["article_ids"])
                           if m != store.UNKNOWN_PARTITION)
            summary.events += 1
            summary.dated += row["date_start"] is not None
            summary.by_type[row["event_type"]] += 1
            summary.by_status[row["status"]] += 1
            output.add(row, known[0] if known else store.UNKNOWN_PARTITION)


def _linked_by_article(linked: pa.Table) -> Callable[[str], dict[str, str]]:
    """A lookup, to be called with ascending article ids, of each article's {article_event_id: linked event id}."""
    rows = zip(_pylist_stream(linked.column("article_id")), _pylist_stream(linked.column("article_event_id")),
               _pylist_stream(linked.column("linked_id")))
    articles = ((article, {event: linked_id for _, event, linked_id in group})
                for article, group in itertools.groupby(rows, key=operator.itemgetter(0)))
    current = next(articles, None)

    def lookup(article_id: str) -> dict[str, str]:
        nonlocal current
        while current is not None and current[0] < article_id:
            current = next(articles, None)
        return current[1] if current is not None and current[0] == article_id else {}

    return lookup


def _member_of_sorted(values: pa.ChunkedArray) -> Callable[[str], bool]:
    """A membership test on sorted strings, to be called with ascending values (a merge, not a hash set)."""
    stream = _pylist_stream(values)
    current = next(stream, None)

    def member(value: str) -> bool:
        nonlocal current
        while current is not None and current < value:
            current = next(stream, None)
        return current == value

    return member


def _pylist_stream(values: pa.ChunkedArray) -> Iterator[Any]:
    """The values of an Arrow column as Python objects, converted a slice at a time."""
    step = MERGE_SLICE_ROWS * 64
    for chunk in values.chunks:
        for start in range(0, len(chunk), step):
            yield from chunk.slice(start, step).to_pylist()


@contextlib.contextmanager
def open_builder(out: str | Path, *, partition_by: str | None = None,
                 update: bool = False) -> Iterator[DatasetBuilder]:
    """A builder for OUT holding the dataset's lock; nothing is committed unless `finish` is called."""
    out = Path(out)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    try:
        with store.locked(out):
            store.recover(out)
            if update:
                check_dataset_version(out)
                if partition_by is None:
                    partition_by = store.detect_layout(out) or None
            builder = DatasetBuilder(out, partition_by=partition_by, update=update)
            try:
                yield builder
            finally:
                builder.discard()
    finally:
        if created and not store.owned_files(out):
            (out / store.LOCK).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                out.rmdir()


def build(rows: Iterable[tuple[dict[str, Any], list[dict[str, Any]]]], out: str | Path, *,
          partition_by: str | None = None, update: bool = False) -> tuple[Summary, store.CommitStats]:
    """Write a dataset from (article row, mention rows) pairs, all or nothing, under the dataset's lock."""
    with open_builder(out, partition_by=partition_by, update=update) as builder:
        for article, mentions in rows:
            builder.add(article, mentions)
        return builder.finish()
