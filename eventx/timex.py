"""Temporal expressions: find them with data-driven rules (eventx/rules/time_en.toml) and resolve them."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import re._constants as _sre
import re._parser as _sre_parse
from typing import Iterable

import attrs

from . import dayrange, segment
from .prefilter import required_literals
from .records import Span, Timex
from .resolve import (_LEDE_SENTENCES, RESOLVERS, RULE_FILE, Context, Discourse, Resolved, _norm, _table,
                      apply_modifier, weekday_date)
from .rulefiles import compile_pattern, group_alternatives, trie_alternation
from .tense import governing_tense

__all__ = ["Context", "Discourse", "Resolved", "find_timexes", "rules", "tag_sentence", "weekday_date"]

# Words that look forward from the time of writing whatever the verb's tense: "has scheduled a
# news conference Thursday", "could leave as soon as Tuesday", "planned a rally on Saturday" (but not
# "had been scheduled to expire Friday" or "as previously planned").
_FORWARD_CUE = re.compile(r"\b(?:as\s+(?:soon|early)\s+as|no\s+later\s+than|(?<!had\s)(?<!had\sbeen\s)(?<!previously\s)(?:scheduled|slated|planned)"
                          # a forecast: "hydrologists expect the river to peak on Thursday"
                          r"|expects?\s+(?:[\w-]+\s+){1,3}?to|expects?\s+(?:a|an|more|further|another)\b"
                          # what is expected at a time ("the heaviest rain is expected Saturday evening")
                          r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!\bas\s)expected"
                          # a modal of what may come: "a second front could dump more snow on the pass Saturday"
                          r"|(?:could|might|should|(?-i:may))\s+(?!not\b|have\b|never\b|be\b)[a-z]+)"
                          r"\b[^.;:!?,]{0,40}$",
                          re.I)
# "postponed until Tuesday", "extended the deadline until Friday", "gave them until Friday to
# respond": the new date or deadline lies ahead; so does a date something is called for.
_SET_AHEAD = re.compile(r"\b(?:postponed|delayed|adjourned|deferred|extended|put\s+off|pushed\s+back|gave|given|granted)\b"
                              r"[^.;:!?]{0,50}\b(?:until|till)\s+$"
                              # "the federation has called a stoppage for 3 May": what is called for a date is ahead
                              r"|\b(?:called|calls|call|calling|convened|convenes|summoned|fixed)\b[^.;:!?]{0,60}\bfor\s+$"
                              # "the hearing was switched to Thursday", "the vote was brought forward to Friday"
                              r"|\b(?:moved|rescheduled|switched|shifted|brought\s+forward|pushed\s+back)\s+(?:back\s+)?to\s+$"
                              # a start date ("higher bus fares starting March 1") and a promise's deadline ("has
                              # promised a new plan by the end of March", "a review is pledged before the autumn";
                              # not one made to others in the past: "we were promised power by December")
                              r"|\b(?:starting|beginning|effective)\s+(?:from\s+|on\s+)?$"
                              r"|(?<!\bwas\s)(?<!\bwere\s)\b(?:promised|promises|pledged|pledges|vowed|vows)\b[^.;:!?]{0,60}\b(?:by|before)\s+$", re.I)
_FISCAL = re.compile(r"(?:fiscal|financial)\s|FY", re.I)
# Prepositions that rules match for context but that are not part of the expression's span.
_LEADING_PREPOSITION = re.compile(r"(?i:in|on|at(?!\s+least)|since|until|till|by|from|through|during|before|after|of|as\s+of|"
                                  r"around|for|within|over|to)\s+")


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
    # Lower-case strings of which every match contains one (None: no such set is known).
    literals: tuple[str, ...] | None = None
    # The character before a match followed by the match (see _rule_matches): for ASCII text, and for
    # other _scannable text (a Unicode class, slower to test).
    locator: re.Pattern[str] | None = None
    unicode_locator: re.Pattern[str] | None = None


def _required_literals(items: list) -> set[str] | None:
    """Lower-case strings one of which every match of a parsed regex contains, or None.

    Only what the match itself consumes counts: literal runs, groups, alternatives (each must give
    a set) and repeats of at least one; look-arounds, classes and optional parts give nothing.  Of
    several sets in a sequence, the one whose shortest string is longest is kept.
    """
    sets: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            sets.append({"".join(run).lower()})
            run = []
        found = None
        if op is _sre.SUBPATTERN:
            found = _required_literals(av[3])
        elif op is _sre.ATOMIC_GROUP:
            found = _required_literals(av)
        elif op is _sre.BRANCH:
            branches = [_required_literals(b) for b in av[1]]
            found = None if any(b is None for b in branches) else set().union(*branches)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required_literals(av[2])
        if found is not None:
            sets.append(found)
    if run:
        sets.append({"".join(run).lower()})
    if not sets:
        return None
    return max(sets, key=lambda found: (min(len(x) for x in found), -len(found)))


def _literals_of(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """The required literals of a compiled rule, or None when there are none worth checking."""
    found = _required_literals(list(_sre_parse.parse(regex.pattern, regex.flags & ~re.UNICODE)))
    if not found or "" in found:
        return None
    return tuple(sorted(found, key=len))


# Characters that match an ASCII letter when case is ignored but do not lower-case to that letter
# alone (dotted capital I, dotless i, long s, Kelvin sign): a window holding one is scanned by every
# rule, since the literal check on lower-cased text could miss a match there.
_CASE_TRICKY = re.compile("[\u0130\u0131\u017f\u212a]")


_CATEGORY_CLASS = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
                   _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}
# Characters that equal an ASCII letter when case is ignored besides its two cases.
_CASE_EXTRA = "\u0130\u0131\u017f\u212a"
# The letters that the regex engine's IGNORECASE matches with ASCII ones ("laſt" matches "last"): the
# words handed to the resolver are spelled in ASCII so that its tables know them.
_ASCII_CASE_TWINS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


def _first_class(items: list, flags: int) -> tuple[list[str], bool] | None:
    """Class items (as regex text) that hold every character a match of `items` can start with,
    and whether the sequence can match the empty string; None when that cannot be said."""
    found: list[str] = []
    for op, av in items:
        ignore_case = bool(flags & re.IGNORECASE)
        if op is _sre.LITERAL or (op is _sre.IN and not any(o is _sre.NEGATE for o, _ in av)):
            members = [av] if op is _sre.LITERAL else [(o, a) for o, a in av]
            for member_op, member in (( _sre.LITERAL, av),) if op is _sre.LITERAL else members:
                if member_op is _sre.LITERAL:
                    char = chr(member)
                    found.append(re.escape(char))
                    if ignore_case and char.isalpha():
                        found += [re.escape(char.lower()), re.escape(char.upper()), _CASE_EXTRA]
                elif member_op is _sre.RANGE:
                    low, high = chr(member[0]), chr(member[1])
                    if ignore_case and (low.isalpha() or high.isalpha()):
                        return None
                    found.append(re.escape(low) + "-" + re.escape(high))
                elif member_op is _sre.CATEGORY and member in _CATEGORY_CLASS:
                    found.append(_CATEGORY_CLASS[member])
                else:
                    return None
            return found, False
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width: the first character comes after it
        if op is _sre.SUBPATTERN:
            group_flags = (flags | av[1]) & ~av[2]
            inner = _first_class(list(av[3]), group_flags)
        elif op is _sre.BRANCH:
            inner, nullable = ([], False)
            for branch in av[1]:
                part = _first_class(list(branch), flags)
                if part is None:
                    return None
                inner += part[0]
                nullable = nullable or part[1]
            inner = (inner, nullable)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            inner = _first_class(list(av[2]), flags)
            if inner is not None and av[0] == 0:
                inner = (inner[0], True)
        else:
            return None
        if inner is None:
            return None
        found += inner[0]
        if not inner[1]:
            return found, False
    return found, True


def _first_char_guard(pattern: str, flags: int = 0) -> str:
    """A look-ahead for the characters a match of `pattern` can start with ('' when unknown).

    Placed before the pattern it changes no match, but at a word start whose first letter no
    alternative can begin with the regex engine gives up after one test instead of trying them all.
    """
    first = _first_class(list(_sre_parse.parse(pattern, flags)), flags)
    if first is None or first[1] or not first[0]:
        return ""
    return "(?=[" + "".join(sorted(set(first[0]))) + "])"


# The characters that may stand before a match: no letter or digit (see _rule_matches), in ASCII text
# and in any text.
_NOT_ASCII_ALNUM = "[^A-Za-z0-9]"
_NOT_ALNUM = r"[\W_]"


def _grouped(pattern: str, *, ascii_only: bool = False) -> re.Pattern[str]:
    """`pattern` compiled with its alternations grouped by first letter (the same matches and groups;
    see group_alternatives for `ascii_only`)."""
    regex, grouped = re.compile(pattern), re.compile(group_alternatives(pattern, ascii_only=ascii_only))
    return grouped if (grouped.groups, grouped.groupindex) == (regex.groups, regex.groupindex) else regex


@functools.cache
def rules() -> tuple[TimexRule, ...]:
    """The temporal rules, compiled in file order."""
    data = _table()
    compiled = []
    for rule in data["rule"]:
        # An expression starts at a word boundary; saying so up front lets the regex engine skip the
        # inside of words at once instead of trying every alternative there.
        where = f"{RULE_FILE}.toml rule {rule['id']}"
        body = compile_pattern("(?:" + rule["pattern"] + ")", data["patterns"], where=where).pattern
        guard = _first_char_guard(body)
        pattern = r"(?<![^\W_])" + guard + body
        # Only a rule whose matches are never empty can be found by the character before them.
        locator = _grouped(_NOT_ASCII_ALNUM + guard + body, ascii_only=True) if guard else None
        unicode_locator = _grouped(_NOT_ALNUM + guard + body, ascii_only=True) if guard else None
        needs = frozenset(rule["needs"]) if "needs" in rule else None
        not_after = compile_pattern("(?:" + rule["not_after"] + r")\s*$", data["patterns"],
                                    where=f"{RULE_FILE}.toml rule {rule['id']} not_after") if "not_after" in rule else None
        compiled.append(TimexRule(rule["id"], _grouped(pattern), rule["type"], rule["value"], rule.get("mod", ""), needs,
                                  not_after, rule.get("span"), frozenset(rule.get("needs_all", ())),
                                  _literals_of(re.compile(pattern)), locator, unicode_locator))
    return tuple(compiled)


@functools.cache
def _rules_by_needed_word() -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """Indexes of the rules that need no word, and for each needed word the rules needing it."""
    always, by_word = [], {}
    for index, rule in enumerate(rules()):
        if rule.needs is None:
            always.append(index)
        for word in rule.needs or ():
            by_word.setdefault(word, []).append(index)
    return tuple(always), {word: tuple(indexes) for word, indexes in by_word.items()}


_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1024)
def _template(template: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """A value template split into tokens at its spaces, each a run of (text, is_group_name) parts."""
    tokens = []
    for token in template.split(" "):
        parts, at = [], 0
        for m in _PLACEHOLDER.finditer(token):
            if m.start() > at:
                parts.append((token[at:m.start()], False))
            parts.append((m.group(1), True))
            at = m.end()
        if at < len(token):
            parts.append((token[at:], False))
        tokens.append(tuple(parts))
    return tuple(tokens)


def _fill(template: str, match: re.Match[str]) -> list[str]:
    """Template tokens with {group} replaced by the matched words ('-' when absent).

    The words are stripped and each run of white space in them becomes '_' (str.split's white space
    is the regex engine's \\s).
    """
    names = match.re.groupindex
    filled = []
    for parts in _template(template):
        words = []
        for part, is_group in parts:
            if not is_group:
                words.append(part)
            elif part in names and (value := match.group(part)):
                words.append("_".join(value.translate(_ASCII_CASE_TWINS).split()))
        filled.append("".join(words) or "-")
    return filled


@functools.lru_cache(maxsize=8)
def _required_words(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case words one of which every match of a context pattern contains (None: not known)."""
    found = required_literals(regex)
    return None if found is None else tuple(sorted(found))


def _context_search(regex: re.Pattern[str], text: str, lower: str | None, start: int, end: int) -> bool:
    """Whether regex.search(text, start, end) finds a match; `lower` (text.lower() of a scannable text, or None)
    lets it skip the search where none of the words a match needs occurs."""
    words = _required_words(regex) if lower is not None else None
    if words is not None and all(lower.find(word, start, end) == -1 for word in words):
        return False
    return regex.search(text, start, end) is not None


# What may come before a year that opens a sentence and frames its story ("In 1998,", "By late 2019").
_YEAR_FRAME = re.compile(r"\W*(?i:in|by|during|throughout|until|after)\s+(?:(?i:early|mid|late)[\s-]+)?")
_SETS_SENTENCE_YEAR = ("ABS", "SPELLEDYEAR", "YEARS", "DISC", "DISCN", "AGO", "REL", "PART", "MONTHDAYYEAR")
# Expressions that carry a narrative on into a year ("last year", "9 July that year"): yearless
# months and dates after them in the paragraph's past-tense clauses are in that year.  ("that year"
# and "a year earlier" alone do not: they are as often a comparison as a narrative step.)
_CONTINUES_NARRATIVE = ("REL", "MONTHDAYYEAR")
# Expressions resolved against the discourse do not move it ("a year earlier" twice is not two years),
# except those that carry a story forward ("two days later ... that night" is the later day's night).
_KEEPS_DISCOURSE = ("DISC", "DISCN", "QREF")
# A stated year at least this many years before publication starts a story told in it (followed in a
# first-person narrative only, resolve.Discourse.story_year); an expression of these kinds, counted
# from publication, ends it.
_STORY_GAP_YEARS = 2
# Expressions that state their year outright ("1908", "11 June 1931", "the morning of 5 March 1956").
_STATES_YEAR = ("ABS", "MONTHDAYYEAR", "PARTOFDATE")
_STATES_STORY_YEAR = _STATES_YEAR + ("AGO",)
_ENDS_STORY = ("REL", "WEEKDAY")
_CLOCK_VALUE = re.compile(r"T(\d\d):(\d\d)")
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_MOVES_ON = re.compile(r"(?i)(?:^|[_\s])(?:later|after_that|afterwards|next|following)(?:[_\s]|$)")


def _update_discourse(discourse: Discourse, resolved: Resolved, kind: str, anchor: dt.date | None,
                      frames: bool = True, clock_only: bool = False) -> None:
    """Record the time an expression sets, for later "same year" or "next day" references.

    Only expressions that state a year (or a year relative to the anchor) set the sentence's year, and
    not when they do not frame what follows them (`frames` false: "since 1984" starts a period that
    runs to now).  With `clock_only` only the hour is recorded (a bare clock time states no day).
    """
    clock = _CLOCK_VALUE.search(resolved.value) if resolved.type == "TIME" and resolved.start is not None else None
    if clock is not None:
        discourse.last_clock = (resolved.start, int(clock.group(1)), int(clock.group(2)))
    if clock_only:
        return
    if kind in ("QREF", "YEARPART") and discourse.last_quarter is not None:
        discourse.quarter_sentence = discourse.sentence_index
    if kind in _ENDS_STORY:
        discourse.story_year = None
    elif kind in _STATES_STORY_YEAR and resolved.start is not None and anchor is not None \
            and resolved.precision in ("year", "month", "day", "season") \
            and resolved.start.year <= anchor.year - _STORY_GAP_YEARS:
        discourse.story_year = resolved.start.year
    if resolved.start is None or resolved.precision in (None, "decade", "century") or kind in _KEEPS_DISCOURSE:
        return
    if resolved.precision == "quarter" and kind in ("PART", "MONTHS", "QMONTH") and not (
            discourse.last_quarter and resolved.start.year < discourse.last_quarter[0]) \
            and not (anchor is not None and resolved.end >= anchor):
        # Only a named, completed quarter ("the third quarter") sets the quarter under report; "a year
        # ago" or "the year-earlier third quarter", resolved from it, do not move it back a year, and a
        # quarter still running ("fourth-quarter results are expected") is not the one reported on.
        discourse.last_quarter = (resolved.start.year, (resolved.start.month - 1) // 3 + 1)
        discourse.quarter_sentence = discourse.sentence_index
    if resolved.start.year == resolved.end.year or resolved.precision == "season":
        # a winter runs into the next year, but "the winter of 1932" names 1932
        discourse.last_year = resolved.start.year
        if kind in _STATES_YEAR:
            discourse.stated_year = resolved.start.year
        if kind == "ABS" and resolved.precision == "day" and discourse.sentence_index <= _LEDE_SENTENCES:
            discourse.reference = resolved.start
        if kind in _SETS_SENTENCE_YEAR and not (kind == "REL" and resolved.precision != "year"):
            # "last month" or "yesterday" names no year of its own: a month later in the sentence
            # ("fell to 3.8% last month from 4.1% in December") is placed by its own tense.
            if frames:
                discourse.sentence_year = resolved.start.year
                discourse.sentence_year_clause = discourse.clause
            if kind in _CONTINUES_NARRATIVE:
                discourse.paragraph_year = resolved.start.year
    if resolved.precision in ("month", "week", "day") and (resolved.start.year, resolved.start.month) == (resolved.end.year, resolved.end.month):
        discourse.last_month = (resolved.start.year, resolved.start.month)
    if resolved.precision == "day" and resolved.start == resolved.end:
        discourse.last_day = resolved.start


def _split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    parts, depth, current, i = [], 0, [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            current.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[":
            close = pattern.index("]", i + 2 if pattern.startswith("[^", i) else i + 1)
            current.append(pattern[i:close + 1])
            i = close + 1
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    parts.append("".join(current))
    return parts


def _by_first_letter(cue: str) -> str:
    """The same case-insensitive alternation of cue words, grouped by first letter.

    Python's regex engine tries the alternatives of a group one by one at every word start;
    grouped, it tests one letter per group instead.  Alternatives with the same first letter keep
    their order, so the leftmost one that matches still wins and the matches are the same.
    """
    inner = cue[len("(?i:"):-1] if cue.startswith("(?i:") and cue.endswith(")") else None
    if inner is None:
        return cue
    groups: dict[str, list[str]] = {}
    for alternative in _split_alternatives(inner):
        first = alternative[:1].lower()
        if not first.isascii() or not first.isalpha() or len(alternative) < 2 or alternative[1] in "?*{+|":
            groups.setdefault("whole " + alternative, [])  # kept as it is ("\d")
        else:
            groups.setdefault(first, []).append(alternative[1:])
    return "(?i:" + "|".join(key[len("whole "):] if key.startswith("whole ") else key + "(?:" + "|".join(rests) + ")"
                             for key, rests in groups.items()) + ")"


@functools.cache
def _prefilter() -> tuple[re.Pattern[str], int]:
    """The cue-word pattern and the window around each cue in which rules run."""
    data = _table()["prefilter"]
    return re.compile(r"(?<![\w])" + _by_first_letter(data["cue"]) + r"|\d"), data["window"]


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
_DIGIT = re.compile(r"\d")
_DIGITS4 = re.compile(r"\d{4}")
# How far left of a match a rule's `not_after` context pattern looks.
_NOT_AFTER_REACH = 40


def sentence_words(text: str, start: int, end: int) -> set[str]:
    """Lower-case words of text[start:end], plus markers for digits, four-digit numbers and hyphens."""
    chunk = text[start:end]
    words = set(_WORDS.findall(chunk.lower()))
    if _DIGIT.search(chunk):
        words.add("#digit")
        if _DIGITS4.search(chunk):
            words.add("#digits4")
    if "-" in chunk:
        words.add("#hyphen")
    return words


@attrs.frozen
class _DocumentScan:
    """Cue words, digit runs and needed words of a whole document, found once for all its sentences."""

    lower: str
    # Cue matches (as cue_windows finds them) and runs of digits, by start.
    cue_starts: list[int]
    cue_ends: list[int]
    cue_is_run: list[bool]
    # For each cue, the index after the last cue whose window joins its own.
    joined_until: list[int]
    runs: list[tuple[int, int]]
    run_starts: list[int]
    # Words that some rule needs, where they stand alone as a run of letters, and where they start.
    words: list[str]
    word_starts: list[int]
    # Whether the text is ASCII (its rules' ASCII locators apply), else only _scannable.
    ascii: bool = True


@functools.cache
def _document_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """For lower-cased text: a character that is no letter or underscore followed by a digit run or a cue
    word (for ASCII text, and for any text: a Unicode class is slower to test); a cue word at the text's
    start; and a character that is no ASCII letter followed by a needed word (needed words are runs of
    ASCII letters, as sentence_words finds them).

    A cue pattern without capitals ignores case where the text has none; testing first letters case
    by case lets the regex engine skip the groups of other letters at once.
    """
    cue = _by_first_letter(_table()["prefilter"]["cue"])
    if cue == cue.lower() and cue.startswith("(?i:"):
        cue = "(?:" + cue[len("(?i:"):]
    needed = {word for rule in rules() for word in (rule.needs or ()) | rule.needs_all if re.fullmatch("[a-z]+", word)}
    return (re.compile(r"[^a-z_](?:(?<=[0-9])[0-9]*|(?=(" + cue + ")))"),
            re.compile(r"[\W\d](?:(?<=\d)\d*|(?=(" + cue + ")))"), re.compile(cue),
            re.compile(r"[^a-z](?=(" + trie_alternation(needed) + r")(?![a-z]))"))


def _scannable(text: str) -> bool:
    """Whether the document scan and the rule locators may read a text: no letter in it matches an ASCII
    letter when case is ignored without being one of its two cases (_CASE_TRICKY), so that lower-casing
    keeps every offset and a lower-case pattern finds in the lower-cased text what the rules find."""
    return text.isascii() or _CASE_TRICKY.search(text) is None


def _document_scan(text: str) -> _DocumentScan | None:
    """The cues and needed words of a text (None for text that is not _scannable, which is scanned a
    sentence at a time).

    A cue found where cue_windows would find none (inside an earlier cue) is dropped, so the cues are
    those that a scan of the whole text by cue_windows' pattern finds, digits taken a run at a time.
    """
    if not _scannable(text):
        return None
    lower = text.lower()
    if len(lower) != len(text):
        return None
    ascii_scanner, unicode_scanner, cue_at_start, needed = _document_patterns()
    is_ascii = text.isascii()
    scanner = ascii_scanner if is_ascii else unicode_scanner
    cues: list[tuple[int, int, bool]] = []
    first = cue_at_start.match(lower)
    if first is not None and not lower[0].isdigit():
        cues.append((0, first.end(), False))
    taken = cues[-1][1] if cues else 0
    runs: list[tuple[int, int]] = []
    for m in scanner.finditer(lower):
        if m.group(1) is None:
            cues.append((m.start(), m.end(), True))
            runs.append(m.span())
        elif not m.group(1)[0].isdigit() and m.start(1) >= taken:  # a digit is in the next match's run
            cues.append((m.start(1), m.end(1), False))
            taken = m.end(1)
    reach = _prefilter()[1]
    joined_until = [len(cues)] * len(cues)
    for i in range(len(cues) - 2, -1, -1):
        joined_until[i] = joined_until[i + 1] if cues[i + 1][0] - reach <= cues[i][1] + reach else i + 1
    # In " " + lower a needed word at the start has a character before it too (offsets one more).
    words = [(m.start(1) - 1, m.group(1)) for m in needed.finditer(" " + lower)]
    return _DocumentScan(lower, [c[0] for c in cues], [c[1] for c in cues], [c[2] for c in cues], joined_until,
                         runs, [r[0] for r in runs], [w[1] for w in words], [w[0] for w in words], is_ascii)


def _scan_windows(scan: _DocumentScan, start: int, end: int) -> list[tuple[int, int]] | None:
    """cue_windows(text, start, end) from the document's cues, or None when a cue crosses the sentence's edge.

    Windows of cues inside the sentence join as they do in the whole text, since cutting them at the
    sentence's edges changes no overlap between them.
    """
    reach = _prefilter()[1]
    starts, ends, is_run = scan.cue_starts, scan.cue_ends, scan.cue_is_run
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end, first)
    if first > 0 and ends[first - 1] > start:
        if not is_run[first - 1]:
            return None
        first -= 1  # a digit run that begins before the sentence
    if last > first and ends[last - 1] > end and not is_run[last - 1]:
        return None
    windows = []
    while first < last:
        until = min(scan.joined_until[first], last)
        windows.append((max(start, max(starts[first], start) - reach), min(end, min(ends[until - 1], end) + reach)))
        first = until
    return windows


def _scan_words(scan: _DocumentScan, text: str, start: int, end: int) -> set[str] | None:
    """The words of sentence_words(text, start, end) that some rule needs, or None when a word crosses its edge."""
    lower = scan.lower
    if (0 < start < len(lower) and lower[start - 1].islower() and lower[start].islower()) \
            or (0 < end < len(lower) and lower[end - 1].islower() and lower[end].islower()):
        return None
    words = set(scan.words[bisect.bisect_left(scan.word_starts, start):bisect.bisect_left(scan.word_starts, end)])
    last = bisect.bisect_left(scan.run_starts, end) - 1
    if last >= 0 and scan.runs[last][1] > start:
        words.add("#digit")
        while last >= 0 and scan.runs[last][1] > start:
            run_start, run_end = scan.runs[last]
            if min(run_end, end) - max(run_start, start) >= 4:
                words.add("#digits4")
                break
            last -= 1
    if text.find("-", start, end) != -1:
        words.add("#hyphen")
    return words


def _rule_matches(rule: TimexRule, text: str, windows: list[tuple[int, int]],
                  scan: _DocumentScan | None) -> list[re.Match[str]]:
    """The matches of rule.regex.finditer(text, left, right) in each window; found by the rule's locator
    when the text has a document `scan` (it is _scannable).

    A match starts at the text's start or after a character that is no letter or digit, so searching
    for that character followed by the match gives the next match without trying every position.
    """
    locator = None if scan is None else rule.locator if scan.ascii else rule.unicode_locator
    if locator is None:
        return [m for left, right in windows for m in rule.regex.finditer(text, left, right)]
    found = []
    search, match = locator.search, rule.regex.match
    for left, right in windows:
        pos = left
        if pos == 0:
            first = match(text, 0, right)
            if first is not None:
                found.append(first)
            pos = first.end() if first is not None else 1
        while (before := search(text, pos - 1, right)) is not None:
            m = match(text, before.start() + 1, right)
            if m is None:  # cannot happen: the locator matched the same pattern there
                raise AssertionError(f"rule {rule.id}: locator and pattern disagree at {before.start() + 1}")
            found.append(m)
            pos = m.end()
    return found


def _candidates(text: str, start: int, end: int,
                scan: _DocumentScan | None = None) -> list[tuple[int, int, int, re.Match[str]]]:
    """Non-overlapping rule matches in text[start:end], longest first, then earliest.

    `scan` (of the whole text) saves finding cues and words again in every sentence.
    """
    found = []
    windows = _scan_windows(scan, start, end) if scan is not None else None
    if windows is None:
        windows = cue_windows(text, start, end)
    if not windows:
        return []
    words = _scan_words(scan, text, start, end) if scan is not None else None
    if words is None:
        words = sentence_words(text, start, end)
    lowered: list[str | None] | None = None
    # The windows holding one of a set of literals (several rules need the same set, e.g. the months).
    with_literals: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    always, by_word = _rules_by_needed_word()
    active = set(always)
    for word in words & by_word.keys():
        active.update(by_word[word])
    compiled = rules()
    for index in sorted(active):
        rule = compiled[index]
        if not rule.needs_all <= words:
            continue
        # In scannable text the locator scans a window faster than the literals could rule it out.
        scanned = windows if rule.literals is None or scan is not None else with_literals.get(rule.literals)
        if scanned is None:
            if lowered is None:
                # Each window in lower case, or None when a literal check could wrongly skip it.
                lowered = [low if low.isascii() or not _CASE_TRICKY.search(low) else None
                           for low in (text[left:right].lower() for left, right in windows)]
            scanned = with_literals[rule.literals] = [w for w, low in zip(windows, lowered)
                                                      if low is None or any(literal in low for literal in rule.literals)]
        for m in _rule_matches(rule, text, scanned, scan):
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


@functools.cache
def _zone_after() -> re.Pattern[str]:
    """A time zone right after a clock time (time_en.toml `zone`)."""
    return re.compile(r"\s(?:" + _table()["patterns"]["zone"] + r")(?![\w’'-])")


def tag_sentence(text: str, sentence: Span, anchor: dt.date | None, discourse: Discourse,
                 scan: _DocumentScan | None = None) -> list[Timex]:
    """Find and resolve the temporal expressions of one sentence, updating the discourse.

    `scan` is _document_scan(text), if the caller has it.
    """
    discourse.sentence_year = None
    discourse.sentence_year_clause = None
    discourse.sentence_index += 1
    if "\n" in text[discourse.paragraph_end:sentence.start]:
        discourse.paragraph_year = None  # a new paragraph
    discourse.paragraph_end = sentence.end
    candidates = _candidates(text, sentence.start, sentence.end, scan)
    if not candidates:
        return []
    starts = segment.clause_starts(text, sentence.start, sentence.end)
    found = []
    for start, end, index, match in candidates:
        rule = rules()[index]
        clause = segment.expression_clause(text, starts, start, end)
        discourse.clause = clause
        clause_span = (starts[clause], starts[clause + 1] if clause + 1 < len(starts) else sentence.end)
        tense = governing_tense(text, start, end, clause_span, (sentence.start, sentence.end))
        lead = _LEADING_PREPOSITION.match(text, start, end)
        inner = lead.end() if lead and lead.end() < end else start  # after a matched "until"
        lower = scan.lower if scan is not None else None
        if _context_search(_FORWARD_CUE, text, lower, max(clause_span[0], start - 60), start) \
                or _context_search(_SET_AHEAD, text, lower, max(sentence.start, start - 80), inner):
            tense = "future"
        if rule.value.startswith("TIME ") and (start == 0 or _LINE_START.fullmatch(text, max(0, start - 4), start)):
            tense = None  # a live blog's entry stamp is the entry's time, whatever its sentence's verb looks to
        since = _SINCE_BEFORE.search(text, max(sentence.start, start - 8), start) is not None
        if tense == "future" and since:
            tense = "past"  # "closed since May 4, it reopens on June 22": what a period runs since is past
        ctx = Context(anchor=anchor, tense=tense, discourse=discourse, left=text[sentence.start:start])
        tokens = _fill(rule.value, match)
        resolved = RESOLVERS[tokens[0]](tokens[1:], ctx)
        if resolved is None:
            continue
        mod_word = _fill(rule.mod, match)[0] if rule.mod else "-"
        mod = _norm("part", mod_word) if mod_word != "-" else None
        resolved = apply_modifier(resolved, mod, anchor)
        # a part of a day with its full date ("the morning of Aug. 5, 2019") states that date as ABS does
        stated = "ABS" if tokens[0] == "PARTOFDATE" and tokens[4] != "-" else tokens[0]
        if stated in ("DISC", "DISCN") and _MOVES_ON.search(" ".join(tokens[1:])):
            stated = "DISCFORWARD"  # "two days later", "the next day": the story moves on to that time
        # a bare clock time ("at 15:30" after a date) sets the last hour told, but states no day
        # a fiscal year ("the fiscal 2020 plan") frames no calendar dates after it
        _update_discourse(discourse, resolved, stated, anchor, frames=not since and not _FISCAL.match(text, start),
                          clock_only=rule.id in _BARE_CLOCK_RULES)
        if tokens[0] == "ABS" and resolved.precision in ("year", "month") and _YEAR_FRAME.fullmatch(text, sentence.start, start):
            # a year that opens its sentence ("In 1998, ...") sets the time the paragraph's story is in
            discourse.paragraph_year = discourse.sentence_year = resolved.start.year
            discourse.sentence_year_clause = discourse.clause
        start = inner
        if rule.span_group and match.group(rule.span_group):
            start, end = match.span(rule.span_group)
        if resolved.type == "TIME" and (zone := _zone_after().match(text, end, sentence.end)) is not None:
            end = zone.end()  # "19:30 GMT", "7 p.m. ET": the zone is part of the clock time
        found.append(Timex(start=start, end=end, text=text[start:end], type=resolved.type or rule.type,
                           value=resolved.value, rule_id=rule.id, date_start=resolved.start,
                           date_end=resolved.end, precision=resolved.precision, modifier=resolved.modifier,
                           duration_days=resolved.duration_days, tense=tense))
    return _weekday_ranges(text, _clock_times_on_their_day(text, found), anchor)


def _weekday_ranges(text: str, found: list[Timex], anchor: dt.date | None) -> list[Timex]:
    """The sentence's expressions with the two weekdays of a range (dayrange.joined_as_range) made one run: a past run keeps its
    last day and a run ahead its first ("spent Monday to Wednesday debating" said on a Tuesday is the
    week before; "votes between Friday and Sunday" said on a Tuesday is this week)."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.rule_id != "weekday" or second.rule_id != "weekday" or first.date_start is None \
                or second.date_start is None or first.date_start != first.date_end \
                or second.date_start != second.date_end:
            continue
        joined = dayrange.joined_as_range(text, first, second)
        gap = (second.date_start.weekday() - first.date_start.weekday()) % 7
        if not joined or gap == 0 or (second.date_start - first.date_start).days == gap:
            continue
        if "past" in (first.tense, second.tense) and "future" not in (first.tense, second.tense) \
                and (anchor is None or second.date_start <= anchor):
            out[i] = _moved_to(first, second.date_start - dt.timedelta(days=gap))
        else:
            out[i + 1] = _moved_to(second, first.date_start + dt.timedelta(days=gap))
    return out


def _moved_to(t: Timex, day: dt.date) -> Timex:
    """A day expression moved to another day, keeping any time of day its value has."""
    return attrs.evolve(t, value=day.isoformat() + t.value[10:], date_start=day, date_end=day)


# A bare clock time ("from 7 a.m. to midday") and a day its sentence names beside it ("on 4 June",
# "on Friday", "until Tuesday 3 May") at most this many characters apart: the time is on that day.
_CLOCK_DAY_REACH = 40
_BARE_CLOCK_RULES = frozenset({"clock_time", "noon"})


# A clock time opening a line is a live blog's entry stamp ("21:40 GMT A snap poll ..."): it is the time of
# the entry, not of a day its sentence names.
_LINE_START = re.compile(r".*\n[ \t]*", re.S)


def _clock_times_on_their_day(text: str, found: list[Timex]) -> list[Timex]:
    """The sentence's expressions, each bare clock time moved to the nearest day its sentence names
    within _CLOCK_DAY_REACH characters (before or after it), when it is on another day; not a day a
    period runs from ("stood at 3.2 metres at 8 a.m., up half a metre since Friday")."""
    days = [t for t in found if t.rule_id not in _BARE_CLOCK_RULES and t.precision == "day"
            and t.date_start is not None and t.date_start == t.date_end and len(t.value) >= 10
            and not _SINCE_BEFORE.search(text, max(0, t.start - 8), t.start)]
    if not days:
        return found
    out = []
    for t in found:
        if t.rule_id in _BARE_CLOCK_RULES and t.type == "TIME" and "T" in t.value \
                and not _LINE_START.fullmatch(text, max(0, t.start - 4), t.start) and t.start > 0:
            gap, day = min(((max(d.start - t.end, t.start - d.end), d.date_start) for d in days), key=lambda g: g[0])
            if gap <= _CLOCK_DAY_REACH and t.date_start != day:
                t = attrs.evolve(t, value=day.isoformat() + t.value[t.value.index("T"):], date_start=day, date_end=day,
                                 precision="day")
        out.append(t)
    return out


def _anchor_date(anchor: dt.date | dt.datetime | str | None) -> dt.date | None:
    """The anchor as a date: a datetime's date, an ISO 8601 string's date, or None for no anchor."""
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if anchor is None or isinstance(anchor, dt.date):
        return anchor
    if isinstance(anchor, str):
        try:
            return dt.date.fromisoformat(anchor[:10])
        except ValueError:
            raise ValueError(f"anchor {anchor!r} is not an ISO 8601 date (YYYY-MM-DD)") from None
    raise TypeError(f"anchor must be a date, a datetime, an ISO 8601 string or None, not {type(anchor).__name__}")


def find_timexes(text: str, anchor: dt.date | dt.datetime | str | None, *,
                 spans: Iterable[Span] | None = None, narrative_years: bool = True) -> list[Timex]:
    """All temporal expressions in `text` resolved against `anchor` (the publication date).

    `anchor` is a date, a datetime (its date is used), an ISO 8601 string, or None when the text's
    date is unknown.  `spans` restricts tagging to those sentences (default: every sentence of every
    line).  Expressions are resolved in text order so that "the same year" follows the text.  Without
    an anchor, a yearless month, date or season takes the year the text last named ("In 1812 ... In
    June" is 1812-06), unless `narrative_years` is false (then XXXX-06).
    """
    anchor = _anchor_date(anchor)
    if spans is None:
        spans = [s for p in segment.paragraphs(text) for s in segment.sentences(text, p.start, p.end)]
    discourse = Discourse(narrative_years=narrative_years, text=text)
    found: list[Timex] = []
    scan = _document_scan(text)
    for sentence in spans:
        found.extend(tag_sentence(text, sentence, anchor, discourse, scan))
    return found
