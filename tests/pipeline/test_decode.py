"""Decoding raw message values: envelopes, compression, charsets, limits."""

from __future__ import annotations

import gzip
import json
import zlib

import pytest

from newswire.errors import InvalidEnvelope, NoContent, TooLarge, Undecodable
from newswire.pipeline import decode as decode_module
from newswire.pipeline.decode import decode
from newswire.pipeline.options import PipelineOptions
from newswire.records import InRecord

OPTIONS = PipelineOptions(max_message_bytes=10_000, max_decompressed_bytes=50_000)
BIG = PipelineOptions()


def record(value: bytes | None, *headers: tuple[str, bytes]) -> InRecord:
    return InRecord("raw", 0, 7, 1_600_000_000_000, None, value, tuple(headers))


def test_bare_text_body_is_plain_text_with_header_metadata() -> None:
    """A bare body takes url, content type and fetched-at from Kafka headers."""
    raw = decode(
        record(
            b"Judul\n\nIsi berita.",
            ("URL", b"https://x.id/a"),
            ("fetched-at", b"2020-10-24T01:02:03Z"),
        ),
        OPTIONS,
    )
    assert raw.text == "Judul\n\nIsi berita."
    assert raw.content_type == "text/plain"
    assert raw.url == "https://x.id/a"
    assert raw.fetched_at is not None
    assert raw.fetched_at.year == 2020


def test_html_is_sniffed_when_no_content_type_is_given() -> None:
    """Bodies with HTML tags near the start are routed as HTML."""
    raw = decode(record(b"<!doctype html><html><body><p>Hi</p></body></html>"), OPTIONS)
    assert raw.content_type == "text/html"


def test_envelope_fields_are_used() -> None:
    """A JSON envelope's url, content_type, fetched_at and source are carried over."""
    envelope = {
        "url": "https://a.b/c",
        "content_type": "text/html",
        "body": "<p>x</p>",
        "fetched_at": "2024-01-01T00:00:00+07:00",
        "source": "crawler-1",
    }
    raw = decode(record(json.dumps(envelope).encode()), OPTIONS)
    assert (raw.url, raw.content_type, raw.source) == ("https://a.b/c", "text/html", "crawler-1")
    assert raw.fetched_at is not None
    assert raw.fetched_at.utcoffset() is not None


@pytest.mark.parametrize(
    "value",
    [
        b'{"url": "x", "body": ',
        b"[1, 2]",
        b'{"url": "x"}',
        b'{"body": null}',
        b'{"body": 5}',
        b'{"body": "x", "fetched_at": "not a date"}',
    ],
)
def test_invalid_envelopes_are_rejected_with_invalid_envelope(value: bytes) -> None:
    """Broken JSON, non-objects, missing or mistyped fields are invalid envelopes."""
    with pytest.raises(InvalidEnvelope):
        decode(record(value), OPTIONS)


def test_base64_envelope_body_goes_through_charset_detection() -> None:
    """encoding=base64 carries original bytes, decoded by the declared <meta charset>."""
    import base64

    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9</p></body></html>'
    body = base64.b64encode(html.encode("latin-1")).decode()
    raw = decode(record(json.dumps({"body": body, "encoding": "base64"}).encode()), OPTIONS)
    assert "Caf\u00e9" in raw.text


def test_empty_and_whitespace_values_have_no_content() -> None:
    """Empty, missing and whitespace-only values are rejected as no_content."""
    for value in (b"", None, b"   \n\t "):
        with pytest.raises(NoContent):
            decode(record(value), OPTIONS)


def test_over_limit_value_is_too_large() -> None:
    """Values over max_message_bytes are rejected before any parsing."""
    with pytest.raises(TooLarge):
        decode(record(b"a" * 10_001), OPTIONS)


def test_invalid_utf8_without_declared_charset_is_undecodable() -> None:
    """Bytes that are not UTF-8 with no charset declared anywhere are undecodable."""
    with pytest.raises(Undecodable):
        decode(record(b"Caf\xe9 \xff"), OPTIONS)


def test_undeclared_utf8_cut_inside_a_character_keeps_the_text_before_the_cut() -> None:
    """A download of an undeclared UTF-8 page cut off inside a multi-byte character decodes to
    the text before the cut (its half character dropped), not ``undecodable``."""
    body = "<p>Le café du coin, à Paris".encode()
    for cut in (1, 2):  # inside the 2-byte "é" of a trailing "café", and of a 3-byte "€"
        raw = decode(record(body + "café".encode()[:-cut]), OPTIONS)
        assert raw.text == "<p>Le café du coin, à Pariscaf"
    raw = decode(record(body + " 5 €".encode()[:-1]), OPTIONS)
    assert raw.text == "<p>Le café du coin, à Paris 5 "


def test_undeclared_utf8_with_a_rare_stray_byte_is_text_with_a_replacement_character() -> None:
    """An undeclared UTF-8 page with one windows-1252 byte pasted in (a ``\\x92`` quote) is
    decoded with U+FFFD for that byte; a body with many such bytes stays undecodable."""
    body = ("<p>Un été à Paris. " * 100).encode() + b"It\x92s fine.</p>"
    raw = decode(record(body), OPTIONS)
    assert raw.text.endswith("It\ufffds fine.</p>")
    assert raw.text.count("\ufffd") == 1
    with pytest.raises(Undecodable):
        decode(record(("<p>Un été. " * 20).encode() + b"\x92" * 5), OPTIONS)


def test_declared_charset_in_header_is_used() -> None:
    """A charset in the content-type header decodes legacy bytes."""
    raw = decode(
        record(b"Caf\xe9 au lait", ("content-type", b"text/plain; charset=windows-1252")), OPTIONS
    )
    assert raw.text == "Caf\u00e9 au lait"


def test_utf16_with_bom_is_decoded() -> None:
    """A UTF-16 BOM wins over everything else."""
    raw = decode(record("Berita hari ini".encode("utf-16")), OPTIONS)
    assert raw.text == "Berita hari ini"


def test_gzip_and_zlib_bodies_are_inflated() -> None:
    """gzip and zlib bodies are recognised by their magic bytes."""
    assert decode(record(gzip.compress(b"Hello news")), OPTIONS).text == "Hello news"
    assert decode(record(zlib.compress(b"Hello news")), OPTIONS).text == "Hello news"


def test_decompression_bomb_is_too_large_and_truncated_gzip_undecodable() -> None:
    """Inflation stops at max_decompressed_bytes; a cut-off stream is undecodable."""
    with pytest.raises(TooLarge):
        decode(record(gzip.compress(b"a" * 1_000_000)), OPTIONS)
    with pytest.raises(Undecodable):
        decode(record(gzip.compress(b"hello world " * 50)[:-12]), OPTIONS)


def test_base64_that_only_binascii_accepts_still_decodes() -> None:
    """A body that binascii's strict mode accepts (a stray "=" after whole quanta) decodes to
    the same bytes although the fast decoder refuses it; a bad digit keeps binascii's message."""
    import base64

    body = base64.b64encode(b"<p>Hello there</p>").decode() + "="
    raw = decode(record(json.dumps({"body": body, "encoding": "base64"}).encode()), OPTIONS)
    assert raw.text == "<p>Hello there</p>"
    with pytest.raises(InvalidEnvelope, match="body is not valid base64: Only base64 data"):
        decode(record(json.dumps({"body": "PHA+*", "encoding": "base64"}).encode()), OPTIONS)


def test_nul_bytes_in_an_encoded_utf8_body_are_dropped() -> None:
    """NULs in a base64 UTF-8 body are removed like those of a plain one."""
    import base64

    body = base64.b64encode("<p>Caf\u00e9\x00 au lait</p>".encode()).decode()
    raw = decode(record(json.dumps({"body": body, "encoding": "base64"}).encode()), OPTIONS)
    assert raw.text == "<p>Caf\u00e9 au lait</p>"


@pytest.mark.parametrize(
    ("body", "headers", "kept"),
    [
        ("<p>Caf\u00e9 \u65e5\u672c</p>".encode(), (), True),
        ("<p>Caf\u00e9</p>".encode(), (("content-type", b"text/html; charset=utf-8"),), True),
        (b"\xef\xbb\xbf<p>Caf\xc3\xa9</p>", (), False),  # a BOM: the text lacks its bytes
        (
            "<p>Caf\u00e9</p>".encode("latin-1"),
            (("content-type", b"text/html; charset=iso-8859-1"),),
            False,
        ),
        (b"<p>Caf\xe9</p>", (("content-type", b"text/html; charset=utf-8"),), False),  # replaced
        ("<p>Caf\u00e9\x00</p>".encode(), (), False),  # the NUL is dropped from the text
        (  # UTF-8 labelled latin-1 and cut inside a character: the half character is dropped
            "<p>Caf\u00e9".encode()[:-1],
            (("content-type", b"text/html; charset=iso-8859-1"),),
            False,
        ),
    ],
)
def test_the_utf8_bytes_travel_only_when_the_text_is_exactly_their_decoding(
    body: bytes, headers: tuple[tuple[str, bytes], ...], kept: bool
) -> None:
    """``utf8`` (what the HTML parser reads instead of the text encoded again) is the body's
    bytes exactly when they are strict UTF-8 that decode to ``text`` unchanged: never for a
    BOM, another charset, bytes replaced or characters dropped, where it would parse a
    different page than the text."""
    raw = decode(record(body, *headers), OPTIONS)
    assert (raw.utf8 is not None) is kept
    if raw.utf8 is not None:
        assert raw.utf8 == raw.text.encode("utf-8")


def test_an_envelope_of_base64_utf8_carries_its_bytes_and_a_plain_one_none() -> None:
    """A base64 envelope's UTF-8 bytes are kept for the parser; a JSON string body has no
    bytes of its own (the text is the parser's input)."""
    import base64

    html = "<p>Caf\u00e9</p>"
    encoded = base64.b64encode(html.encode()).decode()
    raw = decode(record(json.dumps({"body": encoded, "encoding": "base64"}).encode()), OPTIONS)
    assert raw.utf8 == html.encode()
    assert decode(record(json.dumps({"body": html}).encode()), OPTIONS).utf8 is None


def test_an_unlabelled_windows_1252_html_page_is_read_as_windows_1252() -> None:
    """An HTML page in windows-1252 throughout with no charset anywhere is read as browsers read
    it (their fallback), not lost as ``undecodable``; a plain text so encoded still is."""
    body = "<html><body><p>Un café “à emporter”, s’il vous plaît.</p></body></html>"
    raw = decode(record(body.encode("cp1252")), OPTIONS)
    assert (raw.text, raw.charset) == (body, "cp1252")
    with pytest.raises(Undecodable):
        decode(record(("Un café “à emporter”. " * 20).encode("cp1252")), OPTIONS)


def test_a_windows_1252_html_page_labelled_utf8_is_read_as_windows_1252() -> None:
    """A page labelled UTF-8 (header or ``<meta>``) whose bytes are windows-1252 throughout keeps
    its letters instead of a U+FFFD for each; a UTF-8 page with a few stray bytes keeps UTF-8."""
    body = '<html><head><meta charset="utf-8"></head><body><p>Déjà vu — “oui”.</p></body></html>'
    for headers in ((), (("content-type", b"text/html; charset=utf-8"),)):
        raw = decode(record(body.encode("cp1252"), *headers), OPTIONS)
        assert (raw.text, raw.charset) == (body, "cp1252")
    mixed = decode(record(body.encode() + b"<p>It\x92s</p>"), OPTIONS)
    assert (mixed.text.count("\ufffd"), mixed.charset) == (1, "utf-8")


def test_an_html_page_of_valid_utf8_keeps_its_bytes_and_decodes_its_text_on_read() -> None:
    """A UTF-8 HTML body is checked, not decoded, at decode time: a character cut between the
    checker's pieces is still valid, the text read later is the bytes' decoding, and a bad byte
    far into the page still sends it down the legacy-charset path."""
    page = ("<html><body><p>" + "a" * (decode_module._CHECK_BYTES - 16) + "é€😀" * 50).encode()
    raw = decode(record(page, ("content-type", b"text/html")), BIG)
    assert raw.utf8 == page
    assert raw.text == page.decode("utf-8")
    broken = page + b"<p>caf\xe9</p>"
    assert not decode_module._valid_utf8(broken)
    assert decode(record(broken, ("content-type", b"text/html")), BIG).utf8 is None


def test_a_utf8_page_labelled_latin_1_and_cut_inside_a_character_stays_utf8() -> None:
    """A UTF-8 page whose ``<meta>`` says ISO-8859-1, its download cut inside a character,
    reads as UTF-8 up to the cut, not as "Ã©" mojibake throughout."""
    body = '<html><head><meta charset="ISO-8859-1"></head><body><p>Déjà vu, café'.encode()
    raw = decode(record(body[:-1]), OPTIONS)
    assert (raw.text, raw.charset) == (body[:-2].decode(), "utf-8")
