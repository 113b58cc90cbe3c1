"""The story's text as the page states it (JSON-LD ``articleBody``) as a check on the body."""

from __future__ import annotations

from newswire.pipeline.html.extractor import extract_html
from newswire.pipeline.html.stated_body import stated_story, within_stated_body

STORY = [
    "The council voted on Tuesday to close the old bridge to cars from next spring.",
    "Engineers had warned that its steel frame was failing, the mayor said.",
    "A new crossing is planned for 2028, at a cost of twelve million pounds.",
    "Cyclists and walkers will still be able to use the bridge until then.",
]
BIO = "Jane Roe covers transport and housing for the Gazette since joining in 2015."


def test_lines_the_stated_story_leaves_out_are_dropped() -> None:
    """When the stated text covers the body, a line whose words it lacks (an author bio after
    the story) is dropped and the story's lines stay in order."""
    assert within_stated_body([*STORY, BIO], " ".join(STORY)) == STORY


def test_a_line_written_a_little_differently_stays() -> None:
    """A story line with a word or so the stated text lacks (a figure written as a number, a
    link's text) is still the story's."""
    changed = STORY[2].replace("twelve", "12")
    assert within_stated_body([*STORY[:2], changed, STORY[3]], " ".join(STORY)) == [
        *STORY[:2],
        changed,
        STORY[3],
    ]


def test_a_stated_text_cut_short_changes_nothing() -> None:
    """A stated text that covers only the story's opening (a teaser) leaves the body whole."""
    body = [*STORY, BIO]
    assert within_stated_body(body, STORY[0]) == body


def test_without_a_stated_text_the_body_is_kept() -> None:
    """No articleBody, an empty one or one that is not a string: the body as it is."""
    for stated in (None, "", "  ", ["a list"], 3):
        assert within_stated_body([*STORY, BIO], stated) == [*STORY, BIO]


def test_lines_without_words_are_kept() -> None:
    """A line without words (a separator) is neither the story's nor against it: it stays."""
    assert within_stated_body([STORY[0], "***", STORY[1]], " ".join(STORY)) == [
        STORY[0],
        "***",
        STORY[1],
    ]


def test_extract_html_drops_the_bio_the_json_ld_story_leaves_out() -> None:
    """A page whose NewsArticle JSON-LD states the story's text: the author bio in the story's
    container is not in the extracted body."""
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge to'
        ' close", "articleBody": "' + " ".join(STORY) + '"}'
    )
    paragraphs = "".join(f"<p>{line}</p>" for line in [*STORY, BIO])
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body>'
        f"<h1>Bridge to close</h1><article>{paragraphs}</article></body></html>"
    )
    body = extract_html(html).paragraphs
    assert BIO not in body
    assert list(body) == STORY


def test_the_stated_text_is_found_in_any_json_ld_item() -> None:
    """The articleBody may sit in a nested item of a ``@graph``, beside a story item without
    one: the longest found is the stated text; none found is None."""
    roots = [
        {"@type": "NewsArticle", "headline": "Bridge to close"},
        {"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "articleBody": "The text."}]},
        {"@type": "NewsArticle", "articleBody": "Short."},
    ]
    assert stated_story(roots) == ("The text.", "")
    assert stated_story([{"@type": "WebPage", "name": "x"}]) == (None, "")


QUESTION = "Why does the bridge need closing?"
ANSWER = "Rust, mostly."


def test_the_page_s_stated_questions_and_answers_stay() -> None:
    """A FAQ after the story that the articleBody leaves out, but the page's JSON-LD states as
    its questions and answers, stays; the bio, stated nowhere, goes."""
    story = [*STORY, *STORY]
    body = [*story, QUESTION, ANSWER, BIO]
    assert within_stated_body(body, " ".join(STORY), f"{QUESTION} {ANSWER}") == [
        *story,
        QUESTION,
        ANSWER,
    ]
    assert within_stated_body(body, " ".join(STORY)) == story


def test_stated_answers_do_not_make_a_teaser_the_whole_story() -> None:
    """Whether the articleBody covers the body is judged on it alone: a stated teaser with the
    page's FAQ beside it leaves the body whole."""
    body = [*STORY, QUESTION, ANSWER, BIO]
    assert within_stated_body(body, STORY[0], " ".join([*STORY, QUESTION, ANSWER])) == body


def test_stated_answers_are_the_questions_and_answers_at_any_depth() -> None:
    """The names of Question items and the texts of their accepted Answers, nested in a
    FAQPage anywhere in the JSON-LD, are the stated answers; other items' names are not."""
    roots = [
        {"@type": "Organization", "name": "Gazette"},
        {
            "@graph": [
                {
                    "@type": "FAQPage",
                    "mainEntity": [
                        {
                            "@type": "Question",
                            "name": QUESTION,
                            "acceptedAnswer": {"@type": "Answer", "text": ANSWER},
                        }
                    ],
                }
            ]
        },
    ]
    stated, found = stated_story(roots)
    assert stated is None
    assert QUESTION in found
    assert ANSWER in found
    assert "Gazette" not in found


def test_one_walk_gives_the_stated_body_and_the_stated_answers_together() -> None:
    """A page stating both its story and its FAQ (an article item with an articleBody and a
    FAQPage in one ``@graph``) gives both from the one walk."""
    roots = [
        {
            "@graph": [
                {"@type": "NewsArticle", "articleBody": " ".join(STORY)},
                {
                    "@type": "FAQPage",
                    "mainEntity": {
                        "@type": "Question",
                        "name": QUESTION,
                        "acceptedAnswer": {"@type": "Answer", "text": ANSWER},
                    },
                },
            ]
        }
    ]
    assert stated_story(roots) == (" ".join(STORY), f"{QUESTION} {ANSWER}")
