"""The development corpora as typed pages, their domain halves, and the two corpora's metrics.

Two corpora live in ``../shared/bench`` (see their ATTRIBUTION.md files):

* ``wcxb-dev``: 1,497 real pages of 7 page types with ground-truth text, title, author, date;
* ``article-extraction``: the 118 ScrapingHub news pages (body text only).

Rules must generalize, so wcxb-dev is split **by domain** into two halves: develop on one, check
on the other. The half of a domain is fixed by a hash of its name (``half_of``), so every tool
and every developer splits the same way, and a site's pages never straddle the two halves.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

SHARED_BENCH = Path(__file__).resolve().parents[3].parent / "shared" / "bench"
WCXB_DEV = SHARED_BENCH / "wcxb-dev"
SCRAPINGHUB = SHARED_BENCH / "article-extraction"
#: A fixed fetch time, so that relative dates ("2 days ago") read the same in every run.
FETCHED_AT = "2026-01-15T12:00:00+00:00"

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a corpus with what a reader would extract from it."""

    corpus: str
    id: str
    url: str | None
    html: bytes
    text: str
    page_type: str = "article"
    domain: str = ""
    title: str | None = None
    author: str | None = None
    #: YYYY-MM-DD, sometimes YYYY-MM, or None.
    date: str | None = None
    with_snippets: tuple[str, ...] = field(default=())
    without_snippets: tuple[str, ...] = field(default=())

    @property
    def half(self) -> str:
        return half_of(self.domain)

    def envelope(self) -> bytes:
        """The raw message a crawler keeping the fetched bytes would publish for this page."""
        return json.dumps(
            {
                "url": self.url,
                "content_type": "text/html",
                "encoding": "base64",
                "body": base64.b64encode(self.html).decode("ascii"),
                "fetched_at": FETCHED_AT,
            }
        ).encode()


def half_of(domain: str) -> str:
    """``"A"`` or ``"B"``: the domain half of a site (``www.`` ignored)."""
    name = domain.lower().removeprefix("www.")
    return "A" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "B"  # noqa: S324


def wcxb_pages(root: Path = WCXB_DEV, *, half: str | None = None) -> Iterator[Page]:
    """wcxb-dev pages in id order; ``half`` ("A"/"B") keeps one domain half."""
    # metadata.json lists 1,358 of the 1,497 pages; the ground truth of every page has its URL
    # and page type, so the domain and type come from there when metadata.json lacks the page.
    files = json.loads((root / "metadata.json").read_text())["files"]
    for path in sorted((root / "dev" / "ground-truth").glob("*.json")):
        page_id = path.stem
        data = json.loads(path.read_text())
        info = files.get(page_id) or {}
        url = data.get("url")
        domain = info.get("domain") or ((urlsplit(url).hostname or "") if url else "")
        if half is not None and half_of(domain) != half:
            continue
        truth = data.get("ground_truth") or {}
        primary = ((data.get("_internal") or {}).get("page_type") or {}).get("primary")
        page_type = info.get("page_type") or primary or "article"
        yield Page(
            corpus="wcxb",
            id=page_id,
            url=url,
            html=gzip.decompress((root / "dev" / "html" / f"{page_id}.html.gz").read_bytes()),
            text=truth.get("main_content") or "",
            page_type="collection" if page_type == "category" else page_type,
            domain=domain,
            title=truth.get("title"),
            author=truth.get("author"),
            date=truth.get("publish_date"),
            with_snippets=tuple(truth.get("with") or ()),
            without_snippets=tuple(truth.get("without") or ()),
        )


def scrapinghub_pages(root: Path = SCRAPINGHUB) -> Iterator[Page]:
    """The 118 ScrapingHub news pages (body ground truth only)."""
    truth = json.loads((root / "ground-truth.json").read_text())
    for page_id in sorted(truth):
        url = truth[page_id].get("url")
        yield Page(
            corpus="scrapinghub",
            id=page_id,
            url=url,
            html=gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes()),
            text=truth[page_id]["articleBody"],
            domain=(urlsplit(url).hostname or "") if url else "",
        )


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def word_f1(predicted: str, reference: str) -> tuple[float, float, float]:
    """WCXB's metric: precision, recall, F1 of ``\\w+`` tokens (lower-cased) as multisets."""
    got, want = Counter(tokens(predicted)), Counter(tokens(reference))
    if not got and not want:
        return 1.0, 1.0, 1.0
    if not got or not want:
        return 0.0, 0.0, 0.0
    common = sum((got & want).values())
    precision, recall = common / sum(got.values()), common / sum(want.values())
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def snippet_rate(text: str, snippets: tuple[str, ...]) -> float | None:
    """Share of snippets found in ``text`` (case-insensitive substring), None without snippets."""
    if not snippets:
        return None
    lowered = text.lower()
    return sum(1 for snippet in snippets if snippet.lower() in lowered) / len(snippets)


def shingle_scores(predicted: str, truth: str) -> tuple[float | None, float | None]:
    """The article-extraction benchmark's per-page precision and recall (its ``evaluate.py``):
    ``\\w+`` tokens (case kept), 4-gram shingles as a multiset; None where undefined."""
    got, want = _shingles(predicted), _shingles(truth)
    tp = sum((got & want).values())
    fp = sum(got.values()) - tp
    fn = sum(want.values()) - tp
    precision = None if tp + fp == 0 else (1.0 if fp == 0 else tp / (tp + fp))
    recall = None if tp + fn == 0 else (1.0 if fn == 0 else tp / (tp + fn))
    return precision, recall


def shingle_f1(
    scores: Iterable[tuple[float | None, float | None]],
) -> tuple[float, float, float]:
    """The benchmark's corpus score: precision and recall averaged over pages (where defined),
    F1 the harmonic mean of the two averages. Returns F1, precision, recall."""
    precisions, recalls = [], []
    for precision, recall in scores:
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    found = _WORD.findall(text)
    if len(found) < n:
        return Counter([tuple(found)]) if found else Counter()
    return Counter(tuple(found[i : i + n]) for i in range(len(found) - n + 1))
