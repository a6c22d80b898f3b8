"""The HTML report: evidence highlighted at the right offsets, one self-contained file, safe against any text."""
from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.cli import main as cli_main
from eventx.records import Article
from eventx.report import Annotation, ReportHTML, highlight, report_html

from conftest import SAMPLE

DATASET = SAMPLE / "dataset"


class Page(HTMLParser):
    """The parts of a report page the tests look at: evidence text by (mention, link, class), ids, tags, data."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict[str, str]] = []
        self.by_mention: dict[tuple[str, str], list[str]] = {}
        self.ids: set[str] = set()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.data_json = ""
        self._in_data = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attributes))
        if "id" in attributes:
            self.ids.add(attributes["id"])
        self._in_data = attributes.get("id") == "eventx-data"
        if tag == "span":
            self.stack.append(attributes)

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.stack:
            self.stack.pop()
        self._in_data = False

    def handle_data(self, data: str) -> None:
        if self._in_data:
            self.data_json += data
        for attributes in self.stack:
            for link in ("s", "t", "e"):
                for mention in attributes.get(f"data-{link}", "").split():
                    for cls in attributes.get("class", "").split():
                        self.by_mention.setdefault((mention, link, cls), []).append(data)


def parse(page: str) -> Page:
    """Parse a report page."""
    parser = Page()
    parser.feed(page)
    return parser


def strip_tags(fragment: str) -> str:
    """The text a browser shows for an HTML fragment of spans."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.fixture(scope="module")
def sample_page() -> Page:
    """The report of the bundled sample dataset, parsed."""
    return parse(report_html(DATASET))


def test_every_event_is_in_the_timeline_data(sample_page: Page) -> None:
    data = json.loads(sample_page.data_json)
    events = pq.read_table(DATASET / "events.parquet").to_pylist()
    assert sorted(e["id"] for e in data["events"]) == sorted(e["event_id"] for e in events)
    by_id = {e["event_id"]: e for e in events}
    for record in data["events"]:
        event = by_id[record["id"]]
        assert record["start"] == (event["date_start"].isoformat() if event["date_start"] else None)
        assert record["end"] == (event["date_end"].isoformat() if event["date_end"] else None)
        assert record["mentions"] == event["mention_ids"]


def test_each_mention_highlights_its_trigger_date_and_sentence(sample_page: Page) -> None:
    mentions = pq.read_table(DATASET / "mentions.parquet").to_pylist()
    texts = {a["article_id"]: a["text"] for a in pq.read_table(DATASET / "articles.parquet").to_pylist()}
    for m in mentions:
        assert f"m-{m['mention_id']}" in sample_page.ids
        assert "".join(sample_page.by_mention[(m["mention_id"], "t", "trigger")]) == m["trigger_text"]
        assert "".join(sample_page.by_mention[(m["mention_id"], "s", "sentence")]) == m["sentence"]
        if m["date_char_start"] is not None:
            assert "".join(sample_page.by_mention[(m["mention_id"], "e", "timex")]) == m["date_text"]
        shown = "".join(sample_page.by_mention.get((m["mention_id"], "e", "actor"), []))
        for actor in m["actors"]:
            if actor["char_start"] is not None:
                assert texts[m["article_id"]][actor["char_start"]:actor["char_end"]] in shown


def test_the_page_needs_no_network(sample_page: Page) -> None:
    for tag, attributes in sample_page.tags:
        assert not (tag in ("script", "img", "iframe") and attributes.get("src")), (tag, attributes)
        assert tag != "link", attributes
    page = report_html(DATASET)
    assert "@import" not in page and "url(http" not in page


def test_boilerplate_is_dimmed_and_text_kept(tmp_path: Path) -> None:
    text = ("Ministers meet in Oslo\n\nOslo, March 3 (Wire) -- Foreign ministers met in Oslo on Tuesday.\n\n"
            "Subscribe to our newsletter for more news.\n")
    article = Article(article_id="b1", text=text, published=None)
    eventx.write_dataset([eventx.extract_article(article)], tmp_path / "ds")
    page = report_html(tmp_path / "ds")
    spans = re.findall(r'<span class="[^"]*boilerplate[^"]*"[^>]*>(.*?)</span>', page)
    assert "newsletter" in "".join(spans)
    body = re.search(r'<div class="text">(.*?)</div>', page, re.DOTALL).group(1)
    assert strip_tags(body) == text


def test_hostile_text_cannot_break_out(tmp_path: Path) -> None:
    text = ('Leaders met in Paris on Monday. </script><script>alert(1)</script> "quoted" & <b>bold</b> '
            "@@ARTICLES@@ ]]> <!-- end")
    article = Article(article_id="x<1>", text=text, published=None, title="</title><script>alert(2)</script>")
    eventx.write_dataset([eventx.extract_article(article)], tmp_path / "ds")
    page = report_html(tmp_path / "ds")
    assert page.count("<script") == 2
    assert "alert(1)</script>" not in page and "<b>bold</b>" not in page
    assert "@@ARTICLES@@" in html.unescape(page)
    parsed = parse(page)
    assert json.loads(parsed.data_json)["articles"][0]["id"] == "x<1>"


def test_without_text_the_sentences_are_shown(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    assert cli_main(["extract", "-q", "--no-text", str(SAMPLE / "articles"), "-o", str(out)]) == 0
    page = parse(report_html(out))
    for m in pq.read_table(out / "mentions.parquet").to_pylist():
        assert "".join(page.by_mention[(m["mention_id"], "t", "trigger")]) == m["trigger_text"]


def test_partitioned_dataset(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    assert cli_main(["extract", "-q", "--partition-by", "published_month", str(SAMPLE / "articles"), "-o", str(out)]) == 0
    data = json.loads(parse(report_html(out)).data_json)
    assert len(data["events"]) == pq.read_table(DATASET / "events.parquet").num_rows


@given(st.text(alphabet=st.sampled_from("ab <&>\"'\n\U0001F600é"), max_size=40),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6))
def test_highlight_keeps_the_text_and_its_offsets(text: str, spans: list[tuple[int, int]]) -> None:
    notes = [Annotation(min(a, b), max(a, b), (f"c{i}",), "note <&>", (f"m{i}",)) for i, (a, b) in enumerate(spans)]
    fragment = highlight(text, notes)
    assert strip_tags(fragment) == text
    page = parse(f"<div>{fragment}</div>")
    for i, note in enumerate(notes):
        start, end = min(note.start, len(text)), min(note.end, len(text))
        assert "".join(page.by_mention.get((f"m{i}", "e", f"c{i}"), [])) == text[start:end]


def test_highlight_of_a_sentence_uses_article_offsets() -> None:
    sentence = "He spoke on Friday."
    fragment = highlight(sentence, [Annotation(112, 118, ("timex",), "", ("m1",))], 100)
    assert "".join(parse(fragment).by_mention[("m1", "e", "timex")]) == "Friday"


def test_report_is_deterministic_and_displays_in_jupyter() -> None:
    first, second = report_html(DATASET), report_html(DATASET)
    assert first == second and isinstance(first, ReportHTML)
    frame = first._repr_html_()
    assert frame.startswith("<iframe srcdoc=") and html.unescape(frame.split('"')[1]) == first


def test_cli_report_and_extract_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "nested" / "report.html"
    assert cli_main(["report", str(DATASET), "-o", str(target), "--title", "Sample events"]) == 0
    assert "<title>Sample events</title>" in target.read_text(encoding="utf-8")
    assert not list(target.parent.glob(".*tmp"))
    extracted = tmp_path / "from-extract.html"
    assert cli_main(["extract", "-q", str(SAMPLE / "articles"), "-o", str(tmp_path / "ds"),
                     "--report", str(extracted)]) == 0
    assert extracted.read_text(encoding="utf-8") == report_html(tmp_path / "ds")


def test_cli_report_names_a_missing_dataset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["report", str(tmp_path / "nowhere"), "-o", str(tmp_path / "r.html")]) == 2
    assert "nowhere" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert cli_main(["report", str(tmp_path / "empty"), "-o", str(tmp_path / "r.html")]) == 2
    assert "no events table" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()
