"""The hostile-input corpus: each case is a raw message (value and headers, generated here where
large) and the outcome it must have: an Article, or a DeadLetter with a given reason.

Used by tests/pipeline/test_hostile.py (pipeline) and tests/test_hostile_kafka.py (through the
real broker). ``python -m tests.corpus.hostile DIR`` writes the cases to DIR for inspection.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.support import SEED

ARTICLE = "article"
Headers = tuple[tuple[str, bytes], ...]


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[], tuple[bytes, Headers]]
    #: "article" or a DeadLetter reason.
    expect: str
    #: Too big to publish to the test broker (its limit is 16 MB).
    broker: bool = True


def _text() -> str:
    return SEED.read_text(encoding="utf-8")


def _plain(value: bytes, **headers: str) -> tuple[bytes, Headers]:
    return value, tuple((k.replace("_", "-"), v.encode()) for k, v in headers.items())


def _bomb(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip container
    chunk = b"\0" * (1 << 20)
    out = [compressor.compress(chunk) for _ in range(size >> 20)]
    return b"".join(out) + compressor.flush()


def _nested(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + "x" + "</div>" * depth + "</body></html>").encode()


def _siblings(count: int) -> bytes:
    return ("<html><body>" + "<p>a</p>" * count + "</body></html>").encode()


def _page(body: str) -> bytes:
    return f"<html><head><title>T</title></head><body>{body}</body></html>".encode()


def _envelope(**fields: object) -> tuple[bytes, Headers]:
    return json.dumps(fields).encode(), ()


ARTICLE_HTML = (
    "<article><h1>Judul berita yang cukup panjang untuk sebuah artikel</h1>"
    + "".join(f"<p>{line}</p>" for line in _text().split("\n") if len(line) > 80)
    + "</article>"
)

CASES: list[Case] = [
    Case("empty value", lambda: (b"", ()), "no_content"),
    Case("whitespace only", lambda: (b" \n\t\r\n  \xc2\xa0 ", ()), "no_content"),
    Case("png image", lambda: (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, ()), "undecodable"),
    Case(
        "pdf document",
        lambda: (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(128, 256)) * 40, ()),
        "undecodable",
    ),
    Case("random bytes", lambda: (random.Random(7).randbytes(65536), ()), "undecodable"),
    Case("invalid utf-8, no charset", lambda: (b"Caf\xe9 " * 200, ()), "undecodable"),
    # Declared UTF-8 is decoded with replacement characters, as browsers do; what is left of
    # this one is no article.
    Case(
        "invalid utf-8 declared utf-8",
        lambda: _plain(b"Caf\xe9 " * 200, content_type="text/plain; charset=utf-8"),
        "no_content",
    ),
    Case(
        "latin-1 declared",
        lambda: _plain(
            _text().replace("\u00a0", " ").encode("latin-1", "replace"),
            content_type="text/plain; charset=iso-8859-1",
        ),
        ARTICLE,
    ),
    Case("utf-16 with bom", lambda: (_text().encode("utf-16"), ()), ARTICLE),
    Case(
        "wrong declared charset",
        lambda: _plain(_text().encode(), content_type="text/plain; charset=windows-1252"),
        ARTICLE,
    ),
    Case(
        "mojibake", lambda: (_text().encode("utf-8").decode("latin-1").encode("utf-8"), ()), ARTICLE
    ),
    Case(
        "gzip body",
        lambda: _plain(gzip.compress(_text().encode()), content_encoding="gzip"),
        ARTICLE,
    ),
    Case(
        "deflate body",
        lambda: _plain(zlib.compress(_text().encode()), content_encoding="deflate"),
        ARTICLE,
    ),
    Case(
        "brotli body",
        lambda: _plain(b"\x1b\x03\x00\xf8\xa5\x0f" * 50, content_encoding="br"),
        "undecodable",
    ),
    Case(
        "truncated gzip",
        lambda: _plain(gzip.compress(_text().encode())[:200], content_encoding="gzip"),
        "undecodable",
    ),
    Case("gzip bomb 1 GB", lambda: _plain(_bomb(1 << 30), content_encoding="gzip"), "too_large"),
    Case("50 MB value", lambda: (b"a " * (25 << 20), ()), "too_large", broker=False),
    Case(
        "just under the size limit",
        lambda: ((_text() + "\n\n").encode() * ((10 << 20) // 4100), ()),
        ARTICLE,
    ),
    Case("html nested 100,000 deep", lambda: (_nested(100_000), ()), "too_complex"),
    Case("1,000,000 sibling nodes", lambda: (_siblings(1_000_000), ()), "too_complex"),
    Case(
        "unterminated comment",
        lambda: (_page(ARTICLE_HTML + "<!-- never closed " + "x" * 10000), ()),
        ARTICLE,
    ),
    Case(
        "unterminated script", lambda: (_page("<script>var a = '" + "x" * 100000), ()), "no_content"
    ),
    Case(
        "unterminated cdata", lambda: (_page(ARTICLE_HTML + "<![CDATA[" + "y" * 10000), ()), ARTICLE
    ),
    Case(
        "one giant script",
        lambda: (_page("<script>" + "var x = 1;\n" * 300000 + "</script>"), ()),
        "no_content",
    ),
    Case(
        "one giant style",
        lambda: (_page("<style>" + "p{color:red}\n" * 300000 + "</style>"), ()),
        "no_content",
    ),
    Case(
        "only navigation",
        lambda: (
            _page("<nav><ul>" + "<li><a href='/x'>Section</a></li>" * 500 + "</ul></nav>"),
            (),
        ),
        "no_content",
    ),
    Case(
        "envelope body of wrong type",
        lambda: _envelope(url="https://x.org/a", body=12345),
        "invalid_envelope",
    ),
    Case(
        "envelope without body",
        lambda: _envelope(url="https://x.org/a", content_type="text/plain"),
        "invalid_envelope",
    ),
    Case(
        "envelope body null",
        lambda: _envelope(url="https://x.org/a", body=None),
        "invalid_envelope",
    ),
    Case(
        "envelope with extra fields",
        lambda: _envelope(url="https://x.org/a", body=_text(), crawler={"id": 1}, tags=["x"]),
        ARTICLE,
    ),
    Case(
        "envelope with a 5 MB url",
        lambda: _envelope(url="https://x.org/" + "a" * (5 << 20), body=_text()),
        "invalid_envelope",
    ),
    # JSON that escapes a lone surrogate has no UTF-8 form: the envelope is invalid.
    Case(
        "envelope with lone surrogates",
        lambda: (
            b'{"url": "https://x.org/\\ud800", "body": "\\udfff '
            + _text().encode("unicode_escape").replace(b'"', b"'")
            + b'"}',
            (),
        ),
        "invalid_envelope",
    ),
    Case(
        "control characters",
        lambda: (" \x01\x02\x1b[31m ".join(_text().split(" ")).encode(), ()),
        ARTICLE,
    ),
    Case("nul bytes", lambda: ("\x00 ".join(_text().split(" ")).encode(), ()), ARTICLE),
    Case(
        "headers with invalid utf-8",
        lambda: (
            _text().encode(),
            (("url", b"https://x.org/\xff\xfe"), ("content-type", b"text/\xffplain")),
        ),
        ARTICLE,
    ),
    Case("1 MB of dashes", lambda: (b"-" * (1 << 20), ()), "no_content"),
    Case(
        "1 MB of spaces between two words",
        lambda: (b"a" + b" " * (1 << 20) + b"b", ()),
        "no_content",
    ),
    Case("1 MB word without spaces", lambda: (b"a" * (1 << 20), ()), "no_content"),
    Case(
        "100k 'Baca Juga:' promo lines",
        lambda: (("Judul\n\n" + "Baca Juga: x\n" * 100_000).encode(), ()),
        "no_content",
    ),
    Case(
        "date-like digits",
        lambda: (("Judul\n\n" + "1/1/1/1 " * 200_000 + "\n" + _text()).encode(), ()),
        ARTICLE,
    ),
    Case(
        "1 MB of '<'", lambda: (b"<" * (1 << 20), (("content-type", b"text/html"),)), "too_complex"
    ),
    Case(
        "attribute soup",
        lambda: (_page("<div " + 'a="b" ' * 100_000 + ">" + ARTICLE_HTML + "</div>"), ()),
        ARTICLE,
    ),
]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("tests/corpus/hostile")
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for index, case in enumerate(CASES):
        value, headers = case.make()
        name = (
            f"{index:02d}-{case.name.replace(' ', '-').replace(',', '').replace(chr(39), '')}.bin"
        )
        (out / name).write_bytes(value)
        manifest.append(
            {
                "file": name,
                "expect": case.expect,
                "headers": [[k, v.decode("latin-1")] for k, v in headers],
            }
        )
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
