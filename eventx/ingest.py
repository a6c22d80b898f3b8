"""Reading articles from .txt files, .jsonl corpora and folders of them."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError
from .records import Article

SUFFIXES = (".txt", ".jsonl")
JSONL_FIELDS = ("id", "text", "published", "url", "title", "outlet")


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 text exactly as stored (no newline translation); errors name the byte offset."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: invalid UTF-8 at byte {exc.start}") from exc
    return text[1:] if text.startswith("\ufeff") else text


def parse_published(value: object, *, where: str) -> dt.date | None:
    """A publication date from metadata: ISO date or date-time string, or null."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: field 'published' must be an ISO date string, got {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise InputError(f"{where}: field 'published' is not an ISO date: {value!r}") from exc


def _first_line(text: str) -> str | None:
    """The first non-empty line, used as the title of a plain-text article."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None


def read_txt(path: Path, published: dt.date | None = None, *, shown_as: str | None = None) -> Article:
    """One article from a .txt file; its id is the file name without extension."""
    text = _decode(path, path.read_bytes())
    return Article(article_id=path.stem, text=text, published=published, title=_first_line(text),
                   source_path=shown_as or path.name)


def read_jsonl(path: Path, *, shown_as: str | None = None) -> Iterator[Article]:
    """Articles from a JSONL file, one object a line with id, text and optional metadata."""
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            where = f"{path}:{number}"
            line = _decode(Path(where), raw).strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: not valid JSON: {exc.msg} at column {exc.colno}") from exc
            if not isinstance(record, dict):
                raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
            for field in ("id", "text"):
                if not isinstance(record.get(field), str) or (field == "id" and not record[field]):
                    raise InputError(f"{where}: field {field!r} is missing or not a non-empty string")
            for field in ("url", "title", "outlet"):
                if record.get(field) is not None and not isinstance(record[field], str):
                    raise InputError(f"{where}: field {field!r} must be a string")
            yield Article(article_id=record["id"], text=record["text"],
                          published=parse_published(record.get("published"), where=where),
                          url=record.get("url"), title=record.get("title"), outlet=record.get("outlet"),
                          source_path=shown_as or path.name, source_line=number)


def expand_paths(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Input files, each with the name recorded for it: the path inside a given folder, or the file name.

    Recorded names do not depend on the working directory, so datasets are reproducible anywhere.
    """
    files: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
            files.extend((p, p.relative_to(path).as_posix()) for p in found)
        elif path.is_file():
            if path.suffix not in SUFFIXES:
                raise InputError(f"{path}: unsupported input type {path.suffix!r}; expected .txt or .jsonl")
            files.append((path, path.name))
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def read_articles(paths: Iterable[str | Path], *, published: dt.date | None = None) -> Iterator[Article]:
    """Articles from files and folders, in path order; `published` applies to plain .txt files.

    Duplicate article ids are an error naming both places.
    """
    seen: dict[str, str] = {}
    for path, shown_as in expand_paths(paths):
        articles = [read_txt(path, published, shown_as=shown_as)] if path.suffix == ".txt" \
            else read_jsonl(path, shown_as=shown_as)
        for article in articles:
            where = f"{path}" + (f":{article.source_line}" if article.source_line else "")
            if article.article_id in seen:
                raise InputError(f"{where}: duplicate article id {article.article_id!r} (first in {seen[article.article_id]})")
            seen[article.article_id] = where
            yield article
