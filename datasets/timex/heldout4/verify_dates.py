#!/usr/bin/env python3
"""Check every timex of ../heldout4.jsonl that names a weekday (the shared ../verify_weekdays.py).

    python3 verify_dates.py [../heldout4.jsonl]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, os.pardir))
from verify_weekdays import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, os.pardir, "heldout4.jsonl")))
