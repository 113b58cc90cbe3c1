"""The windows-1252 reading of HTML bodies that are not UTF-8 at all."""

from __future__ import annotations

import pytest

from newswire.pipeline.legacy_charset import windows_1252_html

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
