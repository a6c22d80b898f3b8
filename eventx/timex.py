"""Temporal expressions: find them with data-driven rules (eventx/rules/time_en.toml) and resolve them."""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Iterable

import attrs

from . import segment
from .records import Span, Timex
from .resolve import (_LEDE_SENTENCES, RESOLVERS, RULE_FILE, Context, Discourse, Resolved, _norm, _table,
                      apply_modifier, weekday_date)
from .rulefiles import compile_pattern
from .tense import governing_tense

__all__ = ["Context", "Discourse", "Resolved", "find_timexes", "rules", "tag_sentence", "weekday_date"]

# Words that look forward from the time of writing whatever the verb's tense: "has scheduled a
# news conference Thursday", "could leave as soon as Tuesday", "planned a rally on Saturday" (but not
# "had been scheduled to expire Friday" or "as previously planned").
_FORWARD_CUE = re.compile(r"\b(?:as\s+(?:soon|early)\s+as|no\s+later\s+than|(?<!had\s)(?<!had\sbeen\s)(?<!previously\s)(?:scheduled|slated|planned))"
                          r"\b[^.;:!?,]{0,40}$",
                          re.I)
# "postponed until Tuesday", "extended the deadline until Friday": the new date lies ahead.
_POSTPONED_UNTIL = re.compile(r"\b(?:postponed|delayed|adjourned|deferred|extended|put\s+off|pushed\s+back)\b"
                              r"[^.;:!?]{0,50}\b(?:until|till)\s+$", re.I)
# Prepositions that rules match for context but that are not part of the expression's span.
_LEADING_PREPOSITION = re.compile(r"(?i:in|on|at(?!\s+least)|since|until|till|by|from|through|during|before|after|of|as\s+of|"
                                  r"around|for|within|over)\s+")


@attrs.frozen
class TimexRule:
    """One compiled temporal rule."""

    id: str
    regex: re.Pattern[str]
    type: str
    value: str
    mod: str
    needs: frozenset[str] | None = None
    not_after: re.Pattern[str] | None = None
    span_group: str | None = None
    needs_all: frozenset[str] = frozenset()


@functools.cache
def rules() -> tuple[TimexRule, ...]:
    """The temporal rules, compiled in file order."""
    data = _table()
    compiled = []
    for rule in data["rule"]:
        # An expression starts at a word boundary; saying so up front lets the regex engine skip the
        # inside of words at once instead of trying every alternative there.
        regex = compile_pattern(r"(?<![^\W_])(?:" + rule["pattern"] + ")", data["patterns"],
                                where=f"{RULE_FILE}.toml rule {rule['id']}")
        needs = frozenset(rule["needs"]) if "needs" in rule else None
        not_after = compile_pattern("(?:" + rule["not_after"] + r")\s*$", data["patterns"],
                                    where=f"{RULE_FILE}.toml rule {rule['id']} not_after") if "not_after" in rule else None
        compiled.append(TimexRule(rule["id"], regex, rule["type"], rule["value"], rule.get("mod", ""), needs, not_after,
                                  rule.get("span"), frozenset(rule.get("needs_all", ()))))
    return tuple(compiled)


def _fill(template: str, match: re.Match[str]) -> list[str]:
    """Template tokens with {group} replaced by the matched words ('-' when absent)."""
    def word(m: re.Match[str]) -> str:
        text = match.groupdict().get(m.group(1))
        return re.sub(r"\s+", "_", text.strip()) if text else ""
    filled = re.sub(r"\{([a-z0-9_]+)\}", word, template)
    return [t if t else "-" for t in filled.split(" ")]


_SETS_SENTENCE_YEAR = ("ABS", "SPELLEDYEAR", "YEARS", "DISC", "DISCN", "AGO", "REL", "PART")
# Expressions resolved against the discourse do not move it ("a year earlier" twice is not two years).
_KEEPS_DISCOURSE = ("DISC", "DISCN", "QREF")


def _update_discourse(discourse: Discourse, resolved: Resolved, kind: str, anchor: dt.date | None) -> None:
    """Record the time an expression sets, for later "same year" or "next day" references.

    Only expressions that state a year (or a year relative to the anchor) set the sentence's year.
    """
    if kind in ("QREF", "YEARPART") and discourse.last_quarter is not None:
        discourse.quarter_sentence = discourse.sentence_index
    if resolved.start is None or resolved.precision in (None, "decade", "century") or kind in _KEEPS_DISCOURSE:
        return
    if resolved.precision == "quarter" and kind == "PART" and not (
            discourse.last_quarter and resolved.start.year < discourse.last_quarter[0]) \
            and not (anchor is not None and resolved.end >= anchor):
        # Only a named, completed quarter ("the third quarter") sets the quarter under report; "a year
        # ago" or "the year-earlier third quarter", resolved from it, do not move it back a year, and a
        # quarter still running ("fourth-quarter results are expected") is not the one reported on.
        discourse.last_quarter = (resolved.start.year, (resolved.start.month - 1) // 3 + 1)
        discourse.quarter_sentence = discourse.sentence_index
    if resolved.start.year == resolved.end.year:
        discourse.last_year = resolved.start.year
        if kind == "ABS" and resolved.precision == "day" and discourse.sentence_index <= _LEDE_SENTENCES:
            discourse.reference = resolved.start
        if kind in _SETS_SENTENCE_YEAR:
            discourse.sentence_year = resolved.start.year
            discourse.sentence_year_clause = discourse.clause
    if resolved.precision in ("month", "week", "day") and (resolved.start.year, resolved.start.month) == (resolved.end.year, resolved.end.month):
        discourse.last_month = (resolved.start.year, resolved.start.month)
    if resolved.precision == "day" and resolved.start == resolved.end:
        discourse.last_day = resolved.start


@functools.cache
def _prefilter() -> tuple[re.Pattern[str], int]:
    """The cue-word pattern and the window around each cue in which rules run."""
    data = _table()["prefilter"]
    return re.compile(r"(?<![\w])" + data["cue"] + r"|\d"), data["window"]


def cue_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Merged windows of text[start:end] around temporal cue words."""
    pattern, reach = _prefilter()
    windows: list[tuple[int, int]] = []
    for m in pattern.finditer(text, start, end):
        left, right = max(start, m.start() - reach), min(end, m.end() + reach)
        if windows and left <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], right))
        else:
            windows.append((left, right))
    return windows


_WORDS = re.compile(r"[a-z]+")
# How far left of a match a rule's `not_after` context pattern looks.
_NOT_AFTER_REACH = 40


def sentence_words(text: str, start: int, end: int) -> set[str]:
    """Lower-case words of text[start:end], plus markers for digits, four-digit numbers and hyphens."""
    chunk = text[start:end]
    words = set(_WORDS.findall(chunk.lower()))
    if any(c.isdigit() for c in chunk):
        words.add("#digit")
        if re.search(r"\d{4}", chunk):
            words.add("#digits4")
    if "-" in chunk:
        words.add("#hyphen")
    return words


def _candidates(text: str, start: int, end: int) -> list[tuple[int, int, int, re.Match[str]]]:
    """Non-overlapping rule matches in text[start:end], longest first, then earliest."""
    found = []
    windows = cue_windows(text, start, end)
    if not windows:
        return []
    words = sentence_words(text, start, end)
    for index, rule in enumerate(rules()):
        if (rule.needs is not None and rule.needs.isdisjoint(words)) or not rule.needs_all <= words:
            continue
        for m in (m for left, right in windows for m in rule.regex.finditer(text, left, right)):
            if m.end() > m.start() and not (m.start() > 0 and text[m.start() - 1].isalnum()) \
                    and not (m.end() < len(text) and text[m.end()].isalnum()) \
                    and not (rule.not_after is not None
                             and rule.not_after.search(text, max(start, m.start() - _NOT_AFTER_REACH), m.start())):
                found.append((m.start(), m.end(), index, m))
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    chosen: list[tuple[int, int, int, re.Match[str]]] = []
    taken = bytearray(end - start)
    for cand in found:
        if not any(taken[cand[0] - start:cand[1] - start]):
            chosen.append(cand)
            taken[cand[0] - start:cand[1] - start] = b"\x01" * (cand[1] - cand[0])
    return sorted(chosen, key=lambda c: c[0])


def tag_sentence(text: str, sentence: Span, anchor: dt.date | None, discourse: Discourse) -> list[Timex]:
    """Find and resolve the temporal expressions of one sentence, updating the discourse."""
    discourse.sentence_year = None
    discourse.sentence_year_clause = None
    discourse.sentence_index += 1
    starts = segment.clause_starts(text, sentence.start, sentence.end)
    found = []
    for start, end, index, match in _candidates(text, sentence.start, sentence.end):
        rule = rules()[index]
        clause = segment.expression_clause(text, starts, start, end)
        discourse.clause = clause
        clause_span = (starts[clause], starts[clause + 1] if clause + 1 < len(starts) else sentence.end)
        tense = governing_tense(text, start, end, clause_span, (sentence.start, sentence.end))
        lead = _LEADING_PREPOSITION.match(text, start, end)
        inner = lead.end() if lead and lead.end() < end else start  # after a matched "until"
        if _FORWARD_CUE.search(text, max(clause_span[0], start - 60), start) \
                or _POSTPONED_UNTIL.search(text, max(sentence.start, start - 80), inner):
            tense = "future"
        ctx = Context(anchor=anchor, tense=tense, discourse=discourse, left=text[sentence.start:start])
        tokens = _fill(rule.value, match)
        resolved = RESOLVERS[tokens[0]](tokens[1:], ctx)
        if resolved is None:
            continue
        mod_word = _fill(rule.mod, match)[0] if rule.mod else "-"
        mod = _norm("part", mod_word) if mod_word != "-" else None
        resolved = apply_modifier(resolved, mod, anchor)
        _update_discourse(discourse, resolved, tokens[0], anchor)
        start = inner
        if rule.span_group and match.group(rule.span_group):
            start, end = match.span(rule.span_group)
        found.append(Timex(start=start, end=end, text=text[start:end], type=resolved.type or rule.type,
                           value=resolved.value, rule_id=rule.id, date_start=resolved.start,
                           date_end=resolved.end, precision=resolved.precision, modifier=resolved.modifier,
                           duration_days=resolved.duration_days, tense=tense))
    return found


def find_timexes(text: str, anchor: dt.date | None, *, spans: Iterable[Span] | None = None) -> list[Timex]:
    """All temporal expressions in `text` resolved against `anchor` (the publication date).

    `spans` restricts tagging to those sentences (default: every sentence of every line).
    Expressions are resolved in text order so that "the same year" follows the text.
    """
    if spans is None:
        spans = [s for p in segment.paragraphs(text) for s in segment.sentences(text, p.start, p.end)]
    discourse = Discourse()
    found: list[Timex] = []
    for sentence in spans:
        found.extend(tag_sentence(text, sentence, anchor, discourse))
    return found
