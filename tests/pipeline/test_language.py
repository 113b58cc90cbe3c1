"""Language identification: any language through py3langid, Indonesian vs Malay through the
shipped word model (trained on one half of ../shared/bench/langid, checked here on the other)."""

from __future__ import annotations

import json
import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.bench import langid_data, langid_train
from newswire.pipeline.language import MODEL_PATH, WORD_SPAN, LanguageDetector, enough_words

DETECTOR = LanguageDetector()
EXAMPLES = int(os.environ.get("NEWSWIRE_HYPOTHESIS_EXAMPLES", "2500"))
NEEDS_DATA = pytest.mark.skipif(
    not langid_data.LANGID.is_dir(), reason=f"{langid_data.LANGID} not found"
)
#: Floors of issue 14 on articles of 6 lines (100% / 100% on the test half when pinned).
ARTICLE_FLOOR = {"id": 0.995, "ms": 0.99}
#: Single sentences are harder (90.5% / 96.2% when pinned in session 8, each distinct word
#: counted once; 90.1% / 96.0% before); a floor a little under, to catch a model that stops
#: working rather than to demand what one sentence cannot give.
SENTENCE_FLOOR = {"id": 0.89, "ms": 0.95}


def _language(text: str, hint: str | None = None) -> str | None:
    detected = DETECTOR.detect(text, hint)
    return detected.language if detected else None


def test_malay_and_indonesian_news_sentences_are_told_apart() -> None:
    """Written-here sentences in the two standards (spelling and function words differ: kerana /
    karena, wang / uang, kerajaan / pemerintah) get their own language, with no hint."""
    malay = (
        "Kerajaan akan memberikan bantuan wang tunai kepada rakyat kerana harga barang "
        "semakin meningkat, kata menteri itu semasa sidang media di pejabatnya."
    )
    indonesian = (
        "Pemerintah akan memberikan bantuan uang tunai kepada masyarakat karena harga barang "
        "terus naik, kata menteri tersebut dalam konferensi pers di kantornya."
    )
    assert _language(malay) == "ms"
    assert _language(indonesian) == "id"


def test_other_languages_still_come_from_the_general_model() -> None:
    """Texts in other languages are not pulled into the Indonesian/Malay decision."""
    assert _language("The council approved the budget after a long night of debate.") == "en"
    assert _language("Der Stadtrat hat den Haushalt nach einer langen Nacht beschlossen.") == "de"


def test_the_hint_decides_only_when_the_words_say_nothing() -> None:
    """A declared language settles an id/ms text whose words carry no weight either way, and
    cannot override clear evidence."""
    assert DETECTOR.indonesian_or_malay("Xyzzy plugh", "ms", "id") == "ms"
    assert DETECTOR.indonesian_or_malay("Xyzzy plugh", None, "id") == "id"
    clear_malay = "Beliau berkata kerajaan tidak akan menaikkan harga kerana rakyat sudah susah."
    assert DETECTOR.indonesian_or_malay(clear_malay, "id", "id") == "ms"


def test_a_word_repeated_in_a_quote_counts_once() -> None:
    """A quote repeating a word both standards use ("saya", a slight Malay lean in the training
    stories) is one sign, not seven: one clear Indonesian marker ("karena") still decides."""
    quote = (
        '"Saya datang, saya lihat, saya dengar, saya tanya, saya catat, saya pikir, saya '
        'tulis," ujarnya karena rapat ditunda.'
    )
    assert DETECTOR.indonesian_or_malay(quote, None, "ms") == "id"


@NEEDS_DATA
def test_the_shipped_model_is_what_make_langid_model_builds() -> None:
    """The package data is reproducible: training again gives the shipped weights."""
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["weights"]
    assert langid_train.train() == shipped


@NEEDS_DATA
@pytest.mark.parametrize("language", ["id", "ms"])
def test_accuracy_on_the_held_back_half_stays_above_the_floors(language: str) -> None:
    """On the test half (stories never seen in training), articles of 6 lines reach issue 14's
    floors and single sentences stay near their pinned accuracy."""
    split = langid_data.load()
    articles = split.articles(language, "test")
    sentences = split.sentences(language, "test")
    article_rate = sum(_language(a) == language for a in articles) / len(articles)
    sentence_rate = sum(_language(s) == language for s in sentences) / len(sentences)
    print(f"{language}: articles {article_rate:.4f}, sentences {sentence_rate:.4f}")
    assert article_rate >= ARTICLE_FLOOR[language]
    assert sentence_rate >= SENTENCE_FLOOR[language]


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(["a", "Z", "é", "9", "_", "語", " ", "\n", "\xa0", "-", "—", "!"])
    ),
    st.integers(min_value=0, max_value=420),
)
def test_enough_words_is_three_runs_of_word_characters_in_the_opening(
    text: str, padding: int
) -> None:
    """``enough_words`` holds when the first ``WORD_SPAN`` characters hold three runs of word
    characters (``\\w``: letters of any script, digits, "_"), wherever the runs and whatever
    separates them, and a run cut by the span's end counts as far as it goes."""
    for sample in (text, " " * padding + text, "-" * padding + text):
        runs = re.findall(r"\w+", sample[:WORD_SPAN])
        assert enough_words(sample) is (len(runs) >= 3)
