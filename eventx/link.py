"""Linking mentions into events, within an article and across the articles of a run."""
from __future__ import annotations

import array
import bisect
import collections
import datetime as dt
import hashlib
import re
from typing import Iterable, Iterator

import attrs

from .ontology import event_types
from .records import Actor, ArticleResult, Event, Mention, dated_like

STATUS_CLASS = {"occurred": "factual", "ongoing": "factual", "planned": "irrealis", "expected": "irrealis",
                "hypothetical": "irrealis", "negated": "negated"}
DATE_SOURCE_RANK = {"own": 0, "opening": 1, "closing": 1, "relative": 1, "container": 2, "context": 3, None: 4}
STATUS_RANK = ("occurred", "ongoing", "planned", "expected", "hypothetical", "negated")
CROSS_ARTICLE_MAX_DAYS = 31


def _interval(m: Mention | Event) -> tuple[dt.date, dt.date] | None:
    """The inclusive date interval of a mention or event, if dated (a date taken from context does not
    decide linking)."""
    if m.date_start is None or getattr(m, "date_source", None) == "context":
        return None
    return m.date_start, m.date_end


def _nested(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    """Whether one interval contains the other."""
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _actor_keys(actors: Iterable[Actor]) -> set[str]:
    """Comparable keys of actors: people by id (or name), other actors by their country."""
    keys = set()
    for a in actors:
        if a.kind in (None, "person"):
            keys.add("person:" + (a.actor_id or a.name))
        elif a.country:
            keys.add("country:" + a.country)
        elif a.actor_id:
            keys.add("country:" + a.actor_id)  # an international body stands where a country would
        else:  # a body named by a description ("the electoral commission"), by its head noun
            keys.add("country:body:" + a.name.split()[-1].lower())
    return keys


def _countries(actors: Iterable[Actor]) -> set[str]:
    """Countries of the actors, people included."""
    return {a.country for a in actors if a.country}


def actors_compatible(a: set[str], b: set[str]) -> bool:
    """Actor sets do not conflict: people overlap if both name people, countries if both name bodies."""
    for prefix in ("person:", "country:"):
        left = {k for k in a if k.startswith(prefix)}
        right = {k for k in b if k.startswith(prefix)}
        if left and right and not left & right:
            return False
    return True


def actors_shared(a: set[str], b: set[str]) -> bool:
    """Actor sets share a person, or, when neither names a person, a country."""
    people_a = {k for k in a if k.startswith("person:")}
    people_b = {k for k in b if k.startswith("person:")}
    if people_a or people_b:
        return bool(people_a & people_b)
    return bool(a & b)


@attrs.define
class Cluster:
    """Mentions being linked into one event."""

    members: list[int]
    event_type: str
    countries: set[str]
    status_class: str
    interval: tuple[dt.date, dt.date] | None
    actors: set[str]
    marker: str | None
    position: int
    positions: list[int] = attrs.Factory(list)

    def distance(self, offset: int) -> int:
        """Characters from an offset to the nearest member mention."""
        i = bisect.bisect_left(self.positions, offset)
        near = [abs(self.positions[j] - offset) for j in (i - 1, i) if 0 <= j < len(self.positions)]
        return min(near) if near else 1 << 30

    def accepts(self, m: Mention, interval: tuple[dt.date, dt.date] | None, near: bool = True) -> bool:
        """Whether a mention can join: same type and status class, compatible date, actors, marker.

        Dates that differ but nest (a month and a day in it) link only when the mentions are close
        (`near`) or share an actor: "a bombing in February" and "an air strike on Feb. 26" are two events.
        """
        if m.event_type != self.event_type or STATUS_CLASS[m.status] != self.status_class:
            return False
        if m.distinct_marker and self.marker and m.distinct_marker != self.marker:
            return False
        keys = _actor_keys(m.actors)
        if interval is not None and self.interval is not None:
            if not _nested(interval, self.interval):
                return False
            if interval != self.interval and not near and not (keys & self.actors):
                return False
        return actors_compatible(keys, self.actors)

    def add(self, index: int, m: Mention, interval: tuple[dt.date, dt.date] | None) -> None:
        """Add a mention, narrowing the cluster's interval to the most precise one."""
        self.members.append(index)
        bisect.insort(self.positions, m.char_start)
        self.actors |= _actor_keys(m.actors)
        self.countries |= _countries(m.actors)
        self.marker = self.marker or m.distinct_marker
        if interval is not None and (self.interval is None or
                                     (interval[1] - interval[0]) < (self.interval[1] - self.interval[0])):
            self.interval = interval


def _identifying_actors(m: Mention) -> tuple[Actor, ...]:
    """The actors that tell a mention's event apart from others of its type: all of them, except the people
    named beside a meeting of a body (a plenum that "relieved X of his post", a session that "heard the minister"),
    which the body and the date identify."""
    if not event_types()[m.event_type].container:
        return m.actors
    return tuple(a for a in m.actors if a.kind not in (None, "person"))


# A definite description right before a trigger ("the rally", "this week's talks", "their joint statement").
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w’'-]+\s+){0,2}$", re.I)


def _definite(m: Mention) -> bool:
    """Whether a mention is a definite description, which refers back to an event told before whoever
    its clause also names ("... would speak to the crowd at the rally")."""
    offset = m.char_start - m.sentence_start
    return 0 <= offset <= len(m.sentence) and _DEFINITE_BEFORE.search(m.sentence, max(0, offset - 40), offset) is not None


def cluster_article(mentions: list[Mention]) -> list[list[int]]:
    """Groups of mention indexes of one article that describe the same happening."""
    clusters: list[Cluster] = []
    owner: dict[int, Cluster] = {}
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].anaphoric, _interval(mentions[i]) is None,
                                                       not mentions[i].actors, i))
    for i in order:
        m = mentions[i]
        interval = _interval(m)
        if m.anaphoric:
            antecedents = [c for c in clusters if c.event_type == m.event_type and
                           min(mentions[j].char_start for j in c.members) < m.char_start]
            compatible = [c for c in antecedents if interval is None or c.interval is None
                          or _nested(interval, c.interval)]
            antecedents = compatible or antecedents
            if antecedents:
                best = max(antecedents, key=lambda c: max(mentions[j].char_start for j in c.members
                                                          if mentions[j].char_start < m.char_start))
                best.add(i, m, None)
                owner[i] = best
                continue
        fitting = [c for c in clusters if c.event_type == m.event_type
                   and c.accepts(m, interval, near=c.distance(m.char_start) <= 400)]
        identifying = _identifying_actors(m)
        if interval is None and identifying and not _definite(m):
            # an undated mention that names actors joins only an event it shares an actor or a country with
            fitting = [c for c in fitting if _actor_keys(identifying) & c.actors or _countries(identifying) & c.countries]
        if fitting:
            best = min(fitting, key=lambda c: c.distance(m.char_start))
            best.add(i, m, interval)
            owner[i] = best
            continue
        cluster = Cluster([i], m.event_type, _countries(m.actors), STATUS_CLASS[m.status], interval,
                          _actor_keys(m.actors), m.distinct_marker, m.char_start, [m.char_start])
        clusters.append(cluster)
        owner[i] = cluster
    return [sorted(c.members) for c in sorted(clusters, key=lambda c: min(c.members))]


def _best_dated(mentions: list[Mention]) -> Mention | None:
    """The mention whose date the event takes: own dates first, then the narrowest, then the first."""
    dated = [m for m in mentions if m.date_start is not None]
    if not dated:
        return None
    best = min(dated, key=lambda m: (m.anaphoric, DATE_SOURCE_RANK[m.date_source], (m.date_end - m.date_start).days,
                                     m.article_id, m.char_start))
    # the same expression stretched by a duration on another mention ("an 11-day exercise that began
    # on Monday, their largest drills") gives the event's full span, not just its first or last day
    stretched = [m for m in dated if m.timex is not None and best.timex is not None and m.article_id == best.article_id
                 and (m.timex.start, m.timex.end) == (best.timex.start, best.timex.end)
                 and m.date_source == best.date_source and m.anaphoric == best.anaphoric
                 and m.date_start <= best.date_start and best.date_end <= m.date_end
                 and (m.date_start == best.date_start or m.date_end == best.date_end)]
    return max(stretched, key=lambda m: ((m.date_end - m.date_start).days, -m.char_start), default=best)


def inherit_container_dates(mentions: list[Mention], groups: list[list[int]]) -> list[Mention]:
    """Undated mentions said to happen during another event take that event's dates."""
    group_of = {i: g for g in groups for i in g}
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.date_start is not None or m.container_index is None:
            continue
        source = _best_dated([mentions[j] for j in group_of[m.container_index]])
        if source is None:
            continue
        out[i] = dated_like(m, source, "container")
    return out


def link_article(mentions: list[Mention]) -> tuple[list[Mention], list[list[int]]]:
    """Cluster an article's mentions, let contained events inherit dates, and cluster again."""
    groups = cluster_article(mentions)
    mentions = inherit_container_dates(mentions, groups)
    return mentions, cluster_article(mentions)


def _event_id(event_type: str, first: Mention) -> str:
    """Deterministic event id from its type and its first mention."""
    return event_id_of(event_type, first.mention_id)


def event_id_of(event_type: str, first_mention_id: str) -> str:
    """Deterministic event id from its type and the id of its first mention (by article and position)."""
    digest = hashlib.sha1(f"{event_type}|{first_mention_id}".encode()).hexdigest()
    return f"ev_{digest[:16]}"


def _status(members: list[Mention], dated: Mention | None) -> str:
    """Event status: that of the dated mention, else of the first non-anaphoric mention."""
    if dated is not None:
        return dated.status
    plain = [m for m in members if not m.anaphoric] or members
    return plain[0].status


def _merge_actors(members: list[Mention]) -> tuple[Actor, ...]:
    """Actors of all mentions, each once, first role wins, offsets dropped."""
    seen: dict[str, Actor] = {}
    for m in members:
        for a in m.actors:
            seen.setdefault(a.actor_id or a.name, attrs.evolve(a, char_start=None, char_end=None))
    return tuple(seen.values())


def build_event(members: list[Mention]) -> Event:
    """An Event from its linked mentions (sorted by article and position)."""
    members = sorted(members, key=lambda m: (m.article_id, m.char_start, m.mention_id))
    dated = _best_dated(members)
    place = next((m.place for m in members if m.place is not None), None)
    first = members[0]
    return Event(
        event_id=_event_id(first.event_type, first), event_type=first.event_type,
        status=_status(members, dated), mention_ids=tuple(m.mention_id for m in members),
        article_ids=tuple(sorted({m.article_id for m in members})),
        date_start=dated.date_start if dated else None, date_end=dated.date_end if dated else None,
        date_precision=dated.date_precision if dated else None, date_modifier=dated.date_modifier if dated else None,
        date_text=dated.timex.text if dated and dated.timex else None, actors=_merge_actors(members), place=place,
        confidence=max(m.confidence for m in members), cameo_code=first.cameo_code, plover_type=first.plover_type)


def _cross_article_key(event: Event) -> tuple | None:
    """Blocking key for linking across articles: type, status class and month of a dated event."""
    if event.date_start is None or (event.date_end - event.date_start).days >= CROSS_ARTICLE_MAX_DAYS:
        return None
    return (event.event_type, STATUS_CLASS[event.status])


def link_corpus(results: Iterable[ArticleResult]) -> tuple[list[Event], dict[str, str]]:
    """Events of a run, linked across articles, and the event id of every mention."""
    return link_groups([result.mentions[i] for i in group] for result in results for group in result.clusters)


_NO_KEYS: frozenset[str] = frozenset()


@attrs.frozen
class Linkable:
    """What cross-article linking needs of a within-article event: its article, dates and actor keys."""

    index: int
    article_id: str
    block: tuple[str, str]
    start: dt.date
    end: dt.date
    keys: frozenset[str]
    # the keys split once, since every candidate pair compares them
    people: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    countries: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        """Split the actor keys (person: and country: keys, as _actor_keys makes them) into people and
        countries, sharing the key set when it is all one kind: a sweep holds a month of these."""
        people = frozenset(k for k in self.keys if k.startswith("person:"))
        if not people:
            people, countries = _NO_KEYS, self.keys
        elif len(people) == len(self.keys):
            people, countries = self.keys, _NO_KEYS
        else:
            countries = self.keys - people
        object.__setattr__(self, "people", people)
        object.__setattr__(self, "countries", countries)


def linkable(index: int, event: Event) -> Linkable | None:
    """The linking view of a within-article event, or None when it can link to nothing (undated, long)."""
    block = _cross_article_key(event)
    if block is None:
        return None
    return Linkable(index=index, article_id=event.article_ids[0], block=block, start=event.date_start,
                    end=event.date_end, keys=frozenset(_actor_keys(event.actors)))


def _index_keys(item: Linkable) -> frozenset[str]:
    """The keys two events must share to link: people if it names any, else its countries."""
    return item.people or item.keys


def _candidates(items: Iterable[Linkable]) -> Iterator[tuple[Linkable, Linkable]]:
    """Pairs that share a blocking bucket and start within CROSS_ARTICLE_MAX_DAYS of each other (may repeat).

    `items` come in order of start date (ties in a fixed order).  The sweep keeps, for each bucket
    (block and actor key), only the items that started within the window, so it holds a month of
    events, not the corpus; each new item pairs with those in its buckets, keys in sorted order (set
    order varies with string hashing), so the pairs come in the same order in every run.
    """
    window = dt.timedelta(days=CROSS_ARTICLE_MAX_DAYS)
    recent: dict[tuple, collections.deque[Linkable]] = {}
    last: dt.date | None = None
    for b in items:
        if last is not None and b.start < last:
            raise ValueError("linking needs its items in order of start date")
        last = b.start
        for key in sorted(_index_keys(b)):
            bucket = recent.get((b.block, key))
            if bucket is None:
                bucket = recent[b.block, key] = collections.deque()
            while bucket and b.start - bucket[0].start > window:
                bucket.popleft()
            for a in bucket:
                yield a, b
            bucket.append(b)


def _link(a: Linkable, b: Linkable) -> bool:
    """Whether two within-article events link: different articles, nested dates, shared and compatible
    actors (actors_compatible and actors_shared on the keys split beforehand)."""
    if a.article_id == b.article_id or not _nested((a.start, a.end), (b.start, b.end)):
        return False
    if (a.people and b.people and a.people.isdisjoint(b.people)) \
            or (a.countries and b.countries and a.countries.isdisjoint(b.countries)):
        return False
    if a.people or b.people:
        return not a.people.isdisjoint(b.people)
    return not a.keys.isdisjoint(b.keys)


def link_components(items: Iterable[Linkable], size: int | None = None) -> array.array:
    """The representative of every index 0..size-1 after linking the items.

    `items` are numbered 0, 1, ... and come in order of start date, ties in order of number (a stream
    is fine: only a month of them is held).  Two groups join only when their narrowest dates nest, so
    a month-long mention cannot chain two different days into one event ("a test in March" links to
    "a test on March 3" or to one on March 5, not both); candidates come in a fixed order, so the
    result is the same in every run.  Without `size`, the indices are those of the items seen.
    """
    parent = array.array("q", range(size or 0))
    narrowest: dict[int, tuple[dt.date, dt.date]] = {}  # of the roots that others joined

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def seen(items: Iterable[Linkable]) -> Iterator[Linkable]:
        for item in items:
            while len(parent) <= item.index:
                parent.append(len(parent))
            yield item

    for a, b in _candidates(seen(items)):
        root_a, root_b = find(a.index), find(b.index)
        if root_a == root_b or not _link(a, b):
            continue
        span_a = narrowest.get(root_a, (a.start, a.end))
        span_b = narrowest.get(root_b, (b.start, b.end))
        if not _nested(span_a, span_b):
            continue
        root, other = min(root_a, root_b), max(root_a, root_b)
        parent[other] = root
        narrowest[root] = min(span_a, span_b, key=lambda span: (span[1] - span[0], span))
        narrowest.pop(other, None)
    return array.array("q", (find(i) for i in range(len(parent))))


def link_groups(groups: Iterable[list[Mention]]) -> tuple[list[Event], dict[str, str]]:
    """Link within-article events (groups of mentions) across articles.

    Two article events merge when they share the blocking key (type and status class, dated to less
    than a month), come from different articles, have nested date intervals, and share an actor
    without conflicting ones.  The result does not depend on the order of the groups.
    """
    ordered = sorted((list(members) for members in groups), key=lambda ms: (ms[0].article_id, article_event_id(ms)))
    article_events = [(build_event(members), members) for members in ordered]
    items = [item for i, (event, _) in enumerate(article_events) if (item := linkable(i, event)) is not None]
    roots = link_components(sorted(items, key=lambda item: (item.start, item.index)), len(article_events))
    merged: dict[int, list[Mention]] = {}
    for i, (_, members) in enumerate(article_events):
        merged.setdefault(roots[i], []).extend(members)
    events = [build_event(members) for members in merged.values()]
    events.sort(key=lambda e: e.event_id)
    event_of = {mid: e.event_id for e in events for mid in e.mention_ids}
    return events, event_of


def article_event_id(members: Iterable[Mention]) -> str:
    """Deterministic id of a within-article event: its type and its first mention."""
    first = min(members, key=lambda m: (m.char_start, m.mention_id))
    digest = hashlib.sha1(f"{first.event_type}|{first.mention_id}".encode()).hexdigest()
    return f"ae_{digest[:16]}"
