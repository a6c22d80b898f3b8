"""Bad input gets a clear answer, nothing is lost, and nothing hangs or escapes its folders."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventx.cli import main

COUNTRIES = ["Kenya", "Chile", "Poland", "Japan", "Egypt", "Peru", "Norway", "Ghana", "Nepal", "Iraq"]
TEMPLATES = [
    "Lawmakers in {c} voted on {wd} to approve a new budget, officials said.",
    "Thousands of protesters rallied in the capital of {c} on {wd} against rising prices.",
    "The president of {c} met foreign ministers from the region on {wd} to discuss trade.",
    "Police in {c} arrested 12 people on {wd} after clashes near the parliament.",
    "A powerful earthquake struck northern {c} on {wd}, killing at least five people.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def good_corpus(path: Path, n: int) -> None:
    """n short, distinct, well-formed articles in one JSONL file."""
    start = dt.date(2022, 1, 3)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = TEMPLATES[i % len(TEMPLATES)].format(c=COUNTRIES[i % len(COUNTRIES)], wd=WEEKDAYS[i % 5])
            fh.write(json.dumps({"id": f"good-{i:04d}", "text": f"Report {i}\n\n{text}",
                                 "published": (start + dt.timedelta(days=i)).isoformat()}) + "\n")


@pytest.fixture()
def mixed_inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    good_corpus(folder / "good.jsonl", 1000)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\x00\x01\x02binary")
    (folder / "latin1.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (folder / "huge.txt").write_bytes(b"word " * 300_000)
    (folder / "only-boilerplate.txt").write_text("Type to search\n\nSign up for our newsletter\n")
    bad = ['{"id": "b1", "text": ', json.dumps(["not", "an", "object"]), json.dumps({"id": "b3"}),
           json.dumps({"id": "b4", "text": 42}), json.dumps({"id": "b5", "text": "x", "published": "2021-02-30"}),
           json.dumps({"id": "b6", "text": "x", "published": "2999-01-01"})]
    (folder / "bad.jsonl").write_text("\n".join(bad) + "\n")
    (folder / "later.jsonl").write_text(json.dumps({"id": "good-0001", "text": "a second article, same id"}) + "\n")
    return folder


def test_reliability_bad_inputs_are_named_and_nothing_is_written(mixed_inputs: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    assert main(["extract", "-q", "--max-article-bytes", "1000000", str(mixed_inputs), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    for expected in ("empty.txt: empty text", "binary.txt: binary content", "latin1.txt: invalid UTF-8 at byte 3",
                     "huge.txt: 1,500,000 bytes, over the limit", "bad.jsonl:1: not valid JSON",
                     "bad.jsonl:2: expected a JSON object", "bad.jsonl:3: field 'text'", "bad.jsonl:4: field 'text'",
                     "bad.jsonl:5: field 'published': is not a valid ISO date",
                     "bad.jsonl:6: field 'published': is in the future", "later.jsonl:1: field 'id': duplicate article id 'good-0001'",
                     "warning only-boilerplate.txt"):
        assert expected in err, expected
    assert "nothing written" in err and not out.exists()


def test_reliability_keep_going_writes_every_good_article(mixed_inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["extract", "-q", "--keep-going", "--max-article-bytes", "1000000", str(mixed_inputs),
                 "-o", str(out)]) == 1
    ids = set(pq.read_table(out / "articles.parquet", columns=["article_id"]).column(0).to_pylist())
    assert {f"good-{i:04d}" for i in range(1000)} <= ids
    assert "only-boilerplate" in ids and not ids & {"b1", "b3", "b4", "b5", "b6", "empty", "binary", "huge"}


def test_reliability_replace_reads_invalid_utf8(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "latin1.txt").write_bytes("Leaders met in Geneva on Tuesday. Caf\xe9.".encode("latin-1"))
    assert main(["extract", "-q", "--encoding-errors", "replace", str(tmp_path / "in"), "-o", str(tmp_path / "o")]) == 0
    assert pq.read_table(tmp_path / "o" / "articles.parquet").num_rows == 1


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links unavailable")
def test_reliability_links_outside_an_input_folder_are_not_read(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Private notes about a summit on Monday.")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Leaders met in Geneva on Tuesday.")
    (folder / "link.txt").symlink_to(secret)
    assert main(["extract", "-q", "--keep-going", str(folder), "-o", str(tmp_path / "o")]) == 1
    assert "link.txt: links outside the input folder" in capsys.readouterr().err
    assert pq.read_table(tmp_path / "o" / "articles.parquet").column("article_id").to_pylist() == ["ok"]


@pytest.mark.parametrize("text", [
    "9" * 20_000, "A" * 20_000, "!?.,;:" * 4_000, "January February March " * 2_000, "x" * 200_000,
    ("Monday, " * 3_000) + "the summit", "On " + "Jan. 1, " * 3_000,
])
def test_reliability_adversarial_texts_complete(text: str, tmp_path: Path) -> None:
    """Each adversarial text is processed to the end (speed is measured in benchmarks/adversarial.py)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "adv.txt").write_text(text)
    assert main(["extract", "-q", str(tmp_path / "in"), "-o", str(tmp_path / "o")]) in (0, 1)
