"""The eventx command line: extract, validate, export, report, timex, eval."""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import importlib.abc
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from . import __version__
from . import store
from .build import Summary, open_builder
from .dataset import PARTITION_CHOICES, content_sha256
from .errors import EventxError
from .ingest import DEFAULT_MAX_BYTES, Problem, ReadOptions, parse_columns, read_articles
from .records import Article
from .runner import Chunk, run_chunks
from .validate import validate_dataset, validate_file


def _date(value: str) -> dt.date:
    """argparse type for YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the eventx command."""
    parser = argparse.ArgumentParser(prog="eventx", description="Dated, status-aware political events from news articles.")
    parser.add_argument("--version", action="version", version=f"eventx {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ext = sub.add_parser("extract", help="extract events from articles and write the three Parquet tables",
                         description="Read .txt files, .jsonl or .parquet corpora, saved .html pages, or folders "
                                     "of them, and write the articles, mentions and events tables under OUT.")
    ext.add_argument("inputs", nargs="+", metavar="INPUT",
                     help="a .txt file, a .jsonl or .parquet corpus, a saved .html page, or a folder of them")
    ext.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder for the three tables")
    ext.add_argument("--columns", metavar="FIELD=COLUMN,...", default="",
                     help="column names of a JSONL or Parquet corpus, e.g. id=doc_id,text=body,published=date "
                          "(fields: id, text, published, url, title, outlet)")
    ext.add_argument("--published", type=_date, metavar="DATE",
                     help="publication date (YYYY-MM-DD) for plain .txt files; overrides what the text says")
    ext.add_argument("-q", "--quiet", action="store_true", help="print neither progress nor the summary")
    ext.add_argument("--keep-going", action="store_true",
                     help="write the dataset of the good articles even when some inputs were skipped "
                          "(the exit code is still 1)")
    ext.add_argument("--encoding-errors", choices=("strict", "replace"), default="strict",
                     help="invalid UTF-8: skip the input (strict, default) or read it with replacement characters")
    ext.add_argument("--max-article-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                     help=f"skip articles larger than N bytes (default {DEFAULT_MAX_BYTES:,})")
    ext.add_argument("--update", action="store_true",
                     help="add the inputs to the dataset already in OUT: articles already there with the same "
                          "text are skipped, changed ones replaced, events linked again; unchanged files are "
                          "not rewritten")
    ext.add_argument("--partition-by", choices=PARTITION_CHOICES, metavar="KEY",
                     help="write each table as hive partitions, OUT/NAME/KEY=VALUE/part-0.parquet "
                          f"({', '.join(PARTITION_CHOICES)}); with --update the existing layout is kept by default")
    ext.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                     help="worker processes for the per-article work (0: one per core); the output is the same "
                          "for any N")
    ext.add_argument("--no-text", action="store_true",
                     help="leave the article text out of the articles table (its text column is null)")
    ext.add_argument("--report", metavar="FILE",
                     help="also write the HTML report of the dataset (timeline and highlighted evidence) to FILE")

    val = sub.add_parser("validate", help="validate records against the eventx JSON Schemas",
                         description="Check a JSON, JSONL or Parquet file of records; print each violation "
                                     "with its record number and field path; exit 1 if there is any.")
    val.add_argument("file", metavar="FILE", help="a .json, .jsonl or .parquet file of records, or a dataset folder")
    val.add_argument("--kind", choices=("article", "mention", "event"),
                     help="record kind (default: from the file's metadata, name or fields)")
    tim = sub.add_parser("timex", help="tag and resolve temporal expressions in a corpus (TempEval-style output)",
                         description="Read a JSONL corpus of {doc_id, dct, text} and write one line per document: "
                                     "{doc_id, timexes: [{start, end, text, type, value}]}. A document without dct "
                                     "is anchored on the date it prints at its top, else read as a narrative "
                                     "(yearless dates take the year the text last named).")
    tim.add_argument("corpus", metavar="CORPUS", help="a .jsonl file with doc_id, dct (YYYY-MM-DD or null) and text")
    tim.add_argument("-o", "--output", required=True, metavar="PRED", help="output .jsonl file")
    tim.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                     help="worker processes (0: one per core); the output is the same for any N")
    tim.add_argument("-q", "--quiet", action="store_true", help="print neither progress nor the summary")
    exp = sub.add_parser("export", help="write a dataset as PLOVER JSON, CAMEO tab-separated or CSV",
                         description="Read the dataset in OUT and write its events as PLOVER JSON records (one a "
                                     "line), CAMEO tab-separated rows, or one table as CSV.")
    exp.add_argument("dataset", metavar="OUT", help="a dataset folder written by eventx extract")
    exp.add_argument("--format", required=True, choices=("plover", "cameo", "csv"), dest="fmt",
                     help="plover (JSONL), cameo (TSV) or csv")
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    exp.add_argument("--table", choices=("events", "mentions", "articles"), default="events",
                     help="with --format csv: which table (default events)")
    exp.add_argument("--include-undated", action="store_true",
                     help="plover and cameo: also export events the text gives no date for (date left empty)")
    rep = sub.add_parser("report", help="write an HTML report: a timeline of the events and the evidence in each article",
                         description="Write one self-contained HTML file (no network needed to open it) with a "
                                     "timeline of the dataset's events by their date interval, filters by type, "
                                     "status, actor and article, and each article's text with triggers, dates, "
                                     "actors and places highlighted.")
    rep.add_argument("dataset", metavar="OUT", help="a dataset folder written by eventx extract")
    rep.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write")
    rep.add_argument("--title", help="the report's title (default: the dataset folder's name)")
    ev = sub.add_parser("eval", help="score a dataset against hand-made gold events",
                        description="Score OUT (written by eventx extract) against a gold JSONL file in the format of "
                                    "../shared/eval/README.md: precision, recall and F1 per event type, date and status "
                                    "accuracy on the events found, publication dates, and the misses.")
    ev.add_argument("--gold", required=True, metavar="GOLD", help="gold .jsonl file")
    ev.add_argument("--out", required=True, metavar="OUT", help="the dataset folder to score")
    ev.add_argument("--texts", metavar="DIR", help="folder of ARTICLE_ID.txt files (default: beside the gold file)")
    ev.add_argument("--json", action="store_true", help="print the result as JSON")
    return parser


def _with_progress(articles: Iterable[Article], quiet: bool, problems: list[Problem], *, jobs: int = 1,
                   keep_text: bool = True) -> Iterator[Chunk]:
    """Extract articles, printing progress on standard error about once a second; warn on empty bodies."""
    started = last = time.monotonic()
    count = mentions = 0
    for chunk in run_chunks(articles, jobs=jobs, keep_text=keep_text):
        for note in chunk.notes:
            if note.boilerplate_only:
                problems.append(Problem(path=note.source_path or note.article_id, line=note.source_line,
                                        kind="boilerplate_only", skipped=False,
                                        message=f"article {note.article_id!r} has no body text: all of it is boilerplate"))
            mentions += note.mentions
        count += len(chunk.notes)
        now = time.monotonic()
        if not quiet and now - last >= 1.0:
            rate = count / (now - started)
            print(f"eventx: {count} articles, {mentions} mentions ({rate:.1f} articles/s)", file=sys.stderr)
            last = now
        yield chunk


def _problem_report(problems: list[Problem]) -> str:
    """Skipped inputs and warnings, each with file, line and field, and counts by kind."""
    skipped = [p for p in problems if p.skipped]
    warned = [p for p in problems if not p.skipped]
    lines = []
    if skipped:
        kinds = collections.Counter(p.kind for p in skipped)
        lines.append(f"eventx: skipped {len(skipped)} input(s): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        lines += [f"  skipped {p}" for p in skipped]
    lines += [f"  warning {p}" for p in warned]
    return "\n".join(lines)


def _summary(summary: Summary, out: Path, seconds: float) -> str:
    """The end-of-run summary: articles, mentions, events by type and status."""
    layout = store.detect_layout(out)
    where = f"{out}/{{articles,mentions,events}}" + (".parquet" if not layout else f"/{layout}=*/")
    lines = [f"eventx: wrote {where} in {seconds:.1f} s",
             f"  articles  {summary.articles:>6}   published from " +
             ", ".join(f"{k} {v}" for k, v in sorted(summary.sources.items())),
             f"  mentions  {summary.mentions:>6}",
             f"  events    {summary.events:>6}   dated {summary.dated}"]
    lines.append("  events by type:   " + ", ".join(f"{k} {v}" for k, v in sorted(summary.by_type.items())))
    lines.append("  events by status: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.by_status.items())))
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    """Run `eventx extract`: exit 0 when every input was used, 1 when some were skipped."""
    started = time.monotonic()
    problems: list[Problem] = []
    options = ReadOptions(published=args.published, encoding_errors=args.encoding_errors,
                          max_bytes=args.max_article_bytes,
                          latest_published=dt.datetime.now(dt.timezone.utc).date() + dt.timedelta(days=1),
                          columns=parse_columns(args.columns))
    articles: Iterable[Article] = read_articles(args.inputs, problems=problems, options=options)
    out = Path(args.output)
    unchanged: list[str] = []
    with open_builder(out, partition_by=args.partition_by, update=args.update) as builder:
        if args.update:
            articles = _new_or_changed(articles, builder.known_articles(), unchanged)
        for chunk in _with_progress(articles, args.quiet, problems, jobs=args.jobs, keep_text=not args.no_text):
            builder.add_tables(chunk.tables, (note.article_id for note in chunk.notes))
        skipped = [p for p in problems if p.skipped]
        if problems:
            print(_problem_report(problems), file=sys.stderr)
        if skipped and not args.keep_going:
            print(f"eventx: nothing written to {args.output}: {len(skipped)} input(s) skipped "
                  "(fix them, or use --keep-going to write the dataset of the others)", file=sys.stderr)
            return 1
        if not args.quiet:
            print(f"eventx: extraction done in {time.monotonic() - started:.1f} s; linking events and writing "
                  f"{args.output}", file=sys.stderr)
        summary, stats = builder.finish()
    if args.report:
        from .report import write_report

        write_report(out, args.report)
    if not args.quiet:
        print(_summary(summary, out, time.monotonic() - started), file=sys.stderr)
        print(f"  files: {len(stats.written)} written, {len(stats.unchanged)} unchanged, {len(stats.deleted)} deleted"
              + (f"; {len(unchanged)} input article(s) already in the dataset with the same text" if args.update else ""),
              file=sys.stderr)
        if args.report:
            print(f"  report: {args.report}", file=sys.stderr)
    return 1 if skipped else 0


def _new_or_changed(articles: Iterable[Article], known: dict[str, str], unchanged: list[str]) -> Iterator[Article]:
    """Articles not yet in the dataset with the same text; the ids of the others go to `unchanged`."""
    for article in articles:
        if known.get(article.article_id) == content_sha256(article.text):
            unchanged.append(article.article_id)
            continue
        yield article


def cmd_validate(args: argparse.Namespace) -> int:
    """Run `eventx validate` on a file or on every table file of a dataset folder."""
    if Path(args.file).is_dir():
        reports = validate_dataset(args.file)
        codes = [_print_report(report) for report in reports]
        bad = sum(code != 0 for code in codes)
        print(f"{args.file}: {len(reports)} table files, " + (f"{bad} with problems" if bad else "all valid"))
        return 1 if bad else 0
    return _print_report(validate_file(args.file, args.kind))


def _print_report(report) -> int:
    """Print one file's validation report; return its exit code."""
    for problem in report.schema_problems:
        print(f"{report.path}: schema: {problem}")
    for violation in report.violations:
        print(violation)
    if report.ok:
        print(f"{report.path}: {report.records} {report.kind} records valid")
        return 0
    print(f"{report.path}: {len(report.violations)} violations in {report.records} {report.kind} records"
          + (f", {len(report.schema_problems)} schema problems" if report.schema_problems else ""))
    return 1


def cmd_timex(args: argparse.Namespace) -> int:
    """Run `eventx timex`."""
    from .timexio import tag_corpus

    started = last = time.monotonic()

    def progress(count: int) -> None:
        """Print the documents tagged so far, about once a second."""
        nonlocal last
        now = time.monotonic()
        if not args.quiet and now - last >= 1.0:
            print(f"eventx: {count} documents ({count / (now - started):.1f} documents/s)", file=sys.stderr)
            last = now

    count = tag_corpus(Path(args.corpus), Path(args.output), jobs=args.jobs, progress=progress)
    if not args.quiet:
        print(f"eventx: tagged {count} documents into {args.output} in {time.monotonic() - started:.1f} s",
              file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Run `eventx export`."""
    from .export import export

    stats = export(args.dataset, args.fmt, args.output, table=args.table, include_undated=args.include_undated)
    left_out = ", ".join(f"{reason} {count}" for reason, count in sorted(stats.skipped.items()))
    print(f"eventx: wrote {stats.written} {args.fmt} records to {args.output}"
          + (f"; left out: {left_out}" if left_out else ""), file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Run `eventx report`."""
    from .report import write_report

    path = write_report(args.dataset, args.output, title=args.title)
    print(f"eventx: wrote the report of {args.dataset} to {path} ({path.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Run `eventx eval`."""
    import json

    from .evaluate import evaluate, format_report

    result = evaluate(Path(args.gold), Path(args.out), Path(args.texts) if args.texts else None)
    print(json.dumps(result, indent=2) if args.json else format_report(result))
    return 0


class _PandasRefused(importlib.abc.MetaPathFinder):
    """An import hook that refuses pandas, so that pyarrow runs without it."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        """Raise ModuleNotFoundError for pandas; leave every other module to the next finders."""
        if name == "pandas":
            raise ModuleNotFoundError("pandas is left out of `eventx extract` runs", name="pandas")
        return None


def _refuse_pandas() -> None:
    """Keep pandas out of this process and the workers it forks.

    pyarrow imports pandas, when it is installed, on its first conversion of Python objects, only to
    recognise pandas values among them; it costs about 33 MB in each process, and `eventx extract`
    converts only rows of its own.  Done only when eventx runs as a program, never in a caller's process.
    """
    if "pandas" not in sys.modules and not any(isinstance(f, _PandasRefused) for f in sys.meta_path):
        sys.meta_path.insert(0, _PandasRefused())


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `eventx` console script."""
    args = build_parser().parse_args(argv)
    if argv is None and args.command == "extract":
        _refuse_pandas()
    try:
        return {"extract": cmd_extract, "validate": cmd_validate, "timex": cmd_timex, "eval": cmd_eval,
                "export": cmd_export, "report": cmd_report}[args.command](args)
    except EventxError as exc:
        print(f"eventx: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
