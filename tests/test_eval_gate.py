"""Evaluation gates: the seed articles' acceptance figures, and pinned floors on the bundled gold corpora."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from eventx.cli import main as cli_main
from eventx.evaluate import evaluate

from conftest import ROOT, score

BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text())
# The gate pins F1 (not precision and recall apart, which trade against each other), date and
# status accuracy on the events found, and the share of publication dates found.
FIGURES = ("f1", "date_accuracy", "status_accuracy", "published_accuracy")


def corpus_hash(folder: Path) -> str:
    """SHA-256 over a corpus's gold file and every article, so a changed corpus cannot pass silently."""
    digest = hashlib.sha256((folder / "gold.jsonl").read_bytes())
    for path in sorted((folder / "articles").glob("*.txt")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def measure(folder: Path, out: Path) -> dict[str, float]:
    """Extract a corpus and score it with `eventx eval`; the figures the gate pins."""
    assert cli_main(["extract", "-q", str(folder / "articles"), "-o", str(out)]) == 0
    result = evaluate(folder / "gold.jsonl", out, folder / "articles")
    return {**result["overall"], "date_accuracy": result["date_accuracy"],
            "status_accuracy": result["status_accuracy"], "published_accuracy": result["published_accuracy"],
            "forbidden": len(result["forbidden"])}


def test_eval_gate_seed_articles_meet_the_acceptance_figures(shared_seeds: Path, seed_dataset: Path) -> None:
    result = score(shared_seeds / "gold.jsonl", seed_dataset, shared_seeds)
    assert result["dated"] == result["required"] == 10
    assert result["forbidden"] == 0
    assert result["published_ok"] == result["articles"] == 3
    assert result["precision"] >= 0.90


@pytest.mark.parametrize("name", sorted(BASELINE))
def test_eval_gate_bundled_corpus_meets_pinned_floors(name: str, tmp_path: Path) -> None:
    gate, folder = BASELINE[name], ROOT / "datasets" / name
    assert corpus_hash(folder) == gate["corpus_sha256"], \
        f"datasets/{name} changed: re-measure with python tests/eval_baseline.py --write --corpus-changed"
    figures = measure(folder, tmp_path / "out")
    for key, floor in gate["floors"].items():
        assert figures[key] >= floor, f"{name}: {key} {figures[key]} fell below its floor {floor}"
    assert figures["forbidden"] <= gate["max_forbidden"]
