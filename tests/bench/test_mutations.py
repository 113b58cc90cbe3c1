"""The mutation bench: each mutation changes what it says and nothing else; a sweep of real
pages ends every run as an Article or a DeadLetter with a true reason, counted by mutation."""

from __future__ import annotations

import itertools

from newswire.bench.corpora import wcxb_pages
from newswire.bench.mutations import (
    MUTATIONS,
    Run,
    body_in_noscript,
    lost,
    nav_div_open,
    report,
    sweep,
)

_PAGE = (
    b'<html><head><meta charset="utf-8"></head><body><div class="site-nav"><ul><li>Home</li>'
    b"</ul><div>More</div></div><div><p>Story text.</p></div></body></html>"
)


def test_nav_div_open_leaves_out_the_first_div_end_in_the_navigation() -> None:
    """One ``</div>`` is gone, the first after the navigation's start; a page without
    navigation keeps its bytes."""
    out = nav_div_open(_PAGE)
    assert out.count(b"</div>") == _PAGE.count(b"</div>") - 1
    assert b"<div>More</div><div><p>" in out
    assert b"<p>Story text.</p></div>" in out
    plain = b"<html><body><div><p>Story text.</p></div></body></html>"
    assert nav_div_open(plain) == plain


def test_body_in_noscript_wraps_the_whole_body_once() -> None:
    """The body's content sits inside one <noscript>, the <body> tags outside it."""
    out = body_in_noscript(_PAGE)
    assert out.count(b"<noscript>") == 1
    assert b"<body><noscript><div class=" in out
    assert out.endswith(b"</noscript></body></html>")


def test_every_mutation_is_a_function_of_the_bytes() -> None:
    """Each mutation gives bytes and the same bytes twice (a sweep can be run again)."""
    for mutate in MUTATIONS.values():
        assert isinstance(mutate(_PAGE), bytes)
        assert mutate(_PAGE) == mutate(_PAGE)


def test_a_sweep_of_real_pages_ends_every_run_as_an_article_or_a_true_dead_letter() -> None:
    """Two dev pages under two mutations: no run is ``extraction_failed``, each page is run as
    it is, and the report has a row per mutation run."""
    pages = list(itertools.islice(wcxb_pages(), 2))
    runs = sweep(pages, ["upper_tags", "no_p_ends"])
    assert {run.mutation for run in runs} == {"none", "upper_tags", "no_p_ends"}
    assert all(run.outcome != "extraction_failed" for run in runs)
    assert sum(run.mutation == "none" for run in runs) == 2
    table = report(runs)
    assert "| upper_tags | 2 |" in table
    assert "| no_p_ends |" in table


def test_a_page_lost_is_a_dead_letter_or_under_half_its_words() -> None:
    """``lost`` pairs a mutated run with its page as it is when the page, an Article as it is,
    became a DeadLetter or kept under half its words; not a page that was no Article anyway."""
    runs = [
        Run("p/1", "A", "none", "Article", 100, 1.0),
        Run("p/1", "A", "cut_90", "Article", 49, 1.0),
        Run("p/1", "A", "utf16", "Article", 50, 1.0),
        Run("p/1", "A", "xhtml", "no_content", 0, 1.0),
        Run("p/2", "B", "none", "no_content", 0, 1.0),
        Run("p/2", "B", "xhtml", "no_content", 0, 1.0),
    ]
    assert [(m.page, m.mutation) for _, m in lost(runs)] == [("p/1", "cut_90"), ("p/1", "xhtml")]
