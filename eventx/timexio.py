"""Tagging a JSONL corpus with temporal expressions, in the TempEval scorer's format."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from .errors import InputError
from .timex import find_timexes


def timex_record(doc_id: str, text: str, dct: dt.date | None) -> dict:
    """One output line: the document id and its temporal expressions."""
    return {"doc_id": doc_id, "timexes": [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        for t in find_timexes(text, dct)]}


def tag_corpus(corpus: Path, output: Path) -> int:
    """Tag every document of a {doc_id, dct, text} JSONL corpus; write the output atomically."""
    temporary = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    count = 0
    try:
        with corpus.open(encoding="utf-8") as src, temporary.open("w", encoding="utf-8") as dst:
            for number, line in enumerate(src, start=1):
                if not line.strip():
                    continue
                where = f"{corpus}:{number}"
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{where}: not valid JSON: {exc.msg}") from exc
                if not isinstance(doc.get("text"), str) or "doc_id" not in doc:
                    raise InputError(f"{where}: fields 'doc_id' and 'text' are required")
                try:
                    dct = dt.date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
                except ValueError as exc:
                    raise InputError(f"{where}: field 'dct' is not an ISO date: {doc['dct']!r}") from exc
                dst.write(json.dumps(timex_record(str(doc["doc_id"]), doc["text"], dct), ensure_ascii=False) + "\n")
                count += 1
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)
    return count
