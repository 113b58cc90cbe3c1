"""Who opened a forum thread, as the page's JSON-LD declares it."""

from __future__ import annotations

import json

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def _ld(item: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(item)}</script>'


def _thread(head: str) -> str:
    posts = "".join(
        f'<div class="post"><a href="/u/{name}" rel="author">{name}</a>{prose(name, 3)}</div>'
        for name in ("Ultimate Steve", "Jane Roe")
    )
    return page("<h1>Which lens for birds?</h1>" + posts, head)


def test_the_threads_declared_author_signs_it() -> None:
    """A page whose JSON-LD declares the thread (a DiscussionForumPosting, also as a WebPage's
    mainEntity, or the Question a QAPage is about) is signed by that item's author, as the
    forum writes the name, not by the replies' posters its author links name."""
    posting = {"@type": "DiscussionForumPosting", "author": {"@type": "Person", "name": "ColdJ"}}
    assert extract_html(_thread(_ld(posting))).authors == ("ColdJ",)
    webpage = {"@type": "WebPage", "mainEntity": {**posting, "author": {"name": "slow-poke"}}}
    assert extract_html(_thread(_ld({"@graph": [webpage]}))).authors == ("slow-poke",)
    question = {"@type": "Question", "name": "Lens?", "author": {"name": "tinterweb"}}
    qa_page = {"@type": "QAPage", "mainEntity": question}
    assert extract_html(_thread(_ld(qa_page))).authors == ("tinterweb",)


def test_an_faqs_questions_name_no_opener() -> None:
    """An article's FAQ (FAQPage and its Questions) declares no thread: the page's own
    bylines sign it."""
    question = {"@type": "Question", "name": "Lens?", "author": {"name": "Someone Else"}}
    faq = {"@type": "FAQPage", "mainEntity": [question]}
    assert extract_html(_thread(_ld(faq))).authors == ("Ultimate Steve", "Jane Roe")
