"""Speed of eventx's temporal tagger against dateparser's search_dates on the same texts, in one run.

    python benchmarks/timex.py [CORPUS.jsonl ...]   (default: the TempEval corpora in ../shared/timeml)

Prints documents per second and MB per second for each and the ratio (wall-clock time), then the same ratio
in CPU time, which a machine shared with other work disturbs less. Run by hand; not a test.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
import warnings
from pathlib import Path

from eventx.timex import find_timexes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT.parent / "shared" / "timeml" / f"{name}_tbaq.jsonl" for name in ("timebank", "aquaint")]


def load(paths: list[Path]) -> list[tuple[str, dt.datetime]]:
    """(text, document date) pairs from corpora of {doc_id, dct, text}."""
    docs = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            dct = dt.datetime.fromisoformat(doc["dct"][:10]) if doc.get("dct") else dt.datetime(2000, 1, 1)
            docs.append((doc["text"], dct))
    return docs


def run_eventx(docs: list[tuple[str, dt.datetime]]) -> tuple[float, float]:
    """Wall-clock and CPU seconds for eventx to tag every document (after a warm-up that compiles the rules)."""
    find_timexes("warm up on Tuesday", dt.date(2000, 1, 1))
    start, cpu = time.perf_counter(), time.process_time()
    for text, dct in docs:
        find_timexes(text, dct.date())
    return time.perf_counter() - start, time.process_time() - cpu


def run_dateparser(docs: list[tuple[str, dt.datetime]]) -> tuple[float, float]:
    """Wall-clock and CPU seconds for dateparser.search.search_dates on every document, with the document
    date as base."""
    from dateparser.search import search_dates

    search_dates("warm up on Tuesday", languages=["en"])
    start, cpu = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for text, dct in docs:
            search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct})
    return time.perf_counter() - start, time.process_time() - cpu


def main(argv: list[str]) -> int:
    """Run both taggers and print the figures."""
    paths = [Path(a) for a in argv] or [p for p in DEFAULT if p.exists()]
    if not paths:
        print("no corpus given and ../shared/timeml not found")
        return 1
    docs = load(paths)
    megabytes = sum(len(text.encode("utf-8")) for text, _ in docs) / 1e6
    print(f"{len(docs)} documents, {megabytes:.2f} MB from {', '.join(p.name for p in paths)}")
    results = {"eventx": run_eventx(docs), "dateparser search_dates": run_dateparser(docs)}
    for name, (seconds, _) in results.items():
        print(f"{name:<25} {len(docs) / seconds:10.1f} docs/s {megabytes / seconds:8.3f} MB/s ({seconds:.2f} s)")
    (ours, ours_cpu), (theirs, theirs_cpu) = results["eventx"], results["dateparser search_dates"]
    print(f"ratio eventx / search_dates: {theirs / ours:.1f}x")
    print(f"in CPU time: eventx {ours_cpu:.2f} s, search_dates {theirs_cpu:.2f} s, ratio {theirs_cpu / ours_cpu:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
