"""Validating records that users bring (JSON, JSONL or Parquet) against the JSON Schemas."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import attrs

from . import schema
from .errors import InputError
from .schema import Violation

VALIDATE_BATCH_ROWS = 50_000
_ID_FIELDS = {"event": "event_id", "mention": "mention_id", "article": "article_id"}


def guess_kind(path: Path, first: dict[str, Any] | None, metadata_kind: str | None = None) -> str:
    """Record kind from Parquet metadata, the file name, or the first record's id field."""
    if metadata_kind in schema.KINDS:
        return metadata_kind
    name = path.name.lower()
    for kind, table in schema.TABLES.items():
        if name.startswith(table) or name.startswith(kind):
            return kind
    if first:
        for kind in ("mention", "event", "article"):
            if _ID_FIELDS[kind] in first:
                return kind
    raise InputError(f"{path}: cannot tell the record kind; pass --kind article|mention|event")


def _json_records(path: Path) -> Iterator[tuple[int, Any]]:
    """(record number, record) from a JSON file (one record or a list) or a JSONL file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        number = 0
        for line_no, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            number += 1
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{line_no}: not valid JSON: {exc.msg}") from exc
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from exc
    for number, record in enumerate(data if isinstance(data, list) else [data], start=1):
        yield number, record


def arrow_schema_differences(actual, expected) -> list[str]:
    """Field-by-field differences between a file's Arrow schema and the derived one."""
    problems = []
    for field in expected:
        if field.name not in actual.names:
            problems.append(f"column {field.name!r} is missing")
        elif not actual.field(field.name).type.equals(field.type):
            problems.append(f"column {field.name!r} has type {actual.field(field.name).type}, expected {field.type}")
    extra = [n for n in actual.names if n not in expected.names]
    problems += [f"column {n!r} is not in the schema" for n in extra]
    return problems


@attrs.frozen
class Report:
    """Result of validating one file."""

    path: str
    kind: str
    records: int
    violations: tuple[Violation, ...]
    schema_problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the file is valid."""
        return not self.violations and not self.schema_problems


def validate_file(path: str | Path, kind: str | None = None) -> Report:
    """Validate every record of a JSON, JSONL or Parquet file; report violations with record numbers."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file" + (" (for a dataset folder use validate_dataset)" if path.is_dir() else ""))
    if path.suffix == ".parquet":
        return _validate_parquet(path, kind)
    elif path.suffix in (".json", ".jsonl"):
        numbered = list(_json_records(path))
        kind = kind or guess_kind(path, numbered[0][1] if numbered and isinstance(numbered[0][1], dict) else None)
    else:
        raise InputError(f"{path}: unsupported file type {path.suffix!r}; expected .json, .jsonl or .parquet")
    problems: list[str] = []
    violations = []
    for number, record in numbered:
        if not isinstance(record, dict):
            violations.append(Violation(record=number, path="", message="record is not a JSON object", source=str(path)))
            continue
        violations.extend(attrs.evolve(v, record=number, source=str(path))
                          for v in schema.iter_violations([record], kind))
    return Report(path=str(path), kind=kind, records=len(numbered), violations=tuple(violations),
                  schema_problems=tuple(problems))


def _validate_parquet(path: Path, kind: str | None) -> Report:
    """Validate a Parquet table: its Arrow schema and version against the derived ones, then every record.

    Records are read a batch at a time, so files larger than memory validate too.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for files that are not Parquet
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from exc
    file_schema = parquet.schema_arrow
    meta = file_schema.metadata or {}
    first = next(parquet.iter_batches(batch_size=1), None)
    first_row = pa.Table.from_batches([first]).to_pylist()[0] if first is not None and first.num_rows else None
    kind = kind or guess_kind(path, first_row, meta.get(b"eventx.kind", b"").decode() or None)
    problems = arrow_schema_differences(file_schema, schema.arrow_schema(kind))
    version = meta.get(b"eventx.schema_version", b"").decode()
    if version and version != schema.schema_version():
        embedded = meta.get(b"eventx.json_schema")
        differences = schema.schema_differences(json.loads(embedded), schema.json_schema(kind)) if embedded else []
        problems.insert(0, f"written with schema version {version}, this eventx uses {schema.schema_version()}"
                        + (": " + "; ".join(differences) if differences else ""))
    violations: list[Violation] = []
    records = 0
    for batch in parquet.iter_batches(batch_size=VALIDATE_BATCH_ROWS):
        table = pa.Table.from_batches([batch])
        if problems:
            found = schema.iter_violations(table.to_pylist(), kind, source=str(path), first_record=records + 1)
        else:
            found = (attrs.evolve(v, record=v.record + records)
                     for v in schema.check_table(table, kind, source=str(path)))
        violations.extend(found)
        records += table.num_rows
    return Report(path=str(path), kind=kind, records=records, violations=tuple(violations),
                  schema_problems=tuple(problems))


def validate_dataset(folder: str | Path) -> list[Report]:
    """Validate every table file of a dataset folder written by eventx (flat or partitioned)."""
    from . import store

    folder = Path(folder)
    store.open_for_reading(folder)
    files = store.owned_files(folder)
    if not files:
        raise InputError(f"{folder}: no eventx tables found (expected articles, mentions and events Parquet files)")
    return [validate_file(path, {v: k for k, v in schema.TABLES.items()}[_table_of(folder, path)]) for path in files]


def _table_of(folder: Path, path: Path) -> str:
    """Which table a file of a dataset folder belongs to."""
    return path.relative_to(folder).parts[0].removesuffix(".parquet")
