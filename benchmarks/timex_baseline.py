"""Accuracy of eventx's temporal tagger against dateparser's search_dates on a gold TIMEX3 corpus.

    python benchmarks/timex_baseline.py [GOLD.jsonl ...]   (default: datasets/timex/heldout.jsonl)

Both taggers run on the same documents; their predictions are scored with ../shared/timeml/score_timex.py
(TempEval-3 metrics) and the scorer's summary line is printed for each.  search_dates returns a datetime
per expression: each becomes a DATE with that day's value (a time when it is not midnight), placed at
the first occurrence of its text after the previous one, and resolved against the document date (or, for
a document without one, dateparser's default: today).  Run by hand; not a test.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

from eventx.timexio import timex_record

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "timeml" / "score_timex.py"
DEFAULT = [ROOT / "datasets" / "timex" / "heldout.jsonl"]


def dateparser_record(doc: dict) -> dict:
    """One prediction line from search_dates, in the scorer's format."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(doc["dct"][:10])} if doc.get("dct") else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(doc["text"], languages=["en"], settings=settings) or []
    timexes, position = [], 0
    for text, when in found:
        start = doc["text"].find(text, position)
        if start == -1:
            continue
        position = start + len(text)
        value = when.date().isoformat() if when.time() == dt.time(0) else when.strftime("%Y-%m-%dT%H:%M")
        timexes.append({"start": start, "end": position, "text": text, "type": "DATE", "value": value})
    return {"doc_id": doc["doc_id"], "timexes": timexes}


def eventx_record(doc: dict) -> dict:
    """One prediction line from eventx, as `eventx timex` writes it."""
    dct = dt.date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
    return timex_record(str(doc["doc_id"]), doc["text"], dct)


def main(argv: list[str]) -> int:
    """Tag each corpus with both taggers and print the scorer's summary for each."""
    if not SCORER.is_file():
        print(f"the TempEval scorer was not found at {SCORER}")
        return 1
    for gold in [Path(a) for a in argv] or DEFAULT:
        docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        print(f"{gold.name}: {len(docs)} documents")
        with tempfile.TemporaryDirectory() as folder:
            for name, tag in (("eventx", eventx_record), ("dateparser search_dates", dateparser_record)):
                pred = Path(folder) / "pred.jsonl"
                pred.write_text("".join(json.dumps(tag(doc)) + "\n" for doc in docs), encoding="utf-8")
                out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred)], capture_output=True,
                                     text=True, check=True).stdout.splitlines()
                print(f"  {name:<25} {out[0] if out else '(no output)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
