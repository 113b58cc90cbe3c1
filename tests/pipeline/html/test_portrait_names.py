"""The name under a person's portrait: the alt text the card repeats as its visible name."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import portrait_names as portrait_names_module
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.portrait_names import portrait_names

_HEAD = "<h1>How to plan a room</h1><p>The story.</p>"


def _names(body: str) -> list[str]:
    return portrait_names(LexborHTMLParser(f"<html><body>{body}</body></html>"))


def _card(name: str, shown: str | None = None, src: str = "/img/team/p.jpg") -> str:
    return (
        f'<div class="q1"><div class="q2"><img src="{src}" alt="{name}"></div>'
        f'<div class="q3"><div class="q4">{shown or name}</div><p>March 3, 2024</p></div></div>'
    )


def test_a_portrait_whose_card_repeats_its_alt_names_the_writer() -> None:
    """A portrait after the headline whose card shows the same name gives that name as shown."""
    assert _names(_HEAD + _card("Lauren Vetter")) == ["Lauren Vetter"]
    assert _names(_HEAD + _card("Podium staff", "Podium Staff")) == ["Podium Staff"]


def test_no_name_without_agreement_or_a_headline() -> None:
    """An alt that the card does not repeat, an alt that is no name, and a card above the
    headline or on a page without one give nothing."""
    assert _names(_HEAD + _card("Lauren Vetter", "Someone Else")) == []
    assert _names(_HEAD + _card("Modern living room with a sofa")) == []
    assert _names(_card("British English") + _HEAD) == []
    assert _names(_card("Lauren Vetter")) == []


def test_portraits_of_several_people_name_no_one() -> None:
    """Two people's cards (a team grid, testimonials) sign nothing; the same person twice does."""
    assert _names(_HEAD + _card("Lauren Vetter") + _card("Joakim Edin")) == []
    assert _names(_HEAD + _card("Lauren Vetter") + _card("Lauren Vetter")) == ["Lauren Vetter"]


def test_a_portrait_in_the_footer_is_not_read() -> None:
    """A card in the page's footer or an aside is the site's, not the story's writer."""
    assert _names(_HEAD + f"<footer>{_card('Lauren Vetter')}</footer>") == []


def test_a_portraits_words_and_role_around_the_name_are_set_aside() -> None:
    """ "Picture of …", "Headshot of …, role" in the alt still name the person the card shows."""
    assert _names(_HEAD + _card("Picture of Andrew King", "Andrew King")) == ["Andrew King"]
    headshot = "Headshot of Lisa Pham, Associate Content Marketing Writer"
    assert _names(_HEAD + _card(headshot, "Lisa Pham")) == ["Lisa Pham"]
    assert _names(_HEAD + _card("Picture of a tire", "a tire")) == []


def test_a_picture_not_filed_as_a_persons_names_no_one() -> None:
    """A product's or feature's picture whose alt repeats its card's heading is no portrait:
    only an alt saying "Picture of …" or an address among people ("/authors/") makes one."""
    assert _names(_HEAD + _card("Digital Photo Frame", src="/media/frame-front.jpg")) == []
    assert _names(_HEAD + _card("Sarah Knowles", src="/media/sarahknowles2.jpg")) == []
    assert _names(_HEAD + _card("Sarah Knowles", src="/discovery/authors/sk2.jpg")) == [
        "Sarah Knowles"
    ]
    assert _names(_HEAD + _card("Photo of Sarah Knowles", "Sarah Knowles", src="/m/1.jpg")) == [
        "Sarah Knowles"
    ]


def test_a_members_picture_names_no_one() -> None:
    """A picture filed among users (a commenter's or reviewer's) is no writer's portrait."""
    assert _names(_HEAD + _card("Cioccolata Russo", src="https://img.example/users/40/a.png")) == []


def test_the_portrait_right_under_the_headline_names_the_writer_among_several() -> None:
    """Among several portraits, the first one's name as the first text under the headline is
    the writer's card, the later ones the people quoted; the same portraits below a deck and a
    paragraph name no one."""
    cards = _card("Headshot of Lisa Pham, Writer", "Lisa Pham") + "<p>The story.</p>"
    cards += _card("Clover Hubbard")
    html = f"<html><body><h1>How to plan a room</h1>{cards}</body></html>"
    tree = LexborHTMLParser(html)
    assert portrait_names(tree, HeadlineTexts(tree)) == ["Lisa Pham"]
    assert portrait_names(tree) == []
    later = html.replace("</h1>", "</h1><p>A deck.</p><p>The story so far.</p><p>More.</p>")
    tree = LexborHTMLParser(later)
    assert portrait_names(tree, HeadlineTexts(tree)) == []


def _unfiled_card(alt: str, shown: str, line: str) -> str:
    """A card whose photo's address files it nowhere (a placeholder until scripts run)."""
    return (
        f'<div class="q1"><div class="q2"><img src="data:image/svg+xml,x" alt="{alt}"></div>'
        f'<div class="q3"><h3 class="q4">{shown}</h3><div class="q5">{line}</div></div></div>'
    )


def test_a_card_saying_it_is_a_writers_names_the_writer_whatever_the_photos_address() -> None:
    """A photo filed nowhere whose card gives a writer's role under the name, or a bio opening
    with the name, is the writer's portrait (the alt's case aside); the same card with a
    product's description or another role names no one."""
    assert _names(_HEAD + _unfiled_card("Rachel MacDonald", "Rachel MacDonald", "Writer")) == [
        "Rachel MacDonald"
    ]
    bio = "Alban Brooke is the Head of Marketing at Buzzsprout."
    assert _names(_HEAD + _unfiled_card("alban Brooke", "Alban Brooke", bio)) == ["Alban Brooke"]
    blurb = "A frame that shows your photos in every room."
    assert _names(_HEAD + _unfiled_card("Sarah Knowles", "Sarah Knowles", blurb)) == []
    assert _names(_HEAD + _unfiled_card("Sarah Knowles", "Sarah Knowles", "Customer")) == []


def test_a_writers_card_just_above_the_headline_names_the_writer() -> None:
    """A card right above the headline (the story's banner) whose name has a writer's role
    under it names the writer; one without such a role, one further up the header than the
    last images before the headline, or one before a page's missing headline names no one."""
    writer = _unfiled_card("Rachel MacDonald", "Rachel MacDonald", "Writer")
    assert _names(writer + _HEAD) == ["Rachel MacDonald"]
    assert _names(_unfiled_card("Sarah Knowles", "Sarah Knowles", "Customer") + _HEAD) == []
    logos = '<img src="/a.png" alt="Our logo"><img src="/b.png" alt="Our shop">'
    assert _names(writer + logos + _HEAD) == []
    assert _names(writer + "<p>The story.</p>") == []
    after = _unfiled_card("Lauren Vetter", "Lauren Vetter", "Staff Writer")
    assert _names(writer + _HEAD + after) == ["Lauren Vetter"]


def test_a_card_whose_name_is_the_text_right_under_the_headline_names_the_writer() -> None:
    """A photo filed nowhere whose card repeats its alt as the text right after the headline
    (the byline's place) names the writer; the same card after a deck, or read without the
    headline's texts, names no one."""
    card = (
        '<div class="q1"><img src="/up/shot.png" alt="Podium staff">'
        '<p class="q2">Podium Staff</p></div>'
    )
    html = f"<html><body><h1>Plumbing trends</h1>{card}<p>The story.</p></body></html>"
    tree = LexborHTMLParser(html)
    assert portrait_names(tree, HeadlineTexts(tree)) == ["Podium Staff"]
    assert portrait_names(tree) == []
    later = html.replace("</h1>", "</h1><p>A deck on trends.</p>")
    tree = LexborHTMLParser(later)
    assert portrait_names(tree, HeadlineTexts(tree)) == []


def test_a_tile_titled_or_captioned_under_the_headline_names_no_one() -> None:
    """A linked tile, a card whose name is a heading, or a captioned figure right under the
    headline (a category grid's first tile, a story's first photo) names no one, though its
    alt repeats as the text after the headline."""
    for card in (
        '<a href="/c/ha"><img src="/p.png" alt="Home Appliance"><div>Home Appliance</div></a>',
        '<div><img src="/p.png" alt="Home Appliance"><h2>Home Appliance</h2></div>',
        '<figure><img src="/p.png" alt="Photo Frame"><figcaption>Photo Frame</figcaption></figure>',
    ):
        html = f"<html><body><h1>Our range</h1>{card}<p>More items.</p></body></html>"
        tree = LexborHTMLParser(html)
        assert portrait_names(tree, HeadlineTexts(tree)) == []


def test_a_photo_whose_alt_says_author_names_the_person_in_its_card() -> None:
    """An alt that files the photo as the writer's without a name ("Photo of author") gives the
    card's person's name, past its heading and role lines; a card with no name gives nothing."""
    card = (
        '<div class="q1"><div class="q2"><img src="data:image/svg+xml,x" alt="{alt}"></div>'
        '<div class="q3"><p>About the Author</p><p>Senior Analyst</p><p>{name}</p></div></div>'
    )
    photo = card.format(alt="Photo of author", name="Asser Christensen")
    assert _names(_HEAD + photo) == ["Asser Christensen"]
    assert _names(_HEAD + card.format(alt="Photo of author", name="Read more")) == []
    assert _names(_HEAD + card.format(alt="Photo of a roaster", name="Asser Christensen")) == []


def test_the_images_are_read_in_page_order_around_the_first_headline() -> None:
    """The images with an alt text are read in page order, nested or not: the last two before
    the page's first <h1>, and those after it; none on a page without a <h1>."""
    images = "".join(f'<div><p><img alt="b{i}"></p></div><img src="/x.png">' for i in range(3))
    after = '<img alt="a0"><div><img alt="a1"><h1>Again</h1></div><img alt="a2">'
    tree = LexborHTMLParser(f"<html><body>{images}<h1>Title</h1>{after}</body></html>")
    before, found = portrait_names_module._images_by_headline(tree)
    assert [img.attrs.get("alt") for img in before] == ["b1", "b2"]
    assert [img.attrs.get("alt") for img in found] == ["a0", "a1", "a2"]
    headless = LexborHTMLParser(f"<html><body>{images}{after.replace('h1', 'h2')}</body></html>")
    assert portrait_names_module._images_by_headline(headless) == ([], [])


def test_a_cards_name_is_found_however_its_text_is_split_or_spaced() -> None:
    """A card is passed over when its whole text, cleaned and folded, cannot hold the alt's
    name; a name split by a zero-width space, spaced by a run of spaces or spelt in another case
    is still there, read as before."""
    assert _names(_HEAD + _card("Lauren Vetter", "Lau\u200bren Vetter")) == ["Lauren Vetter"]
    assert _names(_HEAD + _card("Lauren Vetter", "LAUREN \u00a0VETTER")) == ["LAUREN VETTER"]
    assert _names(_HEAD + _card("Lauren Vetter", "Laurence Vetterli")) == []
