"""The whole-array scoring of py3langid's model gives py3langid's own answers, bit for bit: the
same features with the same counts, the same language, the same probability."""

from __future__ import annotations

import os

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from newswire.pipeline.byte_ngrams import LOG_COUNTS, WINDOW, ByteNgramClassifier, _single
from tests.support import REPO

EXAMPLES = int(os.environ.get("NEWSWIRE_HYPOTHESIS_EXAMPLES", "2500")) // 5

OURS = ByteNgramClassifier()
THEIRS = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

# Scripts of 1 to 4 UTF-8 bytes, all upper case (py3langid lower-cases those), a lone surrogate,
# combining marks NFC composes, and texts shorter than the window.
_PIECES = st.sampled_from(
    ["the news ", "İstanbul ", "STRASSE ", "日本語の文章", "Привет, мир. ", "١٢٣ ", "😀", "e\u0301",
     "\ud800", "\n\n", "Presiden mengatakan ", "kerana kerajaan ", "a", "", " "]
)  # fmt: skip
_TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(_PIECES, max_size=40).map("".join),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=120),
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(_TEXTS)
def test_same_answer_as_py3langid_on_any_text(text: str) -> None:
    """Any text, empty, shorter than the n-gram window, astral or unpaired surrogates included,
    gets py3langid's language and exactly its probability."""
    assert OURS.classify(text) == THEIRS.classify(text)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.binary(max_size=200))
def test_same_features_as_py3langid_walk_on_any_bytes(data: bytes) -> None:
    """The windows walked all at once find the features py3langid's byte-at-a-time walk finds,
    with the same counts, in the order it first meets them."""
    expected = visit_counts(THEIRS.tk_nextmove, THEIRS._rowbase, THEIRS.tk_output, data) or {}
    ids, counts = OURS.features(data)
    assert list(zip(ids.tolist(), counts.tolist(), strict=True)) == list(expected.items())


def test_same_answer_as_py3langid_on_every_seed() -> None:
    """The first 600 characters (the detector's sample) and the whole of every seed, in a dozen
    languages, get py3langid's answer."""
    texts = [path.read_text(encoding="utf-8") for path in (REPO / "seeds").rglob("*.*")]
    assert len(texts) > 20
    for text in texts:
        for sample in (text[:600], text):
            assert OURS.classify(sample) == THEIRS.classify(sample)


def test_count_weights_from_the_table_are_log1p_s_and_long_samples_go_past_it() -> None:
    """The table of count weights holds numpy's float32 ``log1p`` of each count, as one count
    alone gets it; a sample of one byte repeated (its features counted up to the table's end)
    and one longer than the table (weighed by ``log1p`` itself) get py3langid's answer."""
    for count in range(len(LOG_COUNTS)):
        alone = np.log1p(np.array([count], dtype=np.intp), dtype=np.float32)
        assert LOG_COUNTS[count].view(np.uint32) == alone.view(np.uint32)[0]
    for size in (len(LOG_COUNTS) - 1, len(LOG_COUNTS), 2 * len(LOG_COUNTS)):
        for text in ("a" * size, ("the news " * size)[:size]):
            assert OURS.classify(text) == THEIRS.classify(text)


def test_window_is_the_depth_of_the_model_trie() -> None:
    """No state of py3langid's automaton lies deeper than WINDOW bytes from the root (breadth-
    first over its transition table), so WINDOW bytes decide every state: the premise of the
    all-positions-at-once walk. A py3langid with longer n-grams fails here."""
    moves = np.frombuffer(THEIRS.tk_nextmove, dtype=np.uint32).reshape(-1, 256)
    rows = np.frombuffer(THEIRS.tk_row, dtype=np.uint16)
    depth = np.full(len(rows), -1, dtype=np.int16)
    depth[0] = 0
    frontier = np.zeros(1, dtype=np.intp)
    level = 0
    while len(frontier):
        reached = np.unique(moves[rows[frontier]]).astype(np.intp)
        frontier = reached[depth[reached] < 0]
        level += 1
        depth[frontier] = level
    assert (depth >= 0).all()
    assert int(depth.max()) == WINDOW


def test_rows_kept_in_float32_give_the_same_answers_as_a_fresh_conversion() -> None:
    """Rows converted once and reused later, in a copy that grows many times over (a tiny
    first allocation), give py3langid's answers on texts that share some features and not
    others, again on a second pass that finds every row already converted."""
    classifier = ByteNgramClassifier()
    classifier.FIRST_ROWS = 8
    texts = [
        path.read_text(encoding="utf-8")[:600] for path in sorted((REPO / "seeds").rglob("*.txt"))
    ]
    assert len(texts) > 10
    for _ in range(2):
        for text in texts:
            assert classifier.classify(text) == THEIRS.classify(text)
    assert len(classifier._rows) > 8


def test_aliased_columns_are_folded_in_one_step() -> None:
    """No label column is folded into twice, and none both receives and is folded away, so
    folding every pair at once gives py3langid's one-pair-at-a-time sums."""
    columns = [column for pair in OURS._aliases for column in pair]
    assert OURS._aliases
    assert len(set(columns)) == len(columns)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.floats(0, 1, width=32), st.floats(0, 1, width=32))
def test_a_float32_sum_made_in_double_and_rounded_is_numpys(left: float, right: float) -> None:
    """Two float32 probabilities added in Python and rounded by ``_single`` give numpy's float32
    sum, bit for bit (how the aliased labels' columns are folded)."""
    assert _single(left + right) == float(np.float32(left) + np.float32(right))


def test_single_rounds_to_the_nearest_float32() -> None:
    """``_single`` rounds a double to the nearest float32, ties to even."""
    for value in (0.1, 1 / 3, 1.0 + 2.0**-24, 1.0 + 3 * 2.0**-24, 0.0, 1e-45):
        assert _single(value) == float(np.float32(value))


def test_the_transition_table_is_in_numpys_own_memory() -> None:
    """Without the compiled walk, the 39 MB transition table is a copy that numpy allocated, not
    a view of py3langid's ``array``: only numpy's own allocations of 4 MB and more are offered
    transparent huge pages, which keep the walk's random gathers from missing the TLB at nearly
    every byte (with the compiled walk it is a view of the walk's native copy)."""
    assert OURS._nextmove.flags.owndata == (OURS._walk is None)
    assert OURS._nextmove.nbytes >= 4 << 20
