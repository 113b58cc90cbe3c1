"""Links to the page in another language: a language switcher's, furniture wherever it sits."""

from __future__ import annotations

import re
from typing import Final

# A language switcher ("Deutsch", "Français", "日本語": a wiki's interlanguage list, a
# translated site's menu of its editions) is a run of links to the same page in other
# languages, and says so: each link's ``hreflang`` names the language it leads to. The page's
# own text never links to another language's edition of itself, so such a link is furniture
# wherever it sits (a wiki's list sits in its title bar inside <main>, where the chrome rules
# keep it). Only where the page declares its own language (<html lang>) and the link's
# differs in its primary subtag ("en-GB" on an "en" page is one language); a link marked as
# the page's own language is an ordinary link (a news list's "hreflang=en" titles).
_LANGUAGE_CODE: Final = re.compile(r"[a-z]{2,3}")
_SUBTAG_SEPARATOR: Final = re.compile(r"[-_]")


def primary_language(code: str | None) -> str | None:
    """The primary subtag of a language tag ("pt" of "pt-BR"), or None if it is no language
    (empty, "x-default")."""
    primary = _SUBTAG_SEPARATOR.split((code or "").strip().lower(), maxsplit=1)[0]
    return primary if _LANGUAGE_CODE.fullmatch(primary) else None


def other_edition(attrs: dict[str, str | None], page_language: str | None) -> bool:
    """The link leads to the page in another language than ``page_language``."""
    # Asked of every link with attributes: most have no ``hreflang``, which names no language.
    hreflang = attrs.get("hreflang")
    if page_language is None or not hreflang:
        return False
    linked = primary_language(hreflang)
    return linked is not None and linked != page_language
