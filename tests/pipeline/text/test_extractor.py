"""Plain-text scrapes: the seed's expected event, datelines, credits and images."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from tests.pipeline.text.scrapes import HEADLINE, LEDE, MORE, PARAGRAPH
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


def test_photo_credit_alone_under_its_caption_becomes_an_image() -> None:
    """A credit line ("REUTERS/…", "ANTARA FOTO/…/aww.") under a caption is the image's credit
    with that caption; the caption stays in the body and nothing is lost."""
    caption = "Petugas mengevakuasi warga di Kampung Melayu"
    for credit in ("REUTERS/Willy Kurniawan", "ANTARA FOTO/Sigid Kurniawan/aww."):
        found = extract_text(f"{HEADLINE}\n\n{LEDE}\n\n{caption}\n{credit}\n\n{MORE}\n")
        assert [(i.caption, i.credit) for i in found.images] == [(caption, credit.rstrip("."))]
        assert found.paragraphs == (LEDE, caption, MORE)
    labelled = extract_text(f"{HEADLINE}\n\n{LEDE}\n\n{caption}\nFoto: ANTARA/Hafidz\n\n{MORE}\n")
    assert [(i.caption, i.credit) for i in labelled.images] == [(caption, "ANTARA/Hafidz")]


def test_slashes_in_a_story_line_are_no_photo_credit() -> None:
    """Lines with slashes that name no agency ("Jakarta/Bandung", a price per kilo) stay."""
    for line in ("Jakarta/Bandung", "Rp 10.000/kg"):
        found = extract_text(f"{HEADLINE}\n\n{LEDE}\n\n{line}\n\n{MORE}\n")
        assert line in found.paragraphs
        assert not found.images
