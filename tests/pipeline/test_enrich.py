"""The enrich stage's choice of the title and the authors by the page's type, and of the dates."""

from __future__ import annotations

from datetime import UTC, datetime

from newswire.pipeline.enrich import _first_date, _titled, _unsigned
from newswire.pipeline.extracted import Extracted


def test_a_service_pages_title_is_the_offers_name() -> None:
    """On a page the classifier says is a service's, the offer's name found by the extractor
    replaces the slogan headline; on any other page type the headline stays."""
    found = Extracted(
        title="Insurance to help protect you",
        paragraphs=("Text.",),
        offer_name="Insurance for Rideshare and Delivery Drivers",
    )
    assert _titled(found, "service").title == "Insurance for Rideshare and Delivery Drivers"
    assert _titled(found, "article").title == "Insurance to help protect you"
    assert _titled(found, "product").title == "Insurance to help protect you"


def test_without_an_offers_name_the_title_stays() -> None:
    """A service's page whose extractor found no offer's name keeps its headline."""
    found = Extracted(title="Cloudflare CDN", paragraphs=("Text.",))
    assert _titled(found, "service").title == "Cloudflare CDN"


def test_a_product_pages_title_loses_its_variant() -> None:
    """On a page the classifier says is a product's, the variant after the product's name
    ("- 32 Precision Bits") is cut; an article keeps its title whole."""
    found = Extracted(title="Moray Driver Kit - 32 Precision Bits", paragraphs=("Text.",))
    assert _titled(found, "product").title == "Moray Driver Kit"
    assert _titled(found, "article").title == "Moray Driver Kit - 32 Precision Bits"


def test_a_forum_pages_title_loses_its_threads_label() -> None:
    """On a page the classifier says is a forum's, the board's tag before the thread's title
    ("Consulting - ") is cut; an article keeps its title whole."""
    found = Extracted(title="Consulting - is it worth it?", paragraphs=("Text.",))
    assert _titled(found, "forum").title == "is it worth it?"
    assert _titled(found, "article").title == "Consulting - is it worth it?"


def test_a_product_or_service_page_is_signed_by_no_one() -> None:
    """On a page the classifier says is a product's or a service's, the names the byline
    rules found (a testimonial's, a sales team's) are dropped; an article, a forum thread and
    a listing keep theirs."""
    found = Extracted(title="Why us", paragraphs=("Text.",), authors=("Jack Nicholson",))
    assert _unsigned(found, "service").authors == ()
    assert _unsigned(found, "product").authors == ()
    for kept in ("article", "forum", "listing"):
        assert _unsigned(found, kept).authors == ("Jack Nicholson",)


_FETCHED = datetime(2026, 3, 1, tzinfo=UTC)


def test_a_modification_before_the_publication_is_passed_over() -> None:
    """The modification is the first candidate not two days or more before the publication:
    a scheduled post's earlier last save is skipped for the update the page shows after it,
    and with no other candidate the story has no modification."""
    published = datetime(2025, 3, 12, 8, tzinfo=UTC)
    stamps = ("2025-03-03T15:01:45+00:00", "2025-03-20")
    chosen = _first_date(stamps, _FETCHED, "en", not_before=published)
    assert chosen == datetime(2025, 3, 20, tzinfo=UTC)
    assert _first_date(stamps[:1], _FETCHED, "en", not_before=published) is None
    # Without a publication to weigh against, the first that parses.
    assert _first_date(stamps, _FETCHED, "en") == datetime(2025, 3, 3, 15, 1, 45, tzinfo=UTC)


def test_a_modification_a_day_before_the_publication_stays() -> None:
    """A modification one day before the publication is kept: a day stamped in UTC beside the
    day the page shows in its own zone differ by one."""
    published = datetime(2025, 12, 19, tzinfo=UTC)
    chosen = _first_date(("2025-12-18T05:15:25",), _FETCHED, "en", not_before=published)
    assert chosen is not None
    assert chosen.date().isoformat() == "2025-12-18"
