"""The three tables as users read them: pandas, DuckDB, pyarrow; offsets, ids and determinism."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventx import Article, write_dataset, extract_article
from eventx.cli import main
from eventx.errors import ValidationError

from conftest import SAMPLE


def test_dataset_pandas_reads_dates_as_dates(sample_dataset: Path) -> None:
    pd = pytest.importorskip("pandas")
    events = pd.read_parquet(sample_dataset / "events.parquet", dtype_backend="pyarrow")
    assert str(events["date_start"].dtype).startswith("date32")
    assert events["date_start"].dropna().map(lambda d: isinstance(d, dt.date)).all()
    articles = pd.read_parquet(sample_dataset / "articles.parquet", dtype_backend="pyarrow")
    assert str(articles["published"].dtype).startswith("date32")


def test_dataset_duckdb_reads_dates_and_unnests_actors(sample_dataset: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    path = str(sample_dataset / "events.parquet")
    types = dict(con.execute(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall()[i][:2]
                 for i in range(len(con.execute(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall())))
    assert types["date_start"] == "DATE" and types["date_end"] == "DATE"
    rows = con.execute(f"SELECT a.name, a.role FROM (SELECT unnest(actors) AS a FROM read_parquet('{path}'))").fetchall()
    assert rows and all(name and role for name, role in rows)
    joined = con.execute(f"""SELECT count(*) FROM read_parquet('{sample_dataset}/mentions.parquet') m
                             JOIN read_parquet('{path}') e USING (event_id)""").fetchone()[0]
    mentions = con.execute(f"SELECT count(*) FROM read_parquet('{sample_dataset}/mentions.parquet')").fetchone()[0]
    assert joined == mentions


def test_dataset_offsets_point_into_the_text_as_read(sample_dataset: Path) -> None:
    texts = {p.stem: p.read_bytes().decode("utf-8") for p in (SAMPLE / "articles").glob("*.txt")}
    for row in pq.read_table(sample_dataset / "mentions.parquet").to_pylist():
        text = texts[row["article_id"]]
        assert text[row["char_start"]:row["char_end"]] == row["trigger_text"]
        assert text[row["sentence_start"]:row["sentence_end"]] == row["sentence"]
        if row["date_char_start"] is not None:
            assert text[row["date_char_start"]:row["date_char_end"]] == row["date_text"]


def test_dataset_crlf_offsets_count_two_characters(tmp_path: Path) -> None:
    text = "Seoul talks\r\n\r\nPublished : Mar. 2, 2022 - 10:00\r\n\r\nThe two leaders met in Seoul on Tuesday.\r\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crlf.txt").write_bytes(text.encode("utf-8"))
    assert main(["extract", "-q", str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == 0
    row = pq.read_table(tmp_path / "out" / "mentions.parquet").to_pylist()[0]
    assert text[row["char_start"]:row["char_end"]] == "met"
    assert row["date_start"] == dt.date(2022, 3, 1)


def test_dataset_dates_are_intervals_with_precision(sample_dataset: Path) -> None:
    for row in pq.read_table(sample_dataset / "events.parquet").to_pylist():
        if row["date_start"] is None:
            assert row["date_end"] is None and row["date_precision"] is None
        else:
            assert row["date_start"] <= row["date_end"] and row["date_precision"]


def test_dataset_same_input_gives_byte_identical_tables(tmp_path: Path) -> None:
    digests = []
    for run, seed in (("a", "1"), ("b", "2")):  # separate processes with different hash seeds
        subprocess.run([sys.executable, "-m", "eventx", "extract", "-q", str(SAMPLE / "articles"), "-o",
                        str(tmp_path / run)], check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        digests.append({n: hashlib.sha256((tmp_path / run / f"{n}.parquet").read_bytes()).hexdigest()
                        for n in ("articles", "mentions", "events")})
    assert digests[0] == digests[1]


def test_dataset_bundled_dataset_is_reproducible(sample_dataset: Path) -> None:
    bundled = SAMPLE / "dataset"
    for name in ("articles", "mentions", "events"):
        built, kept = sample_dataset / f"{name}.parquet", bundled / f"{name}.parquet"
        kept_meta = pq.ParquetFile(kept).metadata
        if kept_meta.created_by == pq.ParquetFile(built).metadata.created_by:
            assert built.read_bytes() == kept.read_bytes(), f"{name}: rebuild datasets/sample/dataset (see datasets/README.md)"
        else:  # another pyarrow version writes other bytes; the content must still be the same
            assert pq.read_table(built).equals(pq.read_table(kept)), name


def test_dataset_invalid_record_stops_the_run_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eventx.build as build
    import eventx.dataset as dataset

    original = dataset.event_row
    monkeypatch.setattr(build, "event_row", lambda e: {**original(e), "status": "rumoured"})
    result = extract_article(Article(article_id="a1", text="Leaders met in Geneva on Tuesday.",
                                     published=dt.date(2022, 3, 3)))
    with pytest.raises(ValidationError) as err:
        write_dataset([result], tmp_path / "out")
    assert "events" in str(err.value) and "status" in str(err.value) and "ev_" in str(err.value)
    assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True


def test_dataset_links_one_happening_across_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "two.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in [
        {"id": "x1", "text": "Prime Minister Fumio Kishida met President Joe Biden at the White House on Friday.",
         "published": "2023-01-14"},
        {"id": "x2", "text": "U.S. President Joe Biden met Japan's prime minister, Fumio Kishida, in Washington on "
                             "Friday, January 13, officials said.",
         "published": "2023-01-15"},
    ]) + "\n")
    assert main(["extract", "-q", str(corpus), "-o", str(tmp_path / "out")]) == 0
    events = pq.read_table(tmp_path / "out" / "events.parquet").to_pylist()
    summits = [e for e in events if e["event_type"] == "summit_or_meeting"]
    assert len(summits) == 1 and summits[0]["article_ids"] == ["x1", "x2"]
    assert summits[0]["date_start"] == dt.date(2023, 1, 13)


def test_a_month_long_mention_does_not_chain_two_days_into_one_event(tmp_path: Path) -> None:
    corpus = tmp_path / "tests.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in [
        {"id": "d1", "text": "North Korea test-fired a ballistic missile on Friday.", "published": "2023-03-04"},
        {"id": "d2", "text": "North Korea test-fired a cruise missile on Sunday.", "published": "2023-03-06"},
        {"id": "m1", "text": "North Korea test-fired several missiles in March.", "published": "2023-04-02"},
        {"id": "d3", "text": "North Korea test-fired a ballistic missile on Friday, March 3.", "published": "2023-03-04"},
    ]) + "\n")
    assert main(["extract", "-q", str(corpus), "-o", str(tmp_path / "out")]) == 0
    tests = [e for e in pq.read_table(tmp_path / "out" / "events.parquet").to_pylist() if e["event_type"] == "weapons_test"]
    assert not [e for e in tests if {"d1", "d2"} <= set(e["article_ids"])], "two days merged through a month"
    assert [e for e in tests if {"d1", "d3"} <= set(e["article_ids"])], "the same day in two articles links"
