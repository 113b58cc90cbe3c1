"""SimHash: the whole-array implementation gives, bit for bit, the fingerprint of the per-word
reference it replaced (so consumers comparing fingerprints across versions see no change), and
fingerprints keep telling near-copies from unrelated texts."""

from __future__ import annotations

import hashlib
import json
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.bench import simhash_reference
from newswire.pipeline.fingerprint import SIMHASH_MAX_WORDS, content_hash, hamming, simhash
from newswire.pipeline.html import extract_html
from newswire.pipeline.text import extract_text
from tests.support import REPO

EXAMPLES = int(os.environ.get("NEWSWIRE_HYPOTHESIS_EXAMPLES", "2500")) // 5

# Words from scripts of several widths in UTF-8 (1-4 bytes), separators \w does not match, and
# characters whose lower case is longer than themselves ("İ" -> "i̇").
_PIECES = st.sampled_from(
    ["news", "İstanbul", "straße", "ǅ", "日本語の文章", "Привет", "١٢٣", "½", "a_b", "😀", "𝔘x",
     " ", "\n\n", ", ", "—", "'", "\u200b", "x" * 70, "é" * 40, "\ud800"]
)  # fmt: skip
# More than fingerprint._FEW_SPACES spaces: the array path.
_FILLER = " Ab, cd. Éf gh ij!" * 40
_TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(_PIECES, max_size=60).map("".join),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=200),
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(_TEXTS)
def test_same_fingerprint_as_the_reference_on_any_text(text: str) -> None:
    """Any text, including astral characters, a lone surrogate, words of over 64 UTF-8 bytes and
    upper-case letters whose lower case is longer, gets the reference implementation's value,
    alone (short texts take a per-word path) and after or before enough text to take the array
    path (before: the text's words, a long one included, are the last ones of the array),
    whether the caller passes the text's UTF-8 (as the enrich stage does) or not."""
    expected = simhash_reference.simhash(text)
    assert simhash(text) == expected
    if not any(0xD800 <= ord(c) < 0xE000 for c in text):  # strict UTF-8 has no lone surrogate
        assert simhash(text, text.encode()) == expected
    for longer in (text + _FILLER, _FILLER + text):
        assert simhash(longer) == simhash_reference.simhash(longer)


def test_same_fingerprint_as_the_reference_on_every_seed() -> None:
    """Every seed's extracted body (text and HTML, several languages) fingerprints identically."""
    bodies = []
    for path in sorted((REPO / "seeds" / "text").glob("*.txt")):
        bodies.append("\n\n".join(extract_text(path.read_text(encoding="utf-8")).paragraphs))
    for path in sorted((REPO / "seeds" / "html").glob("*.json")):
        page = json.loads(path.read_text(encoding="utf-8"))["body"]
        bodies.append("\n\n".join(extract_html(page).paragraphs))
    assert len(bodies) > 20
    for body in bodies:
        assert simhash(body) == simhash_reference.simhash(body)


def test_lowering_as_bytes_or_by_str_lower_gives_the_reference() -> None:
    """A long body whose only upper-case letters are ASCII (beside curly quotes and accented
    lower-case letters) is lowered as bytes; one upper-case non-ASCII letter anywhere ("É",
    a final "Σ", "İ", an astral character) sends it through ``str.lower``: both give the
    reference's fingerprint, and the case of a letter never changes it."""
    body = " ".join(f"The Café’s “Menu” No{i % 7} déjà VU" for i in range(60))
    assert simhash(body) == simhash_reference.simhash(body) == simhash(body.lower())
    for other in ("Élan", "ΟΔΟΣ", "İstanbul", "𝔘x 😀", "ǅemal"):
        for text in (body + " " + other, other + " " + body):
            assert simhash(text) == simhash_reference.simhash(text)


def test_word_limit_applies_as_in_the_reference() -> None:
    """Past SIMHASH_MAX_WORDS words the rest of the text is ignored, as before."""
    words = [f"w{i % 997}x{i % 13}" for i in range(SIMHASH_MAX_WORDS + 500)]
    head = " ".join(words[:SIMHASH_MAX_WORDS])
    longer = head + " " + " ".join(f"other{i}" for i in range(500))
    assert simhash(longer) == simhash(head) == simhash_reference.simhash(longer)


def test_the_callers_utf8_gives_the_same_fingerprints() -> None:
    """The sha256 and the SimHash of a body with its UTF-8 passed along equal those of the body
    alone, also for a body longer than SimHash reads (its bytes are then not used)."""
    body = " ".join(f"The Café’s “Menu” No{i % 7} déjà VU 日本" for i in range(60))
    long_body = "word " * (SIMHASH_MAX_WORDS * 3)
    for text in (body, long_body, "Two, WORDS!"):
        utf8 = text.encode()
        assert simhash(text, utf8) == simhash(text) == simhash_reference.simhash(text)
        assert content_hash(text, utf8) == content_hash(text)


def test_texts_of_under_three_words_and_empty_text() -> None:
    """Empty text and texts of one or two words get the reference's single-feature value."""
    for text in ("", "...", "one", "two words", "Two, WORDS!"):
        assert simhash(text) == simhash_reference.simhash(text)
    assert simhash("two words") == simhash("Two, WORDS!")  # case and punctuation do not count


def test_near_copy_is_close_and_unrelated_text_is_far() -> None:
    """A story with one sentence reworded stays a few bits away; another story is far."""
    story = " ".join(
        f"sentence {i} tells of the harbour, the ferry and the storm." for i in range(60)
    )
    edited = story.replace("sentence 7 tells of", "sentence 7, reporters said, described")
    other = " ".join(f"item {i}: the council approved the budget for roads." for i in range(60))
    assert hamming(simhash(story), simhash(edited)) <= 6
    assert hamming(simhash(story), simhash(other)) >= 16


def test_fingerprint_formats() -> None:
    """SimHash is 16 hex digits; the content hash is sha256 of the UTF-8 body."""
    assert len(simhash("a b c")) == 16
    int(simhash("a b c"), 16)
    assert content_hash("é") == hashlib.sha256("é".encode()).hexdigest()
