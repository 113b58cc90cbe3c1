"""The JSON envelope: its base64 body read from the message's bytes only where parsing the
whole message would give the same fields and body."""

from __future__ import annotations

import base64
import json

import pytest

from newswire.errors import InvalidEnvelope
from newswire.pipeline import envelope as module
from newswire.pipeline.envelope import parse_envelope

PAGE = b"<html><body><p>caf\xc3\xa9</p></body></html>"
BODY = base64.b64encode(PAGE).decode("ascii")


def message(**fields: object) -> bytes:
    return json.dumps({"url": "https://a.b/c", "encoding": "base64", **fields}).encode()


def test_a_plain_base64_envelope_has_its_body_read_from_the_message() -> None:
    """The usual crawler message: the body's bytes come back decoded, the fields as parsed."""
    value = message(body=BODY, content_type="text/html")
    parsed = parse_envelope(value, None)
    assert parsed is not None
    envelope, body = parsed
    assert body == PAGE
    assert envelope.url == "https://a.b/c"
    assert envelope.content_type == "text/html"
    reference = module._parsed(value, says_json=False)  # the whole message parsed
    assert reference is not None
    assert envelope.model_dump(exclude={"body"}) == reference.model_dump(exclude={"body"})


@pytest.mark.parametrize(
    "value",
    [
        # An escape anywhere outside the body: a key may be spelled with one.
        b'{"url": "https:\\/\\/a.b", "encoding": "base64", "body": "' + BODY.encode() + b'"}',
        b'{"x": {"body": "QUJD"}, "bod\\u0079": "' + BODY.encode() + b'", "encoding": "base64"}',
        # A second "body" key (the last one wins in JSON parsers).
        b'{"encoding": "base64", "body": "QUJD", "body": "' + BODY.encode() + b'"}',
        # "body" nested, the envelope's own body absent.
        b'{"encoding": "base64", "x": {"body": "QUJD"}}',
        # Not base64: whitespace in it, or a text body.
        b'{"encoding": "base64", "body": "QU JD"}',
        b'{"body": "<p>plain text</p>"}',
        b'{"encoding": "utf-8", "body": "QUJD"}',
    ],
)
def test_any_other_envelope_is_parsed_whole(value: bytes) -> None:
    """Escapes, repeated or nested keys, bodies that are not strict base64: the whole message
    decides, so fields and errors are what parsing it gives."""
    assert module._with_base64_body(value) is None


@pytest.mark.parametrize(
    "value",
    [
        b'{"encoding": "base64", "body": "' + BODY.encode() + b'", }',
        b'{"a": "body": "QUJD", "encoding": "base64"}',
        b'{"encoding": "base64", "body": "QUJD", "fetched_at": "yesterday"}',
    ],
)
def test_a_broken_envelope_with_a_base64_body_is_still_rejected(value: bytes) -> None:
    """Invalid JSON or an invalid field around a clean base64 body: the same InvalidEnvelope
    as ever, not a body read past the fault."""
    with pytest.raises(InvalidEnvelope):
        parse_envelope(value, None)
