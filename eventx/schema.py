"""The JSON Schemas: loading them, deriving the Arrow schema, validating records."""
from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any, Iterable, Iterator

import attrs
import jsonschema
import pyarrow as pa

KINDS = ("article", "mention", "event")
TABLES = {"article": "articles", "mention": "mentions", "event": "events"}
_PACKAGE_DIR = Path(__file__).resolve().parent


def schema_dir() -> Path:
    """Folder holding the canonical JSON Schemas (the wheel's copy, or the source tree's)."""
    for candidate in (_PACKAGE_DIR / "_schemas", _PACKAGE_DIR.parent / "schemas"):
        if (candidate / "event.schema.json").is_file():
            return candidate
    raise FileNotFoundError(f"eventx: JSON Schemas not found beside {_PACKAGE_DIR}")


@functools.cache
def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one record kind: article, mention or event."""
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {', '.join(KINDS)}")
    return json.loads((schema_dir() / f"{kind}.schema.json").read_text(encoding="utf-8"))


def schema_version() -> str:
    """Version of the data contract, shared by the three schemas."""
    return json_schema("event")["x-eventx-schema-version"]


def _arrow_type(prop: dict[str, Any]) -> tuple[pa.DataType, bool]:
    """Arrow type and nullability of one JSON Schema property."""
    types = prop.get("type", "string")
    types = [types] if isinstance(types, str) else list(types)
    nullable = "null" in types
    (json_type,) = [t for t in types if t != "null"]
    if json_type == "string":
        arrow = pa.date32() if prop.get("format") == "date" else pa.string()
    elif json_type == "integer":
        arrow = pa.int64()
    elif json_type == "number":
        arrow = pa.float64()
    elif json_type == "boolean":
        arrow = pa.bool_()
    elif json_type == "array":
        item_type, item_nullable = _arrow_type(prop["items"])
        arrow = pa.list_(pa.field("item", item_type, nullable=item_nullable))
    elif json_type == "object":
        arrow = pa.struct(_arrow_fields(prop))
    else:
        raise ValueError(f"no Arrow mapping for JSON type {json_type!r}")
    return arrow, nullable


def _arrow_fields(obj: dict[str, Any]) -> list[pa.Field]:
    """Arrow fields of a JSON Schema object, in property order."""
    required = set(obj.get("required", ()))
    fields = []
    for name, prop in obj["properties"].items():
        arrow, nullable = _arrow_type(prop)
        fields.append(pa.field(name, arrow, nullable=nullable or name not in required,
                               metadata={"description": prop.get("description", "")}))
    return fields


@functools.cache
def arrow_schema(kind: str) -> pa.Schema:
    """Arrow schema derived from the JSON Schema, carrying the version and the schema itself."""
    metadata = {
        "eventx.kind": kind,
        "eventx.schema_version": schema_version(),
        "eventx.json_schema": json.dumps(json_schema(kind), sort_keys=True),
    }
    return pa.schema(_arrow_fields(json_schema(kind)), metadata=metadata)


@functools.cache
def _validator(kind: str) -> jsonschema.Draft202012Validator:
    """A reusable validator that also checks formats such as date."""
    cls = jsonschema.Draft202012Validator
    return cls(json_schema(kind), format_checker=cls.FORMAT_CHECKER)


def to_json_value(value: Any) -> Any:
    """A value as JSON would carry it: dates become ISO strings, tuples lists."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: to_json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_value(v) for v in value]
    return value


@attrs.frozen(kw_only=True)
class Violation:
    """One schema violation: which record, which field, what is wrong."""

    record: int
    path: str
    message: str
    source: str | None = None

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}record {self.record}: {self.path or '<record>'}: {self.message}"


def iter_violations(records: Iterable[dict[str, Any]], kind: str, *,
                    source: str | None = None, first_record: int = 1) -> Iterator[Violation]:
    """Every violation of the records against the kind's schema (record numbers start at 1)."""
    validator = _validator(kind)
    for number, record in enumerate(records, start=first_record):
        for error in sorted(validator.iter_errors(to_json_value(record)), key=lambda e: list(e.absolute_path)):
            path = ".".join(str(p) for p in error.absolute_path)
            if error.validator == "required":
                missing = error.message.split("'")[1] if "'" in error.message else ""
                path = ".".join(p for p in (path, missing) if p)
            yield Violation(record=number, path=path, message=error.message, source=source)


def validate_records(records: Iterable[dict[str, Any]], kind: str) -> list[Violation]:
    """Validate records (dicts) of one kind against its JSON Schema; return the violations."""
    return list(iter_violations(records, kind))


def _reference_violations(records: list[Any], kind: str, indexes: Iterable[int]) -> list[Violation]:
    """The reference (jsonschema) violations of the given records, numbered from 1."""
    violations = []
    for index in indexes:
        violations.extend(iter_violations([records[index]], kind, first_record=index + 1))
    return violations


def check_rows(rows: list[dict[str, Any]], kind: str) -> tuple[pa.Table | None, list[Violation]]:
    """Rows as an Arrow table and their violations: columnar checks find candidates, jsonschema decides.

    Falls back to jsonschema on every row when the rows do not convert to the Arrow schema or the
    schema uses keywords the columnar checks do not know.
    """
    from . import fastcheck

    spec = json_schema(kind)
    try:
        fastcheck.check_supported(spec)
        table = pa.Table.from_pylist(rows, schema=arrow_schema(kind))
    except (fastcheck.UnsupportedSchema, pa.ArrowException, TypeError, ValueError, AttributeError):
        return None, _reference_violations(rows, kind, range(len(rows)))
    candidates = sorted(set(fastcheck.key_failures(rows, spec)) | set(fastcheck.failing_rows(table, spec)))
    return table, _reference_violations(rows, kind, candidates)


def check_table(table: pa.Table, kind: str, *, source: str | None = None) -> list[Violation]:
    """Violations of the records of an Arrow table that has the derived schema (columnar, then reference)."""
    from . import fastcheck

    spec = json_schema(kind)
    try:
        fastcheck.check_supported(spec)
        candidates = fastcheck.failing_rows(table, spec)
    except fastcheck.UnsupportedSchema:
        candidates = range(table.num_rows)
    violations = []
    for index in candidates:
        record = table.slice(index, 1).to_pylist()[0]
        violations.extend(iter_violations([record], kind, source=source, first_record=index + 1))
    return violations


def schema_differences(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> list[str]:
    """What changed between two versions of a record schema: fields added, removed, retyped, newly required."""
    differences = []
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    for name in new_props:
        path = f"{prefix}{name}"
        if name not in old_props:
            differences.append(f"field {path!r} added")
            continue
        if old_props[name].get("type") != new_props[name].get("type"):
            differences.append(f"field {path!r} type {old_props[name].get('type')} -> {new_props[name].get('type')}")
        if old_props[name].get("enum") != new_props[name].get("enum"):
            differences.append(f"field {path!r} allowed values changed")
        for nested in ("items",):
            if isinstance(old_props[name].get(nested), dict) and isinstance(new_props[name].get(nested), dict):
                differences += schema_differences(old_props[name][nested], new_props[name][nested], f"{path}[].")
    differences += [f"field '{prefix}{name}' removed" for name in old_props if name not in new_props]
    newly_required = [n for n in new.get("required", ()) if n not in old.get("required", ()) and n in old_props]
    differences += [f"field '{prefix}{n}' now required" for n in newly_required]
    return differences
