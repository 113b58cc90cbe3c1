"""A FAQ stated in the page's JSON-LD, added when the page shows it and the body left it out."""

from __future__ import annotations

import json

from newswire.pipeline.html.extractor import extract_html
from newswire.pipeline.html.stated_faq import with_stated_faq

STORY = [
    "Renting a car abroad is simpler than it looks, if you book ahead and read the terms.",
    "Most companies ask for a credit card, a licence and a deposit held until you return.",
]
PAIRS = [
    (
        "Which rental company is the cheapest?",
        "<p>Prices vary, but the smaller firms often win.</p>",
    ),
    ("Do I need extra insurance?", "Your card may cover it.\nCheck before you pay twice."),
]


def _faq(pairs: list[tuple[str, str]]) -> dict[str, object]:
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}}
            for q, a in pairs
        ],
    }


def _shown(pairs: list[tuple[str, str]]) -> str:
    """The markup of a page that states the FAQ and shows it in an accordion."""
    items = "".join(f"<details><summary>{q}</summary>{a}</details>" for q, a in pairs)
    return f"<script>{json.dumps(_faq(pairs))}</script><section>{items}</section>"


def test_a_shown_faq_the_body_lacks_follows_the_story() -> None:
    """The stated questions and answers (markup and entities undone, one paragraph a line)
    follow the story when the page shows them and the body holds none; as bytes too."""
    expected = [
        *STORY,
        "Which rental company is the cheapest?",
        "Prices vary, but the smaller firms often win.",
        "Do I need extra insurance?",
        "Your card may cover it.",
        "Check before you pay twice.",
    ]
    markup = _shown(PAIRS)
    assert with_stated_faq(STORY, [_faq(PAIRS)], markup) == expected
    assert with_stated_faq(STORY, [_faq(PAIRS)], markup.encode()) == expected


def test_a_question_goes_before_its_answer_in_the_body() -> None:
    """An answer the body holds already (its question a button the walk left out) gets its
    question before it, not a second copy."""
    body = [*STORY, "Prices vary, but the smaller firms often win."]
    got = with_stated_faq(body, [_faq(PAIRS)], _shown(PAIRS))
    assert got[:4] == [*STORY, "Which rental company is the cheapest?", body[-1]]
    assert got[4:] == ["Do I need extra insurance?", "Your card may cover it.", got[-1]]


def test_a_faq_the_body_shows_or_the_page_does_not_changes_nothing() -> None:
    """A body holding any stated question shows its FAQ already; a FAQ written only in the
    JSON-LD (no longer shown) and a single stated question are not added."""
    body = [*STORY, "Which rental company is the cheapest?"]
    assert with_stated_faq(body, [_faq(PAIRS)], _shown(PAIRS)) == body
    stated_only = f"<script>{json.dumps(_faq(PAIRS))}</script><p>{STORY[0]}</p>"
    assert with_stated_faq(STORY, [_faq(PAIRS)], stated_only) == STORY
    assert with_stated_faq(STORY, [_faq(PAIRS[:1])], _shown(PAIRS[:1])) == STORY


def _page(og_type: str) -> str:
    """A page of ``og_type`` (an "article" published on a day) whose FAQ, in the article's
    footer, lies outside the region the story is taken from, and is stated in its JSON-LD."""
    story = "".join(f"<p>{line}</p>" for line in STORY * 3)
    items = "".join(f"<details><summary>{q}</summary><p>{a}</p></details>" for q, a in PAIRS)
    return (
        f'<html><head><meta property="og:type" content="{og_type}">'
        '<meta property="article:published_time" content="2025-01-02">'
        f'<script type="application/ld+json">{json.dumps(_faq(PAIRS))}</script>'
        f"</head><body><article><h1>Renting a car</h1><div class='entry'>{story}</div>"
        f"<footer><h2>FAQ</h2>{items}</footer></article></body></html>"
    )


def test_the_extractor_adds_the_faq_on_a_story_page_only() -> None:
    """A page whose head says it is a story ends its body with the FAQ; a shop's or a
    service's page (its head says "website"), whose FAQ is sales boilerplate, does not."""
    paragraphs = extract_html(_page("article")).paragraphs
    assert paragraphs.count("Which rental company is the cheapest?") == 1
    assert paragraphs[-1] == "Check before you pay twice."
    assert "Which rental company is the cheapest?" not in extract_html(_page("website")).paragraphs


def test_a_faq_stated_twice_is_added_once_and_only_when_shown() -> None:
    """A FAQ that two JSON-LD blocks state is one FAQ: added once when the page shows it, and
    not at all when its questions are written only as often as they are stated."""
    twice = [_faq(PAIRS), _faq(PAIRS)]
    stated = json.dumps(_faq(PAIRS))
    shown = f"<script>{stated}</script>{_shown(PAIRS)}"
    got = with_stated_faq(STORY, twice, shown)
    assert got.count("Do I need extra insurance?") == 1
    assert len(got) == len(STORY) + 5
    assert with_stated_faq(STORY, twice, f"<script>{stated}</script>" * 2) == STORY
