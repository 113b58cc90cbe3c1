"""Who opened a forum thread, as the page declares it: its JSON-LD, its author links."""

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


def test_the_question_declared_in_microdata_is_signed_by_its_asker() -> None:
    """A Q&A page declaring its question in microdata (the QAPage's mainEntity Question) is
    signed by the question's own author property, not by an answer's or a comment's, nested
    in items of their own. Questions that are no page's mainEntity (an article's FAQ) sign
    nothing."""
    person = (
        '<div itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<a href="/users/{0}">{0}</a><meta itemprop="name" content="{0}"></div>'
    )
    comment = (
        '<li itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        + prose("comment", 1)
        + person.format("glenn")
        + "</li>"
    )
    question = (
        '<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">'
        "<h1>Join files in linear mode</h1>"
        + comment
        + prose("question", 3)
        + person.format("user447274")
        + "</div>"
    )
    html = page(f'<div itemscope itemtype="https://schema.org/QAPage">{question}</div>')
    assert extract_html(html).authors == ("user447274",)
    faq = question.replace('itemprop="mainEntity" ', "")
    assert extract_html(page(faq)).authors == ()


def test_a_thread_starter_label_under_the_title_names_the_opener() -> None:
    """A forum's "Thread starter" label under the thread's title, with the name in the next
    text or on the same line, signs the thread with that name, not the replies' posters that
    the author links name."""
    posts = "".join(
        f'<div class="post"><a href="/members/{name}" rel="author">{name}</a>{prose(name, 3)}</div>'
        for name in ("Ralston Eighteen", "Jane Roe")
    )
    split = (
        "<ul><li><span>Thread starter</span> <a href='/members/s.1/'>SamuelMIz</a></li>"
        "<li><span>Start date</span> <a>Jun 14, 2025</a></li></ul>"
    )
    html = page("<h1>Graphics card comparison guide</h1>" + split + posts)
    assert extract_html(html).authors == ("SamuelMIz",)
    one_line = "<p>Thread starter lulug30</p>"
    html = page("<h1>Graphics card comparison guide</h1>" + one_line + posts)
    assert extract_html(html).authors == ("lulug30",)
    html = page("<h1>Graphics card comparison guide</h1>" + posts)
    assert extract_html(html).authors == ("Ralston Eighteen", "Jane Roe")


def test_a_thread_is_signed_by_whoever_opened_it() -> None:
    """On a page declaring a forum thread (JSON-LD DiscussionForumPosting), the author links
    name every post's poster: the thread is signed by the first, who opened it. A story's
    several author links, on a page declaring no thread, all sign it."""
    posts = "".join(
        f'<div class="post"><a href="/members/{name.lower()}" rel="author">{name}</a>'
        f"{prose(name, 3)}</div>"
        for name in ("PaulWBryant", "MAS4R", "Laubrani")
    )
    thread = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
    html = page("<h1>Which lens for birds?</h1>" + posts, thread)
    assert extract_html(html).authors == ("PaulWBryant",)
    story = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
    html = page("<h1>Which lens for birds?</h1>" + posts, story)
    assert extract_html(html).authors == ("PaulWBryant", "MAS4R", "Laubrani")


def test_a_thread_starter_label_given_twice_names_the_opener_after_it() -> None:
    """The label printed twice (an icon's ``<title>`` and a screen reader's span, as XenForo 2
    does) is no name: the text after both is the opener."""
    posts = "".join(
        f'<div class="post"><a href="/members/{name}" rel="author">{name}</a>{prose(name, 3)}</div>'
        for name in ("Ralston Eighteen", "Jane Roe")
    )
    header = (
        "<ul><li><svg role='img'><title>Thread starter</title></svg>"
        "<span class='u-srOnly'>Thread starter</span> <a href='/members/p.1/'>paulb203</a></li>"
        "<li><span>Start date</span> <time>Oct 8, 2024</time></li></ul>"
    )
    html = page("<h1>Buying Office but not from Microsoft</h1>" + header + posts)
    assert extract_html(html).authors == ("paulb203",)
