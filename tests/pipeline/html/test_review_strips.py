"""``review_strips.allowed_share``, through ``strips.without_strips`` on a product's page: a
reviews widget under its heading may outweigh the product's text and still go."""

from __future__ import annotations

from newswire.pipeline.html.page_elements import Page
from newswire.pipeline.html.review_strips import allowed_share
from newswire.pipeline.html.strips import without_strips
from newswire.pipeline.html.walk import walk
from tests.pipeline.html.pages import SENTENCE, page, prose

_CARDS = "".join(
    f"<div><div>Buyer {i}</div><p>Review number {i}: {SENTENCE}</p></div>" for i in range(3)
)


def _kept(body: str, *, product: bool = True) -> list[str]:
    """The texts of ``body``'s blocks that ``without_strips`` keeps."""
    root = Page(page(body)).body
    assert root is not None
    blocks, _ = walk(root, by_name=True)
    return [block.text for block in without_strips(blocks, product=product)]


def test_a_scored_reviews_widget_bigger_than_a_strip_goes_on_a_product_page() -> None:
    """On one product's page, buyers' reviews under "8 Reviews" with their score as a bare
    number ("4.7") go even when they hold more than a strip's share of the page's text (a
    short description beside the cards, in elements whose names say nothing); the
    description stays."""
    reviews = f"<section><h3>8 Reviews</h3><div>4.7</div>{_CARDS}</section>"
    kept = _kept(f"<div>{prose('product', 4)}</div>{reviews}")
    assert any(text.startswith("product 3") for text in kept)
    assert not any(text.startswith("Review number") for text in kept)


def test_unscored_testimonials_under_reviews_stay_when_they_outweigh_a_strip() -> None:
    """The same cards with no score, count or vote as a bare number (a course's or a maker's
    quoted testimonials under "Reviews") stay when they hold more than a strip's share: the
    page's own text, as a strip's share allows no more."""
    reviews = f"<section><h3>Reviews</h3>{_CARDS}</section>"
    kept = _kept(f"<div>{prose('product', 4)}</div>{reviews}")
    assert any(text.startswith("Review number 2") for text in kept)


def test_a_scored_reviews_widget_stays_on_a_page_that_is_no_products() -> None:
    """On a page that does not say it is one product's (a critic's review, a firm's
    testimonials), the scored widget is not taken for a shop's reviews: it stays."""
    reviews = f"<section><h3>8 Reviews</h3><div>4.7</div>{_CARDS}</section>"
    kept = _kept(f"<div>{prose('product', 4)}</div>{reviews}", product=False)
    assert any(text.startswith("Review number 2") for text in kept)


def test_a_strip_not_headed_by_reviews_keeps_the_common_share() -> None:
    """A strip given no reviews heading may hold only the common share."""
    root = Page(page("<div><h3>Related</h3><div>4.7</div></div>")).body
    assert root is not None
    blocks, _ = walk(root, by_name=True)
    assert allowed_share(blocks, 1, None, 0.3) == 0.3


def test_a_widget_of_stamped_buyer_cards_may_hold_three_quarters_of_the_page() -> None:
    """A scored widget whose cards carry the review app's stamps ("Verified buyer", "8 days
    ago") goes even when it holds more than the scored share (0.6) of the page, a short
    description beside many cards; the description stays. Without the stamps the same widget
    stays."""
    cards = "".join(
        f"<div><div>Verified buyer</div><div>{i + 2} days ago</div>"
        f"<p>Review number {i}: {SENTENCE}</p></div>"
        for i in range(6)
    )
    reviews = f"<section><h3>Reviews</h3><div>4.1</div>{cards}</section>"
    kept = _kept(f"<div>{prose('product', 3)}</div>{reviews}")
    assert any(text.startswith("product 2") for text in kept)
    assert not any(text.startswith("Review number") for text in kept)
    plain = reviews.replace("Verified buyer", "Jane").replace("days ago", "stars")
    kept = _kept(f"<div>{prose('product', 3)}</div>{plain}")
    assert any(text.startswith("Review number") for text in kept)


def test_cards_each_on_one_line_ending_in_their_score_make_a_scored_widget() -> None:
    """Buyers' cards printed each on one line, title, name and words run together and the
    score last ("... Easy to put together. 5"), under "Reviews" and outweighing a strip's
    share of the page, go: their trailing scores say it is a widget of ratings. The
    description stays; two such lines are not yet a widget, and the cards stay."""
    cards = "".join(
        f"<div><span>Great {i}</span> <span>Buyer</span> <span>{SENTENCE}</span> "
        f"<span>{i + 3}</span></div>"
        for i in range(3)
    )
    reviews = f"<section><h3>Reviews</h3>{cards}</section>"
    kept = _kept(f"<div>{prose('product', 3)}</div>{reviews}")
    assert any(text.startswith("product 2") for text in kept)
    assert not any(text.startswith("Great") for text in kept)
    two = reviews.replace("<span>5</span>", "<span>stars</span>")
    kept = _kept(f"<div>{prose('product', 3)}</div>{two}")
    assert any(text.startswith("Great 2") for text in kept)
