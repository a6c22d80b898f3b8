"""Loading rule files (TOML data inside the package) and expanding their named sub-patterns."""
from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import RuleError

RULES_DIR = Path(__file__).resolve().parent / "rules"
DATA_DIR = Path(__file__).resolve().parent / "data"
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@functools.cache
def load_rules(name: str) -> dict[str, Any]:
    """Parse one rule file from eventx/rules (e.g. ``time_en``)."""
    path = RULES_DIR / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: {exc}") from exc


def expand(pattern: str, patterns: dict[str, str], *, where: str = "") -> str:
    """Replace ``{name}`` placeholders by named sub-patterns, recursively."""
    for _ in range(10):
        new = _PLACEHOLDER.sub(lambda m: patterns.get(m.group(1), m.group(0)), pattern)
        if new == pattern:
            return new
        pattern = new
    raise RuleError(f"{where}: sub-patterns nest too deeply")


def compile_pattern(pattern: str, patterns: dict[str, str], *, where: str, flags: int = 0) -> re.Pattern[str]:
    """Expand and compile a rule's pattern, naming the rule when it does not compile."""
    expanded = expand(pattern, patterns, where=where)
    leftover = _PLACEHOLDER.search(expanded)
    if leftover:
        raise RuleError(f"{where}: unknown sub-pattern {{{leftover.group(1)}}}")
    try:
        return re.compile(expanded, flags)
    except re.error as exc:
        raise RuleError(f"{where}: pattern does not compile: {exc}") from exc


def trie_alternation(words: Iterable[str]) -> str:
    """A pattern matching any of `words`, longest first, as a trie: one character test per step.

    It matches what an alternation of the words sorted longest first matches, in the same order
    when backtracking, without trying every word at every position.
    """
    root: dict[str, dict] = {}
    for word in set(words):
        if word:
            node = root
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}
    return _trie_pattern(root)


def _trie_pattern(node: dict[str, dict]) -> str:
    """The pattern of one trie node: its children, longest first, then the end of a word."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) > 1:
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body
    return "(?:" + branches[0] + ")?" if "" in node else branches[0]
