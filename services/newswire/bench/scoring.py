"""Scoring of extractors' outputs against the corpora's ground truth, and the side-by-side report.

Every extractor (newswire's whole pipeline, trafilatura, readability) is reduced to an ``Output``:
body, title, authors, publish date and, for newswire, the DeadLetter reason. ``score`` compares
one output with its page (``PageScore``); ``report`` prints any number of extractors in columns
over the same pages, so ``devscore`` (newswire alone) and ``make bench-extract`` (newswire and its
baselines) print the same figures the same way.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from newswire.bench.corpora import Page, shingle_f1, shingle_scores, snippet_rate, word_f1


@dataclass(frozen=True, slots=True)
class Output:
    """What one extractor made of one page, in the ground truth's terms."""

    body: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    #: The publish date as ISO text (at least YYYY-MM-DD), in the page's own time zone.
    date: str | None = None
    #: newswire's DeadLetter reason when the page did not become an Article.
    dead: str | None = None
    error: str = ""


@dataclass(frozen=True, slots=True)
class PageScore:
    """One extractor on one page. Metadata checks are None where the truth has nothing to
    check (no title, no author, no date; ScrapingHub pages have body text only)."""

    id: str
    corpus: str
    type: str
    half: str
    p: float
    r: float
    f1: float
    empty: bool
    dead: str | None = None
    error: str = ""
    #: Share of the truth's "must appear" snippets found, of its boilerplate snippets present.
    with_rate: float | None = None
    without_rate: float | None = None
    #: The article-extraction benchmark's per-page shingle precision / recall.
    shingle_p: float | None = None
    shingle_r: float | None = None
    title_ok: bool | None = None
    author_ok: bool | None = None
    #: An author given on a page whose truth has none.
    author_invented: bool | None = None
    date_found: bool | None = None
    date_ok: bool | None = None


def _norm(text: str | None) -> str:
    """Whitespace collapsed (HTML does not tell one space from two); case and punctuation
    kept: an exact match is exact."""
    return " ".join((text or "").split())


# How WCXB's truth writes several authors in one string: "A, B", "A and B", "A & B".
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


def author_right(truth: str, authors: Sequence[str]) -> bool:
    """Whether the authors given are the truth's, no more and no fewer.

    The truth is one string; the output a list. They agree when the list joined with ", "
    is the truth (also with its "and" read as a comma: "A and B"), or when the list's names
    are the truth's names split at its separators ("A, B & C"). A name the truth does not
    have (a reviewer, a commenter, "View Full Profile") makes the answer wrong: no credit for
    the right name among wrong ones.
    """
    if not authors:
        return False
    joined = _norm(", ".join(authors))
    if joined in {_norm(truth), _norm(truth.replace(" and ", ", "))}:
        return True
    wanted = {_norm(name) for name in _AUTHOR_SEPARATORS.split(truth) if name.strip()}
    return {_norm(name) for name in authors} == wanted


def score(page: Page, output: Output) -> PageScore:
    precision, recall, f1 = word_f1(output.body, page.text)
    shingle_p, shingle_r = shingle_scores(output.body, page.text)
    title_ok = author_ok = author_invented = date_found = date_ok = None
    if page.corpus == "wcxb":
        title_ok = _norm(output.title) == _norm(page.title) if page.title else None
        if page.author:
            author_ok = author_right(page.author, output.authors)
        else:
            author_invented = bool(output.authors)
        if page.date:
            date_found = output.date is not None
            date_ok = output.date is not None and output.date.startswith(page.date)
    return PageScore(
        id=page.id,
        corpus=page.corpus,
        type=page.page_type,
        half=page.half,
        p=precision,
        r=recall,
        f1=f1,
        empty=not output.body.strip(),
        dead=output.dead,
        error=output.error,
        with_rate=snippet_rate(output.body, page.with_snippets),
        without_rate=snippet_rate(output.body, page.without_snippets),
        shingle_p=shingle_p,
        shingle_r=shingle_r,
        title_ok=title_ok,
        author_ok=author_ok,
        author_invented=author_invented,
        date_found=date_found,
        date_ok=date_ok,
    )


# ---------------------------------------------------------------------------------------------
# Aggregates


def mean_f1(rows: Sequence[PageScore]) -> tuple[float, float, float]:
    """WCXB's corpus figure: per-page word F1, precision and recall averaged over pages."""
    if not rows:
        return 0.0, 0.0, 0.0
    return (
        statistics.fmean(row.f1 for row in rows),
        statistics.fmean(row.p for row in rows),
        statistics.fmean(row.r for row in rows),
    )


def rate(values: Iterable[bool | float | None]) -> tuple[float, int] | None:
    """Mean of the defined values and how many there were; None when none is defined."""
    kept = [float(value) for value in values if value is not None]
    return (statistics.fmean(kept), len(kept)) if kept else None


def dead_letters(rows: Sequence[PageScore]) -> Counter[str]:
    return Counter(row.dead for row in rows if row.dead)


# ---------------------------------------------------------------------------------------------
# The report: one column per extractor


Cell = Callable[[Sequence[PageScore]], str]
_LABEL = 34


def _f1_cell(rows: Sequence[PageScore]) -> str:
    if not rows:
        return "-"
    f1, p, r = mean_f1(rows)
    return f"{f1:.3f} ({p:.2f}/{r:.2f})"


def _rate_cell(key: str) -> Cell:
    def cell(rows: Sequence[PageScore]) -> str:
        found = rate(getattr(row, key) for row in rows)
        return "-" if found is None else f"{found[0]:.1%} of {found[1]}"

    return cell


def _shingle_cell(rows: Sequence[PageScore]) -> str:
    f1, p, r = shingle_f1((row.shingle_p, row.shingle_r) for row in rows)
    return f"{f1:.3f} ({p:.2f}/{r:.2f})"


def _empty_dead_cell(rows: Sequence[PageScore]) -> str:
    dead = dead_letters(rows)
    reasons = ",".join(f"{name} {count}" for name, count in dead.most_common())
    return f"{sum(row.empty for row in rows)} / {sum(dead.values())}" + (
        f" ({reasons})" if reasons else ""
    )


def _table(
    title: str,
    results: dict[str, list[PageScore]],
    lines: list[tuple[str, Callable[[PageScore], bool], Cell]],
) -> None:
    names = list(results)
    width = max(22, *(len(name) + 1 for name in names))
    print(f"\n{title}")
    print(f"{'':<{_LABEL}}{'pages':>6}  " + "".join(f"{name:<{width}}" for name in names))
    for label, keep, cell in lines:
        groups = [[row for row in results[name] if keep(row)] for name in names]
        if not groups[0]:
            continue
        print(
            f"{label:<{_LABEL}}{len(groups[0]):>6}  "
            + "".join(f"{cell(g):<{width}}" for g in groups)
        )


def _is(
    corpus: str, *, half: str | None = None, kind: str | None = None
) -> Callable[[PageScore], bool]:
    return lambda row: (
        row.corpus == corpus
        and (half is None or row.half == half)
        and (kind is None or row.type == kind)
    )


def report(results: dict[str, list[PageScore]]) -> None:
    """Print every figure of the corpora present in ``results`` ({extractor: page scores, the
    same pages in each}), one column per extractor."""
    first = next(iter(results.values()))
    wcxb = [row for row in first if row.corpus == "wcxb"]
    if wcxb:
        kinds = Counter(row.type for row in wcxb)
        halves = sorted({row.half for row in wcxb})
        body: list[tuple[str, Callable[[PageScore], bool], Cell]] = [
            (kind, _is("wcxb", kind=kind), _f1_cell) for kind, _ in kinds.most_common()
        ]
        body.append(("all types", _is("wcxb"), _f1_cell))
        for half in halves if len(halves) > 1 else ():
            body.append((f"half {half} articles", _is("wcxb", half=half, kind="article"), _f1_cell))
            body.append((f"half {half} all types", _is("wcxb", half=half), _f1_cell))
        _table("wcxb-dev body word-F1 (precision/recall), mean over pages", results, body)
        snippets: list[tuple[str, Callable[[PageScore], bool], Cell]] = []
        for key, label in (("with_rate", "'with' found"), ("without_rate", "'without' present")):
            snippets.append((f"{label}, articles", _is("wcxb", kind="article"), _rate_cell(key)))
            snippets.append((f"{label}, all types", _is("wcxb"), _rate_cell(key)))
        _table("wcxb-dev snippets (share of snippets, mean over pages)", results, snippets)
        meta: list[tuple[str, Callable[[PageScore], bool], Cell]] = []
        scopes: list[str | None] = [*halves, None] if len(halves) > 1 else [None]
        for key, label in (
            ("title_ok", "title exact"),
            ("author_ok", "author right"),
            ("author_invented", "author invented"),
            ("date_found", "date found"),
            ("date_ok", "date right"),
        ):
            for kind in ("article", None):
                for scope in scopes:
                    where = (f"half {scope}" if scope else "all") + (
                        ", articles" if kind else ", all types"
                    )
                    meta.append(
                        (f"{label}, {where}", _is("wcxb", half=scope, kind=kind), _rate_cell(key))
                    )
        _table(
            "wcxb-dev metadata, articles (and all types), of pages whose truth has the field",
            results,
            meta,
        )
        counts: list[tuple[str, Callable[[PageScore], bool], Cell]] = [
            ("articles", _is("wcxb", kind="article"), _empty_dead_cell),
            ("all types", _is("wcxb"), _empty_dead_cell),
        ]
        _table("wcxb-dev empty pages / DeadLetters (reasons)", results, counts)
    if any(row.corpus == "scrapinghub" for row in first):
        hub: list[tuple[str, Callable[[PageScore], bool], Cell]] = [
            ("shingle F1 (benchmark's)", _is("scrapinghub"), _shingle_cell),
            ("word F1 (WCXB's)", _is("scrapinghub"), _f1_cell),
            ("empty / DeadLetters", _is("scrapinghub"), _empty_dead_cell),
        ]
        _table("ScrapingHub article-extraction dev pages (precision/recall)", results, hub)
    for name, rows in results.items():
        for row in rows:
            if row.dead == "extraction_failed":
                print(f"  {name}: extraction_failed {row.corpus} {row.id} {row.error[:160]}")
