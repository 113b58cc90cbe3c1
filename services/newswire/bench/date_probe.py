"""The date probe: publish dates of the dev pages with their date markup taken away.

Unseen sites often give no machine-readable date: ``python -m newswire.bench.date_probe --half
A`` strips every JSON-LD block, every ``<meta>`` tag named for a date (publication, update,
creation) and the microdata date names (``itemprop="datePublished"`` and its kin, the element
and its text kept) from each dev page, runs the whole pipeline on what is left and scores the
publish date against the truth, over the pages whose truth has one. What the page shows its
reader (date lines, ``<time>`` elements, the URL) stays, so the probe measures the dates read
from the page as a reader sees it. Printed per half: dates right, then the misses split into
no date given, a later date and an earlier one; ``--json FILE`` keeps each dated page's given
date beside the truth's, to compare two versions page by page. ``--keep-markup`` scores the
same pages as they are (devscore's "date right" on all types, faster: the dated pages only).
``--hash-names`` also hashes every class token and id (perturb's ``hashed`` rewrite), as CSS
modules and utility-class builds leave them: the hardest probe, where neither the markup nor the
names say which date is the story's, as on an unseen site whose classes no rule has learnt.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from newswire.bench.corpora import Page
from newswire.bench.devscore import page_arguments, selected_pages
from newswire.bench.extractors import newswire_extractor
from newswire.bench.perturb import perturb

_LD_SCRIPT = re.compile(rb"<script\b[^>]*application/ld\+json[^>]*>.*?</script\s*>", re.I | re.S)
_META = re.compile(rb"<meta\b[^>]*>", re.I)
_META_KEY = re.compile(
    rb"""\b(?:name|property|itemprop|http-equiv)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I
)
# A <meta> key naming a date: the CMS, OpenGraph, Dublin Core, citation and analytics names
# (``article:published_time``, ``dc.date.issued``, ``parsely-pub-date``, ``last-modified``).
_DATE_KEY = re.compile(rb"date|time|publish|modif|updated|issued|created", re.I)
_MICRODATA_DATE = re.compile(
    rb"""\bitemprop\s*=\s*(?:"\s*date(?:Published|Modified|Created)\s*"|'\s*date(?:Published|"""
    rb"""Modified|Created)\s*'|date(?:Published|Modified|Created)\b)""",
    re.I,
)


def strip_date_markup(html: bytes) -> bytes:
    """The page without its JSON-LD, its date ``<meta>`` tags and its microdata date names."""
    html = _LD_SCRIPT.sub(b"", html)
    html = _META.sub(_meta_unless_dated, html)
    return _MICRODATA_DATE.sub(b"", html)


def _meta_unless_dated(match: re.Match[bytes]) -> bytes:
    for key in _META_KEY.finditer(match.group(0)):
        value = key.group(1) or key.group(2) or key.group(3) or b""
        if _DATE_KEY.search(value):
            return b""
    return match.group(0)


@dataclass(frozen=True, slots=True)
class ProbeRow:
    """One dated page under the probe: the truth's day and the date newswire gave."""

    id: str
    url: str | None
    page_type: str
    truth: str
    given: str | None

    @property
    def verdict(self) -> str:
        """``right``, ``none`` (no date given), ``later`` or ``earlier`` than the truth."""
        if self.given is None:
            return "none"
        if self.given.startswith(self.truth):
            return "right"
        return "later" if self.given[: len(self.truth)] > self.truth else "earlier"


def probe(pages: list[Page], *, strip: bool = True, hash_names: bool = False) -> list[ProbeRow]:
    """The probe's row of every page whose truth has a date (its markup kept unless
    ``strip``; its class and id names hashed if ``hash_names``)."""
    extract = newswire_extractor()
    rows = []
    for page in pages:
        if not page.date:
            continue
        html = strip_date_markup(page.html) if strip else page.html
        if hash_names:
            html = perturb(html, hash_names=True, plain_tags=False)
        output = extract(replace(page, html=html).envelope())
        rows.append(ProbeRow(page.id, page.url, page.page_type, page.date, output.date))
    return rows


def summary(rows: list[ProbeRow]) -> str:
    """The printed line: right of dated, and the misses by kind."""
    counts = Counter(row.verdict for row in rows)
    share = counts["right"] / len(rows) if rows else 0.0
    return (
        f"date right {counts['right']} of {len(rows)} ({share:.6f}); no date {counts['none']},"
        f" later {counts['later']}, earlier {counts['earlier']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    page_arguments(parser)
    parser.add_argument("--json", type=Path, help="write each dated page's row here")
    parser.add_argument("--keep-markup", action="store_true", help="score the pages as they are")
    parser.add_argument("--hash-names", action="store_true", help="hash class and id names too")
    args = parser.parse_args(argv)
    rows = probe(selected_pages(args), strip=not args.keep_markup, hash_names=args.hash_names)
    print(summary(rows))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        fields = ("id", "url", "page_type", "truth", "given", "verdict")
        dumped = [{name: getattr(row, name) for name in fields} for row in rows]
        args.json.write_text(json.dumps(dumped, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
