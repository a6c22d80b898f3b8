"""The JSON Schemas are canonical: the Arrow schema is derived from them and checked field by field."""
from __future__ import annotations

import json

import pyarrow as pa
import pytest

from eventx import schema
from eventx.ontology import event_types

KINDS = ["article", "mention", "event"]


def _walk(prop: dict, field_type: pa.DataType, path: str) -> None:
    """Assert that one JSON Schema property and one Arrow type agree, recursively."""
    types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    (json_type,) = [t for t in types if t != "null"]
    expected = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    if json_type == "string":
        assert field_type == (pa.date32() if prop.get("format") == "date" else pa.string()), path
    elif json_type in expected:
        assert field_type == expected[json_type], path
    elif json_type == "array":
        assert pa.types.is_list(field_type), path
        _walk(prop["items"], field_type.value_type, path + "[]")
    elif json_type == "object":
        assert pa.types.is_struct(field_type), path
        names = [field_type.field(i).name for i in range(field_type.num_fields)]
        assert names == list(prop["properties"]), path
        for i, name in enumerate(names):
            _walk(prop["properties"][name], field_type.field(i).type, f"{path}.{name}")
    else:
        raise AssertionError(f"{path}: unexpected JSON type {json_type}")


@pytest.mark.parametrize("kind", KINDS)
def test_schema_arrow_walks_json_schema_field_by_field(kind: str) -> None:
    js, arrow = schema.json_schema(kind), schema.arrow_schema(kind)
    assert arrow.names == list(js["properties"])
    for field in arrow:
        prop = js["properties"][field.name]
        _walk(prop, field.type, field.name)
        types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
        assert field.nullable == ("null" in types or field.name not in js["required"]), field.name


@pytest.mark.parametrize("kind", KINDS)
def test_schema_metadata_carries_version_and_json_schema(kind: str) -> None:
    meta = schema.arrow_schema(kind).metadata
    assert meta[b"eventx.schema_version"].decode() == schema.schema_version()
    assert json.loads(meta[b"eventx.json_schema"]) == schema.json_schema(kind)


def test_schema_event_types_match_the_ontology() -> None:
    for kind in ("mention", "event"):
        assert schema.json_schema(kind)["properties"]["event_type"]["enum"] == list(event_types())


def test_schema_is_draft_2020_12() -> None:
    for kind in KINDS:
        assert schema.json_schema(kind)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
