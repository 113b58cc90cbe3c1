"""The synthetic proxy of issue 14's Indonesian scrapes (``bench/id_scrapes.py``): its shape, and
text mode's floors on it through the whole pipeline. A proxy built from the test half of
``../shared/bench/langid``, never the held-out set; skipped where that data is absent."""

from __future__ import annotations

import pytest

from newswire.bench.id_scrape_shapes import BETWEEN, CLOSERS, DATELINES
from newswire.bench.id_scrapes import (
    APP_INVITES,
    EMBED,
    NOISE,
    build,
    measure,
)
from newswire.bench.langid_data import LANGID

pytestmark = pytest.mark.skipif(not LANGID.is_dir(), reason=f"{LANGID} not found")

#: Pinned under the measurement on all 1,000 scrapes (session 10: title 1.000, id 0.999,
#: keeping >= 98% of content lines 0.999, furniture left 0, DeadLetters 0): the issue's floors
#: for the held-out set are 0.995 / 0.995 / 0.98 / 0 / 0.
FLOORS = {"title": 0.995, "id": 0.99, "kept_98": 0.98}


def _plain(text: str) -> str:
    """The text a reader of the scrape sees: session 37's encodings undone (byte-order mark,
    CRLF, trailing spaces, NBSP)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\u00a0", " ")
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))


def test_the_scrapes_have_the_seed_shape_and_are_the_same_every_time() -> None:
    """Each scrape is a headline, a blank line (or, glued, the first paragraph right under it),
    then blank-line paragraphs with the seed's noise and promo lines among them and maybe the
    copy handler's link and app invitation last; the same seed gives the same scrapes."""
    scrapes = build(200)
    assert [s.text for s in scrapes] == [s.text for s in build(200)]
    glued = 0
    for item in scrapes:
        plain = _plain(item.text)
        head, second, _ = plain.split("\n", 2)
        assert head == item.headline
        assert second in {"", item.content[0]}
        glued += second != ""
        assert all(line in plain for line in item.content + item.furniture)
        if item.link is not None:
            assert f'"{item.headline}" selengkapnya {item.link}' in plain
    assert 0 < glued < len(scrapes) // 2
    assert sum(item.link is not None for item in scrapes) > len(scrapes) // 10
    text = "\n".join(s.text for s in scrapes)
    for shape in (*NOISE, EMBED, "Baca juga: ", "Simak juga Video: ", 'Tonton juga video "'):
        assert shape in text
    assert any(invite in text for invite in APP_INVITES)
    assert any(label in text for label in ("\nBahan:\n", "\nCara membuat:\n", "\nSyarat:\n"))
    # Session 37's shapes, each in some scrapes: datelines, lines between paragraphs and under
    # the last one, headlines ending in "?" or in capitals, and the five encodings.
    for shapes in (DATELINES, BETWEEN, [line for lines in CLOSERS for line in lines]):
        assert any(shape in text for shape in shapes)
    assert any(s.headline.endswith("?") for s in scrapes)
    assert any(s.headline.isupper() for s in scrapes)
    for encoding in ("\r\n", "\ufeff", "  \n", "\u00a0"):
        assert encoding in text


def test_text_mode_stays_above_the_floors_on_the_synthetic_scrapes() -> None:
    """Through the whole pipeline (text/plain): the headline is the title, the language is
    Indonesian, articles keep >= 98% of their content lines, no inserted promo or noise line is
    left as a body paragraph, no DeadLetter; the copy handler's link gives the canonical URL; every
    Article's page type is counted once."""
    figures = measure(build(300))
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} < {floor}"
    assert figures["furniture_left"] == 0
    assert figures["dead_letters"] == 0
    assert figures["links"] > 0
    assert figures["canonical_from_link"] == figures["links"]
    assert sum(figures["page_types"].values()) == figures["scrapes"] - figures["dead_letters"]
    assert figures["article"] == figures["page_types"].get("article", 0) / figures["scrapes"]
