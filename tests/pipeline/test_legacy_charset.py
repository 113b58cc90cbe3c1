"""The windows-1252 reading of HTML bodies that are not UTF-8 at all."""

from __future__ import annotations

import pytest

from newswire.pipeline.legacy_charset import latin_labelled, windows_1252_html

PAGE = "<html><body><p>Café “crème” — 5 €</p></body></html>"


def test_a_windows_1252_html_body_is_read_as_windows_1252() -> None:
    """Every byte of an HTML body UTF-8 cannot read becomes its windows-1252 character."""
    assert windows_1252_html(PAGE.encode("cp1252")) == PAGE


@pytest.mark.parametrize(
    "body",
    [
        "Café “crème” — 5 €, a plain text.".encode("cp1252"),  # no tags: not HTML
        PAGE.encode("cp1252") + "<p>café</p>".encode(),  # a well-formed UTF-8 sequence
        PAGE.encode("cp1252") + b"\x00\x01\x02",  # control bytes: binary
        PAGE.encode("cp1252") + b"\x81\x8d",  # bytes windows-1252 leaves undefined
    ],
)
def test_bodies_that_are_not_windows_1252_html_get_none(body: bytes) -> None:
    """Plain text, a body with any well-formed UTF-8 sequence, control bytes or bytes that
    windows-1252 does not define is not read as windows-1252 HTML."""
    assert windows_1252_html(body) is None


def test_a_utf8_body_labelled_latin_1_is_read_as_utf8() -> None:
    """A body labelled latin-1 (or US-ASCII, or windows-1252) that is valid UTF-8 with non-ASCII
    letters is read as UTF-8, not as mojibake ("é" stays "é", not "Ã©")."""
    body = "<p>Customer service – 5 stars, café</p>".encode()
    for label in ("iso8859-1", "ascii", "cp1252"):
        assert latin_labelled(body, label) == (body.decode(), "utf-8")


def test_a_latin_1_labelled_body_gets_windows_1252_quotes_and_keeps_undefined_bytes() -> None:
    """Bytes 0x80-0x9f of a body labelled latin-1 that is not UTF-8 are read as windows-1252
    (curly quotes, dashes, €) as browsers read them; the five bytes windows-1252 leaves
    undefined stay their C1 controls; plain ASCII and other labels are left to the decoder."""
    assert latin_labelled(b"It\x92s \x93caf\xe9\x94 \x96 5 \x80\x81", "iso8859-1") == (
        "It’s “café” – 5 €\x81",
        "cp1252",
    )
    assert latin_labelled(b"plain ascii", "iso8859-1") is None
    assert latin_labelled("café".encode("iso8859-15"), "iso8859-15") is None


def test_a_utf8_body_labelled_latin_1_and_cut_inside_a_character_is_read_as_utf8() -> None:
    """A UTF-8 body labelled latin-1 whose download was cut inside a character is still UTF-8:
    its text up to the cut, the half character dropped, not mojibake; a body with a bad byte
    before its end is windows-1252 as before."""
    body = "<p>Café – naïve résumé</p>".encode()
    cut = body[: body.index("é".encode()) + 1]
    assert latin_labelled(cut, "iso8859-1") == ("<p>Caf", "utf-8")
    assert latin_labelled(cut + b" \x92", "iso8859-1") == ("<p>Caf\xc3 ’", "cp1252")
