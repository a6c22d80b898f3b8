"""Literal words a regular expression cannot match without, or must start with: cheap tests that let a rule
be skipped, or be tried only where a match can start, without changing what it finds."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as C  # noqa: N812  (the standard library's regex parser, stable since 3.11)
from re import _parser as sre_parse

MIN_LITERAL = 4


def required_literals(pattern: str | re.Pattern[str], flags: int = 0, *,
                      min_length: int = MIN_LITERAL) -> frozenset[str] | None:
    """Lower-case strings of which every match (with its lookaheads) contains one, or None if unknown.

    Runs of literal characters shorter than `min_length` are not used.
    """
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    found = _sequence(list(sre_parse.parse(pattern, flags)), min_length)
    return frozenset(found) if found else None


def _sequence(items: list, min_length: int = MIN_LITERAL) -> set[str] | None:
    """The smallest guaranteed literal set among the mandatory parts of a sequence."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run and len(run) >= min_length:
            candidates.append({"".join(run).lower()})
        run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        guaranteed = _node(op, av, min_length)
        if guaranteed:
            candidates.append(guaranteed)
    flush()
    if not candidates:
        return None
    return min(candidates, key=lambda s: (len(s), -min(len(x) for x in s)))


def _node(op, av, min_length: int = MIN_LITERAL) -> set[str] | None:
    """Guaranteed literals of one parsed node."""
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]), min_length)
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            part = _sequence(list(branch), min_length)
            if not part:
                return None
            union |= part
        return union
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
        return _sequence(list(av[2]), min_length) if av[0] >= 1 else None
    if op is C.ASSERT and av[0] == 1:  # a lookahead's words are in the text too
        return _sequence(list(av[1]), min_length)
    return None


# Leading literals: strings one of which every match starts with, so that a pattern need only be tried where
# one of them occurs. Only ASCII characters (and punctuation that only matches itself) are used: for those,
# str.lower() of a text agrees with how a pattern (case-sensitive or IGNORECASE) compares characters, except
# for three letters checked by `lower_is_exact`.
MIN_LEADING = 3
_MAX_PREFIXES = 64
# Letters IGNORECASE equates with an ASCII letter that str.lower() leaves apart: dotless i and long s
# (dotted capital I lower-cases to two characters, which changes the length).
_ODD_FOLDS = ("\u0131", "\u017f")


def lower_is_exact(text: str, lower: str) -> bool:
    """Whether `lower` (text.lower()) lines up with the text character by character and lets a lower-case
    plain literal (ASCII, or punctuation that only matches itself) stand for every way a pattern can match it."""
    return len(lower) == len(text) and not any(ch in lower for ch in _ODD_FOLDS)


def leading_literals(pattern: str | re.Pattern[str], flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings (ASCII or plain punctuation, MIN_LEADING characters or more) one of which every
    match starts with, or None if unknown."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    found = _prefixes(list(sre_parse.parse(pattern, flags)))[0]
    if not found or min(len(p) for p in found) < MIN_LEADING:
        return None
    return frozenset(found)


def _zero_width(op, av) -> bool:
    """Whether a parsed node never consumes a character (assertions, anchors, empty groups)."""
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return True
    if op is C.SUBPATTERN:
        return av[-1].getwidth()[1] == 0
    if op is C.BRANCH:
        return all(branch.getwidth()[1] == 0 for branch in av[1])
    return False


# Typographic punctuation that only matches itself, with or without IGNORECASE (checked over all code points).
_UNCASED = frozenset(map(ord, "’‘“”–—©"))


def _plain(code: int) -> bool:
    """Whether a pattern character is ASCII or punctuation that only matches itself."""
    return code < 128 or code in _UNCASED


def _chars(op, av) -> set[str] | None:
    """The lower-cased characters a single-character node can match, if it is one of plain characters."""
    if op is C.LITERAL and _plain(av):
        return {chr(av).lower()}
    if op is C.IN and all(o is C.LITERAL and _plain(a) for o, a in av):
        return {chr(a).lower() for _, a in av}
    return None


def _node_prefixes(op, av) -> tuple[set[str], bool]:
    """Beginnings of what one parsed node matches, and whether they are all of it (complete)."""
    chars = _chars(op, av)
    if chars is not None:
        return chars, True
    if op is C.SUBPATTERN:
        return _prefixes(list(av[-1]))
    if op is C.BRANCH:
        union: set[str] = set()
        complete = True
        for branch in av[1]:
            part, whole = _prefixes(list(branch))
            union |= part
            complete = complete and whole
        return union, complete
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
        part, whole = _prefixes(list(av[2]))
        return part, whole and av[0] == av[1] == 1
    return {""}, False


def _prefixes(items: list) -> tuple[set[str], bool]:
    """Beginnings of every match of a sequence (skipping zero-width nodes), and whether they are complete."""
    i = 0
    while i < len(items) and _zero_width(*items[i]):
        i += 1
    if i == len(items):
        return {""}, True
    op, av = items[i]
    rest = items[i + 1:]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0:
        # an optional part: a match starts with it, or with what follows it
        body, body_whole = _prefixes(list(av[2]))
        after, after_whole = _prefixes(rest)
        if av[1] == 1 and body_whole and len(body) * len(after) <= _MAX_PREFIXES:
            return {b + a for b in body for a in after} | after, after_whole
        return body | after, False
    part, whole = _node_prefixes(op, av)
    if not whole:
        return part, False
    after, after_whole = _prefixes(rest)
    if len(part) * len(after) > _MAX_PREFIXES:
        return part, False
    return {p + a for p in part for a in after}, after_whole


def starts_scanner(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern finding, in lower-cased text, every position where a match of `pattern` may start."""
    from .rulefiles import trie_alternation

    leading = leading_literals(pattern)
    return None if leading is None else re.compile("(?=" + trie_alternation(leading) + ")")


def finditer_from(regex: re.Pattern[str], starts: re.Pattern[str] | None, text: str, start: int, end: int,
                  lower: str | None) -> Iterator[re.Match[str]]:
    """regex.finditer(text, start, end), trying the pattern only where `starts` finds in `lower` that a match
    may start; `lower` is text[start:end].lower() if lower_is_exact holds for it, else None (try everywhere)."""
    if starts is None or lower is None:
        return regex.finditer(text, start, end)
    return matches_at(regex, text, start, end, (m.start() for m in starts.finditer(lower)))


def matches_at(regex: re.Pattern[str], text: str, start: int, end: int,
               offsets: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches regex.finditer(text, start, end) gives, when every match starts at one of the ascending
    `offsets` (relative to `start`): the first match at or after the end of the previous one. Every match
    consumes characters (it starts with a leading literal), so none is empty."""
    pos = start
    for offset in offsets:
        at = start + offset
        if at < pos:
            continue
        m = regex.match(text, at, end)
        if m is not None:
            yield m
            pos = m.end()


class LiteralScanner:
    """Which of some lower-case strings occur in a lower-cased text, and where, found in one pass: a lookahead
    trie gives the longest string starting at each position, and the strings it starts with start there too."""

    def __init__(self, literals: Iterable[str]) -> None:
        from .rulefiles import trie_alternation

        words = {w for w in literals if w}
        self._pattern = re.compile("(?=(" + trie_alternation(words) + "))") if words else None
        self.prefixes = {w: frozenset(p for p in words if w.startswith(p)) for w in words}

    def longest(self, lower: str) -> list[tuple[int, str]]:
        """(offset, longest string starting there) for every offset where one of the strings starts."""
        if self._pattern is None:
            return []
        return [(m.start(), m.group(1)) for m in self._pattern.finditer(lower)]

    def present(self, lower: str) -> set[str]:
        """The strings that occur in `lower`."""
        found: set[str] = set()
        if self._pattern is not None:
            for word in set(self._pattern.findall(lower)):
                found |= self.prefixes[word]
        return found


def plain_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Required literals (of any length, if need be) made of plain characters only, so that lower_is_exact makes
    the test exact; None if there are none."""
    for min_length in (MIN_LITERAL, 1):
        literals = required_literals(pattern, min_length=min_length)
        if literals is not None:
            return literals if all(_plain(ord(ch)) for w in literals for ch in w) else None
    return None
