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
