"""Poster counters: a thread's counter pairs, bare numbers, numbered dates, split controls,
poster status labels, badges, locations and join dates, told from its lines."""

from __future__ import annotations

from newswire.pipeline.html.poster_counters import (
    is_bare_number,
    is_counter,
    is_edit_notice,
    is_join_date,
    is_poster_badge,
    is_poster_location,
    is_poster_status,
    is_quote_attribution,
    numbered_date,
    thread_counters,
)
from newswire.pipeline.html.walk import Block


def test_a_counter_is_a_bare_number_under_a_counter_label() -> None:
    """A bare number ("310") right after "Reaction score" is a poster's counter; a number after
    another line, or a line with words beside the number, is not."""
    assert all(is_bare_number(line) for line in ("1,204", "3.2k", "#12"))
    assert not is_bare_number("12 apples")
    assert is_counter("Reaction score", "310")
    assert is_counter("Points:", "4,365")
    assert not is_counter("Step", "310")
    assert not is_counter("Reaction score", "310 likes")


def test_a_back_then_top_pair_is_a_split_control() -> None:
    """ "Top" right after "Back" ends a "Back to top" link split in two lines, in any case;
    "Top" after another line is not."""
    assert is_counter("Back", "Top")
    assert is_counter("BACK", "top")
    assert not is_counter("Go", "Top")
    assert not is_counter("Back", "Tops")


def test_a_posters_status_label_alone_is_one() -> None:
    """ "Offline", "Online" and "Status" alone are a poster's status label; a sentence is not."""
    assert is_poster_status("Offline")
    assert is_poster_status("Status")
    assert not is_poster_status("Status: resolved")


def test_a_posts_number_and_date_line_gives_its_date() -> None:
    """ "#2 · Jan 3, 2024" (with an edit mark or not) gives "Jan 3, 2024"; a line that is not
    a number then a dated part gives nothing."""
    assert numbered_date("#2 · Jan 3, 2024") == "Jan 3, 2024"
    assert numbered_date("#12 | 3 days ago (Edited)") == "3 days ago"
    assert numbered_date("#hashtag") is None
    assert numbered_date("Jan 3, 2024") is None


def test_a_join_date_is_the_label_then_a_date_alone() -> None:
    """ "Joined: 4. Jul 2012, 16:09", "Registered Feb 8, 2023" are a poster's join date; the
    label alone, a sentence after it, "Member since" (a freelancer's card) are not."""
    assert is_join_date("Joined: 4. Jul 2012, 16:09")
    assert is_join_date("Registered Feb 8, 2023")
    assert is_join_date("Join date: Dec 11, 2021")
    assert not is_join_date("Joined:")
    assert not is_join_date("Joined the board in March after a long wait")
    assert not is_join_date("Member since February 16, 2016")
    assert not is_join_date("")


def test_a_month_and_year_under_a_join_date_label_is_a_counter() -> None:
    """ "Aug 2004" right after "Join Date" or "Joined" is a poster's join date given in two
    lines; a month and year after another line, or with a day, is not."""
    assert is_counter("Join Date", "Aug 2004")
    assert is_counter("Joined:", "September 2012")
    assert not is_counter("Released", "Aug 2004")
    assert not is_counter("Join Date", "Aug 12 2004")


def test_an_edit_notice_names_who_edited_the_post_and_when() -> None:
    """phpBB's, vBulletin's and Invision Community's edit notices alone are a post's edit
    notice; an article's "Edited by <editor>" credit, a sentence about editing, FluxBB's
    notice (kept by a truth), a notice glued to more text are not."""
    assert is_edit_notice(
        "Last edited by Minoa on Tue Aug 27, 2019 10:03 pm, edited 1 time in total."
    )
    assert is_edit_notice("Last edited by lowjhg; Feb 14, 2026 at 9:25 pm")
    assert is_edit_notice("Edited October 30, 2025 by El Patron (see edit history)")
    assert is_edit_notice("Edited August 26 by Joe Root")
    assert not is_edit_notice("Edited by Jane Doe")
    assert not is_edit_notice("Last edited by Trilby")
    assert not is_edit_notice("I edited the config file twice but it still fails on boot")
    assert not is_edit_notice("Last edited by Trilby (2024-08-03 16:13:39)")
    assert not is_edit_notice("Last edited by Minoa on Tue Aug 27, 2019 " + "and more " * 20)
    assert not is_edit_notice("")


def test_a_quote_attribution_is_vbulletins_originally_posted_by_a_name() -> None:
    """ "Originally Posted by <name>" alone is a quoted post's attribution; the words in a
    sentence, XenForo's "<name> said:", Invision's dated attribution are not."""
    assert is_quote_attribution("Originally Posted by lowjhg")
    assert is_quote_attribution("originally posted by Two Words")
    assert not is_quote_attribution("It was originally posted by a friend of mine last year")
    assert not is_quote_attribution("Originally Posted by")
    assert not is_quote_attribution("Lisias said:")
    assert not is_quote_attribution("On 6/14/2024 at 9:14 AM, Lisias said:")
    assert not is_quote_attribution("")


def test_thread_counters_drop_a_quote_attribution() -> None:
    """In a thread's blocks the attribution over a quote has no line; the quoted words keep
    theirs."""
    blocks = [
        Block("Originally Posted by lowjhg", "div", 0, (1,)),
        Block("We went the old fashioned way.", "div", 0, (2,)),
    ]
    lines = thread_counters(blocks)
    assert lines[id(blocks[0])] == ""
    assert id(blocks[1]) not in lines


def test_a_posters_badge_alone_is_one() -> None:
    """ "Original poster", "OP", "Moderator", "Staff member" and a one-word rank before
    "Member" alone are a poster card's badge; a sentence naming one, "Member" alone, are not."""
    assert is_poster_badge("Original poster")
    assert is_poster_badge("OP")
    assert is_poster_badge("Author")
    assert is_poster_badge("Staff Member")
    assert is_poster_badge("Prominent Member")
    assert not is_poster_badge("The moderator closed the thread")
    assert not is_poster_badge("Member")
    assert not is_poster_badge("A founding member")


def test_a_posters_location_field_is_its_label_with_a_short_value_or_none() -> None:
    """ "Location", "Location (town/city + country)" and "Location: SIN" are a poster card's
    location field; a heading or a line that only begins with the word is not."""
    assert is_poster_location("Location")
    assert is_poster_location("Location (town/city + country)")
    assert is_poster_location("Location: United Kingdom")
    assert not is_poster_location("Location Scouting and Set Design")
    assert not is_poster_location("Location-specific copy")
    assert not is_poster_location("")


def test_a_threads_card_lines_have_no_line() -> None:
    """On a thread a poster card's counter label and its number, badge, rank and location each
    get an empty line; a post's sentence gets none."""
    prose = "A post of the thread, long enough to say something of its own."
    blocks = [
        Block("Prominent Member", "div", 0, (1,)),
        Block("Reaction score", "dt", 0, (1,)),
        Block("310", "dd", 0, (1,)),
        Block("Location", "dt", 0, (1,)),
        Block(prose, "p", 0, (2,)),
    ]
    assert thread_counters(blocks) == {id(block): "" for block in blocks[:4]}
