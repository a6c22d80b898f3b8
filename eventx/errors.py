"""Numbered, searchable error types raised by eventx."""
from __future__ import annotations


class EventxError(Exception):
    """Base class of the errors eventx raises on bad input or bad records."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class InputError(EventxError):
    """An input file or record cannot be read (names the file, line and field)."""

    code = "E101"


class ValidationError(EventxError):
    """A record does not match its JSON Schema (names the record and the field path)."""

    code = "E201"


class SchemaMismatchError(EventxError):
    """A Parquet file's Arrow schema differs from the one derived from the JSON Schemas."""

    code = "E202"


class RuleError(EventxError):
    """A rule file is malformed (names the file and the rule id)."""

    code = "E301"
