"""Plain-text scrapes: the seed's expected event, and the rules on other sites' shapes."""

from __future__ import annotations

from newswire.pipeline.textmode import extract_text
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
