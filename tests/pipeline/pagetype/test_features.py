"""Features of a page: extracted text, title, and a text scrape's lines."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from newswire.pipeline.decode import RawArticle
from newswire.pipeline.enrich import enrich
from newswire.pipeline.extracted import Extracted
from newswire.pipeline.language import LanguageDetector
from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.pagetype.features import (
    BODY_NAMES,
    body_of,
    html_features,
    text_body_features,
    text_features,
    title_features,
    word_estimate,
)


def test_body_features_count_words_paragraphs_and_sentences() -> None:
    """Long, sentence-ended paragraphs score as such; an empty extraction gives zeros."""
    story = Extracted(title="A title", paragraphs=("One two three. Four five six.",) * 3)
    found = text_body_features(story)
    assert found["body_ended_share"] == 1.0
    assert found["body_paragraphs"] > 0
    empty = text_body_features(Extracted(title=None, paragraphs=()))
    assert empty["body_words"] == 0.0
    assert empty["body_ended_share"] == 0.0


def test_text_scrape_lines_stand_for_blocks() -> None:
    """A text scrape's short menu lines show as short blocks; it has no link or class data."""
    text = "\n".join(["Home", "News", "Sport", "Weather"] * 10)
    found = text_features(None, text, Extracted(title=None, paragraphs=()))
    assert found["short_block_share"] == 1.0
    assert found["link_share"] == 0.0
    assert found["top_class_repeat"] == 0.0


def test_body_word_and_sentence_counts_are_exact() -> None:
    """Words, sentences (". " marks plus one a paragraph) and short paragraphs are counted
    exactly, with no sentence made up across two paragraphs."""
    story = Extracted(title=None, paragraphs=("One two. Three four.", "Five six seven", "Eight."))
    found = text_body_features(story)
    assert found["body_words"] == math.log1p(8)
    # 2 + 1 + 1 sentences: the joined text has "seven\nEight." (no ". " across paragraphs).
    assert found["body_words_per_sentence"] == math.log1p(8 / 4)
    assert found["body_short_share"] == 1.0
    asked = Extracted(title=None, paragraphs=("Why? Because! It is so.",))
    # "? " and "! " are not counted (cheaper; the model learnt without them): one sentence.
    assert text_body_features(asked)["body_words_per_sentence"] == math.log1p(5 / 1)


def test_title_words_separators_and_digits() -> None:
    """A section front's title names its kind; a headline with a site suffix has a separator;
    no title gives zeros."""
    front = title_features("Latest news | Example Times")
    assert front["title_listing"] == 1.0
    assert front["title_service"] == front["title_shop"] == 0.0
    assert front["title_separators"] == 1.0
    assert title_features("Plumbing services in 2024")["title_service"] == 1.0
    assert title_features("Plumbing services in 2024")["title_digits"] == 1.0
    assert set(title_features(None).values()) == {0.0}


def test_short_paragraphs_end_at_sixty_characters_and_blank_ones_count_as_ended() -> None:
    """A paragraph of 59 characters is short, one of 60 is not; a blank paragraph counts as
    ended (the rule the shipped model was trained with), one ending in a quote too."""
    under = "x" * 59
    at = "x" * 60
    found = text_body_features(Extracted(title=None, paragraphs=(under, at, "  ", "He said “no.”")))
    assert found["body_short_share"] == 3 / 4
    assert found["body_ended_share"] == 2 / 4


def test_a_paragraph_ends_by_its_last_character_past_trailing_whitespace() -> None:
    """Trailing whitespace is not a paragraph's end: "Really? " asks; "(why?)" ends like a
    sentence (a closing bracket) but does not ask; a Chinese paragraph of 24 characters (72 of
    its Latin twin's) is not short."""
    found = text_body_features(Extracted(title=None, paragraphs=("Really? \n", "(why?)", "No")))
    assert found["body_question_share"] == 1 / 3
    assert found["body_ended_share"] == 2 / 3
    chinese = "这是一个很长的中文段落。" * 2
    wide = text_body_features(Extracted(title=None, paragraphs=(chinese,)))
    assert wide["body_short_share"] == 0.0


def test_the_body_the_enrich_stage_passes_is_the_one_the_features_make() -> None:
    """``body_of`` is the enrich stage's body text and words (it hands them over instead
    of the classifier making them again), and the features are the same either way."""
    story = Extracted(title="T", paragraphs=("One two. Three four.", "Five six seven", "Eight."))
    enriched = enrich(
        RawArticle(
            text="",
            content_type="text/plain",
            url=None,
            fetched_at=None,
            source=None,
            charset="utf-8",
        ),
        story,
        PipelineOptions(min_body_words=1),
        detector=LanguageDetector(),
        now=datetime(2024, 1, 1, tzinfo=UTC),
    )
    assert body_of(story) == (enriched.body, enriched.body.split(), enriched.word_count)
    assert enriched.word_count == len(enriched.body.split())
    assert text_body_features(story, body_of(story)) == text_body_features(story)


def test_chinese_and_japanese_bodies_count_words_by_characters() -> None:
    """A Japanese body (no spaces between words) counts its CJK characters (its CJK punctuation
    too) / 2 as words, and its full stops as sentence ends; Latin text with accents and curly quotes, and Cyrillic
    text, keep their whitespace-split words."""
    # 29 CJK characters and two CJK punctuation marks a sentence.
    japanese = "先日、不正に改造した商品を販売したとして男性が逮捕されました。" * 10
    assert word_estimate(japanese, japanese.split()) == 155
    paragraphs = (japanese, japanese)
    found = text_body_features(Extracted(title=None, paragraphs=paragraphs))
    assert math.isclose(found["body_words"], math.log1p(310))
    assert math.isclose(found["body_words_per_sentence"], math.log1p(310 / 22))
    for text in (
        "Le café « très » connu — déjà vu, “quoted”. " * 20,
        "Новости дня и события. " * 20,
    ):
        assert word_estimate(text, text.split()) == len(text.split())


def test_body_share_is_the_same_from_the_passed_body_as_from_the_paragraphs() -> None:
    """The body's share of the page, read from the joined body's length when the enrich stage
    passes it (no pass over the paragraphs), equals the share summed over the paragraphs, for
    one, several and no paragraphs, on HTML pages and text scrapes."""
    structure = {"page_chars": math.log1p(400)}
    for paragraphs in (("Only one paragraph here.",), ("One two.", "", "Three four five."), ()):
        story = Extracted(title="T", paragraphs=paragraphs, structure=structure)
        passed = html_features("https://example.com/a", story, body_of(story))
        assert passed["body_share"] == html_features("https://example.com/a", story)["body_share"]
        assert passed["body_share"] == pytest.approx(sum(map(len, paragraphs)) / 400)
        scrape = "Menu\nOne two.\nThree four five.\nFooter line"
        with_body = text_features(None, scrape, story, body_of(story))
        assert with_body["body_share"] == text_features(None, scrape, story)["body_share"]


def test_body_questions_exclamations_and_topic_words() -> None:
    """A sales page asks and exclaims and speaks of customers; a story tells of officials and
    weekdays; blank and empty bodies give zeros."""
    sales = Extracted(
        title=None,
        paragraphs=(
            "Contact our team for a free quote!",
            "Want a plumber?",
            "Get going today with our customers' favourite service!",
            "  ",
        ),
    )
    found = text_body_features(sales)
    assert found["body_question_share"] == 1 / 4
    assert found["body_exclamations"] == 2 * 1000 / 50
    assert found["voice_sales"] > 0
    assert found["voice_event"] == found["voice_manual"] == 0.0
    story = Extracted(
        title=None, paragraphs=("Officials reported the fire on Monday and closed the road.",)
    )
    told = text_body_features(story)
    assert told["voice_event"] == 2 * 1000 / 50
    assert told["voice_news"] == 1 * 1000 / 50
    assert told["body_question_share"] == told["body_exclamations"] == 0.0
    for empty in ((), ("",), ("  ",)):
        values = text_body_features(Extracted(title=None, paragraphs=empty))
        assert values["body_question_share"] == values["body_exclamations"] == 0.0


def test_an_html_page_has_no_words_per_sentence_and_a_text_scrape_has() -> None:
    """The HTML model is trained without the body's words per sentence (left at 0 for every
    HTML page); a text scrape's vector carries it, and every other body feature is the same
    in both."""
    story = Extracted(
        title="Council approves harbour plan",
        paragraphs=("The council met. It voted.", "Work starts soon. It ends in May."),
        structure={},
    )
    html = html_features("https://example.com/2024/05/a-story", story)
    body = text_body_features(story)
    assert html["body_words_per_sentence"] == 0.0
    assert body["body_words_per_sentence"] == math.log1p(12 / 4)
    for name in BODY_NAMES:
        if name != "body_words_per_sentence":
            assert html[name] == body[name], name
