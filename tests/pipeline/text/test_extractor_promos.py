"""Plain-text scrapes: promo lines leave the body for ``related`` wherever they stand."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from tests.pipeline.text.scrapes import HEADLINE, LEDE, MORE, PARAGRAPH


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


def test_promo_label_alone_takes_the_next_line_as_its_title() -> None:
    """ "Baca Juga:" on its own line, the promoted title on the next: both leave the body and the
    title goes to related; a quoted title drops what follows its quotes ("… di sini:")."""
    found = extract_text(
        f"{HEADLINE}\n\n{LEDE}\n\nBaca Juga:\nBanjir Rob Rendam Pantai Utara\n\n{MORE}\n\n"
        'Tonton juga video "Banjir Jakarta Hari Ini" di sini:\n'
    )
    assert found.paragraphs == (LEDE, MORE)
    assert [r.title for r in found.related] == [
        "Banjir Rob Rendam Pantai Utara",
        "Banjir Jakarta Hari Ini",
    ]


def test_promos_set_off_by_brackets_or_dashes_go_to_related() -> None:
    """ "(Baca juga: …)", "[Baca juga: …]" and "- Simak Video: … -" are promos first, between
    paragraphs or last; a bracketed photo credit or a dashed list item is none."""
    for promo in ("(Baca juga: Harga Aspal Naik)", "[Baca juga: Harga Aspal Naik]"):
        for parts in ([promo, LEDE, MORE], [LEDE, promo, MORE], [LEDE, MORE, promo]):
            found = extract_text("\n\n".join([HEADLINE, *parts]))
            assert found.paragraphs == (LEDE, MORE)
            assert [r.title for r in found.related] == ["Harga Aspal Naik"]
    found = extract_text("\n\n".join([HEADLINE, LEDE, "- Simak Video: Warga Gotong -", MORE]))
    assert [r.title for r in found.related] == ["Warga Gotong"]
    kept = "- 200 gram tepung terigu"
    assert kept in extract_text("\n\n".join([HEADLINE, LEDE, kept, MORE])).paragraphs


def test_a_promo_right_above_a_lower_case_line_is_not_joined_to_it() -> None:
    """A promo line with no blank line under it stays a promo when the next line opens in
    lower case (a site name such as "detikcom"): it is not read as prose cut by a hard wrap
    and joined to that line, which would leave it in the body."""
    promo = "Simak juga Video: Warga Gotong Royong Bersihkan Lumpur di Jalan Utama"
    line = "detikcom mencatat puluhan warga ikut membersihkan jalan sejak pagi hari."
    found = extract_text(f"{HEADLINE}\n\n{LEDE}\n\n{promo}\n{line}\n\n{MORE}\n")
    assert found.paragraphs == (LEDE, line, MORE)
    assert [r.title for r in found.related] == [
        "Warga Gotong Royong Bersihkan Lumpur di Jalan Utama"
    ]


_COPY_LINK = (
    f'Baca artikel kanalnews, "{HEADLINE}" selengkapnya '
    "https://news.example.co.id/berita/d-7123456/banjir-rendam-ratusan-rumah."
)


def test_the_copy_handlers_link_gives_the_canonical_url_not_a_related_article() -> None:
    """A copy handler's link back to the article under its own headline ("Baca artikel
    <channel>, \"<headline>\" selengkapnya <url>") and the app invitation under it leave the
    body; the link's address (without the closing stop) is the canonical URL, and the article
    is not related to itself."""
    for tail in (
        [_COPY_LINK, "Download Apps Kanalcom Sekarang https://apps.example.co.id/kanal/"],
        [_COPY_LINK],
        ["Download aplikasi Kanal.com untuk akses berita lebih mudah dan cepat:"],
    ):
        for gap in ("\n\n", "\n"):
            found = extract_text(gap.join([HEADLINE, LEDE, MORE, *tail]))
            assert found.paragraphs == (LEDE, MORE), tail
            assert found.related == ()
            expected = "https://news.example.co.id/berita/d-7123456/banjir-rendam-ratusan-rumah"
            assert found.canonical_url == (expected if _COPY_LINK in tail else None)


def test_a_copy_link_to_another_article_is_a_related_one_with_its_address() -> None:
    """The same link naming another headline is a promo: it goes to related with its address,
    and the text gets no canonical URL from it."""
    link = 'Baca artikel kanalfood, "Resep Sayur Asem" selengkapnya https://food.example.co.id/r/1'
    found = extract_text("\n\n".join([HEADLINE, LEDE, link, MORE]))
    assert found.paragraphs == (LEDE, MORE)
    assert [(r.title, r.url) for r in found.related] == [
        ("Resep Sayur Asem", "https://food.example.co.id/r/1")
    ]
    assert found.canonical_url is None


def test_a_how_to_step_naming_an_app_is_no_app_invitation() -> None:
    """A step that names an app and where to get it stays in the story; only the invitation's
    own shapes ("… Sekarang", an app named by the site's domain) are furniture."""
    steps = ["Cara daftar:", "Download aplikasi PeduliLindungi di Play Store", "Buat akun baru"]
    found = extract_text("\n\n".join([HEADLINE, LEDE, "\n".join(steps), MORE]))
    assert all(step in found.paragraphs for step in steps)


def test_pagers_and_ad_slots_leave_the_body() -> None:
    """A flattened pager ("Halaman 2", "1 2 Selanjutnya"), a read-more link, an ad label between
    dashes and the ad slot's scroll hint joined to its label are furniture wherever they stand;
    a sentence that opens with "Sebelumnya," or a label "Selanjutnya:" stays."""
    furniture = [
        "Halaman selanjutnya",
        "Halaman 2",
        "Halaman 2 dari 3",
        "1 2 Selanjutnya",
        "Baca Selengkapnya »",
        "- Advertisement -",
        "ADVERTISEMENT SCROLL TO RESUME CONTENT",
    ]
    for line in furniture:
        found = extract_text("\n\n".join([HEADLINE, LEDE, line, MORE]))
        assert found.paragraphs == (LEDE, MORE), line
    kept = "Sebelumnya, polisi menangkap dua orang di lokasi kejadian."
    found = extract_text("\n\n".join([HEADLINE, LEDE, kept, MORE]))
    assert found.paragraphs == (LEDE, kept, MORE)
