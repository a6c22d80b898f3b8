"""The bounded-memory builder writes the same tables as linking everything in memory, for any run size."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import eventx.build as build_module
from eventx.cli import main
from eventx.dataset import assemble
from eventx.runner import run
from eventx import read_articles

from conftest import ROOT, SAMPLE


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Sample and tutorial articles, each twice under another id, so many events link across articles."""
    records = [{"id": f"{p.stem}-{copy}", "text": p.read_text(encoding="utf-8")}
               for copy in range(2) for p in sorted((SAMPLE / "articles").glob("*.txt"))]
    records += [json.loads(line) for line in (ROOT / "datasets" / "tutorial" / "corpus.jsonl").read_text().splitlines()]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


@pytest.mark.parametrize("fan_in", [64, 3])
def test_small_runs_give_the_in_memory_tables(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              fan_in: int) -> None:
    monkeypatch.setattr(build_module, "MAX_FAN_IN", fan_in)  # 3: runs are merged in passes before the final merge
    monkeypatch.setattr(build_module, "RUN_MAX_BYTES", 20_000)
    monkeypatch.setattr(build_module, "SPOOL_MAX_BYTES", 2_000)  # the spools of linking have many runs too
    monkeypatch.setattr(build_module, "CHUNK_ROWS", 7)
    monkeypatch.setattr(build_module, "OUTPUT_ROW_GROUP", {"articles": 5, "mentions": 50, "events": 40})
    assert main(["extract", "-q", str(corpus), "-o", str(tmp_path / "out")]) == 0
    assert pq.ParquetFile(tmp_path / "out" / "mentions.parquet").num_row_groups > 1
    extracted = list(run(read_articles([corpus])))
    expected = assemble([e.article for e in extracted], [m for e in extracted for m in e.mentions])
    assert any(len(e["article_ids"]) > 1 for e in expected["events"])
    for name in ("articles", "mentions", "events"):
        assert pq.read_table(tmp_path / "out" / f"{name}.parquet").to_pylist() == expected[name], name


def test_updates_in_small_steps_equal_one_build(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_module, "RUN_MAX_BYTES", 20_000)
    lines = corpus.read_text().splitlines(keepends=True)
    assert main(["extract", "-q", str(corpus), "-o", str(tmp_path / "whole"), "--partition-by", "published_month"]) == 0
    for step in range(0, len(lines), 9):
        part = tmp_path / f"part-{step}.jsonl"
        part.write_text("".join(lines[step:step + 9]))
        args = ["extract", "-q", str(part), "-o", str(tmp_path / "steps")]
        assert main(args + (["--update"] if step else ["--partition-by", "published_month"])) == 0
    whole = {p.relative_to(tmp_path / "whole"): p for p in (tmp_path / "whole").rglob("*.parquet")}
    steps = {p.relative_to(tmp_path / "steps"): p for p in (tmp_path / "steps").rglob("*.parquet")}
    assert sorted(steps) == sorted(whole)
    for rel, path in whole.items():
        if rel.parts[0] == "articles":  # the input file and line an article was read from differ, by design
            drop = ["source_path", "source_line"]
            assert (pq.read_table(steps[rel], partitioning=None).drop_columns(drop)
                    .equals(pq.read_table(path, partitioning=None).drop_columns(drop))), rel
        else:
            assert steps[rel].read_bytes() == path.read_bytes(), rel


def test_nothing_is_left_in_out_but_the_tables(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["extract", "-q", str(corpus), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [".eventx.lock", "articles.parquet", "events.parquet",
                                                     "mentions.parquet"]


@pytest.mark.parametrize("sizes, rows", [([3, 4, 5], 4), ([10], 3), ([1, 1, 1], 5), ([], 2), ([4, 4], 4)])
def test_rechunked_keeps_every_row_in_order_in_tables_of_the_given_size(sizes: list[int], rows: int) -> None:
    start, tables = 0, []
    for size in sizes:
        tables.append(pa.table({"n": list(range(start, start + size))}))
        start += size
    out = list(build_module._rechunked(iter(tables), rows))
    assert [n for t in out for n in t.column("n").to_pylist()] == list(range(start))
    assert all(t.num_rows == rows for t in out[:-1]) and all(0 < t.num_rows <= rows for t in out)


def test_article_stretches_hand_out_an_article_to_every_stretch_that_holds_it() -> None:
    # one article's rows can span two tables of the other stream: both stretches must see its rows
    tables = [pa.table({"article_id": ["a", "b"], "n": [1, 2]}), pa.table({"article_id": ["b", "c", "e"], "n": [3, 4, 5]})]
    stretches = build_module.Stretches(iter(tables))
    assert stretches.between("a", "b").column("n").to_pylist() == [1, 2, 3]
    assert stretches.between("b", "b").column("n").to_pylist() == [2, 3]
    assert stretches.between("b", "d").column("n").to_pylist() == [2, 3, 4]
    assert stretches.between("d", "d") is None
    assert stretches.between("e", "z").column("n").to_pylist() == [5]
    assert stretches.between("z", "zz") is None


def test_a_write_that_fails_leaves_the_previous_dataset_and_no_temporary_file(corpus: Path, tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    assert main(["extract", "-q", str(SAMPLE / "articles"), "-o", str(out)]) == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    # several row groups of articles and mentions are written before the events fail
    monkeypatch.setattr(build_module, "OUTPUT_ROW_GROUP", {"articles": 5, "mentions": 50, "events": 40})
    original = pq.ParquetWriter.write_table

    def failing(self: pq.ParquetWriter, table: pa.Table, row_group_size: int | None = None) -> None:
        if "events" in str(self.where):
            raise OSError("No space left on device")
        original(self, table, row_group_size=row_group_size)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", failing)
    with pytest.raises(OSError, match="No space left"):
        main(["extract", "-q", str(corpus), "-o", str(out)])
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_records_that_fail_validation_leave_the_previous_dataset_and_no_temporary_file(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventx import schema
    from eventx.errors import ValidationError

    out = tmp_path / "out"
    assert main(["extract", "-q", str(SAMPLE / "articles"), "-o", str(out)]) == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    original = schema.check_table

    def event_rows_fail(table: pa.Table, kind: str, **options: object) -> list[schema.Violation]:
        if kind == "event":
            return [schema.Violation(record=1, path="date_start", message="not a date")]
        return original(table, kind, **options)

    monkeypatch.setattr(schema, "check_table", event_rows_fail)
    with pytest.raises(ValidationError, match="nothing was written"):
        build_module.build([(e.article, e.mentions) for e in run(read_articles([corpus]))], out)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
