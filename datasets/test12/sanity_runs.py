#!/usr/bin/env python3
"""Sanity runs for test12 with the shared scorer (run with a Python that has pyarrow); the runs themselves are in
../event_sanity_runs.py (oracle and publication-date stamp).
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE.parent))
from event_sanity_runs import main  # noqa: E402

if __name__ == "__main__":
    main(HERE)
