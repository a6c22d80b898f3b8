"""Fuzz the ingest, temporal and extraction entry points with hypothesis, for as long as you like.

    python benchmarks/fuzz.py --minutes 30

Run by hand, not in CI. Any crash is printed with its shrunk input; turn each into a regression test
(tests/test_properties.py holds the invariants checked here).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from strategies import anchors, news_text  # noqa: E402

from eventx import Article, extract_article, find_timexes  # noqa: E402
from eventx.dataset import build_rows  # noqa: E402
from eventx.ingest import Problem, ReadOptions, read_articles  # noqa: E402
from eventx.schema import validate_records  # noqa: E402

raw_lines = st.one_of(st.binary(max_size=200), news_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.dictionaries(st.sampled_from(["id", "text", "published", "url", "title", "outlet"]),
                                      st.one_of(st.none(), st.integers(), st.text(max_size=30), news_text),
                                      max_size=6).map(lambda d: json.dumps(d).encode()))


def check_ingest(lines: list[bytes]) -> None:
    """Reading arbitrary JSONL bytes never raises: every line is an article or a reported problem."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.jsonl"
        path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n")
        problems: list[Problem] = []
        articles = list(read_articles([path], problems=problems, options=ReadOptions()))
        assert len(articles) + len(problems) <= len(lines)


def check_extract(text: str, anchor: dt.date | None) -> None:
    """Extraction of any text gives valid records with offsets into the text."""
    for t in find_timexes(text, anchor):
        assert text[t.start:t.end] == t.text
    if text.strip():
        rows = build_rows([extract_article(Article(article_id="f", text=text, published=anchor))])
        for kind, table in (("article", "articles"), ("mention", "mentions"), ("event", "events")):
            assert validate_records(rows[table], kind) == []


def main() -> int:
    """Run both fuzz targets in rounds until the time is up."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    args = parser.parse_args()
    deadline = time.monotonic() + args.minutes * 60
    rounds = examples = 0
    fuzz_settings = settings(max_examples=500, deadline=None, database=None,
                             suppress_health_check=list(HealthCheck))
    ingest = fuzz_settings(given(st.lists(raw_lines, max_size=8))(check_ingest))
    extract = fuzz_settings(given(news_text, anchors)(check_extract))
    while time.monotonic() < deadline:
        ingest()
        extract()
        rounds += 1
        examples += 1000
        print(f"round {rounds}: {examples} examples, no crash", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
