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


# Labels a browser reads as windows-1252 (the WHATWG Encoding Standard maps latin-1, its
# aliases and US-ASCII to it), as Python's codec names.
_LATIN_LABELS = frozenset({"iso8859-1", "ascii", "cp1252"})
# windows-1252's letters and quotes for the bytes 0x80-0x9f (latin-1 has C1 controls there);
# the five bytes windows-1252 leaves undefined stay the controls, as in browsers.
_C1_AS_1252 = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def latin_labelled(body: bytes, declared: str) -> tuple[str, str] | None:
    """The text and charset of a non-ASCII body labelled latin-1, US-ASCII or windows-1252; None
    for other labels. A body that is valid UTF-8 is read as UTF-8: templates keep an old
    ``<meta charset=iso-8859-1>`` while the server (whose header a stored copy loses) sends
    UTF-8, and a real latin-1 text almost never forms only well-formed UTF-8 sequences, so the
    label would turn every "é" into "Ã©"; so is a body whose only fault is its end, a download
    cut inside a character (the half character is dropped: it was never the page's text).
    Otherwise windows-1252 as browsers read it: curly quotes and dashes a latin-1 decode would
    leave as invisible C1 controls."""
    if declared not in _LATIN_LABELS or body.isascii():
        return None
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # raised only for a sequence the end cut
            return body[: exc.start].decode("utf-8"), "utf-8"
        return body.decode("latin-1").translate(_C1_AS_1252), "cp1252"
