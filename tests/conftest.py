"""Shared fixtures: paths, the seed articles beside the clone, and datasets built once per session."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventx.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "datasets" / "sample"
SEEDS = SHARED / "seeds"
SCORER = SHARED / "eval" / "score_events.py"


def score(gold: Path, out: Path, texts: Path) -> dict:
    """Run the shared scorer on an output folder and return its JSON summary."""
    result = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--out", str(out), "--texts", str(texts),
                             "--json"], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.splitlines()[-2])


@pytest.fixture(scope="session")
def shared_seeds() -> Path:
    """The seed articles in ../shared, or a skip saying why they are absent."""
    if not (SEEDS / "gold.jsonl").is_file() or not SCORER.is_file():
        pytest.skip(f"../shared (seed articles and scorer) not found at {SHARED}")
    return SEEDS


@pytest.fixture(scope="session")
def seed_dataset(tmp_path_factory: pytest.TempPathFactory, shared_seeds: Path) -> Path:
    """The dataset `eventx extract` writes for the seed articles."""
    out = tmp_path_factory.mktemp("seed-dataset")
    assert cli_main(["extract", "-q", *map(str, sorted(shared_seeds.glob("*.txt"))), "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def sample_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dataset `eventx extract` writes for the bundled sample corpus."""
    out = tmp_path_factory.mktemp("sample-dataset")
    assert cli_main(["extract", "-q", str(SAMPLE / "articles"), "-o", str(out)]) == 0
    return out
