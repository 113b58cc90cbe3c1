"""Stage 1: raw message bytes + headers → :class:`RawArticle` (envelope, compression, charset).

Order of checks, each with its dead-letter reason:
1. empty value → ``no_content``; over ``max_message_bytes`` → ``too_large`` (before any parsing);
2. a JSON object value is an envelope and must validate → else ``invalid_envelope``;
3. gzip/zlib/brotli bodies are inflated with a hard output bound → ``too_large`` (bomb) /
   ``undecodable``;
4. charset: BOM, then declared (envelope/header, then ``<meta charset>``), else strict UTF-8;
   an HTML body that is windows-1252 throughout, unlabelled or labelled UTF-8, is read as
   windows-1252 (browsers' fallback); one labelled latin-1 is UTF-8 if it reads as such, else
   windows-1252 → ``undecodable`` when nothing fits.
"""

from __future__ import annotations

import codecs
import re
import zlib
from datetime import datetime
from typing import cast

import brotli
from isal import isal_zlib

from newswire.errors import NoContent, Stage, TooLarge, Undecodable
from newswire.events import ContentType, RawArticleEnvelope
from newswire.pipeline.envelope import parse_envelope, unbase64
from newswire.pipeline.legacy_charset import latin_labelled, windows_1252_html
from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.raw_article import RawArticle
from newswire.records import InRecord

#: ``RawArticle`` lives in its own module; its callers import it from here, with ``decode``.
__all__ = ["RawArticle", "decode"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BOM_STARTS = tuple(bom for bom, _ in _BOMS)
_CHARSET_PARAM = re.compile(rb"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE
)
# A handful of tags near the start is enough to call a body HTML; plain scrapes rarely have any.
_HTML_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|span|a\s|br|h[1-6])\b",
    re.IGNORECASE,
)
_GZIP_MAGIC = b"\x1f\x8b"
# zlib streams start with 0x78 and a check byte; a text body never starts with "x" + these.
_ZLIB_SECOND = frozenset({0x01, 0x5E, 0x9C, 0xDA})


def decode(record: InRecord, options: PipelineOptions) -> RawArticle:
    value = record.value
    if not value:
        raise NoContent("empty message value", stage=Stage.DECODE)
    if len(value) > options.max_message_bytes:
        raise TooLarge(
            f"value is {len(value)} bytes, limit {options.max_message_bytes}", stage=Stage.DECODE
        )

    header_ct = _header_text(record, "content-type")
    parsed = parse_envelope(value, header_ct)
    if parsed is not None:
        return _from_envelope(*parsed, header_ct, options)

    body = _inflate(value, _header_text(record, "content-encoding"), options)
    text, charset, exact = _text_unless_utf8(body, _declared_charset(header_ct))
    return _finish(
        text,
        clean=_clean_utf8(body, charset),
        utf8=body if exact else None,
        charset=charset,
        content_type=_content_type(header_ct),
        url=_header_text(record, "url"),
        fetched_at=_parse_time(_header_text(record, "fetched-at")),
        source=_header_text(record, "source"),
        content_language=_header_text(record, "content-language"),
    )


def _header_text(record: InRecord, name: str) -> str | None:
    raw = record.header(name)
    if raw is None:
        return None
    text = raw.decode("utf-8", errors="replace").strip()
    return text or None


def _from_envelope(
    envelope: RawArticleEnvelope,
    unbased: bytes | None,
    header_ct: str | None,
    options: PipelineOptions,
) -> RawArticle:
    """``unbased``: the body's bytes when ``parse_envelope`` read its base64 already."""
    if envelope.encoding is not None and envelope.encoding.lower() == "base64":
        body = _inflate(unbase64(envelope.body) if unbased is None else unbased, None, options)
        text, charset, exact = _text_unless_utf8(body, _declared_charset(header_ct))
        clean = _clean_utf8(body, charset)
    else:
        text, charset, clean, exact = envelope.body, "utf-8", False, False
    return _finish(
        text,
        clean=clean,
        utf8=body if exact else None,
        charset=charset,
        content_type=envelope.content_type or _content_type(header_ct),
        url=envelope.url,
        fetched_at=envelope.fetched_at,
        source=envelope.source,
        content_language=envelope.content_language,
    )


def _clean_utf8(body: bytes, charset: str) -> bool:
    """Is the text decoded from ``body`` free of NULs and lone surrogates, known without a scan
    of the text? Python's UTF-8 decoder never yields a surrogate (strict or ``replace``) and a
    NUL only from a 0x00 byte, which ``bytes.__contains__`` finds with memchr (~10 µs for 170 KB,
    where the str scans of ``_finish`` cost ~250 µs each on a non-ASCII page)."""
    return charset == "utf-8" and b"\x00" not in body


def _finish(
    text: str | None,
    *,
    clean: bool = False,
    utf8: bytes | None = None,
    charset: str,
    content_type: ContentType | None,
    url: str | None,
    fetched_at: datetime | None,
    source: str | None,
    content_language: str | None,
) -> RawArticle:
    # ``text`` None: ``utf8``'s strict decoding, made here unless an HTML page's bytes serve
    # (a "<" is no space: the page is not blank; see ``RawArticle.text``).
    if text is None:
        utf8 = cast("bytes", utf8)  # _text_unless_utf8 gives None only for exact UTF-8
        if clean and content_type == "text/html" and b"<" in utf8:
            return RawArticle(
                None,
                content_type="text/html",
                url=url,
                fetched_at=fetched_at,
                source=source,
                charset=charset,
                content_language=content_language,
                utf8=utf8,
            )
        text = utf8.decode("utf-8")
    # NUL bytes and lone surrogates cannot travel in JSON output; drop them here, once
    # (``clean``: there are none, see _clean_utf8).
    if not clean:
        text = text.replace("\x00", "")
    # isascii() reads a flag CPython keeps on every str (no scan), and an ASCII text holds no
    # surrogate: the encoding test, a copy of the whole text, is for the others.
    if not clean and not text.isascii():
        try:
            text.encode("utf-8")  # in C: a per-character Python scan cost 1.4 s on 10 MB
        except UnicodeEncodeError:
            text = text.encode("utf-8", errors="replace").decode("utf-8")
    if not text or text.isspace():  # as ``not text.strip()``, without copying the text
        raise NoContent("body is empty or whitespace only", stage=Stage.DECODE)
    return RawArticle(
        text=text,
        content_type=content_type or _sniff_content_type(text),
        url=url,
        fetched_at=fetched_at,
        source=source,
        charset=charset,
        content_language=content_language,
        # ``clean``: ``text`` was not changed above, so it is still the bytes' decoding.
        utf8=utf8 if clean else None,
    )


def _inflate(body: bytes, content_encoding: str | None, options: PipelineOptions) -> bytes:
    encoding = (content_encoding or "").lower()
    if body.startswith(_GZIP_MAGIC) or encoding in {"gzip", "x-gzip"}:
        wbits = 16 + zlib.MAX_WBITS
    elif (len(body) > 1 and body[0] == 0x78 and body[1] in _ZLIB_SECOND) or encoding == "deflate":
        wbits = zlib.MAX_WBITS
    elif encoding == "br":
        return _bounded_brotli(body, options.max_decompressed_bytes)
    elif encoding in {"", "identity"}:
        return body
    else:
        raise Undecodable(f"unsupported content-encoding {encoding!r}", stage=Stage.DECODE)
    return _bounded_inflate(body, wbits, options.max_decompressed_bytes)


# isal's stubs declare ``error`` as an instance of Exception; it is the exception class.
_ISAL_ERROR = cast("type[Exception]", isal_zlib.error)


def _bounded_inflate(body: bytes, wbits: int, limit: int) -> bytes:
    # Inflate with an output cap so that a 1 KB → 1 GB bomb costs at most `limit` bytes of memory.
    # ISA-L inflates the same bytes as zlib in about half the time (~250 vs ~525 µs for a
    # 170 KB page here) and stops, caps and flags eof as zlib does; on any error zlib
    # decides, so that a DeadLetter's reason keeps zlib's message.
    try:
        fast = isal_zlib.decompressobj(wbits)
        out = fast.decompress(body, limit + 1)
        eof = fast.eof
    except _ISAL_ERROR:
        inflater = zlib.decompressobj(wbits)
        try:
            out = inflater.decompress(body, limit + 1)
        except zlib.error as exc:
            raise Undecodable(f"corrupt compressed body: {exc}", stage=Stage.DECODE) from None
        eof = inflater.eof
    if len(out) > limit:
        raise TooLarge(f"body inflates beyond {limit} bytes", stage=Stage.DECODE)
    if not eof:
        raise Undecodable("truncated compressed body", stage=Stage.DECODE)
    return out


def _bounded_brotli(body: bytes, limit: int) -> bytes:
    # Brotli reaches far higher ratios than gzip: the output cap matters even more here.
    decompressor = brotli.Decompressor()
    try:
        out: bytes = decompressor.process(body, output_buffer_limit=limit + 1)
    except brotli.error as exc:
        raise Undecodable(f"corrupt brotli body: {exc}", stage=Stage.DECODE) from None
    if len(out) > limit:
        raise TooLarge(f"body inflates beyond {limit} bytes", stage=Stage.DECODE)
    if not decompressor.is_finished():
        raise Undecodable("truncated brotli body", stage=Stage.DECODE)
    return out


def _declared_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _CHARSET_PARAM.search(content_type.encode("ascii", errors="ignore"))
    return _known_codec(match.group(1).decode("ascii")) if match else None


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _to_text(body: bytes, declared: str | None) -> tuple[str, str, bool]:
    """The text, its charset, and whether the text is the strict UTF-8 decoding of ``body``
    (its bytes are then the text's UTF-8 encoding, byte for byte)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            try:
                return body.decode(name), name, False
            except UnicodeDecodeError as exc:
                raise Undecodable(f"invalid {name} after BOM: {exc}", stage=Stage.DECODE) from None
    if declared is None:
        meta = _META_CHARSET.search(body[:4096])
        declared = _known_codec(meta.group(1).decode("ascii")) if meta else None
    if declared is not None:
        return _declared_text(body, declared)
    try:
        return body.decode("utf-8"), "utf-8", True
    except UnicodeDecodeError as exc:
        legacy = _windows_1252(body, exc)
        text = legacy if legacy is not None else _mostly_utf8(body)
        if text is None:
            raise Undecodable(
                f"not valid UTF-8 and no charset declared (byte {exc.start})", stage=Stage.DECODE
            ) from None
        return text, "utf-8" if legacy is None else "cp1252", False


def _text_unless_utf8(body: bytes, declared: str | None) -> tuple[str | None, str, bool]:
    """``_to_text``, with None for the text where it is ``body``'s strict UTF-8 decoding: that
    is checked, in pieces that stay in the CPU's caches, and made only if read."""
    if body.startswith(_BOM_STARTS):
        return _to_text(body, declared)
    if declared is None:
        meta = _META_CHARSET.search(body[:4096])
        declared = _known_codec(meta.group(1).decode("ascii")) if meta else None
    # No label or UTF-8 (not one ``latin_labelled`` reads): ``_to_text`` decodes strictly.
    if declared in {None, "utf-8"} and _valid_utf8(body):
        return None, "utf-8", True
    return _to_text(body, declared)


#: Bytes the strict UTF-8 check decodes at a time: a str of at most 64 KB, under malloc's
#: threshold for a fresh mapping (a whole page's str, ~0.5 MB in UCS-2, faulted its pages in).
_CHECK_BYTES = 16384


def _valid_utf8(body: bytes) -> bool:
    """Whether ``body.decode("utf-8")`` succeeds, decoded a piece at a time (the incremental
    decoder's rule: a character cut between pieces is read with the next one)."""
    view, start, size = memoryview(body), 0, len(body)
    try:
        while start < size:
            end = min(start + _CHECK_BYTES, size)
            start += codecs.utf_8_decode(view[start:end], "strict", end == size)[1]
    except UnicodeDecodeError:
        return False
    return True


def _declared_text(body: bytes, declared: str) -> tuple[str, str, bool]:
    """``_to_text`` of a body whose charset is declared."""
    if (latin := latin_labelled(body, declared)) is not None:
        # Exact only when the text is all of the body (not a cut one's readable part).
        exact = latin[1] == "utf-8" and len(latin[0].encode()) == len(body)
        return latin[0], latin[1], exact
    try:
        return body.decode(declared), declared, declared == "utf-8"
    except UnicodeDecodeError:
        # Pages often declare latin-1 while serving UTF-8, or the reverse: try UTF-8 first,
        # then keep the declared charset with replacement characters rather than lose the page.
        try:
            return body.decode("utf-8"), "utf-8", True
        except UnicodeDecodeError as exc:
            # Labelled UTF-8 but windows-1252 throughout (a transcoding proxy, a template whose
            # <meta> says UTF-8): read as browsers read it, not letter by letter as U+FFFD.
            legacy = _windows_1252(body, exc) if declared == "utf-8" else None
            if legacy is not None:
                return legacy, "cp1252", False
            return body.decode(declared, errors="replace"), declared, False


def _windows_1252(body: bytes, error: UnicodeDecodeError) -> str | None:
    """The windows-1252 text of an HTML body UTF-8 cannot read (see legacy_charset). A body
    whose only fault is its end (a download cut inside a character) is UTF-8: not this."""
    return None if error.reason == "unexpected end of data" else windows_1252_html(body)


#: At most one stray byte per this many bytes still makes an undeclared body UTF-8 text.
_STRAY_BYTES_PER = 1000


def _mostly_utf8(body: bytes) -> str | None:
    """The UTF-8 text of an undeclared body that is UTF-8 but for a cut or a few stray bytes.

    Two shapes of real pages break strict UTF-8 without being in another charset: a download cut
    off inside a multi-byte character (the last 1-3 bytes are half a character), and a UTF-8 page
    with a rare byte pasted from windows-1252 (a ``\x92`` quote in one paragraph). Losing the
    whole page as ``undecodable`` for them is a silent loss; a browser shows the page. The cut is
    dropped and each stray byte becomes U+FFFD. Bodies with more stray bytes than one in
    ``_STRAY_BYTES_PER`` (a legacy-charset text, an image, random bytes) stay undecodable."""
    # Not final: a character cut at the end of the body stays in the decoder's buffer, unread.
    text = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(body, final=False)
    stray = text.count("\ufffd") - body.count("\ufffd".encode())
    return text if stray * _STRAY_BYTES_PER <= len(body) else None


def _content_type(header_ct: str | None) -> ContentType | None:
    if not header_ct:
        return None
    mime = header_ct.split(";", 1)[0].strip().lower()
    if mime in {"text/html", "application/xhtml+xml"}:
        return "text/html"
    if mime == "text/plain":
        return "text/plain"
    return None


def _sniff_content_type(text: str) -> ContentType:
    head = text[:4096]
    return "text/html" if len(_HTML_SNIFF.findall(head)) >= 2 else "text/plain"


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None
