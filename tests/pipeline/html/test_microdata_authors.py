"""The author a page's microdata names as a plain ``itemprop="author"`` property, asked where the
byline elements and the "By …" line named no one."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_a_plain_author_property_signs_a_story_whose_classes_say_nothing() -> None:
    """A story whose byline's classes are hashed is signed by the name its microdata marks as
    the author, in the footer after the story, with no "By" before it to tell a byline."""
    shown = page(
        "<h1>Puppy Training</h1>" + prose("s", 4) + '<footer><div class="x7f2a">'
        '<span class="q91c" itemprop="author" itemscope itemtype="http://schema.org/'
        'Person"> The Diggs Team </span></div></footer>'
    )
    assert extract_html(shown).authors == ("The Diggs Team",)


def test_author_properties_naming_several_people_sign_nothing() -> None:
    """Author properties naming two people or more are a list's cards (each story its own
    writer): none of them signs the page."""
    cards = "".join(
        f'<div class="c1"><h2>Story {n}</h2><span itemprop="author">{name}</span></div>'
        for n, name in enumerate(("Phoebe Sajor", "Zach Rutta", "Ryan Donovan"))
    )
    assert extract_html(page("<h1>Latest</h1>" + prose("s", 4) + cards)).authors == ()
    one = page("<h1>Latest</h1>" + prose("s", 4) + cards.split("</div>")[0] + "</div>")
    assert extract_html(one).authors == ("Phoebe Sajor",)


def test_an_author_property_that_is_no_name_signs_nothing() -> None:
    """An author property holding a sentence or a card with a bio is not read as a name."""
    card = page(
        "<h1>Story</h1>" + prose("s", 4) + '<div itemprop="author">Our team of editors tests '
        "every product we recommend in our own homes before we write about it.</div>"
    )
    assert extract_html(card).authors == ()
