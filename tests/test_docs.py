"""Docs cannot drift: generated pages are current, and every command, option and column is documented."""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys

import pytest

from eventx import schema
from eventx.cli import build_parser

from conftest import ROOT


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def test_docs_generated_pages_are_current() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "docs" / "generate.py"), "--check"], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("command", sorted(_subparsers()))
def test_docs_every_command_and_option_is_documented(command: str) -> None:
    cli_doc = (ROOT / "docs" / "cli.md").read_text()
    readme = (ROOT / "README.md").read_text()
    assert f"eventx {command}" in cli_doc and f"eventx {command}" in readme
    for action in _subparsers()[command]._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        names = action.option_strings or [action.metavar]
        for name in names:
            assert name in cli_doc, f"{command}: {name} missing from docs/cli.md"


def test_docs_codebook_names_every_column() -> None:
    codebook = (ROOT / "datasets" / "README.md").read_text()
    for kind in schema.KINDS:
        for column in schema.json_schema(kind)["properties"]:
            assert re.search(rf"`{column}`|{column}", codebook), f"{kind}.{column} missing from datasets/README.md"


def test_docs_readme_quick_start_has_the_ci_test_command() -> None:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("## Quick start")
    quick = readme[start:readme.index("\n## ", start + 1)]
    commands = re.findall(r"```sh\n(.+?)\n```", quick)
    assert len(commands) == 2 and "eventx extract" in commands[0] and "pytest" in commands[1]
    assert "<!-- ci:test-command -->\n```sh\n" + commands[1] in readme


def test_docs_readme_python_example_runs(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"## Python API\n\n```python\n(.*?)```", readme, re.S).group(1)
    block = block.replace('"out/sample"', repr(str(tmp_path / "sample")))
    exec(compile(block, "README.md", "exec"), {})
    assert (tmp_path / "sample" / "events.parquet").is_file()


def test_docs_schema_history_lists_the_current_version_first() -> None:
    from eventx import schema

    history = (ROOT / "docs" / "schema-history.md").read_text()
    rows = [line.split("|")[1].strip() for line in history.splitlines() if line.startswith("| ") and "version" not in line
            and not line.startswith("| ---")]
    assert rows[0] == schema.schema_version(), "add the new schema version to docs/schema-history.md"


def test_readme_evaluation_table_states_the_pinned_floors() -> None:
    readme = (ROOT / "README.md").read_text()
    baseline = json.loads((ROOT / "tests" / "eval_baseline.json").read_text())
    for name, gate in baseline.items():
        row = re.search(rf"^\| `datasets/{name}`[^|]*\| (\d+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|$",
                        readme, re.M)
        assert row, f"README's evaluation table has no row for datasets/{name}"
        articles = len(list((ROOT / "datasets" / name / "articles").glob("*.txt")))
        floors = gate["floors"]
        assert int(row.group(1)) == articles, name
        assert [float(x) for x in row.groups()[1:]] == [floors["f1"], floors["date_accuracy"],
                                                         floors["status_accuracy"], floors["published_accuracy"]], name
