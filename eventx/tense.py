"""Tense of the verb governing a position in a sentence, and reporting-verb detection."""
from __future__ import annotations

import bisect
import functools
import re

import attrs

from .prefilter import finditer_from, lower_is_exact, starts_scanner
from .rulefiles import expand, load_rules

_WORD = re.compile(r"[A-Za-z’']+(?:-[A-Za-z]+)*")
# The Kelvin sign lower-cases to an ASCII "k", which would join words that the text keeps apart.
_KELVIN = "\u212a"
# A participle after an auxiliary takes its tense from the auxiliary ("will be held", "was held").
_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had"})
# A determiner, possibly with an adverb after it ("a still unspecified date", "the newly elected").
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your)\s+(?:(?:still|now|newly|recently|widely|long|much|so)\s+)?$", re.I)


# A cue after "than" or "as" compares with a plan or forecast ("grew faster than expected in May"), and
# looks ahead to nothing.
_COMPARISON_BEFORE = re.compile(r"\b(?:than|as)\s+$", re.I)


def _after_determiner(text: str, start: int) -> bool:
    """Whether a word follows a determiner, i.e. an -ed word used as an adjective ("a televised interview")."""
    return bool(_DETERMINER_BEFORE.search(text[max(0, start - 24):start]))


@functools.cache
def _cues() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Compiled future-cue pattern and the past, present and not-past word sets."""
    tense = load_rules("grammar_en")["tense"]
    future = sorted(tense["future"], key=len, reverse=True)
    # Grouped by first letter (keeping the longest-first order within a group) so that the regex
    # engine tests one letter per group at each word instead of every phrase.
    groups: dict[str, list[str]] = {}
    for phrase in future:
        groups.setdefault(phrase[0].lower(), []).append(re.escape(phrase[1:]))
    alternatives = "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
    future_re = re.compile(r"(?<![\w’'])(?:" + alternatives + r")(?![\w])", re.I)
    return future_re, frozenset(tense["past"]), frozenset(tense["present"]), frozenset(tense["not_past_ed"])


@functools.cache
def _future_starts() -> re.Pattern[str] | None:
    """Where in lower-cased text a future cue may start."""
    return starts_scanner(_cues()[0])


@functools.cache
def _listed_words() -> frozenset[str]:
    """The past and present cue words together."""
    _, past, present, _ = _cues()
    return past | present


def is_past_form(word: str) -> bool:
    """Whether a word is a past-tense verb form: an irregular past (grammar_en.toml [tense] past) or an
    -ed word that `not_past_ed` does not exclude."""
    _, past, _, not_past = _cues()
    lower = word.lower()
    return lower in past or (lower.endswith("ed") and len(lower) > 4 and lower not in not_past)


def _word_cues(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, tense) for every tense cue in text[start:end]."""
    future_re, past, present, not_past = _cues()
    chunk = text[start:end]
    lower = chunk.lower()
    exact = lower_is_exact(chunk, lower) and _KELVIN not in chunk
    taken = [m.span() for m in finditer_from(future_re, _future_starts(), text, start, end, lower if exact else None)
             if not _COMPARISON_BEFORE.search(text, max(start, m.start() - 8), m.start())]
    cues: list[tuple[int, str]] = [(a, "future") for a, _ in taken]
    if exact:  # the lower-cased chunk has the same words at the same offsets, already lower-cased
        words = [(m.start() + start, m.group(0)) for m in _WORD.finditer(lower)]
    else:
        words = [(m.start(), m.group(0).lower()) for m in _WORD.finditer(text, start, end)]
    # a future cue that ends in an auxiliary ("due to be") governs the participle after it ("held")
    auxiliary_ends = {b for a, b in taken if text[a:b].lower().rsplit(None, 1)[-1] in _AUXILIARIES}
    if taken:  # words inside a future cue are neither cues nor the word before one
        words = [(at, w) for at, w in words if not any(a <= at < b for a, b in taken)]
    listed = _listed_words()
    for i, (at, lower_word) in enumerate(words):
        if lower_word not in listed and not (lower_word.endswith("ed") and len(lower_word) > 4):
            continue
        after_auxiliary = (i > 0 and words[i - 1][1] in _AUXILIARIES) \
            or any(end <= at and not text[end:at].strip() for end in auxiliary_ends)
        if after_auxiliary and lower_word not in present and lower_word not in ("been", "being"):
            continue
        if lower_word in past:
            cues.append((at, "past"))
        elif lower_word in present:
            cues.append((at, "present"))
        elif text[at].islower() and lower_word not in not_past and not _after_determiner(text, at):
            cues.append((at, "past"))
    return sorted(cues)


# Large enough to hold the sentences of most articles: the anchor inference tags an article's sentences
# before the pipeline tags them again with the anchor found.
@functools.lru_cache(maxsize=512)
def sentence_cues(text: str, start: int, end: int) -> tuple[tuple[int, str], ...]:
    """Tense cues of one sentence, computed once and shared by its expressions (and taggings)."""
    return tuple(_word_cues(text, start, end))


_OPENING_QUOTES = ("“", "``")
_CLOSING_QUOTES = ("”", "''")
_QUOTE_MARK = re.compile(r"“|”|``|''|\"")


@attrs.frozen
class _Quotes:
    """The quotation marks of one sentence: straight ones, and curly or TeX-style ones with whether each
    opens a quote and the first closing one at or after it (len for none)."""

    straight: tuple[int, ...]
    typed: tuple[int, ...]
    opens: tuple[bool, ...]
    next_closing: tuple[int, ...]


@functools.lru_cache(maxsize=512)
def _quote_marks(text: str, start: int, end: int) -> _Quotes:
    """The quotation marks of one sentence, found and indexed once per sentence."""
    marks = [(m.start(), m.group(0)) for m in _QUOTE_MARK.finditer(text, start, end)]
    typed = [(at, mark) for at, mark in marks if mark != '"']
    next_closing = [len(typed)] * (len(typed) + 1)
    for i in range(len(typed) - 1, -1, -1):
        next_closing[i] = i if typed[i][1] in _CLOSING_QUOTES else next_closing[i + 1]
    return _Quotes(tuple(at for at, mark in marks if mark == '"'), tuple(at for at, _ in typed),
                   tuple(mark in _OPENING_QUOTES for _, mark in typed), tuple(next_closing))


def quotation_around(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a quotation inside the sentence that holds text[start:end], or None: a quote opened
    before it and closed after it (curly or TeX-style marks, or straight ones counted in pairs)."""
    quotes = _quote_marks(text, sentence[0], sentence[1])
    before = bisect.bisect_left(quotes.typed, start)
    if before and quotes.opens[before - 1]:
        close = quotes.next_closing[bisect.bisect_left(quotes.typed, end)]
        if close < len(quotes.typed):
            return quotes.typed[before - 1], quotes.typed[close]
    before = bisect.bisect_left(quotes.straight, start)
    after = bisect.bisect_left(quotes.straight, end)
    if before % 2 == 1 and after < len(quotes.straight):
        return quotes.straight[before - 1], quotes.straight[after]
    return None


# An attribution closing the sentence (", officials said.") reports what comes before it; its verb's
# tense is the report's, not the reported schedule's ("Voting begins at 7 a.m. Sunday, officials said").
_TRAILING_ATTRIBUTION = re.compile(r",\s*(?:[\w’'.-]+\s+){0,5}?(?:said|says|told\s+[\w’'-]+|added|stated)"
                                   r"(?:\s+(?:on\s+)?[\w’'-]+){0,3}\s*[.!?]?[\"”’']*\s*$", re.I)


@functools.lru_cache(maxsize=512)
def _closing_attribution(text: str, start: int, end: int) -> int:
    """Where an attribution closing the sentence text[start:end] begins (its comma), or `end` for none.

    Its words hold no comma, so the one match there can be begins at the last comma before its verb,
    whatever the expression it is tested for."""
    m = _TRAILING_ATTRIBUTION.search(text, start, end)
    return m.start() if m is not None else end


def governing_tense(text: str, start: int, end: int, clause: tuple[int, int],
                    sentence: tuple[int, int]) -> str | None:
    """Tense (past, present, future) of the verb nearest to text[start:end], clause first; inside a
    quotation, only its own verbs count ("the next round comes in March," she said)."""
    cues_in_sentence = sentence_cues(text, sentence[0], sentence[1])
    quoted = quotation_around(text, start, end, sentence)
    if quoted is not None:
        clause = (max(clause[0], quoted[0]), min(clause[1], quoted[1]))
        sentence = quoted
    attribution = _closing_attribution(text, sentence[0], sentence[1])
    if attribution < end:
        attribution = sentence[1]  # the expression is inside the attribution, or there is none
    for left, right in (clause, sentence):
        cues = [(off, t) for off, t in cues_in_sentence if left <= off < right and not start <= off < end
                and off < attribution]
        if cues:
            before = [c for c in cues if c[0] < start and (left == clause[0] or start - c[0] < 60)]
            if before:
                return before[-1][1]
            nearest = min(cues, key=lambda c: abs(c[0] - start))
            if nearest[1] == "future" and nearest[0] >= end and _past_promise(text, nearest[0]):
                return "past"  # "In his speech on Monday, he pledged to ...": the promise was made then
            return nearest[1]
    return None


def _past_promise(text: str, at: int) -> bool:
    """Whether the future cue at `at` opens with a past verb ("pledged to", "vowed to", "planned to"),
    which looks ahead only from the time of the promise."""
    m = _WORD.match(text, at)
    return m is not None and is_past_form(m.group(0))


@functools.cache
def _reporting() -> re.Pattern[str]:
    """Pattern matching a reporting verb right before a position."""
    reporting = load_rules("grammar_en")["reporting"]
    return re.compile(expand(reporting["pattern"], {"verbs": reporting["verbs"]}), re.I)


def is_report_date(text: str, start: int, sentence_start: int) -> bool:
    """Whether the temporal expression at `start` dates a report ("media reported on May 2")."""
    window = text[max(sentence_start, start - 80):start]
    return bool(_reporting().search(window))
