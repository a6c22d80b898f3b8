"""The temporal tagger's fast paths find exactly what the plain ones find: regrouped alternations, rule
locators, and cues, windows and words taken from a scan of the whole document."""
from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from eventx import segment, timex
from eventx.rulefiles import compile_pattern, group_alternatives, load_rules

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "datasets").glob("*/articles/*.txt"))
EXAMPLES = [ex["text"] for rule in load_rules("time_en")["rule"] for key in ("examples", "negatives")
            for ex in rule.get(key, [])]
TRICKY = ["jan.Monday a.m.now 1998May 1998-May _May x1998 p.m.-Tuesday", "May 5", "Dec.", "a.m.", "2020",
          "\u201cMay\u201d\u2014Monday\u2019s 1998\u2013May\u00a0last\u2009week \u2026now\u00ad2020 \u00e9May",
          "Bogot\u00e1, May 5 May\u00e9 \u0663May May\u0663 \u00b2May na\u00efve 1998 \u0661\u0669\u0669\u0668 \u00c9t\u00e9 2020",
          "\u0395\u039b\u039b\u0391\u03a3 May \u03a3 \u00df \u1e9e Tuesday_ _Tuesday \u00e9Tuesday",
          "12:30pm now2020 now 2020, 3 weeks-long\tday", "year-earlier years", "Tuesday", "in the 1990s and 2000s",
          "It has scheduled a news conference Thursday.", "The talks were postponed until Tuesday.",
          "She could leave as soon as Monday, no later than May 5."]


def _texts() -> list[str]:
    """Rule examples, the bundled articles, and their upper- and lower-cased forms."""
    texts = EXAMPLES + TRICKY + [path.read_text(encoding="utf-8") for path in ARTICLES[:12]]
    return texts + [t.upper() for t in texts] + [t.lower() for t in texts]


def _matches(regex: re.Pattern[str], text: str, start: int, end: int) -> list[tuple]:
    """Every match of regex.finditer with all its group spans."""
    return [m.regs for m in regex.finditer(text, start, end)]


@pytest.mark.parametrize(("pattern", "grouped"), [
    ("the|about|almost", "the|a(?:bout|lmost)"),
    ("(?i:day|Days|week)", "(?i:day(?:|s)|week)"),
    ("day|Days", "day|Days"),  # case counts outside (?i:)
    ("a|b|ab", "a(?:|b)|b"),
    ("ab|\\d|ac", "ab|\\d|ac"),  # no branch moves past one that could start with the same letter
    ("a?b|ac", "a?b|ac"),
    ("(?P<x>a)|b|(?P<y>a)c", "(?P<x>a)|b|(?P<y>a)c"),  # capture groups keep their order
    ("a(?P<x>b)|a(?P<y>c)", "a(?:(?P<x>b)|(?P<y>c))"),
    ("(?(x)ab|ac)", "(?(x)ab|ac)"),  # a conditional's two parts stay apart
    ("(?x:ab|ac)", "(?x:ab|ac)"),  # verbose mode is left alone
    ("[|(]ab|ac", "[|(]ab|ac"),
])
def test_group_alternatives_rewrites_as_expected(pattern: str, grouped: str) -> None:
    assert group_alternatives(pattern) == grouped


def test_group_alternatives_keeps_every_rule_match_and_group() -> None:
    texts, table = _texts(), load_rules("time_en")
    for rule in table["rule"]:
        plain = compile_pattern("(?:" + rule["pattern"] + ")", table["patterns"], where=rule["id"])
        grouped = re.compile(group_alternatives(plain.pattern))
        assert (grouped.groups, grouped.groupindex) == (plain.groups, plain.groupindex)
        for text in texts:
            assert _matches(grouped, text, 0, len(text)) == _matches(plain, text, 0, len(text)), rule["id"]


def test_group_alternatives_on_random_text_from_pattern_letters() -> None:
    rng = random.Random(7)
    pattern = "(?i:the|th|them|a(?:b|c)|ab|t\\s+x|[tT]y)|x(?P<g>y|yz)|xyw|\\d+|1a"
    grouped = re.compile(group_alternatives(pattern))
    plain = re.compile(pattern)
    assert grouped.pattern != plain.pattern
    for _ in range(3000):
        text = "".join(rng.choice("tThHeEmMaAbBcCxXyYzZw1 ") for _ in range(rng.randint(0, 12)))
        assert _matches(grouped, text, 0, len(text)) == _matches(plain, text, 0, len(text)), text


def test_rule_locator_finds_what_finditer_finds() -> None:
    rng = random.Random(3)
    for text in _texts():
        if not timex._scannable(text):
            continue
        cuts = sorted(rng.sample(range(len(text) + 1), min(4, len(text) + 1))) + [0, len(text)]
        windows = sorted({(a, b) for a, b in zip(cuts, cuts[1:]) if a < b} | {(0, len(text))})
        scan = timex._document_scan(text)
        for rule in timex.rules():
            for window in windows:
                expected = [m.regs for m in rule.regex.finditer(text, *window)]
                assert [m.regs for m in timex._rule_matches(rule, text, [window], scan)] == expected, rule.id


def test_document_scan_gives_the_windows_and_words_of_each_sentence() -> None:
    rng = random.Random(5)
    needed = {w for rule in timex.rules() for w in (rule.needs or ()) | rule.needs_all}
    for text in _texts():
        scan = timex._document_scan(text)
        if not timex._scannable(text):
            assert scan is None
            continue
        assert scan is not None
        spans = [(s.start, s.end) for p in segment.paragraphs(text) for s in segment.sentences(text, p.start, p.end)]
        spans += [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(10)] if len(text) > 1 else []
        for start, end in spans + [(0, len(text))]:
            windows = timex._scan_windows(scan, start, end)
            if windows is not None:
                assert windows == timex.cue_windows(text, start, end), (text[start:end], windows)
            words = timex._scan_words(scan, text, start, end)
            if words is not None:
                assert words == timex.sentence_words(text, start, end) & needed, text[start:end]


@pytest.mark.parametrize("text", ["The la\u017ft week", "\u212aiev met on Monday", "\u0130STANBUL, May 5",
                                  "\u0131n May"])
def test_document_scan_leaves_text_with_case_twins_of_ascii_letters_to_the_sentence_scan(text: str) -> None:
    assert timex._document_scan(text) is None


def test_document_scan_takes_other_letters_digits_punctuation_and_spaces() -> None:
    text = ("\u201cWe met in Bogot\u00e1 on Monday\u201d \u2014 and again in May,\u00a0and last week\u2026 "
            "\u00a9 2021 \u2022 \u20ac5 na\u00efve \u00e9May \u0663\u0660 \u00b2May")
    assert timex._scannable(text) and timex._document_scan(text) is not None
    anchor = dt.date(2021, 6, 2)
    sentences = [s for p in segment.paragraphs(text) for s in segment.sentences(text, p.start, p.end)]
    with_scan, without = timex.Discourse(), timex.Discourse()
    scan = timex._document_scan(text)
    found = [t for s in sentences for t in timex.tag_sentence(text, s, anchor, with_scan, scan)]
    assert found == [t for s in sentences for t in timex.tag_sentence(text, s, anchor, without)]
    assert [t.text for t in found] == ["Monday", "May", "last week", "2021"]


def test_tagging_with_and_without_the_document_scan_agree() -> None:
    anchor = dt.date(2023, 5, 17)
    for text in [path.read_text(encoding="utf-8") for path in ARTICLES] + _texts():
        sentences = [s for p in segment.paragraphs(text) for s in segment.sentences(text, p.start, p.end)]
        with_scan, without = timex.Discourse(), timex.Discourse()
        scan = timex._document_scan(text)
        for sentence in sentences:
            assert timex.tag_sentence(text, sentence, anchor, with_scan, scan) == \
                timex.tag_sentence(text, sentence, anchor, without)


@pytest.mark.parametrize("words", ["a  b", " a\tb\n", "a\u00a0b", "a\u2003\u2003b ", "\u3000", "ab"])
def test_fill_joins_words_as_the_white_space_pattern_did(words: str) -> None:
    match = re.match(r"(?P<w>.*)", words, re.S)
    expected = re.sub(r"\s+", "_", words.strip()) or "-"
    assert timex._fill("{w}", match) == [expected]


def test_ascii_only_grouping_tests_first_letters_by_class_and_finds_the_same_in_ascii_text() -> None:
    pattern = "(?i:the|about|almost|(?-i:X)y)|The|(?i:t)"
    assert group_alternatives(pattern, ascii_only=True) == \
        "(?i:(?-i:[tT])he|(?-i:[aA])(?:(?-i:[bB])out|(?-i:[lL])most)|(?-i:X)y)|The|(?i:(?-i:[tT]))"
    rng = random.Random(11)
    plain, cased = re.compile(pattern), re.compile(group_alternatives(pattern, ascii_only=True))
    for _ in range(2000):
        text = "".join(rng.choice("tThHeEaAbBoOuUlLmMsSxXyY ") for _ in range(rng.randint(0, 10)))
        assert _matches(cased, text, 0, len(text)) == _matches(plain, text, 0, len(text)), text


def test_context_search_with_the_lower_text_agrees_with_the_plain_search() -> None:
    rng = random.Random(13)
    for text in _texts():
        if not text.isascii():
            continue
        lower = text.lower()
        for _ in range(20):
            start, end = sorted(rng.sample(range(len(text) + 1), 2)) if len(text) > 1 else (0, len(text))
            for regex in (timex._FORWARD_CUE, timex._SET_AHEAD):
                assert timex._context_search(regex, text, lower, start, end) == \
                    (regex.search(text, start, end) is not None), text[start:end]


def _plain_clause_boundary() -> re.Pattern[str]:
    """The clause boundaries of grammar_en.toml read plainly: each excluded neighbour a lookbehind before the word."""
    clauses = load_rules("grammar_en")["clauses"]
    words = [r"\b(?:" + "|".join(clauses["boundary_words"]) + r")\b"]
    for word, unless in clauses["boundary_unless"].items():
        behind = "".join(f"(?<!{before} )" for before in unless["not_after"])
        words.append(f"{behind}\\b{word}\\b(?!{unless['not_before']})")
    return re.compile("|".join([clauses["boundary_marks"], *words]))


def test_clause_boundary_finds_what_the_plain_reading_of_the_rules_finds() -> None:
    plain, fast = _plain_clause_boundary(), segment._clause_boundary()
    extra = ["shortly after noon that year", "days before he left, denied that they met", "that that which who",
             "Soon after 5 the talks, which resumed -- after dawn -- broke up; though"]
    for text in _texts() + extra:
        assert [m.start() for m in fast.finditer(text)] == [m.start() for m in plain.finditer(text)], text


def test_tense_cues_from_the_lower_cased_sentence_agree_with_the_plain_word_scan(monkeypatch) -> None:
    from eventx import tense

    texts = _texts() + ["It was well-received and so-called; had re-elected, will have met; ’twas planned.",
                        "They were expected to be held-over. He is to have rejoined the talks it had arranged."]
    fast = [tense._word_cues(text, 0, len(text)) for text in texts]
    monkeypatch.setattr(tense, "lower_is_exact", lambda text, lower: False)
    assert [tense._word_cues(text, 0, len(text)) for text in texts] == fast


def test_tense_cues_from_the_lower_cased_sentence_agree_with_the_plain_scan_on_glued_words(monkeypatch) -> None:
    """Words glued by hyphens and apostrophes, cues inside future cues, auxiliaries before participles,
    sentences read from any offset."""
    from eventx import tense

    pieces = ["was", "had", "been", "being", "is", "will", "would", "wanted", "re-elected", "x-ray", "’s", "'ll",
              "-", "--", "Held", "need", "the", "a", "used", "ed", "red", "planned", "to", "expected", "met",
              "has", "are", "scheduled", "so-called", "said", "é", "2", "Was", "TOLD", "’", "'"]
    glue = ["", " ", " ", " ", "-", ", ", "’", "'", ". ", "\n", "—"]
    rng = random.Random(17)
    texts = ["".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    fast = [tense._word_cues(text, 0, len(text)) for text in texts]
    starts = [(text, rng.randint(0, len(text))) for text in texts]
    fast_inner = [tense._word_cues(text, start, len(text)) for text, start in starts]
    monkeypatch.setattr(tense, "lower_is_exact", lambda text, lower: False)
    for text, cues in zip(texts, fast):
        assert tense._word_cues(text, 0, len(text)) == cues, text
    for (text, start), cues in zip(starts, fast_inner):
        assert tense._word_cues(text, start, len(text)) == cues, (text, start)


def test_without_an_anchor_yearless_dates_take_the_year_the_text_last_named() -> None:
    text = "On 22 June 1941 the offensive began. On 7 December the counter-attack came. In the winter the front froze."
    assert [(t.text, t.value) for t in timex.find_timexes(text, None)] == [
        ("22 June 1941", "1941-06-22"), ("7 December", "1941-12-07"), ("the winter", "1941-WI")]
    # anchor inference reads them as written
    assert [t.value for t in timex.find_timexes(text, None, narrative_years=False)] == ["1941-06-22", "XXXX-12-07", "XXXX-WI"]
    # deictic words count from a moment the text does not give
    assert [t.value for t in timex.find_timexes("In 1941 the war widened. Last June the treaty was signed.", None)][1] != "1941-06"


# A first-person memoir written in 2015 about 1977: its story year holds across paragraphs, until an
# expression counts from the day of writing.
MEMOIR = ("I was nineteen when I joined the dockers' union in Hull in 1977, and my father was not pleased.\n\n"
          "I went to my first branch meeting in March. By the summer I was taking minutes, and I kept them "
          "in a biscuit tin for years.\n\n"
          "Last week I found the tin again. In May my grandson asked what a branch meeting was.")


def test_a_first_person_story_keeps_its_year_across_paragraphs() -> None:
    found = {t.text: t.value for t in timex.find_timexes(MEMOIR, "2015-11-20")}
    assert found["March"] == "1977-03" and found["the summer"] == "1977-SU"
    # "last week" counts from the day of writing, and ends the story's year
    assert found["Last week"] == "2015-W46" and found["May"] == "2015-05"


def test_a_third_person_report_does_not_carry_a_background_year_into_later_paragraphs() -> None:
    report = MEMOIR.replace("I was nineteen when I joined", "Ann Ross was nineteen when she joined").replace(
        "I went to my first", "She went to her first").replace("I was taking minutes, and I kept", "she was taking minutes and kept")
    found = {t.text: t.value for t in timex.find_timexes(report.split("\n\nLast week")[0], "2015-11-20")}
    assert found["March"] == "2015-03"


@pytest.mark.parametrize(("text", "values"), [
    # said on a Tuesday: a past run keeps its last day, so the first day is the Monday before it
    ("Deputies spent Monday to Wednesday debating the law.", ["2006-02-06", "2006-02-08"]),
    ("Voting took place between Friday and Sunday.", ["2006-02-10", "2006-02-12"]),
    # a run ahead keeps its first day
    ("Voting takes place between Friday and Sunday.", ["2006-02-17", "2006-02-19"]),
    ("The fair is open Tuesday through Thursday.", ["2006-02-14", "2006-02-16"]),
    # two days named apart, or a day moved to another, keep their own readings
    ("The vote was postponed from Monday to Friday.", ["2006-02-13", "2006-02-10"]),
])
def test_two_weekdays_of_a_range_are_days_of_one_run(text: str, values: list[str]) -> None:
    assert [t.value for t in timex.find_timexes(text, dt.date(2006, 2, 14))] == values
