"""The enrich stage's choice of the title by the page's type."""

from __future__ import annotations

from newswire.pipeline.enrich import _titled
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
