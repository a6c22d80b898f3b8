import calendar, datetime as dt, json, pathlib, sys
import pyarrow as pa, pyarrow.parquet as pq
mode, out = sys.argv[1], pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
root = pathlib.Path(__file__).resolve().parent
def fl(s):
    p=[int(x) for x in s.split("-")]; return dt.date(p[0], p[1] if len(p)>1 else 1, p[2] if len(p)>2 else 1)
def ce(s):
    p=[int(x) for x in s.split("-")]
    if len(p)==1: return dt.date(p[0],12,31)
    if len(p)==2: return dt.date(p[0],p[1],calendar.monthrange(p[0],p[1])[1])
    return dt.date(*p)
arts, ments, evs = [], [], []
for line in (root/"gold.jsonl").read_text().splitlines():
    g = json.loads(line); aid = g["article_id"]
    text = (root/"articles"/f"{aid}.txt").read_text()
    pub = dt.date.fromisoformat(g["published"][:10]) if g["published"] else dt.date.fromisoformat(g["published_inferred_range"][0])
    arts.append({"article_id": aid, "published": pub})
    for i, e in enumerate(g["events"]):
        eid = f"{aid}#{i}"; s = text.find(e["trigger"])
        ments.append({"article_id": aid, "event_id": eid, "char_start": s, "char_end": s+len(e["trigger"])})
        if mode == "oracle":
            ds = fl(e["date_start"]) if e["date_start"] else None
            de = ce(e["date_end"] or e["date_start"]) if e["date_start"] else None
        else:
            ds = de = pub
        evs.append({"event_id": eid, "event_type": e["type"], "date_start": ds, "date_end": de, "status": e["status"][0]})
pq.write_table(pa.Table.from_pylist(arts, schema=pa.schema([("article_id", pa.string()), ("published", pa.date32())])), out/"articles.parquet")
pq.write_table(pa.Table.from_pylist(ments), out/"mentions.parquet")
pq.write_table(pa.Table.from_pylist(evs, schema=pa.schema([("event_id", pa.string()), ("event_type", pa.string()), ("date_start", pa.date32()), ("date_end", pa.date32()), ("status", pa.string())])), out/"events.parquet")
