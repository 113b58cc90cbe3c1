"""Plain-text scrapes: the title, on the first line or just above the story, or none."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from tests.pipeline.text.scrapes import LEDE, MORE, PARAGRAPH, story


def test_the_headline_is_the_best_shaped_line_just_above_the_story() -> None:
    """Above the story, the headline is the line shaped like one: not the photo credit, the
    byline label or the share bar that sit between it and the first paragraph, and not the
    menu line the page starts with. A line printed twice there (breadcrumb and heading) is it."""
    text = "\n".join(
        [
            "Skip to content",
            "Menu",
            "Council approves the budget after a long night",
            "Text: Jane Doe",
            "Photo: John Roe/AP",
            "Share on Facebook",
            PARAGRAPH,
            PARAGRAPH + " Again.",
        ]
    )
    assert extract_text(text).title == "Council approves the budget after a long night"
    twice = story(
        "Home",
        "Budget passes in narrow vote",
        "Budget passes in narrow vote",
        "Seven to five after six hours of debate",
        "27/09/2018",
    )
    assert extract_text(twice).title == "Budget passes in narrow vote"


def test_a_headline_far_above_the_story_that_its_opening_echoes_wins_over_menu_lines() -> None:
    """A page's headline may stand far above its story, a table of contents between, with menu
    and box lines nearer the story: the line the story's first paragraphs echo is the headline;
    without an echoed line the nearest headline-like line still is."""
    contents = [f"Step {n}: Chapter heading number {n}" for n in range(20)]
    story_text = (
        "Designing a room like an interior designer starts with a plan of the room, then the "
        "furniture. Designers measure first and buy later."
    )
    text = "\n".join(
        [
            "Home",
            "How to Design a Room Like an Interior Designer",
            *contents,
            "Book a Free Demo Today",
            story_text,
            story_text + " Again and again.",
        ]
    )
    assert extract_text(text).title == "How to Design a Room Like an Interior Designer"
    plain = text.replace("Design a Room Like an Interior Designer", "Pick the Right Sofa Today")
    assert extract_text(plain).title == "Book a Free Demo Today"


def test_the_line_above_the_date_is_the_headline_not_the_deck_below_it() -> None:
    """Headline, date line, deck, story: the headline is the line the date follows, not the
    deck that stands nearer to the story."""
    text = story(
        "Menu",
        "Council approves the budget after a long night",
        "Published: 2018-09-28 17:32",
        "Seven votes to five after six hours of debate over buses",
    )
    assert extract_text(text).title == "Council approves the budget after a long night"


def test_a_first_line_headline_over_a_long_first_paragraph_is_the_title() -> None:
    """Headline, blank line, then a long first paragraph: the first line is the title even when
    the densest prose stands far below it (a long list early in the story)."""
    items = [f"{n} kilogram bahan nomor {n}" for n in range(1, 25)]
    text = "\n\n".join(
        ["Jalan Rusak Diperbaiki Bulan Depan", PARAGRAPH, *items, PARAGRAPH * 3, PARAGRAPH * 3]
    )
    found = extract_text(text)
    assert found.title == "Jalan Rusak Diperbaiki Bulan Depan"
    assert found.paragraphs[0] == PARAGRAPH


def test_a_scrape_without_a_headline_has_no_title() -> None:
    """A text that starts straight with its story has no title (None, never "")."""
    found = extract_text(f"{PARAGRAPH}\n\n{LEDE}")
    assert found.title is None
    assert found.paragraphs == (PARAGRAPH, LEDE)


def test_a_first_line_headline_holding_a_date_is_still_the_title() -> None:
    """A headline with a date in it is a headline; a line that is only a date is not."""
    headline = "Harga Emas Antam Hari Ini 5 Januari 2025 Naik Tipis"
    assert extract_text(f"{headline}\n\n{PARAGRAPH}\n\n{PARAGRAPH}").title == headline
    assert extract_text(f"Kamis, 24 Oktober 2020\n\n{PARAGRAPH}\n\n{PARAGRAPH}").title is None


def test_headline_ending_in_a_full_stop_is_the_title_when_a_story_follows() -> None:
    """A first line of 8+ words ending in "." is the headline when it is in title case, or when
    the paragraph under it opens with a dash dateline (that one is the lede)."""
    titled = "Things to Know Before Travelling to Japan for the First Time."
    found = extract_text(f"{titled}\n\n{LEDE}\n\n{MORE}\n")
    assert found.title == titled
    sentence_case = "Gubernur DKI Jakarta resmikan taman baru di kawasan Menteng hari ini."
    found = extract_text(f"{sentence_case}\n\nJAKARTA, KOMPAS.com - {LEDE}\n\n{MORE}\n")
    assert found.title == sentence_case
    assert found.dateline == "JAKARTA, KOMPAS.com"
    assert found.paragraphs == (LEDE, MORE)


def test_short_first_paragraph_of_a_story_is_not_taken_for_its_title() -> None:
    """A scrape starting with its story: a one-sentence first paragraph in sentence case, with
    no dateline under it, stays in the body."""
    first = "Monday newsletters always feature top 10 travel lists to inspire you."
    found = extract_text(f"{first}\n\n{LEDE}\n\n{MORE}\n")
    assert found.title is None
    assert found.paragraphs[0] == first


def test_a_one_word_first_line_over_the_story_is_the_title() -> None:
    """A section's one-word headline ("Technology", "Coffee") on the first line, a blank line
    and the story under it is the title; a furniture word there ("Share") is not."""
    for headline in ("Technology", "Coffee", "001"):
        found = extract_text(f"{headline}\n\n{LEDE}\n\n{MORE}\n")
        assert found.title == headline
        assert found.paragraphs == (LEDE, MORE)
    assert extract_text(f"Share\n\n{LEDE}\n\n{MORE}\n").title is None


def test_a_headline_over_a_verse_opening_the_story_is_the_title() -> None:
    """Eight short lines (a verse, a list of features) between the headline and the first
    paragraph do not stop the first line from being the title."""
    verse = "\n".join(f"the {word} of Rust" for word in "abcdefgh")
    found = extract_text(f"Thoughts on Zig\n\n{verse}\n\n{LEDE}\n\n{MORE}\n")
    assert found.title == "Thoughts on Zig"


def test_titles_in_italics_or_of_two_title_case_sentences_are_headlines() -> None:
    """ "*A Treatise*" opens an emphasis, not a footnote; a headline of two sentences in full
    title case is a headline, two sentences in sentence case are the story's lede."""
    italic = "*A Treatise Concerning Coffee* (1792)"
    assert extract_text(f"{italic}\n\n{LEDE}\n\n{MORE}\n").title == italic
    two = "Who's Reading Your Newsletter? Increasingly, Not a Human."
    assert extract_text(f"{two}\n\n{LEDE}\n\n{MORE}\n").title == two
    lede = "An assistant reads my email now. But I also feel conflicted about what it means."
    assert extract_text(f"{lede}\n\n{LEDE}\n\n{MORE}\n").title is None


def test_a_long_caption_printed_twice_is_not_the_headline() -> None:
    """A gallery prints a long caption twice (slide and thumbnail) above the story: the
    headline is the headline-long line there, not the repeated caption."""
    caption = (
        "Karma Automotive vice president for global design, left, and the head of platform "
        "engineering unveil the concept vehicle on the stage of the show in Los Angeles at ... more"
    )
    page = "\n".join(
        ["Home", caption, caption, "Photo: Jane Doe, AP", "New SUVs Highlight the Auto Show"]
    )
    found = extract_text(page + "\n" + "\n".join([LEDE, MORE]))
    assert found.title == "New SUVs Highlight the Auto Show"


def test_a_long_cookie_banner_after_the_story_does_not_move_the_headline() -> None:
    """The headline is sought above the story, not above a cookie banner or copyright block
    denser than the story further down the page (their legal lines are no story's prose)."""
    banner = [
        f"We use cookies {what} to improve your experience while you navigate the website "
        "and to remember your choices, as the cookie policy of this website explains."
        for what in ("for sessions", "for analytics", "for advertising", "for preferences")
    ]
    menu = [f"Section {n}" for n in range(16)]
    settings = "Cookie Settings and Privacy Choices"
    page = "\n".join(["Home", "Banjir Rendam Ratusan Rumah", LEDE, MORE, *menu, settings, *banner])
    found = extract_text(page)
    assert found.title == "Banjir Rendam Ratusan Rumah"
    assert found.paragraphs == (LEDE, MORE)


def test_a_first_line_headline_of_a_dated_issue_is_the_title() -> None:
    """A title-case headline beside its issue's date ("Metasploit Wrap-Up 12/19/2025") is the
    title; a line that is a label or a preposition beside a date is a date line, no title."""
    for headline in ("Metasploit Wrap-Up 12/19/2025", "Weekly Market Digest 5 January 2025"):
        assert extract_text(f"{headline}\n\n{PARAGRAPH}\n\n{PARAGRAPH}").title == headline
    for date_line in ("Updated on 12/19/2025", "Published: 12/19/2025"):
        assert extract_text(f"{date_line}\n\n{PARAGRAPH}\n\n{PARAGRAPH}").title is None


def test_a_dated_issue_with_a_dotted_date_is_the_title_not_a_time() -> None:
    """A date written with dots ("11.18.19") holds no time of day: the dated issue's headline
    is the title and the line under it the story's, as with slashes."""
    extracted = extract_text(f"Opening Bell 11.18.19\n\nLOOK WHAT YOU MADE ME DO\n\n{LEDE}\n")
    assert extracted.title == "Opening Bell 11.18.19"
    assert extracted.paragraphs == ("LOOK WHAT YOU MADE ME DO", LEDE)


def test_one_article_of_short_lines_only_keeps_its_headline_and_every_line() -> None:
    """A text of one article with no paragraph at all (a race calendar: a headline, a blank
    line, one short line per date) has its first line as the title and every line as the
    body; read as a page, it had no story and lost them all."""
    dates = [f"{n}a etapa: {n} de maio – Interlagos" for n in range(1, 9)]
    text = "Calendário Stock Car 2018\n\n" + "\n".join(dates) + "\n\nwww.autoracing.com.br\n"
    extracted = extract_text(text)
    assert extracted.title == "Calendário Stock Car 2018"
    assert extracted.paragraphs == (*dates, "www.autoracing.com.br")


_COFFEE_STORY = (
    "The history of coffee goes back to the fifteenth century, when traders in Yemen first "
    "roasted and brewed the seeds of the plant.",
    "From the ports of Yemen the drink spread to Mecca, Cairo and Istanbul, where the first "
    "coffee houses opened their doors to customers.",
    "By the seventeenth century coffee had reached Venice, London and Amsterdam, and merchants "
    "shipped its seeds to colonies across the world.",
    "Today coffee is grown in more than seventy countries, and its history still shapes how "
    "farmers, traders and drinkers think about it.",
)
_SHOP_MENU = ("Home", "Shop", "About Us", "Sign in or Register", "Contact")


def test_a_short_headline_right_above_the_story_it_names_outranks_a_control_line() -> None:
    """A page's three-word headline right above its story, every word of it repeated by the
    story's opening, is the title over a page control further up; a one-word section label
    there is not, and a dated headline above it keeps the title."""
    text = "\n".join([*_SHOP_MENU, "History of coffee", *_COFFEE_STORY]) + "\n"
    assert extract_text(text).title == "History of coffee"
    text = "\n".join([*_SHOP_MENU, "Introduction", *_COFFEE_STORY]) + "\n"
    assert extract_text(text).title != "Introduction"
    dated = ["The Long Story of the Coffee Trade", "March 3, 2025", "History of coffee"]
    text = "\n".join([*_SHOP_MENU, *dated, *_COFFEE_STORY]) + "\n"
    assert extract_text(text).title == "The Long Story of the Coffee Trade"
