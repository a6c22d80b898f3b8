"""Literal words a regular expression cannot match without: a cheap test that lets a rule be skipped."""
from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (the standard library's regex parser, stable since 3.11)
from re import _parser as sre_parse

MIN_LITERAL = 4


def required_literals(pattern: str | re.Pattern[str], flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings of which every match (with its lookaheads) contains one, or None if unknown."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    found = _sequence(list(sre_parse.parse(pattern, flags)))
    return frozenset(found) if found else None


def _sequence(items: list) -> set[str] | None:
    """The smallest guaranteed literal set among the mandatory parts of a sequence."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= MIN_LITERAL:
            candidates.append({"".join(run).lower()})
        run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        guaranteed = _node(op, av)
        if guaranteed:
            candidates.append(guaranteed)
    flush()
    if not candidates:
        return None
    return min(candidates, key=lambda s: (len(s), -min(len(x) for x in s)))


def _node(op, av) -> set[str] | None:
    """Guaranteed literals of one parsed node."""
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            part = _sequence(list(branch))
            if not part:
                return None
            union |= part
        return union
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
        return _sequence(list(av[2])) if av[0] >= 1 else None
    if op is C.ASSERT and av[0] == 1:  # a lookahead's words are in the text too
        return _sequence(list(av[1]))
    return None
