"""HTML main-content extraction: which containers hold the story, and the metadata around it."""

from __future__ import annotations

from newswire.pipeline.htmlmode import extract_html

SENTENCE = (
    "The council met on Tuesday, after weeks of delay, to discuss the budget, the new bus lines "
    "and the repairs to the old bridge, which residents have asked for since spring."
)


def prose(label: str, count: int = 3) -> str:
    return "".join(f"<p>{label} {i}: {SENTENCE}</p>" for i in range(count))


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def text_of(html: str) -> str:
    return "\n".join(extract_html(html).paragraphs)


def test_story_split_into_same_named_sections_is_kept_whole() -> None:
    """Sections of one body separated by ads and deep layout wrappers (each named like the
    winning section) all end up in the body, in page order; the ad between them does not."""
    section = '<div class="wrap"><div class="outer"><div class="post__content">{}</div></div></div>'
    html = page(
        '<div id="story">'
        + section.format(prose("first", 4))
        + '<div class="ad-slot"><p>Buy the new phone today, it is fast, cheap, and shiny.</p></div>'
        + section.format(prose("second", 2))
        + section.format(prose("third", 1))
        + "</div>"
    )
    text = text_of(html)
    assert text.index("first 0") < text.index("second 0") < text.index("third 0")
    assert "new phone" not in text


def test_a_lead_section_with_a_modifier_class_joins_the_story() -> None:
    """A section that carries the winner's class plus a modifier (the lead's initial-letter
    style) is part of the story; an author box with only part of the body's classes is not."""
    html = page(
        '<div class="block-text block-text_initial-letter">' + prose("lead", 1) + "</div>"
        '<div class="layout"><div class="block-text">' + prose("body", 5) + "</div></div>"
        '<div class="author"><div class="text">Jane Doe writes about cities, roads, and '
        "budgets, and lives in Leeds.</div></div>"
    )
    text = text_of(html)
    assert "lead 0" in text
    assert "body 4" in text
    assert "Jane Doe" not in text


def test_a_story_named_container_beats_an_equally_scoring_caption() -> None:
    """A container named like a story body wins over an anonymous block that scores the same
    (a comma-heavy photo caption beside a short wire story)."""
    caption = (
        "<div><p>In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert, "
        "left, works on the station.</p></div>"
    )
    story = (
        '<div class="articleBody"><p>BERLIN -- The agency says putting astronauts to sleep, '
        "like bears, could make it easier to reach other planets one day.</p><p>The agency "
        "said Monday that its researchers examined how hibernation, if possible, would affect "
        "a mission to Mars.</p></div>"
    )
    text = text_of(page(caption + story))
    assert text.startswith("BERLIN")
    assert "file photo" not in text


def test_a_short_result_is_retried_without_class_name_rules() -> None:
    """When the class-name rules leave almost nothing (a paywalled teaser inside a "module"),
    the extraction is retried without them and the longer result wins."""
    html = page(
        '<div class="module"><div class="snippet">' + prose("teaser", 3) + "</div></div>"
        "<p>Short footer line.</p>"
    )
    assert "teaser 2" in text_of(html)


def test_bem_names_are_read_by_their_element_part() -> None:
    """A token's first or last part decides: "ap-story-byline" is a byline and
    "comment-content" a comment (dropped), camelCase "PromoSmall" a promo, while
    "article__content" names the story."""
    html = page(
        '<div class="article__content">'
        + prose("story", 4)
        + '<div class="ap-story-byline">By JANE DOE and JOHN ROE, Associated Press, in '
        "London, England, on Tuesday.</div>"
        '<div class="PromoSmall"><p>Freelancers fear the new law, they say, will end their '
        "work, their income, and their future.</p></div>"
        '<div class="comment-content"><p>Great article, thanks, I agree, totally, with all of '
        "this, well said.</p></div>"
        "</div>"
    )
    text = text_of(html)
    assert "story 3" in text
    assert "JANE DOE" not in text
    assert "Freelancers" not in text
    assert "Great article" not in text


def test_digest_items_with_a_sentence_of_their_own_are_kept() -> None:
    """A linked headline followed by its own sentence (a news digest item) stays in the body;
    a bare list of links inside the article does not."""
    item = (
        '<li><a href="/a">Ousted CEO can still name directors to the board</a>. He keeps '
        "influence through the board, according to a new report.</li>"
    )
    html = page(
        "<article>"
        + prose("intro", 3)
        + f"<ul>{item}</ul>"
        + '<ul><li><a href="/b">Another story entirely, with a long headline</a></li></ul>'
        + "</article>"
    )
    text = text_of(html)
    assert "Ousted CEO" in text
    assert "Another story" not in text


def test_a_short_full_sentence_beside_the_story_is_kept() -> None:
    """A short unlinked paragraph ending a sentence next to the winning container (a greeting
    before a list) belongs to the story; a short label without punctuation does not."""
    html = page(
        "<div><p>Good morning! Here is the news you need today.</p><p>Share</p>"
        '<div class="items">' + prose("item", 5) + "</div></div>"
    )
    text = text_of(html)
    assert text.startswith("Good morning!")
    assert "Share" not in text


def test_paywall_wrapper_holds_the_rest_of_the_story() -> None:
    """Text in a "paywall" wrapper (served to crawlers) is the rest of the article."""
    html = page(
        '<div class="article-body">'
        + prose("free", 2)
        + '<div class="paywall">'
        + prose("locked", 4)
        + "</div></div>"
    )
    assert "locked 3" in text_of(html)


def test_metadata_from_the_head() -> None:
    """Title without the site suffix, authors, tags as a list, dates, canonical URL and
    language come from OpenGraph, JSON-LD and meta tags."""
    head = (
        '<meta property="og:title" content="Council approves budget | Leeds Post">'
        '<meta property="og:site_name" content="Leeds Post">'
        '<meta name="keywords" content="budget, council , bridges">'
        '<meta property="article:published_time" content="2019-11-19T10:00:00Z">'
        '<link rel="canonical" href="https://example.com/budget">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"name": "Jane Doe"}], "dateModified": "2019-11-20T08:00:00Z"}</script>'
    )
    extracted = extract_html(
        f'<html lang="en-GB"><head>{head}</head><body>{prose("x")}</body></html>'
    )
    assert extracted.title == "Council approves budget"
    assert extracted.authors == ("Jane Doe",)
    assert extracted.tags == ("budget", "council", "bridges")
    assert extracted.published_raw[0] == "2019-11-19T10:00:00Z"
    assert extracted.modified_raw[0] == "2019-11-20T08:00:00Z"
    assert extracted.canonical_url == "https://example.com/budget"
    assert extracted.language_hint == "en"


def test_visible_byline_date_and_figure_fill_missing_markup() -> None:
    """Without author/date markup, the innermost byline element gives the names ("By" and
    "and" removed), a date element gives published and updated dates, and the figure showing
    the og:image gives the lead image's caption and credit."""
    body = (
        '<div class="byline"><em class="byline__by">By</em> '
        '<span class="byline__author">Lisa Kaczke and Trevor J. Mitchell</span></div>'
        '<div class="publish-date">Published 10:02 AM EST Nov 19, 2019</div>'
        '<div class="updated-date">Updated 11:30 AM EST Nov 19, 2019</div>'
        '<figure><img src="/promo/cover.jpg"><figcaption>Subscribe to our magazine!'
        "</figcaption></figure>"
        '<figure><img src="https://cdn.example.com/img/meth-campaign-1234.jpg?w=800">'
        '<figcaption>Materials from the campaign. <span class="credit">Photo: Jane Roe/AP'
        "</span></figcaption></figure>"
        "<article>" + prose("story", 4) + "</article>"
    )
    head = '<meta property="og:image" content="https://cdn.example.com/meth-campaign-1234.jpg">'
    extracted = extract_html(page(body, head))
    assert extracted.authors == ("Lisa Kaczke", "Trevor J. Mitchell")
    assert extracted.published_raw == ("Published 10:02 AM EST Nov 19, 2019",)
    assert extracted.modified_raw == ("Updated 11:30 AM EST Nov 19, 2019",)
    (image,) = extracted.images
    assert image.caption == "Materials from the campaign."
    assert image.credit == "Jane Roe/AP"


def test_sentences_and_form_labels_in_author_elements_are_no_bylines() -> None:
    """An author-named element holding a sentence or a form label gives no authors."""
    body = (
        '<p class="author-note">The Russian and Syrian defense ministries accused them</p>'
        '<label class="comment-author">Nama (wajib)</label>' + prose("story", 4)
    )
    assert extract_html(page(body)).authors == ()


def test_json_ld_image_object_gives_caption_and_credit() -> None:
    """A JSON-LD ImageObject's caption and creditText describe the lead image."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "image": {"@type": '
        '"ImageObject", "url": "https://example.com/a.jpg", "caption": "The bridge at dawn.", '
        '"creditText": "Reuters"}}</script>'
    )
    (image,) = extract_html(page(prose("story", 4), head)).images
    assert (image.url, image.caption, image.credit) == (
        "https://example.com/a.jpg",
        "The bridge at dawn.",
        "Reuters",
    )


def test_a_logo_in_the_h1_gives_way_to_the_title_element() -> None:
    """When the page's <h1> is its logo (no words in common with <title>), the title comes from
    <title> without the site suffix; an <h1> that repeats the <title>'s headline is kept."""
    logo = page(
        "<h1>엔터 미디어</h1>" + prose("story", 4),
        "<title>악녀의 덫에 걸린 이유리, 의외로 막장극 어울리는 남상미 - Entermedia</title>",
    )
    assert extract_html(logo).title == "악녀의 덫에 걸린 이유리, 의외로 막장극 어울리는 남상미"
    headline = page(
        "<h1>Council approves the budget</h1>" + prose("story", 4),
        "<title>Council approves the budget after long night | Leeds Post</title>",
    )
    assert extract_html(headline).title == "Council approves the budget"


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
