"""``make bench-page-type``: how well the page-type models know unseen sites, against the rule
newspaper4k uses, and what the classifier costs per page.

* Cross-validation grouped by domain (5 folds; a site's pages are never in training and test at
  once), every fold's model applied by the shipped numpy code. The article threshold of each test
  fold is chosen on the out-of-fold scores of the other folds (their 2.5% tail), as training does.
* ``--halves``: trained on domain half A (threshold from a grouped CV inside A), tested on B, and
  the other way round. ``--verdicts FILE`` writes each test page's verdict there (JSON, per
  direction: id, domain, label, predicted type, P(article)), to diff two versions page by page;
  ``--kinds html`` skips the text model (a third of the run) and ``--no-cost`` the timing.
  ``--seeds 7 1 2`` also deals the domains to halves by each seed (``pagetype_splits``).
  Each direction's line also reads the same scores by argmax (no article threshold), and at the
  cut keeping 97% of its stories (how well they rank). ``--bag 1 5`` runs it all for each bag
  size (``pagetype_bag``; 1 is one model), old and new in one run.
* Baseline in the same run: newspaper4k's ``is_valid_body`` rule, an article when ``og:type`` is
  "article", else when the extracted text has >= 300 words (text scrapes: words alone); it only
  says article or not, so it has no 7-class figure.
* Cost: µs per page of the layout summary (inside extraction) plus the classification (given
  the body text and word count the enrich stage computes for itself), next to the extraction
  itself, on a sample of pages.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import numpy as np
import numpy.typing as npt

from newswire.bench import (
    pagetype_data,
    pagetype_export,
    pagetype_recipe,
    pagetype_splits,
    pagetype_train,
)
from newswire.bench.corpora import wcxb_pages
from newswire.bench.pagetype_data import Row
from newswire.bench.pagetype_report import binary, by_rendering, confusion
from newswire.events import PAGE_TYPES
from newswire.pipeline.decode import decode
from newswire.pipeline.html.body import body_text
from newswire.pipeline.html.extractor import extract_html
from newswire.pipeline.html.head import head_metadata
from newswire.pipeline.html.title import title_of
from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.pagetype import classify
from newswire.pipeline.pagetype.features import body_of
from newswire.pipeline.pagetype.model import decide
from newswire.pipeline.pagetype.names import clear_family_cache
from newswire.pipeline.pagetype.structure import summarize
from newswire.records import InRecord

BASELINE_WORDS = 300
DEALS = pagetype_recipe.DEALS


def cross_validated(
    rows: Sequence[Row],
    kind: str,
    renderings: Sequence[str] = pagetype_train.TEXT_RENDERINGS,
    bag: int = pagetype_recipe.BAG,
    deals: int = pagetype_recipe.DEALS,
) -> None:
    # The folds and out-of-fold scores of training's own threshold choice (the HTML model's
    # lexicon features nested inside each fold: ``pagetype_train.stack``); each test fold's cut
    # from the other pages' scores of every deal, as training reads them.
    scores = pagetype_train.dealt(rows, kind, renderings, bag, deals)
    probabilities, _, kept = scores[0]
    y = np.array([PAGE_TYPES.index(row.label) for row in kept], dtype=np.intp)
    folds = pagetype_splits.dealt_folds(pagetype_train.groups(kept), 0, pagetype_recipe.FOLDS)
    predicted = np.zeros(len(kept), dtype=np.intp)
    for _, test in folds:
        others = np.setdiff1d(np.arange(len(kept)), test)
        cut = pagetype_train.dealt_threshold(scores, among=others)
        for index in test:
            predicted[index] = PAGE_TYPES.index(decide(probabilities[index], cut).page_type)
    print(
        f"\n== {kind}: {len(kept)} pages, {len(set(pagetype_train.groups(kept)))} domains, "
        f"{pagetype_recipe.FOLDS}-fold CV grouped by domain, bag {bag}, cut of {deals} deals"
    )
    for rendering, part in by_rendering(kept):
        print(f"-- {rendering}: {len(part)} pages")
        print(f"7-class accuracy          {float((predicted[part] == y[part]).mean()):.3f}")
        print(f"article vs rest (model)   {binary(predicted[part] == 0, y[part] == 0)}")
        rule = baseline([kept[index] for index in part], kind)
        print(f"article vs rest (rule)    {binary(rule, y[part] == 0)}")
        print(confusion(list(predicted[part]), list(y[part])))


def baseline(rows: Sequence[Row], kind: str) -> npt.NDArray[np.bool_]:
    return np.array(
        [
            (kind == "html" and (row.og_type or "").strip().lower() == "article")
            or row.words >= BASELINE_WORDS
            for row in rows
        ]
    )


#: One test page's out-of-domain verdict, as ``--verdicts`` writes it.
Verdict = dict[str, str | float]


def verdicts_of(
    rows: Sequence[Row], predicted: Sequence[int], probabilities: npt.NDArray[np.float64]
) -> list[Verdict]:
    """Each test page's label, predicted type and P(article), in the order of ``rows``."""
    return [
        {
            "id": row.id,
            "domain": row.domain,
            "label": row.label,
            "predicted": PAGE_TYPES[guess],
            "article_probability": round(float(scores[0]), 4),
        }
        for row, guess, scores in zip(rows, predicted, probabilities, strict=True)
    ]


def seeded_halves(
    rows: Sequence[Row],
    kind: str,
    seeds: Sequence[str],
    bag: int = pagetype_recipe.BAG,
    deals: int = pagetype_recipe.DEALS,
) -> list[Direction]:
    """``halves`` on each seeded split (``pagetype_splits``), then their article recall."""
    directions: list[Direction] = []
    for seed in seeds:
        print(f"\n== {kind} halves dealt by seed {seed}, bag {bag}")
        directions += halves(pagetype_splits.reseeded(rows, seed), kind, bag=bag, deals=deals)
    if directions:
        print(pagetype_splits.recall_line(kind, seeds, [d[0] for d in directions]))
    return directions


#: A direction's article recall, accuracy (trained cut) and accuracy at recall 0.97.
Direction = tuple[float, float, float]


def halves(
    rows: Sequence[Row],
    kind: str,
    renderings: Sequence[str] = pagetype_train.TEXT_RENDERINGS,
    verdicts: dict[str, list[Verdict]] | None = None,
    *,
    bag: int = pagetype_recipe.BAG,
    deals: int = pagetype_recipe.DEALS,
) -> list[Direction]:
    """``verdicts``: filled with each direction's per-page verdicts (``verdicts_of``), keyed
    "html A->B", "html A->B without URL"... (" bag K" after the kind for a bag). Returns each
    direction's ``Direction`` on whole pages with a URL (as the pipeline meets them)."""
    recalls: list[Direction] = []
    kept = pagetype_train.training_rows(rows, kind, renderings)
    for train_half, test_half in (("A", "B"), ("B", "A")):
        train_rows = [row for row in kept if row.half == train_half]
        inner = pagetype_train.dealt(
            [row for row in rows if row.half == train_half], kind, renderings, bag, deals
        )
        cut, blind_cut = (pagetype_train.dealt_threshold(inner, blind) for blind in (False, True))
        test_rows = [row for row in kept if row.half == test_half]
        x, y, names = pagetype_train.matrix([*train_rows, *test_rows], kind)
        train = np.arange(len(train_rows))
        x, tx, _ = pagetype_train.stack(
            x, names, [*train_rows, *test_rows], train, np.arange(len(train_rows), len(x))
        )
        y, ty = y[train], y[len(train_rows) :]
        domains = pagetype_train.groups(train_rows)
        with_url, blind = pagetype_train.fit_pair(x, y, names, kind, domains, bag=bag)
        # The test pages as fetched, and the same pages without their URL (each to the model
        # and cut the pipeline gives such an input).
        for clf, test_x, url_cut, label in (
            (with_url, tx, cut, ""),
            (blind, pagetype_train.without_url(tx, names), blind_cut, " without URL"),
        ):
            model = pagetype_export.export(clf, names, url_cut)
            scores = np.array([model.probabilities(row) for row in test_x])
            predicted = np.array([PAGE_TYPES.index(decide(r, url_cut).page_type) for r in scores])
            if verdicts is not None:
                bagged = f" bag {bag}" if bag > 1 else ""
                key = f"{kind}{bagged} {train_half}->{test_half}{label}"
                verdicts[key] = verdicts_of(test_rows, list(predicted), scores)
            # The same scores read by argmax (no article threshold): what the threshold buys.
            likeliest = scores.argmax(axis=1)
            for rendering, part in by_rendering(test_rows):
                rule = baseline([test_rows[index] for index in part], kind)
                ranked = pagetype_splits.accuracy_at_recall(scores[part, 0], ty[part])
                if not label and rendering == "whole page":
                    recalls.append(pagetype_splits.direction(predicted[part], ty[part], ranked))
                print(
                    f"{kind} train {train_half} -> test {test_half}{label} {rendering} "
                    f"({len(part)} pages): 7-class "
                    f"{float((predicted[part] == ty[part]).mean()):.3f}; article vs rest "
                    f"model {binary(predicted[part] == 0, ty[part] == 0)}; "
                    f"rule {binary(rule, ty[part] == 0)}; argmax 7-class "
                    f"{float((likeliest[part] == ty[part]).mean()):.3f}, "
                    f"{binary(likeliest[part] == 0, ty[part] == 0)}; at recall "
                    f"{pagetype_splits.FLOOR} accuracy {ranked:.3f}"
                )
    return recalls


#: The clocks the cost is read on: wall time, and the thread's CPU time, which other jobs on a
#: shared machine do not inflate (a process waiting for a core accrues none).
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.thread_time}


def cost(sample: int, repeats: int = 3) -> None:
    """µs per page: layout summary + classification vs extraction, same pages, same run; each
    page's time its best of ``repeats`` runs on each clock (a shared machine: the best run is the
    code's cost, the others add other jobs' load), figures medians over the pages."""
    options = PipelineOptions()
    times: dict[str, dict[str, list[float]]] = {
        part: {clock: [] for clock in CLOCKS}
        for part in ("extraction", "summary", "summary_cold", "classify", "classify_after")
    }

    def measure(part: str, call: Callable[[], object], before: Callable[[], object] = int) -> None:
        for clock, read in CLOCKS.items():
            runs = []
            for _ in range(repeats):
                before()
                started = read()
                call()
                runs.append(read() - started)
            times[part][clock].append(min(runs))

    for page in list(wcxb_pages())[:: max(1, 1497 // sample)]:
        raw = decode(InRecord("bench", 0, 0, -1, None, page.envelope()), options)
        try:
            extracted = extract_html(raw.text)
        except Exception:  # noqa: S112 - extraction failures are not this bench's subject
            continue
        from selectolax.lexbor import LexborHTMLParser

        tree = LexborHTMLParser(raw.text)
        meta = head_metadata(tree)
        if tree.body is None:
            continue
        _, blocks, walked = body_text(tree.body, title_of(tree, meta))
        measure("extraction", partial(extract_html, raw.text))
        layout = partial(
            summarize,
            blocks,
            walked.classes.values(),
            walked.dropped,
            og_type=meta.first("og:type"),
            ld_types=meta.ld.types,
        )
        measure("summary", layout)
        # A site never seen before: every class attribute's families computed afresh (the
        # cache is warm above, as for a site the process has met; clearing it costs ~1 µs).
        measure("summary_cold", partial(_cold, layout))
        # The enrich stage has the body and its word count before it classifies (it needs them
        # itself): the classifier's cost on top is measured from there, as in the pipeline.
        classifier = partial(classify, raw.url, raw.text, extracted, body_of(extracted))
        measure("classify", classifier)
        # Each run right after an extraction, as in the pipeline (it evicts ours from the caches).
        measure("classify_after", classifier, partial(extract_html, raw.text))
    _print_cost(times, repeats)


def _cold(layout: Callable[[], object]) -> object:
    """``layout`` with the class-name families' cache emptied first (a site never seen)."""
    clear_family_cache()
    return layout()


def _print_cost(times: dict[str, dict[str, list[float]]], repeats: int) -> None:
    """The cost table: medians and 90th percentiles per part and clock, and the classifier's
    share of the extraction's time."""

    def added(summary: str, part: str = "classify") -> dict[str, list[float]]:
        return {
            clock: [a + b for a, b in zip(times[summary][clock], times[part][clock], strict=True)]
            for clock in CLOCKS
        }

    total = added("summary")
    cold = added("summary_cold")
    after = added("summary", "classify_after")
    pages = len(total["wall"])

    def show(name: str, values: dict[str, list[float]]) -> None:
        cells = "   ".join(
            f"{clock} median {statistics.median(v) * 1e6:7.0f} µs "
            f"p90 {statistics.quantiles(v, n=10)[-1] * 1e6:7.0f} µs"
            for clock, v in values.items()
        )
        print(f"{name:<26} {cells}")

    print(f"\n== cost over {pages} wcxb-dev pages (one process, best of {repeats} per page)")
    show("extraction (extract_html)", times["extraction"])
    show("layout summary", times["summary"])
    show("  cold class cache", times["summary_cold"])
    show("classification", times["classify"])
    show("  right after extraction", times["classify_after"])
    show("page type total", total)
    show("  cold class cache", cold)
    show("  right after extraction", after)
    for clock in CLOCKS:
        for name, values in (("", total), (", cold class cache", cold), (", after it", after)):
            median = statistics.median(values[clock])
            share = median / statistics.median(times["extraction"][clock])
            print(
                f"classifier on top of extraction ({clock}{name}): {median * 1e6:.0f} µs per "
                f"page (median; {share:.1%} of the extraction's; budget 300 µs)"
            )
        # The cold figure above is the median of the cold totals: a different page can sit at
        # the median of each list, so its gap to the warm median mixes pages. Each page's own
        # cold - warm difference, its median added to the warm median, is the same page's cost.
        gaps = [c - w for c, w in zip(cold[clock], total[clock], strict=True)]
        gap = statistics.median(gaps)
        print(
            f"  cold class cache, paired ({clock}): warm median + median per-page cold - warm "
            f"{gap * 1e6:.0f} µs = {(statistics.median(total[clock]) + gap) * 1e6:.0f} µs"
        )


def scrapinghub_recall() -> None:
    """Article recall on the 118 ScrapingHub news pages (all articles, none used in training),
    as HTML and rendered as text scrapes, by the shipped models."""
    from collections import Counter

    from newswire.bench.corpora import scrapinghub_pages
    from newswire.bench.render_text import render
    from newswire.pipeline.extract import extract
    from newswire.pipeline.text import extract_text

    options = PipelineOptions()
    found: dict[str, Counter[str]] = {"html": Counter(), "text": Counter()}
    for page in scrapinghub_pages():
        raw = decode(InRecord("bench", 0, 0, -1, None, page.envelope()), options)
        found["html"][classify(raw.url, raw.text, extract(raw, options)).page_type] += 1
        rendered = render(raw.text)
        found["text"][classify(raw.url, rendered, extract_text(rendered)).page_type] += 1
    print("\n== ScrapingHub news pages (all articles; shipped models)")
    for kind, counts in found.items():
        total = sum(counts.values())
        print(f"{kind}: {counts['article']}/{total} called article; others {dict(counts)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--halves", action="store_true", help="also train on one half, test on the other"
    )
    parser.add_argument("--sample", type=int, default=150, help="pages timed for the cost")
    parser.add_argument("--cost-only", action="store_true", help="only the cost per page")
    parser.add_argument("--no-cost", action="store_true", help="skip the cost per page")
    parser.add_argument(
        "--kinds",
        nargs="+",
        choices=("html", "text"),
        default=["html", "text"],
        help="the models cross-validated (and split in halves)",
    )
    parser.add_argument(
        "--verdicts", type=Path, help="with --halves: write each test page's verdict here (JSON)"
    )
    seeds_help = "with --halves: also deal the domains to halves by each of these seeds"
    parser.add_argument("--seeds", nargs="+", default=[], help=seeds_help)
    pagetype_train.add_renderings(parser)
    pagetype_train.add_bag(parser)
    deals_help = f"deals of the domains to folds the article cut is averaged over ({DEALS})"
    parser.add_argument("--deals", type=int, default=DEALS, help=deals_help)
    pagetype_data.add_jobs(parser)
    args = parser.parse_args(argv)
    if not args.cost_only:
        rows = pagetype_data.load(jobs=args.jobs)
        verdicts: dict[str, list[Verdict]] = {}
        summaries: list[str] = []
        for kind in args.kinds:
            for bag in args.bag:
                cross_validated(rows, kind, args.text_renderings, bag, args.deals)
                if args.halves:
                    directions = halves(
                        rows, kind, args.text_renderings, verdicts, bag=bag, deals=args.deals
                    )
                    directions += seeded_halves(rows, kind, args.seeds, bag, args.deals)
                    summaries.append(pagetype_splits.summary_line(f"{kind} bag {bag}", directions))
        print("", *summaries, sep="\n")
        if args.verdicts is not None:
            args.verdicts.write_text(json.dumps(verdicts, indent=1))
        scrapinghub_recall()
    if not args.no_cost:
        cost(args.sample)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
