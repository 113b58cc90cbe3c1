"""A sales box: an element named for a call to action ("cta") that pitches the site's offer
among a story's paragraphs."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.callouts import amid_story_paragraphs
from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.names import ARTICLE_BODY, MAIN, token_parts

# Sites name the box that sells their own service inside a story a "cta" (a call to action:
# "inline-cta", "cta-block", "blog-cta", "ServiceRequestCta"): a short heading, often phrased
# as a question ("Thinking of selling your business?", "Need professional help with your
# project?"), a line or two of pitch and a button, set between the story's paragraphs or
# after its last. It is the site's offer, not the story, and the ground truths leave it out.
# Dropped only where it sits among the story's paragraphs (its parent holds three of prose,
# ``amid_story_paragraphs``): a cta-named section in a page's column of sections is a
# service's or a shop's page offering itself, and its truth keeps it (with "cta" a furniture
# name on every element: half A service 0.8458 -> 0.8414, half B 0.8593 -> 0.8589; among
# the story's paragraphs, none of the service pages changes). A pitch is _PITCH_WORDS words
# or more: a bare button or phone number named so ("cta-container": "Learn More") holds no
# pitch, and dropping the ones in a reviews page's cards of top picks left the cards too
# thin to stay with the story (half A, that page -0.097). Over _BOX_WORDS words the element
# is no box but a part of the page. Half A articles 0.969498 -> 0.969537 (3 pages better by
# up to 0.009, 1 worse by 0.0003: a pitch line its truth keeps), half B articles 0.958944 ->
# 0.959056 (5 better by up to 0.022, none worse); the other page types, metadata and
# ScrapingHub unchanged.
_CTA: Final = "cta"
_PITCH_WORDS: Final = 8
_BOX_WORDS: Final = 100


def cta_in(names: str) -> bool:
    """Whether ``names`` (class and id, those ``sales_box`` judges; most hold none) hold "cta"
    in any case. Lowered and searched: the same test as a case-blind regex (only "c", "t" and
    "a" in either case lower to those letters) in ~1/4 of its time; asked of every element."""
    return _CTA in names.lower()


def named_call_to_action(names: str) -> bool:
    """One of ``names`` (class and id) is a call to action's: "cta" is the token or its first
    or last part ("cta-block", "inline-cta", "ServiceRequestCta"; not "octane")."""
    if not cta_in(names):
        return False
    for token in names.split():
        parts = token_parts(token)
        if parts and _CTA in (parts[0], parts[-1]):
            return True
    return False


def sales_box(node: LexborNode, names: str, holds: Holds) -> bool:
    """``node`` (``names``: its class and id) is a call to action's pitch among the story's
    paragraphs."""
    if not named_call_to_action(names):
        return False
    words = len(node.text(deep=True).split())
    return (
        _PITCH_WORDS <= words <= _BOX_WORDS
        and amid_story_paragraphs(node)
        and not holds(node, "h1", MAIN, ARTICLE_BODY)
    )
