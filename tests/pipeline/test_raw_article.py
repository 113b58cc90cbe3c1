"""A decoded input whose text is made from its UTF-8 bytes only when first read."""

from __future__ import annotations

import pytest

from newswire.pipeline.raw_article import RawArticle

PAGE = "<html><body><p>Café — naïve</p></body></html>"


def raw(text: str | None, utf8: bytes | None) -> RawArticle:
    return RawArticle(
        text,
        content_type="text/html",
        url=None,
        fetched_at=None,
        source=None,
        charset="utf-8",
        utf8=utf8,
    )


def test_the_text_of_utf8_bytes_is_their_decoding_made_when_first_read() -> None:
    """Given only the bytes, ``text`` is their strict UTF-8 decoding, made once."""
    lazy = raw(None, PAGE.encode())
    assert lazy._text is None
    assert lazy.text == PAGE
    assert lazy.text is lazy.text


def test_a_lazy_and_an_eager_input_of_the_same_page_are_equal() -> None:
    """Equality and hash are by value: the text made on read or given makes no difference."""
    assert raw(None, PAGE.encode()) == raw(PAGE, PAGE.encode())
    assert hash(raw(None, PAGE.encode())) == hash(raw(PAGE, PAGE.encode()))
    assert raw(None, PAGE.encode()) != raw(PAGE, None)


def test_an_input_needs_its_text_or_its_bytes() -> None:
    """Neither text nor bytes is a programming error, caught at construction."""
    with pytest.raises(ValueError, match="text or its UTF-8 bytes"):
        raw(None, None)
