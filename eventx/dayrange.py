"""Two days joined as a range ("from Monday to Wednesday", "between Friday and Sunday") as one run."""
from __future__ import annotations

import functools
import re

import attrs

from .records import Timex
from .rulefiles import load_rules


@attrs.frozen
class _RangeGrammar:
    """The compiled [day_range] cues of grammar_en.toml."""

    join: re.Pattern[str]
    between_join: re.Pattern[str]
    between_before: re.Pattern[str]
    reschedule_before: re.Pattern[str]
    max_days: int


@functools.cache
def _grammar() -> _RangeGrammar:
    """The range cues, compiled once."""
    rules = load_rules("grammar_en")["day_range"]
    return _RangeGrammar(*(re.compile(rules[key], re.I) for key in
                           ("join", "between_join", "between_before", "reschedule_before")), int(rules["max_days"]))


def _is_one_day(t: Timex) -> bool:
    """Whether an expression is resolved to a single day."""
    return t.precision == "day" and t.date_start is not None and t.date_start == t.date_end


def joined_as_range(text: str, first: Timex, second: Timex) -> bool:
    """Whether two single-day expressions, `first` before `second`, are joined as a range: a dash or `to`,
    `through`, `until` between them, or `and` after `between`; not a day moved to another."""
    if not (_is_one_day(first) and _is_one_day(second) and first.end <= second.start):
        return False
    g = _grammar()
    before = text[max(0, first.start - 120):first.start]
    if g.reschedule_before.search(before):
        return False
    return g.join.fullmatch(text, first.end, second.start) is not None or (
        g.between_join.fullmatch(text, first.end, second.start) is not None
        and g.between_before.search(before) is not None)


def join_day_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """The expressions with each range of two days replaced by one expression of the run it names,
    when the second day follows the first by at most the grammar's max_days."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        first = timexes[i]
        second = timexes[i + 1] if i + 1 < len(timexes) else None
        if second is not None and joined_as_range(text, first, second) \
                and 0 < (second.date_start - first.date_start).days <= _grammar().max_days:
            out.append(attrs.evolve(first, end=second.end, text=text[first.start:second.end], type="DATE",
                                    value=f"{first.date_start.isoformat()}/{second.date_start.isoformat()}",
                                    rule_id="day_range", date_end=second.date_end, tense=first.tense or second.tense))
            i += 2
        else:
            out.append(first)
            i += 1
    return out
