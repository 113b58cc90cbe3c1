"""The account the CMS declares (two places of the markup, GTM4WP's dataLayer) signs a story no
source signs."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.markup_accounts import shown_post_author
from tests.pipeline.html.pages import page, prose


def _head(
    site: str, *, ld: str | None = None, meta: str | None = None, unfurl: str | None = None
) -> str:
    parts = [f'<meta property="og:site_name" content="{site}">']
    if ld is not None:
        parts.append(
            '<script type="application/ld+json">{"@type": "BlogPosting", "author": '
            f'{{"@type": "Person", "name": "{ld}"}}}}</script>'
        )
    if meta is not None:
        parts.append(f'<meta name="author" content="{meta}">')
    if unfurl is not None:
        parts.append(
            '<meta name="twitter:label1" content="Written by">'
            f'<meta name="twitter:data1" content="{unfurl}">'
        )
    return "".join(parts)


def _authors(head: str) -> tuple[str, ...]:
    return extract_html(page("<h1>Story</h1>" + prose("story", 4), head)).authors


def test_the_sites_name_in_two_places_of_the_markup_signs_the_story() -> None:
    """A company blog's post whose JSON-LD author and "Written by" label both name the
    company is signed by it; named in one place only, the site's name signs nothing."""
    assert _authors(_head("Budlong", ld="Budlong", unfurl="Budlong")) == ("Budlong",)
    assert _authors(_head("Budlong", ld="Budlong")) == ()


def test_a_username_in_two_places_of_the_markup_signs_the_story() -> None:
    """A username joined by dots, given by the meta author and the unfurl label, is the
    account that posted the story and is kept as written."""
    head = _head("Restless Meanderer", meta="sara.r.peter", unfurl="sara.r.peter")
    assert _authors(head) == ("sara.r.peter",)


def test_placeholders_ids_and_brand_accounts_sign_nothing() -> None:
    """A staff login, a generated id and the site's name of two words run together are no
    signature, however many places name them."""
    assert _authors(_head("World Awards", ld="q_admin", meta="q_admin")) == ()
    assert _authors(_head("Gym", ld="mdelatorreq6vkpg2ma", unfurl="mdelatorreq6vkpg2ma")) == ()
    assert _authors(_head("Levine Music", meta="levinemusic", unfurl="levinemusic")) == ()
    assert _authors(_head("Levine Music", meta="Webmaster", unfurl="Webmaster")) == ()


def test_two_accounts_in_the_markup_sign_nothing() -> None:
    """When the markup's places name two different accounts twice each, none is the one that
    posted the story."""
    head = _head("Site", ld="jane.roe", meta="jane.roe") + (
        '<meta name="twitter:label1" content="Written by">'
        '<meta name="twitter:data1" content="john.doe">'
        '<meta name="author" content="john.doe">'
    )
    assert _authors(head) == ()


def _data_layer(author: str) -> str:
    return (
        "<script>var dataLayer_content = {"
        f'"pagePostType":"page","pagePostAuthor":"{author}"}};</script>'
    )


def test_the_data_layers_post_author_shown_on_the_page_signs_the_story() -> None:
    """GTM4WP's dataLayer names the post's author; when the page shows that name (a menu's
    "Meet Krystyna") it signs the story, when it does not the account signs nothing."""
    story = "<h1>Apps compared</h1>" + prose("story", 4)
    menu = "<ul><li><a href='/about'>Meet Krystyna</a></li></ul>"
    assert extract_html(page(menu + story, _data_layer("Krystyna"))).authors == ("Krystyna",)
    assert extract_html(page(story, _data_layer("Megan Young"))).authors == ()


def test_a_data_layer_is_read_only_where_the_markup_writes_its_key() -> None:
    """The dataLayer's post author is looked for in the inline scripts only when the markup
    holds its key: the script's text is the markup as written, so the answer is the same, and
    a page without the key is not queried for its scripts."""
    story = "<h1>Apps compared</h1>" + prose("story", 4) + "<p>Meet Krystyna</p>"
    with_layer = LexborHTMLParser(page(story, _data_layer("Krystyna")))
    assert shown_post_author(with_layer, set()) == ("Krystyna",)
    other = '<script>var dataLayer_content = {"pagePostType":"page"};</script>'
    assert shown_post_author(LexborHTMLParser(page(story, other)), set()) == ()
