"""A labelled cross-link between a story's paragraphs ("Related: <title>") is no story text."""

from __future__ import annotations

from newswire.pipeline.html.cross_links import cross_link, shows_address
from tests.pipeline.html.pages import page, prose, text_of


def test_a_label_and_a_link_that_is_all_the_rest_is_a_cross_link() -> None:
    """A label ("Related:", "READ MORE:", "See also:") followed by a link that is the rest of
    the line is a cross-link; the same label followed by words of the line's own, a label
    alone, a line without links and a credit's label are not."""
    title = "Safety Considerations: Three Tips for Maintenance"
    assert cross_link(f"Related: {title}", len(title))
    assert cross_link(f"READ MORE: {title}", len(title) - 2)  # its pieces' spaces left out
    assert cross_link("See also: Pruning roses", len("Pruning roses"))
    pitch = "Related: Our free weekly newsletter alerts you to what research says."
    assert not cross_link(pitch, len("weekly newsletter"))
    assert not cross_link("Also read:", 0)
    assert not cross_link(f"Related: {title}", 0)
    assert not cross_link(f"Source: {title}", len(title))


def test_a_cross_link_set_as_a_subheading_is_left_out_of_the_story() -> None:
    """A block editor's <h5>"Related: <a>title</a>" between two sections goes; the sections'
    own headings, linked or not, stay."""
    text = text_of(
        page(
            "<article><h1>Story</h1>"
            + prose("one", 3)
            + '<h5>Related: <a href="/other">Three Tips for Preventative Maintenance</a></h5>'
            + '<h2>Use cords with caution</h2><h3><a href="#care">Care of tools</a></h3>'
            + prose("two", 3)
            + "</article>"
        )
    )
    assert "Preventative Maintenance" not in text
    assert "Use cords with caution" in text
    assert "Care of tools" in text


def test_the_links_to_the_next_and_previous_stories_are_furniture() -> None:
    """A "next-prev" box under the story (the next story's card, its title and teaser) is
    dropped; the story stays."""
    text = text_of(
        page(
            "<article><h1>Story</h1>"
            + prose("story", 4)
            + '<div class="grid next-prev"><p><a href="/n">- Next News</a></p>'
            '<a href="/n"><h5>Audi e-Tron makes electric crossovers look good</h5></a>'
            "<p>Audi's second electric vehicle, the e-Tron Sportback, officially debuts at "
            "the show.</p></div></article>"
        )
    )
    assert "story 3" in text
    assert "e-Tron" not in text


def test_a_line_writing_out_a_web_address_after_its_words_shows_one() -> None:
    """A line with an http(s):// or www. address after words of its own ("<label>: <address>")
    shows an address; an address alone on its line does only when asked (``alone``); a name,
    a title, a domain-like word without "www." or a dotted version number never does."""
    assert shows_address("Registration: https://www.example.com/pass", alone=False)
    assert shows_address("Amazon USA $18.99: http://amzn.to/3d7yYRi", alone=False)
    assert shows_address("Visit www.example.org", alone=False)
    assert not shows_address("https://www.example.com/videos/clip.mp4", alone=False)
    assert not shows_address("www.example.org", alone=False)
    assert shows_address("https://www.example.com/videos/clip.mp4", alone=True)
    assert shows_address("www.example.org", alone=True)
    for line in ("Amazon (Craftsman)", "Read our best guide", "Example.com and version 2.3.66"):
        assert not shows_address(line, alone=True)
