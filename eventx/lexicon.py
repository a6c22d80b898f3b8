"""Actor dictionary and gazetteer: loading them and finding actors and places in a text."""
from __future__ import annotations

import bisect
import csv
import functools
import re
import tomllib
from typing import Any

import attrs

from .clean import SpanIndex
from .prefilter import finditer_from, lower_is_exact, starts_scanner
from .records import Actor, Place, Span
from .rulefiles import DATA_DIR, compile_pattern, load_rules, trie_alternation

_BOUNDARY_LEFT = r"(?<![\w’'-])"
_BOUNDARY_RIGHT = r"(?![\w-]|[’'][a-rt-z])"


@attrs.frozen
class ActorEntry:
    """One actor of the dictionary."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    wikidata: str | None


@attrs.frozen
class Found:
    """An actor found in the text, with how it was found."""

    entry: ActorEntry
    start: int
    end: int
    how: str


@functools.cache
def actor_entries() -> tuple[dict[str, Any], ...]:
    """The raw actor dictionary (eventx/data/actors.toml)."""
    with (DATA_DIR / "actors.toml").open("rb") as fh:
        return tuple(tomllib.load(fh).get("actor", ()))


def _entry(raw: dict[str, Any]) -> ActorEntry:
    """An ActorEntry from a raw dictionary row."""
    return ActorEntry(id=raw["id"], name=raw["name"], kind=raw.get("kind", "person"), country=raw.get("country"),
                      sector=raw.get("sector"), wikidata=raw.get("wikidata"))


@functools.cache
def _surface_index() -> tuple[dict[str, tuple[str, ActorEntry]], re.Pattern[str] | None]:
    """Surface form -> (how, entry), and one pattern matching every surface form."""
    index: dict[str, tuple[str, ActorEntry]] = {}
    for raw in actor_entries():
        entry = _entry(raw)
        for form in [raw["name"], *raw.get("aliases", [])]:
            index.setdefault(form, ("full", entry))
        for form in raw.get("demonyms", []):
            index.setdefault(form, ("demonym", entry))
        for form in raw.get("short", []):
            index.setdefault(form, ("short", entry))
        for form in raw.get("context_aliases", []):
            index.setdefault(form, ("context", entry))
            if form.startswith("the "):
                index.setdefault("The " + form[4:], ("context", entry))
    if not index:
        return index, None
    pattern = _BOUNDARY_LEFT + "(?:" + trie_alternation(index) + ")" + _BOUNDARY_RIGHT
    return index, re.compile(pattern)


@functools.cache
def _short_owners() -> dict[str, list[ActorEntry]]:
    """Short form -> every actor that uses it ("Kim" -> several Kims)."""
    owners: dict[str, list[ActorEntry]] = {}
    for raw in actor_entries():
        for form in raw.get("short", []):
            owners.setdefault(form, []).append(_entry(raw))
    return owners


@functools.cache
def _unknown_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Title and apposition patterns for people the dictionary does not know."""
    data = load_rules("actors_en")
    demonyms = {d for raw in actor_entries() for d in raw.get("demonyms", [])}
    patterns = dict(data["patterns"], demonym="(?:" + (trie_alternation(demonyms) if demonyms else "\x00") + ")")
    return tuple((p["id"], compile_pattern(p["pattern"], patterns, where=f"actors_en.toml {p['id']}"))
                 for p in data["pattern"])


@functools.cache
def _unknown_kinds() -> dict[str, str]:
    """The kind of actor each unknown-actor pattern finds (person unless the pattern says otherwise)."""
    return {p["id"]: p.get("kind", "person") for p in load_rules("actors_en")["pattern"]}


@functools.cache
def _not_person_words() -> frozenset[str]:
    """Words that make a capitalised run the name of a body or a place (actors_en.toml not_person_words)."""
    return frozenset(load_rules("actors_en")["not_person_words"])


@functools.cache
def _unknown_scanners() -> tuple[re.Pattern[str] | None, ...]:
    """For each unknown-person pattern, where in lower-cased text its matches may start."""
    return tuple(starts_scanner(regex) for _, regex in _unknown_patterns())


def find_actors(text: str, excluded: list[Span] = ()) -> list[Found]:
    """Actors named in the text, in order; a short form counts when the full name is in the article."""
    index, pattern = _surface_index()
    found: list[Found] = []
    if pattern is not None:
        skip = SpanIndex(excluded)
        matches = [m for m in pattern.finditer(text) if not skip.contains(m.start())]
        full_at: dict[str, list[int]] = {}
        countries_named: set[str] = set()
        for m in matches:
            how, entry = index[m.group(0)]
            if how in ("full", "demonym"):
                full_at.setdefault(entry.id, []).append(m.start())
                if entry.kind == "country":
                    countries_named.add(entry.country)
        for m in matches:
            how, entry = index[m.group(0)]
            if how == "short":
                owners = [e for e in _short_owners().get(m.group(0), []) if e.id in full_at]
                if not owners:
                    continue
                entry = min(owners, key=lambda e: min(abs(p - m.start()) for p in full_at[e.id]))
            elif how == "context" and entry.country not in countries_named:
                continue
            found.append(Found(entry, m.start(), m.end(), how))
    known = SpanIndex(Span(start=f.start, end=f.end) for f in found)
    outside = SpanIndex(excluded)
    added: set[int] = set()
    lower = text.lower()
    exact = lower if lower_is_exact(text, lower) else None
    for (pid, regex), starts in zip(_unknown_patterns(), _unknown_scanners()):
        for m in finditer_from(regex, starts, text, 0, len(text), exact):
            start, end = m.span("name")
            if known.overlap(start, end) or outside.contains(start) or any(o in added for o in range(start, end)):
                continue
            name = m.group("name")
            kind = _unknown_kinds()[pid]
            if kind == "person" and not _not_person_words().isdisjoint(re.split(r"[\s-]+", name)):
                continue
            entry = ActorEntry(id="", name=name, kind=kind, country=None, sector=None, wikidata=None)
            found.append(Found(entry, start, end, pid))
            added.update(range(start, end))
    found.extend(_surname_mentions(text, [f for f in found if f.how in _unknown_ids() and f.entry.kind == "person"],
                                   known, outside, added))
    return sorted(found, key=lambda f: f.start)


@functools.cache
def _unknown_ids() -> frozenset[str]:
    """The ids of the unknown-person patterns (Found.how of the people they find)."""
    return frozenset(pid for pid, _ in _unknown_patterns())


def _surname_mentions(text: str, people: list[Found], known: SpanIndex, outside: SpanIndex,
                      added: set[int]) -> list[Found]:
    """Later mentions of people found by title by their surname alone ("Interior minister Ana Brnabic ...
    Brnabic said"), as the dictionary's short forms are: the last word of a name of two or more words,
    standing alone (not followed by another capitalised word), after the full name."""
    first_at: dict[str, Found] = {}
    for f in people:
        parts = f.entry.name.split()
        if len(parts) >= 2:
            first_at.setdefault(parts[-1], f)
    if not first_at:
        return []
    found = []
    for surname, person in first_at.items():
        at = text.find(surname, person.end)
        while at != -1:
            end = at + len(surname)
            if not _WORD_BEFORE.search(text, max(0, at - 1), at) and not _WORD_OR_NAME_AFTER.match(text, end) \
                    and not known.overlap(at, end) and not outside.contains(at) \
                    and not any(o in added for o in range(at, end)):
                found.append(Found(person.entry, at, end, "surname"))
            at = text.find(surname, end)
    return found


_WORD_BEFORE = re.compile(r"[\w’'-]$")
_WORD_OR_NAME_AFTER = re.compile(r"[\w’'-]|\s+[A-Z]")


_PRONOUN = re.compile(r"\b(?:He|he|She|she)\b")


def resolve_pronoun(text: str, found: list[Found], offset: int, lower_bound: int, *,
                    starts: list[int] | None = None) -> Found | None:
    """The last person named before `offset` (for a he/she subject), not before `lower_bound`.

    `starts` (the sorted starts of `found`) may be given to avoid recomputing them.
    """
    starts = [f.start for f in found] if starts is None else starts
    for f in reversed(found[bisect.bisect_left(starts, lower_bound):bisect.bisect_left(starts, offset)]):
        if f.end <= offset and f.entry.kind == "person":
            return f
    return None


def pronoun_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """he/she subject pronouns in text[start:end]."""
    return [m.span() for m in _PRONOUN.finditer(text, start, end)]


def as_actor(found: Found, role: str, *, start: int | None = None, end: int | None = None) -> Actor:
    """An Actor record for a found actor with a role."""
    e = found.entry
    return Actor(name=e.name, role=role, actor_id=e.id or None, country=e.country, wikidata=e.wikidata,
                 kind=e.kind, char_start=found.start if start is None else start,
                 char_end=found.end if end is None else end)


@functools.cache
def _places() -> tuple[dict[str, tuple[str, str, float, float]], re.Pattern[str] | None]:
    """Gazetteer surface form -> (name, iso3, lat, lon), and a pattern for "in/at <place>"."""
    index: dict[str, tuple[str, str, float, float]] = {}
    path = DATA_DIR / "places.tsv"
    if not path.exists():
        return index, None
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            record = (row["name"], row["iso3"], float(row["lat"]), float(row["lon"]))
            for form in [row["name"], *filter(None, (row.get("aliases") or "").split("|"))]:
                index.setdefault(form, record)
    pattern = re.compile(r"\b(?:in|at|near|outside|inside|across|from)\s+(?:the\s+)?(?P<place>"
                         + trie_alternation(index) + ")" + _BOUNDARY_RIGHT)
    return index, pattern


def find_places(text: str, start: int, end: int) -> list[Place]:
    """Places introduced by a locative preposition ("in Pyongyang") in text[start:end]."""
    index, pattern = _places()
    if pattern is None:
        return []
    places = []
    for m in pattern.finditer(text, start, end):
        name, iso3, lat, lon = index[m.group("place")]
        places.append(Place(name=name, country=iso3, lat=lat, lon=lon, char_start=m.start("place"),
                            char_end=m.end("place")))
    return places
