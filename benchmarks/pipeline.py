"""Speed of the per-article pipeline (extract_article) on the bundled corpora, overall and per stage.

    python benchmarks/pipeline.py [N]   (N: how many times to run over the corpora, default 3)

Prints MB/s and articles/s of extract_article, then the time spent in each stage, measured by timing
the calls of a copy of the extract_article steps (the pipeline itself is not instrumented). Run by
hand; not a test. Timings on a shared machine are noisy: run it a few times.
"""
from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

from eventx import anchor as anchor_stage
from eventx import (
    clean,
    extract,
    extract_article,
    lexicon,
    link,
    read_articles,
    segment,
    timex,
)
from eventx.pipeline import body_sentences
from eventx.records import Article

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "datasets" / name / "articles" for name in ("sample", "dev", "test")]


def staged(article: Article, seconds: dict[str, float]) -> None:
    """The steps of extract_article, each timed into `seconds` by stage."""
    clock = time.perf_counter
    text = article.text
    t0 = clock()
    excluded = clean.boilerplate_spans(text)
    index = clean.SpanIndex(excluded)
    t1 = clock()
    paragraphs = segment.paragraphs(text)
    sentences = body_sentences(text, index, paragraphs)
    t2 = clock()
    anchor = anchor_stage.find_anchor(article, sentences, paragraphs)
    t3 = clock()
    tagged = timex.find_timexes(text, anchor.date, spans=sentences) if anchor.date is not None \
        else anchor_stage.unanchored_timexes(text, sentences)
    timexes = [t for t in tagged if not index.contains(t.start)]
    t4 = clock()
    actors = lexicon.find_actors(text, excluded)
    mentions = extract.extract_mentions(text, article.article_id, anchor.date, sentences, timexes, excluded, actors)
    t5 = clock()
    link.link_article(mentions)
    t6 = clock()
    for stage, a, b in (("clean", t0, t1), ("segment", t1, t2), ("anchor", t2, t3), ("time", t3, t4),
                        ("extract", t4, t5), ("link", t5, t6)):
        seconds[stage] += b - a


def main(argv: list[str]) -> int:
    """Run the pipeline over the corpora N times and print the figures."""
    repeat = int(argv[0]) if argv else 3
    articles = list(read_articles([str(p) for p in CORPORA if p.exists()]))
    if not articles:
        print("no corpus found under datasets/")
        return 1
    for article in articles[:3]:  # warm up: rule compilation and dictionary loading are one-off
        extract_article(article)
    runs = articles * repeat
    megabytes = sum(len(a.text.encode("utf-8")) for a in runs) / 1e6

    print(f"{len(articles)} articles x {repeat} = {len(runs)} runs, {megabytes:.2f} MB of text")
    # CPU seconds of this process (per core), less disturbed than wall time by other work on the machine;
    # the first pass is reported apart: later passes see the same texts again (warm per-text caches).
    passes = []
    wall = time.perf_counter()
    for _ in range(repeat):
        start = time.process_time()
        for article in articles:
            extract_article(article)
        passes.append(time.process_time() - start)
    wall = time.perf_counter() - wall
    elapsed = sum(passes)
    print(f"extract_article: {elapsed:.2f} CPU s ({wall:.2f} s wall), {megabytes / elapsed:.3f} MB/s, "
          f"{len(runs) / elapsed:.1f} articles/s")
    print(f"  first pass: {megabytes / repeat / passes[0]:.3f} MB/s; "
          f"passes: {', '.join(f'{p:.2f}' for p in passes)} CPU s")

    seconds: dict[str, float] = defaultdict(float)
    for article in runs:
        staged(article, seconds)  # perf_counter inside: wall time per stage
    total = sum(seconds.values())
    print(f"per stage (instrumented copy, {total:.2f} s in all):")
    for stage in ("clean", "segment", "anchor", "time", "extract", "link"):
        ms = 1000 * seconds[stage] / len(runs)
        print(f"  {stage:8s} {seconds[stage]:7.3f} s  {ms:7.2f} ms/article  {100 * seconds[stage] / total:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
