"""The built wheel installs into a fresh virtual environment and its CLI finds the schemas."""
from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pyarrow.parquet as pq

from conftest import ROOT, SAMPLE


def test_packaging_wheel_installs_and_runs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
                   check=True)
    (wheel,) = wheels.glob("eventx-*.whl")
    env_dir = tmp_path / "env"
    # The fresh environment sees the test environment's dependencies through a path entry (no
    # network needed) but gets eventx only from the wheel: its own site-packages comes first.
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    parent = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib) / "_eventx_test_deps.pth").write_text("\n".join(sorted(parent)) + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)], check=True)
    probe = subprocess.run([str(python), "-c", "import json, eventx, eventx.schema as s; "
                            "print(json.dumps([eventx.__file__, str(s.schema_dir())]))"],
                           check=True, capture_output=True, text=True, cwd=tmp_path)
    module, schemas = json.loads(probe.stdout)
    assert module.startswith(str(env_dir)) and schemas.startswith(str(env_dir))
    out = tmp_path / "out"
    articles = sorted((SAMPLE / "articles").glob("*.txt"))[:2]
    subprocess.run([str(env_dir / "bin" / "eventx"), "extract", "-q", *map(str, articles), "-o", str(out),
                    "--report", str(tmp_path / "report.html")], check=True, cwd=tmp_path)
    assert pq.read_table(out / "events.parquet").num_rows > 0
    assert 'id="eventx-data"' in (tmp_path / "report.html").read_text(encoding="utf-8")  # the report's files ship
    version = subprocess.run([str(env_dir / "bin" / "eventx"), "--version"], check=True, capture_output=True, text=True)
    assert version.stdout.startswith("eventx ")
