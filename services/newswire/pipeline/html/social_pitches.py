"""The writer's or the site's invitation to follow them on a social network, set among a story's
paragraphs: "Follow me on Instagram for new recipes!", "Join me on TikTok: @handle", "Want more
projects? Follow me on Pinterest", "Follow us on Telegram, Facebook and X for the latest news"."""

from __future__ import annotations

import re
from typing import Final

# A blogger closes a post (or breaks it halfway) with a line asking the reader to follow them on
# Instagram or Pinterest, a news site ends its stories with "Follow us on Telegram, Facebook and
# X": a paragraph of the story's own container that no name or place tells from the story, only
# its sentence does: an invitation addressed to the reader ("follow me", "join us", "let's hang
# out") whose object is a social network. It is about the site's accounts,
# never the story's subject, and the reader's text leaves it out; the story's own prose that
# names a network ("brands that follow trends on TikTok", "follow the steps in the LinkedIn
# app") is no invitation from "me" or "us". At most _PITCH_CHARS: a pitch is a sentence or two.
# In wcxb-dev's and ScrapingHub's outputs, every line this matches is outside the truth: half A
# 6 pages of 6 sites, half B 1, ScrapingHub 1. (With "check out my/our <network>" too: half B
# +1 page, but with hashed names a documentation page's "Check out our blog and YouTube
# channel", which its truth keeps, -0.011.)
_PITCH_CHARS: Final = 200
_NETWORKS: Final = (
    r"(?:instagram|facebook|twitter|on x|youtube|tiktok|tik tok|pinterest|linkedin|telegram"
    r"|threads|bluesky|mastodon|whatsapp|snapchat|social media|socials)"
)
# X is named as "on X" only: a bare "x" is a dimension's ("a 4 x 8 bed").
# The invitation opens the line (past a bracket or a row of asterisks) or a sentence of it
# ("Want more tips? Let's hang out on Instagram!"); the network follows within a few words.
_PITCH: Final = re.compile(
    r"(?:^\W*|[.!?]\s+)(?:(?:follow|join|connect with|find)\s+(?:me|us)|let['’]s (?:hang out"
    rf"|connect))\b[^.!?]{{0,60}}?\b{_NETWORKS}\b",
    re.IGNORECASE,
)


def _is_pitch(line: str) -> bool:
    if len(line) > _PITCH_CHARS:
        return False
    # The pattern runs only on a line holding one of the invitation's verbs: a lowercase copy
    # and six substring tests (a list of cased spellings, tried one by one, cost twice that).
    low = line.lower()
    return (
        "follow" in low
        or "join" in low
        or "connect" in low
        or "find" in low
        or "let's" in low
        or "let’s" in low
    ) and _PITCH.search(line) is not None


def without_social_pitches(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the lines that invite the reader to follow the writer or the site
    on a social network (see above); the same list when there is none."""
    kept = [line for line in paragraphs if not _is_pitch(line)]
    return kept if len(kept) < len(paragraphs) else paragraphs
