"""The HTML report in a real browser: every event on the timeline, filters, and a click that shows the evidence.

Needs Playwright (in the test extra) and a Chromium: Debian's `chromium`, or the browser named by EVENTX_CHROMIUM.
Without them these tests skip, saying why; with EVENTX_REQUIRE_BROWSER=1 (as `.ci/run` sets) they fail instead.
The screenshot goes to EVENTX_ARTIFACTS when set (CI keeps it), else to the test's temporary folder.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import shutil
from pathlib import Path
from collections.abc import Iterator
from typing import Any

import pyarrow.parquet as pq
import pytest

from eventx.evaluate import date_matches
from eventx.report import write_report

from conftest import SAMPLE

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-quic"]
VISIBLE_IDS = """() => Array.from(document.querySelectorAll('.event-item'))
    .filter(n => n.isConnected && n.checkVisibility()).map(n => n.dataset.eventId).sort()"""


def _unavailable(reason: str) -> None:
    """Skip, or fail when the browser tests are required (CI)."""
    if os.environ.get("EVENTX_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser test required (EVENTX_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A headless Chromium with a fresh profile, driven by Playwright."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    executable = os.environ.get("EVENTX_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        _unavailable("no Chromium found (apt-get install chromium, or set EVENTX_CHROMIUM to a Chrome or Chromium)")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=executable, headless=True, args=FLAGS,
            viewport={"width": 1400, "height": 900})
        yield context
        context.close()


@pytest.fixture
def open_report(browser_context: Any, tmp_path: Path) -> Iterator[Any]:
    """Open the report of a dataset folder; the page's script errors fail the test."""
    errors: list[str] = []
    pages = []

    def open_(dataset: Path) -> Any:
        target = write_report(dataset, tmp_path / f"report-{len(pages)}.html")
        page = browser_context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.goto(target.as_uri())
        page.wait_for_selector("#shown-count:not(:empty)")
        pages.append(page)
        return page

    yield open_
    for page in pages:
        page.close()
    assert errors == []


def _events(dataset: Path) -> list[dict[str, Any]]:
    """The events table of a dataset."""
    return pq.read_table(dataset / "events.parquet").to_pylist()


def test_timeline_shows_every_event_by_its_interval(open_report: Any) -> None:
    dataset = SAMPLE / "dataset"
    page = open_report(dataset)
    events = _events(dataset)
    assert page.evaluate(VISIBLE_IDS) == sorted(e["event_id"] for e in events)
    assert page.locator("#shown-count").text_content().startswith(f"Showing {len(events)} of {len(events)} events")
    marks = page.evaluate("""() => Array.from(document.querySelectorAll('.tl-event')).map(n => ({
        id: n.dataset.eventId, start: n.dataset.start, end: n.dataset.end, point: n.classList.contains('point'),
        left: n.getBoundingClientRect().left, width: n.getBoundingClientRect().width}))""")
    dated = {e["event_id"]: e for e in events if e["date_start"]}
    assert sorted(m["id"] for m in marks) == sorted(dated)
    for mark in marks:
        event = dated[mark["id"]]
        assert (mark["start"], mark["end"]) == (event["date_start"].isoformat(), event["date_end"].isoformat())
        assert mark["point"] == (event["date_start"] == event["date_end"])
    by_start = sorted(marks, key=lambda m: (m["start"], m["end"]))
    assert all(a["left"] <= b["left"] + 12 for a, b in itertools.pairwise(by_start)), "marks out of date order"
    month = min((e for e in dated.values() if e["date_precision"] == "month"), key=lambda e: e["event_id"])
    page.locator("#filter-from").fill((month["date_start"] - dt.timedelta(days=31)).isoformat())
    page.locator("#filter-to").fill((month["date_end"] + dt.timedelta(days=31)).isoformat())
    bar = page.locator(f'.tl-event[data-event-id="{month["event_id"]}"]').bounding_box()["width"]
    assert bar > page.locator("#timeline").bounding_box()["width"] / 4, "zoomed in, a month is a quarter of the axis"
    undated = page.locator("#undated-list .undated-event")
    assert undated.count() == len(events) - len(dated)


def test_a_filter_hides_and_shows_events(open_report: Any) -> None:
    dataset = SAMPLE / "dataset"
    page = open_report(dataset)
    events = _events(dataset)
    everything = sorted(e["event_id"] for e in events)
    counts: dict[str, int] = {}
    for e in events:
        counts[e["event_type"]] = counts.get(e["event_type"], 0) + 1
    commonest = max(sorted(counts), key=counts.get)
    page.locator(f'input.filter-type[value="{commonest}"]').uncheck()
    assert page.evaluate(VISIBLE_IDS) == sorted(e["event_id"] for e in events if e["event_type"] != commonest)
    assert f"Showing {len(events) - counts[commonest]} of {len(events)}" in page.locator("#shown-count").text_content()
    page.locator(f'input.filter-type[value="{commonest}"]').check()
    assert page.evaluate(VISIBLE_IDS) == everything

    actor = next(a["name"] for e in events for a in e["actors"])
    page.locator("#filter-actor").select_option(actor)
    assert page.evaluate(VISIBLE_IDS) == sorted(e["event_id"] for e in events
                                                if any(a["name"] == actor for a in e["actors"]))
    page.locator("#filter-reset").click()
    article = sorted(events[0]["article_ids"])[0]
    page.locator("#filter-article").select_option(article)
    assert page.evaluate(VISIBLE_IDS) == sorted(e["event_id"] for e in events if article in e["article_ids"])
    assert page.evaluate("() => Array.from(document.querySelectorAll('section.article'))"
                         ".filter(s => s.checkVisibility()).map(s => s.dataset.article)") == [article]
    page.locator("#filter-reset").click()
    page.locator('input.filter-status[value="occurred"]').uncheck()
    assert page.evaluate(VISIBLE_IDS) == sorted(e["event_id"] for e in events if e["status"] != "occurred")
    page.locator("#filter-reset").click()
    assert page.evaluate(VISIBLE_IDS) == everything

    box = page.locator("#axis").bounding_box()  # dragging across the axis zooms to that stretch of time
    page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + 5)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.9, box["y"] + 5, steps=4)
    page.mouse.up()
    low, high = page.locator("#filter-from").input_value(), page.locator("#filter-to").input_value()
    assert low < high
    assert page.evaluate(VISIBLE_IDS) == sorted(e["event_id"] for e in events if e["date_start"] is None or (
        e["date_end"].isoformat() >= low and e["date_start"].isoformat() <= high))
    page.locator("#filter-reset").click()


def _focused(page: Any, mention_id: str) -> dict[str, Any]:
    """What the page shows as the evidence of a mention after its event was selected."""
    return page.evaluate("""(m) => {
        const q = (s) => Array.from(document.querySelectorAll(s));
        const pane = document.getElementById('articles-pane').getBoundingClientRect();
        const trig = q(`[data-t~="${m}"].focus-trigger`);
        const box = trig.length ? trig[0].getBoundingClientRect() : null;
        const card = document.getElementById('m-' + m);
        return {trigger: trig.map(n => n.textContent).join(''),
                sentence: q(`[data-s~="${m}"].focus-sentence`).map(n => n.textContent).join(''),
                inView: box !== null && box.top >= pane.top && box.bottom <= pane.bottom && trig[0].checkVisibility(),
                card: card.classList.contains('focus') ? card.textContent : ''};
    }""", mention_id)


def test_clicking_an_event_reveals_its_highlighted_mention(open_report: Any) -> None:
    dataset = SAMPLE / "dataset"
    page = open_report(dataset)
    mentions = {m["mention_id"]: m for m in pq.read_table(dataset / "mentions.parquet").to_pylist()}
    events = _events(dataset)
    dated = max((e for e in events if e["date_start"]), key=lambda e: (e["mention_count"], e["event_id"]))
    undated = next(e for e in sorted(events, key=lambda e: e["event_id"]) if not e["date_start"])
    for event in (dated, undated):
        page.locator(f'.event-item[data-event-id="{event["event_id"]}"]').click()
        first = _focused(page, event["mention_ids"][0])
        assert first["inView"], "the first mention's trigger is scrolled into view"
        for mention_id in event["mention_ids"]:
            mention = mentions[mention_id]
            shown = _focused(page, mention_id)
            assert shown["trigger"] == mention["trigger_text"]
            assert shown["sentence"] == mention["sentence"]
            assert mention["rule_id"] in shown["card"] and f"{mention['confidence']:.2f}" in shown["card"]
    detail = page.locator("#event-detail").text_content()
    assert undated["event_type"].replace("_", " ") in detail and "no date" in detail


def test_screenshot_of_the_report(open_report: Any, tmp_path: Path) -> None:
    dataset = SAMPLE / "dataset"
    page = open_report(dataset)
    event = max(_events(dataset), key=lambda e: (e["date_end"] is not None and e["date_end"] != e["date_start"],
                                                e["mention_count"], e["event_id"]))
    page.locator(f'.event-item[data-event-id="{event["event_id"]}"]').click()
    folder = Path(os.environ.get("EVENTX_ARTIFACTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    shot = folder / "report.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000


def test_seed_report_shows_the_gold_events_by_their_intervals(open_report: Any, seed_dataset: Path,
                                                              shared_seeds: Path) -> None:
    page = open_report(seed_dataset)
    mentions = {m["mention_id"]: m for m in pq.read_table(seed_dataset / "mentions.parquet").to_pylist()}
    events = {e["event_id"]: e for e in _events(seed_dataset)}
    gold = [json.loads(line) for line in (shared_seeds / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    wanted = [g for article in gold for g in article["events"] if g["required"] and g["date_start"]]
    assert wanted
    for g in wanted:
        types = {g["type"], *g.get("alt_types", [])}
        found = sorted((e for e in events.values() if e["event_type"] in types and date_matches(e, g)),
                       key=lambda e: e["event_id"])
        assert found, f"no {g['type']} event dated {g['date_start']}..{g['date_end']} in the report"
        start, end = found[0]["date_start"], found[0]["date_end"]
        mark = page.locator(f'.tl-event[data-event-id="{found[0]["event_id"]}"]')
        assert mark.is_visible()
        assert (mark.get_attribute("class").split().count("point") == 1) == (start == end)
        if start != end:  # a bar: at full range at least MIN_BAR wide; zoomed in, as long as its days
            assert mark.bounding_box()["width"] >= 10
            page.locator("#filter-from").fill((start - dt.timedelta(days=10)).isoformat())
            page.locator("#filter-to").fill((end + dt.timedelta(days=10)).isoformat())
            days = (end - start).days + 1
            assert mark.bounding_box()["width"] > 1000 * days / (days + 22) * 0.8
            page.locator("#filter-reset").click()
        mark.click()
        shown = _focused(page, found[0]["mention_ids"][0])
        assert shown["inView"] and shown["trigger"] == mentions[found[0]["mention_ids"][0]]["trigger_text"]
        assert shown["trigger"] in shown["sentence"]
