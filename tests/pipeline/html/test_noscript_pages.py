"""A page that shows nothing outside <noscript>: its text is read inside."""

from __future__ import annotations

from tests.pipeline.html.pages import page, prose, text_of

# A short service page in three blocks, none of 250 characters (what a retry into <noscript>
# asks of its chosen container), about 420 together.
_BLOCKS = (
    '<div class="hero"><h2>Team plan</h2><p>Plan your week with the whole team, on any device,'
    " with shared boards and calendars.</p><p>$39.00 every month</p></div>"
    '<div class="features"><p>Invite up to twenty people, assign cards, set due dates, and see'
    " who is doing what at a glance.</p></div>"
    '<div class="support"><p>Questions? Our support team answers every message within a day,'
    " seven days a week, in English, French and German.</p></div>"
)


def test_a_short_page_shown_only_in_noscript_keeps_its_text() -> None:
    """A script-built page whose whole body is inside one <noscript> (its text for crawlers)
    gives that text even when no one block of it is long: every walk goes in there."""
    text = text_of(page("<noscript>" + _BLOCKS + "</noscript>"))
    assert "$39.00 every month" in text
    assert "seven days a week" in text


def test_every_retry_of_a_page_shown_only_in_noscript_goes_in_there() -> None:
    """A page inside <noscript> gives what the same page outside gives by the retries: its
    text inside a container a class-name rule throws away (by the walk without those rules),
    its content sent hidden for a script to move into place (by the walk into hidden)."""
    named = '<div class="share-tools">' + prose("teaser", 2) + "</div><p>Short footer line.</p>"
    assert "teaser 1" in text_of(page("<noscript>" + named + "</noscript>"))
    items = "".join(
        f"<li>Item {i}: a vintage art print, brand new, free shipping</li>" for i in range(8)
    )
    streamed = (
        '<div class="main-content"></div><div style="display:none"><ul>' + items + "</ul></div>"
    )
    assert "Item 7" in text_of(page("<noscript>" + streamed + "</noscript>"))


def test_a_page_shown_outside_noscript_leaves_its_noscript_out() -> None:
    """A page with text of its own leaves its <noscript> fallbacks (a tracking pixel's link,
    a copy of a menu) out, however short its own text is."""
    html = page(_BLOCKS + "<noscript><p>Menu: Home, Plans, Pricing, Contact us</p></noscript>")
    text = text_of(html)
    assert "seven days a week" in text
    assert "Menu: Home" not in text


def test_an_enable_javascript_notice_is_not_the_page_s_text() -> None:
    """An empty app shell whose <noscript> is a one-line notice gives no text."""
    html = page('<div id="root"></div><noscript><p>Please enable JavaScript.</p></noscript>')
    assert text_of(html) == ""


def test_a_page_shown_only_in_noscript_keeps_its_text_under_the_notice_length() -> None:
    """A script-built page whose <noscript> holds more than a notice (its menu, its footer) and
    whose story there is short (a product's name, price and one line) gives that story."""
    menu = "".join(
        f'<li><a href="/c/{i}">Category number {i} of the shop</a></li>' for i in range(9)
    )
    story = (
        "<main><h1>Walnut desk</h1><p>$249.00</p><p>Solid walnut, oiled by hand, "
        "in two widths.</p></main>"
    )
    text = text_of(page("<noscript><nav><ul>" + menu + "</ul></nav>" + story + "</noscript>"))
    assert "$249.00" in text
    assert "Solid walnut, oiled by hand" in text
