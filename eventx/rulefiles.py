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


# A parsed regex, just enough to regroup its alternations: an alternation is a list of branches, a
# branch a list of atoms, an atom (text before its body, body or None, text after it, quantifier).
_Atom = tuple[str, "list[list[_Atom]] | None", str, str]
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
_FLAG_GROUP = re.compile(r"\(\?([aiLmsux]*)(?:-([imsx]+))?:")


class _Unsupported(Exception):
    """A construct the alternation grouping leaves alone (the pattern is then used as it is)."""


def group_alternatives(pattern: str, *, ascii_only: bool = False) -> str:
    """The same regex with the branches of each alternation grouped by their first letter.

    Python's regex engine enters the branches of an alternation one by one, and cannot skip a
    case-insensitive one by its first letter; `the|about|almost` becomes `the|a(?:bout|lmost)`.
    Only branches that start with a plain ASCII letter or digit are grouped, a branch joins the last
    group of its letter only if no branch it would move past could start with that letter, and
    capture groups keep their order, so the regex finds the same matches with the same groups.

    With `ascii_only` (for a regex only used on ASCII text), a letter that starts a branch where case
    is ignored becomes the class of its two cases, which the engine tests before entering the branch.
    """
    try:
        alternation, at = _parse_alternation(pattern, 0, False, regroup=True)
    except _Unsupported:
        return pattern
    if at != len(pattern):
        return pattern
    return _alternation_text(_ascii_cased(alternation, False) if ascii_only else alternation)


def _parse_alternation(p: str, i: int, ignore_case: bool, *, regroup: bool) -> tuple[list, int]:
    """The alternation starting at p[i] (up to an unmatched ')' or the end), regrouped if `regroup`."""
    branches = []
    while True:
        branch, i = _parse_branch(p, i, ignore_case)
        branches.append(branch)
        if i < len(p) and p[i] == "|":
            i += 1
            continue
        return (_regroup(branches, ignore_case) if regroup else branches), i


def _parse_branch(p: str, i: int, ignore_case: bool) -> tuple[list[_Atom], int]:
    """The atoms of one branch starting at p[i]."""
    atoms: list[_Atom] = []
    while i < len(p) and p[i] not in "|)":
        head, body, tail = p[i], None, ""
        if p[i] == "\\":
            head, i = p[i:i + 2], i + 2
        elif p[i] == "[":
            j = i + 1 + (p[i + 1:i + 2] == "^")
            j += p[j:j + 1] == "]"
            while j < len(p) and p[j] != "]":
                j += 2 if p[j] == "\\" else 1
            if j >= len(p):
                raise _Unsupported(p)
            head, i = p[i:j + 1], j + 1
        elif p[i] == "(":
            head, body, tail, i = _parse_group(p, i, ignore_case)
        else:
            i += 1
        quantifier = _QUANTIFIER.match(p, i)
        quant = quantifier.group(0) if quantifier else ""
        i += len(quant)
        atoms.append((head, body, tail, quant))
    return atoms, i


def _parse_group(p: str, i: int, ignore_case: bool) -> tuple[str, list | None, str, int]:
    """A group starting at p[i]: (opening text, body, ')', index after it)."""
    regroup = True
    flags = _FLAG_GROUP.match(p, i)
    if flags:
        if "x" in flags.group(1):
            raise _Unsupported(p)  # in verbose mode spaces and '#' are not literal
        head = flags.group(0)
        ignore_case = ("i" in flags.group(1) or ignore_case) and "i" not in (flags.group(2) or "")
    elif p.startswith(("(?:", "(?=", "(?!", "(?>"), i):
        head = p[i:i + 3]
    elif p.startswith(("(?<=", "(?<!"), i):
        head = p[i:i + 4]
    elif p.startswith("(?P<", i):
        head = p[i:p.index(">", i) + 1]
    elif p.startswith(("(?P=", "(?#"), i):
        close = p.index(")", i)
        return p[i:close + 1], None, "", close + 1
    elif p.startswith("(?(", i):
        head, regroup = p[i:p.index(")", i) + 1], False  # yes|no of a conditional: two fixed parts
    elif p.startswith("(?", i):
        raise _Unsupported(p)
    else:
        head = "("
    body, j = _parse_alternation(p, i + len(head), ignore_case, regroup=regroup)
    if j >= len(p) or p[j] != ")":
        raise _Unsupported(p)
    return head, body, ")", j + 1


def _first_key(branch: list[_Atom], ignore_case: bool) -> str | None:
    """The letter or digit every match of a branch starts with (lower case when case is ignored), or None."""
    if not branch:
        return None
    head, body, _, quant = branch[0]
    if body is not None or quant or len(head) != 1 or not (head.isascii() and head.isalnum()):
        return None
    return head.lower() if ignore_case else head


def _captures(atoms: list[_Atom]) -> bool:
    """Whether some atom of a branch is or holds a capture group."""
    return any(head == "(" or head.startswith("(?P<")
               or (body is not None and any(_captures(b) for b in body)) for head, body, _, _ in atoms)


def _regroup(branches: list[list[_Atom]], ignore_case: bool) -> list[list[_Atom]]:
    """Branches grouped by first letter: each group becomes one branch, `k(?:rest|rest)`."""
    groups: list[tuple[str | None, list[list[_Atom]]]] = []
    for branch in branches:
        key, target = _first_key(branch, ignore_case), None
        if key is not None:
            for index in range(len(groups) - 1, -1, -1):
                other, members = groups[index]
                if other == key:
                    target = index
                    break
                if other is None or (_captures(branch) and any(_captures(m) for m in members)):
                    break
        if target is None:
            groups.append((key, [branch]))
        else:
            groups[target][1].append(branch)
    regrouped = []
    for key, members in groups:
        if len(members) == 1:
            regrouped.append(members[0])
        else:
            rests = _regroup([m[1:] for m in members], ignore_case)
            regrouped.append([members[0][0]] + (rests[0] if len(rests) == 1 else [("(?:", rests, ")", "")]))
    return regrouped


def _ascii_cased(branches: list[list[_Atom]], ignore_case: bool) -> list[list[_Atom]]:
    """A parsed alternation in which each ASCII letter that starts a branch where case is ignored is the
    class of its two cases, case kept: the same matches in ASCII text."""
    cased = []
    for branch in branches:
        atoms = []
        for position, (head, body, tail, quant) in enumerate(branch):
            if body is not None:
                flags = _FLAG_GROUP.match(head)
                inner = ignore_case if not flags else \
                    ("i" in flags.group(1) or ignore_case) and "i" not in (flags.group(2) or "")
                body = _ascii_cased(body, inner)
            elif position == 0 and ignore_case and not quant and len(head) == 1 and head.isascii() and head.isalpha():
                head = f"(?-i:[{head.lower()}{head.upper()}])"
            atoms.append((head, body, tail, quant))
        cased.append(atoms)
    return cased


def _alternation_text(branches: list[list[_Atom]]) -> str:
    """The regex text of a parsed alternation."""
    return "|".join("".join(head + ("" if body is None else _alternation_text(body)) + tail + quant
                            for head, body, tail, quant in branch) for branch in branches)
