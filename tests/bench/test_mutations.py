"""The mutation bench: each mutation changes what it says and nothing else; a sweep of real
pages ends every run as an Article or a DeadLetter with a true reason, counted by mutation."""

from __future__ import annotations

import itertools

from newswire.bench.corpora import scrapinghub_pages, wcxb_pages
from newswire.bench.mutations import (
    MUTATIONS,
    Run,
    body_in_noscript,
    bom_and_label,
    charset_label,
    crlf,
    deep,
    doubled_document,
    lost,
    minified,
    nav_div_open,
    nul_bytes,
    report,
    sweep,
    tag_lines,
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


_RAW = b"<pre>\n  x\n</pre>\n<script>\nvar a = '<b>';\n</script>\n"


def test_minified_takes_out_newlines_between_tags_but_not_in_raw_text() -> None:
    """Whitespace with a newline between two tags goes; a gap without one, text, ``<pre>`` and
    ``<script>`` keep their bytes."""
    html = b"<div>\n  <p>a</p> <p>b</p>\n</div>\n" + _RAW
    out = minified(html)
    assert out == b"<div><p>a</p> <p>b</p></div>" + _RAW.replace(b"</pre>\n", b"</pre>")


def test_tag_lines_puts_each_tag_on_a_line_of_its_own_outside_raw_text() -> None:
    """Each tag, comment and doctype is framed by newlines; ``<pre>`` and ``<script>`` are
    left whole."""
    out = tag_lines(b"<!doctype html><p>a<b>b</b></p>" + _RAW)
    assert out.startswith(b"\n<!doctype html>\n\n<p>\na\n<b>\nb\n</b>\n\n</p>\n")
    assert out.endswith(_RAW)


def test_charset_label_rewrites_every_label_and_adds_one_when_there_is_none() -> None:
    """Both ``<meta charset>`` and ``http-equiv`` labels take the new name; a page with none
    gets a ``<meta charset>`` after ``<head>``; the text's bytes stay."""
    html = (
        b'<head><meta charset="utf-8"><meta http-equiv="Content-Type" '
        b'content="text/html; charset=UTF-8"></head><p>caf\xc3\xa9</p>'
    )
    out = charset_label(b"windows-1252")(html)
    assert out.count(b"charset=windows-1252") == 1
    assert out.count(b'charset="windows-1252"') == 1
    assert out.endswith(b"<p>caf\xc3\xa9</p>")
    bare = charset_label(b"ISO-8859-1")(b"<html><head><title>t</title></head></html>")
    assert bare == b'<html><head><meta charset="ISO-8859-1"><title>t</title></head></html>'


def test_bom_and_label_put_one_utf8_bom_in_front_of_the_relabelled_page() -> None:
    """One UTF-8 BOM, even on a page that had one; the label says the other charset."""
    html = b'\xef\xbb\xbf<head><meta charset="utf-8"></head>'
    assert bom_and_label(b"windows-1252")(html) == (
        b'\xef\xbb\xbf<head><meta charset="windows-1252"></head>'
    )


def test_deep_wraps_the_body_content_in_nested_divs() -> None:
    """``depth`` ``<div>``s open right after ``<body>`` and close right before ``</body>``."""
    out = deep(3)(_PAGE)
    assert b"<body><div><div><div><div class=" in out
    assert out.endswith(b"</div></div></div></div></body></html>")


def test_doubled_document_writes_the_outer_tags_twice() -> None:
    """The first ``<html>`` and ``<body>`` (with their attributes) and the last ``</body>`` and
    ``</html>`` each appear twice, next to themselves."""
    out = doubled_document(b'<html lang="en"><body class="x"><p>a</p></body></html>')
    assert out == (
        b'<html lang="en"><html lang="en"><body class="x"><body class="x"><p>a</p>'
        b"</body></body></html></html>"
    )


def test_crlf_ends_every_line_with_one_cr_lf() -> None:
    """Bare LFs become CR LF; a CR LF already there does not become CR CR LF."""
    assert crlf(b"a\nb\r\nc\n") == b"a\r\nb\r\nc\r\n"


def test_nul_bytes_never_split_a_utf8_character() -> None:
    """A NUL goes after about every ``every`` bytes, moved past continuation bytes; taking
    the NULs out gives the page back, and the rest still decodes as UTF-8."""
    html = "é".encode() * 50
    out = nul_bytes(7)(html)
    assert out.count(b"\0") >= 10
    assert out.replace(b"\0", b"") == html
    assert "".join(part.decode() for part in out.split(b"\0")) == html.decode()


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


#: One dev page in this many (wcxb-dev, then ScrapingHub) for the sampled sweep below.
_SAMPLE_EVERY = 60


def test_sampled_dev_pages_end_as_articles_or_true_dead_letters_under_every_mutation() -> None:
    """Every 60th dev page under every mutation (cuts, minified or pretty-printed markup, lying
    charset labels, deep wrappers, doubled tags, CR LF, NULs …) ends as an Article or a
    DeadLetter with a true reason: no run is ``extraction_failed``, none is undecodable."""
    pages = [*wcxb_pages(), *scrapinghub_pages()][::_SAMPLE_EVERY]
    runs = sweep(pages, list(MUTATIONS))
    failed = [(run.page, run.mutation) for run in runs if run.outcome == "extraction_failed"]
    assert failed == []
    assert not [run for run in runs if run.outcome == "undecodable"]
    assert {run.mutation for run in runs} == {"none", *MUTATIONS}
