"""Story lines shared by the text extractor's tests (test_extractor*.py, the headline's tests)."""

from __future__ import annotations

# test_extractor.py defined an English PARAGRAPH first and this one further down; the tests
# read it when they run, so every one of them ran with this one: the split keeps it alone.
PARAGRAPH = (
    "Pemerintah provinsi menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat "
    "banjir pekan lalu, kata kepala dinas pekerjaan umum kepada wartawan di kantornya."
)

LEDE = (
    "Pemerintah Provinsi DKI Jakarta menyiapkan sejumlah langkah untuk mengatasi banjir yang "
    "melanda beberapa wilayah ibu kota pada pekan ini, kata pejabat setempat."
)
MORE = (
    "Menurut data Badan Penanggulangan Bencana Daerah, sedikitnya 120 rumah warga terendam air "
    "setinggi satu meter sejak Senin malam dan warga mulai mengungsi."
)
HEADLINE = "Banjir Rendam Ratusan Rumah di Jakarta"
#: The two paragraphs of a story, for the tests that print a page's lines above it.
STORY_LINES = (LEDE, MORE)


def story(*above: str) -> str:
    """A scrape: the given lines, then a two-paragraph story."""
    return "\n".join([*above, PARAGRAPH, PARAGRAPH + " Again."])
