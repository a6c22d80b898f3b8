"""Paragraphs, sentences and clauses with character offsets into the text as read."""
from __future__ import annotations

import functools
import re

from .records import Span
from .rulefiles import group_alternatives, load_rules

_PARAGRAPH = re.compile(r"[^\r\n]+")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and
# a capital, digit or opening quote.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


@functools.cache
def _abbreviations() -> frozenset[str]:
    """Tokens that end in a period without ending a sentence."""
    return frozenset(a.lower() for a in load_rules("grammar_en")["sentences"]["abbreviations"])


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Non-empty lines of text[start:end] as spans (a paragraph is a line in news text)."""
    return list(_paragraphs(text, start, len(text) if end is None else end))


# The boilerplate marking, the pipeline and the anchoring each split the same article.
@functools.lru_cache(maxsize=8)
def _paragraphs(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Non-empty lines of text[start:end], computed once per article."""
    spans = []
    for m in _PARAGRAPH.finditer(text, start, end):
        left, right = m.start(), m.end()
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        if right > left:
            spans.append(Span(start=left, end=right, label="paragraph"))
    return tuple(spans)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at `dot` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    left = dot
    while left > 0 and not text[left - 1].isspace() and text[left - 1] not in "(“\"'":
        left -= 1
    token = text[left:dot]
    if len(token) == 1 and token.isalpha():
        return True
    return token.lower() in _abbreviations()


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of one paragraph text[start:end], as spans."""
    return list(_sentences(text, start, end))


@functools.lru_cache(maxsize=512)
def _sentences(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Sentences of text[start:end], computed once per paragraph."""
    spans, left = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text, m.start()):
            continue
        spans.append(Span(start=left, end=m.end(), label="sentence"))
        left = m.end()
        while left < end and text[left].isspace():
            left += 1
    if left < end:
        spans.append(Span(start=left, end=end, label="sentence"))
    return tuple(spans)


@functools.cache
def _clause_boundary() -> re.Pattern[str]:
    """Compiled clause-boundary pattern: the marks, or a boundary word not excluded by its neighbours.

    Every word alternative starts with a word boundary and a letter, and the words that may not follow
    another are checked by lookbehinds after the word ("after" not after "shortly"), so the regex engine
    rejects most positions at the first character instead of testing each lookbehind everywhere.
    """
    clauses = load_rules("grammar_en")["clauses"]
    words = [re.escape(word) for word in clauses["boundary_words"]]
    for word, unless in clauses["boundary_unless"].items():
        behind = "".join(f"(?<!{re.escape(before)} {re.escape(word)})" for before in unless["not_after"])
        words.append(f"{re.escape(word)}\\b{behind}(?!{unless['not_before']})")
    return re.compile(f"{clauses['boundary_marks']}|\\b(?:{group_alternatives('|'.join(words))})\\b")


@functools.cache
def _joins_next() -> re.Pattern[str]:
    """Pattern for a temporal expression that belongs to the clause after it."""
    return re.compile(load_rules("grammar_en")["clauses"]["joins_next"])


_NONRESTRICTIVE = re.compile(r",\s*(?:who|which|whom|whose)\b")


def clause_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets where clauses begin in the sentence text[start:end] (the first is `start`).

    A non-restrictive relative clause (", who ... ,") ends at its closing comma.
    """
    return list(_clause_starts(text, start, end))


# The tagger and the trigger extraction both split each sentence; large enough for most articles.
@functools.lru_cache(maxsize=512)
def _clause_starts(text: str, start: int, end: int) -> tuple[int, ...]:
    """Sorted clause starts of text[start:end], computed once per sentence."""
    starts = {start} | {m.start() for m in _clause_boundary().finditer(text, start, end) if m.start() > start}
    for m in _NONRESTRICTIVE.finditer(text, start, end):
        close = text.find(",", m.end(), end)
        if close != -1:
            starts.add(close + 1)
    return tuple(sorted(starts))


def clause_index(starts: list[int], offset: int) -> int:
    """Index of the clause holding `offset`, given the clause starts of its sentence."""
    index = 0
    for i, s in enumerate(starts):
        if s <= offset:
            index = i
    return index


def expression_clause(text: str, starts: list[int], start: int, end: int) -> int:
    """Clause of a temporal expression, moving it forward when it heads a when-clause."""
    index = clause_index(starts, start)
    if _joins_next().match(text, end) and index + 1 < len(starts):
        return index + 1
    return index


@functools.cache
def _relative() -> tuple[re.Pattern[str], int]:
    """Pattern of a relative pronoun opening a clause, and how far after a trigger it may start."""
    clauses = load_rules("grammar_en")["clauses"]
    return re.compile(clauses["relative"]), clauses["relative_reach"]


@functools.cache
def _temporal() -> re.Pattern[str]:
    """Pattern of a restrictive temporal clause ("when ...") that may date the trigger before it."""
    return re.compile(load_rules("grammar_en")["clauses"]["temporal"])


@functools.cache
def _locating() -> re.Pattern[str]:
    """Pattern of a relative clause whose verb places its noun's event in time ("which begins on ...")."""
    return re.compile(load_rules("grammar_en")["clauses"]["locating"], re.I)


def next_clause_places_event(text: str, starts: list[int], clause: int) -> bool:
    """Whether the clause after `clause` opens with a verb that places its noun's event in time
    ("which begins on ..."); callers first check that it is a relative clause on the trigger."""
    return clause + 1 < len(starts) and bool(_locating().match(text[starts[clause + 1]:starts[clause + 1] + 80]))


@functools.cache
def _resumed() -> re.Pattern[str]:
    """Pattern of a clause that resumes the predicate of the noun before a relative clause between commas."""
    return re.compile(load_rules("grammar_en")["clauses"]["resumed"], re.I)


def predicate_resumes(text: str, starts: list[int], clause: int) -> bool:
    """Whether clause + 2 is the predicate of clause's noun after a relative clause between commas
    ("the plenum, which lasted four days, ended on Saturday")."""
    if clause + 2 >= len(starts):
        return False
    relative, after = starts[clause + 1], starts[clause + 2]
    return text[starts[clause]:relative].rstrip().endswith(",") and text[after - 1] == "," \
        and bool(_NONRESTRICTIVE.match(text, text.rfind(",", starts[clause], relative))) \
        and bool(_resumed().match(text[after:after + 80]))


def relative_clause_follows(text: str, starts: list[int], clause: int, trigger_end: int) -> bool:
    """Whether the clause after `clause` is a relative clause opening soon after the trigger."""
    if clause + 1 >= len(starts):
        return False
    pattern, reach = _relative()
    nxt = starts[clause + 1]
    if not 0 <= nxt - trigger_end <= reach:
        return False
    restrictive = not text[trigger_end:nxt].rstrip().endswith((",", ";"))
    return bool(pattern.match(text[nxt:nxt + 20])) or (restrictive and bool(_temporal().match(text[nxt:nxt + 20])))
