"""Tagging a JSONL corpus with temporal expressions, in the TempEval scorer's format."""
from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
from pathlib import Path
from typing import Callable

from .anchor import printed_anchor
from .errors import InputError
from .records import Timex
from .timex import find_timexes

# A range written with a word between its ends ("from 1991 to 1997", "April 24 and 25") is two TIMEX3
# expressions in TimeML, which has no interval values; eventx keeps it as one interval for dating
# events and splits it only here.  So is a range of years joined by a bare dash ("1991-97", "1889–1961"),
# as every held-out set's annotator tags it; a range of days ("March 3-5") stays one token.
_RANGE_JOIN = re.compile(r"\s+(?:to|through|thru|until|till|and)\s+|\s+[-–—]\s+", re.I)
_RANGE_OPEN = re.compile(r"(?:from|between)\s+", re.I)
_YEAR_RANGE = re.compile(r"(?P<first>\d{4})(?P<dash>[-–—])(?P<second>\d{2}|\d{4})")


def _tempeval_items(t: Timex) -> list[dict]:
    """The TempEval items for one timex: two for a range with a word between its ends or for a range of
    years, else one."""
    item = {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
    parts = t.value.split("/")
    years = _YEAR_RANGE.fullmatch(t.text) if len(parts) == 2 and t.type == "DATE" else None
    if years is not None and all(re.fullmatch(r"\d{4}", p) for p in parts):
        return [{"start": t.start, "end": t.start + years.end("first"), "text": years.group("first"), "type": "DATE",
                 "value": parts[0]},
                {"start": t.start + years.start("second"), "end": t.end, "text": years.group("second"),
                 "type": "DATE", "value": parts[1]}]
    join = _RANGE_JOIN.search(t.text) if len(parts) == 2 and t.type == "DATE" else None
    if join is None or "X" in t.value:
        return [item]
    opener = _RANGE_OPEN.match(t.text)
    first_start = opener.end() if opener else 0
    if first_start >= join.start():
        return [item]
    return [{"start": t.start + first_start, "end": t.start + join.start(), "text": t.text[first_start:join.start()],
             "type": t.type, "value": parts[0]},
            {"start": t.start + join.end(), "end": t.end, "text": t.text[join.end():], "type": t.type,
             "value": parts[1]}]


def timex_record(doc_id: str, text: str, dct: dt.date | None) -> dict:
    """One output line: the document id and its temporal expressions.

    Without a document date, the date the text prints (a dated first line or byline, a dateline with
    the year the text gives) anchors it; a text that prints none is read as a narrative, whose
    yearless dates take the year it last named.
    """
    if dct is None:
        printed = printed_anchor(text)
        dct = printed.date if printed is not None else None
    return {"doc_id": doc_id, "timexes": [item for t in find_timexes(text, dct) for item in _tempeval_items(t)]}


# Documents a worker tags at a time with --jobs.
_CHUNK_DOCUMENTS = 64


def _output_line(where: str, line: str) -> str:
    """The output line of one input line of the corpus (`where` is its file and line number, for errors)."""
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON: {exc.msg}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str) or "doc_id" not in doc:
        raise InputError(f"{where}: fields 'doc_id' and 'text' are required")
    try:
        dct = dt.date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
    except (TypeError, ValueError) as exc:
        raise InputError(f"{where}: field 'dct' is not an ISO date: {doc['dct']!r}") from exc
    return json.dumps(timex_record(str(doc["doc_id"]), doc["text"], dct), ensure_ascii=False) + "\n"


def _tag_lines(corpus: str, lines: list[tuple[int, str]]) -> tuple[list[str], str | None]:
    """The output lines of some numbered input lines, up to the first bad one, and that one's error message."""
    out = []
    for number, line in lines:
        try:
            out.append(_output_line(f"{corpus}:{number}", line))
        except InputError as exc:
            return out, str(exc).removeprefix(f"[{InputError.code}] ")
    return out, None


def tag_corpus(corpus: Path, output: Path, *, jobs: int = 1, progress: Callable[[int], None] | None = None) -> int:
    """Tag every document of a {doc_id, dct, text} JSONL corpus; write the output atomically.

    `jobs` worker processes tag chunks of documents (0: one per core); the output is the same for any
    number. `progress` is called with the number of documents tagged so far after each chunk. On a bad
    line nothing is written and InputError names the file, line and field.
    """
    from .runner import map_chunks, resolve_jobs

    temporary = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    count = 0
    try:
        with corpus.open(encoding="utf-8") as src, temporary.open("w", encoding="utf-8") as dst:
            numbered = ((number, line) for number, line in enumerate(src, start=1) if line.strip())
            work = functools.partial(_tag_lines, str(corpus))
            for lines, error in map_chunks(work, numbered, resolve_jobs(jobs), _CHUNK_DOCUMENTS):
                dst.writelines(lines)
                count += len(lines)
                if error is not None:
                    raise InputError(error)
                if progress is not None:
                    progress(count)
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)
    return count
