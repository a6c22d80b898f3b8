"""Resolving temporal values (relative to a reference date, the tense and the discourse) to intervals."""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Callable

import attrs

from .rulefiles import load_rules

RULE_FILE = "time_en"
# A month-day date this close after the anchor is the coming one even in a past-tense clause
# ("the vote was set for Jan. 14" in an article of Jan. 6).
_NEAR_FUTURE_DAYS = 45
# Dates introduced as deadlines or payment dates ("payable Dec. 15", "effective Feb. 1", "until March 6",
# "by Jan. 14") are the next such date, or one passed less than this many days ago.
_DEADLINE_BEFORE = re.compile(r"\b(?:payable|effective|due|until|till|through|by|expires?|expiring|deadline\s+of)\s+"
                              r"(?:(?:on|in|early|late|mid|the\s+end\s+of)\s+)?$", re.I)
_DEADLINE_ALWAYS = re.compile(r"\b(?:payable|effective)\s+(?:on\s+)?$", re.I)
_DEADLINE_PAST_DAYS = 30
# A clock time before this hour that a future-tense clause looks ahead to is the next day's: news is
# published during the day, so "will leave at 4 a.m." said today means tomorrow's 4 a.m.
_SMALL_HOURS_END = 6
_FIRST_OR_SUPERLATIVE = re.compile(
    r"\b(?:first|most|highest|lowest|largest|biggest|best|worst|longest|shortest|record|only|strongest|weakest)\b[^.;]{0,60}$",
    re.I)


# A first-person narrative: this many "I", "my" or "me" outside quotation marks.
_FIRST_PERSON_WORDS = 5
_FIRST_PERSON = re.compile(r"\b(?:I|my|My|me)\b")
_QUOTED = re.compile(r"[“\"][^”\"\n]*[”\"]|``[^\n]*?''")


def is_first_person(text: str) -> bool:
    """Whether a text is told in the first person outside its quotations (a memoir, an oral history)."""
    if len(_FIRST_PERSON.findall(text)) < _FIRST_PERSON_WORDS:  # most texts: no need to drop quotations
        return False
    return len(_FIRST_PERSON.findall(_QUOTED.sub(" ", text))) >= _FIRST_PERSON_WORDS


@attrs.define
class Discourse:
    """The time the text itself has set so far (for "the same year", "two days later")."""

    last_year: int | None = None
    last_month: tuple[int, int] | None = None
    last_day: dt.date | None = None
    last_quarter: tuple[int, int] | None = None
    quarter_sentence: int = -10
    sentence_index: int = 0
    reference: dt.date | None = None
    sentence_year: int | None = None
    sentence_year_clause: int | None = None
    clause: int | None = None
    # The year a paragraph's narrative has moved to ("By March 2022 ... On 20 July, ..."): set by
    # expressions that name a year, cleared at each new paragraph.
    paragraph_year: int | None = None
    paragraph_end: int = 0
    # The past year a story is in, carried across paragraphs: set by a stated year well before
    # publication, cleared by an expression that counts from publication ("today", "last week").
    # Followed only in a first-person narrative (a memoir, an oral history; see first_person).
    story_year: int | None = None
    # The text being tagged, and whether it is told in the first person (found when first needed).
    text: str = attrs.field(default="", repr=False)
    _first_person: bool | None = attrs.field(default=None, repr=False)
    # Without an anchor, whether yearless dates take the year the text last named (a narrative's own
    # time) or stay yearless (XXXX-06, for anchor inference, which reads them as they are written).
    narrative_years: bool = True
    # The day, hour and minute of the last clock time ("ended at 10 p.m. ... complete by 4 a.m." is the next
    # day's; a live blog's "An hour ago" under its entry stamp "22:58" is 21:58).
    last_clock: tuple[dt.date, int, int] | None = None
    # The last year the text stated outright ("in 1908", "on 11 June 1931"): a past "four years later"
    # that would fall after publication counts from it instead.
    stated_year: int | None = None

    def first_person(self) -> bool:
        """Whether the text is told in the first person outside its quotations."""
        if self._first_person is None:
            self._first_person = is_first_person(self.text)
        return self._first_person


@attrs.frozen
class Resolved:
    """A resolved value: TIMEX3 value, inclusive interval, precision, modifier."""

    value: str
    start: dt.date | None = None
    end: dt.date | None = None
    precision: str | None = None
    modifier: str | None = None
    duration_days: int | None = None
    type: str | None = None


@functools.cache
def _table() -> dict:
    """The rule file as parsed."""
    return load_rules(RULE_FILE)


def _norm(table: str, word: str):
    """Look a matched word up in one normalisation table."""
    key = word.lower().replace("_", " ").rstrip(".")
    return _table()["normalize"][table].get(key)


def _number(word: str) -> int | None:
    """An integer from digits or a number word; None for vague quantities."""
    word = word.replace("_", " ")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", word):
        return int(word.replace(",", ""))
    value = _norm("number", word)
    if value is None and re.fullmatch(r"[a-z]+[\s-][a-z]+", word.lower()):
        parts = [_norm("number", w) for w in re.split(r"[\s-]", word.lower())]
        if all(isinstance(p, int) for p in parts):
            return sum(parts)
    return value if isinstance(value, int) else None


def _day_number(word: str) -> int:
    """Day of month from "3", "3rd", "03" or an ordinal word ("first", "twenty-third")."""
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else _norm("ordinal", word)


def _last_day(year: int, month: int) -> dt.date:
    """Last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    """(year, month) moved by `offset` months."""
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def month_interval(year: int, month: int) -> Resolved:
    """A whole month."""
    return Resolved(f"{year:04d}-{month:02d}", dt.date(year, month, 1), _last_day(year, month), "month")


def year_interval(year: int) -> Resolved:
    """A whole year."""
    return Resolved(f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def day_interval(day: dt.date) -> Resolved:
    """A single day."""
    return Resolved(day.isoformat(), day, day, "day")


def week_interval(day: dt.date) -> Resolved:
    """The ISO week (Monday to Sunday) holding a day."""
    monday = day - dt.timedelta(days=day.weekday())
    iso = monday.isocalendar()
    return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6), "week")


@attrs.frozen
class Context:
    """What a resolver may use: the anchor, the tense, the discourse and the left context."""

    anchor: dt.date | None
    tense: str | None
    discourse: Discourse
    left: str


def _direction(word: str) -> str:
    """Direction keyword from a preposition or determiner: prev, next, this, disc or tense."""
    word = word.lower()
    if word in ("last", "past", "previous"):
        return "prev"
    if word in ("next", "coming"):
        return "next"
    if word == "for":
        return "ahead"
    if word == "this":
        return "this"
    if word == "disc":
        return "disc"
    if word == "nominal":
        return "nominal"
    if word in ("discfollowing", "discnext"):
        return "disc_next"
    if word == "discprevious":
        return "disc_prev"
    if word in ("discyearnext", "discyearfollowing"):
        return "disc_year_next"
    if word == "discyearprevious":
        return "disc_year_prev"
    return "tense"


# A text whose lede states a full date this long before its publication date is telling a past
# story ("A year ago, on Aug. 5, 2019, ..."): later month-days without a year are placed near that
# date, not near the publication date.  The lede is the first few sentences (headline and byline lines
# included).
_RETROSPECTIVE_DAYS = 90
_LEDE_SENTENCES = 4


def _retrospective(ctx: Context) -> bool:
    """Whether the text tells a past story: its lede states a full date well before publication."""
    ref, anchor = ctx.discourse.reference, ctx.anchor
    return ref is not None and anchor is not None and (anchor - ref).days > _RETROSPECTIVE_DAYS


def _retrospective_year(month: int, day: int | None, direction: str, ctx: Context) -> int | None:
    """The year that puts a yearless date nearest the story's reference date, in a retrospective text."""
    ref, anchor = ctx.discourse.reference, ctx.anchor
    if day is None or direction != "tense" or ctx.tense == "future" or not _retrospective(ctx):
        return None
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            date = dt.date(year, month, day or 15)
        except ValueError:
            continue
        if date <= anchor:
            candidates.append((abs((date - ref).days), year))
    return min(candidates)[1] if candidates else None


def _narrative_year(ctx: Context) -> int | None:
    """The past year a paragraph's narrative is in, for a yearless month or date in a past-tense clause
    ("By March 2022 fuel ran out. ... On 20 July, parliament elected ..."): None when the paragraph has
    named no year before the publication year."""
    d, anchor = ctx.discourse, ctx.anchor
    year = d.paragraph_year
    if year is None and d.story_year is not None and ctx.tense == "past" and d.first_person():
        year = d.story_year
    if ctx.tense != "past" or year is None or anchor is None or year >= anchor.year:
        return None
    return year


def _discourse_month_year(month: int, step: int, ctx: Context) -> int | None:
    """Year of "the following March" (step 1) or "the previous March" (step -1): the first such month
    after (before) the month, else the year, the text last set; None when it has set neither."""
    d = ctx.discourse
    if d.last_month is not None:
        year, ref = d.last_month
        if step > 0:
            return year if month > ref else year + 1
        return year if month < ref else year - 1
    if d.last_year is not None:
        return d.last_year + step
    return None


def _past_for_future(year: int, month: int, day: int | None, ctx: Context) -> bool:
    """Whether a future-tense clause would place a month (and day) of `year` before publication: the
    year named in the sentence is then another event's ("annual results for 2019 will be published in March")."""
    if ctx.tense != "future" or ctx.anchor is None:
        return False
    return (year, month, day or 31) < (ctx.anchor.year, ctx.anchor.month, ctx.anchor.day)


def _frame_year(ctx: Context) -> int | None:
    """The year named earlier in the expression's clause, if it can frame it: not a later year than
    publication in a past-tense clause ("ratified the 2030 accord in early May" is the last May)."""
    d = ctx.discourse
    if d.sentence_year is None or d.sentence_year_clause != d.clause:
        return None
    if ctx.tense == "past" and ctx.anchor is not None and d.sentence_year > ctx.anchor.year:
        return None
    return d.sentence_year


def _pick_year(month: int, day: int | None, direction: str, ctx: Context) -> int | None:
    """Year of a month (and day) given without one, from the discourse, direction or tense."""
    if direction == "disc":
        return ctx.discourse.last_year
    if direction in ("disc_year_next", "disc_year_prev"):  # "May of the following year"
        last = ctx.discourse.last_year
        return None if last is None else last + (1 if direction == "disc_year_next" else -1)
    if direction in ("disc_next", "disc_prev"):
        year = _discourse_month_year(month, 1 if direction == "disc_next" else -1, ctx)
        if year is not None:
            return year
        direction = "next" if direction == "disc_next" else "prev"
    frame = _frame_year(ctx) if direction == "tense" else None
    if frame is not None and not _past_for_future(frame, month, day, ctx):
        return frame
    retrospective = _retrospective_year(month, day, direction, ctx)
    if retrospective is not None:
        return retrospective
    narrative = _narrative_year(ctx) if direction == "tense" else None
    if narrative is not None:
        return narrative
    if ctx.anchor is None:
        # A text with no date of its own (a history, a narrative) sets its own time: a yearless month
        # or date is in the year it last named ("On 22 June 1941 ... On 7 December, ..."); "last June"
        # or "this June" count from a moment the text does not give.
        narrative = ctx.discourse.narrative_years and direction in ("tense", "nominal")
        return ctx.discourse.last_year if narrative else None
    a = ctx.anchor
    here = (month, day or 1)
    now = (a.month, a.day if day is not None else 1)
    if direction == "this":
        return a.year
    if direction == "nominal":
        # A month naming an event ("the October shooting") is the latest one unless the clause looks ahead.
        direction = "next" if ctx.tense == "future" else "prev"
        if direction == "prev":
            return a.year if here <= now else a.year - 1
    if direction == "prev":
        return a.year if here < now else a.year - 1
    if direction == "next":
        return a.year if here > now else a.year + 1
    if _DEADLINE_BEFORE.search(ctx.left[-40:]) and (ctx.tense != "past" or _DEADLINE_ALWAYS.search(ctx.left[-40:])):
        # A deadline or payment date is the next such date, or one just passed.
        try:
            this_year = dt.date(a.year, month, day or calendar.monthrange(a.year, month)[1])
        except ValueError:
            this_year = None
        if this_year is not None:
            return a.year if (a - this_year).days <= _DEADLINE_PAST_DAYS else a.year + 1
    if ctx.tense == "past":
        if day is not None and here > now:
            try:
                if (dt.date(a.year, month, day) - a).days <= _NEAR_FUTURE_DAYS:
                    return a.year
            except ValueError:
                pass
        if day is None and month == a.month + 1 and not _retrospective(ctx):
            # Next month's name in a past-tense clause is the coming one ("told buyers of a cutback in
            # September", "gave them until mid-November"); the one eleven months ago would be "last
            # September".  Not in a story told about an earlier year ("A year ago, on Aug. 5, 2019,
            # ... warned in September").
            return a.year
        return a.year if here <= now else a.year - 1
    if ctx.tense == "future":
        return a.year if here >= now else a.year + 1
    candidates = []
    for year in (a.year - 1, a.year, a.year + 1):
        try:
            candidates.append((abs((dt.date(year, month, day or 15) - a).days), year))
        except ValueError:
            continue
    return min(candidates)[1] if candidates else a.year


def r_abs(args: list[str], ctx: Context) -> Resolved | None:
    """ABS year [month [day]]."""
    year = int(args[0])
    if len(args) == 1 or args[1] == "-":
        return year_interval(year)
    month = int(args[1]) if args[1].isdigit() else _norm("month", args[1])
    if len(args) == 2 or args[2] == "-":
        return month_interval(year, month)
    try:
        return day_interval(dt.date(year, month, _day_number(args[2])))
    except ValueError:
        return None


def r_days(args: list[str], ctx: Context) -> Resolved | None:
    """DAYS month d1 d2 [year]: a range of days in one month ("September 26 to 27")."""
    month, first, last = _norm("month", args[0]), _day_number(args[1]), _day_number(args[2])
    if last <= first:
        return None
    year = int(args[3]) if len(args) > 3 and args[3].isdigit() else _pick_year(month, first, "tense", ctx)
    if year is None:
        return Resolved(f"XXXX-{month:02d}-{first:02d}/XXXX-{month:02d}-{last:02d}")
    try:
        start, end = dt.date(year, month, first), dt.date(year, month, last)
    except ValueError:
        return None
    return Resolved(f"{start.isoformat()}/{end.isoformat()}", start, end, "day")


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}


_DECADE_WORDS = {"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
                 "seventies": 1970, "eighties": 1980, "nineties": 1990}


def r_century(args: list[str], ctx: Context) -> Resolved:
    """CENTURY n: "the 20th century" is 1901-2000, TIMEX3 value 19."""
    n = int(args[0])
    return Resolved(f"{n - 1:02d}", dt.date(max(1, (n - 1) * 100 + 1), 1, 1), dt.date(n * 100, 12, 31), "century")


def r_half_or_fiscal_year(args: list[str], ctx: Context) -> Resolved | None:
    """HALFFY h year fy: a half written H1 or H2 (of its year, else of the publication year), or a fiscal
    year written FY2025 (the year; TimeBank values fiscal years by their number)."""
    if args[2] != "-":
        return year_interval(int(args[2]))
    year = int(args[1]) if args[1] != "-" else ctx.anchor.year if ctx.anchor is not None else None
    if year is None:
        return Resolved(f"XXXX-{args[0].upper()}")
    first = 1 if args[0].upper() == "H1" else 7
    return Resolved(f"{year:04d}-{args[0].upper()}", dt.date(year, first, 1), _last_day(year, first + 5), "half")


def r_century_rel(args: list[str], ctx: Context) -> Resolved:
    """CENTURYREL rel: the publication date's century ("by the end of the century"; in a past narrative of
    more than 50 years before, the century of the year it last named) or one either side ("the next century")."""
    rel = args[0].replace("_", " ").lower() if args and args[0] != "-" else "this"
    offset = 1 if rel.endswith(("next", "coming")) else -1 if rel.endswith(("last", "previous")) else 0
    last = ctx.discourse.last_year
    historical = last is not None and ctx.tense == "past" and (ctx.anchor is None or ctx.anchor.year - last > 50)
    year = last if historical else ctx.anchor.year if ctx.anchor is not None else None
    if year is None:
        return Resolved("PRESENT_REF" if offset == 0 else "FUTURE_REF" if offset > 0 else "PAST_REF")
    n = (year - 1) // 100 + 1 + offset  # 1990 is in the 20th century
    return r_century([str(n)], ctx)


def r_decade_word(args: list[str], ctx: Context) -> Resolved:
    """DECADEWORD word: "the nineties" is the 1990s."""
    return r_decade([str(_DECADE_WORDS[args[0].lower()])], ctx)


def r_noon(args: list[str], ctx: Context) -> Resolved:
    """NOON noon|midday|midnight: that clock time on the publication day."""
    clock = "T24:00" if args[0].lower() == "midnight" else "T12:00"
    if ctx.anchor is None:
        return Resolved("XXXX-XX-XX" + clock, type="TIME")
    return Resolved(ctx.anchor.isoformat() + clock, ctx.anchor, ctx.anchor, "day", type="TIME")


def r_noonday(args: list[str], ctx: Context) -> Resolved:
    """NOONDAY noon|midnight weekday: noon (12:00) or midnight (24:00) of a weekday."""
    day = r_weekday([args[1], "-"], ctx)
    clock = "T12:00" if args[0].lower() == "noon" else "T24:00"
    return Resolved(day.value + clock, day.start, day.end, day.precision, type="TIME")


def spelled_year(text: str) -> int | None:
    """A year said in words ("nineteen ninety-six", "nineteen hundred and seventy-six", "two thousand and
    one"), or None."""
    words = [w for w in re.split(r"[\s_-]+", text.lower()) if w and w != "and"]
    if not words:
        return None
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_UNITS.get(w, 0) for w in words[2:])
    century = _UNITS.get(words[0])
    if century is None:
        return None
    return century * 100 + sum(_TENS.get(w, _UNITS.get(w, 0)) for w in words[1:])


def r_spelled_year(args: list[str], ctx: Context) -> Resolved | None:
    """SPELLEDYEAR words [month|season]: a year said in words ("nineteen ninety-six", "two thousand and
    one"), or a month or season of it ("January nineteen ninety-seven", "the winter of nineteen ninety-four")."""
    year = spelled_year(args[0])
    if year is None:
        return None
    within = args[1].lower() if len(args) > 1 and args[1] != "-" else None
    if within in _table()["normalize"]["season"]:
        code = _norm("season", within)
        first, last = _SEASONS[code]
        end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
        return Resolved(f"{year:04d}-{code}", dt.date(year, first, 1), _last_day(end_year, end_month), "season")
    if within is not None:
        return month_interval(year, _norm("month", within))
    return year_interval(year)


def r_years(args: list[str], ctx: Context) -> Resolved | None:
    """YEARS y1 y2: a range of whole years ("2016-2020", "2019-20")."""
    first = int(args[0])
    last = int(args[1]) if len(args[1]) == 4 else first // 100 * 100 + int(args[1])
    if last <= first:
        return None
    return Resolved(f"{first}/{last}", dt.date(first, 1, 1), dt.date(last, 12, 31), "year")


def r_decade(args: list[str], ctx: Context) -> Resolved:
    """DECADE 1990, or DECADE 90 ("the '90s": the latest such decade begun by the reference date)."""
    start = int(args[0])
    if len(args[0]) == 2:
        year = ctx.anchor.year if ctx is not None and ctx.anchor is not None else 2000
        start += year // 100 * 100
        if start > year:
            start -= 100
    elif start % 100 == 0 and start < 2000:
        # "the 1800s" is the hundred years from 1800, TIMEX3 value 18 ("the 2000s" is read as the decade)
        return Resolved(str(start)[:2], dt.date(start, 1, 1), dt.date(start + 99, 12, 31), "century")
    return Resolved(str(start)[:3], dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade")


def _month_day_in(year: int | None, month: int, day: int) -> Resolved | None:
    """A month and day in a year (XXXX when the year is unknown); None for a day the month lacks."""
    if year is None:
        return Resolved(f"XXXX-{month:02d}-{day:02d}")
    try:
        return day_interval(dt.date(year, month, day))
    except ValueError:
        return None


def r_monthday(args: list[str], ctx: Context) -> Resolved | None:
    """MONTHDAY month day dir (a holiday gives "m d" as two arguments)."""
    holiday = _norm("holiday", args[0])
    if holiday:
        (month, day), direction = (int(x) for x in holiday.split()), args[1]
    else:
        month, day, direction = _norm("month", args[0]), _day_number(args[1]), args[2]
    year = _pick_year(month, day, _direction(direction), ctx)
    weekday = args[3] if len(args) > 3 and args[3] != "-" else None
    if weekday is not None and year is not None:
        year = _year_of_weekday(year, month, day, _norm("weekday", weekday), ctx.anchor)
    return _month_day_in(year, month, day)


def _year_of_weekday(year: int, month: int, day: int, weekday: int, anchor: dt.date | None = None) -> int:
    """The year, of `year`, then the publication year and the years either side of either, in which the
    month's day falls on the weekday named with it ("Friday 10 January" written in January 2014 is 2014's,
    whatever the tense; "Wednesday 11 March" after a story's "first run in 1952" is the publication
    year's when it falls on a Wednesday then); `year` if none."""
    near_anchor = (anchor.year, anchor.year - 1, anchor.year + 1) if anchor is not None else ()
    for candidate in (year, *near_anchor, year - 1, year + 1):
        try:
            if dt.date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


def r_ordinalday(args: list[str], ctx: Context) -> Resolved | None:
    """ORDINALDAY month day year: "the first of July", with or without its year."""
    if args[2] != "-":
        return r_abs([args[2], args[0], args[1]], ctx)
    return r_monthday([args[0], args[1], "tense"], ctx)


def r_setevery(args: list[str], ctx: Context) -> Resolved:
    """SETEVERY n unit: a time that recurs every n units ("every two years", "every other week")."""
    n, unit = args[0].lower(), _unit(args[1])
    n = "1" if n == "-" else n  # "every fortnight"
    if n == "half" and unit == "hour":
        return Resolved("PT30M", type="SET")
    duration = r_dur(["2" if n == "other" else n, unit], ctx)
    return attrs.evolve(duration, type="SET")


def r_monthday_year(args: list[str], ctx: Context) -> Resolved | None:
    """MONTHDAYYEAR month day rel: a month and day in a year named relative to the publication date
    ("Oct. 7 last year") or to the year the text last set ("9 July that year", "the following year")."""
    month, day = _norm("month", args[0]), _day_number(args[1])
    rel = args[2].replace("_", " ").lower()
    steps = {"that": 0, "the same": 0, "the previous": -1, "the following": 1}
    if rel in steps:
        year = ctx.discourse.last_year + steps[rel] if ctx.discourse.last_year is not None else None
    else:
        year = ctx.anchor.year + _norm("rel", rel) if ctx.anchor is not None else None
    return _month_day_in(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last)."""
    if n < 0:
        last = _last_day(year, month)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


_FLOATING = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "election": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "labor": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial": lambda y: _nth_weekday(y, 5, 0, -1),
    "easter": _easter,
    "easter_monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "good_friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "palm_sunday": lambda y: _easter(y) - dt.timedelta(days=7),
    "ash_wednesday": lambda y: _easter(y) - dt.timedelta(days=46),
}


def r_nth_weekday(args: list[str], ctx: Context) -> Resolved | None:
    """NTHWEEKDAY nth weekday month year rel: "the first Monday in June" (in the year tense or the text
    picks), "the last Thursday of the month" (the publication month; "of next month" the one after)."""
    nth = -1 if args[0].lower() in ("last", "final") else _norm("ordinal", args[0].lower())
    weekday = _norm("weekday", args[1])
    if args[2] != "-":
        month = _norm("month", args[2])
        year = int(args[3]) if args[3] != "-" else _pick_year(month, None, "tense", ctx)
    elif ctx.anchor is not None:
        shift = {"next": 1, "last": -1}.get(args[4].lower(), 0)
        year, month = _add_months(ctx.anchor.year, ctx.anchor.month, shift)
    else:
        return None
    if year is None or not isinstance(nth, int):
        return Resolved(f"XXXX-{month:02d}")
    return day_interval(_nth_weekday(year, month, weekday, nth))


def r_holiday_year(args: list[str], ctx: Context) -> Resolved | None:
    """HOLIDAYYEAR holiday year: a fixed holiday of a given year ("Christmas Day 1870")."""
    month, day = (int(x) for x in _norm("holiday", args[0]).split())
    return _month_day_in(int(args[1]), month, day)


def r_part_of_date(args: list[str], ctx: Context) -> Resolved | None:
    """PARTOFDATE part month day year: a part of a dated day ("the night of 8 June")."""
    month, day = _norm("month", args[1]), _day_number(args[2])
    year = int(args[3]) if args[3] != "-" else _pick_year(month, day, "tense", ctx)
    date = _month_day_in(year, month, day)
    if date is None:
        return None
    return attrs.evolve(date, value=date.value + _TIME_OF_DAY[args[0].lower()], type="TIME")


def r_floatholiday(args: list[str], ctx: Context) -> Resolved:
    """FLOATHOLIDAY name rel: a holiday whose date moves, in the year the direction or tense picks."""
    name = "_".join(args[0].lower().split())
    date_of = _FLOATING.get(name) or _FLOATING[name.split("_")[0]]
    if ctx.anchor is None:
        return Resolved("XXXX-XX-XX")
    a, direction = ctx.anchor, _direction(args[1])
    this_year = date_of(a.year)
    if direction == "prev" or (direction == "tense" and ctx.tense == "past"):
        day = this_year if this_year < a else date_of(a.year - 1)
    elif direction in ("next", "ahead") or (direction == "tense" and ctx.tense == "future"):
        day = this_year if this_year > a else date_of(a.year + 1)
    elif direction == "this":
        day = this_year
    else:
        day = min((date_of(y) for y in (a.year - 1, a.year, a.year + 1)), key=lambda d: abs((d - a).days))
    return day_interval(day)


def r_month(args: list[str], ctx: Context) -> Resolved:
    """MONTH month dir, or MONTH month rel-word year ("July last year")."""
    month = _norm("month", args[0])
    if len(args) > 2 and args[2] == "year" and ctx.anchor is not None:
        return month_interval(ctx.anchor.year + _norm("rel", args[1]), month)
    year = _pick_year(month, None, _direction(args[1]), ctx)
    if year is None:
        return Resolved(f"XXXX-{month:02d}")
    return month_interval(year, month)


def r_months(args: list[str], ctx: Context) -> Resolved:
    """MONTHS m1 m2 dir [rel]: a range of months ("the March-April period", "... of next year")."""
    first, last = _norm("month", args[0]), _norm("month", args[1])
    if len(args) > 3 and args[3] != "-" and ctx.anchor is not None:
        year = ctx.anchor.year + _norm("rel", args[3])
    else:
        year = _pick_year(first, None, _direction(args[2]), ctx)
    if year is None:
        return Resolved(f"XXXX-{first:02d}/XXXX-{last:02d}")
    if len(args) > 4 and args[4] != "-" and last == first + 2 and first % 3 == 1:
        return _quarter(year, first // 3 + 1)  # "the April-June quarter"
    end_year = year if last >= first else year + 1
    return Resolved(f"{year:04d}-{first:02d}/{end_year:04d}-{last:02d}", dt.date(year, first, 1),
                    _last_day(end_year, last), "month")


def _weekday(anchor: dt.date, weekday: int, direction: str, tense: str | None) -> dt.date:
    """The date of a weekday near the anchor, in the given direction."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "prev":
        return anchor - dt.timedelta(days=back or 7)
    if direction == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if direction == "this":
        return anchor + dt.timedelta(days=weekday - anchor.weekday())
    if tense == "future" or direction == "ahead":
        return anchor + dt.timedelta(days=ahead)
    if tense in ("present", None) and ahead < back:
        # "The deadline expires Friday": a present-tense verb (or none found) puts a weekday at its nearest date.
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def weekday_date(anchor: dt.date, name: str, tense: str | None) -> dt.date:
    """The date a weekday name refers to from an anchor, given the tense of its verb."""
    return _weekday(anchor, _norm("weekday", name), "tense", tense)


def r_weekday(args: list[str], ctx: Context) -> Resolved:
    """WEEKDAY name dir [time-of-day]."""
    weekday = _norm("weekday", args[0])
    suffix = _TIME_OF_DAY.get(args[2].lower(), "") if len(args) > 2 else ""
    if ctx.anchor is None:
        return Resolved(f"XXXX-WXX-{weekday + 1}{suffix}")
    direction = _direction(args[1])
    if direction == "ahead" and args[1].lower() == "for" and len(args) > 3 and args[3] != "-" \
            and ctx.tense == "past":
        direction = "tense"  # "voters turned out for Sunday's poll" reports the poll; "set for Sunday's vote" looks ahead
    if len(args) > 3 and args[3] != "-" and direction == "tense":
        # "Wednesday's ruling" has no verb of its own and reports a past day, unless it is looked
        # forward to ("ahead of Sunday's vote").
        if re.search(r"\b(?:ahead\s+of|before|until)\s+$", ctx.left[-20:], re.I) \
                or (ctx.tense != "past" and re.search(r"\bfor\s+$", ctx.left[-20:], re.I)):
            direction = "ahead"  # ("voters turned out for Sunday's poll" reports it)
        else:
            direction = "this" if ctx.anchor.weekday() == weekday else "prev"
    if direction == "tense" and args[1].lower() in ("until", "till", "by") and ctx.tense != "past":
        direction = "ahead"  # "votes can arrive until Friday": a deadline still to come
    day = day_interval(_weekday(ctx.anchor, weekday, direction, ctx.tense))
    # "Friday night" stays a DATE in TimeBank/AQUAINT practice, with the part of day in the value.
    return attrs.evolve(day, value=day.value + suffix) if suffix else day


_DAY_WORDS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
              "yesterday": -1, "last night": -1, "tomorrow": 1}
_TIME_OF_DAY = {"tonight": "TNI", "this morning": "TMO", "this afternoon": "TAF", "this evening": "TEV",
                "last night": "TNI", "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}


def _shift(anchor: dt.date, unit: str, offset: int) -> Resolved:
    """The day, week, month, year or decade `offset` units from the anchor."""
    if unit == "day":
        return day_interval(anchor + dt.timedelta(days=offset))
    if unit == "week":
        return week_interval(anchor + dt.timedelta(weeks=offset))
    if unit == "month":
        return month_interval(*_add_months(anchor.year, anchor.month, offset))
    if unit == "decade":
        start = (anchor.year // 10 + offset) * 10
        return r_decade([str(start)], None)
    if unit == "quarter":
        year, month = _add_months(anchor.year, (anchor.month - 1) // 3 * 3 + 1, 3 * offset)
        quarter = (month - 1) // 3 + 1
        return Resolved(f"{year:04d}-Q{quarter}", dt.date(year, month, 1), _last_day(year, month + 2), "quarter")
    return year_interval(anchor.year + offset)


def _unit(word: str) -> str:
    """Canonical unit name from day/days/week/..."""
    return word.lower().rstrip("s")


def r_rel(args: list[str], ctx: Context) -> Resolved | None:
    """REL unit rel: relative to the publication date."""
    unit, word = _unit(args[0]), args[1].replace("_", " ").lower()
    offset = 0 if word in ("the", "current") else _DAY_WORDS[word] if word in _DAY_WORDS else _norm("rel", word)
    quarter = _quarter_context(ctx)
    if unit == "quarter" and offset == 0 and quarter and word != "current":
        return _quarter(*quarter)  # "this quarter's loss" in a report on the third quarter ("the current
        # quarter" is the one now running)
    if ctx.anchor is None and word == "the" and ctx.discourse.narrative_years:
        # "the end of the month" in a text with no date of its own: the month it last named
        found = _from_discourse("year" if unit == "-" else unit, 0, ctx)
        if found is not None:
            return found
    if ctx.anchor is None:
        return Resolved("PAST_REF" if offset < 0 else "FUTURE_REF" if offset > 0 else "PRESENT_REF")
    shifted = _shift(ctx.anchor, unit, offset)
    if word in _TIME_OF_DAY:
        return attrs.evolve(shifted, value=shifted.value + _TIME_OF_DAY[word], type="TIME")
    return shifted


# Results reports compare "a year ago" with the quarter they are about for a few sentences after it
# was last referred to ("the third quarter", "the quarter", "the 1998 period").
_QUARTER_REACH = 3


def _quarter_context(ctx: Context, reach: int = 1) -> tuple[int, int] | None:
    """The quarter the text is reporting on, if referred to in this sentence or the `reach` before it."""
    d = ctx.discourse
    return d.last_quarter if d.last_quarter and d.sentence_index - d.quarter_sentence <= reach else None


def r_ago(args: list[str], ctx: Context) -> Resolved | None:
    """AGO unit n: n units before the publication date (a year ago in a quarterly report: that quarter)."""
    n = _number(args[1])
    if n is None or ctx.anchor is None:
        return Resolved("PAST_REF")
    quarter = _quarter_context(ctx, _QUARTER_REACH)
    if quarter and _unit(args[0]) == "year":
        return _quarter(quarter[0] - n, quarter[1])
    if _unit(args[0]) == "decade":
        return year_interval(ctx.anchor.year - 10 * n)
    return _shift(ctx.anchor, _unit(args[0]), -n)


def r_agoday(args: list[str], ctx: Context) -> Resolved | None:
    """AGODAY unit n: the same day n years (months, weeks) before the publication date."""
    n = _number(args[1])
    if n is None or ctx.anchor is None:
        return Resolved("PAST_REF")
    unit, a = _unit(args[0]), ctx.anchor
    if unit == "week":
        return day_interval(a - dt.timedelta(weeks=n))
    year, month = _add_months(a.year, a.month, -n * (12 if unit == "year" else 1))
    return day_interval(dt.date(year, month, min(a.day, calendar.monthrange(year, month)[1])))


def r_weekdayweek(args: list[str], ctx: Context) -> Resolved:
    """WEEKDAYWEEK weekday rel: a weekday of next, this or last week."""
    weekday = _norm("weekday", args[0])
    if ctx.anchor is None:
        return Resolved(f"XXXX-WXX-{weekday + 1}")
    monday = ctx.anchor - dt.timedelta(days=ctx.anchor.weekday()) + dt.timedelta(weeks=_norm("rel", args[1]))
    return day_interval(monday + dt.timedelta(days=weekday))


def r_ahead(args: list[str], ctx: Context) -> Resolved | None:
    """AHEAD unit n prep: n units after the publication date, or a duration ("within a year", "first in five years")."""
    n, unit = _number(args[1]), _unit(args[0])
    within = len(args) > 2 and args[2].lower() == "within"
    if n is None or within or _FIRST_OR_SUPERLATIVE.search(ctx.left) or ctx.tense not in ("future", "present"):
        return r_dur([args[1], args[0]], ctx)
    if ctx.anchor is None:
        return Resolved("FUTURE_REF")
    return _shift(ctx.anchor, unit, n)


_DISC_PHRASES = {
    "the following decade": ("decade", 1), "the previous decade": ("decade", -1),
    "the same year": ("year", 0), "that year": ("year", 0), "the following year": ("year", 1),
    "the next year": ("year", 1), "the previous year": ("year", -1), "a year earlier": ("year", -1),
    "a year later": ("year", 1), "the year before": ("year", -1), "the next day": ("day", 1),
    "the following day": ("day", 1), "a day later": ("day", 1), "the day before": ("day", -1),
    "the prior year": ("year", -1), "the previous day": ("day", -1), "that day": ("day", 0), "the same day": ("day", 0),
    "that same day": ("day", 0), "that same morning": ("day", 0), "that same afternoon": ("day", 0),
    "that same evening": ("day", 0), "that same night": ("day", 0), "the next morning": ("day", 1),
    "the next afternoon": ("day", 1), "the next evening": ("day", 1), "the next night": ("day", 1),
    "the following morning": ("day", 1), "the following afternoon": ("day", 1),
    "the following evening": ("day", 1), "the following night": ("day", 1),
    "the following week": ("week", 1), "the next week": ("week", 1), "the same week": ("week", 0),
    "that same week": ("week", 0), "a week later": ("day", 7),
    "a week earlier": ("day", -7), "that morning": ("day", 0), "that afternoon": ("day", 0),
    "that evening": ("day", 0), "that night": ("day", 0), "the same morning": ("day", 0),
    "the same afternoon": ("day", 0), "the same evening": ("day", 0), "the same night": ("day", 0),
    "that month": ("month", 0), "the following month": ("month", 1), "the same month": ("month", 0),
    "a month later": ("month", 1), "the previous month": ("month", -1), "a month earlier": ("month", -1),
    "the month before": ("month", -1), "earlier in the day": ("day", 0), "later in the day": ("day", 0),
    "earlier in the week": ("week", 0), "later in the week": ("week", 0), "earlier in the month": ("month", 0),
    "later in the month": ("month", 0), "earlier in the year": ("year", 0), "later in the year": ("year", 0),
    "the morning before": ("day", -1), "the evening before": ("day", -1), "the night before": ("day", -1),
}
_PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
# Phrases that name the unit the text is in, and the publication's before the text has named one.
_IN_THE_UNIT = re.compile(r"(?:earlier|later) in the (?:day|week|month|year)")


def _from_discourse(unit: str, offset: int, ctx: Context, year: int | None = None) -> Resolved | None:
    """Shift from the time the text last set (counting years from `year` instead, when given)."""
    d = ctx.discourse
    last_year = d.last_year if year is None else year
    if unit == "week" and offset == 0 and d.last_month is not None \
            and (d.last_day is None or (d.last_day.year, d.last_day.month) != d.last_month):
        # "removed in March ... replaced the same week": the text last named a month, not a day in it
        return month_interval(*d.last_month)
    if unit in ("day", "week") and d.last_day is not None:
        return _shift(d.last_day, unit, offset)
    if unit == "month" and d.last_month is not None:
        return month_interval(*_add_months(*d.last_month, offset))
    if unit == "year" and last_year is not None:
        return year_interval(last_year + offset)
    if unit == "decade" and last_year is not None:
        return r_decade([str((last_year // 10 + offset) * 10)], ctx) if offset in (-1, 1) \
            else year_interval(last_year + 10 * offset)
    if unit in ("century", "centurie") and last_year is not None:
        return year_interval(last_year + 100 * offset)
    return None


def r_disc(args: list[str], ctx: Context) -> Resolved | None:
    """DISC phrase: relative to the discourse ("the same year", "the following day")."""
    phrase = " ".join(args).replace("_", " ").lower()
    phrase = re.sub(r"\s+", " ", phrase)
    unit, offset = _DISC_PHRASES[phrase]
    quarter = _quarter_context(ctx, _QUARTER_REACH)
    if quarter and unit == "year" and offset:
        return _quarter(quarter[0] + offset, quarter[1])
    found = _from_discourse(unit, offset, ctx) or _from_anchor(unit, offset, ctx)
    if found is None and ctx.anchor is not None and _IN_THE_UNIT.fullmatch(phrase):
        found = _shift(ctx.anchor, unit, 0)
    found = found or Resolved("XXXX")
    part = next((_TIME_OF_DAY[w] for w in phrase.split() if w in _PARTS_OF_DAY), None)
    if part and found.precision == "day":
        # "that night", "the next morning": a part of that day, a TIME as TimeML values it
        return attrs.evolve(found, value=found.value + part, type="TIME")
    return found


def _from_anchor(unit: str, offset: int, ctx: Context) -> Resolved | None:
    """Before the text has set a time, "a year earlier" or "the previous day" counts back from the
    publication date ("exports rose 5% from a year earlier"); "a year later" has nothing to follow."""
    if offset >= 0 or ctx.anchor is None or unit not in ("day", "week", "month", "year"):
        return None
    return _shift(ctx.anchor, unit, offset)


def r_discn(args: list[str], ctx: Context) -> Resolved | None:
    """DISCN unit n dir: n units after (or before) the time the text last set."""
    n = _number(args[1])
    if n is None:
        return Resolved("XXXX")
    sign = -1 if args[2].replace("_", " ").lower() in ("earlier", "before that") else 1
    unit = _unit(args[0])
    if unit == "week" and ctx.discourse.last_day is not None:
        # "Two weeks later" after a day is a day.
        return day_interval(ctx.discourse.last_day + dt.timedelta(weeks=sign * n))
    if unit == "decade" and n == 1:
        n, unit = 10, "year"  # "a decade later": a year, ten on
    found = _from_discourse(unit, sign * n, ctx)
    d = ctx.discourse
    if found is not None and found.start is not None and sign > 0 and ctx.tense == "past" and ctx.anchor is not None \
            and found.start > ctx.anchor and d.stated_year is not None and unit in ("year", "decade", "century", "centurie"):
        # a past event "four years later" cannot lie after publication: count from the year last stated
        found = _from_discourse(unit, sign * n, ctx, year=d.stated_year)
    return found or _from_anchor(unit, sign * n, ctx) or Resolved("XXXX")


# Words that put a part of a year in the year before ("the year-earlier third quarter").
_YEAR_BEFORE = ("year-earlier", "year-ago", "year-before", "prior-year", "comparable")
_PART_SPANS = {"Q": (3, "quarter"), "H": (6, "half_year")}
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _part_year(spec: str, first_month: int, last_month: int, ctx: Context, *, season: bool = False,
               occurrence: bool = False) -> int | None:
    """Year of a quarter, half or season given with a year, a relative word, or nothing.

    Without a year, halves and seasons follow the tense; a quarter is the anchor year's unless it
    has not begun yet (financial news names the last reported quarter whatever the verb's tense).
    """
    if spec.isdigit():
        return int(spec)
    if ctx.anchor is None:
        # with no date of its own, "the spring" or "the third quarter" is in the year the text last named
        return ctx.discourse.last_year if spec == "-" and ctx.discourse.narrative_years else None
    if spec != "-":
        offset = _norm("rel", spec)
        if occurrence and offset:
            # "next autumn" is the coming one, "last summer" the latest one over.
            a = ctx.anchor
            if offset > 0:
                return a.year if first_month > a.month else a.year + 1
            return a.year if last_month < a.month else a.year - 1
        return ctx.anchor.year + offset
    frame = _frame_year(ctx)
    if frame is not None:
        return frame
    narrative = _narrative_year(ctx) if season else None
    if narrative is not None:
        return narrative  # "By the summer I was taking minutes", in a story told about 1977
    year, a = ctx.anchor.year, ctx.anchor
    if season:
        if ctx.tense == "future" and last_month < a.month:
            return year + 1
        if ctx.tense == "past" and first_month > a.month:
            return year - 1
        return year
    return year - 1 if first_month > a.month else year


def r_qmonth(args: list[str], ctx: Context) -> Resolved | None:
    """QMONTH month: the quarter that ends in that month ("the March quarter" is the first)."""
    month = _norm("month", args[0])
    return r_part(["Q", str((month - 1) // 3 + 1), "-"], ctx)


def r_part(args: list[str], ctx: Context) -> Resolved | None:
    """PART Q|H n yearspec: a quarter or half of a year."""
    kind = args[0]
    # "the last half" and "the latter half" of a year are its second half.
    last = args[1].lower() in ("last", "latter", "final")
    n = (2 if kind == "H" else 4) if last else int(args[1]) if args[1].isdigit() else _norm("ordinal", args[1])
    months, precision = _PART_SPANS[kind]
    first = (n - 1) * months + 1
    year = _part_year(args[2] if len(args) > 2 else "-", first, first + months - 1, ctx, season=kind == "H")
    if year is None:
        return Resolved(f"XXXX-{kind}{n}")
    if len(args) > 3 and args[3].lower() in _YEAR_BEFORE:
        year -= 1
    return Resolved(f"{year:04d}-{kind}{n}", dt.date(year, first, 1), _last_day(year, first + months - 1), precision)


def _discourse_season_year(first: int, last: int, step: int, ctx: Context) -> int | None:
    """Year of "the previous spring" (step -1) or "the following winter" (step 1): the latest season
    over before (the first begun after) the month the text last set; None when it has set none."""
    d = ctx.discourse
    if d.last_month is None:
        # after a year alone ("In 1870 ... the following spring"), the next (previous) year's season
        return None if d.last_year is None else d.last_year + step
    ref = d.last_month[0] * 12 + d.last_month[1]
    for offset in range(0, 3):
        year = d.last_month[0] + (offset if step > 0 else -offset)
        if step > 0 and year * 12 + first > ref:
            return year
        if step < 0 and year * 12 + last < ref:
            return year
    return None


def _discourse_same_season_year(code: str, ctx: Context) -> int | None:
    """Year of "that winter": the season around the month the text last set (a winter that began the
    December before a January or February), else of the year it last set; None when it has set neither."""
    d = ctx.discourse
    if d.last_month is not None:
        year, month = d.last_month
        return year - 1 if code == "WI" and month <= 2 else year
    return d.last_year


def r_season(args: list[str], ctx: Context) -> Resolved | None:
    """SEASON name yearspec (winter runs December to February); "the previous spring" and "the
    following winter" are counted from the time the text last set."""
    code = _norm("season", args[0])
    first, last = _SEASONS[code]
    spec = args[1] if len(args) > 1 else "-"
    year = None
    if spec.lower() in ("that", "the_same"):
        spec, year = "-", _discourse_same_season_year(code, ctx)
    elif spec.lower().endswith("_year") and spec.lower() != "year":
        # "the autumn of that year", "the spring of the following year": counted from the year last set
        step = {"that": 0, "the_same": 0, "the_following": 1, "the_next": 1, "the_previous": -1}.get(spec.lower()[:-5])
        if step is None or ctx.discourse.last_year is None:
            return Resolved(f"XXXX-{code}")
        year = ctx.discourse.last_year + step
    elif spec.lower() in ("the_previous", "the_following", "the_next"):
        step = -1 if spec.lower() == "the_previous" else 1
        year = _discourse_season_year(first, last, step, ctx)
        spec = "-" if year is not None else ("next" if step > 0 else "last")
    if year is None:
        year = _part_year(spec, first, min(last, 12), ctx, season=True, occurrence=True)
    if year is None:
        return Resolved(f"XXXX-{code}")
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    return Resolved(f"{year:04d}-{code}", dt.date(year, first, 1), _last_day(end_year, end_month), "season")


_DUR_DAYS = {"D": 1, "W": 7, "FN": 14, "M": 30, "Q": 91, "Y": 365, "DE": 3650, "CE": 36500}


# Half of one unit, for "2 1/2 years" and "a minute and a half": (code of the smaller unit, amount).
_HALF = {"Y": ("M", 6), "M": ("D", 15), "W": ("D", 3), "D": ("H", 12), "H": ("M", 30), "MIN": ("S", 30)}


def r_dur(args: list[str], ctx: Context) -> Resolved:
    """DUR n unit [half]: a duration such as P4D; vague quantities give PXD; "2 1/2 years" gives P2Y6M."""
    n = _number(args[0]) if args[0] not in ("days", "weeks", "months", "years") else None
    if args[0].lower() in ("day", "week", "month", "year", "hour"):
        n = 1  # "a day-long meeting"
    code = _norm("unit", args[1])
    half = len(args) > 2 and args[2] != "-" and n is not None
    if code in ("H", "MIN"):
        extra = f"{_HALF[code][1]}{_HALF[code][0]}" if half else ""
        return Resolved(f"PT{n if n is not None else 'X'}{'H' if code == 'H' else 'M'}{extra}", type="DURATION")
    value = f"P{n if n is not None else 'X'}{code}"
    if half and code in _HALF:
        small, amount = _HALF[code]
        value += f"T{amount}H" if small == "H" else f"{amount}{small}"
    if code == "DE":
        value = f"P{n * 10}Y" if n is not None else "PXDE"
    if code == "CE":
        value = f"P{n * 100}Y" if n is not None else "PXCE"
    if code == "FN":
        value = f"P{n * 2}W" if n is not None else "PXW"
    return Resolved(value, duration_days=n * _DUR_DAYS[code] if n is not None else None, type="DURATION")


_FRACTIONS = {"half": (1, 2), "a quarter": (1, 4), "three quarters": (3, 4)}
# A unit as a whole number of a smaller one, for a fraction of it: (amount, smaller unit, is a time unit).
_WHOLE = {"CE": (1200, "M", False), "DE": (120, "M", False), "Y": (12, "M", False), "M": (30, "D", False),
          "W": (168, "H", True), "D": (24, "H", True), "H": (60, "M", True)}


def r_durfrac(args: list[str], ctx: Context) -> Resolved | None:
    """DURFRAC fraction unit: "half a century" is P50Y, "a quarter of an hour" PT15M, "half a year" P6M."""
    numerator, denominator = _FRACTIONS[" ".join("_".join(args[:-1]).replace("_", " ").split()).lower()]
    code = _norm("unit", args[-1])
    if code not in _WHOLE:
        return None
    whole, small, clock = _WHOLE[code]
    amount = whole * numerator // denominator
    if small == "M" and not clock and amount % 12 == 0:
        value = f"P{amount // 12}Y"
    elif clock and small == "H" and amount % 24 == 0:
        value = f"P{amount // 24}D"
    else:
        value = f"PT{amount}{small}" if clock else f"P{amount}{small}"
    if clock:
        days = amount // 24 if small == "H" else 0
    else:
        days = amount * (30 if small == "M" else 1)
    return Resolved(value, duration_days=days, type="DURATION")


_FUZZY = {"coming months": "FUTURE_REF", "coming weeks": "FUTURE_REF", "coming years": "FUTURE_REF",
          "the coming months": "FUTURE_REF", "recently": "PAST_REF", "in the past": "PAST_REF", "soon": "FUTURE_REF", "in the future": "FUTURE_REF",
          "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
          "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "a later date": "FUTURE_REF",
          "as soon as possible": "FUTURE_REF", "more recently": "PAST_REF", "recent years": "PAST_REF", "previously": "PAST_REF"}
_SETS = {"daily": "P1D", "every day": "P1D", "each day": "P1D", "weekly": "P1W", "every week": "P1W",
         "each week": "P1W", "monthly": "P1M", "every month": "P1M", "each month": "P1M", "annually": "P1Y",
         "yearly": "P1Y", "every year": "P1Y", "each year": "P1Y", "hourly": "PT1H", "nightly": "P1D",
         "quarterly": "P3M"}


def r_fuzzy(args: list[str], ctx: Context) -> Resolved:
    """FUZZY word: PAST_REF, PRESENT_REF or FUTURE_REF."""
    word = " ".join(args).replace("_", " ").lower()
    return Resolved(_FUZZY.get(word, "PRESENT_REF"))


def r_set(args: list[str], ctx: Context) -> Resolved:
    """SET word weekday month [part-of-day]: a recurring time."""
    if args[1] != "-":
        part = _TIME_OF_DAY.get(args[3].lower(), "") if len(args) > 3 and args[3] != "-" else ""
        return Resolved(f"XXXX-WXX-{_norm('weekday', args[1]) + 1}{part}", type="SET")
    if args[2] != "-":
        return Resolved(f"XXXX-{_norm('month', args[2]):02d}", type="SET")
    word = re.sub(r"\s+", " ", args[0].replace("_", " ").lower())
    if word in _SETS:
        return Resolved(_SETS[word], type="SET")
    unit = word.split()[-1]
    # a part of the day that recurs is that part of any day, as TimeML writes it ("every evening": XXXX-XX-XXTEV)
    return Resolved({"quarter": "P3M", "hour": "PT1H", "night": "XXXX-XX-XXTNI", "morning": "XXXX-XX-XXTMO",
                     "evening": "XXXX-XX-XXTEV", "afternoon": "XXXX-XX-XXTAF",
                     "weekend": "P1W", "day": "P1D", "week": "P1W", "fortnight": "P2W", "month": "P1M",
                     "year": "P1Y", "decade": "P10Y", "spring": "XXXX-SP", "summer": "XXXX-SU", "autumn": "XXXX-FA",
                     "fall": "XXXX-FA", "winter": "XXXX-WI"}[unit], type="SET")


def r_weekday_day_number(args: list[str], ctx: Context) -> Resolved | None:
    """WEEKDAYNUM weekday day dir: a weekday with its day of the month and no month ("SUNDAY 19"): that
    day in the publication month or the one either side that falls on the weekday, the latest not after
    publication in a past clause, the first not before it in a future one, else the nearest."""
    if ctx.anchor is None:
        return None
    weekday, day, a = _norm("weekday", args[0]), _day_number(args[1]), ctx.anchor
    found = []
    for offset in (-1, 0, 1):
        year, month = _add_months(a.year, a.month, offset)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.weekday() == weekday:
            found.append(date)
    if not found:
        return None
    if ctx.tense == "past" and any(d <= a for d in found):
        return day_interval(max(d for d in found if d <= a))
    if ctx.tense == "future" and any(d >= a for d in found):
        return day_interval(min(d for d in found if d >= a))
    return day_interval(min(found, key=lambda d: abs((d - a).days)))


def r_setweekday(args: list[str], ctx: Context) -> Resolved:
    """SETWEEKDAY weekday [part-of-day]: a weekday that recurs ("on Mondays", "Tuesday nights")."""
    part = args[1].lower().rstrip("s") if len(args) > 1 and args[1] != "-" else ""
    return Resolved(f"XXXX-WXX-{_norm('weekday', args[0]) + 1}{_TIME_OF_DAY.get(part, '')}", type="SET")


def r_hoursago(args: list[str], ctx: Context) -> Resolved:
    """HOURSAGO n unit: "3h ago" in a live blog, the publication day; counted back from the last clock time
    told on that day when there is one ("22:58 An hour ago ..." is 21:58)."""
    if ctx.anchor is None:
        return Resolved("PAST_REF", type="TIME")
    last = ctx.discourse.last_clock
    count = 0.5 if args[0].lower().startswith("half") else _number(args[0])
    if last is None or last[0] != ctx.anchor or count is None:
        return attrs.evolve(day_interval(ctx.anchor), type="TIME")
    minutes = round(count * (60 if args[1].lower().startswith("h") else 1))
    then = dt.datetime.combine(last[0], dt.time(last[1], last[2])) - dt.timedelta(minutes=minutes)
    return Resolved(f"{then.date().isoformat()}T{then.hour:02d}:{then.minute:02d}", then.date(), then.date(), "day",
                    type="TIME")


def r_clockdate(args: list[str], ctx: Context) -> Resolved | None:
    """CLOCKDATE hour minute ampm month day year: a clock time on a date ("5 p.m. EST, Nov. 6")."""
    clock = r_time(args[:3], ctx)
    day = r_abs([args[5], args[3], args[4]], ctx) if args[5] != "-" else r_monthday([args[3], args[4], "-"], ctx)
    if day is None:
        return None
    return Resolved(f"{day.value}{clock.value[-6:]}", day.start, day.end, day.precision, type="TIME")


def r_clockday(args: list[str], ctx: Context) -> Resolved:
    """CLOCKDAY hour minute ampm weekday: a clock time on a weekday ("9 a.m. Tuesday")."""
    clock = r_time(args[:3], ctx)
    day = r_weekday([args[3], "-"], ctx)
    if day.start is None:
        return Resolved(f"{day.value}{clock.value[10:]}", type="TIME")
    return Resolved(f"{day.value}{clock.value[10:]}", day.start, day.end, "day", type="TIME")


def r_clockrel(args: list[str], ctx: Context) -> Resolved:
    """CLOCKREL hour minute ampm word: a clock time on a day named from publication ("9am today",
    "10pm last night")."""
    clock = r_time(args[:3], ctx)
    day = r_rel(["day", args[3]], ctx)
    if day is None or day.start is None:
        return clock
    return Resolved(f"{day.start.isoformat()}{clock.value[10:]}", day.start, day.end, "day", type="TIME")


def r_clockpart(args: list[str], ctx: Context) -> Resolved | None:
    """CLOCKPART hour day-part weekday: an hour with "o'clock" or the part of the day ("4 in the morning")."""
    hour = _number(args[0])
    if hour is None:
        return None
    part = _norm("day_part", args[1]) if args[1] != "-" else "-"
    if part == "night":  # "10 at night" is after noon, "2 at night" before it, "12 at night" is midnight
        part, hour = ("-", 24) if hour == 12 else ("pm" if hour >= 6 else "am", hour)
    clock = [str(hour), "-", part or "-"]
    return r_time(clock, ctx) if args[2] == "-" else r_clockday([*clock, args[2]], ctx)


# How many days before publication a day the text last named may be for a past-tense clock time to
# fall on it rather than on the publication day.
_CLOCK_STORY_DAYS = 3
# ... and how far ahead a day told before a future clock time may lie for the time to be on it
_CLOCK_AHEAD_DAYS = 31


def r_time(args: list[str], ctx: Context) -> Resolved:
    """TIME hour minute ampm: a clock time on the publication day."""
    hour = int(args[0])
    minute = int(args[1]) if args[1] != "-" else 0
    ampm = args[2].lower().replace(".", "") if len(args) > 2 else "-"
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    last_day = ctx.discourse.last_day
    if ctx.anchor is None:
        if last_day is not None and ctx.discourse.narrative_years:
            # a narrative's clock time is on the day it last named ("On 25 April 1915 ... at 4:30 a.m.")
            return _after_last_clock(last_day, hour, minute, ctx)
        return Resolved(f"XXXX-XX-XXT{hour:02d}:{minute:02d}", type="TIME")
    day = ctx.anchor
    if ctx.tense == "past" and last_day is not None and 0 < (ctx.anchor - last_day).days <= _CLOCK_STORY_DAYS \
            and (len(args) <= 3 or args[3] == "-"):
        # a story about a day before publication ("Floods hit on Monday ... at 9.15 a.m.") tells
        # its clock times on that day
        day = last_day
    elif ctx.tense == "future" and last_day is not None and 0 < (last_day - ctx.anchor).days <= _CLOCK_AHEAD_DAYS \
            and (len(args) <= 3 or args[3] == "-"):
        # a plan for a day ahead ("The runoff is on Sunday 23 June. Booths will open at 08:00")
        # tells its clock times on that day
        day = last_day
    elif len(args) > 3 and args[3] != "-":
        # "10:35 a.m. (0735 GMT) Friday": the clock time of that weekday.
        day = _weekday(ctx.anchor, _norm("weekday", args[3]), "tense", ctx.tense)
    elif ctx.tense == "future" and hour < _SMALL_HOURS_END:
        day = ctx.anchor + dt.timedelta(days=1)
    return _after_last_clock(day, hour, minute, ctx)


def _after_last_clock(day: dt.date, hour: int, minute: int, ctx: Context) -> Resolved:
    """A clock time on `day`, or on the next day when it is in the small hours and the text's last clock
    time was that day's afternoon or evening ("voting ended at 10 p.m. and the tally was complete by 4 a.m.")."""
    last = ctx.discourse.last_clock
    if last is not None and last[0] == day and hour < _SMALL_HOURS_END <= 12 <= last[1] \
            and not (ctx.tense == "past" and ctx.anchor is not None and day >= ctx.anchor):
        day += dt.timedelta(days=1)  # (a past-tense clause does not go past publication)
    return Resolved(f"{day.isoformat()}T{hour:02d}:{minute:02d}", day, day, "day", type="TIME")


def _quarter(year: int, quarter: int) -> Resolved:
    """A calendar quarter."""
    first = (quarter - 1) * 3 + 1
    return Resolved(f"{year:04d}-Q{quarter}", dt.date(year, first, 1), _last_day(year, first + 2), "quarter")


def r_yearpart(args: list[str], ctx: Context) -> Resolved:
    """YEARPART year word: "the 2019 period" is that year's quarter under report, or the year."""
    year = int(args[0])
    if ctx.discourse.last_quarter is not None:
        return _quarter(year, ctx.discourse.last_quarter[1])
    if args[1].lower() == "quarter" and ctx.anchor is not None:
        return _quarter(year, (ctx.anchor.month - 1) // 3 or 4)
    return year_interval(year)


_BY_THE_END_OF = re.compile(r"\b(?:by|before|until)\s+the\s+end\s+of\s+$", re.I)


def r_qref(args: list[str], ctx: Context) -> Resolved | None:
    """QREF which: "the quarter", "the latest quarter", "the year-earlier quarter" (financial reporting)."""
    which = re.sub(r"\s+", " ", args[0].replace("_", " ").lower())
    latest = which in ("latest", "last", "most recent", "just-ended", "recent")
    if which in ("", "-") and ctx.tense == "future" and ctx.anchor is not None and (len(args) < 2 or args[1] == "-") \
            and _BY_THE_END_OF.search(ctx.left[-40:]):
        # "the plant is due to reopen by the end of the quarter": the quarter now running ("expects to break even
        # for the quarter" is still the quarter under report)
        return _quarter(ctx.anchor.year, (ctx.anchor.month - 1) // 3 + 1)
    if ctx.discourse.last_quarter is not None and not (latest and ctx.anchor is not None):
        year, quarter = ctx.discourse.last_quarter
    elif ctx.anchor is not None:
        # "the latest quarter": the last quarter completed before publication.
        year, quarter = ctx.anchor.year, (ctx.anchor.month - 1) // 3
        if quarter == 0:
            year, quarter = year - 1, 4
    else:
        return Resolved("XXXX-QX")
    if which.startswith("year-") or which in ("comparable", "corresponding") or (len(args) > 1 and args[1] != "-"):
        year -= 1
    elif which in ("prior", "previous"):
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return _quarter(year, quarter)


def r_durclock(args: list[str], ctx: Context) -> Resolved | None:
    """DURCLOCK hours minutes seconds: a duration on a clock's units ("1 hour 52 minutes")."""
    parts = [(_number(a) if a.lower() not in ("an", "one") else 1) if a != "-" else None for a in args[:3]]
    if any(a != "-" and n is None for a, n in zip(args, parts)):
        return None
    value = "".join(f"{n}{unit}" for n, unit in zip(parts, "HMS") if n is not None)
    seconds = sum(n * size for n, size in zip(parts, (3600, 60, 1)) if n is not None)
    return Resolved(f"PT{value}", duration_days=seconds // 86400, type="DURATION")


def r_qended(args: list[str], ctx: Context) -> Resolved | None:
    """QENDED month day: "the quarter ended Sept. 30", the calendar quarter holding most of the three
    months that end on that date (its year as a yearless date's)."""
    end = r_monthday([args[0], args[1], "-"], ctx)
    if end is None or end.start is None:
        return Resolved("XXXX-QX") if end is not None else None
    middle = end.start - dt.timedelta(days=45)
    return _quarter(middle.year, (middle.month - 1) // 3 + 1)


def r_weekend(args: list[str], ctx: Context) -> Resolved:
    """WEEKEND rel: the Saturday and Sunday nearest the anchor in the verb's direction."""
    if ctx.anchor is None:
        return Resolved("XXXX-WXX-WE")
    direction = _direction(args[0]) if args[0] != "-" else "tense"
    saturday = _weekday(ctx.anchor, 5, direction, ctx.tense)
    iso = saturday.isocalendar()
    return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}-WE", saturday, saturday + dt.timedelta(days=1), "day")


def r_weekend_of(args: list[str], ctx: Context) -> Resolved | None:
    """WEEKENDOF month day year: the Saturday and Sunday of the week a date falls in."""
    month, day = _norm("month", args[0]), _day_number(args[1])
    year = int(args[2]) if args[2] != "-" else _pick_year(month, day, "tense", ctx)
    if year is None:
        return Resolved("XXXX-WXX-WE")
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    saturday = date + dt.timedelta(days=5 - date.weekday())
    iso = saturday.isocalendar()
    return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}-WE", saturday, saturday + dt.timedelta(days=1), "day")


def r_overnight(args: list[str], ctx: Context) -> Resolved:
    """OVERNIGHT: the night of the day the text last told (within a month of publication, and not a day
    before publication in a clause that looks ahead), else of the publication day, or of the day before it
    in a past clause."""
    last = ctx.discourse.last_day
    if ctx.anchor is None:
        if last is None:
            return Resolved("XXXX-XX-XXTNI", type="TIME")
        day = last
    elif last is not None and abs((ctx.anchor - last).days) <= 31 \
            and not (ctx.tense in ("future", "present") and last < ctx.anchor):
        day = last  # (a night ahead is not one of the days told before: "another inch is forecast overnight")
    else:
        day = ctx.anchor - dt.timedelta(days=1) if ctx.tense == "past" else ctx.anchor
    return Resolved(f"{day.isoformat()}TNI", day, day, "day", type="TIME")


def r_week_on(args: list[str], ctx: Context) -> Resolved:
    """WEEKON weekday: "a week on Friday", the coming Friday's date a week later."""
    if ctx.anchor is None:
        return Resolved("FUTURE_REF")
    return day_interval(_weekday(ctx.anchor, _norm("weekday", args[0]), "next", "future") + dt.timedelta(days=7))


def r_fortnight(args: list[str], ctx: Context) -> Resolved | None:
    """FORTNIGHT span ago: "the next fortnight" is two weeks (P2W); "a fortnight ago" the week two weeks
    before publication."""
    if args[0] != "-":
        return Resolved("P2W", type="DURATION", duration_days=14)
    if ctx.anchor is None:
        return Resolved("PAST_REF", type="DATE")
    day = ctx.anchor - dt.timedelta(days=14)
    iso = day.isocalendar()
    monday = day - dt.timedelta(days=day.weekday())
    return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6), "week", type="DATE")


def r_prevweekday(args: list[str], ctx: Context) -> Resolved:
    """PREVWEEKDAY weekday: "the previous Friday", the one before the day the text last named
    (the publication date when it has named none)."""
    weekday = _norm("weekday", args[0])
    ref = ctx.discourse.last_day or ctx.anchor
    if ref is None:
        return Resolved(f"XXXX-WXX-{weekday + 1}")
    return day_interval(ref - dt.timedelta(days=(ref.weekday() - weekday) % 7 or 7))


def r_daypart(args: list[str], ctx: Context) -> Resolved:
    """DAYPART part word: "yesterday afternoon", "mid-morning today": part of a day near the publication date."""
    suffix = _TIME_OF_DAY[args[0].lower()]
    if ctx.anchor is None:
        return Resolved("XXXX-XX-XX" + suffix, type="TIME")
    day = ctx.anchor + dt.timedelta(days=_DAY_WORDS[args[1].lower()])
    return Resolved(day.isoformat() + suffix, day, day, "day", type="TIME")


def r_weekof(args: list[str], ctx: Context) -> Resolved | None:
    """WEEKOF month day year: "the week of March 6", the (ISO) week holding that date."""
    if args[2].isdigit():
        resolved = r_abs([args[2], args[0], args[1]], ctx)
    else:
        resolved = r_monthday([args[0], args[1], "-"], ctx)
    if resolved is None:
        return None
    if resolved.start is None:
        return Resolved("XXXX-WXX")
    return week_interval(resolved.start)


def r_following_weekday(args: list[str], ctx: Context) -> Resolved | None:
    """FOLLOWINGWEEKDAY weekday: the first such day after the day the text last set, else after the anchor."""
    base = ctx.discourse.last_day or ctx.anchor
    if base is None:
        return Resolved(f"XXXX-WXX-{_norm('weekday', args[0]) + 1}")
    ahead = (_norm("weekday", args[0]) - base.weekday() - 1) % 7 + 1
    return day_interval(base + dt.timedelta(days=ahead))


def r_dayby(args: list[str], ctx: Context) -> Resolved | None:
    """DAYBY before|after weekday rel word: "the day before last Tuesday", "the day after tomorrow"."""
    sign = -1 if args[0].lower() == "before" else 1
    if ctx.anchor is None:
        return Resolved("XXXX-XX-XX")
    if args[3] != "-":
        base = ctx.anchor + dt.timedelta(days=_DAY_WORDS[args[3].lower()])
    else:
        base = r_weekday([args[1], args[2]], ctx).start
    return day_interval(base + dt.timedelta(days=sign))


RESOLVERS: dict[str, Callable[[list[str], Context], Resolved | None]] = {
    "PREVWEEKDAY": r_prevweekday, "DAYPART": r_daypart, "WEEKOF": r_weekof, "DAYBY": r_dayby,
    "QREF": r_qref, "QENDED": r_qended, "YEARPART": r_yearpart, "NOON": r_noon, "FLOATHOLIDAY": r_floatholiday, "NTHWEEKDAY": r_nth_weekday, "WEEKENDOF": r_weekend_of, "FORTNIGHT": r_fortnight, "WEEKON": r_week_on, "OVERNIGHT": r_overnight, "HOLIDAYYEAR": r_holiday_year, "PARTOFDATE": r_part_of_date, "DURCLOCK": r_durclock, "WEEKEND": r_weekend, "CLOCKDAY": r_clockday, "CLOCKDATE": r_clockdate, "SETWEEKDAY": r_setweekday, "AGODAY": r_agoday, "HOURSAGO": r_hoursago,
    "WEEKDAYWEEK": r_weekdayweek,
    "ABS": r_abs, "DAYS": r_days, "YEARS": r_years, "SPELLEDYEAR": r_spelled_year, "CENTURY": r_century, "CENTURYREL": r_century_rel, "HALFFY": r_half_or_fiscal_year, "WEEKDAYNUM": r_weekday_day_number,
    "DECADEWORD": r_decade_word, "NOONDAY": r_noonday, "DECADE": r_decade, "MONTHDAY": r_monthday, "MONTHDAYYEAR": r_monthday_year, "MONTH": r_month,
    "MONTHS": r_months, "WEEKDAY": r_weekday, "REL": r_rel, "AGO": r_ago, "AHEAD": r_ahead, "DISC": r_disc,
    "DISCN": r_discn, "PART": r_part, "SEASON": r_season, "DUR": r_dur, "FUZZY": r_fuzzy, "SET": r_set,
    "TIME": r_time, "CLOCKPART": r_clockpart, "DURFRAC": r_durfrac, "FOLLOWINGWEEKDAY": r_following_weekday,
    "ORDINALDAY": r_ordinalday, "SETEVERY": r_setevery, "CLOCKREL": r_clockrel, "QMONTH": r_qmonth,
}


def _thirds(start: dt.date, end: dt.date, precision: str, which: int) -> tuple[dt.date, dt.date]:
    """The early (0), mid (1) or late (2) part of an interval."""
    if precision == "year":
        months = ((1, 4), (5, 8), (9, 12))[which]
        return dt.date(start.year, months[0], 1), _last_day(end.year, months[1])
    if precision == "month":
        days = ((1, 10), (11, 20), (21, end.day))[which]
        return start.replace(day=days[0]), start.replace(day=days[1])
    if precision == "decade":
        years = ((0, 3), (4, 6), (7, 9))[which]
        return dt.date(start.year + years[0], 1, 1), dt.date(start.year + years[1], 12, 31)
    length = (end - start).days + 1
    first = start + dt.timedelta(days=length * which // 3)
    last = start + dt.timedelta(days=length * (which + 1) // 3 - 1)
    return first, max(first, last)


def apply_modifier(resolved: Resolved, mod: str | None, anchor: dt.date | None) -> Resolved:
    """Narrow an interval to early/mid/late part, a half, or the part before/after the anchor."""
    if not mod or resolved.start is None:
        return resolved
    start, end, precision = resolved.start, resolved.end, resolved.precision
    if mod in ("early", "mid", "late"):
        start, end = _thirds(start, end, precision, ("early", "mid", "late").index(mod))
    elif mod in ("H1", "H2") and precision == "year":
        first = 1 if mod == "H1" else 7
        start, end = dt.date(start.year, first, 1), _last_day(start.year, first + 5)
        return Resolved(f"{start.year:04d}-{mod}", start, end, "half_year")
    elif mod == "before" and anchor and start <= anchor <= end:
        end = anchor
    elif mod == "after" and anchor and start <= anchor <= end:
        start = anchor
    else:
        return resolved
    return attrs.evolve(resolved, start=start, end=end, modifier=mod)


normalize = _norm
