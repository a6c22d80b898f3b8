"""Scoring an extracted dataset against hand-made gold (the format of ../shared/eval/README.md)."""
from __future__ import annotations

import calendar
import collections
import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs

from .errors import InputError


def read_table(out: Path, name: str) -> list[dict[str, Any]]:
    """Rows of OUT/NAME.parquet or of the Parquet files in OUT/NAME/."""
    import pyarrow.dataset as ds

    for candidate in (out / f"{name}.parquet", out / name):
        if candidate.exists():
            return ds.dataset(str(candidate), format="parquet", partitioning="hive").to_table().to_pylist()
    raise InputError(f"{out}: no {name}.parquet or {name}/ to evaluate")


def gold_interval(start: str | None, end: str | None) -> tuple[dt.date, dt.date] | None:
    """A gold date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) as an inclusive interval."""
    if start is None:
        return None

    def parts(value: str) -> list[int]:
        return [int(p) for p in value.split("-")]

    first, last = parts(start), parts(end or start)
    low = dt.date(first[0], first[1] if len(first) > 1 else 1, first[2] if len(first) > 2 else 1)
    if len(last) == 1:
        high = dt.date(last[0], 12, 31)
    elif len(last) == 2:
        high = dt.date(last[0], last[1], calendar.monthrange(last[0], last[1])[1])
    else:
        high = dt.date(*last)
    return low, high


def _as_date(value: Any) -> dt.date | None:
    """A date from a Parquet value (date, datetime or ISO string)."""
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _line_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of `text` that contain `needle`."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if needle in line:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def date_matches(event: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether a predicted interval equals the gold one (or an alternative, or lies inside a loose one)."""
    start, end = _as_date(event.get("date_start")), _as_date(event.get("date_end"))
    predicted = (start, end or start) if start else None
    main = gold_interval(gold.get("date_start"), gold.get("date_end"))
    accepted = [main] + [gold_interval(*(a if isinstance(a, list) else [a, None]))
                         for a in gold.get("date_alternatives", [])]
    if predicted in accepted:
        return True
    return bool(gold.get("date_loose") and main and predicted and main[0] <= predicted[0] and predicted[1] <= main[1])


def _candidates(gev: dict[str, Any], text: str, mentions: dict[str, list[dict[str, Any]]],
                events: dict[str, dict[str, Any]]) -> list[str]:
    """Predicted events of the gold event's type with a mention in a line holding its trigger."""
    types = {gev["type"], *gev.get("alt_types", [])}
    spans = _line_spans(text, gev["trigger"])
    return [eid for eid, ms in mentions.items() if events[eid]["event_type"] in types
            and any(a <= m["char_start"] < b for m in ms for a, b in spans)]


@attrs.define
class TypeScore:
    """Counts for one event type."""

    true_positives: int = 0
    false_negatives: int = 0
    false_positives: int = 0

    def figures(self) -> dict[str, float]:
        """Precision, recall and F1."""
        p_den = self.true_positives + self.false_positives
        r_den = self.true_positives + self.false_negatives
        precision = self.true_positives / p_den if p_den else 0.0
        recall = self.true_positives / r_den if r_den else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def evaluate(gold_path: Path, out: Path, texts: Path | None = None) -> dict[str, Any]:
    """Score OUT against GOLD: per-type P/R/F1, date and status accuracy, misses and false positives."""
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = texts or (gold_path.parent / "articles" if (gold_path.parent / "articles").is_dir() else gold_path.parent)
    articles = {r["article_id"]: r for r in read_table(out, "articles")}
    events = {r["event_id"]: r for r in read_table(out, "events")}
    mentions_by_article: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for m in read_table(out, "mentions"):
        mentions_by_article[m["article_id"]].append(m)
    by_type: dict[str, TypeScore] = collections.defaultdict(TypeScore)
    totals = collections.Counter()
    misses, false_positives, wrong_dates, wrong_status, violations = [], [], [], [], []
    for g in gold:
        aid = g["article_id"]
        path = texts / f"{aid}.txt"
        if not path.is_file():
            raise InputError(f"{path}: article text for gold article {aid!r} not found (use --texts)")
        text = path.read_bytes().decode("utf-8")
        article = articles.get(aid)
        published = _as_date(article.get("published")) if article else None
        if g.get("published"):
            published_ok = published == dt.date.fromisoformat(g["published"][:10])
        else:
            low, high = (dt.date.fromisoformat(x) for x in g["published_inferred_range"])
            published_ok = published is not None and low <= published <= high
        totals["articles"] += 1
        totals["published_ok"] += published_ok
        mentions: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
        for m in mentions_by_article.get(aid, []):
            if m["event_id"] in events:
                mentions[m["event_id"]].append(m)
        for passage in g.get("forbidden", []):
            start = text.find(passage)
            for m in (m for ms in mentions.values() for m in ms):
                if start >= 0 and start <= m["char_start"] < start + len(passage):
                    violations.append(f"{aid}: mention {m['trigger_text']!r} inside boilerplate {passage[:40]!r}")

        matched: set[str] = set()
        used: set[str] = set()
        for gev in sorted(g["events"], key=lambda e: not e["required"]):
            found = _candidates(gev, text, mentions, events)
            matched.update(found)
            if not gev["required"]:
                continue
            free = [eid for eid in found if eid not in used]
            dated = [eid for eid in free if date_matches(events[eid], gev)]
            pick = (dated or free or [None])[0]
            if pick is None:
                by_type[gev["type"]].false_negatives += 1
                misses.append(f"{aid}: {gev['type']} {gev['trigger']!r}")
                continue
            used.add(pick)
            by_type[gev["type"]].true_positives += 1
            totals["found"] += 1
            totals["dated"] += bool(dated)
            status_ok = events[pick]["status"] in gev["status"]
            totals["status_ok"] += status_ok
            if not dated:
                e = events[pick]
                wrong_dates.append(f"{aid}: {gev['type']} {gev['trigger']!r} gold {gev['date_start']}..{gev.get('date_end') or ''} "
                                   f"found {_as_date(e['date_start'])}..{_as_date(e['date_end'])}")
            if not status_ok:
                wrong_status.append(f"{aid}: {gev['type']} {gev['trigger']!r} gold {gev['status']} found {events[pick]['status']}")
        for eid, ms in mentions.items():
            if eid not in matched:
                by_type[events[eid]["event_type"]].false_positives += 1
                false_positives.append(f"{aid}: {events[eid]['event_type']} {ms[0]['trigger_text']!r}")
    overall = TypeScore(sum(s.true_positives for s in by_type.values()), sum(s.false_negatives for s in by_type.values()),
                        sum(s.false_positives for s in by_type.values()))
    found = totals["found"]
    return {
        "overall": overall.figures(),
        "by_type": {t: {**s.figures(), "tp": s.true_positives, "fn": s.false_negatives, "fp": s.false_positives}
                    for t, s in sorted(by_type.items())},
        "date_accuracy": round(totals["dated"] / found, 3) if found else 0.0,
        "status_accuracy": round(totals["status_ok"] / found, 3) if found else 0.0,
        "published_accuracy": round(totals["published_ok"] / totals["articles"], 3) if totals["articles"] else 0.0,
        "counts": dict(totals), "forbidden": violations, "misses": misses, "false_positives": false_positives,
        "wrong_dates": wrong_dates, "wrong_status": wrong_status,
    }


def format_report(result: dict[str, Any]) -> str:
    """A plain-text report of an evaluation result."""
    lines = [f"{'type':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fn':>5}{'fp':>5}"]
    for name, s in result["by_type"].items():
        lines.append(f"{name:<26}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['tp']:>5}{s['fn']:>5}{s['fp']:>5}")
    o = result["overall"]
    lines.append(f"{'overall':<26}{o['precision']:>7.3f}{o['recall']:>7.3f}{o['f1']:>7.3f}")
    lines.append(f"date accuracy {result['date_accuracy']:.3f}, status accuracy {result['status_accuracy']:.3f}, "
                 f"publication dates {result['published_accuracy']:.3f}, forbidden {len(result['forbidden'])}")
    for title in ("misses", "wrong_dates", "wrong_status", "false_positives", "forbidden"):
        if result[title]:
            lines.append(f"\n{title.replace('_', ' ')}:")
            lines += [f"  {item}" for item in result[title]]
    return "\n".join(lines)
