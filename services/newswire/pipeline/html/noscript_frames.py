"""An <iframe> written self-closed inside <noscript>, closed where it stands before the parse."""

from __future__ import annotations

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
# is closed there, as the browser reads the page. Only that exact spelling is repaired: it is
# the snippet's, and an <iframe> anywhere else swallows the page in a browser too. Two pages
# of wcxb-dev's 1,497 have it: a cloud host's service page gave its promo bar's one line, now
# its hero's steps too (word F1 0.020 -> 0.194; the rest of it is React's streamed segments,
# sent after its <main>), half B service 0.856926 -> 0.859309, all types 0.895762 ->
# 0.896013; an article (half A) unchanged; no other page of dev or ScrapingHub changed.
_END: Final = "/></noscript>"
_END_BYTES: Final = _END.encode()
_OPENER: Final = "<iframe"
_OPENER_BYTES: Final = _OPENER.encode()
_CLOSE: Final = "></iframe>"
_CLOSE_BYTES: Final = _CLOSE.encode()
# Unrepaired, such a frame reads the page after it as its raw text, which begins with the
# "</noscript>" written right after the frame's "/>".
_SWALLOWED: Final = "</noscript>"


def may_be_swallowed(tree: LexborHTMLParser) -> bool:
    """Whether the page parsed as it came may need ``closed_frames``: one of its <iframe>s read
    the page after it (its text begins with "</noscript>"), or it has a <template>, whose
    content (where such a frame would be) is not among the tree's elements. Asked of the
    parsed page instead of searching its text before every parse (~90 µs a page on wcxb-dev,
    mean 276 KB): about 1 page in 9 has a <template> and is searched as before, the others
    only when a frame read the page. A "/></noscript>" after "<iframe" written elsewhere (in
    a script's string, a comment) swallows nothing and is left as written."""
    return any(
        node.tag == "template" or node.text(deep=False).startswith(_SWALLOWED)
        for node in frame_elements(tree)
    )


def closed_frames(html: AnyStr) -> AnyStr:
    """``html`` with each <iframe> written self-closed right before "</noscript>" closed."""
    if isinstance(html, bytes):
        return _closed(html, _END_BYTES, _OPENER_BYTES, _CLOSE_BYTES)
    return _closed(html, _END, _OPENER, _CLOSE)


def _closed(html: AnyStr, end: AnyStr, opener: AnyStr, close: AnyStr) -> AnyStr:
    """``html`` with the "/>" of each ``end`` whose tag opens with ``opener`` made ``close``
    (a plain search: most pages have no such ``end``, and pay one scan of the text)."""
    # Searched from the end of the page back (``rfind``): CPython 3.11 searches a page this
    # size forwards by its two-way search and backwards by its simpler skip search, which
    # here costs ~0.75x (the whole function ~126 µs against ~165 µs a page over wcxb-dev's
    # pages, mean 276 KB, where 9 in 10 have no ``end``). The same repairs: ``end`` cannot
    # overlap itself, and the "<" that opens the tag of one ``end`` is after the previous
    # one's "</noscript>", whichever way they are met. (Searching "</noscript>" instead, then
    # the "/>" before it, costs more: most pages have several, the last near the end.)
    at = html.rfind(end)
    if at < 0:
        return html
    pieces: list[AnyStr] = []  # from the end of the page back
    last = len(html)
    while at >= 0:
        tag = html.rfind(opener[:1], 0, at)
        if tag >= 0 and html[tag : tag + len(opener)].lower() == opener:
            pieces += [html[at + 2 : last], close]  # the text past the "/>", then the repair
            last = at
        at = html.rfind(end, 0, at)
    if not pieces:
        return html
    pieces.append(html[:last])
    pieces.reverse()
    return html[:0].join(pieces)
