"""An <iframe> written self-closed inside <noscript>, closed where it stands before the parse."""

from __future__ import annotations

import re
from typing import AnyStr, Final

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.page_elements import frame_elements

# A tag manager's snippet for readers without JavaScript is an <iframe> inside a <noscript> at
# the top of <body> (Google Tag Manager's "ns.html"), and some sites write it self-closed:
# '<noscript><iframe src="..." style="display: none" /></noscript>'. HTML has no self-closed
# <iframe>: its content is raw text up to "</iframe>". A browser that runs scripts reads a
# <noscript> as raw text up to "</noscript>" and shows the page after it; a parser without
# scripting (lexbor's, as the pipeline parses) reads the <noscript>'s content as markup, and
# the <iframe>'s raw text runs to the end of the document: the whole page after the snippet
# became the text of one dropped element. The self-closed <iframe> right before "</noscript>"
# is closed there, as the browser reads the page. Only that spelling is repaired (in any case,
# with any whitespace before "</noscript>": a template in capitals, a pretty-printer's line
# break): it is the snippet's, and an <iframe> anywhere else swallows the page in a browser too.
# Two pages of wcxb-dev's 1,497 have it: a cloud host's service page gave its promo bar's one
# line, now its hero's steps too (word F1 0.020 -> 0.194; the rest of it is React's streamed segments,
# sent after its <main>), half B service 0.856926 -> 0.859309, all types 0.895762 ->
# 0.896013; an article (half A) unchanged; no other page of dev or ScrapingHub changed.
# The "/>" of a tag right before "</noscript>". The expression costs what the plain search
# of the exact spelling did (~155 µs a page, both, over 300 wcxb-dev pages).
_END: Final = re.compile(r"/>(?=\s*</noscript\s*>)", re.IGNORECASE)
_END_BYTES: Final = re.compile(_END.pattern.encode(), re.IGNORECASE)
_OPENER: Final = "<iframe"
_OPENER_BYTES: Final = _OPENER.encode()
_CLOSE: Final = "></iframe>"
_CLOSE_BYTES: Final = _CLOSE.encode()
# Unrepaired, such a frame reads the page after it as its raw text, which begins with the
# "</noscript>" written after the frame's "/>".
_SWALLOWED: Final = re.compile(r"\s*</noscript[\s>]", re.IGNORECASE)


def may_be_swallowed(tree: LexborHTMLParser) -> bool:
    """Whether the page parsed as it came may need ``closed_frames``: one of its <iframe>s read
    the page after it (its text begins with "</noscript>"), or it has a <template>, whose
    content (where such a frame would be) is not among the tree's elements. Asked of the
    parsed page instead of searching its text before every parse (~90 µs a page on wcxb-dev,
    mean 276 KB): about 1 page in 9 has a <template> and is searched as before, the others
    only when a frame read the page. A "/></noscript>" after "<iframe" written elsewhere (in
    a script's string, a comment) swallows nothing and is left as written."""
    return any(
        node.tag == "template" or _SWALLOWED.match(node.text(deep=False)) is not None
        for node in frame_elements(tree)
    )


def closed_frames(html: AnyStr) -> AnyStr:
    """``html`` with each <iframe> written self-closed right before "</noscript>" closed."""
    if isinstance(html, bytes):
        return _closed(html, _END_BYTES, _OPENER_BYTES, _CLOSE_BYTES)
    return _closed(html, _END, _OPENER, _CLOSE)


def _closed(html: AnyStr, end: re.Pattern[AnyStr], opener: AnyStr, close: AnyStr) -> AnyStr:
    """``html`` with each "/>" that ``end`` finds made ``close`` where its tag opens with
    ``opener`` (most pages have no such "/>", and pay one scan of the text)."""
    pieces: list[AnyStr] = []
    last = 0
    for found in end.finditer(html):
        at = found.start()
        # The "<" that opens this tag is after the previous "/>" repaired (its "</noscript>"
        # came between them).
        tag = html.rfind(opener[:1], last, at)
        if tag >= 0 and html[tag : tag + len(opener)].lower() == opener:
            pieces += [html[last:at], close]  # the text up to the "/>", then the repair
            last = at + 2
    if not pieces:
        return html
    pieces.append(html[last:])
    return html[:0].join(pieces)
