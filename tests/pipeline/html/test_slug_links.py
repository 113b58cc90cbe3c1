"""The writer named by a link under the headline to a person's own page, its address ending in
the slug of its words, when nothing else names anyone."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def _authors(under_headline: str) -> tuple[str, ...]:
    html = page("<h1>Coding with models</h1>" + under_headline + prose("s", 4))
    return extract_html(html).authors


def test_a_link_to_a_persons_page_under_the_headline_names_the_author() -> None:
    """A link whose address ends in its words' slug, under a folder of people's pages ("staff",
    "blog-authors"), names the author, accents folded as a CMS spells them."""
    staff = "<div><span><a href='/staff/2648209001/brian-truitt/'>Brian Truitt</a></span></div>"
    assert _authors(staff) == ("Brian Truitt",)
    card = "<div><a href='/blog-authors/scott-matton'><div>Scott Matton</div></a></div>"
    assert _authors(card) == ("Scott Matton",)
    accented = "<div><a href='/team/bence-kovacs'>Bence Kovács</a></div>"
    assert _authors(accented) == ("Bence Kovács",)


def test_a_slug_link_elsewhere_than_a_persons_page_names_no_one() -> None:
    """A slug under a folder not of people (a service, a tag) names no one, nor does a link
    whose address is not its words' slug."""
    service = "<div><a href='/services/tile-work'>Tile Work</a></div>"
    assert _authors(service) == ()
    tag = "<div><a href='/tag/jane-roe'>Jane Roe</a></div>"
    assert _authors(tag) == ()
    other = "<div><a href='/staff/1234'>Jane Roe</a></div>"
    assert _authors(other) == ()


def test_two_people_a_sentence_or_a_list_of_people_name_no_one() -> None:
    """Two people's pages, a person's page linked from a sentence, and one item of a list of
    people each linked by name name no one."""
    two = (
        "<div><a href='/people/jane-roe'>Jane Roe</a></div>"
        "<div><a href='/people/john-doe'>John Doe</a></div>"
    )
    assert _authors(two) == ()
    sentence = (
        "<p>The review weighed the work of many experts, including <a href='/profile/lewis-ziska'>"
        "Lewis Ziska</a>, PhD, from the school of public health, and found a loop whereby the "
        "pressure on the supply grows as its practices change.</p>"
    )
    assert _authors(sentence) == ()
    fellows = (
        "<ul><li><a href='https://brewster.cc/'>David Brewster</a> (office hours Tuesday)</li>"
        "<li><a href='/person/depen-morwani'>Depen Morwani</a> (office hours Monday)</li></ul>"
    )
    assert _authors(fellows) == ()


def test_a_meta_line_over_the_headline_with_the_given_name_shortened_names_the_author() -> None:
    """A section, date and writer's link on a line just over the headline names the writer,
    the address spelling the given name in full ("matthew-check" for "Matt Check"); a slug of
    another surname names no one."""
    meta_line = (
        "<div><a href='/blog-category/wine-101'>Wine 101</a><div>December 14, 2025</div>"
        "<a href='/team/matthew-check'>Matt Check</a></div>"
    )
    html = page(meta_line + "<h1>Wine for beginners</h1>" + prose("s", 4))
    assert extract_html(html).authors == ("Matt Check",)
    other = meta_line.replace("matthew-check", "matthew-chance")
    html = page(other + "<h1>Wine for beginners</h1>" + prose("s", 4))
    assert extract_html(html).authors == ()
