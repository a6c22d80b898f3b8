"""Evaluation gates: the seed articles' acceptance figures and the sample corpus's pinned floors."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from conftest import ROOT, SAMPLE, score

BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text())


def corpus_hash(folder: Path, gold: Path) -> str:
    """SHA-256 over the gold file and every article, so a changed corpus cannot pass silently."""
    digest = hashlib.sha256(gold.read_bytes())
    for path in sorted(folder.glob("*.txt")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def test_eval_gate_seed_articles_meet_the_acceptance_figures(shared_seeds: Path, seed_dataset: Path) -> None:
    result = score(shared_seeds / "gold.jsonl", seed_dataset, shared_seeds)
    assert result["dated"] == result["required"] == 10
    assert result["forbidden"] == 0
    assert result["published_ok"] == result["articles"] == 3
    assert result["precision"] >= 0.80


def test_eval_gate_sample_corpus_meets_pinned_floors(sample_dataset: Path) -> None:
    gate = BASELINE["sample"]
    assert corpus_hash(SAMPLE / "articles", SAMPLE / "gold.jsonl") == gate["corpus_sha256"], \
        "the sample corpus or its gold changed: re-measure and update tests/eval_baseline.json"
    result = score(SAMPLE / "gold.jsonl", sample_dataset, SAMPLE / "articles")
    for key, floor in gate["floors"].items():
        assert result[key] >= floor, f"{key} {result[key]} fell below its floor {floor}"
    assert result["forbidden"] <= gate["max_forbidden"]
