#!/usr/bin/env python3
"""Build two synthetic predictions from gold.jsonl and write them as Parquet for score_events.py.

  oracle : one event per gold event, one mention at its trigger, gold dates, first gold status
  pubdate: the same events and mentions, but every event dated with the publication date
Usage: /tmp/t3venv/bin/python sanity_runs.py OUT_BASE   (writes OUT_BASE/oracle, OUT_BASE/pubdate)
"""
import calendar, datetime as dt, json, pathlib, sys
import pyarrow as pa, pyarrow.parquet as pq

HERE = pathlib.Path(__file__).resolve().parent


def interval(start, end):
    if start is None:
        return None, None
    def parts(s):
        return [int(p) for p in s.split("-")]
    a = parts(start); b = parts(end or start)
    lo = dt.date(a[0], a[1] if len(a) > 1 else 1, a[2] if len(a) > 2 else 1)
    if len(b) == 1:
        hi = dt.date(b[0], 12, 31)
    elif len(b) == 2:
        hi = dt.date(b[0], b[1], calendar.monthrange(b[0], b[1])[1])
    else:
        hi = dt.date(*b)
    return lo, hi


def build(mode, out):
    gold = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    arts, ments, evs = [], [], []
    for g in gold:
        aid = g["article_id"]
        text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        pub = dt.date.fromisoformat((g["published"] or g["published_inferred_range"][0])[:10])
        arts.append({"article_id": aid, "published": pub})
        for i, e in enumerate(g["events"]):
            eid = f"{aid}#{i}"
            pos = text.index(e["trigger"])
            ments.append({"article_id": aid, "event_id": eid, "char_start": pos, "char_end": pos + len(e["trigger"])})
            ds, de = interval(e["date_start"], e["date_end"]) if mode == "oracle" else (pub, pub)
            evs.append({"event_id": eid, "event_type": e["type"], "date_start": ds, "date_end": de, "status": e["status"][0]})
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(arts, schema=pa.schema([("article_id", pa.string()), ("published", pa.date32())])), out / "articles.parquet")
    pq.write_table(pa.Table.from_pylist(ments), out / "mentions.parquet")
    pq.write_table(pa.Table.from_pylist(evs, schema=pa.schema([("event_id", pa.string()), ("event_type", pa.string()),
                   ("date_start", pa.date32()), ("date_end", pa.date32()), ("status", pa.string())])), out / "events.parquet")


base = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t3_sanity")
for mode in ("oracle", "pubdate"):
    build(mode, base / mode)
    print("wrote", base / mode)
