"""Reading articles from .txt files, .jsonl corpora and folders of them, reporting what cannot be read."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Iterable, Iterator

import attrs

from .errors import InputError
from .records import Article

SUFFIXES = (".txt", ".jsonl")
DEFAULT_MAX_BYTES = 10_000_000
BINARY_SNIFF_BYTES = 8192


@attrs.frozen(kw_only=True)
class Problem:
    """An input that was skipped (or a warning about one), with where it is and what is wrong."""

    path: str
    kind: str
    message: str
    line: int | None = None
    field: str | None = None
    skipped: bool = True

    def __str__(self) -> str:
        where = self.path + (f":{self.line}" if self.line else "")
        return f"{where}: {f'field {self.field!r}: ' if self.field else ''}{self.message}"


@attrs.frozen(kw_only=True)
class ReadOptions:
    """How to read inputs: defaults for plain files and limits."""

    published: dt.date | None = None
    encoding_errors: str = attrs.field(default="strict", validator=attrs.validators.in_(("strict", "replace")))
    max_bytes: int = DEFAULT_MAX_BYTES
    latest_published: dt.date | None = None


class _Skip(Exception):
    """Raised inside the readers for an input that must be skipped."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _decode(data: bytes, options: ReadOptions, *, path: str, line: int | None = None, offset: int = 0) -> str:
    """UTF-8 text exactly as stored (no newline translation); errors name the byte offset."""
    try:
        text = data.decode("utf-8", errors=options.encoding_errors)
    except UnicodeDecodeError as exc:
        raise _Skip(Problem(path=path, line=line, kind="encoding",
                            message=f"invalid UTF-8 at byte {offset + exc.start} (use --encoding-errors replace "
                                    "to read it with replacement characters)")) from exc
    return text[1:] if text.startswith("\ufeff") else text


def parse_published(value: object, *, where: str, latest: dt.date | None = None) -> dt.date | None:
    """A publication date from metadata: an ISO date or date-time string, or null; InputError otherwise."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: field 'published' must be an ISO date string, got {type(value).__name__}")
    try:
        date = dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise InputError(f"{where}: field 'published' is not a valid ISO date: {value!r}") from exc
    if latest is not None and date > latest:
        raise InputError(f"{where}: field 'published' is in the future: {value!r} (later than {latest})")
    return date


def _first_line(text: str) -> str | None:
    """The first non-empty line, used as the title of a plain-text article."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None


def _check_text(text: str, *, path: str, line: int | None = None) -> None:
    """Skip texts that are empty or binary."""
    if not text.strip():
        raise _Skip(Problem(path=path, line=line, field="text" if line else None, kind="empty", message="empty text"))
    if "\x00" in text[:BINARY_SNIFF_BYTES]:
        raise _Skip(Problem(path=path, line=line, kind="binary", message="binary content (NUL bytes), not text"))


def read_txt(path: Path, published: dt.date | None = None, *, shown_as: str | None = None,
             options: ReadOptions | None = None) -> Article:
    """One article from a .txt file; its id is the file name without extension."""
    options = options or ReadOptions(published=published)
    size = path.stat().st_size
    if size > options.max_bytes:
        raise _Skip(Problem(path=str(path), kind="too_large",
                            message=f"{size:,} bytes, over the limit of {options.max_bytes:,} (--max-article-bytes)"))
    data = path.read_bytes()
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise _Skip(Problem(path=str(path), kind="binary", message="binary content (NUL bytes), not text"))
    text = _decode(data, options, path=str(path))
    _check_text(text, path=str(path))
    return Article(article_id=path.stem, text=text, published=published or options.published,
                   title=_first_line(text), source_path=shown_as or path.name)


def _jsonl_article(raw: bytes, number: int, offset: int, path: Path, shown_as: str, options: ReadOptions) -> Article:
    """One article from one JSONL line, or _Skip naming the line and field."""
    where = str(path)
    if len(raw) > options.max_bytes:
        raise _Skip(Problem(path=where, line=number, kind="too_large",
                            message=f"line of {len(raw):,} bytes, over the limit of {options.max_bytes:,}"))
    line = _decode(raw, options, path=where, line=number, offset=offset).strip()
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Skip(Problem(path=where, line=number, kind="json",
                            message=f"not valid JSON: {exc.msg} at column {exc.colno}")) from exc
    if not isinstance(record, dict):
        raise _Skip(Problem(path=where, line=number, kind="json",
                            message=f"expected a JSON object, got {type(record).__name__}"))
    for field in ("id", "text"):
        if not isinstance(record.get(field), str) or (field == "id" and not record[field].strip()):
            raise _Skip(Problem(path=where, line=number, field=field, kind="field",
                                message="missing or not a non-empty string"))
    for field in ("url", "title", "outlet"):
        if record.get(field) is not None and not isinstance(record[field], str):
            raise _Skip(Problem(path=where, line=number, field=field, kind="field", message="must be a string"))
    _check_text(record["text"], path=where, line=number)
    try:
        published = parse_published(record.get("published"), where=f"{where}:{number}",
                                    latest=options.latest_published)
    except InputError as exc:
        raise _Skip(Problem(path=where, line=number, field="published", kind="date",
                            message=str(exc).split("field 'published' ", 1)[-1])) from exc
    return Article(article_id=record["id"], text=record["text"], published=published, url=record.get("url"),
                   title=record.get("title"), outlet=record.get("outlet"), source_path=shown_as,
                   source_line=number)


def read_jsonl(path: Path, *, shown_as: str | None = None, options: ReadOptions | None = None,
               problems: list[Problem] | None = None) -> Iterator[Article]:
    """Articles from a JSONL file, one object a line with id, text and optional metadata, as a stream."""
    options = options or ReadOptions()
    offset = 0
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            try:
                yield _jsonl_article(raw, number, start, path, shown_as or path.name, options)
            except _Skip as skip:
                if problems is None:
                    raise InputError(str(skip.problem)) from None
                problems.append(skip.problem)


def _inside(path: Path, folder: Path) -> bool:
    """Whether a path, with symbolic links resolved, lies inside a folder."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def expand_paths(paths: Iterable[str | Path], problems: list[Problem] | None = None) -> list[tuple[Path, str]]:
    """Input files, each with the name recorded for it: the path inside a given folder, or the file name.

    Recorded names do not depend on the working directory, so datasets are reproducible anywhere.
    Files reached through links that lead outside a given folder are not read.
    """
    files: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file()):
                if _inside(found, path):
                    files.append((found, found.relative_to(path).as_posix()))
                elif problems is not None:
                    problems.append(Problem(path=str(found), kind="outside",
                                            message="links outside the input folder; not read"))
                else:
                    raise InputError(f"{found}: links outside the input folder; not read")
        elif path.is_file():
            if path.suffix not in SUFFIXES:
                raise InputError(f"{path}: unsupported input type {path.suffix!r}; expected .txt or .jsonl")
            files.append((path, path.name))
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def read_articles(paths: Iterable[str | Path], *, published: dt.date | None = None,
                  problems: list[Problem] | None = None, options: ReadOptions | None = None) -> Iterator[Article]:
    """Articles from files and folders, in path order, as a stream.

    `published` applies to plain .txt files.  Without `problems` the first unreadable input raises
    InputError; with a list, each one is appended to it (file, line, field, reason) and reading goes on.
    A later article with an id already seen is skipped, naming both places.
    """
    options = options or ReadOptions(published=published)
    if published is not None and options.published is None:
        options = attrs.evolve(options, published=published)
    seen: dict[str, str] = {}

    def report(problem: Problem) -> None:
        if problems is None:
            raise InputError(str(problem))
        problems.append(problem)

    for path, shown_as in expand_paths(paths, problems):
        if path.suffix == ".txt":
            try:
                articles: Iterable[Article] = [read_txt(path, shown_as=shown_as, options=options)]
            except _Skip as skip:
                report(skip.problem)
                continue
            except OSError as exc:
                report(Problem(path=str(path), kind="unreadable", message=os.strerror(exc.errno or 0) or str(exc)))
                continue
        else:
            articles = read_jsonl(path, shown_as=shown_as, options=options, problems=problems)
        for article in articles:
            where = f"{path}" + (f":{article.source_line}" if article.source_line else "")
            if article.article_id in seen:
                report(Problem(path=str(path), line=article.source_line, field="id", kind="duplicate",
                               message=f"duplicate article id {article.article_id!r} (first in {seen[article.article_id]})"))
                continue
            seen[article.article_id] = where
            yield article
