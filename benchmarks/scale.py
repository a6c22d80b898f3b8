"""Throughput and memory of a whole `eventx extract` run on a large generated corpus, against dateparser.

    python benchmarks/scale.py [--mb 200] [--jobs 1] [--corpus FILE] [--dateparser-mb 2]

Generates the corpus with benchmarks/corpus.py (reproducible; kept in /tmp for later runs) unless
--corpus is given, runs `eventx extract CORPUS -o OUT --jobs N` as a subprocess while sampling its
memory (the eventx process and its workers), and prints MB/s, articles/s, the peak memory of the
largest process and of all of them together, and the time of each pipeline stage measured in-process
on a sample.  dateparser's `search_dates` runs over the first --dateparser-mb of the same texts in
the same run (it is too slow for all of them) and the ratio of the two speeds per MB is printed.
Run by hand; not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rss_kb(pid: int) -> int:
    """Resident memory of one process in KB (0 once it has gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    """Process ids of the children (and their children) of a process."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        found += [int(c) for c in children]
        queue += [int(c) for c in children]
    return found


def run_extract(corpus: Path, out: Path, jobs: int) -> dict[str, float]:
    """Run eventx extract, sampling memory every 50 ms; return seconds and peak memory (also the main
    process's, while workers run and after they have gone: extraction, then linking and writing)."""
    command = [sys.executable, "-m", "eventx", "extract", "-q", str(corpus), "-o", str(out), "--jobs", str(jobs)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT)
    peak_single = peak_total = 0
    main_peaks = {"extraction": 0, "finish": 0}
    workers_seen = False
    while process.poll() is None:
        workers = _descendants(process.pid)
        workers_seen = workers_seen or bool(workers)
        sizes = [_rss_kb(p) for p in [process.pid, *workers]]
        peak_single, peak_total = max(peak_single, max(sizes)), max(peak_total, sum(sizes))
        phase = "finish" if workers_seen and not workers else "extraction"
        main_peaks[phase] = max(main_peaks[phase], sizes[0])
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"eventx extract failed with exit code {process.returncode}")
    return {"seconds": seconds, "peak_single_mb": peak_single / 1024, "peak_total_mb": peak_total / 1024,
            "main_extraction_mb": main_peaks["extraction"] / 1024, "main_finish_mb": main_peaks["finish"] / 1024}


def stage_times(texts: list[tuple[str, str]], limit_mb: float) -> dict[str, float]:
    """Seconds per pipeline stage over the first `limit_mb` of articles, in this process (benchmarks/pipeline.py)."""
    import collections
    import datetime as dt

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pipeline import staged

    from eventx.pipeline import extract_article
    from eventx.records import Article

    extract_article(Article(article_id="warm-up", text="Leaders met in Geneva on Tuesday."))
    totals: dict[str, float] = collections.defaultdict(float)
    used = 0
    for article_id, (text, published) in enumerate(texts):
        if used > limit_mb * 1e6:
            break
        used += len(text.encode("utf-8"))
        staged(Article(article_id=str(article_id), text=text,
                       published=dt.date.fromisoformat(published) if published else None), totals)
    totals["mb"] = used / 1e6
    return dict(totals)


def dateparser_speed(texts: list[tuple[str, str]], limit_mb: float) -> tuple[float, float]:
    """(MB, seconds) for dateparser's search_dates over the first `limit_mb` of the texts."""
    from dateparser.search import search_dates

    warnings.filterwarnings("ignore")
    used, started = 0, time.perf_counter()
    for text, _ in texts:
        if used > limit_mb * 1e6:
            break
        used += len(text.encode("utf-8"))
        search_dates(text, languages=["en"])
    return used / 1e6, time.perf_counter() - started


def main() -> None:
    """Generate or read the corpus, run the measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=200, help="size of the generated corpus (default 200)")
    parser.add_argument("--jobs", type=int, default=1, help="eventx extract --jobs (default 1)")
    parser.add_argument("--corpus", type=Path, help="a JSONL corpus to use instead of generating one")
    parser.add_argument("--dateparser-mb", type=float, default=2.0, help="how much text dateparser reads (default 2)")
    parser.add_argument("--stages-mb", type=float, default=2.0, help="how much text the stage timing reads (default 2)")
    args = parser.parse_args()
    corpus = args.corpus or Path(tempfile.gettempdir()) / f"eventx-corpus-{args.mb:g}mb.jsonl"
    if not corpus.exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), "--mb", f"{args.mb:g}", "-o",
                        str(corpus)], check=True)
    size = corpus.stat().st_size
    texts, chars = [], 0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            texts.append((record["text"], record.get("published")))
            if chars > max(args.dateparser_mb, args.stages_mb) * 1.2e6:
                break
            chars += len(record["text"].encode("utf-8"))
    articles = sum(1 for _ in corpus.open(encoding="utf-8"))
    text_mb = size / 1e6
    with tempfile.TemporaryDirectory() as out:
        run = run_extract(corpus, Path(out) / "dataset", args.jobs)
    stages = stage_times(texts, args.stages_mb)
    dp_mb, dp_seconds = dateparser_speed(texts, args.dateparser_mb)
    eventx_mb_s = text_mb / run["seconds"]
    print(f"corpus: {corpus} ({text_mb:.1f} MB of JSONL, {articles:,} articles); cores: {os.cpu_count()}")
    print(f"eventx extract --jobs {args.jobs}: {run['seconds']:.1f} s, {eventx_mb_s:.3f} MB/s, "
          f"{articles / run['seconds']:.1f} articles/s")
    print(f"  peak memory: {run['peak_single_mb']:.0f} MB in the largest process, "
          f"{run['peak_total_mb']:.0f} MB in all eventx processes together")
    if args.jobs > 1:
        print(f"  main process: {run['main_extraction_mb']:.0f} MB at most while workers extract, "
              f"{run['main_finish_mb']:.0f} MB at most while linking and writing")
    stage_total = sum(v for k, v in stages.items() if k != "mb")
    print(f"  stages over {stages['mb']:.1f} MB in one process ({stages['mb'] / stage_total:.3f} MB/s without "
          "reading and writing):")
    for name, seconds in stages.items():
        if name != "mb":
            print(f"    {name:<8} {seconds:7.2f} s  {100 * seconds / stage_total:5.1f}%")
    print(f"dateparser search_dates over {dp_mb:.1f} MB: {dp_mb / dp_seconds:.3f} MB/s")
    print(f"ratio: eventx end to end is {eventx_mb_s / (dp_mb / dp_seconds):.1f} times search_dates per MB")


if __name__ == "__main__":
    main()
