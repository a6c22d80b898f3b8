"""Event mentions: triggers from the ontology, with date, status, actors and place."""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterator

import attrs

from . import dayrange, lexicon, segment
from .clean import SpanIndex
from .ontology import ANAPHOR_TARGETS, MEETING_TYPES, TriggerRule, event_types, trigger_rules
from .prefilter import LiteralScanner, lower_is_exact, matches_at
from .records import Actor, Mention, Place, Span, Timex, dated_like
from .rulefiles import expand, load_rules
from .tense import is_past_form, is_report_date

_SENTENCE_INITIAL = re.compile(r"[\W_]*$")
# Context checks look this many characters around a match, so long sentences stay linear.
_CONTEXT_CHARS = 200
_CONTAINER_BEFORE = re.compile(
    r"\b(?:during|at|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+course\s+of|throughout)\s+"
    r"(?:(?:a|an|the|its|his|her|their|this|that)\s+)?(?:[\w’'-]+\s+){0,5}$", re.I)
_DURING_WHICH = re.compile(r"^[^.;]{0,80}?,?\s*during\s+which\b", re.I)
_MARKER = re.compile(r"\b(first(?:-ever)?|second|third|fourth|fifth|previous|last|next|latest|another|"
                     r"\d+(?:st|nd|rd|th))\s+(?:[\w’'-]+\s+){0,2}$", re.I)
# A conjunction between a date and a trigger puts them in different conjuncts
# ("the launch on November 21 and the test-fire ... on December 18").
_COORDINATION = re.compile(r"\s(?:and|but|or|while|whereas)\s|;")


@attrs.frozen
class _StatusCue:
    """One status cue of status_en.toml: its status, its patterns before and after the trigger, and the
    form the trigger must have for it to count (None: any)."""

    status: str
    left: re.Pattern[str] | None
    right: re.Pattern[str] | None
    trigger: re.Pattern[str] | None


@functools.cache
def _status_cues() -> tuple[tuple[int, int], tuple[_StatusCue, ...]]:
    """Window sizes (cues, negation) and the compiled status cues in file order."""
    data = load_rules("status_en")
    patterns = load_rules("events_en")["patterns"]

    def compiled(cue: dict, key: str) -> re.Pattern[str] | None:
        return re.compile(expand(cue[key], patterns), re.I) if key in cue else None

    cues = tuple(_StatusCue(cue["status"], compiled(cue, "left"), compiled(cue, "right"), compiled(cue, "trigger"))
                 for cue in data["cue"])
    return (data["window_words"], data["negation_window_words"]), cues


@functools.cache
def _aspect() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Start-verb and end-verb patterns."""
    aspect = load_rules("grammar_en")["aspect"]
    return re.compile(aspect["start"], re.I), re.compile(aspect["end"], re.I)


@functools.cache
def _run_noun() -> re.Pattern[str]:
    """The noun after "after a nine-day": the event's own run, not a delay."""
    return re.compile(load_rules("grammar_en")["aspect"]["run"], re.I)


def mention_id(article_id: str, start: int, end: int, event_type: str) -> str:
    """Deterministic mention id from its article, span and type."""
    digest = hashlib.sha1(f"{article_id}|{start}|{end}|{event_type}".encode()).hexdigest()
    return f"m_{digest[:16]}"


def _left_window(text: str, start: int, clause_start: int, words: int) -> str:
    """Up to `words` words before `start`, not before the clause start."""
    left = text[max(clause_start, start - _CONTEXT_CHARS):start]
    tokens = re.findall(r"\S+\s*", left)
    return "".join(tokens[-words:])


_TO_CUE = re.compile(r"\bto$", re.I)
_CALLED = re.compile(r"call(?:ed|s)?\s", re.I)
_FIRST_WORD = re.compile(r"[A-Za-z’'-]+")
_WORD_BEFORE = re.compile(r"([A-Za-z’']+)\s+$")
_PASSIVE_OR_PERFECT = frozenset({"be", "been", "being", "have", "has", "had", "get", "got", "having"})


def _finite_past_trigger(text: str, start: int, end: int) -> bool:
    """Whether a trigger is a verb in the past tense ("voted", "met") rather than an infinitive or a noun.

    Such a verb cannot sit in the complement of "refused to ..." ("deputies who refused to accept the
    ruling voted to remove the speaker"): it heads a clause of its own, which the negation does not reach.
    """
    word = _FIRST_WORD.match(text, start, end)
    if word is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in _PASSIVE_OR_PERFECT:
        return False
    return is_past_form(word.group(0))


_COORDINATED_VERB = re.compile(r"\b(?:and|but)\s+(?:(?:then|later|also|instead|promptly)\s+)?([A-Za-z’']+)", re.I)


def _coordinated_past_verb(between: str) -> bool:
    """Whether a coordinated past-tense verb stands between a negation and the trigger ("did not debate
    the motion and voted to adjourn"): the negation ends with its own verb phrase."""
    return any(is_past_form(m.group(1)) for m in _COORDINATED_VERB.finditer(between))


def find_status(text: str, start: int, end: int, clause: tuple[int, int]) -> tuple[str, str | None]:
    """Status of a trigger from cues in its clause: negation first, then the nearest cue."""
    (words, negation_words), cues = _status_cues()
    left = _left_window(text, start, clause[0], words)
    wide = _left_window(text, start, clause[0], negation_words)
    right = text[end:min(clause[1], end + _CONTEXT_CHARS)]
    best: tuple[int, str, str] | None = None
    finite_past = _finite_past_trigger(text, start, end)
    for cue in cues:
        status, left_re, right_re = cue.status, cue.left, cue.right
        if cue.trigger is not None and not cue.trigger.fullmatch(text, start, end):
            continue
        if left_re is not None:
            for m in left_re.finditer(wide if status == "negated" else left):
                distance = max(0, len(left.rstrip()) - m.end())
                if status == "negated" and finite_past and _TO_CUE.search(m.group(0)):
                    continue  # "refused to accept the ruling voted ...": the verb is not in the complement
                if status == "negated" and _coordinated_past_verb(wide[m.end():] + text[start:end]):
                    continue  # "did not debate the motion and voted to adjourn"
                if status == "negated":
                    return status, m.group(0)
                if best is None or distance < best[0]:
                    best = (distance, status, m.group(0))
        if right_re is not None:
            m = right_re.search(right)
            relative = _RELATIVE_AFTER.match(text, end) if m is None and status == "negated" else None
            if relative is not None and not finite_past and not is_past_form(text[start:end].split()[-1]):
                # the relative clause after a noun trigger is a clause of its own: look past it to the end of
                # the sentence ("the strike which the unions had called for Monday was withdrawn"; after a
                # verb, "announced that ..." reports something else)
                at = relative.start("which")  # past a phrase of the noun's ("a session of the bureau that ...")
                stop = _SENTENCE_STOP.search(text, at)
                m = right_re.search(text[at:min(stop.start() if stop else len(text), at + 2 * _CONTEXT_CHARS)])
            if m:
                if status == "negated":
                    return status, m.group(0).strip()
                distance = m.start() + 1
                if best is None or distance < best[0]:
                    best = (distance, status, m.group(0).strip())
    if best is None:
        return "occurred", None
    if best[1] == "hypothetical" and _WOULD.search(best[2]) and not _OTHER_MODAL.search(best[2]) \
            and _reported_plan(text, start, end):
        return "planned", best[2]  # "an aide said ... that the governor would take office next week"
    return best[1], best[2]


# "would" in what a reporting verb reports, with no condition in the sentence, is a future reported: a
# plan ("aides said the two leaders would hold talks in the capital", "announced that a session would
# be convened in May").
_REPORTING_BEFORE = re.compile(r"\b(?:said|says|announced|announces|confirmed|stated|told\s+[\w’'-]+)\b[^.;!?]*$", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|whether|could|might|should)\b", re.I)
# the hypothetical cue found (before the trigger or after it, "... would be convened") is "would", no other modal
_WOULD = re.compile(r"\bwould\b", re.I)
_OTHER_MODAL = re.compile(r"\b(?:could|might|may)\b", re.I)
_SENTENCE_STOP = re.compile(r"[.;!?](?=\s|$)")
# (after a short phrase of the noun's: "a sitting of the council that had been set for Friday")
# (or a zero relative naming the plan: "a march the union had set for Sunday has been scrapped")
_RELATIVE_AFTER = re.compile(r"[\s,]*(?:(?:of|by|at|in|on|for|from)\s+(?:[^\s.;,]+\s+){1,5}?)?(?P<which>which|that|"
                             r"(?=(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){1,3}?(?:had|has|have)\s+(?:been\s+)?"
                             r"(?:called|planned|announced|scheduled|set|tabled|organi[sz]ed)\b))", re.I)


# A headline's bare infinitive after its subject announces a plan ("Dockers to strike over port charges",
# "Leaders to meet in Geneva"), unless a noun or participle asks for it ("Calls to boycott the vote",
# "Unions urged to call off strike").
_HEADLINE_INFINITIVE = re.compile(r"[\W_]*[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}?\s+to\s+(?:[\w’'-]+\s+){0,2}")
_ASKING_BEFORE_TO = re.compile(r"(?:\w+ed|calls?|bids?|plans?|moves?|push|pressure|appeals?|demands?|threats?|"
                               r"pleas?|efforts?|attempts?|right|need|time|way|set|due|how|what|where|who|order)\s+to\s+"
                               r"(?:[\w’'-]+\s+){0,2}$", re.I)
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|$)")


# A plan made on a condition that follows it in its sentence is hypothetical ("she will resign if the
# country goes to war", "they said they would face arrest if they left"); not an indirect question ("to
# see if the troops are ready") nor a condition in another clause ("called a march on Thursday and say
# they will occupy the palace if ...").
_CONDITION_AFTER = re.compile(r"(?:(?!\b(?:and|but|while|which|who|that)\b)[^.;!?,]){0,80}?(?<!\bsee\s)(?<!\bask\s)(?<!\basked\s)(?<!\bknow\s)(?<!\bdecide\s)"
                              r"(?<!\bcheck\s)(?<!\bwonder\s)(?<!\bas\s)(?<!\beven\s)\b(if|unless)\b", re.I)


def _headline_plan(text: str, sentence: Span, start: int) -> bool:
    """Whether a trigger is the verb of a headline's bare infinitive: a line of its own without a closing
    stop, that begins with its subject and `to` (`_HEADLINE_INFINITIVE`)."""
    line = text[sentence.start:sentence.end].rstrip()
    if not line or line[-1] in ".!?…\"”’'" or (sentence.start > 0 and text[sentence.start - 1] not in "\r\n"):
        return False
    if not _LINE_END.match(text, sentence.start + len(line)):
        return False
    return _HEADLINE_INFINITIVE.fullmatch(text, sentence.start, start) is not None \
        and not _ASKING_BEFORE_TO.search(text, sentence.start, start)


def _reported_plan(text: str, start: int, end: int) -> bool:
    """Whether a trigger's "would" belongs to a reported future with no condition in its sentence."""
    before = _REPORTING_BEFORE.search(text, max(0, start - 300), start)
    if before is None:
        return False
    stop = _SENTENCE_STOP.search(text, end)
    return not _CONDITION.search(text, before.start(), stop.start() if stop else len(text))


@attrs.frozen
class Candidate:
    """A trigger match before it becomes a mention."""

    rule: TriggerRule
    start: int
    end: int
    match_start: int
    match_end: int


def _trigger_span(match: re.Match[str]) -> tuple[int, int]:
    """The span of the rule's trigger group (t, or t2 to t6 for alternatives), else the whole match."""
    for name in ("t", "t2", "t3", "t4", "t5", "t6"):
        if name in match.re.groupindex and match.group(name) is not None:
            return match.span(name)
    return match.span()


@attrs.frozen
class _RuleIndex:
    """Which trigger rules a sentence can fire, from one scan of it for the rules' literal words."""

    scanner: LiteralScanner  # every required and leading literal of every rule
    needs: dict[str, frozenset[int]]  # longest literal found at a position -> rules that require one found there
    leads: dict[str, tuple[int, ...]]  # longest literal found at a position -> rules a match of which may start there
    unlisted: frozenset[int]  # rules that need no literal
    start_anywhere: frozenset[int]  # rules whose matches may start anywhere (no leading literals)


@functools.cache
def _rule_index() -> _RuleIndex:
    """The rule index of the trigger rules."""
    rules = trigger_rules()
    scanner = LiteralScanner(w for r in rules for words in (r.literals, r.leading) if words for w in words)
    needs = {w: frozenset(i for i, r in enumerate(rules) if r.literals and not r.literals.isdisjoint(found))
             for w, found in scanner.prefixes.items()}
    leads = {w: tuple(i for i, r in enumerate(rules) if r.leading and not r.leading.isdisjoint(found))
             for w, found in scanner.prefixes.items()}
    return _RuleIndex(scanner, needs, leads, frozenset(i for i, r in enumerate(rules) if r.literals is None),
                      frozenset(i for i, r in enumerate(rules) if r.leading is None))


def _rule_matches(text: str, sentence: Span, body: str) -> Iterator[tuple[TriggerRule, re.Match[str]]]:
    """(rule, match) for every trigger rule in file order: a rule is tried only if the sentence holds one of
    its required literals (lower-cased), and only where one of its leading literals starts."""
    index = _rule_index()
    lower = body.lower()
    exact = lower_is_exact(body, lower)
    possible: set[int] = set()
    starts: dict[int, list[int]] = {}
    for offset, word in index.scanner.longest(lower):
        possible |= index.needs[word]
        for i in index.leads[word]:
            starts.setdefault(i, []).append(offset)
    # a rule is tried if the sentence holds one of the words it needs, and (when the lower-cased text lines up
    # with the text) if one of its leading literals starts somewhere in it
    tried = possible | index.unlisted
    if exact:
        tried &= starts.keys() | index.start_anywhere
    rules = trigger_rules()
    for i in sorted(tried):
        rule = rules[i]
        if rule.require is not None and not rule.require.search(body):
            continue
        if exact and rule.leading is not None:
            matches = matches_at(rule.regex, text, sentence.start, sentence.end, starts[i])
        else:
            matches = rule.regex.finditer(text, sentence.start, sentence.end)
        for m in matches:
            yield rule, m


def _inside_a_word(text: str, offset: int) -> bool:
    """Whether `offset` falls between two letters or digits of one word."""
    return 0 < offset < len(text) and text[offset - 1].isalnum() and text[offset].isalnum()


def find_triggers(text: str, sentence: Span) -> list[Candidate]:
    """Trigger matches in one sentence, with context checks applied and overlaps resolved."""
    found: list[Candidate] = []
    for rule, m in _rule_matches(text, sentence, text[sentence.start:sentence.end]):
        if rule.not_before is not None and \
                rule.not_before.search(text[max(sentence.start, m.start() - _CONTEXT_CHARS):m.start()]):
            continue
        if rule.not_after is not None and \
                rule.not_after.match(text[m.end():min(sentence.end, m.end() + _CONTEXT_CHARS)]):
            continue
        start, end = _trigger_span(m)
        if _inside_a_word(text, m.start()) or _inside_a_word(text, start):
            continue  # "ended" in "attended": a rule pattern without a word boundary must not match there
        found.append(Candidate(rule, start, end, m.start(), m.end()))
    found.sort(key=lambda c: (-c.rule.priority, -(c.match_end - c.match_start), c.start, c.rule.id))
    kept: list[Candidate] = []
    size = sentence.end - sentence.start
    taken_any = bytearray(size)
    taken_by_type: dict[str, bytearray] = {}
    for cand in found:
        a, b = cand.start - sentence.start, cand.end - sentence.start
        same_type = taken_by_type.setdefault(cand.rule.type, bytearray(size))
        if any(same_type[a:b]) or (cand.rule.anaphoric and any(taken_any[a:b])) or (b > a and all(taken_any[a:b])):
            continue
        kept.append(cand)
        same_type[a:b] = b"\x01" * (b - a)
        taken_any[a:b] = b"\x01" * (b - a)
    return sorted(kept, key=lambda c: c.start)


def _prefer_stated_date(chosen: Timex, candidates: list[Timex]) -> Timex:
    """A weekday stated beside its month and day ("Saturday's vote, set for 21 September") is that date."""
    if chosen.rule_id != "weekday":
        return chosen
    stated = [t for t in candidates if t.rule_id in ("month_day", "day_month") and abs(t.start - chosen.start) <= 40]
    return stated[0] if stated else chosen


# "until 2030" after a noun the trigger governs ("signed a plan for cooperation until 2030") bounds
# that noun's period, not the trigger's event; right after the trigger ("talks lasted until Friday",
# "postponed the vote until March") it is the event's own bound.
_BOUND_BEFORE = re.compile(r"\b(?:until|till|through|to)\s+$", re.I)
_BOUND_REACH = 25


# "to" after a verb of rescheduling names the new date ("the election would be brought forward to 9 May")
_RESCHEDULED_TO = re.compile(r"\b(?:moved|brought\s+forward|put\s+back|pushed\s+back|postponed|delayed|deferred|"
                             r"advanced|rescheduled|shifted|changed|set\s+back)\s+to\s+$", re.I)


def _bounds_a_noun(text: str, trigger: Candidate, t: Timex) -> bool:
    """Whether a date after the trigger is the end of a period a noun after the trigger names (not the new
    date of a rescheduled event)."""
    return t.start - trigger.end > _BOUND_REACH \
        and bool(_BOUND_BEFORE.search(text, max(trigger.end, t.start - 8), t.start)) \
        and not _RESCHEDULED_TO.search(text, max(trigger.end, t.start - 40), t.start)


# "for 1982" after a noun the trigger governs ("a protocol on deliveries of grain for 1982 was signed on
# Tuesday") is the period that noun covers; after a verb of scheduling ("elections set for 2027") it is the
# event's own date.
_PERIOD_FOR = re.compile(r"([A-Za-z’'-]+)\s+for\s+(?:the\s+(?:year|period|years)\s+)?$", re.I)
_SCHEDULED = frozenset({"set", "scheduled", "planned", "due", "slated", "called", "fixed", "rescheduled", "postponed",
                        "delayed", "put", "pencilled", "penciled", "earmarked", "booked", "moved", "deferred", "reset", "floated",
                        "proposed", "mooted", "targeted", "pushed", "brought"})


def _period_of_a_noun(text: str, trigger: Candidate, t: Timex) -> bool:
    """Whether a year written in figures after the trigger, after "for" and a noun the trigger governs, is
    that noun's period."""
    if not t.text.isdigit() or t.start <= trigger.end:
        return False
    m = _PERIOD_FOR.search(text, max(trigger.end, t.start - 40), t.start)
    return m is not None and m.start(1) > trigger.end and m.group(1).lower() not in _SCHEDULED


_POSSESSIVE = re.compile(r"[’']s\b")


def _possessive_after(text: str, trigger: Candidate, t: Timex) -> bool:
    """Whether a date after the trigger is a possessive that dates the noun it precedes ("the largest
    tremor since last month's flood", "criticised Sunday's vote"), not the trigger."""
    return t.start >= trigger.end and _POSSESSIVE.match(text, t.end) is not None


# A season's name before the break it names ("its Christmas recess", "the summer holidays") dates the
# break, not an event it is the object of ("returned from its Christmas recess on Tuesday").
_NAMES_A_BREAK = re.compile(r"\s+(?:recess|break|holidays?|vacation|shutdown)\b", re.I)


def _names_a_break(text: str, trigger: Candidate, t: Timex) -> bool:
    """Whether a date is the name of a break that follows it ("its Christmas recess"), away from the trigger."""
    return _NAMES_A_BREAK.match(text, t.end) is not None and not trigger.start <= t.start < trigger.end


_YEARLESS_MONTH_RULES = frozenset({"month_bare", "month_alone"})


@functools.cache
def _gap_before_date() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A measured gap from another event that a date follows, and an approximation before it (grammar_en.toml)."""
    rel = load_rules("grammar_en")["event_relations"]
    return re.compile(expand(rel["gap_before_date"], {"same_day": rel["same_day"]}), re.I), \
        re.compile(rel["approximate"], re.I)


def _across_a_gap(text: str, sentence: Span, trigger: Candidate, date: Timex | None) -> Timex | None:
    """The day of a trigger dated by another event's day across a measured gap ("Two days after the vote on
    Sunday, the president resigned" is two days after Sunday); the other event keeps its own day."""
    if date is None or date.precision != "day" or date.date_start is None or date.date_start != date.date_end:
        return date
    window = text[max(sentence.start, date.start - 120):date.start].lower()
    if "after" not in window and "before" not in window and "eve " not in window:
        return date  # the common case, without running the pattern
    gap_re, approximate = _gap_before_date()
    m = gap_re.search(text, max(sentence.start, date.start - 120), date.start)
    if m is None or m.start() <= trigger.start < date.end \
            or approximate.search(text, max(sentence.start, m.start() - 20), m.start()):
        return date
    if m.group("eve"):
        step = -1
    elif m.group("rel3"):
        step = 1 if m.group("rel3").lower() == "after" else -1
    elif m.group("n"):
        step = _gap_days(m.group("n"), m.group("unit"))
        step = step if m.group("rel2").lower() == "after" else -step
    else:
        return date  # hours or moments after: the same day
    day = date.date_start + dt.timedelta(days=step)
    return attrs.evolve(date, date_start=day, date_end=day, value=day.isoformat() + date.value[10:])


def _coming_date(date: Timex, status: str, anchor: dt.date, trigger_start: int) -> Timex:
    """A bare weekday or month dating a planned or expected event is the coming one, whatever the tense
    of the verb that plans it ("organisers have called for another march on Thursday", "agreed to meet
    again in January"); not one before the trigger that a past verb governs, the day the plan was made
    ("agreed last week to resume talks")."""
    if status not in ("planned", "expected") or date.date_start is None or date.date_end >= anchor \
            or (date.end <= trigger_start and date.tense == "past"):
        return date
    if date.rule_id == "weekday" and (anchor - date.date_start).days < 7:
        week = dt.timedelta(days=7)
        return attrs.evolve(date, date_start=date.date_start + week, date_end=date.date_end + week,
                            value=(date.date_start + week).isoformat() + date.value[10:])
    if date.rule_id in _YEARLESS_MONTH_RULES and date.precision == "month" and (anchor - date.date_start).days < 366:
        start = date.date_start.replace(year=date.date_start.year + 1)
        end = dt.date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
        return attrs.evolve(date, date_start=start, date_end=end, value=f"{start.year:04d}" + date.value[4:])
    return date


def _dates_own_report(text: str, trigger: Candidate, t: Timex) -> bool:
    """A reporting trigger ("announced on March 6") is dated by its own report date."""
    return trigger.rule.type == "speech_or_statement" and 0 <= t.start - trigger.end <= 5 \
        and text[trigger.end:t.start].strip().lower() in ("", "on")


# A reporting verb with its complement between a trigger and a later date puts the date in what was
# reported ("after the talks, Putin said the paper, published on May 2, ..."), not on the trigger;
# a parenthetical "officials said," does not.  So does a verb of deciding with its "that"-clause ("the
# plenum agreed that the election would be held on 4 May"), but not "that" as a determiner ("agreed that day").
_REPORTED_CONTENT = re.compile(r"\b(?:said|says|told\s+[\w’'-]+|stated|added|noted|insisted|claimed)\b(?!\s*[,.;:—–-])"
                               r"|\b(?:agreed|decided|resolved|ruled|concluded|announced|confirmed|declared)\s+that\b"
                               r"(?!\s+(?:day|week|month|year|morning|afternoon|evening|night|time|same|very)\b)", re.I)


# A statement's "that"-clause tells what was said, and its dates are of what was said: "announced that
# a session would open in late March", "said that the army, founded in 1948, ... and stressed".
_THAT_CLAUSE = re.compile(r"\s*(?:,\s*)?that\b", re.I)
_REPORTED_THAT_BEFORE = re.compile(r"\b(?:said|says|stated|noted|added|announced|stressed|warned|declared|insisted|"
                                   r"claimed|told\s+[\w’'-]+(?:\s+[\w’'-]+)?)\s+that\b", re.I)
_AND_BEFORE = re.compile(r",?\s+and\s+(?:(?:also|then|later)\s+)?$", re.I)


def _in_a_statement_content(text: str, sentence: Span, trigger: Candidate, t: Timex) -> bool:
    """Whether a date lies in what a statement trigger reports rather than dating the statement: in the
    trigger's own "that"-clause, or in the "that"-clause of a statement verb the trigger is coordinated with."""
    if trigger.rule.type != "speech_or_statement":
        return False
    if t.start >= trigger.end:
        that = _THAT_CLAUSE.match(text, trigger.end)
        return that is not None and that.end() <= t.start
    return bool(_REPORTED_THAT_BEFORE.search(text, sentence.start, t.start)) \
        and bool(_AND_BEFORE.search(text[t.end:trigger.start]))


_OPENING = re.compile(r"[\W_]*(?:(?:In|On|By|Since|During|Until|Through|Early|Late|Earlier|Later|Back|Updated|Posted)\s+)?")
_STAMP_END = re.compile(r"\s*(?:[A-Z]\w{0,20}\s+time\s*|[A-Z]{2,4}\s*)?(?:,|[—–]|-\s|:\s)")


def _is_sentence_initial(text: str, sentence: Span, t: Timex) -> bool:
    """A temporal adverbial opening the sentence ("Last year, ...", a live-blog stamp "14:40 —"),
    which scopes over the whole sentence."""
    return bool(_OPENING.fullmatch(text[sentence.start:t.start]) and _STAMP_END.match(text, t.end))


# A live blog's entry stamp: a clock time alone on its line ("19:41", "09.02 GMT").
_STAMP_LINE = re.compile(r"[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]+[A-Z]{2,4})?[ \t]*")


def _entry_stamp(text: str, sentence: Span, timexes: list[Timex], timex_starts: list[int]) -> Timex | None:
    """The stamp of the live-blog entry a sentence opens or belongs to: a clock time alone on the line
    before the sentence's paragraph, tagged as a time of the blog's day.  It dates the entry's events
    that name no date of their own ("21:10 / The Senate has passed the budget by 61 votes to 39")."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    previous_end = line_start - 1
    while previous_end > 0 and text[previous_end - 1] in "\r\n \t":
        previous_end -= 1
    if previous_end <= 0:
        return None
    previous_start = text.rfind("\n", 0, previous_end) + 1
    if not _STAMP_LINE.fullmatch(text, previous_start, previous_end):
        return None
    i = bisect.bisect_left(timex_starts, previous_start)
    if i < len(timexes) and timexes[i].start < previous_end and timexes[i].type == "TIME" \
            and timexes[i].date_start is not None:
        return timexes[i]
    return None


def attach_date(text: str, sentence: Span, starts: list[int], trigger: Candidate,
                timexes: list[Timex], other_starts: list[int] = ()) -> Timex | None:
    """The temporal expression dating a trigger: nearest in its clause, else a sentence-initial one.

    `other_starts` are the sorted starts of the sentence's triggers (a relative clause belongs to the
    trigger closest before it).
    """
    clause = segment.clause_index(starts, trigger.start)
    usable = [t for t in timexes if t.date_start is not None and t.type in ("DATE", "TIME")
              and (not is_report_date(text, t.start, sentence.start) or _dates_own_report(text, trigger, t))
              and not (t.start >= trigger.end and _REPORTED_CONTENT.search(text, trigger.end, t.start))
              and not _bounds_a_noun(text, trigger, t) and not _possessive_after(text, trigger, t)
              and not _names_a_break(text, trigger, t)
              and not _period_of_a_noun(text, trigger, t)
              and not _in_a_statement_content(text, sentence, trigger, t)]
    def cost(t: Timex) -> int:
        if t.start >= trigger.end:
            between = text[trigger.end:t.start]
            return t.start - trigger.end + (100 if _COORDINATION.search(between) else 0)
        between = text[t.end:trigger.start]
        return 2 * (trigger.start - t.end) + (30 if "," in between else 0) + \
            (100 if _COORDINATION.search(between) else 0)

    def nearest(group: list[Timex]) -> Timex:
        return min(group, key=lambda t: (cost(t), t.start))

    relative_start = starts[clause + 1] if clause + 1 < len(starts) else sentence.end
    i = bisect.bisect_left(other_starts, trigger.end)
    closest_noun = not (i < len(other_starts) and other_starts[i] < relative_start)
    relative = [t for t in usable if segment.expression_clause(text, starts, t.start, t.end) == clause + 1] \
        if closest_noun and segment.relative_clause_follows(text, starts, clause, trigger.end) else []
    same = [t for t in usable if segment.expression_clause(text, starts, t.start, t.end) == clause]
    if same:
        chosen = _prefer_stated_date(nearest(same), same)
        if relative and chosen.end <= trigger.start and segment.next_clause_places_event(text, starts, clause):
            return nearest(relative)  # "said on Tuesday ... the spring session, which opens on March 3"
        return chosen
    shared = [t for t in usable if segment.clause_index(starts, t.start) == clause]  # "an incident in March, when ..."
    if shared:
        return nearest(shared)
    if relative:
        return nearest(relative)
    if segment.predicate_resumes(text, starts, clause):
        resumed = [t for t in usable if segment.expression_clause(text, starts, t.start, t.end) == clause + 2]
        if resumed:
            return nearest(resumed)  # "the plenum, which lasted four days, ended on Saturday"
    initial = [t for t in usable if _is_sentence_initial(text, sentence, t)]
    return initial[0] if initial else None


_AFTER_A_RUN = re.compile(r"\bafter\s+(?:a|an)\s+$", re.I)
# "ended on Monday after three days of deliberations", "wound up on Monday after four days.": a count of days
# right after `after`, then a run noun or the end of the clause
_AFTER_DAYS = re.compile(r"\bafter\s+$", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?]|$)")
# "N days of" before the trigger: the run it names ("concluded two days of talks")
_DAYS_OF = re.compile(r"\s+of\s+(?:[\w’'-]+\s+){0,3}", re.I)
# a relative clause giving the length of the trigger's event: "the plenum, which lasted four days, ended ..."
_LASTED = re.compile(r"[\s,]*(?:which|that)\s+(?:had\s+)?(?:lasted|ran|went\s+on|continued|lasts|runs|will\s+(?:last|run))"
                     r"\s+(?:for\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?", re.I)


# A run told by its opening in a relative clause and its closing in the predicate after it: "The forum,
# which opened on 2 May, closed yesterday", "The drills, which began on 9 March, ended on Friday".
_OPENING_VERB = re.compile(r"\b(?:opened|began|started|convened|got\s+under\s*way)\b", re.I)
_CLOSING_VERB = re.compile(r"\s*(?:(?:was|were)\s+)?(?:ended|closed|concluded|finished|wrapped\s+up|wound\s+up|"
                           r"came\s+to\s+an\s+end|drew\s+to\s+a\s+close|broke\s+up)\b", re.I)


def _closing_day(text: str, starts: list[int], clause: int, date: Timex, timexes: list[Timex]) -> Timex | None:
    """The day a run closed, when its trigger is dated by the opening a relative clause tells and the
    predicate resumed after it tells the closing, with a day of its own no earlier than the opening."""
    if not segment.predicate_resumes(text, starts, clause) or date.date_start is None:
        return None
    relative, resumed = starts[clause + 1], starts[clause + 2]
    if not relative <= date.start < resumed or not _OPENING_VERB.search(text, relative, date.start) \
            or not _CLOSING_VERB.match(text, resumed):
        return None
    end = starts[clause + 3] if clause + 3 < len(starts) else len(text)
    return next((t for t in timexes if resumed <= t.start < end and t.precision == "day" and t.date_end is not None
                 and t.date_start >= date.date_start and t.type in ("DATE", "TIME")), None)


def _duration_before(text: str, trigger: Candidate, clause: tuple[int, int], timexes: list[Timex],
                     date: Timex | None = None) -> Timex | None:
    """A duration adjective modifying the trigger ("three-day party plenum", "two-day presidential election"),
    or the run it ended ("closed on Monday after a nine-day run")."""
    for t in sorted(timexes, key=lambda t: -t.end):
        between = text[t.end:trigger.start]
        if t.type == "DURATION" and clause[0] <= t.start and t.end <= trigger.start and t.duration_days \
                and len(between.split()) <= 2 and re.fullmatch(r"[\w\s’'-]*", between):
            return t
        if t.type == "DURATION" and t.duration_days and trigger.start <= t.start and t.end <= trigger.end:
            return t  # inside the trigger: "ended a two-day sitting", "a two-day strike"
        if t.type == "DURATION" and t.duration_days and _LASTED.fullmatch(text, trigger.end, t.start):
            return t  # "the plenum, which lasted four days, ended on Saturday"
        if t.type == "DURATION" and t.duration_days and clause[0] <= t.start and \
                (t.start < trigger.start < t.end or _DAYS_OF.fullmatch(text, t.end, trigger.start)):
            return t  # "concluded two days of talks", "wound up four days of winter exercises"
    for t in timexes:
        # right after the date: "closed on Monday after a nine-day run"
        if t.type == "DURATION" and date is not None and trigger.end <= date.end <= t.start and t.duration_days \
                and _AFTER_A_RUN.search(text, max(date.end, t.start - 12), t.start) \
                and re.fullmatch(r"[\s\w]{0,12}", text[date.end:t.start]) and _run_noun().match(text, t.end):
            return t
        if t.type == "DURATION" and date is not None and trigger.end <= date.end <= t.start and t.duration_days \
                and t.value.endswith("D") and _AFTER_DAYS.search(text, max(date.end, t.start - 8), t.start) \
                and re.fullmatch(r",?[\s\w]{0,12}", text[date.end:t.start]) \
                and (_run_noun().match(text, t.end) or _CLAUSE_ENDS.match(text, t.end)):
            return t
    return None


_FROM_DATE = re.compile(r"\s+(?:on|from|starting|beginning)\s+", re.I)


def date_interval(text: str, trigger: Candidate, date: Timex, duration: Timex | None,
                  clause: tuple[int, int]) -> tuple[dt.date, dt.date]:
    """The event's interval: the date, stretched by a duration tied to a start or end verb.

    `clause` spans the trigger and its date (they may sit in a relative clause after the trigger).
    """
    start, end = date.date_start, date.date_end
    if duration is None or date.precision != "day" or start != end:
        return start, end
    days = duration.duration_days - 1
    start_re, end_re = _aspect()
    clause_text = text[clause[0]:clause[1]]
    if end_re.search(clause_text):
        return end - dt.timedelta(days=days), end
    if start_re.search(clause_text) or _FROM_DATE.fullmatch(text, trigger.end, date.start):
        # a run said to be "on" or "from" a day right after it starts then: "a two-day strike on 4 March"
        return start, start + dt.timedelta(days=days)
    return start, end


def _actors_for(text: str, trigger: Candidate, clause: tuple[int, int], sentence: Span,
                found: list[lexicon.Found], starts: list[int], lower_bound: int) -> list[Actor]:
    """Actors of a trigger with roles: dictionary and title matches in its clause, or a pronoun subject.

    `starts` are the sorted start offsets of `found`.
    """
    etype = event_types()[trigger.rule.type]
    nearby = found[bisect.bisect_left(starts, min(clause[0], sentence.start)):bisect.bisect_left(starts, clause[1])]
    inside = [f for f in nearby if clause[0] <= f.start and f.end <= clause[1]]
    if not inside:  # (a body named by a description is only the actor of its own clause's events)
        inside = [f for f in nearby if sentence.start <= f.start and f.end <= trigger.start
                  and f.how != "body_description"]
    people_or_orgs = [f for f in inside if f.how != "demonym"]
    chosen = people_or_orgs or inside
    actors: list[Actor] = []
    seen: set[str] = set()
    before_role = "patient" if trigger.rule.passive else etype.role_before
    for f in chosen:
        role = before_role if f.start < trigger.end else etype.role_after
        key = f.entry.id or f.entry.name
        if key not in seen:
            seen.add(key)
            actors.append(lexicon.as_actor(f, role))
    if not any(a.char_end is not None and a.char_end <= trigger.start for a in actors):
        for start, end in lexicon.pronoun_spans(text, clause[0], trigger.start):
            antecedent = lexicon.resolve_pronoun(text, found, start, lower_bound, starts=starts)
            if antecedent is not None and (antecedent.entry.id or antecedent.entry.name) not in seen:
                actors.insert(0, lexicon.as_actor(antecedent, before_role, start=start, end=end))
                seen.add(antecedent.entry.id or antecedent.entry.name)
                break
    return actors


def _place_for(places: list[Place], clause: tuple[int, int]) -> Place | None:
    """The first place introduced by a locative preposition in the clause (places of its sentence given)."""
    return next((p for p in places if clause[0] <= p.char_start < clause[1]), None)


def _resolve_anaphor(index: int, mentions: list[Mention], rule_type: str) -> Mention | None:
    """The antecedent of a definite description: the latest mention of the most-mentioned fitting type."""
    targets = ANAPHOR_TARGETS.get(rule_type, (rule_type,))
    earlier = [m for m in mentions[:index] if not m.anaphoric and m.event_type in targets]
    if not earlier:
        return None
    counts = {t: sum(m.event_type == t for m in earlier) for t in targets}
    salient = max(counts, key=lambda t: (counts[t], max((m.char_start for m in earlier if m.event_type == t), default=-1)))
    return [m for m in earlier if m.event_type == salient][-1]


def extract_mentions(text: str, article_id: str, anchor: dt.date | None, sentences: list[Span],
                     timexes: list[Timex], excluded: list[Span], found: list[lexicon.Found]) -> list[Mention]:
    """Event mentions of an article, in text order, before linking."""
    types = event_types()
    mentions: list[Mention] = []
    containers: list[tuple[int, int]] = []
    outside = SpanIndex(excluded)
    timexes = dayrange.join_day_ranges(text, timexes)  # "from Monday to Wednesday" dates one run
    actor_starts = [f.start for f in found]
    timex_starts = [t.start for t in timexes]
    for sentence in sentences:
        first_here = len(mentions)
        candidates = find_triggers(text, sentence)
        if not candidates:
            continue
        starts = segment.clause_starts(text, sentence.start, sentence.end)
        in_sentence = timexes[bisect.bisect_left(timex_starts, sentence.start):
                              bisect.bisect_left(timex_starts, sentence.end)]
        stamp = _entry_stamp(text, sentence, timexes, timex_starts)
        candidate_starts = [c.start for c in candidates]
        places = lexicon.find_places(text, sentence.start, sentence.end)
        for cand in candidates:
            if outside.contains(cand.start):
                continue
            ci = segment.clause_index(starts, cand.start)
            clause = (starts[ci], starts[ci + 1] if ci + 1 < len(starts) else sentence.end)
            date = attach_date(text, sentence, starts, cand, in_sentence, candidate_starts) or stamp
            date = _across_a_gap(text, sentence, cand, date)
            status, cue = find_status(text, cand.start, cand.end, clause)
            if status == "hypothetical" and cue is not None and _headline_plan(text, sentence, cand.start):
                status = "planned"  # "Dockers to strike over port charges"
            elif status == "planned" and _CONDITION_AFTER.match(text, cand.end, sentence.end):
                status, cue = "hypothetical", _CONDITION_AFTER.match(text, cand.end, sentence.end).group(1)
            fields: dict = {}
            if date is not None and anchor is not None:
                date = _coming_date(date, status, anchor, cand.start)
            if date is not None:
                duration = _duration_before(text, cand, clause, in_sentence, date)
                span = (min(clause[0], date.start), max(clause[1], date.end))
                start, end = date_interval(text, cand, date, duration, span)
                closing = _closing_day(text, starts, ci, date, in_sentence)
                if closing is not None and start == date.date_start and closing.date_end > end:
                    end = closing.date_end  # "the forum, which opened on 2 May, closed yesterday"
                source = "context" if date is stamp else "own"  # a live blog's entry stamp is context
                fields = dict(timex=date, date_source=source, date_start=start, date_end=end,
                              date_precision=date.precision, date_modifier=date.modifier)
                if status in ("occurred", "ongoing") and anchor is not None and start > anchor:
                    status, cue = "planned", date.text
                elif status == "planned" and cue and _CALLED.match(cue) and anchor is not None and end < anchor:
                    status, cue = "occurred", date.text  # "In 2016 the premier called a referendum"
                elif status == "occurred" and anchor is not None and start < anchor < end:
                    status, cue = "ongoing", date.text
            marker = _MARKER.search(_left_window(text, cand.start, clause[0], 3))
            etype = types[cand.rule.type]
            confidence = min(0.95, cand.rule.confidence + (0.1 if date is not None else 0.0))
            mentions.append(Mention(
                mention_id=mention_id(article_id, cand.start, cand.end, cand.rule.type), article_id=article_id,
                event_type=cand.rule.type, char_start=cand.start, char_end=cand.end,
                trigger_text=text[cand.start:cand.end], sentence_start=sentence.start, sentence_end=sentence.end,
                sentence=text[sentence.start:sentence.end], status=status, status_cue=cue, rule_id=cand.rule.id,
                confidence=round(confidence if not cand.rule.anaphoric else 0.6, 2),
                actors=_actors_for(text, cand, clause, sentence, found, actor_starts, max(0, sentence.start - 600)),
                place=_place_for(places, clause), anaphoric=cand.rule.anaphoric,
                distinct_marker=marker.group(1).lower() if marker else None,
                cameo_code=etype.cameo, plover_type=etype.plover, **fields))
            containers.append((cand.match_start, cand.match_end))
        _link_containers(text, sentence, mentions, first_here, containers)
    mentions = _resolve_anaphors(mentions)
    mentions = _relative_to_sentence_event(text, mentions, timexes)
    mentions = _same_day_as_before(text, mentions)
    mentions = _related_event_dates(text, mentions, timexes)
    mentions = _frame_dates(text, mentions)
    mentions = _propagate_openings(mentions)
    return _context_dates(text, mentions, timexes)


# An undated factual mention takes the day of a dated happening told just before it in its paragraph
# ("On Tuesday, troops crossed the border. They also shelled two villages.").
_CONTEXT_SENTENCES = 2
_CONTEXT_LOOKBACK = 30


def _context_dates(text: str, mentions: list[Mention], timexes: list[Timex] = ()) -> list[Mention]:
    """Date undated factual mentions from the nearest dated mention before them in the same paragraph,
    else from the single day the sentence just before them (in the paragraph) is dated by."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.date_start is not None or m.status not in ("occurred", "ongoing") or m.container_index is not None \
                or _unmeasured_gap_before(text, m):
            continue
        paragraph_start = text.rfind("\n", 0, m.sentence_start) + 1
        source = None
        for e in reversed(out[max(0, i - _CONTEXT_LOOKBACK):i]):
            if e.char_start < paragraph_start:
                break
            if e.date_source in ("own", "relative", "opening") and e.date_precision == "day" \
                    and e.status in ("occurred", "ongoing") \
                    and _sentences_between(text, e.sentence_start, m.sentence_start) < _CONTEXT_SENTENCES:
                source = e
                break
        if source is None:
            day = _previous_sentence_day(text, m, paragraph_start, timexes)
            if day is not None:
                out[i] = attrs.evolve(m, timex=day, date_source="context", date_start=day.date_start,
                                      date_end=day.date_end, date_precision="day", date_modifier=None)
            continue
        out[i] = dated_like(m, source, "context")
    return out


def _unmeasured_gap_before(text: str, m: Mention) -> bool:
    """Whether the mention is placed an unmeasured or approximate time from another event ("came days
    after talks collapsed", "less than two weeks after the strike"): its day is not the one told before."""
    lead_re = _relations()[0]
    _, _, approximate_re = _frames()
    lead = lead_re.search(text[max(m.sentence_start, m.char_start - 80):m.char_start])
    if lead is None:
        return False
    at = m.char_start - len(lead.group(0))
    return bool(_MEASURED_GAP.search(text, max(m.sentence_start, at - 30), at)
                or approximate_re.search(text, max(m.sentence_start, at - 30), at))


def _previous_sentence_day(text: str, m: Mention, paragraph_start: int, timexes: list[Timex]) -> Timex | None:
    """The one past day the sentence before a mention's, in its paragraph, is dated by
    ("Voting on Saturday was marred by violence. In some towns, thugs attacked voters.")."""
    if m.sentence_start <= paragraph_start:
        return None
    head = text[paragraph_start:m.sentence_start + 1]
    ends = list(re.finditer(r"[.!?][\"'”’)]*\s+(?=[A-Z“\"])", head))
    previous = paragraph_start + (ends[-2].end() if len(ends) > 1 else 0)
    days = [t for t in timexes if previous <= t.start < m.sentence_start and t.type in ("DATE", "TIME")
            and t.precision == "day" and t.date_start is not None and t.date_start == t.date_end
            and t.tense in ("past", None) and not is_report_date(text, t.start, previous)]
    return days[0] if len({t.date_start for t in days}) == 1 else None


def _sentences_between(text: str, start: int, end: int) -> int:
    """How many sentence starts lie after `start` up to `end` (0 for the same sentence)."""
    return len(re.findall(r"[.!?][\"'”’)]*\s+(?=[A-Z“\"])", text[start:end]))


_DAY_AFTER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|the)\s+(?P<unit>days?|weeks?)\s+(?P<rel>after|before)\s+"
                        r"(?:[\w’'-]+\s+){0,8}$", re.I)


def _relative_to_sentence_event(text: str, mentions: list[Mention], timexes: list[Timex]) -> list[Mention]:
    """Date "a day after <event>" from the day its sentence is about: the event was a day earlier."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.date_start is not None:
            continue
        rel = _DAY_AFTER.search(text[max(m.sentence_start, m.char_start - 90):m.char_start])
        if rel is None:
            continue
        days = [x.timex for x in mentions if x.sentence_start == m.sentence_start and x.date_source == "own"
                and x.date_precision == "day" and x.timex is not None and x.date_start == x.date_end]
        days += [t for t in timexes if m.sentence_start <= t.start < m.sentence_end and t.precision == "day"
                 and t.date_start == t.date_end and t.type in ("DATE", "TIME")]
        if not days:
            continue
        ref = days[0]
        step = _gap_days(rel.group("n"), rel.group("unit"))
        day = ref.date_start + dt.timedelta(days=-step if rel.group("rel").lower() == "after" else step)
        out[i] = attrs.evolve(m, timex=ref, date_source="relative", date_start=day, date_end=day,
                              date_precision="day", date_modifier=None)
    return out


@functools.cache
def _same_day_opener() -> re.Pattern[str]:
    """Pattern of a sentence opening that places it on the day of the event told before ("Within hours, ...")."""
    return re.compile(load_rules("grammar_en")["event_relations"]["same_day_opener"])


def _same_day_as_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """Date the undated mentions of a sentence opening "Within hours," or "Hours later," by the day of the
    latest mention before it dated to a day by its own words."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.date_start is not None or not _same_day_opener().match(text[m.sentence_start:m.char_start]):
            continue
        before = [x for x in out[:i] if x.sentence_start < m.sentence_start and x.date_source in ("own", "relative")
                  and x.date_precision == "day" and x.date_start == x.date_end and x.date_start is not None]
        if not before:
            continue
        ref = before[-1]
        out[i] = attrs.evolve(m, timex=ref.timex, date_source="relative", date_start=ref.date_start,
                              date_end=ref.date_end, date_precision="day", date_modifier=None)
    return out


@functools.cache
def _frames() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Opening of a sentence about an event told before, the links that place other events against it,
    and an approximate quantity before a link."""
    rel = load_rules("grammar_en")["event_relations"]
    return (re.compile(rel["frame"]), re.compile(expand(rel["frame_link"], {"same_day": rel["same_day"]}), re.I),
            re.compile(rel["approximate"], re.I))


_FRAME_REACH = 80


def _lead_event(mentions: list[Mention]) -> Mention | None:
    """The article's lead event: the first factual mention dated to one day by its own words."""
    return next((m for m in mentions if m.date_source in ("own", "relative") and m.date_precision == "day"
                 and m.date_start is not None and m.date_start == m.date_end
                 and m.status in ("occurred", "ongoing")), None)


def _frame_dates(text: str, mentions: list[Mention]) -> list[Mention]:
    """Date the events a sentence about an earlier-told event places against it: "The decision came after
    a meeting ... broke up" (the meeting is the decision's day), "came ... on the eve of a summit" (the
    summit is the day after)."""
    frame_re, link_re, approximate_re = _frames()
    out = list(mentions)
    sentences = sorted({(m.sentence_start, m.sentence_end) for m in mentions})
    for start, end in sentences:
        frame = frame_re.match(text, start, end)
        if frame is None:
            continue
        here = [i for i, m in enumerate(out) if m.sentence_start == start]
        subject = [i for i in here if out[i].char_start < frame.end()]
        if subject:
            x = out[subject[-1]]
            if not (x.date_precision == "day" and x.date_start is not None and x.date_start == x.date_end):
                continue
        else:
            x = _lead_event([m for m in out if m.char_start < start])
            if x is None:
                continue
        for link in link_re.finditer(text, frame.end(), end):
            if link.group("as") and link.start() != frame.end():
                continue
            if _MEASURED_GAP.search(text, max(start, link.start() - 30), link.start()) \
                    or approximate_re.search(text, max(start, link.start() - 30), link.start()):
                continue
            target = next((i for i in here if out[i].char_start >= link.end()), None)
            if target is None or out[target].char_start - link.end() > _FRAME_REACH \
                    or out[target].date_start is not None or out[target].status not in ("occurred", "ongoing"):
                continue
            rel = (link.group("rel") or "as").lower()
            step = 0
            if link.group("n"):
                step = _gap_days(link.group("n"), link.group("unit"))
            if rel == "after":
                step = -step
            elif rel.endswith("eve of"):
                step = 1
            day = x.date_start + dt.timedelta(days=step)
            out[target] = attrs.evolve(out[target], date_source="relative", date_start=day, date_end=day,
                                       date_precision="day", date_modifier=None)
    return out


@functools.cache
def _relations() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Connective before another event's trigger, ordinal day of an event, "for a second day"."""
    rel = load_rules("grammar_en")["event_relations"]
    lead = re.compile(expand(rel["lead"], {"same_day": rel["same_day"]}), re.I)
    return lead, re.compile(rel["ordinal_day"], re.I), re.compile(rel["running_day"], re.I)


_COUNTS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _gap_days(count: str, unit: str) -> int:
    """Days in a measured gap: "two days", "a week", "the morning" (after) is one day."""
    return (_COUNTS.get(count.lower()) or int(count)) * (7 if unit.lower().startswith("week") else 1)
_ORDINALS = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
# A quantity before after/before ("two weeks after the vote") is a gap the connective rule does not measure.
_MEASURED_GAP = re.compile(r"\b(?:days?|weeks?|months?|years?|later|earlier|long|soon)\s*$", re.I)
_FRONTED = re.compile(r"[\W_]*$")
_DEFINITE = re.compile(r"\b(?:the|its|their|his|her|this|that)\s+(?:[\w’'-]+\s+){0,3}$", re.I)


def _sentence_day(mentions: list[Mention], timexes: list[Timex], m: Mention) -> dt.date | None:
    """The day a sentence is about: a day its events are dated by, else a single day it names."""
    for x in mentions:
        if x.sentence_start == m.sentence_start and x.date_source == "own" and x.date_precision == "day" \
                and x.date_start is not None and x.date_start == x.date_end:
            return x.date_start
    for t in timexes:
        if m.sentence_start <= t.start < m.sentence_end and t.precision == "day" and t.date_start == t.date_end \
                and t.type in ("DATE", "TIME") and t.date_start is not None:
            return t.date_start
    return None


_LIGHT_VERB = re.compile(r"^(?:(?:held|holds|hold|holding|began|begins|opened|opens|attended|attends)\s+)+", re.I)


def _plain_noun(trigger: str) -> str:
    """A trigger as a bare noun phrase: "held talks" and "talks" are the same, "held informal talks" is not."""
    return _LIGHT_VERB.sub("", trigger.lower()).strip()


def _event_interval(text: str, mentions: list[Mention], i: int) -> tuple[dt.date, dt.date] | None:
    """The days of mention i: its own date at day precision, else, for a definite description
    ("the talks", "the session"), those of the latest earlier event of its kind dated to the day."""
    r = mentions[i]
    if r.date_start is not None:
        return (r.date_start, r.date_end) if r.date_precision == "day" else None
    if not (r.anaphoric or _DEFINITE.search(text[max(r.sentence_start, r.char_start - 40):r.char_start])):
        return None
    kinds = MEETING_TYPES if r.event_type in MEETING_TYPES else (r.event_type,)
    dated = [e for e in mentions[:i] if e.event_type in kinds and e.date_start is not None and e.date_precision == "day"
             and e.date_source in ("own", "relative", "opening", "closing") and e.status in ("occurred", "ongoing")]
    # "the talks" refers back to the talks told as plainly as that ("talks in the Kremlin on Tuesday"),
    # not to "informal talks over dinner" told since; without such a mention, to the latest one
    same = [e for e in dated if _plain_noun(e.trigger_text) == _plain_noun(r.trigger_text)]
    e = (same or dated or [None])[-1]
    return (e.date_start, e.date_end) if e is not None else None


# How far after "on the closing day" the meeting it is a day of may begin ("of the congress", "the plenum").
_ORDINAL_HOST_REACH = 24


def _related_event_dates(text: str, mentions: list[Mention], timexes: list[Timex]) -> list[Mention]:
    """Date undated events from another event they are placed against: "after the talks, they signed"
    (the talks' day), "attended the session on its second day and spoke" (that day of the session),
    "fought police for a second day" (two days ending on the sentence's day)."""
    lead_re, ordinal_re, running_re = _relations()
    out = list(mentions)
    for i, m in enumerate(mentions):
        running = running_re.match(text, m.char_end, m.sentence_end)
        if running and m.date_source == "own" and m.date_precision == "day" and m.date_start == m.date_end:
            out[i] = attrs.evolve(m, date_start=m.date_start - dt.timedelta(
                days=_ORDINALS[running.group("nth").lower()] - 1))
            continue
        if m.date_start is not None:
            continue
        days: tuple[dt.date, dt.date] | None = None
        if running:
            day = _sentence_day(mentions, timexes, m)
            if day is not None:
                days = (day - dt.timedelta(days=_ORDINALS[running.group("nth").lower()] - 1), day)
        before = text[m.sentence_start:m.char_start]
        ordinal = None if days else next(reversed(list(ordinal_re.finditer(before))), None)
        if ordinal is not None:
            at = m.sentence_start + ordinal.start()
            host = next((j for j in range(i - 1, -1, -1) if mentions[j].sentence_start == m.sentence_start
                         and 0 <= at - mentions[j].char_end <= 3), None)
            if host is None:  # "On its final day the plenum named", "On the last day of the conference, delegates voted"
                after = m.sentence_start + ordinal.end()
                host = next((j for j in range(i) if mentions[j].sentence_start == m.sentence_start
                             and mentions[j].event_type in MEETING_TYPES
                             and 0 <= mentions[j].char_start - after <= _ORDINAL_HOST_REACH), None)
            span = _event_interval(text, out, host) if host is not None else None
            if span is not None:
                nth = ordinal.group("nth").lower()
                day = span[1] if nth in ("final", "last", "closing") else \
                    span[0] + dt.timedelta(days=_ORDINALS[nth] - 1)
                if day <= span[1]:
                    days = (day, day)
        if days is None:
            for j, r in enumerate(mentions):
                if j == i or r.sentence_start != m.sentence_start:
                    continue
                lead = lead_re.search(text[max(m.sentence_start, r.char_start - 80):r.char_start])
                if lead is None or _MEASURED_GAP.search(text[max(m.sentence_start, r.char_start - 80 + lead.start() - 30):
                                                              r.char_start - len(lead.group(0))]):
                    continue
                lead_start = r.char_start - len(lead.group(0))
                between = [x for x in mentions if x.sentence_start == m.sentence_start and x is not r and x is not m
                           and min(m.char_end, r.char_end) <= x.char_start < max(m.char_start, r.char_start)]
                if r.char_end <= m.char_start:
                    # a fronted adverbial: "Hours before the summit, troops fired"
                    if not _FRONTED.fullmatch(text[m.sentence_start:lead_start]) or between \
                            or m.char_start - r.char_end > 80:
                        continue
                elif m.char_end <= lead_start:
                    # "signed a statement after talks on Tuesday": the other event carries its own day (or,
                    # a definite description, that of the event it refers back to)
                    if between:
                        continue
                else:
                    continue
                span = _event_interval(text, out, j)
                if span is not None and (span[0] == span[1] or lead.group("n")):
                    # a measured gap from an event of several days counts from its end (after) or start (before)
                    step = 0
                    if lead.group("n"):
                        step = _gap_days(lead.group("n"), lead.group("unit"))
                    before_it = lead.group("rel").lower() == "before" or lead.group("rel").lower().endswith("eve of")
                    if lead.group("rel").lower().endswith("eve of"):
                        step = 1  # the eve of an event is the day before it
                    day = (span[0] if before_it else span[1]) + dt.timedelta(days=-step if before_it else step)
                    days = (day, day)
                    break
        if days is not None:
            out[i] = attrs.evolve(m, date_source="relative", date_start=days[0], date_end=days[1],
                                  date_precision="day", date_modifier=None)
    return out


_MAX_MENTIONS_FOR_CONTAINERS = 40


def _link_containers(text: str, sentence: Span, mentions: list[Mention], first: int,
                     spans: list[tuple[int, int]]) -> None:
    """Mark events said to happen during or at another event of the same sentence."""
    types = event_types()
    if len(mentions) - first > _MAX_MENTIONS_FOR_CONTAINERS:  # a run-on list, not a sentence about events
        return
    for ci in range(first, len(mentions)):
        container = mentions[ci]
        if not types[container.event_type].container:
            continue
        match_start = spans[ci][0]
        before = _CONTAINER_BEFORE.search(text[max(sentence.start, match_start - _CONTEXT_CHARS):match_start])
        after = _DURING_WHICH.match(text[container.char_end:min(sentence.end, container.char_end + _CONTEXT_CHARS)])
        subject_re, agent_re = _container_roles()
        for ei in range(first, len(mentions)):
            inner = mentions[ei]
            if ei == ci or inner.event_type == container.event_type or inner.container_index is not None:
                continue
            if (before and inner.char_end <= container.char_start) or \
                    (after and inner.char_start >= container.char_end + after.end()) or \
                    (inner.char_start >= container.char_end
                     and subject_re.fullmatch(text, container.char_end, inner.char_start)) or \
                    (inner.char_end <= container.char_start
                     and agent_re.fullmatch(text, inner.char_end, container.char_start)):
                mentions[ei] = attrs.evolve(inner, container_index=ci)


@functools.cache
def _container_roles() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What stands between a meeting that acts and its act: as the subject before it ("the plenum also
    elected"), or as the agent after it ("was elected ... by the plenum")."""
    rel = load_rules("grammar_en")["event_relations"]
    return re.compile(rel["container_subject"], re.I), re.compile(rel["container_agent"], re.I)


def _resolve_anaphors(mentions: list[Mention]) -> list[Mention]:
    """Give definite descriptions the type of their antecedent; drop those without one."""
    out: list[Mention] = []
    index_map: dict[int, int] = {}
    for i, m in enumerate(mentions):
        if m.anaphoric:
            antecedent = _resolve_anaphor(i, mentions, m.event_type)
            if antecedent is None:
                continue
            etype = event_types()[antecedent.event_type]
            m = attrs.evolve(m, event_type=antecedent.event_type, cameo_code=etype.cameo, plover_type=etype.plover,
                             mention_id=mention_id(m.article_id, m.char_start, m.char_end, antecedent.event_type))
        index_map[i] = len(out)
        out.append(m)
    return [attrs.evolve(m, container_index=index_map.get(m.container_index)) if m.container_index is not None
            else m for m in out]


def _propagate_openings(mentions: list[Mention]) -> list[Mention]:
    """An opening (closing) speech dates the start (end) of the meeting it belongs to."""
    rules = {r.id: r for r in trigger_rules()}
    for i, m in enumerate(mentions):
        marks = rules[m.rule_id].marks
        if not marks or m.date_start is None:
            continue
        target = m.container_index
        if target is None:
            for j in range(i - 1, -1, -1):
                if mentions[j].event_type in MEETING_TYPES and m.char_start - mentions[j].char_end <= 600:
                    target = j
                    break
        if target is None or mentions[target].date_start is not None:
            continue
        day = m.date_start
        mentions[target] = attrs.evolve(mentions[target], timex=m.timex, date_source="opening" if marks == "start"
                                        else "closing", date_start=day, date_end=day, date_precision="day",
                                        date_modifier=None)
    return mentions
