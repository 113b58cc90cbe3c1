"""The site's name and labels in a page's titles."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.site_names import without_domain_name
from tests.pipeline.html.pages import page, prose


def test_the_sites_name_its_address_spells_is_cut_from_the_titles_end() -> None:
    """A last part after a separator that is one label of the page's host, spaces and case set
    aside ("The Bush Company USA" on thebushcompanyusa.com), is the site's name: the title is
    what comes before it."""
    assert (
        without_domain_name("Catering Tips | Cookshack", "https://forum.cookshack.com/topic/x")
        == "Catering Tips"
    )
    assert (
        without_domain_name("Outdoor Gear – The Bush Company USA", "https://thebushcompanyusa.com/")
        == "Outdoor Gear"
    )


def test_a_title_whose_ends_are_not_the_address_name_stays_whole() -> None:
    """A first part naming the site (a home page's own name), a last part that only resembles
    the host, a title without a separator and a page without an address all stay as written."""
    assert (
        without_domain_name("Talkspace - Rated Online Therapy", "https://www.talkspace.com/")
        == "Talkspace - Rated Online Therapy"
    )
    assert (
        without_domain_name("Catering Tips | Cookshack Forum", "https://cookshack.com/")
        == "Catering Tips | Cookshack Forum"
    )
    assert without_domain_name("Cookshack", "https://cookshack.com/") == "Cookshack"
    assert without_domain_name("Catering Tips | Cookshack", None) == "Catering Tips | Cookshack"


def test_the_extracted_title_loses_the_name_the_address_spells() -> None:
    """A page fetched from its site's address, titled "Headline | Site" with no og:site_name,
    is titled with the headline alone."""
    html = page(prose("story", 4), "<title>Catering Tips | Cookshack</title>")
    assert extract_html(html, url="https://forum.cookshack.com/topic/x").title == "Catering Tips"
    assert extract_html(html).title == "Catering Tips | Cookshack"
