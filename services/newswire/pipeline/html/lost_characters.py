"""A headline whose characters were lost on the way to the page: a database or a template in a
single-byte character set writes "?" (or U+FFFD) for each character it cannot hold, so the <h1>
reads "Beginner? Guide" or "Caf? Society" while the page's own titles (og:title, <title>),
written by another part of the site, keep "Beginner's Guide" and "Café Society"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

# The marks a lost character leaves: the question mark of a character set's conversion and the
# replacement character of a decoder.
_LOST: Final = re.compile("[?\ufffd]")
# A lost character is one character of the title; "\u2019s" lost as one mark is two (the curly
# apostrophe's bytes became one "?", the "s" dropped with it).
_RUN: Final = "(.{1,2}?)"
# A run that is only ASCII letters or digits is a word of the title, not a lost character: the
# <h1> and the title then differ in wording, and the <h1> stands.
_WORDLIKE: Final = re.compile(r"[A-Za-z0-9]+")


def restored(headline: str, titles: Sequence[str | None]) -> str:
    """The first of ``titles`` that is ``headline`` with each "?" or U+FFFD standing for what it
    lost, at least one of them a character other than "?" (a question's own mark is matched by
    itself, and a title that differs anywhere else is another wording) and the marks read as
    lost (see ``_lost``); else ``headline``."""
    if _LOST.search(headline) is None:
        return headline
    parts = _LOST.split(headline)
    pattern: re.Pattern[str] | None = None
    for title in titles:
        if not title or not _may_restore(title, headline, parts):
            continue
        if title == headline:
            # Its match reads each mark as itself (each run's one character first): a U+FFFD
            # is then a lost character, and the title (the headline) is the answer.
            if "\ufffd" in headline:
                return headline
            continue
        if pattern is None:
            pattern = re.compile(_RUN.join(re.escape(part) for part in parts))
        match = pattern.fullmatch(title)
        if match is None:
            continue
        runs = match.groups()
        lost = [run for run in runs if run != "?"]
        if lost and not any(_WORDLIKE.fullmatch(run) for run in runs) and _lost(headline, lost):
            return match[0]
    return headline


def _may_restore(title: str, headline: str, parts: list[str]) -> bool:
    """Whether ``title`` may be ``headline`` with its marks restored: what ``restored``'s
    pattern needs of it before it is compiled (each headline's own, ~0.3 ms, asked of every
    headline holding a question mark, most of whose titles are the headline itself or it with
    the site's name after it): it opens and ends with the headline's text before its first
    mark and after its last, and is as long as the text between and one or two characters a
    mark (the headline itself is)."""
    fixed = len(headline) - (marks := len(parts) - 1)
    return (
        fixed + marks <= len(title) <= fixed + 2 * marks
        and title.startswith(parts[0])
        and title.endswith(parts[-1])
    )


def _lost(headline: str, runs: list[str]) -> bool:
    """Whether the marks read as lost characters rather than reworded punctuation ("Why now?
    The answer" under the title "Why now: The answer" is an editor's choice): a character
    beyond ASCII in the title's place, a mark inside a word ("Beginner?s"), or two marks or
    more standing for other characters."""
    return (
        len(runs) >= 2
        or any(not run.isascii() for run in runs)
        or re.search(r"\w[?\ufffd]\w", headline) is not None
    )
