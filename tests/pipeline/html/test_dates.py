"""Which date is the publication and which the update: the shown dates weighed against the
markup's, the update lines, the page's local day."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_a_time_attribute_settles_a_numeric_date_and_a_far_off_text() -> None:
    """ "03/01/2017" in a <time datetime="2017-03-01…"> on a page not declared en-US is March
    1st, also when the element holding it is a date line with more words; a <time> whose
    text is months away from its attribute gives the attribute; one day apart (a zone) gives
    the text."""
    line = page(
        '<html lang="en"><h1>Story</h1><div class="node__meta"><time class="datetime" '
        'datetime="2017-03-01T12:00:00Z">03/01/2017</time> by Agatha Caleo</div>'
        + prose("story", 4)
    )
    assert extract_html(line).published_raw[0].startswith("2017-03-01")
    far = page(
        '<h1>Story</h1><time datetime="2024-12-20">August 28, 2024</time>' + prose("story", 4)
    )
    assert extract_html(far).published_raw[0].startswith("2024-12-20")
    zone = page(
        '<h1>Story</h1><time datetime="2025-12-19T03:05:00Z">December 18, 2025</time>'
        + prose("story", 4)
    )
    assert extract_html(zone).published_raw[0].startswith("2025-12-18")


def test_a_utc_markup_a_day_off_the_permalink_gives_the_pages_local_day() -> None:
    """Markup in UTC the day after the permalink's date (a WordPress post of an evening in
    California) gives way to the date shown with the permalink's day, with its <time>'s local
    offset; without such a line, to the permalink's date. A UTC markup on the URL's day, or a
    local offset, stands."""
    head = '<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">'
    url = "https://blog.example.com/2025/12/18/a-story/"
    shown = '<h1>Story</h1><time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time>'
    extracted = extract_html(page(shown + prose("story", 4), head), url=url)
    assert extracted.published_raw[0] == "2025-12-18T19:05:00-08:00"
    extracted = extract_html(page("<h1>Story</h1>" + prose("story", 4), head), url=url)
    assert extracted.published_raw[0] == "2025-12-18"
    same_day = url.replace("/18/", "/19/")
    extracted = extract_html(page("<h1>Story</h1>" + prose("story", 4), head), url=same_day)
    assert extracted.published_raw[0] == "2025-12-19T03:05:00+00:00"
    local = head.replace("2025-12-19T03:05:00+00:00", "2025-12-19T09:04:00+13:00")
    extracted = extract_html(page("<h1>Story</h1>" + prose("story", 4), local), url=url)
    assert extracted.published_raw[0] == "2025-12-19T09:04:00+13:00"


def test_a_shown_update_is_the_modification_where_the_markup_names_none() -> None:
    """A page whose markup names only the publication shows its update in a date element:
    that update is the modification; where the markup names one too, the markup's comes
    first. The publication stays the markup's."""
    ld = (
        '<meta property="article:published_time" content="2025-12-19T16:47:40-05:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2025-12-19T16:47:40-05:00"%s}</script>'
    )
    shown = "<h1>Story</h1><span class='updated'>Updated December 20, 2025</span>"
    plain = extract_html(page(shown + prose("story", 4), ld % ""))
    assert plain.published_raw[0] == "2025-12-19T16:47:40-05:00"
    assert plain.modified_raw[:1] == ("2025-12-20T00:00:00+00:00",)
    both = extract_html(page(shown + prose("story", 4), ld % ', "dateModified": "2025-12-21"'))
    assert both.modified_raw[0] == "2025-12-21"


def test_an_update_element_showing_both_dates_gives_each_its_own() -> None:
    """An element named for the update that shows the publication and then the update
    ("Published March 1, 2024 · Updated March 5, 2024") gives the update as the modification,
    not the line's first date, and its publication as a publication; so does a
    ``dateModified`` microdata element showing both."""
    line = "Published March 1, 2024 · Updated March 5, 2024"
    shown = extract_html(page(f"<h1>Story</h1><span class='updated'>{line}</span>" + prose("s", 4)))
    assert shown.modified_raw[:1] == ("2024-03-05T00:00:00+00:00",)
    assert shown.published_raw[:1] == ("2024-03-01T00:00:00+00:00",)
    microdata = extract_html(
        page(f"<h1>Story</h1><p itemprop='dateModified'>{line}</p>" + prose("s", 4))
    )
    assert microdata.modified_raw[:1] == ("Updated March 5, 2024",)


def test_a_date_line_below_the_headlines_update_line_is_no_republication() -> None:
    """Under the headline the byline shows only the update ("Updated <time>…"): a short date
    further down (a photo's caption) is the story's text, not a date the markup's publication
    gave way to."""
    ld = (
        '<meta property="article:published_time" content="%s">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "%s"}'
    )
    html = page(
        "<h1>Story</h1><p>By Ann Lee</p><span>Updated <time>Nov 13, 2019, 10:28am EST</time>"
        "</span><figure><img src='a.jpg'><figcaption>Nov 1, 2019</figcaption></figure>"
        + prose("s", 4),
        ld % ("2019-11-08T15:30:00-05:00", "2019-11-08T15:30:00-05:00") + "</script>",
    )
    extracted = extract_html(html)
    assert extracted.published_raw[0] == "2019-11-08T15:30:00-05:00"
    assert extracted.modified_raw[:1] == ("2019-11-13T10:28:00-05:00",)


def test_an_update_label_ending_in_the_update_word_makes_the_line_an_update() -> None:
    """A date line whose short label ends in the update's word ("Page updated: 12 November
    2025") is the last update, the modification, as "Updated 12 November 2025" is; not a
    publication of its own."""
    ld = '<script type="application/ld+json">{"@type": "Article", "datePublished": "2025-10-01"}'
    ld += "</script>"

    def dated(line: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        shown = f"<h1>Story</h1><span class='date'>{line}</span>" + prose("story", 4)
        extracted = extract_html(page(shown, ld))
        return extracted.published_raw, extracted.modified_raw

    labelled = dated("Page updated: 12 November 2025")
    assert labelled[1][:1] == ("2025-11-12T00:00:00+00:00",)
    assert labelled == dated("Updated 12 November 2025")


def test_a_month_alone_under_the_headline_dates_a_page_with_no_other_date() -> None:
    """A page that shows no date but a line "November 2015" under its headline is dated by
    that month's first day; a month inside a sentence dates nothing."""
    issue = page("<h1>The five best</h1><p>November 2015</p>" + prose("story", 4))
    assert extract_html(issue).published_raw[0].startswith("2015-11-01")
    sentence = page("<h1>The five best</h1><p>We met in November 2015.</p>" + prose("story", 4))
    assert extract_html(sentence).published_raw == ()


def test_a_last_updated_line_anywhere_dates_a_page_with_no_other_date() -> None:
    """A page with no date in its markup or near its headline is dated by its "Last updated:
    November 13, 2025" line at the foot of the text, its label in its own element or not; the
    same line in a related-stories list, or a sentence telling of an update, dates nothing."""

    def found(foot: str) -> tuple[str, ...]:
        return extract_html(page("<h1>Webcams</h1>" + prose("story", 40) + foot)).published_raw

    assert found("<p>Last updated: November 13, 2025</p>")[0].startswith("2025-11-13")
    assert found("<p><b>Last updated:</b> 2025-11-13</p>")[0].startswith("2025-11-13")
    assert found('<div class="related"><p>Last updated: November 13, 2025</p></div>') == ()
    sentence = (
        "<p>The park service updated its four webcams after the storm of November 13, 2025.</p>"
    )
    assert found(sentence) == ()


def test_a_placeholder_in_the_markup_leaves_the_shown_date_line() -> None:
    """Markup whose publication is a CMS's empty value ("0001-01-01T00:00:00") names no date:
    the date line under the headline is read as on a page without markup."""
    head = '<meta property="article:published_time" content="0001-01-01T00:00:00">'
    body = "<h1>Story</h1><p>16 January 2026</p>" + prose("story", 4)
    assert extract_html(page(body, head)).published_raw[0].startswith("2026-01-16")


def test_a_labelled_publication_line_in_another_language_is_the_date() -> None:
    """ "Veröffentlicht am 16.01.2026 | Aktualisiert am 17.01.2026" under the headline gives
    the publication's day with no clock read from the update's "17.01"."""
    line = "<p>Veröffentlicht am 16.01.2026 | Aktualisiert am 17.01.2026</p>"
    body = "<h1>Story</h1>" + line + prose("story", 4)
    assert extract_html(page(body)).published_raw[0] == "2026-01-16T00:00:00+00:00"


def test_an_update_line_stacked_over_the_labelled_publication_gives_the_publication() -> None:
    """ "Updated: January 17, 2026" under the headline with "Published: January 16, 2026"
    below it (also in German) gives the publication; another unlabelled date below the
    update line is not read as the publication."""
    for update, published in [
        ("Updated: January 17, 2026", "Published: January 16, 2026"),
        ("Aktualisiert am 17. Januar 2026", "Veröffentlicht am 16. Januar 2026"),
    ]:
        body = f"<h1>Story</h1><p>{update}</p><p>{published}</p>" + prose("story", 4)
        assert extract_html(page(body)).published_raw[0].startswith("2026-01-16")
    body = "<h1>Story</h1><p>Updated: January 17, 2026</p><p>January 3, 2026</p>"
    assert extract_html(page(body + prose("story", 4))).published_raw[0].startswith("2026-01-17")


def test_a_long_line_of_the_publication_and_the_update_gives_the_publication() -> None:
    """A line under the headline longer than a date line, holding the publication with its
    time and then the update, gives the publication (English and French)."""
    for line in [
        "Published January 16, 2026 10:30 AM, updated January 17, 2026 11:00 AM",
        "Publié le 16 janvier 2026 à 10:30, mis à jour le 17 janvier 2026 à 11:00",
    ]:
        body = f"<h1>Story</h1><p>{line}</p>" + prose("story", 4)
        assert extract_html(page(body)).published_raw[0] == "2026-01-16T10:30:00+00:00"


def test_a_line_giving_the_update_then_the_publication_gives_the_publication() -> None:
    """A line under the headline that opens with the update and then labels the publication
    ("Updated … · Published …", in French, German, Spanish, and NPR's long "Originally
    published" form) gives the publication's date, not the update's; shown in a date element,
    the update is the modification."""
    for line in [
        "Updated December 3, 2025 · Published December 1, 2025",
        "Mis à jour le 3 décembre 2025 Publié le 1 décembre 2025",
        "Aktualisiert am 03.12.2025 Veröffentlicht am 01.12.2025",
        "Actualizado el 3 de diciembre de 2025 · Publicado el 1 de diciembre de 2025",
        "Updated December 3, 2025 8:23 PM ET Originally published December 1, 2025 11:01 AM ET",
    ]:
        body = f"<h1>Story</h1><p>{line}</p>" + prose("story", 4)
        assert extract_html(page(body)).published_raw[0].startswith("2025-12-01"), line
    line = "Updated December 3, 2025 · Posted December 1, 2025"
    shown = extract_html(page(f"<h1>Story</h1><p class='date'>{line}</p>" + prose("story", 4)))
    assert shown.published_raw[0].startswith("2025-12-01")
    assert shown.modified_raw[0].startswith("2025-12-03")


def test_an_update_line_with_no_publication_label_stays_the_update() -> None:
    """A line that opens with the update and names no publication after its date ("Updated
    December 3, 2025 by the publishers") is the update alone: the page's only date."""
    line = "<p>Updated December 3, 2025 by the publishers</p>"
    body = "<h1>Story</h1>" + line + prose("story", 4)
    assert extract_html(page(body)).published_raw[0].startswith("2025-12-03")


def test_an_earlier_date_line_by_the_headline_outranks_a_later_date_element() -> None:
    """On a page without a markup publication, the date line under the headline comes before
    a later date element: a header's ticker above the <h1>, related stories' cards after the
    story (WordPress "post-N" items). A later line under the headline leaves the earlier date
    element first, and the headline's line that is the text of a <time> whose attribute
    overruled it ("03/01/2017" in ``datetime="2017-03-01…"``) is no earlier date."""
    ticker = page(
        '<div class="top-bar"><span class="date">December 8, 2025</span></div>'
        '<h1>Story</h1><p class="text-sm">June 3, 2024</p>' + prose("story", 4)
    )
    assert extract_html(ticker).published_raw[0].startswith("2024-06-03")
    cards = "".join(
        f'<div class="blogList__item" id="post-{n}"><a href="/{n}">Other story</a>'
        f'<span class="date">July {n}, 2025</span></div>'
        for n in (15, 16)
    )
    related = page("<h1>Story</h1><p>June 3, 2024</p>" + prose("story", 4) + cards)
    assert extract_html(related).published_raw[0].startswith("2024-06-03")
    later = page(
        '<div class="top-bar"><span class="date">June 3, 2024</span></div>'
        "<h1>Story</h1><p>December 8, 2025</p>" + prose("story", 4)
    )
    assert extract_html(later).published_raw[0].startswith("2024-06-03")
    same = page(
        '<div class="top"><time datetime="2017-03-01T12:00:00Z">03/01/2017</time></div>'
        "<h1>Story</h1><p>03/01/2017</p>" + prose("story", 4)
    )
    assert extract_html(same).published_raw[0].startswith("2017-03-01")


def test_a_date_element_labelled_published_is_not_outranked_by_an_earlier_line() -> None:
    """On a page without a markup publication, a first date element labelled as the
    publication ("Published on <time>25.Jun.2019</time>", a journal's header) stays first
    though a line by the headline gives an earlier date (a preprint's "first published"
    note); unlabelled, the same element yields to the earlier line."""

    def first(label: str) -> str:
        html = page(
            f'<p>{label} <span class="date">25.Jun.2019</span> in Vol 7</p>'
            "<p>Preprint, first published <span>04.Apr.2019</span>.</p>"
            "<h1>Story</h1>" + prose("story", 4)
        )
        return extract_html(html).published_raw[0]

    assert first("Published on") == "2019-06-25T00:00:00+00:00"
    assert first("Seen").startswith("2019-04-04")


def test_the_urls_day_is_not_outranked_by_an_update_shown_alone() -> None:
    """On a page without date markup whose URL carries its day, the "Updated" line under the
    headline is the update, not the publication; the same page with its publication in JSON-LD
    alone (no URL day) is dated by the update it shows (``update_only``)."""
    shown = '<h1>Story</h1><span class="date">Updated November 11, 2022</span>'
    url = "https://news.example.org/2022/11/09/123/a-story"
    extracted = extract_html(page(shown + prose("story", 4)), url=url)
    assert extracted.published_raw[0].startswith("2022-11-09")
    assert extracted.modified_raw[0].startswith("2022-11-11")
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-11-09"}</script>'
    markup = extract_html(page(shown + prose("story", 4), ld))
    assert markup.published_raw[0].startswith("2022-11-11")


def test_an_update_alone_by_the_headline_outranks_later_date_elements() -> None:
    """On a page without date markup, an update that is both the first date element and the
    one date line under the headline dates the page, before the date elements further down
    (another article's card); with a publication line under the headline too, that line
    stands."""
    card = f'{prose("story", 4)}<div class="post-box"><p class="date">Aug 01, 2024</p></div>'
    alone = '<h1>Story</h1><p class="date">Updated on April 19, 2025</p>'
    assert extract_html(page(alone + card)).published_raw[0].startswith("2025-04-19")
    both = (
        '<h1>Story</h1><p>Published March 2, 2025</p><p class="date">Updated on April 19, 2025</p>'
    )
    assert not extract_html(page(both + card)).published_raw[0].startswith("2025-04-19")


def test_a_page_reads_its_numeric_dates_in_the_one_order_another_of_them_shows() -> None:
    """On a page in English with no region, "09.10.2024" reads day first, unless another date
    element of the page can only be read month first ("11.24.2025"): then it is September
    10th; dates that disagree leave each read on its own."""
    story = '<h1>Story</h1><p class="post-date">09.10.2024</p>' + prose("story", 4)
    lone = extract_html(page(story))
    assert lone.published_raw[0].startswith("2024-10-09")
    month_first = story + '<div><span class="date">11.24.2025</span></div>'
    assert extract_html(page(month_first)).published_raw[0].startswith("2024-09-10")
    mixed = month_first + '<div><span class="date">24.11.2025</span></div>'
    assert extract_html(page(mixed)).published_raw[0].startswith("2024-10-09")


def test_a_labelled_date_far_from_the_headline_dates_a_page_without_another() -> None:
    """A page with no markup, no date element and no line by its headline is dated by a date
    labelled "Published" in a facts column after the story, over a note's stated origin."""
    facts = '<div class="q1"><h4>Published</h4><div class="q2">July 8, 2025</div></div>'
    note = (
        "<p>Update note: this guide was originally published on 21 June 2017 and has been "
        "revised since then with new prices, new pictures and our readers' own tips.</p>"
    )
    extracted = extract_html(page("<h1>Story</h1>" + prose("story", 40) + note + facts))
    assert extracted.published_raw[0].startswith("2025-07-08")


def test_a_labelled_publication_outranks_the_markups_modification_alone() -> None:
    """A page whose markup names only its modification (``article:modified_time``) and that
    labels a publication in words after a long story, far from the headline ("Published:
    <span>March 4, 2022</span>") is dated by the label; the modification stays the
    modification. With no such label the modification is still the page's only date."""
    head = '<meta property="article:modified_time" content="2025-12-23T07:02:15+00:00">'
    story = "<h1>Story</h1>" + prose("story", 40)
    labelled = page(story + "<div>Published: <span>March 4, 2022</span></div>", head)
    extracted = extract_html(labelled)
    assert extracted.published_raw[0].startswith("2022-03-04")
    assert extracted.modified_raw == ("2025-12-23T07:02:15+00:00",)
    bare = page(story, head)
    assert extract_html(bare).published_raw == ("2025-12-23T07:02:15+00:00",)
