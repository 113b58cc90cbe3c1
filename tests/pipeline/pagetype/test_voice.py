"""Who speaks in a body's opening words: each voice group counted per 1000 words."""

from __future__ import annotations

from newswire.pipeline.pagetype import voice
from newswire.pipeline.pagetype.voice import VOICE_GROUPS, voice_values


def test_every_spelling_of_a_voice_word_passes_the_filter_and_counts() -> None:
    """No voice word, bare or with its trailing mark, is dropped by the bit filter before the
    look-up: each counts once in its group."""
    for word, group in voice._VOICE_WORDS.items():
        found = dict(zip(VOICE_GROUPS, voice_values([word]), strict=True))
        assert found[group] == 1000 / 50, word
        assert sum(found.values()) == 1000 / 50, word


def test_other_words_count_in_no_group_per_thousand_of_at_least_fifty() -> None:
    """Words that are no voice word (a near miss in case or mark included) count nowhere, and
    the counts are per 1000 words of at least 50."""
    words = ["said", "SAID", "said-", "sayings", "we're", "our", "Our"] * 20
    found = dict(zip(VOICE_GROUPS, voice_values(words), strict=True))
    assert found["news"] == 20 * 1000 / 140
    assert found["we"] == 40 * 1000 / 140
    assert sum(found.values()) == 60 * 1000 / 140
    assert voice_values([]) == [0.0] * len(VOICE_GROUPS)
