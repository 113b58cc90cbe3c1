"""Authors named by a page's elements: author links read as a reader sees them."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import SENTENCE, page, prose


def test_an_author_links_name_and_role_in_sibling_elements_give_the_name() -> None:
    """An author link holding the name and the role in elements of their own, with no space
    between them, gives the name alone (not "Harry RabinowitzTech Reporter"); a "Written By"
    label in its own element is skipped; a link whose pieces are spaced reads whole."""
    glued = page(
        "<h1>Story</h1><a href='/author/harry-rabinowitz'><p>Harry Rabinowitz</p>"
        "<p>Tech Reporter</p></a>" + prose("s", 4)
    )
    assert extract_html(glued).authors == ("Harry Rabinowitz",)
    labelled = page(
        "<h1>Story</h1><a href='/author/reyan'><span>Written By</span><span>Reyan Perumal"
        "</span></a>" + prose("s", 4)
    )
    assert extract_html(labelled).authors == ("Reyan Perumal",)
    spaced = page(
        "<h1>Story</h1><a href='/author/ann-lee'><span>Ann</span> <span>Lee</span></a>"
        + prose("s", 4)
    )
    assert extract_html(spaced).authors == ("Ann Lee",)


def test_an_author_link_inside_the_storys_prose_signs_nothing() -> None:
    """Colleagues linked to their author pages inside a paragraph of the story are mentions:
    the byline's author link names the writer alone; a short byline paragraph still counts."""
    html = page(
        "<h1>Story</h1><div class='meta'><a href='/author/harry-rabinowitz'>Harry Rabinowitz"
        "</a></div><p>As my colleagues <a href='/author/rebecca-rodriguez'>Rebecca Rodriguez"
        f"</a> and <a href='/author/zoe-malin'>Zoe Malin</a> found, {SENTENCE} {SENTENCE}</p>"
        + prose("s", 4)
    )
    assert extract_html(html).authors == ("Harry Rabinowitz",)
    short = page("<h1>Story</h1><p>By <a href='/author/ann-lee'>Ann Lee</a></p>" + prose("s", 4))
    assert extract_html(short).authors == ("Ann Lee",)


def test_commenters_and_an_initials_avatar_are_no_bylines() -> None:
    """Author-named elements and author links in a comment thread name commenters, not the
    writer; an avatar showing the writer's initials ("CM") beside the name is no second
    author."""
    html = page(
        "<h1>Story</h1><div class='author_cont'><div class='news-author'>CM</div>"
        "<div class='author_cont'>Craig McCarthy</div></div>"
        + prose("s", 4)
        + "<ul class='jcomments-latest'><li><span class='author'>George Oates</span></li>"
        "<li><span class='author'>Nelly</span></li></ul>"
    )
    assert extract_html(html).authors == ("Craig McCarthy",)
    linked = page(
        "<h1>Story</h1><a href='/author/ann-lee'>Ann Lee</a>"
        + prose("s", 4)
        + "<ol id='comments'><li><a href='/author/bob-stone'>Bob Stone</a> said: nice</li></ol>"
    )
    assert extract_html(linked).authors == ("Ann Lee",)
