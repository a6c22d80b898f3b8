"""`eventx eval` scores a dataset against gold: found, dated, status, false positives."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventx.cli import main
from eventx.evaluate import date_matches, evaluate, gold_interval


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2020", None, (dt.date(2020, 1, 1), dt.date(2020, 12, 31))),
    ("2021-02", None, (dt.date(2021, 2, 1), dt.date(2021, 2, 28))),
    ("2021-02-08", "2021-02-11", (dt.date(2021, 2, 8), dt.date(2021, 2, 11))),
])
def test_evaluate_gold_interval(start: str, end: str | None, expected: tuple) -> None:
    assert gold_interval(start, end) == expected


def test_evaluate_loose_dates_accept_any_interval_inside() -> None:
    gold = {"date_start": "2020", "date_end": None, "date_loose": True}
    assert date_matches({"date_start": dt.date(2020, 1, 1), "date_end": dt.date(2020, 4, 30)}, gold)
    assert not date_matches({"date_start": dt.date(2019, 12, 1), "date_end": dt.date(2020, 4, 30)}, gold)


def test_evaluate_counts_found_dated_and_false_positives(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    texts = tmp_path / "articles"
    texts.mkdir()
    text = ("Leaders meet in Geneva\n\nPublished : Mar. 2, 2022 - 10:00\n\n"
            "The two presidents met in Geneva on Tuesday.\n\nProtesters rallied outside parliament on Monday.\n")
    (texts / "a1.txt").write_text(text)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article_id": "a1", "published": "2022-03-02", "events": [
        {"type": "summit_or_meeting", "trigger": "presidents met", "date_start": "2022-03-01", "date_end": None,
         "status": ["occurred"], "required": True},
        {"type": "sanctions", "trigger": "imposed sanctions", "date_start": None, "date_end": None,
         "status": ["occurred"], "required": True}], "forbidden": []}) + "\n")
    out = tmp_path / "out"
    assert main(["extract", "-q", str(texts), "-o", str(out)]) == 0
    result = evaluate(gold, out)
    assert result["by_type"]["summit_or_meeting"]["tp"] == 1 and result["date_accuracy"] == 1.0
    assert result["by_type"]["sanctions"]["fn"] == 1 and result["misses"] == ["a1: sanctions 'imposed sanctions'"]
    assert result["by_type"]["protest"]["fp"] == 1
    assert main(["eval", "--gold", str(gold), "--out", str(out)]) == 0
    assert "overall" in capsys.readouterr().out
