"""Running the per-article work over a corpus: in this process, or in N worker processes with the same output."""
from __future__ import annotations

import collections
import concurrent.futures
import functools
import multiprocessing
import os
from typing import Any, Callable, Iterable, Iterator, TypeVar

import attrs
import pyarrow as pa

from .dataset import result_rows
from .pipeline import extract_article
from .records import Article, ArticleResult

CHUNK_ARTICLES = 32
T = TypeVar("T")
R = TypeVar("R")
CHUNKS_IN_FLIGHT_PER_JOB = 4


@attrs.frozen
class Extracted:
    """What one article contributes to the tables: its row, its mention rows, and whether it had no body."""

    article: dict[str, Any]
    mentions: list[dict[str, Any]]
    boilerplate_only: bool
    summaries: list[dict[str, Any]] | None = None


def all_boilerplate(result: ArticleResult) -> bool:
    """Whether every non-space character of the article lies in an excluded span."""
    text = result.article.text
    covered = sum(s.end - s.start for s in result.excluded)
    return covered > 0 and covered >= sum(map(len, text.split()))  # split() drops exactly the isspace() characters


def extract_rows(article: Article, keep_text: bool = True) -> Extracted:
    """The per-article work, as rows: a pure function of the article."""
    from .build import summaries_of

    result = extract_article(article)
    row, mentions = result_rows(result, keep_text=keep_text)
    return Extracted(article=row, mentions=mentions, boilerplate_only=all_boilerplate(result),
                     summaries=summaries_of(mentions))


@attrs.frozen
class ArticleNote:
    """What a run reports of one article: where it came from, its mentions, and whether it had no body."""

    article_id: str
    source_path: str | None
    source_line: int | None
    mentions: int
    boilerplate_only: bool


@attrs.frozen
class Chunk:
    """The rows of consecutive articles as Arrow tables (articles, mentions, summaries) and a note per article."""

    tables: dict[str, pa.Table]
    notes: tuple[ArticleNote, ...]


def _extract_chunk(articles: list[Article], keep_text: bool) -> list[Extracted]:
    """Worker entry point: the rows of a chunk of articles, in order."""
    return [extract_rows(article, keep_text) for article in articles]


def extract_chunk(articles: list[Article], keep_text: bool = True) -> Chunk:
    """The per-article work on consecutive articles, as the tables the dataset builder stages (a pure function)."""
    from .build import STAGED_SCHEMAS

    extracted = _extract_chunk(articles, keep_text)
    rows = {"articles": [e.article for e in extracted], "mentions": [m for e in extracted for m in e.mentions],
            "summaries": [s for e in extracted for s in e.summaries or []]}
    notes = tuple(ArticleNote(article_id=e.article["article_id"], source_path=e.article["source_path"],
                              source_line=e.article["source_line"], mentions=len(e.mentions),
                              boilerplate_only=e.boilerplate_only) for e in extracted)
    return Chunk(tables={name: pa.Table.from_pylist(rows[name], schema=STAGED_SCHEMAS[name]) for name in rows},
                 notes=notes)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes: `jobs`, or one per core for 0."""
    return max(1, jobs or os.cpu_count() or 1)


def map_chunks(work: Callable[[list[T]], R], items: Iterable[T], jobs: int, size: int = CHUNK_ARTICLES) -> Iterator[R]:
    """`work` on consecutive chunks of `size` items, here (jobs=1) or in worker processes, results in input order.

    `work` must be picklable (a module-level function, or a functools.partial of one). At most a few
    chunks per worker are in flight, so memory stays bounded however long the input is.
    """
    if jobs == 1:
        for chunk in chunked(items, size):
            yield work(chunk)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pending: collections.deque[concurrent.futures.Future] = collections.deque()
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for chunk in chunked(items, size):
            pending.append(pool.submit(work, chunk))
            while len(pending) >= jobs * CHUNKS_IN_FLIGHT_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def run(articles: Iterable[Article], *, jobs: int = 1, keep_text: bool = True) -> Iterator[Extracted]:
    """Rows of every article, in input order, computed here (jobs=1) or in worker processes (same output)."""
    for extracted in map_chunks(functools.partial(_extract_chunk, keep_text=keep_text), articles, resolve_jobs(jobs)):
        yield from extracted


def run_chunks(articles: Iterable[Article], *, jobs: int = 1, keep_text: bool = True) -> Iterator[Chunk]:
    """The staged tables of consecutive articles, in input order; workers build the Arrow tables too."""
    return map_chunks(functools.partial(extract_chunk, keep_text=keep_text), articles, resolve_jobs(jobs))
