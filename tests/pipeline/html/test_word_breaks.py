"""Inline elements shown apart by the stylesheet: where one element's text ends a word."""

from __future__ import annotations

from tests.pipeline.html.pages import page, prose, text_of


def _story(row: str) -> str:
    # The row inside a paragraph of the story, among its other paragraphs.
    line = f"<p>The film of the week, as the readers voted for it this month: {row} and more.</p>"
    return page(f"<article><h1>The chart</h1>{prose('Before')}{line}{prose('After')}</article>")


def test_a_row_of_short_spans_of_one_class_shows_its_items_apart() -> None:
    """Sibling <span>s of one class, each a word or two (a film's length, then its rating),
    are a row of items: the next one starts a new word even after a letter."""
    row = (
        '<span class="chip">2026</span><span class="chip">1h 54m</span><span class="chip">R</span>'
    )
    assert "2026 1h 54m R" in text_of(_story(row))


def test_a_run_split_mid_word_stays_one_word() -> None:
    """A word processor's run split mid-word keeps its word whole, though both halves share a
    class: the text before the split is more than a short item."""
    row = '<span class="c1">the tools, including</span><span class="c1">s CRM</span>'
    text = text_of(_story(row))
    assert "includings CRM" in text


def test_a_date_after_a_name_starts_a_new_word() -> None:
    """A meta row's <time> (bare or first in its <span>) right after the author's name is
    shown apart: "Lawrence Ulrich Mar 7", not "UlrichMar"."""
    row = (
        '<span class="a1"><span>Lawrence Ulrich</span></span><span class="t1">'
        '<time datetime="2026-03-07">Mar 7</time></span>'
    )
    assert "Lawrence Ulrich Mar 7" in text_of(_story(row))
    bare = '<span class="a1">Lawrence Ulrich</span><time datetime="2026-03-07">Mar 7</time>'
    assert "Lawrence Ulrich Mar 7" in text_of(_story(bare))


def test_a_count_after_its_icon_starts_a_new_word() -> None:
    """A comments link that opens with its icon (an <svg>) right after the card's date shows
    its count apart: "Mar 7 9", not "Mar 79"."""
    row = (
        '<span class="a1">Hayden Field</span><span class="t1"><time>Mar 7</time></span>'
        '<span class="c1"><a href="/story#comments"><svg width="8"></svg><span>9</span></a></span>'
    )
    assert "Hayden Field Mar 7 9" in text_of(_story(row))


def test_a_value_opening_with_a_digit_after_a_label_starts_a_new_word() -> None:
    """A value whose first character is a digit, in an element right after its label's (a
    recipe card's "Prep Time" + "13 hours"), is shown apart: "Prep Time 13 hours"."""
    row = (
        '<span class="label">Prep Time</span><span class="time">'
        '<span class="hours">13</span> <span class="unit">hours</span></span>'
    )
    assert "Prep Time 13 hours" in text_of(_story(row))


def test_a_subscript_or_superscript_digit_stays_glued() -> None:
    """A formula's subscript and a unit's superscript after a letter stay in their word."""
    text = text_of(_story("<span>the level of atmospheric CO</span><sub>2</sub> per m<sup>2</sup>"))
    assert "CO2 per m2" in text


def test_an_element_after_a_link_that_opens_with_a_word_starts_a_new_word() -> None:
    """A card's linked name, then its SKU in an element right after the link's end, reads
    apart whether the markup has a line break between them or not (a minified page)."""
    card = (
        '<span class="name"><a href="/pot">Gray Cathedral Pot</a></span>{gap}'
        '<span class="sku">SKU: S59499</span>'
    )
    minified = text_of(_story(card.format(gap="")))
    assert "Gray Cathedral Pot SKU: S59499" in minified
    assert minified == text_of(_story(card.format(gap="\n  ")))


def test_punctuation_or_a_footnote_mark_after_a_link_stays_glued() -> None:
    """Punctuation in its own element after a link, and a footnote's superscript digit after
    linked words, stay at the link's last word."""
    row = (
        'learn more <a href="/more">about it here</a><span>.</span> As the survey of '
        'the <a href="/s">tallest towers</a><sup>12</sup> says'
    )
    text = text_of(_story(row))
    assert "about it here." in text
    assert "tallest towers12 says" in text


def test_a_links_missed_last_letter_or_digit_stays_in_its_word() -> None:
    """The rest of a word an editor's link missed (its last letter, a year's last digit),
    in its own element after the link, stays in the word."""
    row = (
        'a trip to <a href="/lake"><span>Lake Powel</span></a><span>l to see the dam</span>, '
        'the <a href="/buds"><em>earbuds for 202</em></a><em>5</em> list'
    )
    text = text_of(_story(row))
    assert "Lake Powell to see the dam" in text
    assert "earbuds for 2025 list" in text


def test_a_capitalized_word_after_a_lower_case_letter_starts_a_new_word() -> None:
    """A field's value that opens with a capitalized word, in an element right after text
    ending in a lower-case letter (a spec row's label, then "No"), reads apart."""
    row = '<span class="k">Hard case included</span><span class="v">No</span>'
    assert "Hard case included No" in text_of(_story(row))


def test_links_marked_list_items_show_their_items_apart() -> None:
    """A run of links each marked role="listitem" (a game card's tags) reads as list items,
    apart, even where two words close one tag before the next tag's capital; the same run
    without the role stays as a run of links reads (glued)."""
    tags = "".join(
        f'<a href="/tags/{n}" class="t1"{{role}}>{n}</a>'
        for n in ("Action", "Open World", "Sexual Content", "Crime")
    )
    listed = text_of(_story(tags.replace("{role}", ' role="listitem"')))
    assert "Action Open World Sexual Content Crime" in listed
    assert "WorldSexual" in text_of(_story(tags.replace("{role}", "")))
