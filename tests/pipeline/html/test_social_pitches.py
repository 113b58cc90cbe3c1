"""The writer's or site's invitation to follow them on a social network: dropped wherever it
stands among the story's paragraphs."""

from __future__ import annotations

from newswire.pipeline.html.social_pitches import without_social_pitches

_STORY = [
    "The council voted on Tuesday to close the bridge for repairs.",
    "Residents said the detour would add twenty minutes to their commute.",
]


def test_invitations_to_follow_go() -> None:
    """A line opening with "Follow me/us", "Join me", "Let's hang out" (or such a sentence
    after a question) that names a social network goes."""
    for pitch in (
        "Follow me on Instagram for new tasty recipes!",
        "Join me on TikTok: @thehousemaven",
        "*** Follow me on Instagram, YouTube or Facebook for a daily moment of inspiration ***",
        "Follow Us On Social Media",
        "Follow us on Telegram, Facebook and on X for the latest news and updates.",
        "Want more DIY projects? Follow me on Pinterest to see what I'm pinning.",
        "[Want more design inspo? Let's hang out on Instagram! ]",
    ):
        assert without_social_pitches([_STORY[0], pitch, _STORY[1]]) == _STORY


def test_the_story_naming_a_network_stays() -> None:
    """Prose that names a network without inviting the reader to follow "me" or "us", a long
    paragraph and a dimension's "x" stay (the same list comes back)."""
    for line in (
        "Brands that follow trends on TikTok sell more to younger shoppers.",
        "Follow the steps in the LinkedIn app to switch to a business account.",
        "Follow me as I build a 4 x 8 raised bed in the back garden this spring.",
        "Looking for more resources? Check out our blog and YouTube channel.",
        "Follow us on Instagram " + "and read what we think about the city's budget " * 5,
    ):
        lines = [*_STORY, line]
        assert without_social_pitches(lines) is lines
