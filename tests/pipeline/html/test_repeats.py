"""A page's content given twice: the second copy of a run of paragraphs is dropped; so are a
thread's repeated reply subjects, and a thread's quotes of its earlier posts."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.repeats import (
    without_card_copies,
    without_copies,
    without_quoted_again,
    without_reply_subjects,
    without_runs_twice,
    without_said_again,
)
from tests.pipeline.html.pages import page, prose


def test_a_second_copy_of_the_content_is_dropped() -> None:
    """A run of paragraphs repeated in order (a site builder's desktop and mobile layouts) is
    given once."""
    story = [f"Paragraph {i} of the page, long enough to count." for i in range(4)]
    assert without_copies([*story, *story]) == story


def test_a_short_repeat_stays() -> None:
    """A repeated line that holds less than a tenth of the text (a meal plan's same meal on
    another day) stays where it is."""
    lines = [
        "Oats with berries",
        *[f"Day {i}: a long description of the day." * 3 for i in range(4)],
    ]
    lines.append("Oats with berries")
    assert without_copies(lines) == lines


def test_each_cards_short_fine_print_stays() -> None:
    """On a short page of offers, the two lines of fine print that end every card (said three
    times or more) are each card's, not a copy of the page: every card keeps them."""
    fine = ["Must be presented before start of work.", "Not valid with other offers."]
    lines = [line for n in range(4) for line in (f"${n}5.00 Off Any Repair", *fine)]
    assert without_copies(lines) == lines


def test_a_run_said_only_twice_is_still_a_copy() -> None:
    """The same two short lines said twice (a layout's second copy) are given once."""
    run = ["Must be presented before start of work.", "Not valid with other offers."]
    lines = ["$25.00 Off Any Repair", *run, "$50.00 Off Any Fan", *run]
    assert without_copies(lines) == lines[:4]


def test_a_card_given_twice_in_a_row_is_given_once() -> None:
    """A run of two to six lines right after itself (a shop's tile printed as its image's
    overlay and again as its caption) is given once, however many times it repeats."""
    card = ["Sharann Executive Chair", "$659.99 was $761.98"]
    other = ["Annmarie Storage Bookcase", "$249.99"]
    assert without_runs_twice([*card, *card, *card, *other]) == [*card, *other]


def test_a_line_twice_in_a_row_or_a_run_apart_stays() -> None:
    """A single line said twice in a row (a refrain, a spec value) and a run repeated further
    down the page stay: only a run right after itself is a copy."""
    lines = ["Yes", "Yes", "Chorus line one", "Chorus line two", "Verse", "Chorus line one"]
    assert without_runs_twice(lines) == lines
    assert without_runs_twice([]) == []


def test_reply_subjects_repeated_over_a_threads_replies_are_dropped() -> None:
    """The "Re: <subject>" line heading two replies or more is dropped, the posts kept; a
    single "Re:" line (a quoted letter's subject) and another subject heard once stay."""
    thread = [
        "Discuss the 7.1.0 release here",
        "You can download the release here.",
        "Re: Discuss the 7.1.0 release here",
        "I am having network issues.",
        "RE: discuss the 7.1.0 release here",
        "Same here on Windows 11.",
        "Re: Something else entirely",
    ]
    assert without_reply_subjects(thread) == [
        "Discuss the 7.1.0 release here",
        "You can download the release here.",
        "I am having network issues.",
        "Same here on Windows 11.",
        "Re: Something else entirely",
    ]
    letter = ["Re: Your claim of March 3", "We have reviewed your claim and accept it."]
    assert without_reply_subjects(letter) == letter


def test_a_second_copy_of_the_content_is_dropped_and_short_repeats_stay() -> None:
    """A page that carries its story twice (a desktop layout and a mobile one hidden by a
    stylesheet class) gives the story once; a short line said again (a spec line under each
    model, a tenth of the text or less) stays where the page repeats it."""
    copy = prose("story", 4)
    doubled = page(f'<main><div class="desktop">{copy}</div><div class="hide">{copy}</div></main>')
    paragraphs = extract_html(doubled).paragraphs
    assert paragraphs.count(paragraphs[0]) == 1
    assert "story 3" in paragraphs[-1]
    spec = "<p>Battery: 4,000 mAh, charges in an hour.</p>"
    models = page(
        "<main>"
        + "".join(f"<h2>Model {n}</h2>{prose(f'model{n}', 2)}{spec}" for n in range(3))
        + "</main>"
    )
    assert extract_html(models).paragraphs.count("Battery: 4,000 mAh, charges in an hour.") == 3


def test_a_paragraph_said_again_is_dropped_and_a_short_line_stays() -> None:
    """A paragraph of 15 characters or more given a second time, anywhere later, is dropped
    (a summary, a badge of the shop's template); a shorter line said again (a price, a spec
    value) stays."""
    summary = "A go-to tumbler for coffee on the go that fits in most cupholders."
    badge = "Lifetime Guarantee"
    lines = [summary, badge, "$35.00", "Overview", "4 mm", summary, badge, "$35.00", "4 mm"]
    assert without_said_again(lines) == [*lines[:5], "$35.00", "4 mm"]


def test_a_short_line_of_three_words_said_again_is_dropped_unless_priced() -> None:
    """A line under 15 characters of three words or more given again (a template's "Add to
    Bag") is dropped; one that holds a price ("From $29.00", an item's price in a listing)
    or has fewer words ("4 mm") stays."""
    lines = ["Add to Bag", "From $29.00", "4 mm", "Add to Bag", "From $29.00", "4 mm"]
    assert without_said_again(lines) == [*lines[:3], "From $29.00", "4 mm"]


def test_a_product_page_gives_its_description_once() -> None:
    """A page that declares one product and repeats its summary under a "Description" tab
    gives it once; the same page without the product markup keeps both (a repeat elsewhere
    is often meant)."""
    summary = "A go-to tumbler for coffee on the go that fits in most cupholders."
    body = (
        f"<main><h1>Tumbler</h1><p>{summary}</p>{prose('feature', 8)}"
        f"<h2>Description</h2><p>{summary}</p>{prose('detail', 8)}</main>"
    )
    product = page(body, '<meta property="og:type" content="product">')
    assert extract_html(product).paragraphs.count(summary) == 1
    assert extract_html(page(body)).paragraphs.count(summary) == 2


def test_a_threads_paragraph_of_six_words_said_again_is_dropped() -> None:
    """In a thread, a paragraph of six words or more given again (a reply's quote of the post
    it answers) is dropped; a shorter one said again ("Thanks, that worked") stays."""
    said = "The update broke my dashboard after the restart last night."
    lines = [said, "Thanks, that worked", "Try a clean install.", said, "Thanks, that worked"]
    assert without_quoted_again(lines) == [*lines[:3], "Thanks, that worked"]


def test_a_thread_gives_a_quoted_post_once() -> None:
    """A page whose JSON-LD says it is a thread, whose reply quotes the opening post in a
    plain <div>, gives the quoted paragraph once; the same page without that markup keeps both."""
    said = "The update broke my dashboard after the restart last night, what now?"
    posts = (
        f'<div class="post"><p>{said}</p>{prose("opening", 2)}</div>'
        f'<div class="post"><div class="quote"><p>{said}</p></div>{prose("reply", 2)}</div>'
    )
    thread = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
    assert extract_html(page(f"<main>{posts}</main>", thread)).paragraphs.count(said) == 1
    assert extract_html(page(f"<main>{posts}</main>")).paragraphs.count(said) == 2


def test_a_listings_cards_given_again_reworded_are_dropped() -> None:
    """The same titles again in their first order, each with its byline and date set again
    from the first card's words ("by" new, "·" for "|"), are a second copy of the cards:
    dropped, the first cards and the lines after the copy kept."""
    titles = [f"Story number {n} about the city budget" for n in ("one", "two", "three")]
    cards = [
        line
        for n, title in enumerate(titles)
        for line in (f"#TOPIC-{n}", title, f"Writer {n}", f"Mar 0{n}, 2026 | {n} min read")
    ]
    again = [
        line
        for n, title in enumerate(titles)
        for line in (title, f"by Writer {n}", f"Mar 0{n}, 2026 · {n} min read")
    ]
    assert without_card_copies([*cards, *again, "business"]) == [*cards, "business"]


def test_titles_again_with_other_lines_between_stay() -> None:
    """Titles said again with lines of other words between (a second price table's tiers, a
    feature list reworded) or with nothing between (a table of contents) are no copy."""
    tiers = ["Five personal training sessions", "Ten personal training sessions"]
    tiers.append("Twenty personal training sessions")
    first = [line for n, tier in enumerate(tiers) for line in (tier, f"Student: ${n}0")]
    second = [line for n, tier in enumerate(tiers) for line in (tier, f"Student: ${n}5")]
    assert without_card_copies([*first, *second]) == [*first, *second]
    assert without_card_copies([*tiers, "Intro", *tiers]) == [*tiers, "Intro", *tiers]
