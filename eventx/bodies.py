"""Numbered bodies ("the 20th CPC Central Committee", "the 118th Congress") and the years their numbers stand for."""
from __future__ import annotations

import functools
import re
from typing import Any

import attrs

from .rulefiles import RuleError, compile_pattern, load_rules, trie_alternation

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}


def _ordinal_words() -> dict[str, int]:
    """Ordinal words from first to ninety-ninth, with their values ("twenty-first" and "twenty first")."""
    words = {word: i + 1 for i, word in enumerate(_UNITS)}
    words.update({word: i + 10 for i, word in enumerate(_TEENS)})
    for tens, value in _TENS.items():
        words[tens[:-1] + "ieth"] = value
        for i, unit in enumerate(_UNITS):
            words[f"{tens}-{unit}"] = words[f"{tens} {unit}"] = value + i + 1
    return words


ORDINAL_WORDS = _ordinal_words()
# a trie: the engine tests one letter at a time instead of every ordinal word at every position
_ORDINAL = r"(?P<n>\d{1,3}(?:st|nd|rd|th)\b|(?i:" + trie_alternation(ORDINAL_WORDS) + r")\b)"


def ordinal_value(token: str) -> int:
    """The number of an ordinal as written: "20th" -> 20, "Eighth" -> 8, "twenty-first" -> 21."""
    if token[0].isdigit():
        return int(token[:-2])
    return ORDINAL_WORDS[re.sub(r"\s+", " ", token.lower())]


@attrs.frozen
class Body:
    """A numbered body: how it is named, and the years each of its numbers came into being and ended."""

    id: str
    regexes: tuple[re.Pattern[str], ...]
    held: dict[int, int]
    term_years: int
    lowest: int = 1
    highest: int = 999
    term_of: str | None = None
    first: int | None = None
    every: int | None = None


@attrs.frozen
class BodyMention:
    """A numbered body named in a text, and the years it stands for (first inclusive, last inclusive)."""

    start: int
    end: int
    text: str
    body: str
    ordinal: int
    first_year: int
    last_year: int


def _body(entry: dict[str, Any], names: dict[str, str]) -> Body:
    """One body of the rule file, its patterns compiled."""
    where = f"bodies_en.toml {entry['id']}"
    if "held" not in entry and "term_of" not in entry and "every" not in entry:
        raise RuleError(f"{where}: a body needs `held`, `term_of` or `first` and `every`")
    sub = {**names, "n": _ORDINAL}
    regexes = tuple(compile_pattern(r"\b" + pattern + r"\b", sub, where=where) for pattern in entry["patterns"])
    lowest, highest = entry.get("ordinals", [1, 999])
    return Body(id=entry["id"], regexes=regexes, held={int(k): v for k, v in entry.get("held", {}).items()},
                term_years=entry.get("term_years", 5), lowest=lowest, highest=highest, term_of=entry.get("term_of"),
                first=entry.get("first"), every=entry.get("every"))


@functools.cache
def rules() -> dict[str, Any]:
    """The rule file as loaded."""
    return load_rules("bodies_en")


@functools.cache
def bodies() -> tuple[Body, ...]:
    """Every body of the rule file, compiled."""
    data = rules()
    return tuple(_body(entry, data["names"]) for entry in data["body"])


def _years(body: Body, n: int, by_id: dict[str, Body]) -> tuple[int, int] | None:
    """The years body number n stands for, or None when the rule file does not know it."""
    if not body.lowest <= n <= body.highest:
        return None
    if body.every is not None and body.first is not None:
        start = body.first + body.every * (n - 1)
        return start, start + body.term_years - 1
    source = by_id[body.term_of] if body.term_of else body
    if n not in source.held:
        return None
    start = source.held[n]
    following = source.held.get(n + 1)
    if body.term_of:  # a body elected at meeting n serves until meeting n + 1
        return start, following if following is not None else start + source.term_years
    return start, start


@functools.cache
def _hints() -> re.Pattern[str]:
    """Words one of which every body's name holds (the rule file's `hints`): a text without any names none."""
    return re.compile("|".join(rules()["hints"]))


def find_bodies(text: str) -> tuple[BodyMention, ...]:
    """The numbered bodies a text names whose years the rule file knows, in text order."""
    return _bodies_in(text) if _hints().search(text) else ()


@functools.lru_cache(maxsize=8)
def _bodies_in(text: str) -> tuple[BodyMention, ...]:
    """find_bodies, computed once for the article being anchored (the inference asks more than once)."""
    by_id = {body.id: body for body in bodies()}
    found: dict[tuple[int, str], BodyMention] = {}
    for body in bodies():
        for regex in body.regexes:
            for m in regex.finditer(text):
                n = ordinal_value(m.group("n"))
                years = _years(body, n, by_id)
                if years is not None and (m.start(), body.id) not in found:
                    found[m.start(), body.id] = BodyMention(start=m.start(), end=m.end(), text=m.group(0), body=body.id,
                                                            ordinal=n, first_year=years[0], last_year=years[1])
    return tuple(sorted(found.values(), key=lambda b: (b.start, b.end, b.body)))


def earliest_year(text: str) -> tuple[int, BodyMention] | None:
    """The earliest year a text can have been written in, from the numbered bodies it names.

    The latest body's first year, less the rule file's `lead_years` (a text may look ahead to the
    next congress); None when it names no body the rule file knows.
    """
    latest = max(find_bodies(text), key=lambda b: (b.first_year, -b.start), default=None)
    if latest is None:
        return None
    return latest.first_year - rules()["lead_years"], latest


@attrs.frozen
class Anniversary:
    """An anniversary of a known founding named in a text, and the year it falls in."""

    start: int
    end: int
    text: str
    founding: str
    ordinal: int
    year: int


# The word after a founded body's name must end its noun phrase ("the 75th anniversary of NATO on
# Tuesday", not "of the NATO summit"): punctuation, the end, or one of these words.
_PHRASE_END = (r"(?![\w’'-])(?!\s+(?!(?:in|on|at|and|with|this|last|next|was|is|were|will|has|had|by|to|for|as|"
               r"from|when|which|that|of|the|a|an|celebrations?|festivities|ceremony)\b)[A-Za-z])")
_COUNT = (r"(?:(?P<n>" + _ORDINAL[len("(?P<n>"):-1] + r")\s+(?i:founding\s+)?(?i:anniversary)"
          r"|(?P<centenary>(?i:(?:bi)?cent(?:enary|ennial))))")
# "the 75th anniversary of (the founding of) NAME", and "NAME's 75th anniversary"
_FOUNDING_FORMS = (_COUNT + r"\s+(?i:of\s+(?:the\s+)?(?:(?:founding|establishment|foundation|creation)\s+of\s+)?"
                   r"(?:the\s+)?){names}" + _PHRASE_END,
                   r"(?:the\s+)?{names}[’']s\s+" + _COUNT)


@functools.cache
def _founding_patterns() -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    """(founding id, year, pattern) for each form of each founding of the rule file."""
    data = rules()
    return tuple((entry["id"], entry["year"],
                  compile_pattern(r"\b" + form.replace("{names}", "(?:" + "|".join(entry["names"]) + ")"),
                                  data["names"], where=f"bodies_en.toml founding {entry['id']}"))
                 for entry in data.get("founding", []) for form in _FOUNDING_FORMS)


_COUNTED_YEARS = re.compile(r"anniversar|centenar|centennial|bicentenar|bicentennial", re.I)


def find_anniversaries(text: str) -> list[Anniversary]:
    """The anniversaries of known foundings a text names, in text order."""
    if not _COUNTED_YEARS.search(text):
        return []
    found = []
    for founding, year, regex in _founding_patterns():
        for m in regex.finditer(text):
            centuries = 2 if m.group("centenary") and m.group("centenary")[:2].lower() == "bi" else 1
            n = ordinal_value(m.group("n")) if m.group("n") else 100 * centuries
            found.append(Anniversary(start=m.start(), end=m.end(), text=m.group(0), founding=founding, ordinal=n,
                                     year=year + n))
    return sorted(found, key=lambda a: (a.start, a.end, a.founding))
