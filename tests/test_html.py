"""Saved HTML pages: the article body and its publication date, with the same events as the plain text."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventx.cli import main
from eventx.errors import InputError

from conftest import ROOT

HTML = ROOT / "datasets" / "html"
pytest.importorskip("trafilatura", reason="the html extra (trafilatura) is part of the test install")


def _events(out: Path) -> list[tuple]:
    """Events as comparable tuples: type, interval, status, actors, and the trigger words of the mentions."""
    mentions = pq.read_table(out / "mentions.parquet").to_pylist()
    triggers = {}
    for m in mentions:
        triggers.setdefault(m["event_id"], []).append(m["trigger_text"])
    rows = [(e["event_type"], e["date_start"], e["date_end"], e["status"],
             tuple(sorted(a["name"] for a in e["actors"])), tuple(sorted(triggers[e["event_id"]])))
            for e in pq.read_table(out / "events.parquet").to_pylist()]
    return sorted(rows, key=repr)  # repr: a date may be None


def test_html_page_yields_the_same_events_as_its_text(tmp_path: Path) -> None:
    assert main(["extract", "-q", str(HTML / "pages"), "-o", str(tmp_path / "html")]) == 0
    assert main(["extract", "-q", str(HTML / "articles"), "-o", str(tmp_path / "text"),
                 "--published", "2024-02-06"]) == 0
    from_html, from_text = _events(tmp_path / "html"), _events(tmp_path / "text")
    assert from_html == from_text
    assert {e[0] for e in from_html} >= {"protest", "arrest_or_detention", "summit_or_meeting"}


def test_html_publication_date_comes_from_the_page_metadata(tmp_path: Path) -> None:
    assert main(["extract", "-q", str(HTML / "pages"), "-o", str(tmp_path / "out")]) == 0
    (article,) = pq.read_table(tmp_path / "out" / "articles.parquet").to_pylist()
    assert article["published"] == dt.date(2024, 2, 6)
    assert article["published_source"] == "metadata"
    assert "html page metadata" in article["published_evidence"]
    assert article["title"] == "Farmers block Paris ring road as talks stall"
    assert article["outlet"] == "The Continental Ledger"
    assert article["url"].startswith("https://ledger.example.com/")
    text = article["text"]
    assert "Accept all" not in text and "Most read" not in text and "Read more" not in text
    for m in pq.read_table(tmp_path / "out" / "mentions.parquet").to_pylist():
        assert text[m["char_start"]:m["char_end"]] == m["trigger_text"]
        assert text[m["sentence_start"]:m["sentence_end"]] == m["sentence"]


def test_html_page_without_a_body_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "in").mkdir()  # a script-rendered page saved before it rendered: no text at all
    (tmp_path / "in" / "empty.html").write_text("<html><head><title>Loading</title><script src=app.js></script>"
                                                "</head><body><div id=root></div><script>render()</script></body></html>")
    assert main(["extract", "-q", str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == 1
    assert "empty.html: no article body found in the HTML page" in capsys.readouterr().err


def test_html_without_the_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventx import htmlpage

    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(InputError, match=r"pip install 'eventx\[html\]'"):
        htmlpage.article_from_html("<html></html>", "x")
