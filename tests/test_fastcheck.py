"""The columnar schema checks agree with jsonschema, the reference, on valid and invalid records."""
from __future__ import annotations

import copy
import functools
import datetime as dt
from typing import Any, Iterator

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx import schema
from eventx.fastcheck import UnsupportedSchema, check_supported, failing_rows

from conftest import SAMPLE

KINDS = {"article": "articles", "mention": "mentions", "event": "events"}


@functools.cache
def _table_rows(kind: str) -> tuple[dict[str, Any], ...]:
    """Rows of one kind from the bundled dataset, read once."""
    return tuple(pq.read_table(SAMPLE / "dataset" / f"{KINDS[kind]}.parquet").to_pylist())


def _valid_rows(kind: str) -> list[dict[str, Any]]:
    """Fresh copies of the rows of one kind from the bundled dataset."""
    return copy.deepcopy(list(_table_rows(kind)))


def _types(prop: dict[str, Any]) -> list[str]:
    """The JSON types a property allows."""
    types = prop.get("type", [])
    return [types] if isinstance(types, str) else list(types)


def _bad_values(prop: dict[str, Any]) -> Iterator[Any]:
    """Values that break a property schema (each breaks one keyword) and that Arrow can still hold."""
    if "null" not in _types(prop):
        yield None
    if "enum" in prop:
        yield "not-a-listed-value"
    if "pattern" in prop:
        yield "has spaces and ! marks"
    if "minLength" in prop:
        yield ""
    if "minimum" in prop:
        yield prop["minimum"] - 1
    if "maximum" in prop:
        yield prop["maximum"] + 1


def _mutations(row: dict[str, Any], spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Copies of a valid row, each with one field made invalid (nested actor fields included)."""
    for name, prop in spec["properties"].items():
        for value in _bad_values(prop):
            yield f"{name}={value!r}", {**row, name: value}
        items = prop.get("items", {})
        if "properties" in items and row.get(name):
            for field, field_prop in items["properties"].items():
                for value in _bad_values(field_prop):
                    bad = copy.deepcopy(row)
                    bad[name][0][field] = value
                    yield f"{name}[0].{field}={value!r}", bad
        elif items and row.get(name):
            for value in _bad_values(items):
                yield f"{name}[0]={value!r}", {**row, name: [value, *row[name][1:]]}


def _reference_failing(rows: list[dict[str, Any]], kind: str) -> set[int]:
    """Indexes of the rows jsonschema rejects."""
    return {v.record - 1 for v in schema.iter_violations(rows, kind)}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_schemas_use_only_keywords_the_columnar_checks_know(kind: str) -> None:
    check_supported(schema.json_schema(kind))
    with pytest.raises(UnsupportedSchema):
        check_supported({"type": "object", "properties": {"a": {"type": "string", "oneOf": []}}})


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_single_field_violation_is_found_as_the_reference_finds_it(kind: str) -> None:
    spec = schema.json_schema(kind)
    valid = _valid_rows(kind)
    rows, labels = list(valid), ["valid"] * len(valid)
    for row in valid[:3]:
        for label, bad in _mutations(row, spec):
            rows.append(bad)
            labels.append(label)
    assert len(rows) > len(valid) + 20
    expected = _reference_failing(rows, kind)
    assert expected == set(range(len(valid), len(rows))), "every mutation breaks the schema"
    table, violations = schema.check_rows(rows, kind)
    assert table is not None, "mutated rows still convert to Arrow"
    flagged = set(failing_rows(table, spec))
    missed = sorted(labels[i] for i in expected - flagged)
    assert not missed, f"columnar checks missed: {missed}"
    assert [str(v) for v in violations] == [str(v) for v in schema.iter_violations(rows, kind)]
    table_violations = schema.check_table(table, kind)
    assert [str(v) for v in table_violations] == [str(v) for v in schema.iter_violations(table.to_pylist(), kind)]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_key_problems_are_found(kind: str) -> None:
    spec = schema.json_schema(kind)
    row = _valid_rows(kind)[0]
    required = spec["required"][0]
    rows = [{k: v for k, v in row.items() if k != required}, {**row, "unexpected_column": 1}]
    _, violations = schema.check_rows(rows, kind)
    assert {v.record for v in violations} == {1, 2}
    assert [str(v) for v in violations] == [str(v) for v in schema.iter_violations(rows[:2], kind)]


FIELDS = [(kind, field) for kind in sorted(KINDS) for field in sorted(schema.json_schema(kind)["properties"])]
VALUES = st.one_of(st.none(), st.text(max_size=6), st.integers(-5, 5), st.floats(-200, 200, allow_nan=False),
                   st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)), st.booleans(),
                   st.lists(st.text(max_size=3), max_size=2),
                   st.lists(st.fixed_dictionaries({"name": st.text(max_size=3), "role": st.sampled_from(["agent", "x"])}),
                            max_size=2))


@settings(max_examples=150, deadline=None)
@given(target=st.sampled_from(FIELDS), value=VALUES)
def test_random_values_get_the_reference_verdict(target: tuple[str, str], value: Any) -> None:
    kind, field = target
    row = {**_valid_rows(kind)[0], field: value}
    _, violations = schema.check_rows([row], kind)
    assert [str(v) for v in violations] == [str(v) for v in schema.iter_violations([row], kind)]
