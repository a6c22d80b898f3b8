"""eventx export: PLOVER JSON records, CAMEO tab-separated rows and CSV tables, read back as users would."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventx.cli import main


def _events(dataset: Path) -> dict[str, dict]:
    """The events table by id."""
    return {e["event_id"]: e for e in pq.read_table(dataset / "events.parquet").to_pylist()}


def test_plover_records_carry_the_fields_and_offsets_into_the_text(sample_dataset: Path, tmp_path: Path) -> None:
    target = tmp_path / "plover.jsonl"
    assert main(["export", str(sample_dataset), "--format", "plover", "-o", str(target)]) == 0
    records = [json.loads(line) for line in target.read_text().splitlines()]
    events = _events(sample_dataset)
    texts = {a["article_id"]: a["text"] for a in pq.read_table(sample_dataset / "articles.parquet").to_pylist()}
    assert records and len(records) == sum(1 for e in events.values() if e["plover_type"] and e["date_start"])
    for record in records:
        assert {"id", "date", "enddate", "actor", "recipient", "event", "mode", "text_info", "cite_info"} <= record.keys()
        event = events[record["id"]]
        assert record["event"] == [event["plover_type"]]
        assert (record["date"], record["enddate"]) == (event["date_start"].isoformat(), event["date_end"].isoformat())
        info = record["text_info"]
        text = texts[info["article_id"]]
        assert text[info["start"]:info["end"]] == info["text"]
        assert text[info["trigger_start"]:info["trigger_end"]] == record["event_text"][0]
        assert record["cite_info"]["citation"] == info["article_id"]
        if event["status"] in ("planned", "expected"):
            assert "future" in record["context"]
        if event["event_type"] == "arrest_or_detention":
            assert record["mode"] == "arrest"
        actors = {a["actor_text"] for a in record["actor"] + record["recipient"]}
        assert actors <= {a["name"] for a in event["actors"]}


def test_plover_undated_events_only_on_request(sample_dataset: Path, tmp_path: Path) -> None:
    events = _events(sample_dataset)
    undated = [e for e in events.values() if e["plover_type"] and e["date_start"] is None]
    assert undated, "the sample corpus has undated events with a PLOVER category"
    target = tmp_path / "all.jsonl"
    assert main(["export", str(sample_dataset), "--format", "plover", "-o", str(target), "--include-undated"]) == 0
    records = [json.loads(line) for line in target.read_text().splitlines()]
    assert {r["id"] for r in records if r["date"] is None} == {e["event_id"] for e in undated}


def test_cameo_codes_stay_strings_with_leading_zeros(sample_dataset: Path, tmp_path: Path) -> None:
    target = tmp_path / "cameo.tsv"
    assert main(["export", str(sample_dataset), "--format", "cameo", "-o", str(target)]) == 0
    with target.open(newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    events = _events(sample_dataset)
    assert rows and all(row["cameo_code"] == events[row["event_id"]]["cameo_code"] for row in rows)
    assert any(row["cameo_code"].startswith("0") for row in rows)
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(target, sep="\t", dtype={"cameo_code": str})
    assert set(frame["cameo_code"]) == {row["cameo_code"] for row in rows}


@pytest.mark.parametrize("table", ["events", "mentions", "articles"])
def test_csv_tables_read_back_in_duckdb(sample_dataset: Path, tmp_path: Path, table: str) -> None:
    duckdb = pytest.importorskip("duckdb")
    target = tmp_path / f"{table}.csv"
    assert main(["export", str(sample_dataset), "--format", "csv", "--table", table, "-o", str(target)]) == 0
    parquet_rows = pq.read_table(sample_dataset / f"{table}.parquet").num_rows
    assert duckdb.sql(f"SELECT count(*) FROM read_csv('{target}', header = true)").fetchall()[0][0] == parquet_rows
    header = target.read_text().splitlines()[0].split(",")
    assert header == pq.read_schema(sample_dataset / f"{table}.parquet").names


def test_export_of_a_folder_without_a_dataset_fails_and_writes_nothing(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["export", str(tmp_path / "empty"), "--format", "csv", "-o", str(tmp_path / "x.csv")]) == 2
    assert "no articles table" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_export_reads_a_partitioned_dataset(tmp_path: Path) -> None:
    from conftest import SAMPLE

    out = tmp_path / "out"
    assert main(["extract", "-q", str(SAMPLE / "articles"), "-o", str(out), "--partition-by", "published_month"]) == 0
    flat = tmp_path / "flat"
    assert main(["extract", "-q", str(SAMPLE / "articles"), "-o", str(flat)]) == 0
    for name, source in (("p.jsonl", out), ("f.jsonl", flat)):
        assert main(["export", str(source), "--format", "plover", "-o", str(tmp_path / name)]) == 0
    assert sorted((tmp_path / "p.jsonl").read_text().splitlines()) == sorted((tmp_path / "f.jsonl").read_text().splitlines())


def test_export_in_small_chunks_writes_the_same_file(sample_dataset: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import eventx.export as export

    for fmt in ("plover", "cameo", "csv"):
        assert main(["export", str(sample_dataset), "--format", fmt, "-o", str(tmp_path / f"whole.{fmt}")]) == 0
    monkeypatch.setattr(export, "EVENT_CHUNK", 3)
    monkeypatch.setattr(export, "READ_BATCH_ROWS", 5)
    for fmt in ("plover", "cameo", "csv"):
        assert main(["export", str(sample_dataset), "--format", fmt, "-o", str(tmp_path / f"chunks.{fmt}")]) == 0
        assert (tmp_path / f"chunks.{fmt}").read_bytes() == (tmp_path / f"whole.{fmt}").read_bytes(), fmt
