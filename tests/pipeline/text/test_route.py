"""Routing a text scrape's lines: captions and credits to images, end markers, and the
prefilters that skip regexes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.lines import PROMO_VERBS, SYNDICATION_OPENERS, fold, word_count
from newswire.pipeline.text.patterns import PROMO_NO_COLON, SYNDICATED
from newswire.pipeline.text.route import (
    alternatives,
    caption_with_credit,
    names_source,
    same_label,
)
from newswire.pipeline.textnorm import clean_text
from newswire.pipeline.vocabulary import PHOTO_LABELS, alternation
from tests.pipeline.text.scrapes import HEADLINE, LEDE, MORE

# The one pattern caption credits were matched with before each shape got its own (its lazy
# caption tried every shape at every length): the reference the split patterns must agree with
# (its parenthesis credit as patterns.CREDIT_PAREN's since session 16: whole words, addresses).
_REFERENCE = re.compile(
    r"^(?P<caption>.*?)\s*(?:(?<=\s)/\s*(?P<slash>[^\s/][^/]{0,60}(?:/[^/]{1,60}){0,3})"
    r"|\((?P<paren>(?:(?:foto|photo|dok|dokumentasi|ist|istimewa|antara|reuters|ap|afp|getty)\b"
    r"|[\w-]{2,}(?:\.[\w-]+)*\.(?:(?-i:com|co|id|net)\b|(?:com|co|id|net)/))[^()]{0,80})\)"
    rf"|\b(?:{alternation(PHOTO_LABELS)})\s*:\s*(?P<label>.{{2,80}}))\s*$",
    re.IGNORECASE,
)


def _reference(line: str) -> tuple[str, str] | None:
    match = _REFERENCE.match(line) if len(line) <= 400 else None
    if not match:
        return None
    credit = (match.group("slash") or match.group("paren") or match.group("label")).strip(" /")
    if (
        match.group("slash")
        and (len(credit.split()) > 6 or not credit[:1].isalnum())
        and not credit.startswith("@")
    ):
        return None
    caption = match.group("caption").strip()
    # The rules on top of the pattern (a pair of alternatives, a path or a unit is no credit), as
    # caption_with_credit.
    if match.group("slash") and (
        alternatives(caption, line[match.end("caption") :], credit)
        or not names_source(caption, credit)
    ):
        return None
    return caption, credit


# Pieces of captions and credits, with the characters IGNORECASE equates with i and s.
_PIECES = st.sampled_from(
    [" ", "/", " / ", "(", ")", ":", " : ", "a", "Warga", ".com", "antara.com", "(dok ", "Foto",
     "PHOTO", "İMAGE", "pıcture", "ФОТО", "fotó", "Reuters", "@x", "\t", "ſ", "Bild:", "x/y"]
)  # fmt: skip


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_caption_credits_match_the_single_pattern_they_replaced(line: str) -> None:
    """Each credit shape searched on its own (where its slash, parenthesis or label is) gives
    the caption and credit of the single lazy pattern: the leftmost credit to the line's end."""
    assert caption_with_credit(line) == _reference(line)


def test_caption_credits_of_each_shape() -> None:
    """A slash credit, a credit in parentheses and a labelled credit split off their caption;
    an "and/or" slash in a sentence is no credit."""
    assert caption_with_credit("Warga menonton banjir /Twitter/@SecPompeo") == (
        "Warga menonton banjir",
        "Twitter/@SecPompeo",
    )
    assert caption_with_credit("Warga menonton banjir (Liputan6.com/Angga Yuniar)") == (
        "Warga menonton banjir",
        "Liputan6.com/Angga Yuniar",
    )
    assert caption_with_credit("Warga menonton banjir. Foto: ANTARA/Hafidz") == (
        "Warga menonton banjir.",
        "ANTARA/Hafidz",
    )
    assert (
        caption_with_credit(
            "Students may choose the morning and / or whichever of the two evening classes suits them"
        )
        is None
    )


def test_alternatives_and_ratios_are_no_slash_credit() -> None:
    """A short plain phrase, a slash set off by spaces and another phrase is a pair of
    alternatives ("Sensor / DPI", "Curitiba / Alternativa"), a figure over a figure a ratio
    ("4.96 / 5.0"): no caption and credit, the line stays the story's. A credit in parentheses
    or under a caption ending with a stop still is one."""
    for line in ("Sensor / DPI", "Classen Curve / Western Avenue", "4.96 / 5.0", "rpm / 60"):
        assert caption_with_credit(line) is None, line
    assert caption_with_credit("(Reed Saxon / Associated Press)") == (
        "(Reed Saxon",
        "Associated Press)",
    )
    assert caption_with_credit("Warga mengungsi. / ANTARA") == ("Warga mengungsi.", "ANTARA")


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["baca", "SİMAK", "sımak", " juga", " video", "ARTİKEL İNİ",
                                 " tayang di ", "x.com", "This Story", " was published in ",
                                 "ſ", " ", "a"]), max_size=8).map("".join))  # fmt: skip
def test_the_opening_word_prefilters_skip_no_line_their_pattern_matches(line: str) -> None:
    """The folded opening words tested before PROMO_NO_COLON and SYNDICATED hold for every
    line those IGNORECASE patterns match (dotted and dotless i included)."""
    if PROMO_NO_COLON.match(line):
        assert fold(line[:12]).startswith(PROMO_VERBS)
    if SYNDICATED.match(line):
        assert fold(line[:16]).startswith(SYNDICATION_OPENERS)


@given(
    st.text(alphabet=st.sampled_from("ab \t\u00a0\u2003\u3000\x1f\x0b\x85\u2028\r\n."), max_size=40)
)
@settings(max_examples=300, deadline=None)
def test_word_count_is_the_words_of_a_cleaned_line(text: str) -> None:
    """On every line of clean_text's output, whatever spaces the text held, word_count is the
    number of words split() finds: counting spaces is exact there."""
    for line in clean_text(text).split("\n"):
        assert word_count(line) == len(line.split())


def test_a_list_item_on_its_neighbours_label_is_no_caption() -> None:
    """A schedule's items open on one label, figures aside ("1a etapa: …" / "2a etapa: …"): the
    item with a spaced slash ("Curitiba / Alternativa") stays in the story, not an image; a
    gallery's captions on a photo label ("Foto 1: … / Reuters") stay captions."""
    head = "Calendário da Stock Car 2018"
    items = [
        "1a etapa: 10 de março – Interlagos",
        "2a etapa: 8 de abril – Curitiba / Alternativa",
        "3a etapa: 22 de abril – Velopark",
    ]
    found = extract_text(head + "\n\n" + "\n".join(items) + "\n")
    assert items[1] in found.paragraphs
    assert not found.images
    assert same_label(items[0], items[1])
    assert not same_label("Foto 1: Banjir di Jakarta / Reuters", "Foto 2: Warga mengungsi / AFP")
    assert not same_label("", items[1])
    assert not same_label(": kosong", ": juga kosong")


def test_a_parenthesis_credit_names_a_source_or_a_site_not_a_word_starting_like_one() -> None:
    """A closing parenthesis is a photo credit when it names an agency as a whole word or a
    site's address ("(AP Photo/…)", "(Liputan6.com/…)", "(TRIBUNNEWS.COM/…)"); a list item, a
    date, a price or code in parentheses ("(Apache Pinot)", "(April 22nd)", "(VB.NET)",
    "(u.id = o.user_id)") is no credit, and its line stays the story's."""
    for line, credit in (
        ("Presiden meninjau banjir (AP Photo/Evan Vucci)", "AP Photo/Evan Vucci"),
        ("Banjir di Jakarta (Liputan6.com/Angga Yuniar)", "Liputan6.com/Angga Yuniar"),
        ("Warga mengungsi (TRIBUNNEWS.COM/IRWAN RISMAWAN)", "TRIBUNNEWS.COM/IRWAN RISMAWAN"),
    ):
        assert caption_with_credit(line) == (line[: line.index(" (")], credit)
    for line in (
        "11. StarTree (Apache Pinot)",
        "Neuromancer by William Gibson (April 22nd)",
        "1 Month – €12.99 (approximately $13.99 USD)",
        "Visual Basic (VB.NET)",
        "-- Hash Cond: (u.id = o.user_id)",
        "WITH (timescaledb.continuous)",
    ):
        assert caption_with_credit(line) is None, line


def test_a_caption_and_credit_after_the_last_paragraph_make_an_image() -> None:
    """Under a first-line headline, a caption and its photo credit after the story's last
    paragraph ("Foto: …/detikcom", "REUTERS/…") become an image with that caption, not one
    captioned with the last paragraph; a short paragraph under them stays in the body."""
    caption = "Warga mengungsi ke tenda darurat di Menteng"
    for credit in ("Foto: Sigid Kurniawan/detikcom", "REUTERS/Sigid Kurniawan"):
        text = f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n{caption}\n{credit}\n"
        found = extract_text(text)
        assert [image.caption for image in found.images] == [caption]
        assert found.paragraphs[:2] == (LEDE, MORE)
        found = extract_text(f"{text}\nUsianya kini 36 tahun.\n")
        assert found.paragraphs[-1] == "Usianya kini 36 tahun."
        assert [image.caption for image in found.images] == [caption]


def test_a_credit_in_capitals_inside_the_story_is_no_end_marker() -> None:
    """An end marker closes the story: "(ara/ara)" goes from the last paragraph, but an agency's
    credit in capitals ("(NASA/GSFC)") under a name in a credits list above it stays."""
    text = "\n\n".join([HEADLINE, LEDE, "Mark SubbaRao", "(NASA/GSFC)", MORE + " (ara/ara)"])
    assert extract_text(text).paragraphs == (LEDE, "Mark SubbaRao", "(NASA/GSFC)", MORE)


def test_a_phrase_with_a_slash_is_no_photo_credit() -> None:
    """A short line shaped like "AGENCY/Name" but joined by a function word ("The AI/Machine
    Learning Club at Georgia Tech") is the story's line, not an image's credit; a real credit
    ("REUTERS/Willy Kurniawan") under its caption still makes an image."""
    club = "The AI/Machine Learning Club at Georgia Tech"
    extracted = extract_text("\n\n".join([HEADLINE, LEDE, club, MORE]))
    assert extracted.paragraphs == (LEDE, club, MORE)
    assert not extracted.images
    caption = "Warga mengungsi dari rumah yang terendam banjir."
    extracted = extract_text(
        "\n\n".join([HEADLINE, LEDE, f"{caption}\nREUTERS/Willy Kurniawan", MORE])
    )
    assert [image.credit for image in extracted.images] == ["REUTERS/Willy Kurniawan"]


def test_a_date_line_of_the_update_then_the_publication_gives_each_its_field() -> None:
    """A date line under the headline that opens with the update and then labels the
    publication gives the publication's part as published and the update's as modified, not
    the whole line (whose first date is the update's) as the publication."""
    line = "Updated 3 December 2025 · Published 1 December 2025"
    extracted = extract_text("\n\n".join([HEADLINE, line, LEDE, MORE]))
    assert extracted.published_raw == ("Published 1 December 2025",)
    assert extracted.modified_raw == ("Updated 3 December 2025",)
