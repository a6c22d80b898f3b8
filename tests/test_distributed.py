"""The pipeline under Dask's LocalCluster gives the same three tables as one process."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from eventx import batch
from eventx.cli import main

from conftest import ROOT, SAMPLE

dask = pytest.importorskip("dask", reason="the dask extra is part of the test install")
pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

LOCATION_COLUMNS = ("source_path", "source_line")


def _corpus(path: Path) -> list[dict]:
    """The sample articles and the multi-outlet tutorial corpus as one JSONL corpus."""
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted((SAMPLE / "articles").glob("*.txt"))]
    records += [json.loads(line) for line in (ROOT / "datasets" / "tutorial" / "corpus.jsonl").read_text().splitlines()]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return records


def _rows(table: pa.Table) -> list[dict]:
    """Rows without the columns that say which input file an article came from."""
    return [{k: v for k, v in row.items() if k not in LOCATION_COLUMNS} for row in table.to_pylist()]


def test_dask_local_cluster_gives_the_single_process_tables(tmp_path: Path) -> None:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    from eventx.engines import run_dask, to_tables

    records = _corpus(tmp_path / "corpus.jsonl")
    assert main(["extract", "-q", str(tmp_path / "corpus.jsonl"), "-o", str(tmp_path / "single")]) == 0
    frame = pa.Table.from_pylist([{**{k: None for k in batch.INPUT_SCHEMA.names}, **r,
                                   "published": pd.Timestamp(r["published"]).date() if r.get("published") else None}
                                  for r in records], schema=batch.INPUT_SCHEMA).to_pandas(types_mapper=pd.ArrowDtype)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        articles = dd.from_pandas(frame, npartitions=5)
        computed = dask.compute(*run_dask(articles))
    tables = to_tables(*computed)
    for name in ("articles", "mentions", "events"):
        single = pq.read_table(tmp_path / "single" / f"{name}.parquet")
        assert _rows(tables[name]) == _rows(single), f"{name} differ"
    assert any(len(e["article_ids"]) > 1 for e in tables["events"].to_pylist()), "events linked across articles"


def test_batches_cut_anywhere_give_the_same_tables(tmp_path: Path) -> None:
    records = _corpus(tmp_path / "corpus.jsonl")
    table = pa.Table.from_pylist([{**{k: None for k in batch.INPUT_SCHEMA.names}, **r, "published": None}
                                  for r in records], schema=batch.INPUT_SCHEMA)
    results = [batch.extract_batch(b) for b in table.to_batches(max_chunksize=3)]
    whole = pa.Table.from_batches(results)
    mentions = batch.mentions_of(whole)
    blocks = [batch.link_block(mentions.filter(pa.compute.equal(mentions.column("event_type"), t)))
              for t in sorted(set(mentions.column("event_type").to_pylist()))]
    events = pa.concat_tables(blocks)
    sorted_tables = batch.sort_tables(batch.articles_of(whole), batch.assign_events(mentions, events), events)
    from eventx.dataset import link_rows

    all_at_once, _ = link_rows(mentions.to_pylist())
    assert sorted_tables["events"].to_pylist() == sorted(all_at_once, key=lambda e: e["event_id"])
    assert all(m["event_id"] for m in sorted_tables["mentions"].to_pylist())


def test_docs_dask_recipe_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    text = (ROOT / "docs" / "distributed.md").read_text()
    block = re.search(r"## Dask \(tested in CI\).*?```python\n(.*?)```", text, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "docs/distributed.md", "exec"), {})
    (mention,) = pq.read_table(tmp_path / "mentions.parquet").to_pylist()
    assert mention["event_type"] == "arrest_or_detention" and mention["event_id"]
