"""Exports of a dataset to the formats event-data users come from: PLOVER JSON, CAMEO tab-separated, CSV."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

import attrs
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads
import pyarrow.parquet as pq

from . import __version__, schema, store
from .dataset import check_dataset_version
from .errors import InputError
from .runner import chunked

FORMATS = ("plover", "cameo", "csv")
CAMEO_COLUMNS = ("event_id", "date_start", "date_end", "date_precision", "source_name", "source_country",
                 "target_name", "target_country", "cameo_code", "event_type", "status", "location_name",
                 "location_country", "location_lat", "location_lon", "mention_count", "article_ids")
READ_BATCH_ROWS = 4_096
EVENT_CHUNK = 50_000
SOURCE_ROLES = ("agent", "participant")
TARGET_ROLES = ("patient", "recipient")


@attrs.frozen
class ExportStats:
    """How many records an export wrote and why others were left out."""

    written: int
    skipped: dict[str, int]


def _plover_map() -> dict[str, Any]:
    """The PLOVER mode and context table (eventx/data/plover.toml)."""
    return tomllib.loads(resources.files("eventx").joinpath("data/plover.toml").read_text(encoding="utf-8"))


def _check_tables(out: Path) -> None:
    """Complete an interrupted commit, and refuse tables that are missing or of another schema version."""
    store.open_for_reading(out)
    for name in store.TABLE_NAMES:
        if not store.table_files(out, name):
            raise InputError(f"{out}: no {name} table (expected {name}.parquet or a {name}/ folder of Parquet files)")
    check_dataset_version(out)


def iter_rows(out: Path, name: str, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """The rows of one table, file by file and a batch at a time."""
    for path in store.table_files(out, name):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=READ_BATCH_ROWS, columns=columns):
            yield from batch.to_pylist()


def _first_mentions(out: Path, mention_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The mention rows with these ids (the columns PLOVER's text_info needs), by id."""
    columns = ["mention_id", "article_id", "char_start", "char_end", "trigger_text", "sentence", "sentence_start",
               "sentence_end"]
    wanted = pa.array(mention_ids, type=pa.string())
    found = {}
    for path in store.table_files(out, "mentions"):
        table = pads.dataset(path, format="parquet", partitioning=None).to_table(
            columns=columns, filter=pc.field("mention_id").isin(wanted))
        found.update({row["mention_id"]: row for row in table.to_pylist()})
    return found


def _iso(value: dt.date | None) -> str | None:
    """A date as YYYY-MM-DD, or None."""
    return value.isoformat() if value is not None else None


def _plover_actor(actor: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER actor object."""
    return {"code": actor["country"], "actor_text": actor["name"], "identifier_id": actor["wikidata"],
            "identifier_text": actor["name"], "sector": actor.get("kind"), "eventx_actor_id": actor["actor_id"]}


def plover_records(out: Path, *, include_undated: bool = False,
                   skipped: dict[str, int] | None = None) -> Iterator[dict[str, Any]]:
    """PLOVER records, one per event with a PLOVER category (and a date, unless include_undated), streamed."""
    table = _plover_map()
    skipped = skipped if skipped is not None else {}
    articles = {a["article_id"]: a for a in iter_rows(out, "articles", ["article_id", "url", "title", "outlet"])}
    for events in chunked(iter_rows(out, "events"), EVENT_CHUNK):
        kept = []
        for event in events:
            if not event["plover_type"]:
                skipped["no PLOVER category"] = skipped.get("no PLOVER category", 0) + 1
            elif event["date_start"] is None and not include_undated:
                skipped["undated"] = skipped.get("undated", 0) + 1
            else:
                kept.append(event)
        mentions = _first_mentions(out, [e["mention_ids"][0] for e in kept])
        for event in kept:
            first = mentions[event["mention_ids"][0]]
            yield _plover_record(event, first, articles.get(first["article_id"], {}), table)


def _plover_record(event: dict[str, Any], first: dict[str, Any], article: dict[str, Any],
                   table: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER record."""
    spec = table["type"].get(event["event_type"], {})
    context = list(spec.get("context", []))
    if event["status"] in table["status"]:
        context.append(table["status"][event["status"]])
    record = {
        "id": event["event_id"], "date": _iso(event["date_start"]), "enddate": _iso(event["date_end"]),
        "actor": [_plover_actor(a) for a in event["actors"] if a["role"] in SOURCE_ROLES],
        "recipient": [_plover_actor(a) for a in event["actors"] if a["role"] in TARGET_ROLES],
        "event": [event["plover_type"]], "mode": spec.get("mode"), "context": context,
        "event_text": [first["trigger_text"]],
        "text_info": {"article_id": first["article_id"], "start": first["sentence_start"],
                      "end": first["sentence_end"], "trigger_start": first["char_start"],
                      "trigger_end": first["char_end"], "text": first["sentence"]},
        "cite_info": {"citation": first["article_id"], "url": article.get("url"), "title": article.get("title"),
                      "publication": article.get("outlet"), "language": "en",
                      "coder": f"eventx {__version__}", "codebook": f"eventx schema {schema.schema_version()}"},
        "eventx": {"event_type": event["event_type"], "status": event["status"],
                   "date_precision": event["date_precision"], "cameo_code": event["cameo_code"],
                   "mention_count": event["mention_count"], "article_ids": event["article_ids"]},
    }
    if event["location_name"] is not None:
        record["event_loc"] = {"name": event["location_name"], "cc3": event["location_country"],
                               "latitude": event["location_lat"], "longitude": event["location_lon"]}
    return record


def _first(actors: list[dict[str, Any]], roles: tuple[str, ...]) -> dict[str, Any]:
    """The first actor with one of the roles, or an empty dict."""
    return next((a for a in actors if a["role"] in roles), {})


def cameo_rows(out: Path, *, include_undated: bool = False,
               skipped: dict[str, int] | None = None) -> Iterator[list[str]]:
    """Tab-separated CAMEO rows (all values as strings, codes keep their leading zeros), streamed."""
    skipped = skipped if skipped is not None else {}
    for event in iter_rows(out, "events"):
        if not event["cameo_code"]:
            skipped["no CAMEO code"] = skipped.get("no CAMEO code", 0) + 1
            continue
        if event["date_start"] is None and not include_undated:
            skipped["undated"] = skipped.get("undated", 0) + 1
            continue
        source, target = _first(event["actors"], SOURCE_ROLES), _first(event["actors"], TARGET_ROLES)
        values = {**event, "date_start": _iso(event["date_start"]), "date_end": _iso(event["date_end"]),
                  "source_name": source.get("name"), "source_country": source.get("country"),
                  "target_name": target.get("name"), "target_country": target.get("country"),
                  "article_ids": ";".join(event["article_ids"])}
        yield ["" if values[c] is None else str(values[c]) for c in CAMEO_COLUMNS]


def _csv_value(value: Any) -> str:
    """A cell: dates ISO, lists joined by ';', actor structs as 'name (role, country)'."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(_csv_value(v) for v in value)
    if isinstance(value, dict):
        if "role" in value:
            extra = ", ".join(v for v in (value["role"], value.get("country")) if v)
            return f"{value['name']} ({extra})"
        return json.dumps(value, sort_keys=True, default=str)
    return str(value)


def export(out: str | Path, fmt: str, target: str | Path, *, table: str = "events",
           include_undated: bool = False) -> ExportStats:
    """Write a dataset in another format to a file, all or nothing; return what was written and skipped.

    Tables are read a batch at a time, so datasets larger than memory export too.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "csv" and table not in store.TABLE_NAMES:
        raise InputError(f"unknown table {table!r}; expected one of {', '.join(store.TABLE_NAMES)}")
    out, target = Path(out), Path(target)
    _check_tables(out)
    skipped: dict[str, int] = {}
    written = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}{store.TEMP_SUFFIX}")
    try:
        with open(temporary, "w", encoding="utf-8", newline="") as fh:
            if fmt == "plover":
                for record in plover_records(out, include_undated=include_undated, skipped=skipped):
                    fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
                    written += 1
            elif fmt == "cameo":
                writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
                writer.writerow(CAMEO_COLUMNS)
                for line in cameo_rows(out, include_undated=include_undated, skipped=skipped):
                    writer.writerow(line)
                    written += 1
            else:
                kind = {v: k for k, v in schema.TABLES.items()}[table]
                columns = list(schema.json_schema(kind)["properties"])
                writer = csv.writer(fh, lineterminator="\n")
                writer.writerow(columns)
                for row in iter_rows(out, table):
                    writer.writerow([_csv_value(row.get(c)) for c in columns])
                    written += 1
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return ExportStats(written=written, skipped=skipped)
