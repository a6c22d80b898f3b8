"""Re-measure the sample corpus and raise the floors in eval_baseline.json; never lower them.

    python tests/eval_baseline.py            # show the measured figures and what would change
    python tests/eval_baseline.py --write    # raise floors to the measured figures
    python tests/eval_baseline.py --write --corpus-changed   # the corpus or gold changed: re-pin its hash

A floor only goes down with --corpus-changed, when the corpus itself changed (say why in the commit).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import ROOT, SAMPLE, score  # noqa: E402
from test_eval_gate import corpus_hash  # noqa: E402

from eventx.cli import main as cli_main  # noqa: E402

KEYS = ("dated", "found", "precision", "published_ok")
BASELINE = ROOT / "tests" / "eval_baseline.json"


def main() -> int:
    """Measure, compare with the pinned floors, and optionally write the new ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--corpus-changed", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out:
        cli_main(["extract", "-q", str(SAMPLE / "articles"), "-o", out])
        result = score(SAMPLE / "gold.jsonl", Path(out), SAMPLE / "articles")
    baseline = json.loads(BASELINE.read_text())
    gate = baseline["sample"]
    digest = corpus_hash(SAMPLE / "articles", SAMPLE / "gold.jsonl")
    if digest != gate["corpus_sha256"] and not args.corpus_changed:
        print("the corpus changed since the floors were pinned; rerun with --corpus-changed")
        return 1
    lowered = [k for k in KEYS if result[k] < gate["floors"].get(k, 0)]
    for key in KEYS:
        print(f"{key:<14} floor {gate['floors'].get(key, 0)!s:<8} measured {result[key]}")
    if lowered and not args.corpus_changed:
        print(f"refusing to lower floors: {', '.join(lowered)}")
        return 1
    if args.write:
        gate["corpus_sha256"] = digest
        gate["floors"] = {k: result[k] for k in KEYS}
        gate["max_forbidden"] = min(gate.get("max_forbidden", 0), result["forbidden"]) if not args.corpus_changed \
            else result["forbidden"]
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n")
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
