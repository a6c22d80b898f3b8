"""Validation speed: the columnar checks (with jsonschema on the rows they flag) against jsonschema on every row.

    python benchmarks/validate.py [--copies N]

Builds a bulk of mention records by repeating the bundled dataset's mentions (a few of them made
invalid), validates them both ways in one process run, checks that both give the same violations,
and prints records per second for each and the ratio.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventx import schema  # noqa: E402


def main() -> None:
    """Run the comparison and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200, help="how many times to repeat the sample mentions")
    args = parser.parse_args()
    base = pq.read_table(ROOT / "datasets" / "sample" / "dataset" / "mentions.parquet").to_pylist()
    rows = [dict(r) for _ in range(args.copies) for r in base]
    for index in range(0, len(rows), 997):
        rows[index] = {**rows[index], "status": "rumoured"}
    print(f"{len(rows):,} mention records, {sum(1 for i in range(0, len(rows), 997)):,} invalid")

    started = time.perf_counter()
    table, fast = schema.check_rows(rows, "mention")
    fast_seconds = time.perf_counter() - started
    started = time.perf_counter()
    table_violations = schema.check_table(table, "mention")
    table_seconds = time.perf_counter() - started
    started = time.perf_counter()
    reference = list(schema.iter_violations(rows, "mention"))
    reference_seconds = time.perf_counter() - started

    assert [str(v) for v in fast] == [str(v) for v in reference], "fast path and reference disagree"
    assert len(table_violations) == len(reference)
    print(f"  columnar + reference on flagged rows (dicts) {len(rows) / fast_seconds:>12,.0f} records/s")
    print(f"  columnar + reference on flagged rows (Arrow) {len(rows) / table_seconds:>12,.0f} records/s")
    print(f"  jsonschema on every record                   {len(rows) / reference_seconds:>12,.0f} records/s")
    print(f"  speed-up: {reference_seconds / fast_seconds:.1f}x on dicts, {reference_seconds / table_seconds:.1f}x on Arrow")


if __name__ == "__main__":
    main()
