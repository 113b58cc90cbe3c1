"""A photo's credit on a line of its own beside a picture set outside a <figure>."""

from __future__ import annotations

from newswire.pipeline.html.photo_credits import is_photo_credit
from tests.pipeline.html.pages import page, prose, text_of


def test_a_credit_under_a_bare_picture_leaves_the_story() -> None:
    """A story's picture set as a bare <img> with its agency credit in a <span> under it: the
    credit is no line of the story, the paragraphs around it are."""
    html = page(
        f'<div class="story">{prose("before", 3)}'
        '<div><img src="a.jpg"><span>Getty Images / Holger Leue</span></div>'
        f"{prose('after', 3)}</div>"
    )
    text = text_of(html)
    assert "Holger Leue" not in text
    assert "before 0" in text
    assert "after 2" in text


def test_labelled_credits_and_agency_credits_are_photo_credits() -> None:
    """A short line labelled as a credit ("Photo:", "Credit:", "Image credit:", "Photo by"),
    or naming a picture agency after a slash or "via", or before a slash, is a credit."""
    for line in (
        "Photo: Shutterstock",
        "Credit: Apple",
        "Image credit: © Depositphotos.com/AndrewLozovyi",
        "Photo by Jane Doe",
        "DGLimages via Getty Images",
        "AP Photo/Evan Vucci",
        "Jane Doe / Getty Images",
    ):
        assert is_photo_credit(line, 0), line


def test_an_agency_name_alone_a_credit_sending_to_a_site_and_a_sentence_are_no_credits() -> None:
    """An agency's name alone (a heading in a guide to stock photo sites), a credit that links
    or names a maker's site (a roundup sending the reader to each photo's site) and a
    sentence about a photo stay in the story; an agency's own site name is a credit."""
    assert not is_photo_credit("Shutterstock", 0)
    assert not is_photo_credit("Getty Images", 0)
    assert not is_photo_credit("Photo Credit: Jane Doe", 10)
    assert not is_photo_credit("Photo Credit: www.example.com", 0)
    assert not is_photo_credit("Photo Credit: diymaker.com", 0)
    assert not is_photo_credit("Photo by Jo https://www.pexels.com/photo/lights-417458", 0)
    assert is_photo_credit("Image credit: Depositphotos.com/AndrewLozovyi", 0)
    assert not is_photo_credit("The photo was taken by a friend who lives in Paris.", 0)
    assert not is_photo_credit("Picture this: a beach at dawn", 0)
    long = "Photo: " + "the mayor opening the new bridge over the river " * 3
    assert not is_photo_credit(long, 0)
