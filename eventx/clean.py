"""Boilerplate marking: spans that yield no mentions, found without rewriting the text."""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from typing import Iterable

from . import segment
from .prefilter import LiteralScanner, plain_literals, lower_is_exact
from .records import Span
from .rulefiles import load_rules

_END_PUNCT = re.compile(r"[.!?:;\"”’')\]]\s*$")
_NUMBERED_HEADLINE = re.compile(r"^\d{1,2}\s*[A-Z]")


@functools.cache
def _rules() -> dict:
    """The boilerplate rule file with its patterns compiled (and the words a line rule cannot match without)."""
    data = load_rules("boilerplate_en")
    for group in ("line", "inline"):
        for rule in data[group]:
            rule["regex"] = re.compile(rule["pattern"], re.I | re.M)
            rule["literals"] = plain_literals(rule["regex"])
    return data


@functools.cache
def _line_literals() -> LiteralScanner:
    """Finds the required words of all line rules in one pass."""
    return LiteralScanner(w for rule in _rules()["line"] if rule["literals"] is not None for w in rule["literals"])


def line_kind(line: str) -> str | None:
    """Boilerplate kind of a whole line, or None for body text."""
    lower = line.lower()
    present = _line_literals().present(lower) if lower_is_exact(line, lower) else None
    for rule in _rules()["line"]:
        if present is not None and rule["literals"] is not None and rule["literals"].isdisjoint(present):
            continue  # none of the words the rule needs is in the line
        if rule["regex"].search(line):
            return rule["kind"]
    return None


def _is_short_unpunctuated(line: str) -> bool:
    """A headline-like line: few words and no sentence-final punctuation."""
    words = line.split()
    return 0 < len(words) <= _rules()["tail"]["max_words"] and not _END_PUNCT.search(line)


def _tail_spans(text: str, lines: list[Span], kinds: list[str | None]) -> list[Span]:
    """Related-story blocks: after a header line late in the text, or a trailing run of headlines."""
    tail = _rules()["tail"]
    spans: list[Span] = []
    cutoff = len(text) * tail["header_after_fraction"]
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if kind == "related_header" and line.start >= cutoff:
            spans.extend(Span(start=l.start, end=l.end, label="related_list") for l in lines[i:])
            return spans
    run: list[Span] = []
    for line, kind in zip(reversed(lines), reversed(kinds)):
        body = text[line.start:line.end]
        if kind is not None or _is_short_unpunctuated(body) or _NUMBERED_HEADLINE.match(body):
            run.append(line)
            continue
        break
    headline_like = [l for l in run if line_kind(text[l.start:l.end]) is None]
    if len(headline_like) >= tail["min_run"]:
        spans.extend(Span(start=l.start, end=l.end, label="related_list") for l in run)
    return spans


_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")


def _normalised(text: str) -> str:
    """Letters and digits only, lower-cased: for comparing repeated sentences."""
    if not text.isascii():  # NFKC leaves ASCII as it is
        text = unicodedata.normalize("NFKC", text)
    return _NOT_ASCII_ALNUM.sub("", text.lower())


def _repeat_spans(text: str, sentences: list[Span]) -> list[Span]:
    """Earlier copies of sentences repeated later (a lede, dek or caption printed twice).

    Candidates are found through the first and last 24 normalised characters, so the check stays
    linear in the number of sentences.
    """
    repeat = _rules()["repeat"]
    keys = [_normalised(text[s.start:s.end]) for s in sentences]
    by_edge: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if len(key) >= repeat["min_chars"]:
            for edge in (key[:24], key[-24:]):
                by_edge.setdefault(edge, []).append(i)
    spans = []
    for i, key in enumerate(keys):
        if len(key) < repeat["min_chars"]:
            continue
        later = {j for edge in (key[:24], key[-24:]) for j in by_edge.get(edge, ()) if j > i}
        for j in sorted(later):
            shorter, longer = sorted((key, keys[j]), key=len)
            if shorter in longer and len(shorter) >= repeat["min_ratio"] * len(longer):
                spans.append(Span(start=sentences[i].start, end=sentences[i].end, label="repeat"))
                break
    return spans


def boilerplate_spans(text: str) -> list[Span]:
    """Spans of text that are boilerplate, labelled with their kind, sorted and merged."""
    lines = segment.paragraphs(text)
    kinds = [line_kind(text[l.start:l.end]) for l in lines]
    spans = [Span(start=l.start, end=l.end, label=k) for l, k in zip(lines, kinds) if k and k != "related_header"]
    spans += [Span(start=l.start, end=l.end, label="related_list")
              for l, k in zip(lines, kinds) if k == "related_header"]
    spans += _tail_spans(text, lines, kinds)
    for rule in _rules()["inline"]:
        for line in lines:
            for m in rule["regex"].finditer(text, line.start, line.end):
                spans.append(Span(start=m.start(), end=m.end(), label=rule["kind"]))
    excluded = _merge(spans)
    index = SpanIndex(excluded)
    body_sentences = [s for l in lines for s in segment.sentences(text, l.start, l.end)
                      if not covered(index, s.start, s.end)]
    return _merge(excluded + _repeat_spans(text, body_sentences))


def _merge(spans: list[Span]) -> list[Span]:
    """Sort spans and drop exact duplicates and spans inside another one (a specific kind wins a tie)."""
    out: list[Span] = []
    for span in sorted(set(spans), key=lambda s: (s.start, -s.end, s.label == "related_list", s.label)):
        if out and span.start >= out[-1].start and span.end <= out[-1].end:
            continue
        out.append(span)
    return out


class SpanIndex:
    """The union of some spans, answering "is this offset inside?" and "how much is covered?" by bisection."""

    def __init__(self, spans: Iterable[Span]) -> None:
        merged: list[list[int]] = []
        for span in sorted(spans, key=lambda s: (s.start, s.end)):
            if merged and span.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], span.end)
            else:
                merged.append([span.start, span.end])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def contains(self, offset: int) -> bool:
        """Whether the offset lies inside a span."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]

    def overlap(self, start: int, end: int) -> int:
        """How many characters of [start, end) the spans cover."""
        total, i = 0, max(0, bisect.bisect_right(self.starts, start) - 1)
        while i < len(self.starts) and self.starts[i] < end:
            total += max(0, min(end, self.ends[i]) - max(start, self.starts[i]))
            i += 1
        return total


def covered(spans: list[Span] | SpanIndex, start: int, end: int, fraction: float = 0.5) -> bool:
    """Whether more than `fraction` of text[start:end] lies inside the spans."""
    if end <= start:
        return False
    index = spans if isinstance(spans, SpanIndex) else SpanIndex(spans)
    return index.overlap(start, end) > fraction * (end - start)
