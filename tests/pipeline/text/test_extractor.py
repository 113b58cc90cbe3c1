"""Plain-text scrapes: the seed's expected event, and the rules on other sites' shapes."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from tests.support import SEED, SEED_TITLE


def test_seed_title_dateline_credits_image_and_related_are_routed() -> None:
    """The seed's lines go where they belong: title, date line, caption+credit, promos, credits."""
    found = extract_text(SEED.read_text(encoding="utf-8"))
    assert found.title == SEED_TITLE
    assert found.published_raw == ("24 Oktober 2020, 06:25 WIB",)
    assert found.dateline == "PR BEKASI"
    assert found.editors == ("M Bayu Pratama",)
    assert "Al Jazeera" in found.attributions
    assert [(i.caption, i.credit) for i in found.images] == [
        ("Menteri Luar Negeri Amerika Serikat, Mike Pompe.", "Twitter/@SecPompeo")
    ]
    assert len(found.related) == 4
    assert found.related[0].title.startswith("Tidak Ingin Kalah dengan Tetangga")


def test_seed_body_keeps_every_news_paragraph_and_no_boilerplate() -> None:
    """The body runs from the first to the last news paragraph, with no promo, credit or nav."""
    found = extract_text(SEED.read_text(encoding="utf-8"))
    body = "\n\n".join(found.paragraphs)
    assert body.startswith("Menteri Luar Negeri Amerika Serikat (AS), Mike Pompeo dijadwalkan")
    assert body.endswith("pertempuran baru-baru ini.")
    assert len(found.paragraphs) == 18
    for unwanted in (
        "Baca Juga",
        "Editor:",
        "Sumber:",
        "Tags",
        "Terpopuler",
        "Kabar Daerah",
        "/Twitter/",
        "\u00a0",
        "***",
        "PR BEKASI",
    ):
        assert unwanted not in body


def test_other_dateline_and_promo_shapes() -> None:
    """Agency datelines, English promos, reporter credits and ad lines are recognised."""
    text = "\n".join(
        [
            "Markets rally as rates fall",
            "",
            "WASHINGTON (Reuters) - Stocks rose on Tuesday after the central bank cut rates, traders said.",
            "ADVERTISEMENT",
            "Read more: Why rates matter",
            "The move was widely expected by economists, who had forecast a cut for weeks.",
            "(Reporting by Jane Doe; Editing by John Roe)",
        ]
    )
    found = extract_text(text)
    assert found.dateline == "WASHINGTON (Reuters)"
    assert found.paragraphs[0].startswith("Stocks rose on Tuesday")
    assert [r.title for r in found.related] == ["Why rates matter"]
    assert "Jane Doe" in found.authors
    assert "Reuters" in found.attributions
    assert all("ADVERTISEMENT" not in p for p in found.paragraphs)


PARAGRAPH = (
    "The city council approved the new budget on Tuesday evening, after a debate that lasted "
    "more than six hours and ended with a narrow vote of seven to five."
)


def story(*above: str) -> str:
    """A scrape: the given lines, then a two-paragraph story."""
    return "\n".join([*above, PARAGRAPH, PARAGRAPH + " Again."])


def test_the_story_is_the_densest_stretch_of_prose() -> None:
    """Teaser headlines and menus above the story and a footer of links below it are left out:
    the body is the stretch with the most prose, even when a teaser reads like a sentence."""
    text = "\n".join(
        [
            "Home",
            "News",
            "Sport",
            "Why are some countries rich and others poor, asks a new report?",
            "Weather",
            "Contact",
            "Council approves the budget after a long night",
            *(f"{PARAGRAPH} ({i})" for i in range(5)),
            "Most read",
            "Storm hits the coast",
            "Prices rise again",
            "Local team wins the cup",
            "About us",
        ]
    )
    extracted = extract_text(text)
    assert extracted.title == "Council approves the budget after a long night"
    assert extracted.paragraphs == tuple(f"{PARAGRAPH} ({i})" for i in range(5))


def test_numbered_items_inside_the_story_stay() -> None:
    """A numbered list between paragraphs (a listicle's items) is part of the story; a menu of
    the same length is not."""
    items = [f"{n}) Lego set number {n}" for n in range(1, 8)]
    text = "\n".join(["Ten gifts for nostalgic readers", PARAGRAPH, *items, PARAGRAPH + " Again."])
    assert all(item in extract_text(text).paragraphs for item in items)
    menu = ["World", "Politics", "Business", "Tech", "Science", "Health", "Travel"]
    text = "\n".join(["Ten gifts for nostalgic readers", PARAGRAPH, *menu, PARAGRAPH + " Again."])
    assert not set(menu) & set(extract_text(text).paragraphs)


def test_the_headline_is_the_best_shaped_line_just_above_the_story() -> None:
    """Above the story, the headline is the line shaped like one: not the photo credit, the
    byline label or the share bar that sit between it and the first paragraph, and not the
    menu line the page starts with. A line printed twice there (breadcrumb and heading) is it."""
    text = "\n".join(
        [
            "Skip to content",
            "Menu",
            "Council approves the budget after a long night",
            "Text: Jane Doe",
            "Photo: John Roe/AP",
            "Share on Facebook",
            PARAGRAPH,
            PARAGRAPH + " Again.",
        ]
    )
    assert extract_text(text).title == "Council approves the budget after a long night"
    twice = story(
        "Home",
        "Budget passes in narrow vote",
        "Budget passes in narrow vote",
        "Seven to five after six hours of debate",
        "27/09/2018",
    )
    assert extract_text(twice).title == "Budget passes in narrow vote"


def test_a_long_caption_with_a_site_credit_is_an_image_not_body() -> None:
    """Liputan6-style captions ("… (Liputan6.com/Angga Yuniar)" then "Perbesar") become an
    image with caption and credit however long they are; the enlarge button is dropped."""
    caption = "Foto pejabat saat rapat di gedung DPR pada hari Selasa siang."
    text = "\n".join(
        [
            "Pejabat Rapat Membahas Anggaran Tahun Depan",
            PARAGRAPH,
            f"{caption} (Liputan6.com/Angga Yuniar)",
            "Perbesar",
            PARAGRAPH + " Again.",
        ]
    )
    extracted = extract_text(text)
    assert [(i.caption, i.credit) for i in extracted.images] == [
        (caption, "Liputan6.com/Angga Yuniar")
    ]
    assert extracted.paragraphs == (PARAGRAPH, PARAGRAPH + " Again.")


def test_the_line_above_the_date_is_the_headline_not_the_deck_below_it() -> None:
    """Headline, date line, deck, story: the headline is the line the date follows, not the
    deck that stands nearer to the story."""
    text = story(
        "Menu",
        "Council approves the budget after a long night",
        "Published: 2018-09-28 17:32",
        "Seven votes to five after six hours of debate over buses",
    )
    assert extract_text(text).title == "Council approves the budget after a long night"


def test_a_wire_credit_after_the_story_fills_authors_editors_and_attribution() -> None:
    """ "(Reporting by …; Editing by …)" after the last paragraph, short or long, names the
    authors and editors and attributes the story to Reuters; it is not body text."""
    for credit, authors, editors in (
        ("(Reporting by John Doe)", ("John Doe",), ()),
        (
            "(Reporting by John Doe and Ann Lee; Editing by Jane Roe)",
            ("John Doe", "Ann Lee"),
            ("Jane Roe",),
        ),
    ):
        text = "\n".join(["Council approves the budget", PARAGRAPH, PARAGRAPH + " Again.", credit])
        extracted = extract_text(text)
        assert (extracted.authors, extracted.editors) == (authors, editors)
        assert extracted.attributions == ("Reuters",)
        assert credit not in extracted.paragraphs


PARAGRAPH = (
    "Pemerintah provinsi menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat "
    "banjir pekan lalu, kata kepala dinas pekerjaan umum kepada wartawan di kantornya."
)


def test_a_first_line_headline_over_a_long_first_paragraph_is_the_title() -> None:
    """Headline, blank line, then a long first paragraph: the first line is the title even when
    the densest prose stands far below it (a long list early in the story)."""
    items = [f"{n} kilogram bahan nomor {n}" for n in range(1, 25)]
    text = "\n\n".join(
        ["Jalan Rusak Diperbaiki Bulan Depan", PARAGRAPH, *items, PARAGRAPH * 3, PARAGRAPH * 3]
    )
    found = extract_text(text)
    assert found.title == "Jalan Rusak Diperbaiki Bulan Depan"
    assert found.paragraphs[0] == PARAGRAPH


def test_a_scrape_without_a_headline_has_no_title() -> None:
    """A text that starts straight with its story has no title (None, never "")."""
    found = extract_text(f"{PARAGRAPH}\n\n{PARAGRAPH}")
    assert found.title is None
    assert found.paragraphs == (PARAGRAPH, PARAGRAPH)


def test_promo_lines_go_to_related_wherever_they_stand() -> None:
    """Promos first, between paragraphs, repeated and last, with or without colon or quotes,
    leave the body and name their article once in related; a bare invitation just goes."""
    text = "\n\n".join(
        [
            "Jalan Rusak Diperbaiki Bulan Depan",
            'Tonton juga video "Banjir Rendam Jalan Utama"',
            PARAGRAPH,
            "Baca juga: Harga Aspal Naik",
            PARAGRAPH,
            "Saksikan video pilihan di bawah ini",
            PARAGRAPH,
            "Simak juga Video: Warga Gotong Royong Bersihkan Lumpur",
            "Simak juga Video: Warga Gotong Royong Bersihkan Lumpur",
            "[Gambas:Video 20detik]",
        ]
    )
    found = extract_text(text)
    assert found.paragraphs == (PARAGRAPH, PARAGRAPH, PARAGRAPH)
    assert [r.title for r in found.related] == [
        "Banjir Rendam Jalan Utama",
        "Harga Aspal Naik",
        "Warga Gotong Royong Bersihkan Lumpur",
    ]


def test_labels_lists_and_one_line_replies_inside_the_story_stay() -> None:
    """A label ending in ":" with its short list items, and one-line quotes or replies, are
    story lines, not a menu run."""
    lines = [
        PARAGRAPH,
        "Bahan:",
        "200 gram tepung terigu",
        "2 butir telur",
        "1 sendok teh garam",
        "Cara membuat:",
        "Campur semua bahan.",
        PARAGRAPH,
        '"Setuju," jawab para peserta rapat.',
        '"Kapan mulai?"',
        "Besok pagi, katanya.",
        PARAGRAPH,
    ]
    found = extract_text("Cara Membuat Kue Sederhana\n\n" + "\n\n".join(lines))
    assert found.title == "Cara Membuat Kue Sederhana"
    assert list(found.paragraphs) == lines


def test_a_share_bar_label_does_not_open_a_list() -> None:
    """ "Share this:" and its one-word buttons after the story are not a labelled list."""
    text = "\n\n".join(
        [
            "Jalan Rusak Diperbaiki Bulan Depan",
            PARAGRAPH,
            PARAGRAPH,
            "Share this:",
            "Facebook",
            "Twitter",
            "Cetak",
            "Lagi",
            "LinkedIn",
            "Reddit",
            "Sukai ini:",
            "Terkait",
            "Ketikkan komentar di sini... silakan tulis pendapat Anda.",
        ]
    )
    assert extract_text(text).paragraphs == (PARAGRAPH, PARAGRAPH)


def test_a_first_line_headline_holding_a_date_is_still_the_title() -> None:
    """A headline with a date in it is a headline; a line that is only a date is not."""
    headline = "Harga Emas Antam Hari Ini 5 Januari 2025 Naik Tipis"
    assert extract_text(f"{headline}\n\n{PARAGRAPH}\n\n{PARAGRAPH}").title == headline
    assert extract_text(f"Kamis, 24 Oktober 2020\n\n{PARAGRAPH}\n\n{PARAGRAPH}").title is None


_LEDE = (
    "Pemerintah Provinsi DKI Jakarta menyiapkan sejumlah langkah untuk mengatasi banjir yang "
    "melanda beberapa wilayah ibu kota pada pekan ini, kata pejabat setempat."
)
_MORE = (
    "Menurut data Badan Penanggulangan Bencana Daerah, sedikitnya 120 rumah warga terendam air "
    "setinggi satu meter sejak Senin malam dan warga mulai mengungsi."
)
_HEADLINE = "Banjir Rendam Ratusan Rumah di Jakarta"


def test_headline_ending_in_a_full_stop_is_the_title_when_a_story_follows() -> None:
    """A first line of 8+ words ending in "." is the headline when it is in title case, or when
    the paragraph under it opens with a dash dateline (that one is the lede)."""
    titled = "Things to Know Before Travelling to Japan for the First Time."
    found = extract_text(f"{titled}\n\n{_LEDE}\n\n{_MORE}\n")
    assert found.title == titled
    sentence_case = "Gubernur DKI Jakarta resmikan taman baru di kawasan Menteng hari ini."
    found = extract_text(f"{sentence_case}\n\nJAKARTA, KOMPAS.com - {_LEDE}\n\n{_MORE}\n")
    assert found.title == sentence_case
    assert found.dateline == "JAKARTA, KOMPAS.com"
    assert found.paragraphs == (_LEDE, _MORE)


def test_short_first_paragraph_of_a_story_is_not_taken_for_its_title() -> None:
    """A scrape starting with its story: a one-sentence first paragraph in sentence case, with
    no dateline under it, stays in the body."""
    first = "Monday newsletters always feature top 10 travel lists to inspire you."
    found = extract_text(f"{first}\n\n{_LEDE}\n\n{_MORE}\n")
    assert found.title is None
    assert found.paragraphs[0] == first


def test_photo_credit_alone_under_its_caption_becomes_an_image() -> None:
    """A credit line ("REUTERS/…", "ANTARA FOTO/…/aww.") under a caption is the image's credit
    with that caption; the caption stays in the body and nothing is lost."""
    caption = "Petugas mengevakuasi warga di Kampung Melayu"
    for credit in ("REUTERS/Willy Kurniawan", "ANTARA FOTO/Sigid Kurniawan/aww."):
        found = extract_text(f"{_HEADLINE}\n\n{_LEDE}\n\n{caption}\n{credit}\n\n{_MORE}\n")
        assert [(i.caption, i.credit) for i in found.images] == [(caption, credit.rstrip("."))]
        assert found.paragraphs == (_LEDE, caption, _MORE)
    labelled = extract_text(
        f"{_HEADLINE}\n\n{_LEDE}\n\n{caption}\nFoto: ANTARA/Hafidz\n\n{_MORE}\n"
    )
    assert [(i.caption, i.credit) for i in labelled.images] == [(caption, "ANTARA/Hafidz")]


def test_slashes_in_a_story_line_are_no_photo_credit() -> None:
    """Lines with slashes that name no agency ("Jakarta/Bandung", a price per kilo) stay."""
    for line in ("Jakarta/Bandung", "Rp 10.000/kg"):
        found = extract_text(f"{_HEADLINE}\n\n{_LEDE}\n\n{line}\n\n{_MORE}\n")
        assert line in found.paragraphs
        assert not found.images


def test_promo_label_alone_takes_the_next_line_as_its_title() -> None:
    """ "Baca Juga:" on its own line, the promoted title on the next: both leave the body and the
    title goes to related; a quoted title drops what follows its quotes ("… di sini:")."""
    found = extract_text(
        f"{_HEADLINE}\n\n{_LEDE}\n\nBaca Juga:\nBanjir Rob Rendam Pantai Utara\n\n{_MORE}\n\n"
        'Tonton juga video "Banjir Jakarta Hari Ini" di sini:\n'
    )
    assert found.paragraphs == (_LEDE, _MORE)
    assert [r.title for r in found.related] == [
        "Banjir Rob Rendam Pantai Utara",
        "Banjir Jakarta Hari Ini",
    ]


def test_labelled_list_after_the_last_paragraph_is_kept() -> None:
    """A label ending in ":" and its short items closing the story are the story's."""
    found = extract_text(
        f"{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n\nSyarat pendaftaran:\nKTP asli\nKartu keluarga\n"
    )
    assert found.paragraphs == (_LEDE, _MORE, "Syarat pendaftaran:", "KTP asli", "Kartu keluarga")


def test_a_one_word_first_line_over_the_story_is_the_title() -> None:
    """A section's one-word headline ("Technology", "Coffee") on the first line, a blank line
    and the story under it is the title; a furniture word there ("Share") is not."""
    for headline in ("Technology", "Coffee", "001"):
        found = extract_text(f"{headline}\n\n{_LEDE}\n\n{_MORE}\n")
        assert found.title == headline
        assert found.paragraphs == (_LEDE, _MORE)
    assert extract_text(f"Share\n\n{_LEDE}\n\n{_MORE}\n").title is None


def test_a_headline_over_a_verse_opening_the_story_is_the_title() -> None:
    """Eight short lines (a verse, a list of features) between the headline and the first
    paragraph do not stop the first line from being the title."""
    verse = "\n".join(f"the {word} of Rust" for word in "abcdefgh")
    found = extract_text(f"Thoughts on Zig\n\n{verse}\n\n{_LEDE}\n\n{_MORE}\n")
    assert found.title == "Thoughts on Zig"


def test_titles_in_italics_or_of_two_title_case_sentences_are_headlines() -> None:
    """ "*A Treatise*" opens an emphasis, not a footnote; a headline of two sentences in full
    title case is a headline, two sentences in sentence case are the story's lede."""
    italic = "*A Treatise Concerning Coffee* (1792)"
    assert extract_text(f"{italic}\n\n{_LEDE}\n\n{_MORE}\n").title == italic
    two = "Who's Reading Your Newsletter? Increasingly, Not a Human."
    assert extract_text(f"{two}\n\n{_LEDE}\n\n{_MORE}\n").title == two
    lede = "An assistant reads my email now. But I also feel conflicted about what it means."
    assert extract_text(f"{lede}\n\n{_LEDE}\n\n{_MORE}\n").title is None


def test_a_run_of_cut_off_teasers_on_a_page_is_not_the_story() -> None:
    """On a page's text (no blank lines), teasers are headlines run into an excerpt cut off
    mid-sentence (no final stop): a run of them beside the story is not taken with it; in one
    article's text (blank lines) such long lines are the story's."""
    teasers = [
        f"Council Story Number {i} Makes HeadlinesA man and a woman have been arrested in "
        "connection with the death of a student athlete in the city on"
        for i in range(6)
    ]
    page = "\n".join(["Home", "News", *teasers, "Latest", "Council approves the budget"])
    story = [_LEDE, _MORE, _LEDE + " Lagi."]
    found = extract_text(page + "\n" + "\n".join(story))
    assert found.paragraphs == tuple(story)
    article = "\n\n".join(["Council approves the budget", _LEDE, *teasers[:2], _MORE])
    assert extract_text(article).paragraphs == (_LEDE, *teasers[:2], _MORE)


def test_a_long_caption_printed_twice_is_not_the_headline() -> None:
    """A gallery prints a long caption twice (slide and thumbnail) above the story: the
    headline is the headline-long line there, not the repeated caption."""
    caption = (
        "Karma Automotive vice president for global design, left, and the head of platform "
        "engineering unveil the concept vehicle on the stage of the show in Los Angeles at ... more"
    )
    page = "\n".join(
        ["Home", caption, caption, "Photo: Jane Doe, AP", "New SUVs Highlight the Auto Show"]
    )
    found = extract_text(page + "\n" + "\n".join([_LEDE, _MORE]))
    assert found.title == "New SUVs Highlight the Auto Show"


def test_a_page_story_does_not_run_into_its_comments_footer_or_teaser_blocks() -> None:
    """On a page's text, a comment thread's opening ("3 responses to …"), a teaser block's
    heading ("Read This Next") and a footer's legal lines (copyright, cookie banner) end the
    story, however much prose (comments, teaser decks, cookie text) stands after them."""
    story = [_LEDE, _MORE, _LEDE + " Lagi."]
    comment = "It is a good thing we have no fans left, because this is a dumpster fire again."
    after = [
        ["3 responses to “Banjir Rendam Jalan”", "joe says:", comment, "ann says:", comment],
        ["Read This Next", comment, "Dec 17, 2025", comment + " Yes.", "Airlines", comment],
        ["Copyright © 2025 Example Media Group Ltd, Media Centre, Horncastle", comment, comment],
        ["This website uses cookies to improve your experience while you navigate.", comment],
    ]
    for tail in after:
        page = "\n".join(["Home", "News", "Banjir Rendam Ratusan Rumah", *story, *tail])
        assert extract_text(page).paragraphs == tuple(story), tail[0]


def test_promos_set_off_by_brackets_or_dashes_go_to_related() -> None:
    """ "(Baca juga: …)", "[Baca juga: …]" and "- Simak Video: … -" are promos first, between
    paragraphs or last; a bracketed photo credit or a dashed list item is none."""
    for promo in ("(Baca juga: Harga Aspal Naik)", "[Baca juga: Harga Aspal Naik]"):
        for parts in ([promo, _LEDE, _MORE], [_LEDE, promo, _MORE], [_LEDE, _MORE, promo]):
            found = extract_text("\n\n".join([_HEADLINE, *parts]))
            assert found.paragraphs == (_LEDE, _MORE)
            assert [r.title for r in found.related] == ["Harga Aspal Naik"]
    found = extract_text("\n\n".join([_HEADLINE, _LEDE, "- Simak Video: Warga Gotong -", _MORE]))
    assert [r.title for r in found.related] == ["Warga Gotong"]
    kept = "- 200 gram tepung terigu"
    assert kept in extract_text("\n\n".join([_HEADLINE, _LEDE, kept, _MORE])).paragraphs


def test_a_long_cookie_banner_after_the_story_does_not_move_the_headline() -> None:
    """The headline is sought above the story, not above a cookie banner or copyright block
    denser than the story further down the page (their legal lines are no story's prose)."""
    banner = [
        f"We use cookies {what} to improve your experience while you navigate the website "
        "and to remember your choices, as the cookie policy of this website explains."
        for what in ("for sessions", "for analytics", "for advertising", "for preferences")
    ]
    menu = [f"Section {n}" for n in range(16)]
    settings = "Cookie Settings and Privacy Choices"
    page = "\n".join(
        ["Home", "Banjir Rendam Ratusan Rumah", _LEDE, _MORE, *menu, settings, *banner]
    )
    found = extract_text(page)
    assert found.title == "Banjir Rendam Ratusan Rumah"
    assert found.paragraphs == (_LEDE, _MORE)
