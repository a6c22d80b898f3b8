"""`eventx validate` and validate_records: bad records are named with their field, good ones pass."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventx import validate_records
from eventx.cli import main

GOOD_EVENT = {
    "event_id": "ev_0123456789abcdef", "event_type": "summit_or_meeting", "date_start": "2021-02-08",
    "date_end": "2021-02-11", "date_precision": "day", "status": "occurred",
    "actors": [{"name": "Angela Merkel", "role": "participant"}], "mention_count": 1, "article_ids": ["a1"],
}


@pytest.mark.parametrize(("change", "field"), [
    ({"mention_count": "one"}, "mention_count"),                # wrong type
    ({"event_type": "coronation"}, "event_type"),               # unknown event type
    ({"date_start": "2021-02-30"}, "date_start"),               # impossible date
    ({"status": None}, "status"),                               # null where a value is required
])
def test_validate_records_names_the_field(change: dict, field: str) -> None:
    violations = validate_records([{**GOOD_EVENT, **change}], "event")
    assert {v.path for v in violations} == {field}


def test_validate_records_names_a_missing_required_field() -> None:
    record = {k: v for k, v in GOOD_EVENT.items() if k != "article_ids"}
    violations = validate_records([record], "event")
    assert [v.path for v in violations] == ["article_ids"]


def test_validate_records_accepts_a_good_record() -> None:
    assert validate_records([GOOD_EVENT], "event") == []


def test_validate_cli_reports_record_number_and_field(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "mine.jsonl"
    bad = [GOOD_EVENT, {**GOOD_EVENT, "mention_count": "one"}, {k: v for k, v in GOOD_EVENT.items() if k != "status"},
           {**GOOD_EVENT, "event_type": "coronation"}, {**GOOD_EVENT, "date_end": "2021-13-01"}]
    path.write_text("\n".join(json.dumps(r) for r in bad) + "\n")
    assert main(["validate", str(path), "--kind", "event"]) == 1
    out = capsys.readouterr().out
    for line in ("record 2: mention_count", "record 3: status", "record 4: event_type", "record 5: date_end"):
        assert line in out
    assert "record 1:" not in out


def test_validate_cli_accepts_every_table_eventx_wrote(sample_dataset: Path, capsys: pytest.CaptureFixture) -> None:
    for name in ("articles", "mentions", "events"):
        assert main(["validate", str(sample_dataset / f"{name}.parquet")]) == 0
    assert "valid" in capsys.readouterr().out


def test_validate_cli_json_file_with_one_record(tmp_path: Path) -> None:
    path = tmp_path / "event.json"
    path.write_text(json.dumps(GOOD_EVENT))
    assert main(["validate", str(path)]) == 0


def test_validate_cli_unreadable_json_names_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text(json.dumps(GOOD_EVENT) + "\n{not json\n")
    assert main(["validate", str(path)]) == 2
    assert "events.jsonl:2" in capsys.readouterr().err


def _rewrite(source: Path, target: Path, *, cast: dict | None = None, version: str | None = None,
             drop_property: str | None = None) -> Path:
    """A copy of a Parquet table with a column retyped, or its schema version and embedded schema changed."""
    import json as _json

    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(source)
    for name, arrow_type in (cast or {}).items():
        index = table.schema.get_field_index(name)
        table = table.set_column(index, pa.field(name, arrow_type), table.column(name).cast(arrow_type))
    meta = dict(table.schema.metadata or {})
    if version:
        meta[b"eventx.schema_version"] = version.encode()
    if drop_property:
        old = _json.loads(meta[b"eventx.json_schema"])
        del old["properties"][drop_property]
        old["required"] = [r for r in old["required"] if r != drop_property]
        meta[b"eventx.json_schema"] = _json.dumps(old).encode()
    pq.write_table(table.replace_schema_metadata(meta), target)
    return target


def test_validate_rejects_a_parquet_file_whose_schema_was_altered(sample_dataset: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture) -> None:
    import pyarrow as pa

    altered = _rewrite(sample_dataset / "events.parquet", tmp_path / "events.parquet",
                       cast={"date_start": pa.string(), "mention_count": pa.int32()})
    assert main(["validate", str(altered)]) == 1
    out = capsys.readouterr().out
    assert "column 'date_start' has type string, expected date32[day]" in out
    assert "column 'mention_count' has type int32, expected int64" in out


def test_validate_names_what_differs_in_another_schema_version(sample_dataset: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture) -> None:
    older = _rewrite(sample_dataset / "mentions.parquet", tmp_path / "mentions.parquet", version="1.0.0",
                     drop_property="anaphoric")
    assert main(["validate", str(older)]) == 1
    out = capsys.readouterr().out
    assert "written with schema version 1.0.0, this eventx uses" in out
    assert "field 'anaphoric' added" in out


def test_update_refuses_a_dataset_of_another_schema_version(sample_dataset: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture) -> None:
    import shutil

    out = tmp_path / "out"
    shutil.copytree(sample_dataset, out)
    _rewrite(sample_dataset / "mentions.parquet", out / "mentions.parquet", version="1.0.0",
             drop_property="article_event_id")
    before = (out / "events.parquet").read_bytes()
    text = tmp_path / "new.txt"
    text.write_text("Police detained two journalists in Minsk on Friday.")
    assert main(["extract", "-q", str(text), "-o", str(out), "--update"]) == 2
    err = capsys.readouterr().err
    assert "written with schema version 1.0.0" in err and "field 'article_event_id' added" in err
    assert "Rebuild the dataset from its inputs" in err
    assert (out / "events.parquet").read_bytes() == before


def test_validate_a_dataset_folder(sample_dataset: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["validate", str(sample_dataset)]) == 0
    assert "3 table files, all valid" in capsys.readouterr().out


def test_validate_parquet_in_batches_numbers_records_across_batches(sample_dataset: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    import eventx.validate as validate

    table = pq.read_table(sample_dataset / "events.parquet")
    rows = table.to_pylist()
    rows[6]["status"] = "rumoured"
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), tmp_path / "events.parquet")
    monkeypatch.setattr(validate, "VALIDATE_BATCH_ROWS", 3)
    assert main(["validate", str(tmp_path / "events.parquet")]) == 1
    out = capsys.readouterr().out
    assert "record 7: status: 'rumoured' is not one of" in out
    assert f"1 violations in {len(rows)} event records" in out
