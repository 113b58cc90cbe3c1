"""A page's script width: how many Latin characters one of its characters is worth."""

from __future__ import annotations

import math

import pytest

from newswire.pipeline.extracted import Extracted
from newswire.pipeline.pagetype.features import html_features, text_body_features
from newswire.pipeline.pagetype.script import (
    HANGUL_WIDTH,
    IDEOGRAPH_WIDTH,
    char_width,
    texts_width,
)
from newswire.pipeline.pagetype.structure import summarize_columns

# A Japanese sentence: 29 CJK characters and two punctuation marks.
_JAPANESE = "先日、不正に改造した商品を販売したとして男性が逮捕されました。"
# A Korean sentence: Hangul syllables, spaces and a full stop.
_KOREAN = "서울시는 오늘 새로운 교통 정책을 발표했다고 밝혔습니다. "


def test_latin_cyrillic_and_greek_text_weigh_one() -> None:
    """ASCII, accented Latin with curly quotes, Cyrillic and Greek text (words about as long
    as English ones) weigh 1, as does empty text."""
    for text in (
        "The council voted on Monday. " * 20,
        "Le café « très » connu — déjà vu, “quoted”. " * 20,
        "Новости дня и события. " * 20,
        "Τα νέα της ημέρας και τα γεγονότα. " * 20,
        "",
    ):
        assert char_width(text) == 1.0


def test_chinese_japanese_and_korean_text_weigh_by_script() -> None:
    """Each CJK character (ideographs, kana, CJK punctuation) weighs ``IDEOGRAPH_WIDTH`` and
    each Hangul syllable ``HANGUL_WIDTH``, the rest of the text (Latin letters, spaces, curly
    quotes) 1, averaged over the sample."""
    assert char_width(_JAPANESE * 10) == IDEOGRAPH_WIDTH
    mixed = (_JAPANESE + "“NHK” news ") * 10
    assert char_width(mixed) == pytest.approx(1 + (IDEOGRAPH_WIDTH - 1) * 31 / 42)
    korean = _KOREAN * 10
    syllables = sum("\uac00" <= char <= "\ud7af" for char in _KOREAN)
    assert char_width(korean) == pytest.approx(1 + (HANGUL_WIDTH - 1) * syllables / len(_KOREAN))
    # Blocks are weighed by their joined text.
    assert texts_width([_JAPANESE] * 10) == char_width(_JAPANESE * 10)


def test_a_japanese_story_has_the_layout_of_its_latin_twin() -> None:
    """Twelve Japanese paragraphs of three sentences (93 characters: ~280 Latin ones) are long
    paragraphs, not short blocks, and the page's characters and words are counted as a Latin
    page's of the same weight; a Latin page of the same character counts keeps the unweighted
    thresholds."""
    paragraphs = [_JAPANESE * 3] * 12
    tags = ["p"] * 12
    japanese = summarize_columns(paragraphs, tags, [0] * 12, (), (), og_type=None, ld_types=())
    width = char_width("".join(paragraphs))
    assert japanese.width == width
    assert japanese["long_paragraphs"] == math.log1p(12)
    assert japanese["short_block_share"] == 0.0
    assert japanese["page_chars"] == pytest.approx(math.log1p(12 * 93 * width))
    latin = ["x" * 93] * 12
    plain = summarize_columns(latin, tags, [0] * 12, (), (), og_type=None, ld_types=())
    assert plain.width == 1.0
    assert plain["long_paragraphs"] == 0.0
    assert plain["page_chars"] == math.log1p(12 * 93)


def test_the_body_share_and_short_paragraphs_of_a_cjk_page_are_weighted_alike() -> None:
    """A Japanese body's share of its page is its characters' share (both sides weighted by
    the page's width), and its 31-character paragraphs (~90 Latin ones) are not short."""
    paragraphs = (_JAPANESE,) * 10
    layout = summarize_columns(
        [*paragraphs, "メニュー" * 20], ["p"] * 11, [0] * 11, (), (), og_type=None, ld_types=()
    )
    story = Extracted(title="T", paragraphs=paragraphs, structure=layout)
    share = 310 / 390
    assert html_features("https://example.com/a", story)["body_share"] == pytest.approx(share)
    assert text_body_features(story)["body_short_share"] == 0.0
    latin = Extracted(title="T", paragraphs=("x" * 31,) * 10)
    assert text_body_features(latin)["body_short_share"] == 1.0
