"""The layout summary the extractor's walk hands to the page classifier."""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

import pytest

from newswire.pipeline.html import extract_html
from newswire.pipeline.pagetype.names import (
    _CACHE_NAMES,
    _FAMILY_CACHE,
    NAME_FAMILIES,
    _family_counts,
    class_families,
    clear_family_cache,
)
from newswire.pipeline.pagetype.structure import (
    LAYOUT_NAMES,
    Layout,
    summarize,
    summarize_columns,
)
from newswire.pipeline.pagetype.wording import RATE_NAMES, SCAN_CHARS, rate_values
from tests.pipeline.pagetype.pages import section_page, section_page_with_summaries, story_page


def test_teaser_cards_show_as_linked_headings_and_a_repeated_class() -> None:
    """A section front's linked headlines and its forty same-class cards are in the numbers."""
    structure = extract_html(section_page()).structure
    assert structure is not None
    assert structure["heading_link_share"] > 0.9
    assert structure["top_class_repeat"] > extract_html(story_page()).structure["top_class_repeat"]  # type: ignore[index]
    assert structure["class_card"] > 0


def test_summaries_under_linked_headlines_are_teaser_paragraphs() -> None:
    """A paragraph right under a linked heading is a teaser's summary: all forty of a section
    front's, none of a story's (its paragraphs follow its unlinked headline or each other)."""
    front = extract_html(section_page_with_summaries()).structure
    story = extract_html(story_page()).structure
    assert front is not None
    assert story is not None
    assert front["teaser_paragraphs"] == math.log1p(40)
    assert front["teaser_share"] == 1.0
    assert front["linked_headings_per_paragraph"] == 1.0
    assert story["teaser_paragraphs"] == story["teaser_share"] == 0.0
    assert story["linked_headings_per_paragraph"] == 0.0


def test_a_story_has_long_unlinked_paragraphs() -> None:
    """A story's layout: long paragraphs, little text in links, its declared types read."""
    structure = extract_html(story_page()).structure
    assert structure is not None
    assert structure["long_paragraphs"] > 0
    assert structure["link_share"] < 0.1
    assert structure["og_article"] == 1.0
    assert structure["ld_article"] == 1.0
    assert structure["dropped_card"] == 0.0


@dataclass(frozen=True, slots=True)
class _Block:
    text: str
    tag: str
    link_chars: int


def _one_loop(blocks: list[_Block]) -> dict[str, float]:
    """The block counts as one plain loop would take them (the definition the model learned)."""
    sizes = [len(block.text) for block in blocks]
    heads = [block for block in blocks if block.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}]
    items = [block for block in blocks if block.tag == "li"]

    def linked(group: list[_Block]) -> int:
        return sum(1 for block in group if block.link_chars * 2 >= len(block.text))

    log = math.log1p
    count = max(1, len(blocks))
    return {
        "blocks": log(len(blocks)),
        "page_chars": log(sum(sizes)),
        "headings": log(len(heads)),
        "heading_links": log(linked(heads)),
        "list_items": log(len(items)),
        "list_item_link_share": linked(items) / len(items) if items else 0.0,
        "paragraph_blocks": log(sum(1 for block in blocks if block.tag == "p")),
        "long_paragraphs": log(
            sum(
                1
                for block in blocks
                if block.tag == "p"
                and len(block.text) >= 200
                and block.link_chars * 2 < len(block.text)
            )
        ),
        "code_blocks": log(sum(1 for block in blocks if block.tag == "pre")),
        "table_rows": log(sum(1 for block in blocks if block.tag == "tr")),
        "short_block_share": sum(1 for size in sizes if size < 40) / count,
        "link_block_share": sum(
            1 for block in blocks if block.link_chars * 10 >= len(block.text) * 7
        )
        / count,
        "sentence_block_share": sum(
            1 for block in blocks if block.text.rstrip("'\"”’)")[-1:] in set(".!?。！？")
        )
        / count,
        # Words estimated at six characters each (spaces included).
        "headings_per_100_words": 100
        * len(heads)
        / max(50, sum(len(block.text) for block in blocks) // 6),
    }


def test_column_counts_match_one_loop_over_the_blocks() -> None:
    """The counts taken column by column (the fast path) are those of a plain loop over the
    blocks, on blocks of every tag, length and share of link text, empty ones included."""
    rng = random.Random(7)
    words = ["harbour", "vote.", "Read", "more", "ferry?", "(jobs)", "“noise.”", "council"]
    tags = ["p", "p", "p", "li", "h2", "h3", "pre", "tr", "td", "blockquote"]
    for _ in range(30):
        blocks = []
        for _ in range(rng.randrange(0, 60)):
            text = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 60)))
            blocks.append(_Block(text, rng.choice(tags), rng.randrange(0, len(text) + 1)))
        # The edges of every threshold: 40, 100 and 200 characters, 50% and 70% in links.
        for size, link in ((40, 0), (100, 0), (200, 100), (200, 99), (199, 0), (10, 7), (10, 6)):
            blocks.append(_Block("x" * size, rng.choice(tags[:5]), link))
        rng.shuffle(blocks)
        found = summarize(blocks, (), (), og_type=None, ld_types=())
        for name, expected in _one_loop(blocks).items():
            assert found[name] == pytest.approx(expected), name


def test_text_lines_are_blocks_without_links() -> None:
    """A text scrape's lines summarized as columns give what its lines as "p" blocks with no
    link text give."""
    lines = ["Home", "News", "A long line of a story that ends like a sentence.", "Read more"]
    columns = summarize_columns(lines, ["p"] * 4, [0] * 4, (), (), og_type=None, ld_types=())
    blocks = [_Block(line, "p", 0) for line in lines]
    assert columns == summarize(blocks, (), (), og_type=None, ld_types=())


def test_labels_past_the_furniture_scan_change_no_rate() -> None:
    """The furniture words' rates read the page's labels up to ``wording.SCAN_CHARS``: the
    labels the summary stops collecting there would not have been read."""
    labels = [f"Reply {index} Posts: add to cart $5" for index in range(600)]
    columns = summarize_columns(labels, ["li"] * 600, [0] * 600, (), (), og_type=None, ld_types=())
    expected = rate_values(" ".join(labels))
    assert [columns[name] for name in RATE_NAMES] == expected
    assert len(" ".join(labels)) > 2 * SCAN_CHARS


def _reference_families(names: str) -> tuple[int, ...]:
    """The families as first defined: one regex split, lower-cased words, set intersections."""
    split = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
    words = {part.lower() for part in split.split(names) if part}
    return tuple(index for index, members in enumerate(NAME_FAMILIES.values()) if words & members)


def _random_names(seed: int) -> list[str]:
    """Class attributes made of family words, their cases and look-alikes, and separators."""
    rng = random.Random(seed)
    pieces = [
        "post",
        "Post",
        "POST",
        "menu",
        "Card",
        "item",
        "price",
        "toc",
        "x",
        "commentList",
        "reply",
        "nav",
        "2",
        "ßasket",
        "\u212aasket",
        "basket",
        "aPi",
        "TOC",
        "é",
    ]
    separators = ["-", "_", " ", "--", "\t", "\xa0", "\u2003", "\x1c", "\n", "-_ ", ""]
    names = ["", " ", "-", "postBody", "PostBody", "my_postList-item", "ab\u212aasket"]
    for _ in range(3000):
        parts = [rng.choice(pieces) for _ in range(rng.randrange(1, 5))]
        names.append("".join(part + rng.choice(separators) for part in parts))
    return names


def test_class_name_families_are_those_of_one_regex_split() -> None:
    """The C-level passes (separators by ``str.split``, camelCase by regex only when a letter is
    upper-case) find the families the one regex split finds: hyphens, underscores, runs of
    them, every kind of whitespace, camelCase, upper-case words, digits and the Kelvin sign."""
    for name in _random_names(11):
        assert class_families(name) == _reference_families(name), repr(name)


@pytest.mark.parametrize("batch", [1, 7, 60])
def test_a_pages_new_names_learnt_in_one_batch_have_each_ones_families(batch: int) -> None:
    """Families counted from names first met in a batch (joined, split and lower-cased at once,
    lower- and mixed-case names together) are each name's own, as counted one by one; names
    with a NUL in them (no HTML parser leaves one) fall back to one by one."""
    names = _random_names(5)
    names += ["post\x00Card", "\x00", "aPi\x00x"]
    clear_family_cache()
    for start in range(0, len(names), batch):
        chunk = dict.fromkeys(names[start : start + batch], 3)
        expected = [0] * len(NAME_FAMILIES)
        for name in chunk:
            for index in _reference_families(name):
                expected[index] += 3
        assert _family_counts(chunk) == expected, chunk
    assert all(_FAMILY_CACHE[name] == _reference_families(name) for name in names)


def test_the_family_cache_is_bounded_and_a_full_one_restarts_with_the_page() -> None:
    """A cache that would pass its bound is emptied, then holds the current page's names (all
    of them, those met before too), and the page's counts are right."""
    clear_family_cache()
    _FAMILY_CACHE.update((f"filler-{index}", ()) for index in range(_CACHE_NAMES - 1))
    _FAMILY_CACHE["post-card"] = _reference_families("post-card")
    page = {"post-card": 2, "product-tile": 1, "menu": 4}
    assert _family_counts(page) == [0, 2, 1, 0, 3]  # forum, shop, card (post, card, tile)
    assert set(_FAMILY_CACHE) == set(page)
    clear_family_cache()


def test_kept_families_come_from_repeated_class_names_dropped_ones_from_all() -> None:
    """A class name on one kept element ("post-4721 entry") says nothing of the page's units;
    the same name on several elements counts each of them; a dropped element's name counts
    on its own; with no class names at all every family is 0."""
    classes = ["post-4721 entry", "post-card", "post-card", "post-card", "price-box"]
    dropped = [("div", "comment-list"), ("nav", ""), ("div", "post-card")]
    clear_family_cache()
    found = summarize([], classes, dropped, og_type=None, ld_types=())
    assert found["class_forum"] == pytest.approx(math.log1p(3))
    assert found["class_card"] == pytest.approx(math.log1p(3))
    assert found["class_shop"] == 0.0
    assert found["dropped_comment"] == pytest.approx(math.log1p(1))
    assert found["dropped_forum"] == pytest.approx(math.log1p(1))
    assert set(_FAMILY_CACHE) == {"post-card", "comment-list"}
    empty = summarize([], (), (), og_type=None, ld_types=())
    assert all(
        empty[f"{side}_{family}"] == 0.0
        for family in NAME_FAMILIES
        for side in ("class", "dropped")
    )
    clear_family_cache()


def test_a_layout_reads_like_a_dict_of_its_names() -> None:
    """A page's layout is its numbers in ``LAYOUT_NAMES`` order, read by name like a dict; a
    list of the wrong length is refused."""
    layout = extract_html(story_page()).structure
    assert isinstance(layout, Layout)
    assert list(layout) == list(LAYOUT_NAMES)
    assert [layout[name] for name in LAYOUT_NAMES] == layout.numbers
    assert dict(layout)["page_chars"] == layout.numbers[LAYOUT_NAMES.index("page_chars")]
    with pytest.raises(ValueError, match="layout numbers"):
        Layout([0.0])


_THREAD = """<html><head><title>Help with my bike</title></head><body><h1>Help with my bike</h1>
{posts}</body></html>"""
_POST = """<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Rider {n}
</span><p itemprop="text">My chain slips on the third gear every time I climb a hill, any
idea what I should adjust first before I take it to the shop again?</p></div>"""


def test_a_thread_marked_in_microdata_is_marked_in_the_layout() -> None:
    """Posts marked as comments in microdata, with no JSON-LD to say so, make the page a thread
    in its layout (``marked_thread``), as the extractor found for its walk; a page without them
    is not one."""
    thread = extract_html(_THREAD.format(posts="".join(_POST.format(n=n) for n in range(4))))
    assert thread.structure is not None
    assert thread.structure["marked_thread"] == 1.0
    assert thread.structure["marked_product"] == 0.0
    plain = extract_html(_THREAD.format(posts="<p>" + "A story of prose. " * 20 + "</p>"))
    assert plain.structure is not None
    assert plain.structure["marked_thread"] == 0.0


def test_one_product_in_microdata_is_marked_in_the_layout() -> None:
    """One microdata Product item (og:type and JSON-LD silent) makes the page one product's in
    its layout (``marked_product``)."""
    page = extract_html(
        """<html><head><meta property="og:type" content="website"></head><body>
        <div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Trail Pack 30</h1>
        <p itemprop="description">A light pack for long days on the trail, with a frame that
        keeps its load close to the back and pockets for everything you carry.</p>
        <span itemprop="price">$120</span></div></body></html>"""
    )
    assert page.structure is not None
    assert page.structure["marked_product"] == 1.0
    assert page.structure["marked_thread"] == 0.0


def test_a_paywalled_story_is_not_marked_a_product() -> None:
    """A story whose microdata types its subscription a CreativeWork and a Product (Google's
    paywalled-content markup) is not one product's page in its layout (``marked_product``)."""
    page = extract_html(
        """<html><head><meta property="og:type" content="article"></head><body>
        <article itemscope itemtype="http://schema.org/NewsArticle"><h1>The vote</h1>
        <div itemprop="isPartOf" itemscope
        itemtype="http://schema.org/CreativeWork http://schema.org/Product">
        <meta itemprop="productID" content="example.com:basic"></div>
        <p>The council voted on Tuesday to keep the library open through the winter, after a
        long evening of speeches from readers, staff and the mayor's office.</p></article>
        </body></html>"""
    )
    assert page.structure is not None
    assert page.structure["marked_product"] == 0.0
