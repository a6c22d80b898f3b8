#!/usr/bin/env python3
"""Sanity runs of an event set's gold with the shared scorer (shared by test8, test9 and later sets, whose
sanity_runs.py call `main` with their folder; run with a Python that has pyarrow).

oracle: one predicted event per gold event (required and optional), type = gold type, one mention at
        the trigger, dates = the gold interval, status = first accepted status.
stamp:  the same events, every one dated with the publication date (the inferred date when none is printed).
"""
import calendar
import datetime as dt
import json
import pathlib
import subprocess
import sys
import tempfile

import pyarrow as pa
import pyarrow.parquet as pq

SCORER = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score_events.py"


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


def build(here, out, mode):
    gold = [json.loads(l) for l in (here / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    arts, ments, evs = [], [], []
    for g in gold:
        aid = g["article_id"]
        text = (here / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        pub = dt.date.fromisoformat((g["published"] or g["published_inferred_range"][0])[:10])
        arts.append({"article_id": aid, "published": pub})
        for i, e in enumerate(g["events"]):
            eid = f"{aid}#{i}"
            pos = text.find(e["trigger"])
            ments.append({"article_id": aid, "event_id": eid, "char_start": pos, "char_end": pos + len(e["trigger"])})
            if mode == "oracle":
                ds = floor(e["date_start"]) if e["date_start"] else None
                de = ceil(e["date_end"] or e["date_start"]) if e["date_start"] else None
            else:
                ds = de = pub
            evs.append({"event_id": eid, "event_type": e["type"], "date_start": ds, "date_end": de,
                        "status": e["status"][0]})
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(arts, schema=pa.schema([("article_id", pa.string()), ("published", pa.date32())])),
                   out / "articles.parquet")
    pq.write_table(pa.Table.from_pylist(ments), out / "mentions.parquet")
    pq.write_table(pa.Table.from_pylist(evs, schema=pa.schema([("event_id", pa.string()), ("event_type", pa.string()),
                                                                ("date_start", pa.date32()), ("date_end", pa.date32()),
                                                                ("status", pa.string())])), out / "events.parquet")


def main(here):
    """Score the oracle and stamp predictions of the set in folder `here`."""
    with tempfile.TemporaryDirectory(dir=here) as tmp:
        for mode in ("oracle", "stamp"):
            out = pathlib.Path(tmp) / mode
            build(here, out, mode)
            r = subprocess.run([sys.executable, str(SCORER), "--gold", str(here / "gold.jsonl"), "--out", str(out), "--texts", str(here / "articles")],
                               capture_output=True, text=True)
            lines = r.stdout.strip().splitlines()
            if "-v" in sys.argv:
                print("\n".join(lines))
            print(f"{mode}: {lines[-1] if lines else r.stderr}")


