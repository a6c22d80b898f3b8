"""Tense of the verb governing a position in a sentence, and reporting-verb detection."""
from __future__ import annotations

import functools
import re

from .rulefiles import expand, load_rules

_WORD = re.compile(r"[A-Za-z’']+(?:-[A-Za-z]+)*")
# A participle after an auxiliary takes its tense from the auxiliary ("will be held", "was held").
_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had"})
# A determiner, possibly with an adverb after it ("a still unspecified date", "the newly elected").
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your)\s+(?:(?:still|now|newly|recently|widely|long|much|so)\s+)?$", re.I)


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


def _word_cues(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, tense) for every tense cue in text[start:end]."""
    future_re, past, present, not_past = _cues()
    taken = [m.span() for m in future_re.finditer(text, start, end)]
    cues: list[tuple[int, str]] = [(a, "future") for a, _ in taken]
    # Words inside a future cue ("is going to") are skipped; both lists run left to right.
    next_taken, n_taken = 0, len(taken)
    previous = ""
    for m in _WORD.finditer(text, start, end):
        offset = m.start()
        while next_taken < n_taken and taken[next_taken][1] <= offset:
            next_taken += 1
        if next_taken < n_taken and taken[next_taken][0] <= offset:
            continue
        word = m.group(0)
        lower = word.lower()
        after_auxiliary, previous = previous in _AUXILIARIES, lower
        if after_auxiliary and lower not in present and lower not in ("been", "being"):
            continue
        if lower in past:
            cues.append((offset, "past"))
        elif lower in present:
            cues.append((offset, "present"))
        elif word[0].islower() and len(lower) > 4 and lower.endswith("ed") and lower not in not_past \
                and not _after_determiner(text, offset):
            cues.append((offset, "past"))
    return sorted(cues)


@functools.lru_cache(maxsize=16)
def sentence_cues(text: str, start: int, end: int) -> tuple[tuple[int, str], ...]:
    """Tense cues of one sentence, computed once and shared by its expressions."""
    return tuple(_word_cues(text, start, end))


def governing_tense(text: str, start: int, end: int, clause: tuple[int, int],
                    sentence: tuple[int, int]) -> str | None:
    """Tense (past, present, future) of the verb nearest to text[start:end], clause first."""
    cues_in_sentence = sentence_cues(text, sentence[0], sentence[1])
    for left, right in (clause, sentence):
        cues = [(off, t) for off, t in cues_in_sentence if left <= off < right and not start <= off < end]
        if cues:
            before = [c for c in cues if c[0] < start and (left == clause[0] or start - c[0] < 60)]
            if before:
                return before[-1][1]
            return min(cues, key=lambda c: abs(c[0] - start))[1]
    return None


@functools.cache
def _reporting() -> re.Pattern[str]:
    """Pattern matching a reporting verb right before a position."""
    reporting = load_rules("grammar_en")["reporting"]
    return re.compile(expand(reporting["pattern"], {"verbs": reporting["verbs"]}), re.I)


def is_report_date(text: str, start: int, sentence_start: int) -> bool:
    """Whether the temporal expression at `start` dates a report ("media reported on May 2")."""
    window = text[max(sentence_start, start - 80):start]
    return bool(_reporting().search(window))
