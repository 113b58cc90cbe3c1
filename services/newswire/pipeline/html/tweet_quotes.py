"""A line of the story printed a second time as a link that tweets it ("Click To Tweet"): the
story's own words, read as text rather than as a link."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import parse_qs, urlsplit

from selectolax.lexbor import LexborNode

# A blog's pull quote widget (a "Click To Tweet" box, a "tweetable" quote) prints a sentence of
# the post once more as a link to Twitter's tweet composer, whose prefilled text says it too
# (in the same words or most of them: the tweet may reword it, "I believe the #1 enemy of
# online progress is ..." as "The #1 enemy of online progress? It's ..."), beside a button
# label ("Click To Tweet") the tweet does not say. A line of links goes as the page's
# furniture, and the quote went with them; but this link shows what the story says, not where
# it leads: the texts in it whose words are mostly the tweet's are the story's line (truths
# keep it), the label goes. A share button composes a tweet of the page's title under a label
# of its own ("Tweet", "Share on Twitter"): too few of its words are the tweet's to be a quote,
# so it stays a link. The one such widget in the dev pages (a ScrapingHub story, three quotes)
# 0.9920 -> 0.9997; no other page of either half or of ScrapingHub has one, nor changed.
_COMPOSER: Final = re.compile(
    r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:share|intent/(?:tweet|post))/?\?"
)
_QUOTE_WORDS: Final = 5
_WORD: Final = re.compile(r"\w+")


def tweet_quote(link: LexborNode, attrs: dict[str, str | None]) -> str | None:
    """The words the <a> ``link`` (its ``attrs``) shows of the tweet it composes, when the
    link composes one and shows a quote of it (see above); None for any other link."""
    href = attrs.get("href")
    # A substring screen first: the walk asks this of every link it keeps.
    if not href or ("twitter.com/" not in href and "x.com/" not in href):
        return None
    if _COMPOSER.match(href) is None:
        return None
    said = parse_qs(urlsplit(href).query).get("text")
    if not said:
        return None
    tweet = set(_WORD.findall(said[0].lower()))
    shown = []
    for node in link.traverse(include_text=True):
        text = node.text_content if node.tag == "-text" else None
        words = _WORD.findall(text.lower()) if text else []
        if text and 2 * sum(word in tweet for word in words) > len(words):
            shown.append(text)
    quote = " ".join("".join(shown).split())
    return quote if len(quote.split()) >= _QUOTE_WORDS else None
