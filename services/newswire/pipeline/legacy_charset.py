"""The windows-1252 reading of an HTML body that is not UTF-8 at all, whatever its label says.

Old CMSes, hand-written pages and proxies that transcode serve pages in windows-1252 (or its
subset latin-1) with no charset declared, or still labelled UTF-8. Every accented letter and
curly quote is then one byte that UTF-8 cannot read: strict UTF-8 loses the whole page as
``undecodable``, a replacing decode turns every such letter into U+FFFD (``café`` → ``caf�``, a
word the reader never wrote). Browsers read an HTML document without a usable label as
windows-1252 (the WHATWG fallback for Western locales); this does the same, but only where
the bytes leave no doubt, so that a truly undecodable body keeps its DeadLetter.
"""

from __future__ import annotations

import re

# A few tags near the start make a body HTML (the same test as decode's content-type sniff):
# the windows-1252 fallback is the HTML rule, and a plain text or a binary body gets none.
_HTML_TAGS = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|span|a\s|br|h[1-6])\b",
    re.IGNORECASE,
)
# A well-formed UTF-8 sequence of 2-4 bytes: one in the body means the page is UTF-8 with some
# stray bytes (a paragraph pasted from elsewhere), not a single-byte charset throughout.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# C0 controls other than tab, line feed, form feed and carriage return never appear in a text
# page; binary bodies (images, PDF streams, random bytes) are full of them.
_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def windows_1252_html(body: bytes) -> str | None:
    """``body`` read as windows-1252 when it is HTML, holds no well-formed UTF-8 sequence, no
    control byte and no byte windows-1252 leaves undefined; else None (UTF-8 or binary)."""
    if len(_HTML_TAGS.findall(body, 0, 4096)) < 2:
        return None
    if _UTF8_MULTIBYTE.search(body) or _CONTROLS.search(body):
        return None
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90 or 0x9d: not windows-1252 either
        return None
