"""A forum thread's title without the label its forum sets beside it: "Consulting - is it worth
it?", "2024 - Pros & Cons Of Using A Travel Agent", "Tips from a first time Japan visitor - Japan
Forum"."""

from __future__ import annotations

from typing import Final

# The mark a forum's software sets between the thread's label and the poster's title.
_DASH: Final = " - "
# A label is a word or two: a board's tag ("Consulting", "Payment issues"), a year, the board's
# own name ("Japan Forum").
_LABEL_WORDS_MAX: Final = 2
# The poster's title beside it is a phrase, three words or more.
_TITLE_WORDS_MIN: Final = 3


def without_thread_label(title: str) -> str:
    """The poster's own title where the forum's software printed a label beside it: a title of
    two parts at one spaced hyphen, one of one or two words, the other of three words or more,
    gives the longer. Forum software sets the thread's prefix tag, its year or its board before
    the title ("Payment issues - how to delete or change payment method"), or the board's name
    after it ("… - Japan Forum"), in the heading and the <title> alike; a reader asked for the
    thread's title gives what the poster wrote (wcxb-dev's annotators do, on four forums of both
    halves). A range between numbers ("Squad 2024 - 2025") is one name, and two long parts are
    the poster's own wording: both stay. Only on pages the classifier says are a forum's
    (enrich): an article's "Zero Waste - A Beginner's Guide" is its headline. On wcxb-dev's
    forum pages: title exact +2 on half A, +2 on half B, none lost."""
    if title.count(_DASH) != 1:
        return title
    first, second = (part.strip() for part in title.split(_DASH))
    if first[-1:].isdigit() and second[:1].isdigit():
        return title
    first_words, second_words = len(first.split()), len(second.split())
    if first_words <= _LABEL_WORDS_MAX and second_words >= _TITLE_WORDS_MIN:
        return second
    if second_words <= _LABEL_WORDS_MAX and first_words >= _TITLE_WORDS_MIN:
        return first
    return title
