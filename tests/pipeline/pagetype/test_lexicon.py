"""The lexicon: a page's tokens as a hand count says, its probabilities by the weights, the model
file round trip, and the shipped file's lexicon read by the HTML model."""

from __future__ import annotations

import math

import numpy as np
import pytest

from newswire.events import PAGE_TYPES
from newswire.pipeline.pagetype.features import PAGE_NAMES
from newswire.pipeline.pagetype.lexicon import (
    LEXICON_NAMES,
    SPAN,
    UNREAD_MIN_WORDS,
    UNREAD_SHARE,
    Lexicon,
    canonical,
    from_arrays,
    page_tokens,
    to_arrays,
)
from newswire.pipeline.pagetype.model import shipped

VOCABULARY = ("officials", "said", "t:news", "warranty")


def _lexicon() -> Lexicon:
    """Token k adds k + 1 to class k's score (article: officials, listing: said ...)."""
    weights = np.zeros((len(VOCABULARY), len(PAGE_TYPES)))
    for row in range(len(VOCABULARY)):
        weights[row, row] = row + 1.0
    return Lexicon(VOCABULARY, weights, np.zeros(len(PAGE_TYPES)))


def test_a_token_is_the_word_lower_cased_without_edge_punctuation() -> None:
    """Case and quotes, brackets, commas, dashes and ellipses around a word do not make another
    token; punctuation inside a word stays; a word of punctuation alone is no token."""
    assert canonical("“Officials,") == "officials"
    assert canonical("(U.S.)") == "u.s"
    assert canonical("don't…") == "don't"
    assert canonical("—") == ""
    found = page_tokens("Latest News | Site", ["Officials", "said,", "officials", "—", "2024."])
    assert found == {"officials", "said", "2024", "t:latest", "t:news", "t:site"}


def test_the_rows_of_a_small_page_are_its_vocabulary_words_once() -> None:
    """Body words written bare, capitalized, or followed by "," or "." find their token, each
    token once however often it occurs; the title's words count under ``t:``; a body word the
    vocabulary holds only as a title token, and words outside it, find row 0 (no weight)."""
    lexicon = _lexicon()
    words = ["Officials", "said.", "officials,", "the", "news", "Warranty", "said"]
    assert lexicon.rows("Breaking: News!", words) == {0, 1, 2, 3, 4}
    assert lexicon.rows(None, []) == set()
    assert lexicon.rows("", ["“said”"]) == {0}


def test_title_words_find_their_tokens_whatever_their_case_and_edge_punctuation() -> None:
    """Each title word is found as ``t:`` + its ``canonical`` form (lower-cased, edge punctuation
    stripped), as a word-by-word canonicalization finds it, dotted capitals included."""
    lexicon = Lexicon(("t:news", "t:u.s", "t:latest"), np.zeros((3, len(PAGE_TYPES))), np.zeros(7))
    title = "LATEST: “News” from the (U.S.) — İstanbul"
    expected = {lexicon._title.get("t:" + canonical(word), 0) for word in title.split()}
    assert lexicon.rows(title, []) == expected == {0, 1, 2, 3}


def test_only_the_opening_words_are_read() -> None:
    """A vocabulary word after the body's first ``SPAN`` words is not counted."""
    words = ["the"] * SPAN + ["warranty"]
    assert _lexicon().rows(None, words) == {0}


def test_the_probabilities_are_the_softmax_of_the_summed_weights() -> None:
    """A page with "officials" (article +1) and "warranty" (forum +4), by a hand computation;
    a page without any token gets the bias's softmax (uniform here)."""
    values = _lexicon().values(None, ["officials", "warranty", "officials"])
    scores = [1.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0]
    total = sum(math.exp(score) for score in scores)
    assert values == pytest.approx([math.exp(score) / total for score in scores])
    assert _lexicon().values(None, []) == pytest.approx([1 / len(PAGE_TYPES)] * len(PAGE_TYPES))


def test_the_shipped_weights_are_summed_row_after_row_as_numpy_sums_them() -> None:
    """The probabilities of any rows, however many (none, a page's, more than a page holds),
    are the softmax of ``weights[rows].sum(axis=0) + bias`` to the last bit: the same additions
    in the same order, whatever calls make them."""
    lexicon = shipped().lexicon
    assert lexicon is not None
    padded = np.vstack([np.zeros((1, len(PAGE_TYPES))), lexicon.weights])
    generator = np.random.default_rng(15)
    for count in (0, 1, 120, SPAN, 3 * SPAN):
        rows = set(generator.integers(0, len(padded), count).tolist())
        scores = (padded[sorted(rows)].sum(axis=0) + lexicon.bias).tolist()
        exps = [math.exp(score - max(scores)) for score in scores]
        expected = [value / sum(exps) for value in exps]
        assert lexicon.probabilities(sorted(rows)) == expected


def test_the_look_up_holds_every_written_form_of_a_token_bare_lower_case_ones_first() -> None:
    """Each body token is found lower-case and capitalized, bare or before "," or ".", at its
    row; the look-up lists the bare lower-case forms first, short before long."""
    lexicon = shipped().lexicon
    assert lexicon is not None
    expected: dict[str, int] = {}
    for row, token in enumerate(lexicon.vocabulary, start=1):
        if not token.startswith("t:"):
            for form in (token, token.capitalize()):
                for mark in ("", ",", "."):
                    expected.setdefault(form + mark, row)
    forms = list(lexicon._body)
    assert lexicon._body == expected
    bare_lower = [form for form in forms if form == form.lower() and form[-1] not in ",."]
    assert forms[: len(bare_lower)] == bare_lower
    assert [len(form) for form in bare_lower] == sorted(len(form) for form in bare_lower)


def test_the_model_file_arrays_give_the_same_lexicon_back() -> None:
    """``to_arrays`` then ``from_arrays`` keep the vocabulary, the weights (as float32) and the
    bias; a file without a lexicon gives None; an empty vocabulary is a valid lexicon."""
    lexicon = _lexicon()
    again = from_arrays(to_arrays(lexicon))
    assert again is not None
    assert again.vocabulary == VOCABULARY
    assert np.array_equal(again.weights, lexicon.weights)
    assert again.values("News", ["said"]) == lexicon.values("News", ["said"])
    assert from_arrays({}) is None
    empty = from_arrays(to_arrays(Lexicon((), np.zeros((0, 7)), np.zeros(7))))
    assert empty is not None
    assert empty.vocabulary == ()
    assert empty.values("A title", ["words"]) == pytest.approx([1 / 7] * 7)


def test_a_cjk_body_gets_the_prior_and_a_short_latin_body_the_regression() -> None:
    """With a prior (the training pages' class shares), a Japanese or Korean body, whose
    whitespace words the vocabulary cannot hold, gets the prior; an English body, or a Russian
    one shorter than ``UNREAD_MIN_WORDS`` (no vocabulary word either), gets the regression's
    answer; without a prior (a model file of before session 29) every body gets the
    regression's answer; the model file keeps the prior."""
    prior = (0.5, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05)
    weights = _lexicon().weights
    lexicon = Lexicon(VOCABULARY, weights, np.zeros(len(PAGE_TYPES)), prior)
    japanese = ["先日、不正に改造した商品を販売したとして男性が逮捕されました。"] * 3
    korean = ["서울시는", "오늘", "새로운", "교통", "정책을", "발표했다고", "밝혔습니다."] * 3
    for words in (japanese, korean):
        assert lexicon.values("ニュース", words) == list(prior)
        assert _lexicon().values("ニュース", words) == pytest.approx([1 / 7] * 7)
    for words in (["officials", "said"], ["Новости", "дня", "и", "события."]):
        assert lexicon.values(None, words) == _lexicon().values(None, words)
    again = from_arrays(to_arrays(lexicon))
    assert again is not None
    assert again.prior == prior
    old = from_arrays(to_arrays(_lexicon()))
    assert old is not None
    assert old.prior is None


def test_a_long_body_of_unknown_words_gets_the_prior_unless_it_is_known_in_lower_case() -> None:
    """A Russian body of ``UNREAD_MIN_WORDS`` words or more, under ``UNREAD_SHARE`` of them
    vocabulary words, gets the prior, as a Japanese one does; the same words in capitals with
    a vocabulary word in every ten (known once lower-cased, missed as written) get the
    regression's answer, as does a body whose known words reach the share as written."""
    prior = (0.5, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05)
    lexicon = Lexicon(VOCABULARY, _lexicon().weights, np.zeros(len(PAGE_TYPES)), prior)
    russian = ["Новости", "дня", "и", "события", "в", "мире."] * 5
    assert len(russian) >= UNREAD_MIN_WORDS
    assert lexicon.values(None, russian) == list(prior)
    assert lexicon.values(None, [*russian, "said"]) == list(prior)
    capitals = (
        ["CAST", "IRON", "SKILLET", "LODGE", "$39.99", "USD", "WARRANTY", "9", "10", "11"]
    ) * 3
    assert lexicon.values(None, capitals) == _lexicon().values(None, capitals)
    known = [*russian[: UNREAD_MIN_WORDS - 1], "officials"]
    assert UNREAD_SHARE * len(known) <= 1
    assert lexicon.values(None, known) == _lexicon().values(None, known)


def test_weights_of_the_wrong_shape_are_refused() -> None:
    """A weights matrix that does not have one row per token and one column per class is an
    error at load, not a wrong answer later."""
    with pytest.raises(ValueError, match="vocabulary, classes"):
        Lexicon(VOCABULARY, np.zeros((3, 7)), np.zeros(7))


def test_the_shipped_html_model_reads_the_shipped_lexicon() -> None:
    """The package's model file has a lexicon of a few thousand tokens, and the HTML model,
    bound to the pipeline's vector, reads the lexicon's features after the page's own."""
    models = shipped(PAGE_NAMES)
    assert models.lexicon is not None
    assert len(models.lexicon.vocabulary) > 1000
    assert models.html.features == (*PAGE_NAMES, *LEXICON_NAMES)
    assert models.text.features == PAGE_NAMES
