"""The title of a forum thread's page: the line over its "Thread starter" label."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.headline_thread import repeated_title, thread_title

_THREAD = [
    "Forums",
    "Could this be ALS?",
    "You should upgrade or use an alternative browser.",
    "Early ALS symptoms?",
    "Thread starter lulug30",
    "Start date",
    "Apr 12, 2024",
    "I have had twitching in my left calf for three weeks now and it worries me a great deal.",
    "Reactions: mnhoj, drd1135 and John King",
    "Twitching alone is very common and rarely means anything; see a neurologist to be sure.",
    "Similar threads",
    "Is this ALS or anxiety?",
    "Thread starter someone",
]


def test_the_line_over_the_first_thread_starter_is_the_title() -> None:
    """A forum prints the thread's title, then "Thread starter <name>" and the start date: the
    line over the first such label is the title, not a reply's line nor a similar thread's."""
    assert thread_title(_THREAD) == 3
    assert extract_text("\n".join(_THREAD)).title == "Early ALS symptoms?"


def test_no_thread_starter_or_no_title_over_it_gives_none() -> None:
    """A page without the label, or with a date or nothing over it, has no thread title."""
    assert thread_title(_THREAD[:4]) is None
    assert thread_title(["Apr 12, 2024", "Thread starter lulug30"]) is None
    assert thread_title(["", "Thread starter lulug30"]) is None


_QUESTION = [
    "Explore Stack Internal",
    "Why is RAID not a backup?",
    "Ask Question",
    "Asked",
    "9 years, 7 months ago",
    "When someone talks about backups, it invariably comes up that RAID is not a backup at all.",
    "raid",
    "backup",
    "asked Aug 5, 2016 at 4:16",
    "9,5754545 gold badges123123 silver badges181181 bronze badges",
    "Because RAID guards against one kind of failure only, and a backup guards against many.",
]


def test_the_line_over_a_question_s_asked_label_is_the_title() -> None:
    """A questions and answers page prints the question's title, a button to ask one's own
    ("Ask Question") and the "Asked" label over when it was asked: the line over the label,
    past the button, is the title, not a user card's line nor an answer's. A sentence that
    opens with "Asked" is no label."""
    assert thread_title(_QUESTION) == 1
    assert extract_text("\n".join(_QUESTION)).title == "Why is RAID not a backup?"
    assert thread_title(["Budget news", "Asked about it, the mayor declined to comment."]) is None


def test_the_line_over_a_board_s_jump_to_latest_link_is_the_title() -> None:
    """A board prints its thread's title, then a "Jump to Latest" link, the views and replies
    counts and the starter's card: the line over the link is the title, not the card's
    "410 posts · Joined 2002" nor a post's preview printed above it."""
    thread = [
        "I have a quite old projector in my basement home theater that served me well for years.",
        "Replacement Projector Recommendations 2024",
        "Jump to Latest",
        "6.3K views 23 replies 14 participants last post by ggery",
        "JosephF Discussion starter",
        "410 posts · Joined 2002",
        "I have a quite old projector in my basement home theater that served me well for years.",
    ]
    assert thread_title(thread) == 1
    assert extract_text("\n".join(thread)).title == "Replacement Projector Recommendations 2024"


_CARD = [
    "Jump to content",
    "Forums",
    "Build Hardware Troubleshooting",
    "New 2500X PC Case",
    "Existing user? Sign In",
    "New 2500X PC Case",
    "By Rabbids",
    "March 19, 2024",
    "in Build Hardware Troubleshooting",
    "Recommended Posts",
    "Rabbids 12",
    "March 19, 2024",
    "I bought the new case last week and the front fans do not spin up when the machine starts.",
]


def test_the_line_over_a_starter_card_is_the_title() -> None:
    """A board that prints "By <member>", the start date and "in <forum>" under a thread's
    title gives the line over that card as the title, not a post's date line or name."""
    assert thread_title(_CARD) == 5
    assert extract_text("\n".join(_CARD)).title == "New 2500X PC Case"


def test_a_by_line_without_the_card_s_date_and_forum_is_no_starter() -> None:
    """A byline alone, or over a date with no "in <forum>" line, opens no starter card."""
    assert thread_title(_CARD[:8]) is None
    assert thread_title(["Title here", "By Rabbids", "March 19, 2024", "Read more"]) is None


_REPEATED = [
    "Home",
    "Community",
    "If the forum comes to an end soon.",
    "All Activity",
    "Sign In",
    "Home",
    "Community",
    "If the forum comes to an end soon.",
    "Share",
    "ColdJ",
    "2.8k posts",
]


def test_the_title_printed_twice_above_the_first_card_is_the_thread_s() -> None:
    """The last line above a thread's first poster's card that the page prints twice (the
    trail's last crumb and the thread's heading) is the title; a menu's short entries printed
    twice ("Home", "Sign In") are not."""
    assert repeated_title(_REPEATED, 10) == 7
    assert repeated_title(["Home", "Sign In", "Home", "Sign In", "ColdJ", "2.8k posts"], 5) is None


def test_a_headline_found_among_the_posts_gives_way_to_the_repeated_title() -> None:
    """On a forum thread whose headline near the densest post is a post's line (a glued date,
    "June 19, 20241 yr", over a long reply), the title is the one the board prints twice above
    the first card."""
    post = (
        "I have been getting gateway errors on this forum every evening since the studio "
        "announced it would stop working on the sequel, and I wonder whether it will last. "
    )
    title = "If the forum comes to an end soon."
    lines = ["Home", "Community", title, "All Activity", "Sign In", "Share", title, "Followers 3"]
    lines += ["ColdJ", "Members", "2.8k posts", "June 17, 20241 yr", "Is anyone else worried?"]
    lines += ["Vanamonde", "Members", "19k posts", "June 18, 20241 yr", "Same here."]
    lines += ["Poster2", "Members", "3.1k posts", "June 19, 20241 yr", post * 2, post * 2, post]
    assert extract_text("\n".join(lines)).title == title
