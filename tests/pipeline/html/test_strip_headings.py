"""The strip headings of ``strip_headings``: a listing's and a forum's strips of the site's other
pages under their headings go, the page's own items stay."""

from __future__ import annotations

import re

import pytest

from newswire.pipeline.html.strip_headings import (
    OTHER_PRODUCTS_HEADING,
    RECOMMENDATION_BODY,
    REVIEWS_HEADING,
)
from newswire.pipeline.html.strips import without_strips
from newswire.pipeline.html.walk import Block
from tests.pipeline.html.pages import page, text_of


@pytest.mark.parametrize("heading", ["Related pages", "Related categories"])
def test_a_listings_strip_of_its_sites_other_pages_is_dropped(heading: str) -> None:
    """A listing's strip of the site's other category pages under "Related pages" (a heading
    and linked names of other listings in a container of their own, after the items) goes;
    the listing's items stay."""
    items = [
        Block(
            f"Rowing machine model {i}, a folding rower with a monitor", "div", 24, (0, 1, 10 + i)
        )
        for i in range(12)
    ]
    strip = [Block(heading, "h2", 0, (0, 2, 30))] + [
        Block(f"Other category {i}", "p", 16, (0, 2, 31 + i)) for i in range(4)
    ]
    kept = without_strips(items + strip)
    assert kept == items
    other = [Block("Other listings we carry", "h2", 0, (0, 2, 30)), *strip[1:]]
    assert without_strips(items + other) == items + other


@pytest.mark.parametrize(
    "heading",
    [
        "Similar discussions",
        "Related discussions",
        "Suggested Topics",
        "More Topics from this Board",
    ],
)
def test_a_forums_strip_of_its_other_threads_is_dropped(heading: str) -> None:
    """A thread's strip of the forum's other threads under a heading that says so ("Related
    discussions", "More Topics from this Board": each a linked title, its board and its count of
    posts) goes; the thread's posts stay."""
    posts = "".join(
        f'<div class="msg"><div class="user">user{i}</div><div class="msg_body">Reply {i}: I '
        "tried that board too, and the switches felt fine after a week of typing on it.</div>"
        "</div>"
        for i in range(6)
    )
    threads = "".join(
        f'<li><div class="content"><a href="/t{i}">Another thread about keyboards number {i}'
        f'</a> Community</div><div class="stats">{i + 3} posts</div></li>'
        for i in range(6)
    )
    html = page(
        f'<div class="main"><h1>Best hot-swap board?</h1>{posts}<div class="pod">'
        f'<div class="head"><h2>{heading}</h2></div><div class="body"><ol>{threads}</ol></div>'
        "</div></div>"
    )
    text = text_of(html)
    assert "Reply 5" in text
    assert "Another thread about keyboards" not in text


@pytest.mark.parametrize(
    ("title", "reviews"),
    [
        ("7672 Reviews", True),
        ("Customer ratings", True),
        ("Rating snapshot", True),
        ("Complete your order", False),
    ],
)
def test_a_products_reviews_title_is_told_from_its_other_strips(title: str, reviews: bool) -> None:
    """A shop's reviews title ("7672 Reviews", "Customer ratings") is one of a product page's
    strip titles and is also told apart from the others ("Complete your order")."""
    assert OTHER_PRODUCTS_HEADING.fullmatch(title)
    assert bool(REVIEWS_HEADING.fullmatch(title)) is reviews


@pytest.mark.parametrize(
    "heading", ["Similar brands on Amazon", "Similar brands", "From the brand"]
)
def test_a_marketplaces_strip_of_similar_brands_is_dropped(heading: str) -> None:
    """An item's page ending in a marketplace's "Similar brands on <marketplace>" strip
    (other makers' items, each a name and a price) or the maker's "From the brand" showcase
    loses it even where its markup does not say it is one product's; the item's description
    stays."""
    items = [
        Block(
            f"Feature {i}: the earbuds pair quickly and hold a charge for hours",
            "li",
            0,
            (0, 1, 10 + i),
        )
        for i in range(12)
    ]
    strip = [Block(heading, "h2", 0, (0, 2, 30))] + [
        Block(f"Other earbuds model {i} EUR22.37", "a", 20, (0, 2, 31 + i)) for i in range(4)
    ]
    assert without_strips(items + strip) == items


@pytest.mark.parametrize(
    ("heading", "strip"),
    [
        ("Customers also bought", True),
        ("Customers also bought or read", True),
        ("Customers who viewed this item also viewed", True),
        ("Customers also bought or read the reviews of this book", False),
    ],
)
def test_a_shops_strip_of_what_other_buyers_chose_is_told_by_its_heading(
    heading: str, strip: bool
) -> None:
    """The heading of a shop's strip of what other buyers chose is a recommendation's, with
    one verb or two ("also bought or read"); a longer line with those words is not."""
    assert (re.fullmatch(RECOMMENDATION_BODY, heading, re.IGNORECASE) is not None) == strip
