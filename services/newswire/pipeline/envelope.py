"""Input form (a), the JSON envelope: its fields validated, and its base64 body read from the
message's own bytes where that is provably what the JSON says.

A crawler's envelope is nearly all body: ~350 KB of base64 for a page of ~260 KB. Parsed whole,
orjson validates and copies those bytes into a str (~90 µs a page on wcxb-dev, a third of the
decode stage) only for pybase64 to read them back as ASCII. Where the body's value is a plain
run of base64 characters and the rest of the message has no escape sequence, the message minus
that run parses to the same fields, and the run is the body's value byte for byte; any other
message (an escape anywhere, a second "body" key, a body that is not strict base64) is parsed
whole, as before, so outputs and errors stay the same.
"""

from __future__ import annotations

import binascii
import codecs
import re

import pybase64
from pydantic import ValidationError

from newswire import codec
from newswire.errors import InvalidEnvelope, Stage
from newswire.events import RawArticleEnvelope

_BODY_KEY = b'"body"'
# JSON's own whitespace only (space, tab, LF, CR), then the colon and the string's opening quote.
_VALUE_START = re.compile(rb'[ \t\n\r]*:[ \t\n\r]*"')


def parse_envelope(
    value: bytes, header_ct: str | None
) -> tuple[RawArticleEnvelope, bytes | None] | None:
    """The envelope of a message that is one, and its body's bytes when its base64 was read
    from the message as it is (else None: ``body`` holds the body's value, to decode as its
    ``encoding`` says); None when the message is a bare body."""
    stripped = value.lstrip()
    if stripped.startswith(codecs.BOM_UTF8):
        stripped = stripped[len(codecs.BOM_UTF8) :].lstrip()
    says_json = header_ct is not None and "json" in header_ct.lower()
    if stripped.startswith(b"["):
        # A JSON array is a producer bug (a batch sent as one value), not a text that happens to
        # start with "[" -- unless it does not parse as JSON at all.
        try:
            codec.loads(stripped)
        except codec.JSONDecodeError:
            return None
        raise InvalidEnvelope(
            "envelope must be a JSON object, got a JSON array", stage=Stage.DECODE
        )
    if not (stripped.startswith(b"{") or says_json):
        return None
    if stripped.startswith(b"{") and (found := _with_base64_body(stripped)) is not None:
        return found
    envelope = _parsed(stripped, says_json)
    return None if envelope is None else (envelope, None)


def _parsed(stripped: bytes, says_json: bool) -> RawArticleEnvelope | None:
    try:
        data = codec.loads(stripped)
    except codec.JSONDecodeError as exc:
        # `{"…` is unmistakably meant as an envelope; a text that merely starts with `{` is a body.
        if says_json or re.match(rb'\{\s*"', stripped):
            raise InvalidEnvelope(f"value is not valid JSON: {exc}", stage=Stage.DECODE) from None
        return None
    if not isinstance(data, dict):
        raise InvalidEnvelope(
            f"envelope must be a JSON object, got {type(data).__name__}", stage=Stage.DECODE
        )
    try:
        return RawArticleEnvelope.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'value'}: {err['msg']}"
            for err in exc.errors()[:5]
        )
        raise InvalidEnvelope(f"invalid envelope: {problems}", stage=Stage.DECODE) from None


def _with_base64_body(message: bytes) -> tuple[RawArticleEnvelope, bytes] | None:
    """The envelope and its body's decoded bytes, from ``message`` less its body's value, when
    that is sure to be what parsing it whole gives; else None (the caller parses it whole).

    Why it is sure: with no backslash outside the body's value, every '"' there delimits a
    string and every key is spelled as it is, so the one '"body"' followed by ':' and '"' is
    the key of the value that follows (a second "body" key, or this one inside a nested object
    or a string, fails a check below). The value, as pybase64's strict mode accepts it, holds
    only base64 characters (no quote, escape or control character): removing it leaves valid
    JSON exactly when the whole was, with the same other fields."""
    span = _body_span(message)
    if span is None:
        return None
    start, end = span
    try:
        data = codec.loads(message[:start] + message[end:])
        body = pybase64.b64decode(memoryview(message)[start:end], validate=True)
    except (codec.JSONDecodeError, binascii.Error, ValueError):
        return None
    if not isinstance(data, dict) or data.get("body") != "":
        return None
    encoding = data.get("encoding")
    if not isinstance(encoding, str) or encoding.lower() != "base64":
        return None
    try:
        return RawArticleEnvelope.model_validate(data), body
    except ValidationError:
        return None


def _body_span(message: bytes) -> tuple[int, int] | None:
    """Where the value of the first '"body"' key of ``message`` starts and ends (between its
    quotes), when the rest of the message holds no backslash and no other '"body"'."""
    key = message.find(_BODY_KEY)
    opened = _VALUE_START.match(message, key + len(_BODY_KEY)) if key >= 0 else None
    if opened is None:
        return None
    start = opened.end()
    end = message.find(b'"', start)
    # bytes.find with bounds: memchr over the message's ends, no copy of them.
    if end < 0 or message.find(b"\\", 0, start) >= 0 or message.find(b"\\", end) >= 0:
        return None
    return (start, end) if message.find(_BODY_KEY, end) < 0 else None


def unbase64(body: str) -> bytes:
    # pybase64 (SIMD) decodes a page's ~45 KB of base64 in ~8 µs where binascii takes ~210 µs
    # on this VM. It accepts a subset of what base64.b64decode(validate=True) accepts, with the
    # same bytes (it also refuses non-zero trailing bits): on a refusal, binascii decides, so
    # the bytes, the errors and their messages stay those of binascii's strict mode.
    try:
        return pybase64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        pass
    try:
        return binascii.a2b_base64(body, strict_mode=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidEnvelope(f"body is not valid base64: {exc}", stage=Stage.DECODE) from None
