#!/usr/bin/env python3
"""Validate test12 gold.jsonl against ./articles and run the 7-gram overlap check (450-650 words an
article; the checks themselves are in ../event_gold_check.py).

Usage: python3 check_gold.py [--no-overlap]
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE.parent))
from event_gold_check import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, (450, 650)))
