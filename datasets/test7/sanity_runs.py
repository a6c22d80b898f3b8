#!/usr/bin/env python3
"""Sanity runs for test7: build predictions from gold and score them with the shared scorer.

Usage: /tmp/t7venv/bin/python sanity_runs.py   (needs pyarrow)

Runs (Parquet tables under /tmp/t7venv/runs/<run>/):
  oracle - one predicted event per gold event (required or not), one mention at the gold
           trigger, the gold interval as dates, the first listed status;
  stamp  - the same events and mentions, but every event dated with the publication date
           (articles with no printed date use the first day of published_inferred_range).
"""
import calendar
import datetime as dt
import json
import pathlib
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq

HERE = pathlib.Path(__file__).resolve().parent
RUNS = pathlib.Path("/tmp/t7venv/runs")
SCORER = HERE.parent.parent.parent / "shared" / "eval" / "score_events.py"


def lo(s):
    p = [int(x) for x in s.split("-")]
    return dt.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)


def hi(s):
    p = [int(x) for x in s.split("-")]
    if len(p) == 1:
        return dt.date(p[0], 12, 31)
    if len(p) == 2:
        return dt.date(p[0], p[1], calendar.monthrange(p[0], p[1])[1])
    return dt.date(*p)


def pub_date(g):
    if g.get("published"):
        return dt.date.fromisoformat(g["published"][:10])
    return dt.date.fromisoformat(g["published_inferred_range"][0])


def build(run, gold):
    arts, ments, evs = [], [], []
    for g in gold:
        aid = g["article_id"]
        text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        pub = pub_date(g)
        arts.append({"article_id": aid, "published": pub})
        for i, e in enumerate(g["events"]):
            eid = f"{aid}#{i}"
            start = text.find(e["trigger"])
            ments.append({"article_id": aid, "event_id": eid, "char_start": start,
                          "char_end": start + len(e["trigger"])})
            if run == "oracle":
                ds = lo(e["date_start"]) if e["date_start"] else None
                de = hi(e["date_end"] or e["date_start"]) if e["date_start"] else None
            else:
                ds = de = pub
            evs.append({"event_id": eid, "event_type": e["type"], "date_start": ds, "date_end": de,
                        "status": e["status"][0]})
    out = RUNS / run
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(arts, schema=pa.schema([("article_id", pa.string()), ("published", pa.date32())])),
                   out / "articles.parquet")
    pq.write_table(pa.Table.from_pylist(ments, schema=pa.schema([("article_id", pa.string()), ("event_id", pa.string()),
                                                                ("char_start", pa.int64()), ("char_end", pa.int64())])),
                   out / "mentions.parquet")
    pq.write_table(pa.Table.from_pylist(evs, schema=pa.schema([("event_id", pa.string()), ("event_type", pa.string()),
                                                               ("date_start", pa.date32()), ("date_end", pa.date32()),
                                                               ("status", pa.string())])),
                   out / "events.parquet")
    return out


def main():
    gold = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    verbose = "-v" in sys.argv
    for run in ("oracle", "stamp"):
        out = build(run, gold)
        res = subprocess.run([sys.executable, str(SCORER), "--gold", str(HERE / "gold.jsonl"), "--out", str(out),
                              "--texts", str(HERE / "articles")], capture_output=True, text=True, check=True)
        lines = res.stdout.strip().splitlines()
        print(f"== {run}")
        print("\n".join(lines if verbose else lines[-1:]))


if __name__ == "__main__":
    main()
