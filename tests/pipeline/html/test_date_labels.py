"""The words and names around a date element: a "Published" label before it, a clock's name."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.date_labels import (
    clock,
    date_line_length,
    forum_aside,
    is_publication_label,
    joined_date,
    labelled_published,
    published_label_before,
)


def _time(html: str) -> LexborNode:
    node = LexborHTMLParser(html).css_first("time")
    assert node is not None
    return node


def test_the_text_just_before_a_date_element_labels_it_published() -> None:
    """ "Published" or "Published on:" as the text right before the <time> in its parent labels
    it; another word, or a label in an element of its own, does not."""
    assert published_label_before(_time("<div>Published <time>May 1, 2024</time></div>"))
    assert published_label_before(_time("<div> Published on: <time>May 1, 2024</time></div>"))
    assert not published_label_before(_time("<div>Reviewed <time>May 1, 2024</time></div>"))
    assert not published_label_before(_time("<div><b>Published</b> <time>May 1, 2024</time></div>"))


def test_a_publication_label_in_another_language_labels_the_date_after_it() -> None:
    """The publication's label in German, French, Spanish, Italian, Portuguese, Dutch,
    Indonesian, Polish and Turkish labels the date after it (with its preposition and colon,
    or as a "publication date" noun); their update labels do not."""
    for label in [
        "Veröffentlicht am",
        "Publié le :",
        "Mis en ligne le",
        "Publicado el",
        "Pubblicato il",
        "Data di pubblicazione:",
        "Publicado em",
        "Gepubliceerd op",
        "Diterbitkan pada",
        "Opublikowano:",
        "Yayınlanma tarihi:",
    ]:
        assert published_label_before(_time(f"<div>{label} <time>16.01.2026</time></div>"))
    for label in ["Aktualisiert am", "Mis à jour le", "Actualizado el", "Publicado por"]:
        assert not published_label_before(_time(f"<div>{label} <time>16.01.2026</time></div>"))
    assert labelled_published(_time("<aside><h3>Veröffentlicht</h3><p><time>16.01</time></p>"))


def test_a_heading_before_a_date_labels_it_published() -> None:
    """A heading "Published" right before the date element or its parent labels it."""
    assert labelled_published(_time("<aside><h3>Published</h3><p><time>May 1</time></p></aside>"))
    assert not labelled_published(_time("<aside><h3>Related</h3><p><time>May 1</time></p></aside>"))


def test_a_date_element_named_for_today_is_a_clock() -> None:
    """An element named "today" or "todays" (as a whole class or id part), itself, a wrapper
    two levels up or an element inside it, is a clock; "usatoday" or a "current" name is not."""
    assert clock(_time('<p id="todays-date"><time>May 1, 2024</time></p>'))
    assert clock(_time('<div class="the-date-today"><p><time>May 1</time></p></div>'))
    assert clock(_time('<time><span class="today">May 1, 2024</span></time>'))
    assert not clock(_time('<p class="usatoday-date"><time>May 1, 2024</time></p>'))
    assert not clock(_time('<p class="node-current-date"><time>May 1, 2024</time></p>'))


def _dd(html: str) -> LexborNode:
    node = LexborHTMLParser(html).css_first("dd")
    assert node is not None
    return node


def test_a_definition_term_or_line_labelling_a_join_date_makes_it_the_members() -> None:
    """ "<dt>Joined</dt><dd>Dec 23, 2009</dd>", an icon titled "Joined" as the term, and a line
    "Joined: Dec 23, 2009" are a member's join date; a term "Published" is not."""
    assert joined_date(_dd("<dl><dt>Joined</dt><dd>Dec 23, 2009</dd></dl>"), "Dec 23, 2009")
    icon = (
        '<dl><dt><span title="Joined"><i class="fa-user"></i></span></dt><dd>May 27, 2025</dd></dl>'
    )
    assert joined_date(_dd(icon), "May 27, 2025")
    assert joined_date(_dd("<dl><dd>Joined: Dec 23, 2009</dd></dl>"), "Joined: Dec 23, 2009")
    assert not joined_date(_dd("<dl><dt>Published</dt><dd>Dec 23, 2009</dd></dl>"), "Dec 23, 2009")


def test_a_join_label_in_the_dates_own_element_or_an_icons_tooltip_makes_it_the_members() -> None:
    """phpBB's "<dd><strong>Joined:</strong> 4. Jul 2012</dd>" (the label in an element of its
    own inside the <dd>) and XenForo 2's icon whose tooltip is ``data-original-title="Joined"``
    label a member's join date; a "Posts:" label in the <dd> does not."""
    phpbb = "<dl><dd><strong>Joined:</strong> 4. Jul 2012, 16:09</dd></dl>"
    assert joined_date(_dd(phpbb), "4. Jul 2012, 16:09")
    tooltip = (
        '<dl><dt><span data-original-title="Joined"><i class="fa-user"></i></span></dt>'
        "<dd>Oct 25, 2017</dd></dl>"
    )
    assert joined_date(_dd(tooltip), "Oct 25, 2017")
    posts = "<dl><dd><strong>Posts:</strong> 4 July 2012</dd></dl>"
    assert not joined_date(_dd(posts), "4 July 2012")


def test_a_date_line_is_short_or_gives_the_publication_then_the_update() -> None:
    """A text of up to 60 characters may be a date line; a longer one only where it holds
    the publication and then the update, up to twice that; a long sentence with a date is
    not."""
    assert date_line_length("January 16, 2026")
    assert date_line_length("Published January 16, 2026 10:30 AM, updated January 17, 2026")
    long_sentence = "The council met on January 16, 2026, after weeks of delay, to discuss the bus"
    assert not date_line_length(long_sentence)
    assert not date_line_length("Published January 16, 2026, updated January 17, 2026 " * 3)


def test_a_forums_last_post_or_join_line_is_a_forum_aside() -> None:
    """A date line labelled as the thread's last post, in its own text or its element's or
    parent's, or as a member's join date, is a forum's aside; a plain date line is not."""

    def aside(body: str) -> bool:
        node = LexborHTMLParser(f"<html><body>{body}</body></html>").css_first("time")
        assert node is not None
        return forum_aside(node, node.text())

    assert aside("<p><time>Last post: 01/12/2025</time></p>")
    assert aside('<span>last post by <a href="/u">ggery</a> <time>Sep 26, 2024</time></span>')
    assert aside("<p><time>Joined: Dec 2009</time></p>")
    assert not aside("<p><time>Sep 26, 2024</time></p>")
    assert not aside("<p>Posted by ggery <time>Sep 26, 2024</time></p>")


def test_a_publication_label_stands_alone() -> None:
    """ "Published", "Date published:", "Veröffentlicht am" are labels; a sentence, an update's
    label or a label with its date are not."""
    for label in ("Published", "Date published:", "Veröffentlicht am", "Published on"):
        assert is_publication_label(label)
    for text in ("Updated", "Published July 8, 2025", "Published in the journal of record"):
        assert not is_publication_label(text)


def test_a_korean_japanese_or_chinese_label_stands_alone() -> None:
    """Korean "입력", Japanese "公開日" (with its full-width colon) and Chinese "发布时间:" are
    labels alone; a form's hint that opens with the Korean word ("입력하세요") is not."""
    for label in ("입력", "기사입력 :", "公開日\uff1a", "投稿日", "发布时间:", "發布時間\uff1a"):
        assert is_publication_label(label)
    for text in ("입력하세요", "公開日\uff1a2018年9月28日", "수정"):
        assert not is_publication_label(text)


def test_a_clocks_name_is_found_in_any_case() -> None:
    """A clock's word as a camelCase part or in capitals ("headerToday", "TODAYS-DATE") names
    a clock as the lower-case word does; a name without it ("date updated") does not."""
    assert clock(_time('<p class="headerToday"><time>May 1, 2024</time></p>'))
    assert clock(_time('<p id="TODAYS-DATE"><time>May 1, 2024</time></p>'))
    assert not clock(_time('<p class="date updated"><time>May 1, 2024</time></p>'))
