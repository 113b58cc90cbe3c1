"""The perturbation bench's rewrites: names hashed, region tags made plain, nothing else moved."""

from __future__ import annotations

import dataclasses
import re

import pytest

from newswire.bench.corpora import Page
from newswire.bench.mutations import MUTATIONS
from newswire.bench.perturb import (
    CRAWL,
    GROUPS,
    VARIANTS,
    bare_meta,
    dead_cell,
    digest,
    json_rows,
    perturb,
    print_table,
    print_variant_lines,
    rate_cell,
)
from newswire.bench.scoring import PageScore

_PAGE = (
    b'<html><body class="page page--story"><header id="top">Site</header>'
    b'<main><article class=\'story-body\' data-id="7" role="article">'
    b'<p class="lede">class="quoted" stays in the text</p><aside class=box>Note</aside>'
    b"</article></main><NAV>menu</NAV><footer>foot</footer></body></html>"
)


def test_hashing_replaces_every_class_token_and_id_with_its_digest() -> None:
    """Each class token and id becomes its digest, quoted as before; other attributes and the
    text keep their bytes."""
    out = perturb(_PAGE, hash_names=True, plain_tags=False)
    assert b'class="%s %s"' % (digest(b"page"), digest(b"page--story")) in out
    assert b'id="%s"' % digest(b"top") in out
    assert b"class='%s'" % digest(b"story-body") in out
    assert b"class=%s>" % digest(b"box") in out
    assert b'data-id="7" role="article"' in out
    assert b'class="quoted" stays in the text' in out
    for word in (b"page", b"story-body", b"lede", b"box", b"top"):
        assert b'"' + word not in out
        assert b"'" + word not in out


def test_react_stream_ids_keep_their_bytes() -> None:
    """React's streamed placeholder and segment ids ("B:0", "S:0") are the framework's, not a
    stylist's: they stay, so a segment still finds its place; other ids and classes are hashed."""
    html = b'<template id="B:0"></template><div hidden id="S:0" class="seg"><p id="S:x">x</p></div>'
    out = perturb(html, hash_names=True, plain_tags=False)
    assert b'id="B:0"' in out
    assert b'id="S:0"' in out
    assert b'class="%s"' % digest(b"seg") in out
    assert b'id="%s"' % digest(b"S:x") in out


def test_references_to_an_id_are_hashed_with_it() -> None:
    """``aria-controls``, ``aria-labelledby``, ``aria-describedby``, ``aria-owns`` and ``for``
    name ids: each id in them becomes the id's own digest, so a button still controls its panel
    and a label still names its field; ``data-*`` look-alikes keep their bytes."""
    html = (
        b'<button aria-controls="faq-1 faq-2" aria-expanded="false">Q</button>'
        b"<div id=\"faq-1\" hidden aria-labelledby=faq-h aria-describedby='n'>A</div>"
        b'<label for="email">E-mail</label><ul aria-owns="faq-2"></ul>'
        b'<p data-for="email" data-aria-controls="x">t</p>'
    )
    out = perturb(html, hash_names=True, plain_tags=False)
    assert b'aria-controls="%s %s"' % (digest(b"faq-1"), digest(b"faq-2")) in out
    assert b'id="%s"' % digest(b"faq-1") in out
    assert b"aria-labelledby=%s " % digest(b"faq-h") in out
    assert b"aria-describedby='%s'" % digest(b"n") in out
    assert b'for="%s"' % digest(b"email") in out
    assert b'aria-owns="%s"' % digest(b"faq-2") in out
    assert b'data-for="email" data-aria-controls="x"' in out


def test_a_style_sheets_selectors_are_hashed_with_the_markup() -> None:
    """Each class and id of a ``<style>`` element's selectors becomes the digest its markup
    gets (escapes read: ``.md\\:block`` is ``md:block``); declarations, group conditions and
    quoted values keep their bytes."""
    html = (
        b"<STYLE>.promo, #cart > .note:hover{display:none;color:#fff;width:.5em}"
        b'@media (min-width:2px){.md\\:block{display:block}} a[href$=".pdf"]{x:y}</STYLE>'
        b'<div class="promo md:block">x</div>'
    )
    out = perturb(html, hash_names=True, plain_tags=False)
    names = (digest(b"promo"), digest(b"cart"), digest(b"note"), digest(b"md:block"))
    assert b".%s, #%s > .%s:hover{display:none;color:#fff;width:.5em}" % names[:3] in out
    assert b"@media (min-width:2px){.%s{display:block}}" % names[3] in out
    assert b'a[href$=".pdf"]{x:y}' in out
    assert b'class="%s %s"' % (names[0], names[3]) in out


def test_the_same_name_gives_the_same_digest_and_no_word() -> None:
    """Digests are stable, differ between names, and hold no letters but the leading one."""
    assert digest(b"card") == digest(b"card") != digest(b"cards")
    assert re.fullmatch(rb"q\d{8}", digest(b"article-body"))


def test_plain_tags_turns_region_tags_into_divs_in_any_case() -> None:
    """<article>, <main>, <aside>, <nav>, <header>, <footer> open and close as <div>, whatever
    their case; their attributes stay, and hashing is off."""
    out = perturb(_PAGE, hash_names=False, plain_tags=True)
    assert not re.search(rb"</?(article|main|aside|nav|header|footer)\b", out, re.IGNORECASE)
    assert b'<div class=\'story-body\' data-id="7" role="article">' in out
    assert b'<div id="top">Site</div>' in out
    assert out.count(b"<div") == out.count(b"</div>") == 6


def test_without_a_perturbation_the_page_is_unchanged() -> None:
    """With both rewrites off, the bytes come back as they were."""
    assert perturb(_PAGE, hash_names=False, plain_tags=False) == _PAGE


def test_bare_meta_strips_structured_data_and_keeps_the_visible_page() -> None:
    """JSON-LD scripts (type quoted or not, any case), ``<meta>`` tags but charset, viewport and
    ``http-equiv``, and microdata attributes go; other scripts, ``<title>``, ``<time datetime>``,
    text and look-alike ``data-*`` attributes keep their bytes."""
    html = (
        b'<head><meta charset=utf-8><META NAME="viewport" content="w">'
        b'<meta http-equiv="refresh" content="5"><meta property="og:title" content="T">'
        b'<meta name="author" content="Ann"/><script type="application/ld+json">{"a":1}</script>'
        b"<script type=application/LD+JSON>x</script><script>var a=1</script><title>T</title>"
        b'</head><div itemscope itemtype="http://schema.org/Article">'
        b'<h1 itemprop="headline" class=x>H</h1><span data-itemprop="k" itemprop=author>A</span>'
        b'<time itemprop=datePublished datetime="2020-01-01">Jan 1</time>'
        b'<meta itemprop="datePublished" content="2020"></div>'
    )
    assert bare_meta(html) == (
        b'<head><meta charset=utf-8><META NAME="viewport" content="w">'
        b'<meta http-equiv="refresh" content="5"><script>var a=1</script><title>T</title>'
        b'</head><div><h1 class=x>H</h1><span data-itemprop="k">A</span>'
        b'<time datetime="2020-01-01">Jan 1</time></div>'
    )


def test_bare_meta_strips_json_ld_whose_type_escapes_its_plus() -> None:
    """A JSON-LD script whose type writes its "+" as a character reference (``ld&#x2B;json``,
    ``ld&#43;json``), as an ASP.NET template prints it, goes like any other."""
    html = (
        b'<script type="application/ld&#x2B;json">{"a":1}</script>'
        b"<script type='application/ld&#43;json'>{}</script><p>Text</p>"
    )
    assert bare_meta(html) == b"<p>Text</p>"


def test_bare_meta_leaves_a_page_without_structured_data_as_it_was() -> None:
    """A page with no JSON-LD, no story ``<meta>`` and no microdata comes back byte for byte."""
    assert bare_meta(_PAGE) == _PAGE


def _row(half: str, kind: str, *, f1: float, date_ok: bool | None) -> PageScore:
    return PageScore(
        id=f"{half}-{kind}-{f1}",
        corpus="wcxb",
        type=kind,
        half=half,
        p=f1,
        r=f1,
        f1=f1,
        empty=False,
        title_ok=True,
        author_ok=None,
        date_ok=date_ok,
    )


def test_rate_cell_counts_only_pages_whose_truth_has_the_field() -> None:
    """The rate is over the rows with a defined check, and ``-`` when there is none."""
    rows = [
        _row("A", "article", f1=1.0, date_ok=True),
        _row("A", "article", f1=0.5, date_ok=False),
        _row("A", "article", f1=0.5, date_ok=None),
    ]
    assert rate_cell(rows, "date_ok") == "0.500000"
    assert rate_cell(rows, "title_ok") == "1.000000"
    assert rate_cell(rows, "author_ok") == "-"


def test_table_prints_each_metadata_rate_per_variant_and_half(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Title, author and date rates follow body F1, one column a variant, one line a scope."""
    results = {
        "as is": [
            _row("A", "article", f1=1.0, date_ok=True),
            _row("B", "forum", f1=0.5, date_ok=True),
        ],
        "hashed": [
            _row("A", "article", f1=1.0, date_ok=False),
            _row("B", "forum", f1=0.5, date_ok=True),
        ],
    }
    print_table(results)
    lines = capsys.readouterr().out.splitlines()
    start = next(index for index, line in enumerate(lines) if line.startswith("date right"))
    dated = {line[:26].strip(): line[26:].split() for line in lines[start + 1 :]}
    assert dated["half A, articles"] == ["1.000000", "0.000000"]
    assert dated["half B, articles"] == ["-", "-"]
    assert dated["all, all types"] == ["1.000000", "0.500000"]
    assert any(line.startswith("title exact") for line in lines)
    assert any(line.startswith("author right") for line in lines)


def test_json_rows_keep_each_check_per_variant() -> None:
    """A page's JSON row holds its date check under each variant, None where undefined."""
    page = Page(corpus="wcxb", id="p1", url=None, html=b"", text="", domain="x.test")
    rows = json_rows([page], {"as is": [_row("A", "article", f1=1.0, date_ok=None)]})
    assert rows[0]["date_ok"] == {"as is": None}
    assert rows[0]["title_ok"] == {"as is": True}


def test_the_crawl_group_runs_the_mutation_benchs_rewrites() -> None:
    """Each crawl variant is ``mutations``' rewrite of that name, and the groups name every
    variant but ``as is`` once."""
    for name in CRAWL:
        assert VARIANTS[name] is MUTATIONS[name]
    grouped = [name for names in GROUPS.values() for name in names]
    assert sorted(grouped) == sorted(VARIANTS)


def test_variant_lines_count_dead_letters_by_reason(capsys: pytest.CaptureFixture[str]) -> None:
    """A variant's line ends with its DeadLetters by reason; ``-`` where there are none."""
    dead = dataclasses.replace(_row("A", "article", f1=0.0, date_ok=None), dead="no_content")
    results = {
        "as is": [_row("A", "article", f1=1.0, date_ok=True)] * 2,
        "cut_40": [dead, dead],
    }
    assert dead_cell(results["cut_40"]) == "no_content 2"
    print_variant_lines(results)
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["as", "is", "1.0000", "1.0000", "1.000000", "1.000000", "-"]
    assert lines[2].split()[-2:] == ["no_content", "2"]
