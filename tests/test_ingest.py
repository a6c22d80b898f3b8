"""Reading inputs: ids, metadata, and errors that name the file, line and field."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventx import read_articles
from eventx.errors import InputError


def test_ingest_txt_id_is_the_file_stem_and_text_is_kept_as_read(tmp_path: Path) -> None:
    raw = "Headline\r\n\r\nBody with “quotes”.\r\n".encode("utf-8")
    (tmp_path / "story-1.txt").write_bytes(raw)
    (article,) = read_articles([tmp_path])
    assert article.article_id == "story-1" and article.text == raw.decode("utf-8") and article.title == "Headline"


def test_ingest_jsonl_metadata(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "T", "published": "2021-01-06T13:42:00", "url": "u",
                                "title": "t", "outlet": "o"}) + "\n")
    (article,) = read_articles([path])
    assert (article.published, article.url, article.outlet, article.source_line) == (dt.date(2021, 1, 6), "u", "o", 1)


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "c.jsonl:2: not valid JSON"),
    (json.dumps({"text": "no id"}), "c.jsonl:2: field 'id'"),
    (json.dumps({"id": "b", "text": 5}), "c.jsonl:2: field 'text'"),
    (json.dumps({"id": "b", "text": "t", "published": "yesterday"}), "c.jsonl:2: field 'published'"),
    (json.dumps({"id": "a", "text": "dup"}), "duplicate article id 'a'"),
])
def test_ingest_jsonl_errors_name_file_line_and_field(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "first"}) + "\n" + line + "\n")
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        list(read_articles([path]))


def test_ingest_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Fine text \xff more")
    with pytest.raises(InputError, match=r"bad.txt: invalid UTF-8 at byte 10"):
        list(read_articles([tmp_path / "bad.txt"]))


def test_ingest_published_option_applies_to_plain_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Leaders met on Tuesday.")
    (article,) = read_articles([tmp_path], published=dt.date(2022, 3, 3))
    assert article.published == dt.date(2022, 3, 3)


def test_ingest_missing_input_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([tmp_path / "nope.txt"]))


def _parquet(path: Path, columns: dict) -> Path:
    """Write a Parquet corpus from column lists."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table(columns), path)
    return path


def test_ingest_parquet_corpus_with_renamed_columns_and_typed_dates(tmp_path: Path) -> None:
    import pyarrow as pa

    from eventx.ingest import ReadOptions

    path = _parquet(tmp_path / "corpus.parquet", {
        "doc_id": ["a", "b", "c"], "body": ["Talks opened.", "Voters went to the polls.", "A storm hit."],
        "date": pa.array([dt.date(2022, 5, 1), None, dt.date(2022, 5, 3)], pa.date32()),
        "source": ["Wire", None, "Daily"], "extra": [1, 2, 3]})
    options = ReadOptions(columns={"id": "doc_id", "text": "body", "published": "date", "outlet": "source"})
    articles = list(read_articles([path], options=options))
    assert [(a.article_id, a.text, a.published, a.outlet, a.source_line) for a in articles] == [
        ("a", "Talks opened.", dt.date(2022, 5, 1), "Wire", 1), ("b", "Voters went to the polls.", None, None, 2),
        ("c", "A storm hit.", dt.date(2022, 5, 3), "Daily", 3)]
    stamped = _parquet(tmp_path / "stamped.parquet", {
        "id": ["x"], "text": ["Rally held."], "published": pa.array([dt.datetime(2020, 1, 2, 23, 5)], pa.timestamp("s"))})
    assert [a.published for a in read_articles([stamped])] == [dt.date(2020, 1, 2)]


def test_ingest_parquet_missing_column_lists_what_the_file_has(tmp_path: Path) -> None:
    path = _parquet(tmp_path / "c.parquet", {"doc_id": ["a"], "body": ["x"]})
    with pytest.raises(InputError, match=r"c.parquet: no column 'id' or 'text'; the file has doc_id, body \(map them"):
        list(read_articles([path]))


def test_ingest_parquet_bad_rows_are_named_and_skipped(tmp_path: Path) -> None:
    from eventx.ingest import Problem

    path = _parquet(tmp_path / "c.parquet", {"id": ["a", "b", ""], "text": ["Fine text.", None, "Also fine."],
                                            "published": ["2021-01-01", "2021-01-02", "2021-02-30"]})
    problems: list[Problem] = []
    articles = list(read_articles([path], problems=problems))
    assert [a.article_id for a in articles] == ["a"]
    assert [str(p) for p in problems] == ["%s:2: field 'text': missing or not a non-empty string" % path,
                                          "%s:3: field 'id': missing or not a non-empty string" % path]


def test_ingest_jsonl_with_renamed_columns(tmp_path: Path) -> None:
    from eventx.ingest import ReadOptions, parse_columns

    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"uid": "n1", "content": "Body.", "date": "2019-07-04"}) + "\n")
    options = ReadOptions(columns=parse_columns("id=uid, text=content,published=date"))
    (article,) = read_articles([path], options=options)
    assert (article.article_id, article.text, article.published) == ("n1", "Body.", dt.date(2019, 7, 4))
    with pytest.raises(InputError, match="--columns: 'body' is not FIELD=COLUMN"):
        parse_columns("id=uid,body")
    with pytest.raises(InputError, match="--columns: 'author=a' is not FIELD=COLUMN"):
        parse_columns("author=a")


def test_cli_extract_reads_a_parquet_corpus_with_columns(tmp_path: Path) -> None:
    from eventx.cli import main
    import pyarrow.parquet as pq

    path = _parquet(tmp_path / "c.parquet", {"doc_id": ["p1"], "body": ["Police arrested two men in Nairobi on Friday."],
                                            "day": ["2023-06-10"]})
    assert main(["extract", "-q", str(path), "-o", str(tmp_path / "out"), "--columns",
                 "id=doc_id,text=body,published=day"]) == 0
    (mention,) = pq.read_table(tmp_path / "out" / "mentions.parquet").to_pylist()
    assert (mention["article_id"], mention["event_type"], mention["date_start"]) == ("p1", "arrest_or_detention",
                                                                                     dt.date(2023, 6, 9))


def test_ingest_duplicate_across_files_names_where_the_id_was_first_read(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": "one"}) + "\n"
                                      + json.dumps({"id": "dup", "text": "two"}) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "dup", "text": "again"}) + "\n")
    problems: list = []
    ids = [a.article_id for a in read_articles([tmp_path / "a.jsonl", tmp_path / "b.jsonl"], problems=problems)]
    assert ids == ["x", "dup"]
    (problem,) = problems
    assert problem.kind == "duplicate" and problem.line == 1
    assert f"(first in {tmp_path / 'a.jsonl'}:2)" in problem.message
