#!/usr/bin/env python3
"""Sanity runs for test6: build predictions from gold and score them with the shared scorer.

Run with a Python that has pyarrow:  /tmp/t6venv/bin/python sanity_runs.py
Writes Parquet tables under /tmp/t6venv/runs/<run>/ and prints the scorer's summary line.

  oracle   one predicted event per gold event (required or not), one mention at the gold
           trigger, the gold interval as dates, the first listed status.
  pubstamp the same events, every one dated with the publication date (inferred-range start
           when the text prints no year).
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
RUNS = pathlib.Path("/tmp/t6venv/runs")
SCORER = HERE.parent.parent.parent / "shared" / "eval" / "score_events.py"


def floor(s):
    p = [int(x) for x in s.split("-")]
    return dt.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)


def ceil(s):
    p = [int(x) for x in s.split("-")]
    if len(p) == 1:
        return dt.date(p[0], 12, 31)
    if len(p) == 2:
        return dt.date(p[0], p[1], calendar.monthrange(p[0], p[1])[1])
    return dt.date(*p)


def build(run):
    gold = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    arts, ments, evs = [], [], []
    for g in gold:
        aid = g["article_id"]
        text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        pub = floor(g["published"][:10]) if g["published"] else floor(g["published_inferred_range"][0])
        arts.append({"article_id": aid, "published": pub})
        for i, e in enumerate(g["events"]):
            eid = f"{aid}#{i}"
            start = text.find(e["trigger"])
            assert start >= 0, (aid, e["trigger"])
            ments.append({"article_id": aid, "event_id": eid, "char_start": start,
                          "char_end": start + len(e["trigger"])})
            if run == "oracle":
                ds = floor(e["date_start"]) if e["date_start"] else None
                de = ceil(e["date_end"] or e["date_start"]) if e["date_start"] else None
            else:
                ds = de = pub
            evs.append({"event_id": eid, "event_type": e["type"], "date_start": ds, "date_end": de,
                        "status": e["status"][0]})
    out = RUNS / run
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(arts, schema=pa.schema([("article_id", pa.string()), ("published", pa.date32())])),
                   out / "articles.parquet")
    pq.write_table(pa.Table.from_pylist(ments), out / "mentions.parquet")
    pq.write_table(pa.Table.from_pylist(evs, schema=pa.schema([("event_id", pa.string()), ("event_type", pa.string()),
                                                              ("date_start", pa.date32()), ("date_end", pa.date32()),
                                                              ("status", pa.string())])),
                   out / "events.parquet")
    return out


def main():
    for run in ("oracle", "pubstamp"):
        out = build(run)
        res = subprocess.run([sys.executable, str(SCORER), "--gold", str(HERE / "gold.jsonl"), "--out", str(out),
                              "--texts", str(HERE / "articles")], capture_output=True, text=True)
        lines = res.stdout.strip().splitlines()
        (out / "score.txt").write_text(res.stdout + res.stderr)
        print(f"{run}: {lines[-1] if lines else res.stderr}")


if __name__ == "__main__":
    main()
