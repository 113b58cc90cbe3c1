"""Furniture words counted per 1000 words of a page's text."""

from __future__ import annotations

import pytest

from newswire.pipeline.pagetype.wording import FAMILIES, SCAN_CHARS, word_rates


def test_a_shop_page_shows_prices_and_cart_words() -> None:
    """Currency signs wherever they stand, "Add to cart" in any case, and "SKU:" with its colon
    count for the shop families; words of no family count for none."""
    text = "Blue kettle $49.99 ADD TO CART In stock SKU: 1234 " + "plain words " * 20
    rates = word_rates(text)
    words = 50  # the rate's floor: short texts are not inflated
    assert rates["text_price"] == pytest.approx(1000 * 1 / words)
    assert rates["text_cart"] == pytest.approx(1000 * 3 / words)
    assert rates["text_forum"] == rates["text_docs"] == 0


def test_words_count_whole_not_inside_other_words() -> None:
    """ "api" inside "capital" or "rapid" is no documentation word; "API" and "api." are."""
    rates = word_rates("the capital saw rapid growth " * 10 + "API usage api.")
    assert rates["text_docs"] == pytest.approx(1000 * 3 / 53)  # 50 + 3 words


def test_phrases_listings_and_dates() -> None:
    """Listing furniture ("Read more", "Older posts") and dates (month names, years, "ago")."""
    text = "Read more Jan 5, 2024 read more 3 days ago Older posts " * 5
    rates = word_rates(text)
    tokens = len(text.split())
    assert rates["text_listing"] == pytest.approx(1000 * 15 / max(50, tokens))
    assert rates["text_date"] == pytest.approx(1000 * 15 / max(50, tokens))


def test_every_family_is_reported_and_only_the_head_is_scanned() -> None:
    """Every family has a rate, zero when absent; text past SCAN_CHARS is not read."""
    assert set(word_rates("")) == {f"text_{family}" for family in FAMILIES}
    assert set(word_rates("").values()) == {0.0}
    late = "x" * SCAN_CHARS + " reply reply reply"
    assert word_rates(late)["text_forum"] == 0


def test_a_manuals_contents_and_edit_links_count_as_docs() -> None:
    """ "On this page" and "Edit this page" are a manual's furniture; "on" alone is not."""
    text = "On this page Install Edit this page on the left " + "plain words " * 20
    rates = word_rates(text)
    # "install" (a docs word) + the two phrases; the second "on" starts no phrase.
    assert rates["text_docs"] == pytest.approx(1000 * 3 / 50)


def test_sales_calls_to_action_count_as_service() -> None:
    """A service page's "Try it free", "Free trial" and "Talk to sales" count as service."""
    text = "Try it free Start your free trial Talk to sales " + "plain words " * 20
    assert word_rates(text)["text_service"] == pytest.approx(1000 * 3 / 50)


def test_every_currency_sign_counts_in_ascii_and_other_texts_alike() -> None:
    """ "$" counts in a text of ASCII alone (where no other sign can stand), and "$", "€", "£",
    "¥" and "₹" each count once in a text that holds them (the scan skips only impossible signs)."""
    ascii_only = "Basic plan $9 per month " + "plain words " * 20
    assert word_rates(ascii_only)["text_price"] == pytest.approx(1000 * 1 / 50)
    signs = "Prices: $9 €9 £9 ¥9 ₹9 " + "plain words " * 20
    assert word_rates(signs)["text_price"] == pytest.approx(1000 * 5 / 50)
