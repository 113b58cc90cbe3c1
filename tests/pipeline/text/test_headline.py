"""Finding the headline of a text scrape."""

from __future__ import annotations

from newswire.pipeline.text import extract_text

_STORY = (
    "Pemerintah Provinsi DKI Jakarta menyiapkan sejumlah langkah untuk mengatasi banjir yang "
    "melanda beberapa wilayah ibu kota pada pekan ini, kata pejabat setempat.",
    "Menurut data Badan Penanggulangan Bencana Daerah, sedikitnya 120 rumah warga terendam air "
    "setinggi satu meter sejak Senin malam dan warga mulai mengungsi.",
)


def test_a_phone_number_printed_twice_in_the_header_is_not_the_headline() -> None:
    """A page header prints the phone number twice (top bar and menu): a line with no letters
    is no headline, however long its one "word", so the headline above the story wins."""
    page = "\n".join(
        [
            "208-595-5095",
            "Bill Pay",
            "Menu",
            "208-595-5095",
            "Patient Portal",
            "Tips for Sleep Training Your Toddler",
            *_STORY,
        ]
    )
    assert extract_text(page).title == "Tips for Sleep Training Your Toddler"
