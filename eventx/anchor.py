"""Publication date: from metadata, else a byline or dateline in the text, else inferred from the text."""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import warnings
from typing import Callable

from . import bodies, resolve, segment, timex
from .records import Anchor, Article, Span, Timex
from .rulefiles import compile_pattern, load_rules

_PAST_TENSES = ("past", None)


@functools.cache
def _rules() -> dict:
    """The anchor rule file with its patterns compiled against the temporal sub-patterns."""
    data = load_rules("anchor_en")
    patterns = {**load_rules("time_en")["patterns"], **data.get("patterns", {})}
    for group in ("byline", "footer", "dateline"):
        for rule in data[group]:
            rule["regex"] = compile_pattern(rule["pattern"], patterns, where=f"anchor_en.toml {rule['id']}")
    return data


_MONTHS = {name: i + 1 for i, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                                 "oct", "nov", "dec"))}
_WEEKDAYS = {name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
               r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_DAY_NUMBER = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
# The byline date formats (see anchor_en.toml) that dateparser reads the obvious way (checked against it on
# thousands of generated dates; it does not read "Thur"): a weekday, if any, must agree with the date.
_STRICT_DATE = re.compile(
    r"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Fri|"
    r"Sat|Sun)\.?,? )?"
    rf"(?:(?P<month>{_MONTH_WORD}) (?P<day>{_DAY_NUMBER}),? (?P<year>{_YEAR})"
    rf"|(?P<day2>{_DAY_NUMBER}) (?P<month2>{_MONTH_WORD}),? (?P<year2>{_YEAR})"
    rf"|(?P<year3>{_YEAR})-(?P<month3>\d\d)-(?P<day3>\d\d))")


def _strict_date(value: str) -> dt.date | None:
    """A byline date in one of the common formats, parsed without dateparser; None when unsure."""
    m = _STRICT_DATE.fullmatch(value)
    if m is None:
        return None
    if m.group("year3"):
        year, month, day = int(m.group("year3")), int(m.group("month3")), int(m.group("day3"))
    else:
        word, day, year = (m.group("month"), m.group("day"), m.group("year")) if m.group("year") else \
            (m.group("month2"), m.group("day2"), m.group("year2"))
        year, month, day = int(year), _MONTHS[word[:3].lower()], int(day.rstrip("stndrh"))
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    weekday = m.group("weekday")
    if weekday is not None and _WEEKDAYS[weekday[:3].lower()] != date.weekday():
        return None
    return date


@functools.lru_cache(maxsize=1024)
def parse_date_string(value: str) -> dt.date | None:
    """An absolute date printed in a byline ("Dec. 10, 2020", "12 October 2022"): the common formats
    directly, anything else (or any doubt) via dateparser."""
    strict = _strict_date(value)
    if strict is not None:
        return strict
    return _dateparser_date(value)


def _dateparser_date(value: str) -> dt.date | None:
    """An absolute date parsed by dateparser (day, month and year required)."""
    import dateparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(value, languages=["en"],
                                  settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                            "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                                            "PARSERS": ["absolute-time"]})
    if parsed is None and _foreign_month().search(value):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = dateparser.parse(value, languages=list(_rules()["foreign_languages"]),
                                      settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                                "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                                                "PARSERS": ["absolute-time"]})
    return parsed.date() if parsed else None


@functools.cache
def _foreign_month() -> re.Pattern[str]:
    """The month names of the languages a page's furniture may print its date in (anchor_en.toml)."""
    return re.compile(r"(?<!\w)(?:" + _rules()["patterns"]["month_foreign"] + r")(?!\w)", re.I)


_ROMAN_MONTHS = {r: i + 1 for i, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"))}


def _full_year(digits: str) -> int:
    """A year from four digits, or from two ('92 is 1992, '07 is 2007: 1950 to 2049)."""
    year = int(digits)
    return year if len(digits) == 4 else (1900 + year if year >= 50 else 2000 + year)


def _numeric_date(m: re.Match[str], text: str) -> dt.date | None:
    """A numeric byline date; slashed dates that could be day- or month-first are decided by the text."""
    groups = m.groupdict()
    if groups.get("roman"):
        try:
            return dt.date(int(m.group("year3")), _ROMAN_MONTHS[m.group("roman")], int(m.group("day3")))
        except ValueError:
            return None
    if groups.get("yy"):
        try:
            return dt.date(_full_year(m.group("yy")), _MONTHS[m.group("monthword")[:3].lower()], int(m.group("day4")))
        except (ValueError, KeyError):
            return None
    if m.groupdict().get("year2"):
        parts = [(int(m.group("year2")), int(m.group("month2")), int(m.group("day2")))]
    else:
        year, first, second = _full_year(m.group("year")), int(m.group("day")), int(m.group("month"))
        parts = [(year, second, first)]
        if m.group("sep") == "/" and first <= 12 and second <= 12 and first != second:
            parts.append((year, first, second))
    dates = []
    for y, mo, d in parts:
        try:
            dates.append(dt.date(y, mo, d))
        except ValueError:
            continue
    return _pick_reading(dates, _line_of(text, m.start()), text) if dates else None


# A clock printed beside a numeric date tells its order: 12-hour time or a US zone is written after a
# month-first date, "20h15" or a European zone after a day-first one.
# (a zone may follow the time with no space: "0915EST")
_MONTH_FIRST_CLOCK = re.compile(r"\d\s*[AaPp]\.?[Mm]\b\.?|(?:\b|(?<=\d))(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|AKST|HST)\b")
_DAY_FIRST_CLOCK = re.compile(r"\b\d{1,2}h\d{2}\b|(?:\b|(?<=\d))(?:CET|CEST|EET|EEST|WAT|CAT|EAT|MSK|BST|IST|WIB|SAST)\b")
_NUMERIC = re.compile(r"(?P<first>\d{1,2})(?P<sep>[./-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})")


def _date_in_words(m: re.Match[str]) -> dt.date | None:
    """A date whose day and year are written in words ("the eighth of December, nineteen hundred and
    eighty-four")."""
    year = resolve.spelled_year(m.group("yearwords"))
    try:
        return dt.date(year, _MONTHS[m.group("month")[:3].lower()], resolve._day_number(m.group("dayword")))
    except (TypeError, ValueError, KeyError):
        return None


def _line_of(text: str, at: int) -> str:
    """The line of text holding offset `at`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:len(text) if end < 0 else end]


def _pick_reading(dates: list[dt.date], line: str, text: str) -> dt.date:
    """One of a numeric date's readings (day first listed first): the one the clock on its line implies,
    else the one nearest after the past month-days the text names, else month first on a page in American
    spelling, else the first."""
    if len(dates) < 2:
        return dates[0]
    if _MONTH_FIRST_CLOCK.search(line) and not _DAY_FIRST_CLOCK.search(line):
        return dates[1]
    if _DAY_FIRST_CLOCK.search(line) and not _MONTH_FIRST_CLOCK.search(line):
        return dates[0]
    hints = _past_month_days(text)
    if hints:
        def gap(d: dt.date) -> int:
            days = [(d - h.replace(year=d.year)).days for h in hints if (h.month, h.day) != (2, 29)]
            after = [x for x in days if x >= 0]
            return min(after) if after else 366
        return min(dates, key=gap)
    if len(_US_SPELLING.findall(text)) > len(_BRITISH_SPELLING.findall(text)):
        return dates[1]  # a page in American spelling writes its dates month first
    return dates[0]


# Spellings that tell an American page from a British or Commonwealth one (lower case only: "Labor" may
# name a party anywhere).
_US_SPELLING = re.compile(r"\b(?:percent|color|favor|honor|labor|neighbor|center|theater|defense)s?\b")
_BRITISH_SPELLING = re.compile(r"\b(?:per\s+cent|colour|favour|honour|labour|neighbour|centre|theatre|defence|programme)s?\b")


_COVER_RANGE = re.compile(r"(?P<first>\d{1,2})\s*[-–]\s*\d{1,2}\s+(?P<rest>[A-Za-z]+\.?,?\s+\d{4})")


def _printed_date(value: str, line: str, text: str) -> dt.date | None:
    """A printed date: a numeric one whose day and month could be either way round decided by
    _pick_reading, any other read by parse_date_string."""
    m = _NUMERIC.fullmatch(value)
    cover = _COVER_RANGE.fullmatch(value)
    if cover is not None:  # a weekly's cover dates ("2-8 April 2005"): the issue is dated by the first day
        return parse_date_string(cover.group("first") + " " + cover.group("rest"))
    if m is None:
        return parse_date_string(value)
    year, first, second = _full_year(m.group("year")), int(m.group("first")), int(m.group("second"))
    dates = []
    for month, day in ((second, first), (first, second)):
        try:
            dates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return _pick_reading(list(dict.fromkeys(dates)), line, text) if dates else None


def _past_month_days(text: str) -> list[dt.date]:
    """Month-day dates the text gives in past-tense clauses (the year is a placeholder, 2000)."""
    out = []
    for t in unanchored_timexes(text, None):
        m = re.fullmatch(r"(?:\d{4}|XXXX)-(\d\d)-(\d\d)", t.value)
        if m and t.tense in _PAST_TENSES:
            out.append(dt.date(2000, int(m.group(1)), int(m.group(2))))
    return out


def from_byline(text: str) -> Anchor | None:
    """A full publication date printed near the top of the page, else labelled at its foot."""
    header_end = min(len(text), _rules()["header_chars"])
    footer_start = max(0, len(text) - _rules()["footer_chars"])
    return _first_printed_date(_rules()["byline"], text, 0, header_end,
                               lambda m: (m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end())) \
        or _first_printed_date(_rules()["footer"], text, footer_start, len(text),
                               lambda m: (m.start("day"), m.end("year")))


def _first_printed_date(rules: list[dict], text: str, start: int, end: int,
                        numeric_span: Callable[[re.Match[str]], tuple[int, int]]) -> Anchor | None:
    """The first date the rules find in text[start:end], in rule order: a `date` group read as a date,
    else a numeric date (its evidence the span `numeric_span` gives)."""
    for rule in rules:
        for m in rule["regex"].finditer(text, start, end):
            if "yearwords" in m.re.groupindex:  # a date in words
                day, span = _date_in_words(m), m.span()
                span = (span[0] + len(m.group(0)) - len(m.group(0).lstrip()), span[1])
            elif "be_year" in m.re.groupindex:  # a Buddhist-era year, 543 more than the Gregorian
                be_year = m.group("be_year") or m.group("be_year2")
                day = parse_date_string(f"{m.group('date')} {int(be_year) - 543}")
                span = (m.start("date"), m.end("be_year") if m.group("be_year") else m.end("be_year2"))
            elif "week" in m.re.groupindex:  # an ISO week and a weekday
                try:
                    day = dt.date.fromisocalendar(int(m.group("year")), int(m.group("week")),
                                                  _WEEKDAYS[m.group("weekday")[:3].lower()] + 1)
                except ValueError:
                    day = None
                span = m.span("week")[0] - len("week "), m.end("weekday")
                span = (max(m.start(), span[0]), span[1])
            elif "ord_year" in m.re.groupindex:  # an ISO ordinal date: year and day of the year
                number = int(m.group("ord_day"))
                day = dt.date(int(m.group("ord_year")), 1, 1) + dt.timedelta(days=number - 1) \
                    if 1 <= number <= (366 if calendar.isleap(int(m.group("ord_year"))) else 365) else None
                span = m.span("ord_year")[0], m.end("ord_day")
            elif "date" in m.re.groupindex:
                day, span = _printed_date(m.group("date"), _line_of(text, m.start("date")), text), m.span("date")
            else:
                day, span = _numeric_date(m, text), numeric_span(m)
            if day is not None:
                day += dt.timedelta(days=rule.get("days_after", 0))  # an imprint's press date is the eve
                return Anchor(date=day, year=day.year, source="text", evidence=text[span[0]:span[1]].strip(),
                              char_start=span[0], char_end=span[1])
    return None


def _dateline(text: str) -> re.Match[str] | None:
    """A wire-style dateline with month and day but no year ("Pyongyang, April 11 (KCNA) --")."""
    limit = _rules()["header_chars"]
    for rule in _rules()["dateline"]:
        m = rule["regex"].search(text, 0, min(len(text), limit))
        if m:
            return m
    return None


_ANNIVERSARY = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:\w+\s+)?anniversary\b", re.I)
_YEAR_RULES = ("year_bare", "date_month_year", "date_month_day_year", "date_day_month_year")


def _year_votes(text: str, found: list[Timex], paragraphs: list[Span],
                sentences: list[Span]) -> list[tuple[int, Timex, Timex]]:
    """Years implied by "last/this/next year" or an "Nth anniversary" beside a year figure (in its sentence,
    else its paragraph; the year figure must be the only one there), and by anniversaries of known
    foundings ("the 70th founding anniversary of the DPRK", rules/bodies_en.toml).
    """
    offsets = _rules()["inference"]["year_offsets"]
    text_spans = [(s.start, s.end) for s in sentences]
    votes = []
    for sentence in text_spans:
        chunk = text[sentence[0]:sentence[1]]
        ordinal = _ANNIVERSARY.search(chunk)
        years = {t.date_start.year for t in found if sentence[0] <= t.start < sentence[1]
                 and t.rule_id in _YEAR_RULES and t.date_start}
        if ordinal and len(years) == 1:
            year_timex = next(t for t in found if sentence[0] <= t.start < sentence[1] and t.rule_id in _YEAR_RULES)
            anniversary = Timex(start=sentence[0] + ordinal.start(), end=sentence[0] + ordinal.end(),
                                text=ordinal.group(0), type="DATE", value="", rule_id="anniversary")
            votes.append((min(years) + int(ordinal.group(1)), anniversary, year_timex))
    for rel in (t for t in found if t.rule_id in ("rel_unit", "monthday_rel_year") and t.text.lower().endswith("year")):
        word = rel.text.lower().split()[-2]
        if word not in offsets:
            continue
        scopes = [s for s in text_spans if s[0] <= rel.start < s[1]]
        scopes += [(p.start, p.end) for p in paragraphs if p.start <= rel.start < p.end]
        for start, end in scopes:
            dated = [t for t in found if start <= t.start < end and t.rule_id in _YEAR_RULES and t.date_start]
            if len({t.date_start.year for t in dated}) == 1:
                votes.append((dated[0].date_start.year + offsets[word], rel, dated[0]))
                break
    if not votes:
        votes += _stated_founding_votes(text, found)
    for anniversary in bodies.find_anniversaries(text):  # "the 70th founding anniversary of the DPRK"
        founded = Timex(start=anniversary.start, end=anniversary.end, text=str(anniversary.year - anniversary.ordinal),
                        type="DATE", value=str(anniversary.year - anniversary.ordinal), rule_id="founding")
        mark = Timex(start=anniversary.start, end=anniversary.end, text=anniversary.text, type="DATE", value="",
                     rule_id="anniversary")
        votes.append((anniversary.year, mark, founded))
    return votes


# "the army, founded in February 1948", "the theatre, established on 3 March 1960", "born in 1912"
_FOUNDED_IN = re.compile(r"\b(?:founded|established|created|formed|set\s+up|born)\s+(?:in|on)\s+", re.I)
_FOUNDED_REACH = 30


def _stated_founding_votes(text: str, found: list[Timex]) -> list[tuple[int, Timex, Timex]]:
    """The year of an "Nth anniversary" counted from the one founding (or birth) year the text states
    elsewhere ("the 60th founding anniversary of the theatre ... The theatre, founded in March 1960"):
    none when the text states several founding years or counts several different anniversaries."""
    ordinals = {int(m.group(1)): m for m in _ANNIVERSARY.finditer(text)}
    if len(ordinals) != 1:
        return []
    stated = [t for m in _FOUNDED_IN.finditer(text) for t in found
              if t.rule_id in _YEAR_RULES and t.date_start and m.end() <= t.start <= m.end() + _FOUNDED_REACH]
    if len({t.date_start.year for t in stated}) != 1:
        return []
    (n, ordinal), = ordinals.items()
    mark = Timex(start=ordinal.start(), end=ordinal.end(), text=ordinal.group(0), type="DATE", value="",
                 rule_id="anniversary")
    return [(stated[0].date_start.year + n, mark, stated[0])]


_WEEKDAY_NAME = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_PAIR_REACH = 40


def _weekday_pairs(text: str, found: list[Timex]) -> list[tuple[str, Timex]]:
    """(weekday, yearless month-day) stated together: "Wednesday, October 25", "Saturday's vote, set for 21 September"."""
    pairs = []
    for t in found:
        if not re.fullmatch(r"XXXX-\d\d-\d\d", t.value):
            continue
        own = _WEEKDAY_NAME.match(t.text)
        if own:
            pairs.append((own.group(1), t))
            continue
        near = [w for w in found if w.rule_id == "weekday" and abs(w.start - t.start) <= _PAIR_REACH
                and not re.search(r"[.;]", text[min(w.end, t.end):max(w.start, t.start)])]
        if len(near) == 1:
            pairs.append((_WEEKDAY_NAME.search(near[0].text).group(1), t))
    return pairs


def _weekday_years(text: str, found: list[Timex]) -> list[tuple[set[int], Timex]]:
    """Years in which a stated weekday and month-day agree."""
    agreements = []
    for name, t in _weekday_pairs(text, found):
        m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", t.value)
        wanted = resolve.normalize("weekday", name)
        years = set()
        for year in range(1950, 2100):
            try:
                if dt.date(year, int(m.group(1)), int(m.group(2))).weekday() == wanted:
                    years.add(year)
            except ValueError:
                continue
        agreements.append((years, t))
    return agreements


def _pick_year(text: str, found: list[Timex], paragraphs: list[Span],
               sentences: list[Span]) -> tuple[int | None, list[str]]:
    """The article's year from year cues, weekday/date agreement, then the latest year stated."""
    votes = _year_votes(text, found, paragraphs, sentences)
    agreements = _weekday_years(text, found)
    stated = [t.date_start.year for t in found if t.rule_id in _YEAR_RULES and t.date_start is not None]
    evidence = []
    if votes:
        year = max(set(v[0] for v in votes), key=lambda y: (sum(v[0] == y for v in votes), y))
        vote = next(v for v in votes if v[0] == year)
        beside = f"founded {vote[2].text}" if vote[2].rule_id == "founding" else f"beside {vote[2].text!r}"
        evidence.append(f"year {year} from {vote[1].text!r} {beside}")
        return year, evidence
    body = bodies.earliest_year(text)
    if agreements and (stated or body):
        reference = max([*stated, body[0]] if body else stated)
        years, t = agreements[0]
        # not before the latest numbered body it names ("the 20th CPC Central Committee"), when one fits
        years = {y for y in years if body is None or y >= body[0]} or years
        year = min(years, key=lambda y: (abs(y - reference), -y))
        evidence.append(f"year {year} from weekday agreement of {t.text!r}"
                        + (f", not before {body[0]} ({body[1].text!r})" if body else ""))
        return year, evidence
    full = [t.date_start.year for t in found if t.precision == "day" and t.date_start is not None]
    if full:
        return max(full), evidence
    return None, evidence


def _weekday_adjusted(latest: dt.date, found: list[Timex]) -> dt.date:
    """Move the estimate forward so weekday references fall on or after the day before `latest`."""
    window = _rules()["inference"]["weekday_window"]
    weekdays = [t for t in found if t.rule_id == "weekday" and _WEEKDAY_NAME.search(t.text)]
    if not weekdays:
        return latest
    best, best_score = latest, -1
    for shift in range(window + 1):
        candidate = latest + dt.timedelta(days=shift)
        score = sum(resolve.weekday_date(candidate, _WEEKDAY_NAME.search(t.text).group(1), t.tense)
                    >= latest - dt.timedelta(days=1) for t in weekdays)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _other_year_nearby(t: Timex, found: list[Timex], sentences: list[Span], year: int) -> bool:
    """Whether the sentence of a yearless date names another year (a story told about that year)."""
    sentence = next((sp for sp in sentences if sp.start <= t.start < sp.end), None)
    if sentence is None:
        return False
    start, end = sentence.start, sentence.end
    return any(start <= o.start < end and o.rule_id in _YEAR_RULES and o.date_start and o.date_start.year != year
               for o in found)


def _before_upcoming(year: int, found: list[Timex], only: list[Timex] | None = None) -> tuple[dt.date, Timex] | None:
    """With only future dates: the latest day before the first of them at which future weekdays still fit."""
    upcoming: list[tuple[dt.date, Timex]] = []
    for t in only or found:
        m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", t.value)
        if m and t.tense == "future":
            try:
                upcoming.append((dt.date(year, int(m.group(1)), int(m.group(2))), t))
            except ValueError:
                continue
    if not upcoming:
        return None
    first, source = min(upcoming, key=lambda c: (c[0], c[1].start))
    weekdays = [t for t in found if t.rule_id == "weekday" and t.tense == "future"]
    window = _rules()["inference"]["weekday_window"]
    for back in range(1, window + 2):
        candidate = first - dt.timedelta(days=back)
        resolved = [resolve.weekday_date(candidate, _WEEKDAY_NAME.search(t.text).group(1), "future")
                    for t in weekdays if _WEEKDAY_NAME.search(t.text)]
        if all(candidate <= day <= first for day in resolved):
            return candidate, source
    return first - dt.timedelta(days=1), source


@functools.lru_cache(maxsize=4)
def _unanchored(text: str, spans: tuple[Span, ...] | None) -> tuple[Timex, ...]:
    """The temporal expressions of the text's sentences (`spans`), resolved without an anchor and with
    yearless dates left yearless; the inference and the dateline both read them, so they are tagged once."""
    return tuple(timex.find_timexes(text, None, spans=spans, narrative_years=False))


def unanchored_timexes(text: str, spans: list[Span] | None) -> list[Timex]:
    """timex.find_timexes(text, None, spans=spans), computed once for the article being anchored."""
    return list(_unanchored(text, None if spans is None else tuple(spans)))


def infer(text: str, spans: list[Span] | None, paragraphs: list[Span]) -> Anchor | None:
    """Infer the publication date from the text: the year from cues, then the latest past date, then weekdays."""
    found = unanchored_timexes(text, spans)
    sentences = [sp for p in paragraphs for sp in segment.sentences(text, p.start, p.end)]
    year, evidence = _pick_year(text, found, paragraphs, sentences)
    if year is None:
        return None
    candidates: list[tuple[dt.date, Timex]] = [
        (t.date_start, t) for t in found if t.precision == "day" and t.date_start and t.date_start.year == year
        and t.tense in _PAST_TENSES and t.type == "DATE"]
    for t in found:
        m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", t.value)
        if m and t.tense in _PAST_TENSES and not _other_year_nearby(t, found, sentences, year):
            try:
                candidates.append((dt.date(year, int(m.group(1)), int(m.group(2))), t))
            except ValueError:
                continue
    candidates += _counted_from(text, found, candidates)
    future_pairs = [t for _, t in _weekday_pairs(text, found) if t.tense == "future"]
    if future_pairs:
        # a weekday named with its date in the future tense: published in the week before that date
        candidates = []
    if not candidates:
        upcoming = _before_upcoming(year, found, only=future_pairs or None)
        if upcoming is None:
            return Anchor(date=None, year=year, source="inferred", evidence="; ".join(evidence))
        estimate, source = upcoming
        evidence.append(f"before the coming {source.text!r}; weekday references fit {estimate.isoformat()}")
        return Anchor(date=estimate, year=year, source="inferred", evidence="; ".join(evidence),
                      char_start=source.start, char_end=source.end)
    latest, source = max(candidates, key=lambda c: (c[0], c[1].start))
    evidence.append(f"latest past date {latest.isoformat()} from {source.text!r}")
    # a day counted to its weekday ("On Friday, two weeks after ...") is the day the lead reports
    estimate = latest if source.rule_id == "weekday" else _weekday_adjusted(latest, found)
    if estimate != latest:
        evidence.append(f"moved to {estimate.isoformat()} so that weekday references follow it")
    return Anchor(date=estimate, year=year, source="inferred", evidence="; ".join(evidence),
                  char_start=source.start, char_end=source.end)


@functools.cache
def _counted() -> re.Pattern[str]:
    """Pattern of a weekday counted from an earlier event ("On Friday, two weeks after ...")."""
    return compile_pattern(_rules()["inference"]["counted_from"], load_rules("time_en")["patterns"],
                           where="anchor_en.toml inference.counted_from", flags=re.I)


def _counted_from(text: str, found: list[Timex], dates: list[tuple[dt.date, Timex]]) -> list[tuple[dt.date, Timex]]:
    """Days a text counts from a dated one: "On Friday, two weeks after the vote" is the day two weeks
    after a date the text gives (the vote's) when that day is a Friday."""
    counted = []
    for m in _counted().finditer(text):
        weekday = next((t for t in found if t.start == m.start("weekday") and t.rule_id == "weekday"), None)
        if weekday is None or weekday.tense not in _PAST_TENSES:
            continue
        n = int(m.group("n")) if m.group("n").isdigit() else resolve.normalize("number", m.group("n"))
        delta = dt.timedelta(days=n * (7 if m.group("unit").lower().startswith("week") else 1))
        wanted = resolve.normalize("weekday", m.group("weekday"))
        counted += [(date + delta, weekday) for date, t in dates if t.precision == "day"
                    and (date + delta).weekday() == wanted and t.start != weekday.start]
    return counted


def find_anchor(article: Article, spans: list[Span], paragraphs: list[Span]) -> Anchor:
    """The anchor of an article: metadata, then byline or dateline, then inference, else none."""
    if article.published is not None:
        return Anchor(date=article.published, year=article.published.year, source="metadata",
                      evidence=article.published_evidence or "published")
    text = article.text
    printed = from_byline(text) or _masthead_month_and_dateline_day(text)
    if printed is not None:
        return printed
    inferred = infer(text, spans, paragraphs)
    dateline = _dateline(text)
    if dateline is not None and inferred is not None and inferred.year is not None:
        month = resolve.normalize("month", dateline.group("month"))
        day = int(re.match(r"\d+", dateline.group("day")).group(0))
        try:
            date = dt.date(inferred.year, month, day)
        except ValueError:
            date = None
        if date is not None:
            return Anchor(date=date, year=inferred.year, source="inferred",
                          evidence=f"dateline {dateline.group(0).strip()!r}; {inferred.evidence}",
                          char_start=dateline.start("month"), char_end=dateline.end("day"))
    if dateline is not None and (inferred is None or inferred.year is None):
        lead = _dateline_lead_year(text, dateline, spans)
        if lead is not None:
            date, evidence = lead
            return Anchor(date=date, year=date.year, source="inferred",
                          evidence=f"dateline {dateline.group(0).strip()!r}; {evidence}",
                          char_start=dateline.start("month"), char_end=dateline.end("day"))
    if inferred is not None and inferred.date is not None:
        return inferred
    return Anchor()


@functools.cache
def _month_and_day_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The compiled masthead_month and dateline_day patterns of anchor_en.toml."""
    data = load_rules("anchor_en")
    patterns = {**load_rules("time_en")["patterns"], **data.get("patterns", {})}
    return (compile_pattern(data["masthead_month"], patterns, where="anchor_en.toml masthead_month"),
            compile_pattern(data["dateline_day"], patterns, where="anchor_en.toml dateline_day"))


def _masthead_month_and_dateline_day(text: str) -> Anchor | None:
    """The day a dateline gives ("HARBOUR CITY, Tuesday the 9th —") in the month and year the masthead
    gives ("REGIONAL EDITION · MARCH 2004"), both near the top; None when either is missing, the day is
    not in the month or a weekday given disagrees."""
    masthead_re, dateline_re = _month_and_day_patterns()
    limit = min(len(text), _rules()["header_chars"])
    masthead = masthead_re.search(text, 0, limit)
    dateline = dateline_re.search(text, 0, limit) if masthead is not None else None
    if dateline is None:
        return None
    try:
        date = dt.date(int(masthead.group("year")), _MONTHS[masthead.group("month")[:3].lower()],
                       int(dateline.group("day")))
    except ValueError:
        return None
    weekday = dateline.group("weekday")
    if weekday is not None and _WEEKDAYS[weekday[:3].lower()] != date.weekday():
        return None
    return Anchor(date=date, year=date.year, source="text",
                  evidence=f"{masthead.group('month')} {masthead.group('year')}; {dateline.group(0).strip()}",
                  char_start=dateline.start("day"), char_end=dateline.end("day"))


def printed_anchor(text: str) -> Anchor | None:
    """The publication date a text prints: a full date at its top (a byline, a dated first line), or a
    wire dateline's month and day in the year the text gives; None otherwise.  Unlike `find_anchor` it
    does not guess a date from the latest past date a text names: a history has none of its own."""
    paragraphs = segment.paragraphs(text)
    sentences = [s for p in paragraphs for s in segment.sentences(text, p.start, p.end)]
    anchor = find_anchor(Article(article_id="text", text=text), sentences, paragraphs)
    if anchor.date is None or (anchor.source == "inferred" and not (anchor.evidence or "").startswith("dateline")):
        return None
    return anchor


_MONTH_OR_FINER = ("date_month_year", "date_month_day_year", "date_day_month_year")


def _dateline_lead_year(text: str, dateline: re.Match[str], spans: list[Span] | None) -> tuple[dt.date, str] | None:
    """A dateline's year when the text gives no year cue: a wire lead reports what happened on the
    dateline day and names it by its weekday ("MOSCOW, March 21 -- ... held talks on Tuesday"), so the
    year is the first one, from the latest month or day the text dates in a past year, in which the
    dateline's month and day fall on the lead's weekday."""
    found = unanchored_timexes(text, spans)
    paragraph_end = text.find("\n", dateline.end())
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    sentence_end = next((s.end for s in segment.sentences(text, dateline.end(), paragraph_end)), paragraph_end)
    leads = [t for t in found if dateline.end() <= t.start < sentence_end and t.rule_id == "weekday"
             and t.tense in _PAST_TENSES and _WEEKDAY_NAME.match(t.text)]
    stated = [t.date_start.year for t in found if t.rule_id in _MONTH_OR_FINER and t.date_start is not None
              and t.tense in _PAST_TENSES]
    body = bodies.earliest_year(text)
    if not leads or not (stated or body):
        return None
    first = max([*stated, body[0]] if body else stated)
    since = f"{first} ({body[1].text!r})" if body and body[0] == first and first not in stated else str(first)
    month = resolve.normalize("month", dateline.group("month"))
    day = int(re.match(r"\d+", dateline.group("day")).group(0))
    # the lead may name a span ("held from Monday to Thursday"): the dateline day is one of its weekdays
    wanted = {resolve.normalize("weekday", _WEEKDAY_NAME.match(t.text).group(1)): t for t in reversed(leads)}
    for year in range(first, first + 12):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.weekday() in wanted:
            lead = wanted[date.weekday()]
            return date, f"year {year}: the first from {since} in which it falls on the lead's {lead.text!r}"
    return None
