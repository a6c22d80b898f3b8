"""Columnar schema checks: which rows of an Arrow table break the JSON Schema, found with Arrow compute.

jsonschema stays the reference: this module only finds the candidate rows quickly (whole columns at
a time), and the reference then decides and explains each of them.  The checks may flag a row the
reference accepts (an absent optional key reads as null), never the reverse.  It understands the keywords eventx's schemas
use; a schema with any other keyword is refused (UnsupportedSchema) so callers fall back to the
reference for everything.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.compute as pc

KNOWN_KEYWORDS = frozenset({"type", "description", "enum", "pattern", "minLength", "minimum", "maximum", "format",
                            "items", "properties", "required", "additionalProperties", "$schema", "$id", "title",
                            "x-eventx-schema-version"})


class UnsupportedSchema(ValueError):
    """The schema uses a keyword the columnar checks do not implement."""


def check_supported(spec: dict[str, Any], where: str = "") -> None:
    """Raise UnsupportedSchema if the schema uses a keyword (or a combination) not implemented here."""
    unknown = set(spec) - KNOWN_KEYWORDS
    if unknown:
        raise UnsupportedSchema(f"{where or '<root>'}: keywords {sorted(unknown)}")
    if spec.get("format") not in (None, "date"):
        raise UnsupportedSchema(f"{where}: format {spec['format']!r}")
    if spec.get("additionalProperties") not in (None, False):
        raise UnsupportedSchema(f"{where}: additionalProperties {spec['additionalProperties']!r}")
    for name, prop in spec.get("properties", {}).items():
        check_supported(prop, f"{where}.{name}".lstrip("."))
    if "items" in spec:
        check_supported(spec["items"], f"{where}[]")


def _types(spec: dict[str, Any]) -> list[str]:
    """The JSON types a property allows."""
    types = spec.get("type", [])
    return [types] if isinstance(types, str) else list(types)


def _or(a: pa.Array, b: pa.Array) -> pa.Array:
    """Element-wise or, with nulls counting as false."""
    return pc.or_(pc.fill_null(a, False), pc.fill_null(b, False))


def failing_mask(array: pa.Array, spec: dict[str, Any]) -> pa.Array:
    """A boolean array: True where a value breaks its property schema (one value per element)."""
    bad = pc.is_null(array) if "null" not in _types(spec) else pa.array([False] * len(array), type=pa.bool_())
    if "enum" in spec:
        allowed = [v for v in spec["enum"] if v is not None]
        outside = pc.invert(pc.is_in(array, value_set=pa.array(allowed, type=array.type)))
        bad = _or(bad, pc.and_(outside, pc.is_valid(array)))
    if "pattern" in spec:
        bad = _or(bad, pc.invert(pc.match_substring_regex(array, spec["pattern"])))
    if "minLength" in spec:
        bad = _or(bad, pc.less(pc.utf8_length(array), spec["minLength"]))
    if "minimum" in spec:
        bad = _or(bad, pc.less(array, spec["minimum"]))
    if "maximum" in spec:
        bad = _or(bad, pc.greater(array, spec["maximum"]))
    if "items" in spec and len(array):
        items = pc.list_flatten(array)
        if len(items):
            item_bad = failing_mask(items, spec["items"])
            parents = pc.list_parent_indices(array)
            bad_parents = pc.filter(parents, item_bad)
            hit = pc.is_in(pa.array(range(len(array)), type=parents.type), value_set=bad_parents)
            bad = _or(bad, hit)
    if "properties" in spec and pa.types.is_struct(array.type):
        for index, field in enumerate(array.type):
            prop = spec["properties"].get(field.name)
            if prop is None:
                continue
            child_bad = failing_mask(pc.struct_field(array, [index]), prop)
            bad = _or(bad, pc.and_(pc.is_valid(array), child_bad))
    return bad


def failing_rows(table: pa.Table, spec: dict[str, Any]) -> list[int]:
    """Indexes of the rows of a table that break the schema of its records."""
    bad = pa.array([False] * table.num_rows, type=pa.bool_())
    for name, prop in spec["properties"].items():
        if name not in table.column_names:
            continue
        column = table.column(name).combine_chunks()
        bad = _or(bad, failing_mask(column, prop))
    return pc.indices_nonzero(bad).to_pylist()


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "integer": (int,), "number": (int, float),
                                             "boolean": (bool,), "array": (list, tuple), "object": (dict,),
                                             "null": (type(None),)}


def _type_ok(value: Any, prop: dict[str, Any]) -> bool:
    """Whether a Python value has one of the property's JSON types (bool is not a number; dates are strings)."""
    for json_type in _types(prop) or ["string"]:
        if isinstance(value, bool) and json_type not in ("boolean",):
            continue
        if json_type == "string" and prop.get("format") == "date":
            if isinstance(value, dt.date):
                return True
            continue
        if isinstance(value, _PYTHON_TYPES[json_type]):
            return True
    return False


def _key_problems(record: Any, spec: dict[str, Any]) -> bool:
    """Whether a dict record breaks the key and type rules: unknown, missing, or mistyped values."""
    if not isinstance(record, dict):
        return True
    props = spec["properties"]
    if spec.get("additionalProperties") is False and not record.keys() <= props.keys():
        return True
    if not set(spec.get("required", ())) <= record.keys():
        return True
    for key, value in record.items():
        prop = props[key]
        if not _type_ok(value, prop):
            return True
        items = prop.get("items")
        if items and isinstance(value, (list, tuple)):
            if "properties" in items:
                if any(_key_problems(item, items) for item in value):
                    return True
            elif not all(_type_ok(item, items) for item in value):
                return True
    return False


def key_failures(records: Iterable[Any], spec: dict[str, Any]) -> list[int]:
    """Indexes of dict records that break the key and type rules (checked in Python; values on Arrow)."""
    return [i for i, record in enumerate(records) if _key_problems(record, spec)]
