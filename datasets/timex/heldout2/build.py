#!/usr/bin/env python3
"""Build ../heldout2.jsonl from the inline-markup sources in src/*.txt with the shared generator
(../markup.py: offsets, word counts, weekday/value agreement; `-r` lists temporal-looking words left
unannotated)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, os.pardir))
from markup import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
