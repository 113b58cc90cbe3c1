"""How the pipeline holds up on real pages bent the way crawlers bring them back.

``python -m newswire.bench.mutations --every 5`` runs every 5th development page (wcxb-dev, then
ScrapingHub) through ``Pipeline.process`` (what ``newswire process`` runs), as it is and under
each mutation of ``MUTATIONS``, and prints per mutation: the outcomes (``Article`` or the
DeadLetter's reason), per half (A, B, and SH for ScrapingHub) how many pages became a DeadLetter
or an Article with under half of the unmutated page's words, and the CPU time against the
unmutated page's. Then the pages lost that way and the slowest runs. A mutation that leaves a
page's bytes as they are (a page without navigation for ``nav_div_open``) is not run on it.
``--json`` writes every run. Every page must end as an Article or a DeadLetter with a true
reason: an ``extraction_failed`` (an exception inside the pipeline) is a bug, as is a hang.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from newswire.bench.corpora import Page, scrapinghub_pages, wcxb_pages
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord

_BODY = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)
# The start of a page's navigation: a <nav>, or an element whose class or id names it one.
_NAV = re.compile(
    rb"<(?:nav\b|(?:div|ul|header)\b[^>]*\b(?:class|id)\s*=\s*[\"'][^\"']*(?:nav|menu))",
    re.IGNORECASE,
)
_DIV_END = re.compile(rb"</div\s*>", re.IGNORECASE)
_TAG = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9]*)")
_CHARSET = re.compile(rb"(<meta[^>]*charset\s*=\s*[\"']?)[\w-]+", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!doctype[^>]*>", re.IGNORECASE)


def cut(share: float) -> Callable[[bytes], bytes]:
    """A download cut short: the first ``share`` of the bytes."""
    return lambda html: html[: int(len(html) * share)]


def nav_div_open(html: bytes) -> bytes:
    """The first ``</div>`` after the start of the page's navigation left out: a template's
    menu with one unclosed <div>, which nests the rest of the page inside the navigation."""
    nav = _NAV.search(html)
    end = _DIV_END.search(html, nav.end()) if nav else None
    return html[: end.start()] + html[end.end() :] if end else html


def body_in_noscript(html: bytes) -> bytes:
    """The whole body inside one <noscript>: a script-built page's copy for crawlers."""
    start, ends = _BODY.search(html), [m.start() for m in _BODY_END.finditer(html)]
    if start is None or not ends or ends[-1] < start.end():
        return html
    inner = html[start.end() : ends[-1]]
    return html[: start.end()] + b"<noscript>" + inner + b"</noscript>" + html[ends[-1] :]


def upper_tags(html: bytes) -> bytes:
    """Every tag name in capitals, as old hand-written and generated pages have them."""
    return _TAG.sub(lambda m: b"<" + m[1] + m[2].upper(), html)


def xhtml(html: bytes) -> bytes:
    """An XML prolog and the XHTML 1.0 doctype in front, as old CMSes serve pages."""
    prolog = (
        b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
        b'Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    )
    return prolog + _DOCTYPE.sub(b"", html)


def mislabelled_1252(html: bytes) -> bytes:
    """Re-encoded in windows-1252 and still labelled UTF-8 (a proxy that transcodes)."""
    text = html.decode("utf-8", "replace").encode("windows-1252", "replace")
    return _CHARSET.sub(rb"\g<1>utf-8", text, count=1)


def utf16(html: bytes) -> bytes:
    """UTF-16 with its byte-order mark, the label left as it is."""
    return b"\xff\xfe" + html.decode("utf-8", "replace").encode("utf-16-le")


def no_p_ends(html: bytes) -> bytes:
    """Paragraphs never closed (``</p>`` left out, as HTML allows)."""
    return re.sub(rb"</p\s*>", b"", html, flags=re.IGNORECASE)


#: Elements whose text is kept as written (whitespace in ``<pre>``, code in ``<script>``): a
#: minifier or a pretty-printer leaves them alone, and so do the rewrites below.
_RAW_TEXT = rb"<(script|style|pre|textarea)\b.*?</\1\s*>"
_GAP_WITH_NEWLINE = re.compile(_RAW_TEXT + rb"|(?<=>)[ \t]*(?:\r?\n[ \t]*)+(?=<)", re.DOTALL | re.I)
_ANY_TAG = re.compile(_RAW_TEXT + rb"|<[/!?]?[A-Za-z][^<>]*>", re.DOTALL | re.IGNORECASE)
_HTML_START = re.compile(rb"<html\b[^>]*>", re.IGNORECASE)
_HTML_END = re.compile(rb"</html\s*>", re.IGNORECASE)


def minified(html: bytes) -> bytes:
    """Every run of whitespace holding a newline between two tags taken out: a minified page."""
    return _GAP_WITH_NEWLINE.sub(lambda m: m[0] if m[1] else b"", html)


def tag_lines(html: bytes) -> bytes:
    """Every tag on a line of its own: a page pretty-printed by a crawler's HTML tidier."""
    return _ANY_TAG.sub(lambda m: m[0] if m[1] else b"\n" + m[0] + b"\n", html)


def charset_label(label: bytes) -> Callable[[bytes], bytes]:
    """The page's bytes kept, each ``charset=`` of its ``<meta>`` tags made ``label`` (one
    ``<meta charset>`` added after ``<head>`` when it has none): a template's stale label."""

    def relabel(html: bytes) -> bytes:
        out, count = _CHARSET.subn(rb"\g<1>" + label, html)
        if count:
            return out
        return re.sub(
            rb"(<head\b[^>]*>)",
            rb'\1<meta charset="' + label + b'">',
            html,
            count=1,
            flags=re.IGNORECASE,
        )

    return relabel


def bom_and_label(label: bytes) -> Callable[[bytes], bytes]:
    """A UTF-8 byte-order mark in front and the ``<meta>`` labels made ``label``: an editor's
    BOM on a template whose label says another charset (the BOM wins, in browsers)."""
    relabel = charset_label(label)
    return lambda html: b"\xef\xbb\xbf" + relabel(html.removeprefix(b"\xef\xbb\xbf"))


def deep(depth: int) -> Callable[[bytes], bytes]:
    """The body's content inside ``depth`` nested ``<div>``s: a page builder's wrappers."""

    def wrap(html: bytes) -> bytes:
        start, ends = _BODY.search(html), [m.start() for m in _BODY_END.finditer(html)]
        if start is None or not ends or ends[-1] < start.end():
            return html
        inner = html[start.end() : ends[-1]]
        return html[: start.end()] + b"<div>" * depth + inner + b"</div>" * depth + html[ends[-1] :]

    return wrap


def doubled_document(html: bytes) -> bytes:
    """The first ``<html>`` and ``<body>`` tags written twice and the last ``</body>`` and
    ``</html>`` too: a CMS that includes a whole document's template into another."""
    for pattern in (_HTML_START, _BODY):
        start = pattern.search(html)
        if start:
            html = html[: start.end()] + start[0] + html[start.end() :]
    for pattern in (_BODY_END, _HTML_END):
        ends = list(pattern.finditer(html))
        if ends:
            html = html[: ends[-1].start()] + ends[-1][0] + html[ends[-1].start() :]
    return html


def crlf(html: bytes) -> bytes:
    """Every line ended with CR LF, as a Windows server writes its files."""
    return html.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def nul_bytes(every: int) -> Callable[[bytes], bytes]:
    """A NUL byte after about every ``every`` bytes (never inside a UTF-8 character): a
    proxy's or a storage layer's padding leaking into the body."""

    def sprinkle(html: bytes) -> bytes:
        out, at = [], 0
        while at + every < len(html):
            end = at + every
            while end < len(html) and 0x80 <= html[end] < 0xC0:  # a continuation byte
                end += 1
            out += [html[at:end], b"\0"]
            at = end
        return b"".join([*out, html[at:]])

    return sprinkle


#: The mutations, by name: each a shape real crawls bring back.
MUTATIONS: dict[str, Callable[[bytes], bytes]] = {
    "cut_90": cut(0.9),
    "cut_75": cut(0.75),
    "cut_40": cut(0.4),
    "minified": minified,
    "tag_lines": tag_lines,
    "label_1252": charset_label(b"windows-1252"),
    "label_latin1": charset_label(b"ISO-8859-1"),
    "bom_label_1252": bom_and_label(b"windows-1252"),
    "deep_5": deep(5),
    "deep_20": deep(20),
    "deep_300": deep(300),
    "deep_1500": deep(1500),
    "deep_3000": deep(3000),
    "doubled_document": doubled_document,
    "crlf": crlf,
    "nul_bytes": nul_bytes(500),
    "nav_div_open": nav_div_open,
    "body_in_noscript": body_in_noscript,
    "upper_tags": upper_tags,
    "xhtml": xhtml,
    "mislabelled_1252": mislabelled_1252,
    "utf16": utf16,
    "no_p_ends": no_p_ends,
}


@dataclasses.dataclass(frozen=True, slots=True)
class Run:
    """One page under one mutation (``none``: as it is)."""

    page: str
    half: str
    mutation: str
    outcome: str
    words: int
    cpu_ms: float


def half(page: Page) -> str:
    """The page's half (A or B) or ``SH`` for a ScrapingHub page."""
    return page.half if page.corpus == "wcxb" else "SH"


def run(pipe: Pipeline, page: Page, html: bytes, mutation: str) -> Run:
    """``html`` (the page's bytes, mutated) through the pipeline, timed in CPU."""
    record = InRecord("bench", 0, 0, -1, None, dataclasses.replace(page, html=html).envelope(), ())
    start = time.process_time()
    result = json.loads(pipe.process(record).result.model_dump_json())
    cpu_ms = (time.process_time() - start) * 1000
    outcome = result.get("reason") or "Article"
    words = int(result.get("word_count") or 0)
    return Run(f"{page.corpus}/{page.id}", half(page), mutation, outcome, words, cpu_ms)


def sweep(pages: Iterable[Page], mutations: Sequence[str]) -> list[Run]:
    """Every page as it is and under each of ``mutations`` that changes its bytes."""
    pipe = Pipeline(PipelineOptions())
    runs: list[Run] = []
    for page in pages:
        runs.append(run(pipe, page, page.html, "none"))
        for name in mutations:
            mutated = MUTATIONS[name](page.html)
            if mutated != page.html:
                runs.append(run(pipe, page, mutated, name))
    return runs


def lost(runs: Sequence[Run]) -> list[tuple[Run, Run]]:
    """(unmutated, mutated) for every mutated run of a page that was an Article as it is and
    became a DeadLetter or kept under half of its words."""
    base = {r.page: r for r in runs if r.mutation == "none"}
    return [
        (base[r.page], r)
        for r in runs
        if r.mutation != "none"
        and base[r.page].outcome == "Article"
        and (r.outcome != "Article" or r.words * 2 < base[r.page].words)
    ]


def report(runs: Sequence[Run], *, show: int = 20) -> str:
    """The tables described in the module's docstring."""
    base = {r.page: r for r in runs if r.mutation == "none"}
    losses = lost(runs)
    lines = ["| mutation | runs | outcomes | lost A / B / SH | CPU vs as is (median, max) |"]
    lines.append("|---|---|---|---|---|")
    for name in ["none", *MUTATIONS]:
        mine = [r for r in runs if r.mutation == name]
        if not mine:
            continue
        outcomes = ", ".join(f"{k} {v}" for k, v in Counter(r.outcome for r in mine).most_common())
        by_half = Counter(m.half for _, m in losses if m.mutation == name)
        ratios = sorted(r.cpu_ms / max(base[r.page].cpu_ms, 1.0) for r in mine)
        spread = f"{ratios[len(ratios) // 2]:.2f}x, {ratios[-1]:.2f}x"
        halves = " / ".join(str(by_half[h]) for h in ("A", "B", "SH"))
        lines.append(f"| {name} | {len(mine)} | {outcomes} | {halves} | {spread} |")
    lines.append("\nLost (DeadLetter, or under half the words):")
    lines += [
        f"- {m.page} ({m.half}) {m.mutation}: {m.outcome} {m.words} words, as is {b.words}"
        for b, m in losses[:show]
    ]
    slow = sorted(
        (r for r in runs if r.mutation != "none"),
        key=lambda r: r.cpu_ms / max(base[r.page].cpu_ms, 1.0),
        reverse=True,
    )
    lines.append("\nSlowest against the page as it is:")
    lines += [
        f"- {r.page} {r.mutation}: {r.cpu_ms:.0f} ms, as is {base[r.page].cpu_ms:.0f} ms"
        for r in slow[: min(show, 10)]
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--every", type=int, default=5, help="every Nth page (default 5)")
    parser.add_argument("--half", choices=("A", "B"), help="wcxb-dev pages of one half only")
    parser.add_argument("--mutations", default=",".join(MUTATIONS), help="comma-separated")
    parser.add_argument("--show", type=int, default=20, help="lost pages listed")
    parser.add_argument("--json", type=Path, help="write every run here")
    args = parser.parse_args(argv)
    names = [name for name in args.mutations.split(",") if name]
    unknown = [name for name in names if name not in MUTATIONS]
    if unknown:
        parser.error(f"unknown mutations: {', '.join(unknown)}")
    corpus = [*wcxb_pages(half=args.half), *([] if args.half else scrapinghub_pages())]
    runs = sweep(corpus[:: args.every], names)
    if args.json:
        args.json.write_text("\n".join(json.dumps(dataclasses.asdict(r)) for r in runs) + "\n")
    print(report(runs, show=args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
