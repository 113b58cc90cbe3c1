"""Plain-text scrapes: short lines of one article's story that look like a caption's credit or
a menu, and stay in its body."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.route import caption_with_credit
from tests.pipeline.text.scrapes import HEADLINE, LEDE, MORE


def test_a_slash_before_a_path_unit_figure_or_colon_is_no_photo_credit() -> None:
    """What a spaced slash leads into is a credit only if it can name a source: a path ("root
    /data;"), a unit ("$14 /month"), a model number or a measure ("GTX 1050 / 1050 Ti") and a
    sentence's alternative announcing what follows ("… secara keji / biadab:") stay story
    lines; a credit opening with a capital, an account or a figure spelled with letters ("/
    123RF"), and a short one in lower case under a finished caption ("… di Berlin. / dpa"),
    still split off their caption."""
    for line in (
        "root /data;",
        "$14 /month",
        "ZOTAC GeForce GTX 1050 / 1050 Ti",
        "Jangan sampai kita justru menganiaya mereka secara keji / biadab:",
        "Dimensions 8.25 x 5.6 x 2.75 in / 21 x 14.2 x 7 cm",
        "We do sausage pasta a lot - tinned tomatoes, frozen peas / sweetcorn, sausages",
    ):
        assert caption_with_credit(line) is None, line
    assert caption_with_credit("Warga menonton banjir /Twitter/@SecPompeo") == (
        "Warga menonton banjir",
        "Twitter/@SecPompeo",
    )
    assert caption_with_credit("Sunset over Jimbaran Bay, Bali / 123RF") == (
        "Sunset over Jimbaran Bay, Bali",
        "123RF",
    )
    assert caption_with_credit("Scholz spricht in Berlin. / dpa") == (
        "Scholz spricht in Berlin.",
        "dpa",
    )
    announcing = (
        "Jangan sampai karena kita amat membenci satu kaum, kita menganiaya mereka / biadab:"
    )
    extracted = extract_text("\n\n".join([HEADLINE, LEDE, announcing, MORE]))
    assert extracted.paragraphs == (LEDE, announcing, MORE)
    assert not extracted.images


def test_short_lines_between_prose_and_an_unfinished_long_line_are_no_menu() -> None:
    """In one article's text, a run of short plain lines between prose above and a long line
    below that ends no sentence (a sentence broken by inline markup, a spec's labels over its
    row of measures, a list over the next list's announcement) is the story's; the same run
    above a sentence-ended paragraph, or at the text's top over a deck, is a menu and goes."""
    labels = ["Specifications", "Driver Material", "Polymer", "Bit Metal", "Dimensions"]
    row = 'Overall size 4.9" x 3.1" x .9" folded, which is 12.4 x 7.8 x 2.2 cm in metric units'
    text = "\n\n".join([HEADLINE, LEDE, *labels, row, MORE])
    assert extract_text(text).paragraphs == (LEDE, *labels, row, MORE)
    announce = "There are several common commands that every puppy should learn, including these:"
    items = ["Treats", "Clicker", "Leash and collar", "Toys"]
    text = "\n\n".join([HEADLINE, LEDE, *items, announce, MORE])
    assert extract_text(text).paragraphs == (LEDE, *items, announce, MORE)
    menu = ["Facebook", "Twitter", "WhatsApp", "Salin tautan"]
    text = "\n\n".join([HEADLINE, LEDE, *menu, MORE])
    assert extract_text(text).paragraphs == (LEDE, MORE)
    deck = "Pemerintah menyiapkan dapur umum dan perahu karet bagi warga yang terdampak banjir"
    text = "\n\n".join([HEADLINE, *menu, deck, LEDE, MORE])
    assert extract_text(text).paragraphs == (deck, LEDE, MORE)


def test_a_product_card_with_a_quarter_of_its_lines_data_is_no_menu() -> None:
    """A product card's labels, values and pros and cons between two paragraphs of one
    article's text stay when a quarter of its lines are figures ("Up to 8,500", "68g"); a run
    of plain entries with one figure in five is still a menu."""
    card = ["Connectivity", "Wired", "DPI", "Up to 8,500", "Polling rate", "1,000Hz"]
    card += ["Weight", "68g", "Solid build quality", "Low click latency", "Not for small hands"]
    text = "\n\n".join([HEADLINE, LEDE, *card, MORE])
    assert extract_text(text).paragraphs == (LEDE, *card, MORE)
    menu = ["Facebook", "Twitter", "WhatsApp", "Salin tautan", "12 komentar"]
    text = "\n\n".join([HEADLINE, LEDE, *menu, MORE])
    assert extract_text(text).paragraphs == (LEDE, MORE)


def test_a_run_of_lower_case_items_inside_the_story_is_no_menu() -> None:
    """Short items mostly in lower case between two paragraphs of one article's text (a packing
    list) stay; the same run of capitalised entries is a menu, and lower-case tags closing the
    text, with no prose under them, go."""
    items = ["Arrowhead bottled water", "baby carrier", "healthy snack bars", "camera"]
    text = "\n\n".join([HEADLINE, LEDE, *items, MORE])
    assert extract_text(text).paragraphs == (LEDE, *items, MORE)
    menu = ["Berita", "Olahraga", "Hiburan", "Teknologi"]
    text = "\n\n".join([HEADLINE, LEDE, *menu, MORE])
    assert extract_text(text).paragraphs == (LEDE, MORE)
    tags = ["banjir", "jakarta", "bpbd", "cuaca"]
    text = "\n\n".join([HEADLINE, LEDE, MORE, *tags])
    assert extract_text(text).paragraphs == (LEDE, MORE)


def test_bare_items_next_to_an_item_with_a_bracketed_note_are_no_menu() -> None:
    """In one article's text, a gear list's bare items ("Toothbrush", "Sunscreen") between its
    entries that carry a note in brackets ("Toilet paper (and a bag to pack it out)") stay;
    the share bar between two sentence-ended paragraphs still goes."""
    above = "Toilet paper (and a bag to pack it out afterwards)"
    items = ["First-aid kit", "Band-aids", "Toothbrush", "Sunscreen"]
    below = "Body Glide (a balm against chafing on the long days)"
    text = "\n\n".join([HEADLINE, LEDE, above, *items, below, MORE])
    assert extract_text(text).paragraphs == (LEDE, above, *items, below, MORE)
    menu = ["Facebook", "Twitter", "WhatsApp", "Salin tautan"]
    text = "\n\n".join([HEADLINE, LEDE, *menu, MORE])
    assert extract_text(text).paragraphs == (LEDE, MORE)


def test_a_label_holding_a_date_over_the_story_is_no_date_line() -> None:
    """A line ending in a colon under the headline ("Effective beginning 6/2/2025:") announces
    what follows: it stays in the body and is no publication date; a date line stays a date."""
    label = "Effective beginning 6/2/2025:"
    extracted = extract_text("\n\n".join([HEADLINE, label, LEDE, MORE]))
    assert extracted.paragraphs == (label, LEDE, MORE)
    assert extracted.published_raw == ()
    extracted = extract_text("\n\n".join([HEADLINE, "Kamis, 24 Oktober 2020 06:25 WIB", LEDE]))
    assert extracted.paragraphs == (LEDE,)
    assert extracted.published_raw == ("Kamis, 24 Oktober 2020 06:25 WIB",)
