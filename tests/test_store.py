"""The dataset folder over time: --update, idempotent re-runs, partitions, and crashes at any moment."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventx import store
from eventx.cli import main

from conftest import SAMPLE

ARTICLES = sorted((SAMPLE / "articles").glob("*.txt"))


def _files(out: Path) -> dict[str, bytes]:
    """Every table file of a dataset folder, by relative path."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in store.owned_files(out)}


def _visible_to_readers(out: Path) -> list[str]:
    """Files a reader globbing OUT/**/*.parquet would pick up."""
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*.parquet"))


def _extract(*args: str) -> int:
    """Run `eventx extract -q` in process."""
    return main(["extract", "-q", *args])


@pytest.mark.parametrize("layout", [[], ["--partition-by", "published_month"]], ids=["flat", "partitioned"])
def test_update_in_two_halves_equals_one_build(tmp_path: Path, layout: list[str]) -> None:
    whole, halves = tmp_path / "whole", tmp_path / "halves"
    assert _extract(*map(str, ARTICLES), "-o", str(whole), *layout) == 0
    middle = len(ARTICLES) // 2
    assert _extract(*map(str, ARTICLES[:middle]), "-o", str(halves), *layout) == 0
    assert _extract(*map(str, ARTICLES[middle:]), "-o", str(halves), "--update") == 0
    assert _files(halves) == _files(whole)


def test_same_extract_twice_leaves_files_untouched(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(SAMPLE / "articles"), "-o", str(out)]) == 0
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in store.owned_files(out)}
    capsys.readouterr()
    assert main(["extract", str(SAMPLE / "articles"), "-o", str(out)]) == 0
    assert "0 written, 3 unchanged, 0 deleted" in capsys.readouterr().err
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in store.owned_files(out)} == before


def test_update_with_articles_already_there_adds_nothing(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    assert _extract(str(SAMPLE / "articles"), "-o", str(out)) == 0
    before = _files(out)
    assert main(["extract", str(SAMPLE / "articles"), "-o", str(out), "--update"]) == 0
    err = capsys.readouterr().err
    assert f"{len(ARTICLES)} input article(s) already in the dataset with the same text" in err
    assert _files(out) == before
    articles = pq.read_table(out / "articles.parquet").column("article_id").to_pylist()
    assert len(articles) == len(set(articles)) == len(ARTICLES)


def test_update_replaces_an_article_whose_text_changed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    first = {"id": "a1", "published": "2023-03-02", "text": "Protesters rallied in Lima on Tuesday."}
    other = {"id": "a2", "published": "2023-03-03", "text": "The two presidents met in Brasilia on Thursday."}
    corpus.write_text(json.dumps(first) + "\n" + json.dumps(other) + "\n")
    out = tmp_path / "out"
    assert _extract(str(corpus), "-o", str(out)) == 0
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps({**first, "text": "Police arrested ten protesters in Lima on Tuesday."}) + "\n")
    assert _extract(str(changed), "-o", str(out), "--update") == 0
    articles = pq.read_table(out / "articles.parquet").to_pylist()
    assert [a["article_id"] for a in articles] == ["a1", "a2"]
    assert articles[0]["text"].startswith("Police arrested")
    mentions = pq.read_table(out / "mentions.parquet").to_pylist()
    assert {(m["article_id"], m["event_type"]) for m in mentions} == {("a1", "arrest_or_detention"),
                                                                      ("a2", "summit_or_meeting")}


def test_update_keeps_the_partitioned_layout(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _extract(*map(str, ARTICLES[:3]), "-o", str(out), "--partition-by", "published_month") == 0
    assert _extract(*map(str, ARTICLES[3:6]), "-o", str(out), "--update") == 0
    assert not (out / "events.parquet").exists()
    assert all("/published_month=" in name for name in _files(out))


def test_partitioned_dataset_reads_in_duckdb_and_pandas_with_dates(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pd = pytest.importorskip("pandas")
    out = tmp_path / "out"
    assert _extract(str(SAMPLE / "articles"), "-o", str(out), "--partition-by", "published_month") == 0
    flat = tmp_path / "flat"
    assert _extract(str(SAMPLE / "articles"), "-o", str(flat)) == 0
    con = duckdb.connect()
    query = f"SELECT * FROM read_parquet('{out}/events/**/*.parquet', hive_partitioning = true)"
    described = {row[0]: row[1] for row in con.execute(f"DESCRIBE {query}").fetchall()}
    assert described["date_start"] == "DATE" and described["published_month"] == "VARCHAR"
    counted = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
    assert counted == pq.read_table(flat / "events.parquet").num_rows
    months = {m for (m,) in con.execute(f"SELECT DISTINCT published_month FROM ({query})").fetchall()}
    assert months and all(m == "unknown" or (len(m) == 7 and m[4] == "-") for m in months)
    events = pd.read_parquet(out / "events", dtype_backend="pyarrow")
    assert len(events) == counted
    assert str(events["date_start"].dtype).startswith("date32")
    # every article's partition is the month of its publication date
    articles = con.execute(f"SELECT published, published_month FROM read_parquet('{out}/articles/**/*.parquet', "
                           "hive_partitioning = true)").fetchall()
    assert all((p.strftime("%Y-%m") if p else "unknown") == m for p, m in articles)


def test_a_second_writer_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with store.locked(out):
        with pytest.raises(Exception, match="another eventx run is writing"):
            with store.locked(out):
                pass


def _corpus(path: Path, copies: int) -> Path:
    """A JSONL corpus of the sample articles repeated under new ids, to make runs last a while."""
    with path.open("w") as fh:
        for copy in range(copies):
            for article in ARTICLES:
                fh.write(json.dumps({"id": f"{article.stem}-{copy}", "text": article.read_text()}) + "\n")
    return path


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
    """Start `eventx` in a subprocess."""
    return subprocess.Popen([sys.executable, "-m", "eventx", *args], env={**os.environ, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A dataset built from the sample articles, and its files."""
    out = tmp_path / "out"
    assert _extract(str(SAMPLE / "articles"), "-o", str(out), "--partition-by", "published_month") == 0
    return out, _files(out)


def _assert_readable(out: Path) -> None:
    """The dataset validates and DuckDB reads every table."""
    duckdb = pytest.importorskip("duckdb")
    assert main(["validate", str(out)]) == 0
    for name in store.TABLE_NAMES:
        duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/{name}/**/*.parquet', hive_partitioning = true)").fetchall()


@pytest.mark.parametrize("point", ["temporary", "before-journal"])
def test_killed_before_the_commit_leaves_the_previous_dataset(tmp_path: Path, previous, point: str) -> None:
    out, files = previous
    corpus = _corpus(tmp_path / "more.jsonl", 1)
    process = _run(["extract", "-q", str(corpus), "-o", str(out), "--update"], {"EVENTX_CRASH_AT": point})
    assert process.wait(timeout=120) == -signal.SIGKILL
    assert _files(out) == files
    assert _visible_to_readers(out) == sorted(files)
    _assert_readable(out)
    # the next run cleans up what the killed one left and succeeds
    assert _extract(str(corpus), "-o", str(out), "--update") == 0
    assert not list(out.rglob(f"*{store.TEMP_SUFFIX}")) and not (out / store.JOURNAL).exists()


@pytest.mark.parametrize("point", ["journal", "apply"])
def test_killed_after_the_commit_is_completed_by_the_next_command(tmp_path: Path, previous, point: str) -> None:
    out, _ = previous
    corpus = _corpus(tmp_path / "more.jsonl", 1)
    process = _run(["extract", "-q", str(corpus), "-o", str(out), "--update"], {"EVENTX_CRASH_AT": point})
    assert process.wait(timeout=120) == -signal.SIGKILL
    assert (out / store.JOURNAL).exists()
    _assert_readable(out)  # validate completes the commit first
    assert not (out / store.JOURNAL).exists() and not list(out.rglob(f"*{store.TEMP_SUFFIX}"))
    expected = tmp_path / "expected"
    assert _extract(str(SAMPLE / "articles"), "-o", str(expected), "--partition-by", "published_month") == 0
    assert _extract(str(corpus), "-o", str(expected), "--update") == 0
    assert _files(out) == _files(expected)


def test_kill_9_at_several_moments_never_breaks_the_dataset(tmp_path: Path, previous) -> None:
    out, files = previous
    corpus = _corpus(tmp_path / "more.jsonl", 6)
    expected = tmp_path / "expected"
    assert _extract(str(SAMPLE / "articles"), "-o", str(expected), "--partition-by", "published_month") == 0
    assert _extract(str(corpus), "-o", str(expected), "--update") == 0
    outcomes = []
    for delay in (0.3, 1.0, 2.0, 3.0, 4.5):
        process = _run(["extract", "-q", str(corpus), "-o", str(out), "--update"])
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        code = process.wait(timeout=120)
        store.open_for_reading(out)
        after = _files(out)
        assert after in (files, _files(expected)), f"killed after {delay} s: a mixed dataset"
        assert _visible_to_readers(out) == sorted(after)
        _assert_readable(out)
        outcomes.append("new" if after != files else "previous")
        if after != files:
            break
        assert code == -signal.SIGKILL
    assert "previous" in outcomes


def test_jobs_2_gives_byte_identical_files(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl", 2)
    assert _extract(str(corpus), str(SAMPLE / "articles"), "-o", str(tmp_path / "one"), "--jobs", "1") == 0
    assert _extract(str(corpus), str(SAMPLE / "articles"), "-o", str(tmp_path / "two"), "--jobs", "2") == 0
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_program_runs_without_pandas_and_writes_the_same_files(tmp_path: Path) -> None:
    """pyarrow would import pandas (about 33 MB a process) on its first conversion; the program keeps it out."""
    pytest.importorskip("pandas", reason="the guard matters only where pandas is installed")
    script = ("import sys\nfrom eventx.cli import main\n"
              f"sys.argv = ['eventx', 'extract', '-q', {str(SAMPLE / 'articles')!r}, '-o', {str(tmp_path / 'program')!r},"
              " '--jobs', '2']\n"
              "code = main()\nprint(code, 'pandas' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False"], done.stderr
    assert _extract(str(SAMPLE / "articles"), "-o", str(tmp_path / "in-process")) == 0
    assert _files(tmp_path / "program") == _files(tmp_path / "in-process")


def test_in_process_calls_leave_the_import_system_alone(tmp_path: Path) -> None:
    finders = list(sys.meta_path)
    assert _extract(str(SAMPLE / "articles"), "-o", str(tmp_path / "out")) == 0
    assert sys.meta_path == finders
