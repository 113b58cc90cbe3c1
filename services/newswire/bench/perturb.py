"""How much the extractor leans on names: dev pages scored as they are and with their names hidden.

``python -m newswire.bench.perturb --half A`` runs devscore's pipeline over each page five ways:

* ``as is``: the page's own bytes;
* ``hashed``: every class token and id value replaced by a stable digest of itself, as CSS
  modules, styled-components and Tailwind builds leave them (the same name gives the same digest,
  so repetition across siblings survives; the words do not) — but for React's streamed
  segments' ids (``S:0``, ``B:0``), which the framework makes at run time, not a stylist;
* ``div tags``: ``<article>``, ``<main>``, ``<aside>``, ``<nav>``, ``<header>``, ``<footer>``
  renamed to ``<div>``, as on sites built without semantic tags;
* ``both``: the two at once;
* ``bare meta``: no structured data — JSON-LD scripts, ``<meta>`` tags (but charset, viewport
  and ``http-equiv``) and microdata's ``itemprop``/``itemtype``/``itemscope`` removed, as a small
  site's CMS prints its pages; what is left for title, byline and date is the visible page.

``--variants crawl`` runs instead the shapes crawls bring pages back in (``mutations``' byte
rewrites: a download cut at 40 % / 75 %, minified or pretty-printed markup, a charset label that
lies, a BOM against the label, capital tag names, the story 5 to 3,000 ``<div>`` s deep, a
body in ``<noscript>``, doubled ``<html>``/``<body>`` tags, CR LF line ends, NUL bytes) and
prints one line a variant: F1, title and date rates, and the DeadLetters by reason.

For the name variants it prints body word-F1 for articles and all types per half for each, then the title exact /
author right / date right rates (of the pages whose truth has the field) the same way, and the
pages that lose most. ``role=``, ``aria-*``, ``itemprop`` and every other attribute stay: hashed sites keep them.
The page's bytes are rewritten with regular expressions over its tags (no re-serialization), so
the ``as is`` column is devscore's figure and any difference comes from the names alone.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from newswire.bench.corpora import Page
from newswire.bench.devscore import page_arguments, run, selected_pages
from newswire.bench.mutations import MUTATIONS
from newswire.bench.scoring import PageScore, mean_f1, rate

#: A start or end tag; quoted attribute values may hold ``<`` or ``>``.
_TAG = re.compile(rb"""<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>""")
#: A class or id attribute (not ``data-id`` nor ``xml:id``) with its value, quoted or not, and
#: the attributes that name ids (``aria-controls``, ``for`` …): a build that renames an id renames
#: its references with it, or its accordions, labels and tabs would stop working. (Until session
#: 66 they kept the old ids, and the pipeline, which shows a hidden panel only when a button's
#: ``aria-controls`` names it, lost such panels on hashed pages that no real build loses.)
_NAME_ATTR = re.compile(
    rb"""(?<![\w:-])(class|id|aria-controls|aria-labelledby|aria-describedby|aria-owns|for)"""
    rb"""(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)""",
    re.IGNORECASE,
)
#: The tags that say what a region is; a site without them wraps everything in ``<div>``.
SEMANTIC_TAGS = frozenset({b"article", b"main", b"aside", b"nav", b"header", b"footer"})


def digest(name: bytes) -> bytes:
    """A stable stand-in for a class token or id: ``q`` and eight digits, so no word of the
    name survives and no word can be read into the digest."""
    number = int.from_bytes(hashlib.sha1(name).digest()[:8], "big") % 10**8  # noqa: S324
    return b"q%08d" % number


#: The ids React's streamed rendering gives its placeholders and segments (``<template
#: id="B:0">``, ``<div hidden id="S:0">``, joined by ``$RC("B:0","S:0")`` in a script): made by
#: the framework at run time, not written by a stylist, so no build that hashes names renames
#: them, and a digest would cut the segment from its place (the story lost with it).
_STREAM_ID = re.compile(rb"[A-Z]:\d+")


def _hash_value(quoted: bytes, *, is_id: bool) -> bytes:
    quote = quoted[:1] if quoted[:1] in (b'"', b"'") else b""
    value = quoted[1:-1] if quote else quoted
    if is_id and _STREAM_ID.fullmatch(value.strip()):
        return quoted
    hashed = b" ".join(digest(token) for token in value.split())
    return quote + hashed + quote


def _hash_attrs(attrs: bytes) -> bytes:
    return _NAME_ATTR.sub(
        lambda m: m[1] + m[2] + _hash_value(m[3], is_id=m[1].lower() != b"class"), attrs
    )


#: A ``<style>`` element's sheet, and in it a selector's part before each ``{``: a rule's
#: selectors or a group's condition (``@media …``), never the declarations, which end at ``}``.
_STYLE_SHEET = re.compile(rb"(<style\b[^>]*>)(.*?)(</style\s*>)", re.DOTALL | re.IGNORECASE)
_PRELUDE = re.compile(rb"[^{}]*(?=\{)")
#: A class or id in a selector, its CSS escapes included (Tailwind's ``.md\:hidden`` is the
#: class ``md:hidden``); not a number (``.5em``) nor a colour (a digit first), nor a quoted
#: value's dot (``[href$=".pdf"]``), which the alternation's first branch takes as it is.
_SELECTOR_NAME = re.compile(rb"\"[^\"]*\"|'[^']*'|([.#])((?:[_a-zA-Z-]|\\.)(?:[\w-]|\\.)*)")
_ESCAPE = re.compile(rb"\\(.)")


def _hash_selectors(prelude: re.Match[bytes]) -> bytes:
    text = prelude[0]
    if text.lstrip().startswith(b"@"):
        return text
    return _SELECTOR_NAME.sub(
        lambda m: m[1] + digest(_ESCAPE.sub(rb"\1", m[2])) if m[1] else m[0], text
    )


def _hash_sheet(sheet: re.Match[bytes]) -> bytes:
    """A ``<style>`` element with each class and id of its selectors hashed as the markup's
    are: a build that renames a class renames it in its style sheet (CSS modules, Emotion),
    so a rule still finds the elements it styles."""
    return sheet[1] + _PRELUDE.sub(_hash_selectors, sheet[2]) + sheet[3]


def perturb(html: bytes, *, hash_names: bool, plain_tags: bool) -> bytes:
    """``html`` with its class/id names hashed (``hash_names``) and its semantic region tags
    renamed to ``div`` (``plain_tags``); text, scripts' JSON-LD and other attributes untouched."""

    def tag(match: re.Match[bytes]) -> bytes:
        slash, name, attrs = match[1], match[2], match[3]
        if plain_tags and name.lower() in SEMANTIC_TAGS:
            name = b"div"
        if hash_names:
            attrs = _hash_attrs(attrs)
        return b"<" + slash + name + attrs + b">"

    if hash_names:
        html = _STYLE_SHEET.sub(_hash_sheet, html)
    return _TAG.sub(tag, html)


#: A JSON-LD script, whole (its type quoted or not, in any case, its "+" written as a character
#: reference or not: an ASP.NET template prints ``type="application/ld&#x2B;json"``, which the
#: parser decodes and the pipeline reads as JSON-LD, so it must go too).
_JSON_LD = re.compile(
    rb"""<script\b[^>]*\btype\s*=\s*["']?application/ld(?:\+|&#x0*2b;|&#0*43;|&plus;)json\b"""
    rb"""[^>]*>.*?</script\s*>""",
    re.DOTALL | re.IGNORECASE,
)
#: What a bare ``<meta>`` keeps: the encoding and the viewport, which every template prints
#: and which say nothing of the story, and ``http-equiv`` (refresh, content type).
_META_KEPT = re.compile(
    rb"""(?<![\w:-])(charset|http-equiv)\s*=|(?<![\w:-])name\s*=\s*["']?viewport\b""",
    re.IGNORECASE,
)
#: Microdata's attributes, valued or not.
_MICRODATA = re.compile(
    rb"""\s(?:itemprop|itemtype|itemscope|itemid|itemref)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"""
    rb"""(?=[\s/>]|$)""",
    re.IGNORECASE,
)


def bare_meta(html: bytes) -> bytes:
    """``html`` as a CMS with no structured data prints it: no JSON-LD script, no ``<meta>``
    but charset, viewport and ``http-equiv`` ones, no microdata attribute; text, ``<title>``,
    ``<time>`` and every other tag and attribute untouched."""

    def tag(match: re.Match[bytes]) -> bytes:
        slash, name, attrs = match[1], match[2], match[3]
        if name.lower() == b"meta" and not _META_KEPT.search(attrs):
            return b""
        return b"<" + slash + name + _MICRODATA.sub(b"", attrs) + b">"

    return _TAG.sub(tag, _JSON_LD.sub(b"", html))


#: The rewrites of names, region tags and metadata (``--variants names``, the default).
NAME_VARIANTS: dict[str, Callable[[bytes], bytes]] = {
    "as is": lambda html: html,
    "hashed": lambda html: perturb(html, hash_names=True, plain_tags=False),
    "div tags": lambda html: perturb(html, hash_names=False, plain_tags=True),
    "both": lambda html: perturb(html, hash_names=True, plain_tags=True),
    "bare meta": bare_meta,
}
#: The shapes of mangled pages crawls deliver (``--variants crawl``), from ``mutations``.
CRAWL = (
    "cut_75",
    "cut_40",
    "minified",
    "tag_lines",
    "label_1252",
    "label_latin1",
    "mislabelled_1252",
    "bom_label_1252",
    "upper_tags",
    "deep_5",
    "deep_20",
    "deep_300",
    "deep_1500",
    "deep_3000",
    "body_in_noscript",
    "doubled_document",
    "crlf",
    "nul_bytes",
)
VARIANTS: dict[str, Callable[[bytes], bytes]] = {
    **NAME_VARIANTS,
    **{name: MUTATIONS[name] for name in CRAWL},
}
#: Names ``--variants`` takes for a group of variants.
GROUPS = {"names": list(NAME_VARIANTS), "crawl": list(CRAWL)}


def _cell(rows: Sequence[PageScore]) -> str:
    return f"{mean_f1(rows)[0]:.4f}" if rows else "-"


def _scope(half: str | None, *, articles: bool) -> Callable[[PageScore], bool]:
    return lambda row: (
        (half is None or row.half == half) and (not articles or row.type == "article")
    )


#: The metadata rates printed per variant: PageScore's field and its label.
METADATA = (("title_ok", "title exact"), ("author_ok", "author right"), ("date_ok", "date right"))


def rate_cell(rows: Sequence[PageScore], key: str) -> str:
    """The share of ``rows`` whose ``key`` check holds, of those where the truth has the field
    (six places: one page in 365 moves the fourth); ``-`` when none has it."""
    found = rate(getattr(row, key) for row in rows)
    return "-" if found is None else f"{found[0]:.6f}"


def _scopes(results: dict[str, list[PageScore]]) -> list[tuple[str, Callable[[PageScore], bool]]]:
    first = next(iter(results.values()))
    halves = sorted({row.half for row in first})
    scopes: list[tuple[str, Callable[[PageScore], bool]]] = []
    for half in [*halves, None] if len(halves) > 1 else [None]:
        where = f"half {half}" if half else "all"
        scopes.append((f"{where}, articles", _scope(half, articles=True)))
        scopes.append((f"{where}, all types", _scope(half, articles=False)))
    return scopes


def print_table(results: dict[str, list[PageScore]]) -> None:
    """Body word-F1 per variant, then each metadata rate: articles and all types, per half
    and over both."""
    scopes = _scopes(results)
    print(f"{'body word-F1':26}" + "".join(f"{name:>10}" for name in results))
    for label, keep in scopes:
        cells = [_cell([row for row in rows if keep(row)]) for rows in results.values()]
        print(f"{label:26}" + "".join(f"{cell:>10}" for cell in cells))
    for key, title in METADATA:
        print(f"\n{title:26}" + "".join(f"{name:>10}" for name in results))
        for label, keep in scopes:
            cells = [
                rate_cell([row for row in rows if keep(row)], key) for rows in results.values()
            ]
            print(f"{label:26}" + "".join(f"{cell:>10}" for cell in cells))


def dead_cell(rows: Sequence[PageScore]) -> str:
    """The DeadLetters among ``rows`` by reason (``-`` for none): ``no_content 5 too_complex 2``."""
    reasons = Counter(row.dead for row in rows if row.dead)
    return " ".join(f"{reason} {count}" for reason, count in sorted(reasons.items())) or "-"


def print_variant_lines(results: dict[str, list[PageScore]]) -> None:
    """One line a variant: body F1 of articles and all types, title and date rates (all
    halves), and its DeadLetters by reason (an ``extraction_failed`` is a bug)."""
    print(f"{'variant':18}{'articles':>10}{'all':>10}{'title':>10}{'date':>10}  dead letters")
    for name, rows in results.items():
        articles = [row for row in rows if row.type == "article"]
        cells = [_cell(articles), _cell(rows), rate_cell(rows, "title_ok")[:8]]
        cells.append(rate_cell(rows, "date_ok")[:8])
        print(f"{name:18}" + "".join(f"{cell:>10}" for cell in cells) + f"  {dead_cell(rows)}")


def print_drops(
    pages: Sequence[Page], results: dict[str, list[PageScore]], variant: str, top: int
) -> None:
    """The ``top`` pages whose F1 falls most from ``as is`` to ``variant``."""
    drops = sorted(
        (
            (after.f1 - before.f1, page, before, after)
            for page, before, after in zip(pages, results["as is"], results[variant], strict=True)
        ),
        key=lambda drop: drop[0],
    )
    print(f"\nlargest drops, as is -> {variant}:")
    for delta, page, before, after in drops[:top]:
        if delta >= 0:
            break
        print(
            f"  {delta:+.3f} {page.id} {page.page_type:10} {before.f1:.3f} -> {after.f1:.3f}"
            f" (P {after.p:.2f} R {after.r:.2f}) {page.domain}"
        )
    worse = sum(1 for delta, *_ in drops if delta < -0.01)
    better = sum(1 for delta, *_ in drops if delta > 0.01)
    moved = statistics.fmean(delta for delta, *_ in drops) if drops else 0.0
    print(f"  pages worse by >0.01: {worse}, better by >0.01: {better}, mean change {moved:+.4f}")


def json_rows(
    pages: Sequence[Page], results: dict[str, list[PageScore]]
) -> list[dict[str, object]]:
    """One JSON object a page: its id, type, half and domain, and its F1 and metadata checks
    under each variant (None where the truth has no such field)."""
    return [
        {
            "id": page.id,
            "type": page.page_type,
            "half": page.half,
            "domain": page.domain,
            "f1": {name: rows[index].f1 for name, rows in results.items()},
            "dead": {name: rows[index].dead for name, rows in results.items()},
            **{
                key: {name: getattr(rows[index], key) for name, rows in results.items()}
                for key, _ in METADATA
            },
        }
        for index, page in enumerate(pages)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    page_arguments(parser)
    parser.add_argument("--variants", nargs="+", choices=[*VARIANTS, *GROUPS], default=["names"])
    parser.add_argument("--top", type=int, default=15, help="pages listed per variant")
    parser.add_argument("--json", type=Path, help="write each page's F1 per variant here")
    args = parser.parse_args(argv)
    pages = selected_pages(args)
    chosen = [name for given in args.variants for name in GROUPS.get(given, [given])]
    names = list(dict.fromkeys(["as is", *chosen]))
    results: dict[str, list[PageScore]] = {}
    for name in names:
        changed = [dataclasses.replace(page, html=VARIANTS[name](page.html)) for page in pages]
        results[name], _ = run(changed)
    if set(names) <= set(NAME_VARIANTS):
        print_table(results)
    else:
        print_variant_lines(results)
    for name in names[1:]:
        print_drops(pages, results, name, args.top)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(json_rows(pages, results), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
