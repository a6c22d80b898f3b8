"""Hypothesis strategies for news-like texts: fragments of political news mixed with arbitrary text."""
from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

FRAGMENTS = [
    "Leaders met in Geneva on Tuesday.", "The parliament voted 120 to 80 to approve the budget last week.",
    "Protesters rallied outside the ministry on March 3.", "The minister resigned in October 2020.",
    "A three-day congress wrapped up on Friday.", "Troops will hold joint drills next month.",
    "Police arrested 12 people early this year.", "The summit is expected in the January-February period.",
    "Missiles were fired into the sea two days later.", "In February of the same year, talks collapsed.",
    "Sign up for our newsletter", "Related Stories", "Type to search", "(Photo: Reuters)",
    "Published : Mar. 4, 2019 - 09:30", "Hanoi, May 19 (VNA) --", "By Jane Roe | 12 October 2022",
    "Xi Jinping", "the North", "may", "March", "Sunday Times", "first in five years", "2021-02-30", "31/02/2020",
]

news_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40),
              st.sampled_from(["\n", "\n\n", "\r\n", " ", ", ", "; ", "— "])),
    max_size=30,
).map("".join)

anchors = st.one_of(st.none(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
