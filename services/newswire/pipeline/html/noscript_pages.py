"""The text of a page that shows nothing outside <noscript>: a page built by scripts whose
whole body, for crawlers and readers without JavaScript, is inside one."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.body import body_text
from newswire.pipeline.html.walk import Block, Tree

# A page whose body outside <noscript> gives no text at all (an app's empty mount point, a
# template's shell) serves its page to crawlers inside <noscript>, and is read as a reader
# without JavaScript sees it: its <noscript> elements are unwrapped and every walk (with and
# without the name rules, into hidden elements) reads their content as the page's body.
# ``body_text``'s own retry into <noscript> is for a page that shows a little, and asks of the
# text there what it asks of a retry (a chosen container of 250 characters, with the name
# rules): a short page (a product's price and three lines, a service's intro) shown only in
# <noscript> was lost whole (session 38's `make bench-mutations`, the body inside one
# <noscript> on every 5th dev page: `no_content` on 25 of 323, 4 after). A <noscript> that
# is the "enable JavaScript" notice of a page with nothing else is one short line: under
# _NOTICE_CHARS it is not the page's text (not unwrapped), and the page keeps its head's
# excerpt or ends as `no_content`. A <noscript> over that length is the page: whatever the
# walks find in it is its text, however short (until session 68 the walks' text had to reach
# _NOTICE_CHARS too, and a short product or service page whose <noscript> also held its menu
# was lost. With every body inside one <noscript> (perturb's body_in_noscript), DeadLetters
# half A 9 -> 5 and half B 13 -> 6, as many as the pages as they are; 8 pages won back (a
# product 0.000 -> 0.881, a service 0.000 -> 0.899), 3 whose truth is empty give a line;
# all types A 0.8989 -> 0.9010, B 0.9109 -> 0.9123; every page as it is unchanged).
_NOTICE_CHARS: Final = 250


def page_text(
    body: LexborNode,
    title: str | None,
    *,
    discussion: bool = False,
    product: bool = False,
    answers: bool = False,
    story_page: bool = False,
    h1s: Sequence[LexborNode] | None = None,
) -> tuple[list[str], list[Block], Tree]:
    """``body_text`` of the page (the options are its), or of the page with its <noscript>
    elements unwrapped when it shows no text without them."""
    walked = functools.partial(
        body_text,
        body,
        title,
        discussion=discussion,
        product=product,
        answers=answers,
        story_page=story_page,
        h1s=h1s,
    )
    shown = walked()
    if shown[0] or ("noscript", "") not in shown[2].dropped:
        return shown
    hidden = body.css("noscript")
    if sum(len(node.text(deep=True, strip=True)) for node in hidden) < _NOTICE_CHARS:
        return shown
    body.unwrap_tags(["noscript"])
    inside = walked()
    return inside if inside[0] else shown
