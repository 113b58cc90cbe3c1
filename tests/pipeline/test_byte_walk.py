"""The compiled build's byte-by-byte walk (in parts walked in lockstep) finds py3langid's
features with py3langid's counts, in the order py3langid first meets them."""

from __future__ import annotations

import os

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from librt.vecs import vec
from mypy_extensions import i32, i64
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from newswire import native
from newswire.pipeline import byte_ngrams, byte_walk
from newswire.pipeline.byte_ngrams import ByteNgramClassifier
from newswire.pipeline.byte_walk import ByteWalk
from tests.support import REPO

EXAMPLES = int(os.environ.get("NEWSWIRE_HYPOTHESIS_EXAMPLES", "2500")) // 5

THEIRS = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
WALK = ByteWalk(
    vec[i32](np.frombuffer(THEIRS.tk_nextmove, dtype=np.int32).data),
    vec[i32](np.asarray(THEIRS._rowbase, dtype=np.int32).data),
    vec[i32](np.asarray(THEIRS.tk_output, dtype=np.int32).data),
)
# Samples shorter and longer than the lockstep's threshold, with the parts' joins anywhere in
# multi-byte characters, n-grams and runs of one byte.
_PIECES = st.sampled_from(
    [b"the news ", "İstanbul ".encode(), "日本語の文章".encode(), "Привет, мир. ".encode(),
     b"aaaa", b"\xff\xfe", b" ", b"Presiden mengatakan "]
)  # fmt: skip
_DATA = st.one_of(
    st.binary(max_size=700),
    st.lists(_PIECES, max_size=120).map(b"".join),
)


def _expected(data: bytes) -> list[tuple[int, int]]:
    return list(
        (visit_counts(THEIRS.tk_nextmove, THEIRS._rowbase, THEIRS.tk_output, data) or {}).items()
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(_DATA)
def test_same_features_as_py3langid_walk_on_any_bytes(data: bytes) -> None:
    """Any bytes, shorter or longer than the lockstep's parts, get py3langid's features and
    counts in its order, and a second call (scratch reused) the same."""
    for _ in range(2):
        ids, counts = WALK.features(data)
        assert list(zip(ids, counts, strict=True)) == _expected(data)


def test_same_features_on_every_seed_sample() -> None:
    """The detector's 600-character samples of every seed, and whole seeds (samples far longer
    than any before them, the scratch grows), give py3langid's features."""
    texts = [path.read_text(encoding="utf-8") for path in sorted((REPO / "seeds").rglob("*.*"))]
    assert len(texts) > 20
    for text in texts:
        for sample in (text[:600], text):
            data = sample.encode("utf8", errors="surrogatepass")
            ids, counts = WALK.features(data)
            assert list(zip(ids, counts, strict=True)) == _expected(data)


def test_the_classifier_walks_natively_exactly_when_the_build_runs() -> None:
    """The classifier uses the compiled walk when the compiled build runs (its numpy table a view
    of the walk's, one copy a process), the whole-array walk otherwise; both the same features."""
    ours = ByteNgramClassifier()
    data = (REPO / "seeds" / "text").glob("*.txt").__next__().read_bytes()[:900]
    assert (ours._walk is not None) == (native.MODE == "compiled")
    ids, counts = ours.features(data)
    at_once = ours.features_at_once(data)
    assert ids.tolist() == at_once[0].tolist()
    assert counts.tolist() == at_once[1].tolist()
    assert ours._nextmove.flags.owndata == (ours._walk is None)


def test_slots_are_given_in_order_once_and_read_back() -> None:
    """``place`` gives each feature without a slot the next one, in the order given, and leaves
    those that have one; ``slots_of`` reads them back and counts the features still without."""
    walk = ByteWalk(vec[i32]([0] * 256), vec[i32]([0] * 10), vec[i32]([-1] * 10))
    assert walk.slots_of(vec[i64]([3, 7])) == (vec[i64]([-1, -1]), 2)
    assert walk.place(vec[i64]([7, 3]), 5) == 7
    assert walk.place(vec[i64]([3, 1, 7, 9]), 7) == 9
    slots, missing = walk.slots_of(vec[i64]([1, 3, 7, 9, 0]))
    assert (list(slots), missing) == ([7, 6, 5, 8, -1], 1)


def test_the_classifier_with_the_walk_answers_as_py3langid() -> None:
    """The classifier reading its rows' slots through the walk (the compiled build's way, here
    given the walk whatever the build) answers as py3langid, before and after its copy of the
    rows grows."""
    ours = ByteNgramClassifier()
    ours.FIRST_ROWS = 8
    ours._walk = WALK
    WALK.forget_slots()
    texts = [path.read_text(encoding="utf-8") for path in sorted((REPO / "seeds").rglob("*.*"))]
    for text in texts[:12]:
        for sample in (text[:600], text[:60], text[:600]):
            assert ours.classify(sample) == THEIRS.classify(sample)


def test_each_state_steps_to_its_row_and_its_feature() -> None:
    """A state's step number holds its row's offset in the transition table and its feature
    (-1: none), as the separate tables give them, for every state of the model."""
    offsets = [step & 0xFFFFFFFF for step in WALK.steps]
    features = [(step >> 32) - 1 for step in WALK.steps]
    assert offsets == list(WALK.rowbase)
    assert features == list(WALK.output)
    assert -1 in features


def test_window_is_the_classifiers() -> None:
    """The walk's lead-in is the n-gram window that a byte_ngrams test derives from the model."""
    assert byte_walk.WINDOW == byte_ngrams.WINDOW


@settings(max_examples=EXAMPLES // 4, deadline=None)
@given(_DATA)
def test_slotted_features_read_the_slots_of_the_features_they_count(data: bytes) -> None:
    """``slotted_features`` gives ``features``' ids and counts, and the slots ``slots_of`` reads
    for those ids with how many have none, before and after slots are placed, and ``forget_slots``
    takes them all back."""
    walk = WALK
    walk.forget_slots()
    for placed in (False, True):
        ids, totals, slots, missing = walk.slotted_features(data)
        assert list(zip(ids, totals, strict=True)) == _expected(data)
        assert (slots, missing) == walk.slots_of(ids)
        assert missing == (0 if placed else len(ids))
        walk.place(ids, 3)
    walk.forget_slots()
    ids = walk.features(data)[0]
    assert walk.slots_of(ids)[1] == len(ids)
