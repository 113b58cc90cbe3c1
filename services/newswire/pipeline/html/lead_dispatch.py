"""A long alternation matched at a line's start, tried only in the alternatives the line's first
character can begin: Python's engine tries a case-insensitive alternation's branches one after
another (it skips a branch on its first literal only when the pattern is case-sensitive), so a
line of furniture-like words pays for every branch. Which branches a character can begin is
read from each branch's leading atom and decided by the engine itself (each atom compiled
with the pattern's own flags), so Unicode case folds (the long s for "s", the Kelvin sign for "k")
are the engine's, never ours; a branch whose lead is not a plain atom is tried on every line."""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterator
from typing import Final

# A regular expression's special characters: a branch led by one of them is not led by a
# literal (an escaped one, "\(", is).
_SPECIAL: Final = frozenset("\\()[]{}.^$|*+?")
# A bounded repeat after a leading atom or group: "{2}", "{1,2}", "{0,3}", "{,3}" (at least
# the first number, none for 0).
_QUANTIFIER: Final = re.compile(r"\{(\d*)(?:,\d*)?\}")
_CACHED_CHARACTERS: Final = 2048
#: Every dispatch built by this process, so that a worker's start-up can compile their narrowed
#: expressions before the first record (``prime_all``) instead of one per new first character
#: on the records of its first seconds.
_EVERY: Final[list[LeadDispatch]] = []
#: The first characters of nearly every line of Latin-script furniture and bylines: letters,
#: digits, the punctuation that opens a line ("(", "#", "|", "©", bullets, dashes, quotes).
COMMON_FIRSTS: Final = string.ascii_letters + string.digits + string.punctuation + "©•–—«»“”‘’·"


def _structure(body: str) -> Iterator[tuple[int, str]]:
    """``body``'s unescaped characters outside any character class, with their index."""
    index, in_class = 0, False
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # A "]" first in a class ("[]a]", "[^]a]") is a literal, not the class's end.
            index += 2 if body[index + 1 : index + 3] == "^]" else 1
            index += 1 if body[index : index + 1] == "]" else 0
            continue
        else:
            yield index, char
        index += 1


def top_level_branches(body: str) -> list[str]:
    """``body`` split at its bars outside any group and any character class."""
    branches: list[str] = []
    depth, start = 0, 0
    for index, char in _structure(body):
        if char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            branches.append(body[start:index])
            start = index + 1
    branches.append(body[start:])
    return branches


def _group_end(branch: str) -> int:
    """The index of the ")" closing the group that opens ``branch`` (-1 if none)."""
    depth = 0
    for index, char in _structure(branch):
        if char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0:
                return index
    return -1


def leading_atoms(branch: str) -> tuple[str, ...] | None:
    """The atoms one of which begins every match of ``branch`` (a literal character, an escaped
    one, or ``\\d``), or None when that is not plain from its text (then any line may match).
    A leading atom or group that may be absent ("?", "*", "{0,n}": "(?:show )?\\d* ?per page")
    adds the atoms of what follows it."""
    if not branch:
        return None
    if branch.startswith("(?:"):
        end = _group_end(branch)
        if end < 0:
            return None
        atoms: list[str] = []
        for inner in top_level_branches(branch[3:end]):
            inner_atoms = leading_atoms(inner)
            if inner_atoms is None:
                return None
            atoms.extend(inner_atoms)
        return _then(tuple(atoms), branch, end + 1)
    if branch[0] == "\\":
        atom = branch[:2]
        plain = atom == r"\d" or (len(atom) == 2 and not atom[1].isalnum())
    else:
        atom = branch[0]
        plain = atom not in _SPECIAL
    return _then((atom,), branch, len(atom)) if plain else None


def _then(atoms: tuple[str, ...], branch: str, index: int) -> tuple[str, ...] | None:
    """``atoms``, those of the head of ``branch`` that ends at ``index``, with the atoms of the
    rest when a quantifier there lets the head be absent; None when that is not plain (a
    quantifier that is not one: a "{" the engine reads as a literal)."""
    after = branch[index : index + 1]
    if after in ("?", "*"):
        rest = index + 1
    elif after == "{":
        quantifier = _QUANTIFIER.match(branch, index)
        if quantifier is None:
            return None
        if int(quantifier[1] or "0") > 0:
            return atoms  # at least once: the head begins every match
        rest = quantifier.end()
    else:
        return atoms
    # A lazy or possessive quantifier ("??", "*+") leaves its mark first in the rest, which
    # is then not plain.
    rest_atoms = leading_atoms(branch[rest:])
    return None if rest_atoms is None else atoms + rest_atoms


class LeadDispatch:
    """``^(?:body)suffix`` matched with ``flags``, each line tried only in the branches its first
    character can begin; ``pattern`` is the whole expression, the reference it must agree with."""

    def __init__(self, body: str, suffix: str, flags: re.RegexFlag) -> None:
        self.pattern = re.compile(f"^(?:{body}){suffix}", flags)
        self._suffix = suffix
        self._flags = flags
        self._branches = top_level_branches(body)
        self._leads = [leading_atoms(branch) for branch in self._branches]
        atoms = {atom for lead in self._leads if lead is not None for atom in lead}
        self._atoms = {atom: re.compile(atom, flags) for atom in sorted(atoms)}
        self._for_branches = functools.lru_cache(maxsize=None)(self._compile)
        # The narrowed expression of each first character seen, read by one dict look-up: a
        # call through a cache wrapper costs as much as a short pattern's whole refusal.
        self._by_first: dict[str, re.Pattern[str] | None] = {}
        _EVERY.append(self)

    def prime(self, firsts: str) -> None:
        """Compile now the narrowed expression of each character of ``firsts`` (~1 ms for a
        long alternation's; ~20 ms for all of a page's first lines on a new worker)."""
        for first in firsts:
            self._narrowed(first)

    def primed(self) -> list[str]:
        """The first characters whose narrowed expression is compiled."""
        return list(self._by_first)

    def match(self, text: str) -> re.Match[str] | None:
        """The whole expression's match at ``text``'s start (None when it does not match); its
        groups are the pattern's own when they are outside the body (the names after a
        label), as only the body's branches are narrowed."""
        narrowed = self._narrowed(text)
        return None if narrowed is None else narrowed.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """The whole expression's match of all of ``text`` (None when it does not match)."""
        narrowed = self._narrowed(text)
        return None if narrowed is None else narrowed.fullmatch(text)

    def _narrowed(self, text: str) -> re.Pattern[str] | None:
        """The expression of the branches ``text``'s first character can begin (the whole
        expression for an empty text)."""
        if not text:
            return self.pattern
        first = text[0]
        narrowed = self._by_first.get(first, self.pattern)
        if narrowed is self.pattern:
            narrowed = self._for_branches(self._select(first))
            if len(self._by_first) < _CACHED_CHARACTERS:
                self._by_first[first] = narrowed
        return narrowed

    def _select(self, first: str) -> tuple[int, ...]:
        """The branches (by index, in the body's order) that a line led by ``first`` can match."""
        begins = {atom for atom, pattern in self._atoms.items() if pattern.match(first)}
        return tuple(
            index
            for index, lead in enumerate(self._leads)
            if lead is None or any(atom in begins for atom in lead)
        )

    def _compile(self, indexes: tuple[int, ...]) -> re.Pattern[str] | None:
        """The expression of only these branches (None when no branch can match)."""
        if not indexes:
            return None
        body = "|".join(self._branches[index] for index in indexes)
        return re.compile(f"^(?:{body}){self._suffix}", self._flags)


def prime_all(firsts: str = COMMON_FIRSTS) -> None:
    """``prime`` every dispatch built so far (the modules that build them are imported with the
    pipeline)."""
    for dispatch in _EVERY:
        dispatch.prime(firsts)
