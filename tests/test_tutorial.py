"""docs/tutorial.md runs as written: its command builds the dataset and every Python block executes."""
from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest

from eventx.cli import main

from conftest import ROOT

TUTORIAL = ROOT / "docs" / "tutorial.md"


def _blocks(language: str) -> list[str]:
    """The fenced code blocks of one language in the tutorial."""
    return re.findall(rf"```{language}\n(.*?)```", TUTORIAL.read_text(), flags=re.S)


@pytest.fixture
def tutorial_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """Run the tutorial's command and its Python blocks in a fresh folder; return the namespace."""
    pytest.importorskip("pandas")
    pytest.importorskip("duckdb")
    (tmp_path / "datasets").symlink_to(ROOT / "datasets")
    monkeypatch.chdir(tmp_path)
    (command,) = [line for block in _blocks("sh") for line in block.splitlines() if line.startswith("eventx ")]
    assert main(shlex.split(command)[1:] + ["-q"]) == 0
    namespace: dict = {}
    with contextlib.redirect_stdout(io.StringIO()):
        for block in _blocks("python"):
            exec(compile(block, str(TUTORIAL), "exec"), namespace)
    return namespace


def test_tutorial_answers_its_questions(tutorial_run: dict) -> None:
    ns = tutorial_run
    assert str(ns["events"].dtypes["date_start"]).startswith("date32")
    assert set(ns["by_month"]["month"]) == set(ns["by_month_pandas"]["month"])
    assert ns["by_month"]["events"].sum() == ns["by_month_pandas"]["events"].sum()
    assert set(ns["announced_vs_held"]["status"]) >= {"planned", "occurred"}
    assert len(ns["kishida"]) >= 2 and len(ns["kishida_pandas"]) == len(ns["kishida"])
    timeline = ns["timeline"]
    assert timeline["outlet"].nunique() == 3, "the summit is linked across the three outlets"
    assert list(timeline["published"]) == sorted(timeline["published"])


def test_tutorial_export_commands_are_real_options() -> None:
    lines = [l.strip("- `") for l in TUTORIAL.read_text().splitlines() if l.startswith("- `eventx ")]
    assert lines
    for line in lines:
        command = line.split("`")[0]
        from eventx.cli import build_parser

        build_parser().parse_args(shlex.split(command)[1:])
