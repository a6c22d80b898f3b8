"""The event ontology and trigger rules, loaded from eventx/rules/events_en.toml."""
from __future__ import annotations

import functools
import re

import attrs

from .prefilter import leading_literals, required_literals
from .rulefiles import compile_pattern, load_rules

MEETING_TYPES = ("party_congress", "plenary_meeting", "party_meeting", "legislative_session", "summit_or_meeting")
ANAPHOR_TARGETS = {
    "party_congress": ("party_congress",),
    "plenary_meeting": ("plenary_meeting",),
    "summit_or_meeting": MEETING_TYPES,
}


@attrs.frozen
class EventType:
    """One event type of the ontology."""

    name: str
    definition: str
    cameo: str | None
    plover: str | None
    role_before: str
    role_after: str
    container: bool


@attrs.frozen
class TriggerRule:
    """One compiled trigger rule."""

    id: str
    type: str
    regex: re.Pattern[str]
    not_before: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    require: re.Pattern[str] | None
    passive: bool
    anaphoric: bool
    marks: str | None
    confidence: float
    priority: int = 0
    literals: frozenset[str] | None = None
    leading: frozenset[str] | None = None


def _optional(rule: dict, key: str, patterns: dict, flags: int, where: str) -> re.Pattern[str] | None:
    """Compile an optional context pattern of a rule (a not_before pattern starts at a word start)."""
    if key not in rule:
        return None
    pattern = rule[key]
    if key == "not_before":
        pattern = r"(?<![\w’'])(?:" + pattern + ")"
    return compile_pattern(pattern, patterns, where=f"{where} {key}", flags=flags)


@functools.cache
def event_types() -> dict[str, EventType]:
    """Event types by name, in ontology order."""
    types = {}
    for t in load_rules("events_en")["type"]:
        types[t["name"]] = EventType(name=t["name"], definition=t["definition"], cameo=t.get("cameo") or None,
                                     plover=t.get("plover") or None, role_before=t["roles"]["before"],
                                     role_after=t["roles"]["after"], container=t.get("container", False))
    return types


@functools.cache
def trigger_rules() -> tuple[TriggerRule, ...]:
    """Every trigger rule, compiled, in file order."""
    data = load_rules("events_en")
    patterns = data["patterns"]
    compiled = []
    for t in data["type"]:
        for rule in t["trigger"]:
            where = f"events_en.toml {rule['id']}"
            flags = 0 if rule.get("case_sensitive") else re.IGNORECASE
            compiled.append(TriggerRule(
                id=rule["id"], type=t["name"],
                regex=compile_pattern(rule["pattern"], patterns, where=where, flags=flags),
                not_before=_optional(rule, "not_before", patterns, re.IGNORECASE, where),
                not_after=_optional(rule, "not_after", patterns, re.IGNORECASE, where),
                require=_optional(rule, "require", patterns, 0, where),
                passive=rule.get("passive", False), anaphoric=rule.get("anaphoric", False),
                marks=rule.get("marks"), confidence=rule.get("confidence", 0.8),
                priority=rule.get("priority", 0), literals=None))
    compiled = [attrs.evolve(r, literals=required_literals(r.regex), leading=leading_literals(r.regex))
                for r in compiled]
    return tuple(compiled)


def examples() -> list[tuple[str, dict, bool]]:
    """(type, example, positive) for every example of the ontology."""
    out = []
    for t in load_rules("events_en")["type"]:
        out += [(t["name"], ex, True) for ex in t.get("example", [])]
        out += [(t["name"], ex, False) for ex in t.get("negative", [])]
    return out
