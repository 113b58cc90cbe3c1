"""The absolute date a date element keeps in an attribute while it shows its reader a relative
one: the tooltip of "1 year ago"."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.dates import parse_date
from newswire.pipeline.html.date_markup import MAX_DATE_CHARS
from newswire.pipeline.html.text import has_digit

# Attributes never holding a date element's stamp (links, styles, names, sources).
_NOT_STAMPS: Final = frozenset(
    {"class", "id", "style", "href", "src", "rel", "role", "lang", "dir"}
)


def tooltip_date(node: LexborNode) -> str | None:
    """The absolute date a date element keeps in an attribute while its text is relative ("<span
    class="moment-time" data-tippy-content="Friday, October 4th, 2024 at 3:43:10 PM GMT+03:00">
    1 year ago</span>", a ``title`` tooltip on "3 days ago"): a forum or comment engine shows
    the age and puts the moment in a tooltip, as ``<time datetime>`` puts it in its attribute.
    The text, resolved against the fetch time, names only a coarse day ("1 year ago" is any day
    of that year); the tooltip names the day itself. Asked only of a date element whose text
    holds no absolute date. On wcxb-dev (all page types): date right A +1 (a Lemmy thread),
    B unchanged."""
    for name, value in node.attrs.items():
        if name in _NOT_STAMPS or not value or len(value) > MAX_DATE_CHARS:
            continue
        parsed = parse_date(value) if has_digit(value) else None
        if parsed is not None:
            return parsed.isoformat()  # as a ``datetime`` attribute would write it
    return None
