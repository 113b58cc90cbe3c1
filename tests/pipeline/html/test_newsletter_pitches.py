"""The site's newsletter pitch among a story's paragraphs goes wherever it stands; a story's
prose about newsletters stays."""

from __future__ import annotations

from newswire.pipeline.html.newsletter_pitches import without_newsletter_pitches

_LEAD = "The council voted on Tuesday to close the bridge for repairs."
_NEXT = "Residents said the detour would add twenty minutes to their commute."


def test_a_pitch_between_paragraphs_goes() -> None:
    """A pitch set after the lead (an offer of the newsletter in the reader's inbox, an
    invitation to sign up for "our" newsletter, an imperative to sign up for "the" newsletter),
    in any case, goes."""
    for pitch in (
        "Love movies? Our Watch Party newsletter has the best picks, delivered right to your "
        "inbox. Sign up now and be one of the cool kids.",
        "Want more from us? Sign up for our newsletter, The Selection, and shop smarter.",
        "Was this newsletter forwarded to you? Sign up to get it in your inbox.",
        "Join Our Genius Newsletter",
        "Start your day with the Opening Bell. Sign up for the free daily newsletter.",
        "Get our best stories delivered straight to your letterbox every week.",
        "GET THE WEEK'S BEST STORIES DELIVERED TO YOUR INBOX",
    ):
        assert without_newsletter_pitches([_LEAD, pitch, _NEXT]) == [_LEAD, _NEXT]


def test_prose_about_newsletters_stays() -> None:
    """A story's sentences that mention newsletters or signing up invite no one to the site's
    own newsletter, and stay."""
    lines = [
        _LEAD,
        "The Guardian US added 680,000 newsletter subscribers in a single year.",
        "Readers can sign up for the firm's research newsletter by clicking below.",
        "Thousands signed up for the marathon within an hour.",
        "Sign up today and make this your healthiest fall yet.",
        _NEXT,
    ]
    assert without_newsletter_pitches(lines) == lines


def test_a_long_paragraph_stays() -> None:
    """A paragraph longer than a pitch's sentence or two stays, whatever it says."""
    long_line = "Sign up now, the organisers said. " + "The race starts at dawn. " * 12
    assert without_newsletter_pitches([_LEAD, long_line]) == [_LEAD, long_line]
