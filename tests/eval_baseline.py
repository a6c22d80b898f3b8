"""Re-measure the bundled gold corpora and raise the floors in eval_baseline.json; never lower them.

    python tests/eval_baseline.py                   # show measured figures against the floors
    python tests/eval_baseline.py --write           # raise floors to the measured figures
    python tests/eval_baseline.py --write --corpus-changed   # a corpus or its gold changed: re-pin it

A floor only goes down with --corpus-changed, when the corpus itself changed (say why in the commit).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import ROOT  # noqa: E402
from test_eval_gate import FIGURES, corpus_hash, measure  # noqa: E402

BASELINE = ROOT / "tests" / "eval_baseline.json"
CORPORA = ("sample", "dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12")


def main() -> int:
    """Measure each corpus, compare with its floors, and optionally write the new ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--corpus-changed", action="store_true")
    args = parser.parse_args()
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    refused = []
    for name in CORPORA:
        folder = ROOT / "datasets" / name
        with tempfile.TemporaryDirectory() as out:
            figures = measure(folder, Path(out))
        gate = baseline.setdefault(name, {"corpus_sha256": "", "floors": {}, "max_forbidden": 0})
        changed = corpus_hash(folder) != gate["corpus_sha256"]
        for key in FIGURES:
            floor = gate["floors"].get(key, 0)
            print(f"{name:<8}{key:<20} floor {floor!s:<8} measured {figures[key]}")
            if figures[key] < floor and not (changed and args.corpus_changed):
                refused.append(f"{name}.{key}")
        if changed and not args.corpus_changed:
            print(f"{name}: the corpus changed since its floors were pinned; rerun with --corpus-changed")
            return 1
        if args.write:
            gate["corpus_sha256"] = corpus_hash(folder)
            gate["floors"] = {k: max(figures[k], 0 if changed else gate["floors"].get(k, 0)) for k in FIGURES}
            gate["max_forbidden"] = figures["forbidden"] if changed else min(gate["max_forbidden"], figures["forbidden"])
    if refused:
        print("refusing to lower floors: " + ", ".join(refused))
        return 1
    if args.write:
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n")
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
