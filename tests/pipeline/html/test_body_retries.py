"""Body extraction: the retries when the first walk finds next to nothing (without the
class-name rules, inside <noscript>, hidden content, the head's excerpt)."""

from __future__ import annotations

from tests.pipeline.html.pages import SENTENCE, page, prose, text_of


def test_a_short_result_is_retried_without_class_name_rules() -> None:
    """When the class-name rules leave almost nothing (a paywalled teaser inside a "module"),
    the extraction is retried without them and the longer result wins."""
    html = page(
        '<div class="module"><div class="snippet">' + prose("teaser", 3) + "</div></div>"
        "<p>Short footer line.</p>"
    )
    assert "teaser 2" in text_of(html)


def test_a_short_brief_is_not_swapped_for_its_comment_section() -> None:
    """A news brief of a few hundred characters stays the body: the retry without class-name
    rules (which would let a longer comment section win) is only for near-empty results."""
    brief = (
        "<article><p>The council approved the budget on Tuesday, after a debate of six hours, "
        "with seven votes to five. The new bus lines start in May, the bridge repairs in June, "
        "and the mayor said the city would publish the full plan online next week, with a "
        "summary in every library.</p></article>"
    )
    comments = '<div class="comments">' + prose("comment", 6) + "</div>"
    text = text_of(page(brief + comments))
    assert text.startswith("The council approved the budget")
    assert "comment 0" not in text


def test_a_script_built_page_gives_its_noscript_text() -> None:
    """A page that shows its text only without JavaScript (a forum thread inside <noscript>)
    gives that text; a bare "enable JavaScript" notice in <noscript> gives nothing."""
    thread = page(
        '<div id="app"></div><noscript><div role="main">' + prose("post", 3) + "</div></noscript>"
    )
    assert "post 2" in text_of(thread)
    notice = page(
        '<div id="app"></div><noscript>You need to enable JavaScript to run this app.</noscript>'
    )
    assert text_of(notice) == ""


def test_a_page_that_sends_its_content_hidden_gives_that_content() -> None:
    """A page whose visible frame is empty and whose content waits hidden for a script to move
    it into place (a shop's listing streamed as display:none segments) gives the hidden
    content; a page with a visible story still leaves its hidden menus out."""
    streamed = page(
        '<div class="main-content"><script>move()</script></div>'
        '<div id="seg1" style="display:none"><ul>'
        + "".join(
            f"<li>Item {i}: a vintage art print, brand new, free shipping</li>" for i in range(8)
        )
        + "</ul></div>"
    )
    assert "Item 7" in text_of(streamed)
    story = page(
        "<article>" + prose("story", 4) + "</article>"
        '<div style="display:none">' + prose("menu", 2) + "</div>"
    )
    text = text_of(story)
    assert "story 3" in text
    assert "menu 0" not in text


def test_a_body_without_text_gives_the_excerpt_in_its_description() -> None:
    """A page built by scripts, whose body has no text, gives the excerpt of its text that its
    head carries (a long og:description); a site's short tagline is not taken for one."""
    post = "I am new to astronomy and would like advice on my first telescope, please. " * 6
    thread = page(
        '<div id="app"></div>',
        head=f'<meta name="description" content="Short."><meta property="og:description" '
        f'content="{post}">',
    )
    assert text_of(thread).startswith("I am new to astronomy")
    tagline = page('<div id="app"></div>', head='<meta name="description" content="Shop now.">')
    assert text_of(tagline) == ""


def test_a_shell_whose_body_is_one_short_line_gives_the_excerpt_in_its_description() -> None:
    """A page built by scripts whose body shows one short line of its own (a bar of links no
    class name marks) gives the head's excerpt instead; without an excerpt the line stays."""
    post = "I am new to astronomy and would like advice on my first telescope, please. " * 6
    bar = '<div><a href="/">Star News</a> <a href="/calc">Calculator</a></div><div id="app"></div>'
    thread = page(bar, head=f'<meta property="og:description" content="{post}">')
    assert text_of(thread).startswith("I am new to astronomy")
    untold = page(bar, head='<meta name="description" content="Shop now.">')
    assert "Calculator" in text_of(untold)


def test_a_shell_that_shows_nothing_gives_neither_its_snippet_nor_its_script_state() -> None:
    """A shop whose scripts draw the whole page (an empty mount point) gives no text: neither
    its head's description of search-snippet length nor the product text its framework's state
    carries for the scripts (``__NEXT_DATA__``) is text the page shows."""
    snippet = (
        "Inspired by vintage scarves, our washable rug pairs a bold border with a soft field. "
    )
    state = '{"props": {"pageProps": {"description": "' + SENTENCE + " " + SENTENCE + '"}}}'
    shell = page(
        '<div id="__next"></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{state}</script>',
        head=f'<meta name="description" content="{snippet}{snippet[:45]}">',
    )
    assert text_of(shell) == ""
