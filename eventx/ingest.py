"""Reading articles from .txt files, .jsonl corpora and folders of them, reporting what cannot be read."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Iterable, Iterator

import attrs

from .errors import InputError
from .records import Article

SUFFIXES = (".txt", ".jsonl", ".parquet", ".html", ".htm")
FIELDS = ("id", "text", "published", "url", "title", "outlet")
PARQUET_BATCH_ROWS = 512
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
    columns: dict[str, str] = attrs.field(factory=dict, validator=attrs.validators.deep_mapping(
        key_validator=attrs.validators.in_(FIELDS), value_validator=attrs.validators.instance_of(str)))

    def column(self, field: str) -> str:
        """The name a field has in the user's JSONL or Parquet corpus."""
        return self.columns.get(field, field)


def parse_columns(spec: str) -> dict[str, str]:
    """`id=doc_id,text=body` -> {"id": "doc_id", "text": "body"}; InputError naming a bad part."""
    columns = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        field, sep, name = part.partition("=")
        if not sep or field.strip() not in FIELDS or not name.strip():
            raise InputError(f"--columns: {part!r} is not FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}")
        columns[field.strip()] = name.strip()
    return columns


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
    """A publication date from metadata: an ISO date or date-time string (or a date), or null; InputError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        date = value.date() if isinstance(value, dt.datetime) else value
        if latest is not None and date > latest:
            raise InputError(f"{where}: field 'published' is in the future: {date} (later than {latest})")
        return date
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


def read_html(path: Path, *, shown_as: str | None = None, options: ReadOptions | None = None) -> Article:
    """One article from a saved HTML page (needs the html extra); its id is the file name without extension."""
    from .htmlpage import article_from_html

    options = options or ReadOptions()
    size = path.stat().st_size
    if size > options.max_bytes:
        raise _Skip(Problem(path=str(path), kind="too_large",
                            message=f"{size:,} bytes, over the limit of {options.max_bytes:,} (--max-article-bytes)"))
    html = _decode(path.read_bytes(), options, path=str(path))
    article = article_from_html(html, path.stem, source_path=shown_as or path.name, published=options.published)
    if article is None:
        raise _Skip(Problem(path=str(path), kind="empty", message="no article body found in the HTML page"))
    return article


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
    return _record_article(record, number, where, shown_as, options)


def _record_article(record: dict, number: int, where: str, shown_as: str, options: ReadOptions) -> Article:
    """One article from a JSONL object or a Parquet row (fields named through options.columns)."""
    value = {field: record.get(options.column(field)) for field in FIELDS}
    for field in ("id", "text"):
        if not isinstance(value[field], str) or (field == "id" and not value[field].strip()):
            raise _Skip(Problem(path=where, line=number, field=options.column(field), kind="field",
                                message="missing or not a non-empty string"))
    if len(value["text"].encode("utf-8")) > options.max_bytes:
        raise _Skip(Problem(path=where, line=number, kind="too_large", field=options.column("text"),
                            message=f"text over the limit of {options.max_bytes:,} bytes"))
    for field in ("url", "title", "outlet"):
        if value[field] is not None and not isinstance(value[field], str):
            raise _Skip(Problem(path=where, line=number, field=options.column(field), kind="field",
                                message="must be a string"))
    _check_text(value["text"], path=where, line=number)
    try:
        published = parse_published(value["published"], where=f"{where}:{number}", latest=options.latest_published)
    except InputError as exc:
        raise _Skip(Problem(path=where, line=number, field=options.column("published"), kind="date",
                            message=str(exc).split("field 'published' ", 1)[-1])) from exc
    return Article(article_id=value["id"], text=value["text"], published=published, url=value["url"],
                   title=value["title"], outlet=value["outlet"], source_path=shown_as, source_line=number)


def read_parquet(path: Path, *, shown_as: str | None = None, options: ReadOptions | None = None,
                 problems: list[Problem] | None = None) -> Iterator[Article]:
    """Articles from a Parquet corpus (one row an article), read in batches, as a stream; rows count from 1."""
    import pyarrow.parquet as pq

    options = options or ReadOptions()
    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for files that are not Parquet
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from exc
    available = parquet.schema_arrow.names
    missing = [options.column(f) for f in ("id", "text") if options.column(f) not in available]
    if missing:
        raise InputError(f"{path}: no column {' or '.join(map(repr, missing))}; the file has "
                         f"{', '.join(available)} (map them with --columns id=COLUMN,text=COLUMN)")
    wanted = [options.column(f) for f in FIELDS if options.column(f) in available]
    number = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=wanted):
        for record in batch.to_pylist():
            number += 1
            try:
                yield _record_article(record, number, str(path), shown_as or path.name, options)
            except _Skip as skip:
                if problems is None:
                    raise InputError(str(skip.problem)) from None
                problems.append(skip.problem)


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
                raise InputError(f"{path}: unsupported input type {path.suffix!r}; expected one of "
                                 f"{', '.join(SUFFIXES)}")
            files.append((path, path.name))
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


class _SeenIds:
    """The article ids read so far and where each was first read, in about 100 bytes an id.

    Ids are kept as 128-bit digests (a false duplicate is out of reach) and places as a file number
    and line packed into one integer, so the index of a corpus of millions of articles stays small.
    """

    def __init__(self) -> None:
        self.places: dict[int, int] = {}
        self.files: list[str] = []
        self.file_numbers: dict[str, int] = {}

    @staticmethod
    def _key(article_id: str) -> int:
        """The digest an id is kept as."""
        return int.from_bytes(hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=16).digest(),
                              "big")

    def first(self, article_id: str) -> str | None:
        """Where the id was first read ("file:line"), or None when it is new."""
        place = self.places.get(self._key(article_id))
        if place is None:
            return None
        path, line = self.files[place >> 40], place & ((1 << 40) - 1)
        return path + (f":{line}" if line else "")

    def add(self, article_id: str, path: str, line: int | None) -> None:
        """Record an id and where it was read."""
        number = self.file_numbers.setdefault(path, len(self.files))
        if number == len(self.files):
            self.files.append(path)
        self.places[self._key(article_id)] = number << 40 | (line or 0)


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
    seen = _SeenIds()

    def report(problem: Problem) -> None:
        if problems is None:
            raise InputError(str(problem))
        problems.append(problem)

    for path, shown_as in expand_paths(paths, problems):
        if path.suffix in (".txt", ".html", ".htm"):
            reader = read_txt if path.suffix == ".txt" else read_html
            try:
                articles: Iterable[Article] = [reader(path, shown_as=shown_as, options=options)]
            except _Skip as skip:
                report(skip.problem)
                continue
            except OSError as exc:
                report(Problem(path=str(path), kind="unreadable", message=os.strerror(exc.errno or 0) or str(exc)))
                continue
        elif path.suffix == ".parquet":
            articles = read_parquet(path, shown_as=shown_as, options=options, problems=problems)
        else:
            articles = read_jsonl(path, shown_as=shown_as, options=options, problems=problems)
        for article in articles:
            first = seen.first(article.article_id)
            if first is not None:
                report(Problem(path=str(path), line=article.source_line, field="id", kind="duplicate",
                               message=f"duplicate article id {article.article_id!r} (first in {first})"))
                continue
            seen.add(article.article_id, str(path), article.source_line)
            yield article
