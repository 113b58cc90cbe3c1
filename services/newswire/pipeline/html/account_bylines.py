"""The writer behind a collective's or a CMS account's signature ("Team Tiger Data",
"Automateed Team", "NOC Admin"): a company blog's account posts the story in the markup and
its author link, and the page shows who wrote it, in the story's last lines or beside the
date under the headline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from newswire.pipeline.html.byline_lines import signed_lines
from newswire.pipeline.html.people import people
from newswire.pipeline.html.text import fold

# The words of a collective or an account's signature in a name of two words or more: the
# company's or the CMS's, not a writer's.
_ACCOUNT_WORDS: Final = frozenset({"team", "staff", "editors", "editorial", "admin"})


def _account(name: str) -> bool:
    """Whether ``name`` is a signature of two words or more holding an account's word."""
    words = fold(name).split()
    return len(words) >= 2 and bool(_ACCOUNT_WORDS.intersection(words))


def signed_over_account(
    found: tuple[str, ...],
    lines: Sequence[str],
    site_names: set[str],
    dated_names: Callable[[], list[str]],
) -> tuple[str, ...]:
    """The writer the page names where the source's names are all a collective's or an
    account's signature: the one the story's text signs with ("Written by Paulinho
    Giovannini" after the last paragraph, see ``signed_lines``), else the name beside the date
    under the headline (``dated_names``, asked only then: "Stefan" over "March 5, 2026" where
    the markup says "Automateed Team"), the byline the reader sees. On wcxb-dev's articles:
    the signed line, author right +1 on half A, none on B; the dated name, +1 on half A, none
    on B (a team the reader sees beside the date stays: no dated name of another); none lost
    or invented (all types)."""
    if not found or not all(_account(name) for name in found):
        return ()
    signed = people(signed_lines(lines), site_names)
    if signed and not set(signed) & set(found):
        return signed
    dated = people(dated_names(), site_names)
    return dated if dated and not set(dated) & set(found) and not any(map(_account, dated)) else ()
