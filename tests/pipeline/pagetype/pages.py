"""Synthetic pages of two shapes every news site has: a story and a section front."""

from __future__ import annotations

_SENTENCE = (
    "The council voted on Tuesday to expand the harbour, a decision that officials said would "
    "bring new ferries, jobs and, critics warned, years of construction noise to the old town."
)


def story_page() -> str:
    """A news story: one headline, a byline, eight long paragraphs, og:type article."""
    paragraphs = "".join(f"<p>{_SENTENCE} Paragraph {i} adds detail.</p>" for i in range(8))
    return (
        "<html><head><title>Harbour expansion approved</title>"
        '<meta property="og:type" content="article">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour"}'
        "</script></head><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
        "<article><h1>Harbour expansion approved</h1><p class='byline'>By Ana Lima</p>"
        f"<div class='article-body'>{paragraphs}</div></article></body></html>"
    )


def section_page() -> str:
    """A section front: forty teaser cards, each a linked headline and a date."""
    cards = "".join(
        f"<div class='card'><h3><a href='/news/2024/05/{i:02d}/story-{i}'>Story number {i} "
        f"about the harbour</a></h3><span>May {i % 28 + 1}, 2024</span></div>"
        for i in range(40)
    )
    return (
        "<html><head><title>News</title><meta property='og:type' content='website'></head>"
        f"<body><h1>Latest news</h1>{cards}<a href='/news/page/2'>Next page</a></body></html>"
    )


def section_page_with_summaries() -> str:
    """A section front whose forty cards each have a one-sentence summary under the linked
    headline: the body extractor keeps the summaries as paragraphs, so the text alone reads
    like a story of forty short paragraphs."""
    cards = "".join(
        f"<div class='card'><h3><a href='/news/2024/05/{i:02d}/story-{i}'>Story number {i} "
        f"about the harbour</a></h3><p>The council voted on Tuesday to expand the harbour, a "
        f"decision officials said would bring ferries number {i}.</p>"
        f"<span>May {i % 28 + 1}, 2024</span></div>"
        for i in range(40)
    )
    return (
        "<html><head><title>News</title><meta property='og:type' content='website'></head>"
        f"<body><h1>Latest news</h1>{cards}<a href='/news/page/2'>Next page</a></body></html>"
    )
