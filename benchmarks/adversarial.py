"""Time per article on adversarial inputs against ordinary news, per KB, to show nothing hangs.

    python benchmarks/adversarial.py

Prints each input's time and time per KB, the median over the bundled sample articles, and the
worst ratio of an adversarial input's time per KB to the median's (the target is under 100).
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from eventx import Article, extract_article

ROOT = Path(__file__).resolve().parent.parent
ADVERSARIAL = {
    "digits": "9" * 200_000,
    "capitals": "A" * 200_000,
    "punctuation": "!?.,;:()[]—-" * 20_000,
    "month names": "January February March May " * 8_000,
    "no whitespace": "x" * 2_000_000,
    "weekday list": "Monday, " * 30_000 + "the summit",
    "dates without end": "On " + "Jan. 1, " * 30_000,
    "numbers and units": "12 days 3 weeks 2020-2021 " * 10_000,
    "nested quotes": "“‘\"" * 50_000,
    "one long sentence": ("the leaders met and " * 20_000) + ".",
}


def seconds(text: str) -> float:
    """Wall time to extract one article."""
    start = time.perf_counter()
    extract_article(Article(article_id="bench", text=text))
    return time.perf_counter() - start


def main() -> int:
    """Measure the sample corpus and every adversarial input."""
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "datasets" / "sample" / "articles").glob("*.txt"))]
    seconds(samples[0])  # compile rules
    per_kb = [seconds(t) / (len(t.encode()) / 1000) for t in samples]
    median = statistics.median(per_kb)
    print(f"sample articles: median {median * 1000:.2f} ms per KB over {len(samples)} articles")
    worst_name, worst = "", 0.0
    for name, text in ADVERSARIAL.items():
        took = seconds(text)
        kb = len(text.encode()) / 1000
        ratio = (took / kb) / median
        print(f"{name:<20} {kb:9.0f} KB {took:8.2f} s {took / kb * 1000:8.3f} ms/KB  {ratio:6.1f}x median")
        if ratio > worst:
            worst_name, worst = name, ratio
    print(f"worst: {worst_name} at {worst:.1f} times the median time per KB (target: under 100)")
    return 0 if worst < 100 else 1


if __name__ == "__main__":
    sys.exit(main())
