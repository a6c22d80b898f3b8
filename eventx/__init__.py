"""eventx: dated, status-aware, linked political events from news articles.

The public API:

- :func:`read_articles` reads .txt files, .jsonl corpora and folders of them.
- :func:`extract_article` runs the pipeline on one :class:`Article`.
- :func:`extract_corpus` does so for many articles, as a stream.
- :func:`write_dataset` links the results across articles and writes the three Parquet tables.
- :func:`validate_records` and :func:`validate_file` check records against the JSON Schemas.
- :func:`find_timexes` finds and resolves temporal expressions in any text.
- :func:`report_html` renders a dataset as an HTML report (timeline, highlighted evidence); Jupyter shows it inline.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .dataset import build_rows, write_dataset
from .errors import EventxError, InputError, ValidationError
from .ingest import read_articles
from .pipeline import extract_article, extract_corpus
from .records import Actor, Anchor, Article, ArticleResult, Event, Mention, Timex
from .schema import arrow_schema, json_schema, validate_records
from .report import report_html, write_report
from .timex import find_timexes
from .validate import validate_file

__all__ = [
    "Actor", "Anchor", "Article", "ArticleResult", "Event", "EventxError", "InputError", "Mention", "Timex",
    "ValidationError", "arrow_schema", "build_rows", "extract_article", "extract_corpus", "find_timexes",
    "json_schema", "read_articles", "report_html", "validate_file", "validate_records", "write_dataset",
    "write_report", "__version__",
]
