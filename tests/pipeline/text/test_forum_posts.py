"""A forum thread's replies in a page's text (forum_posts): its posts, not a story's comments."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.forum_posts import (
    first_card,
    forum_thread,
    member_stat,
    post_lines,
    thread_span,
)

_MENU = ["Skip to content", "Forums", "Activity", "Sign In", "Search", "Members", "Guidelines"]
_POSTS = (
    "I have been getting gateway errors on this forum every evening since the studio announced "
    "it would stop working on the sequel, and I wonder whether the board will stay online at all.",
    "I doubt that the forum is getting shut down, considering that the first game still sells "
    "well, but I only ask that we get a month's notice so that we can save our favourite threads.",
    "This board taught me how to build my first rocket that reached orbit, and I have made more "
    "friends here than anywhere else on the internet over the last twelve years of posting.",
    "If it does come to an end, the fans should host their own board, and I would gladly "
    "chip in for the server so that the old guides and the mod archive are not lost for good.",
)
_ONE_LINER = "I've made lots of friends here."
_FOOTER = ["Reply to this topic...", "Go to topic listing", "Home", "Forums", "Theme", "Privacy"]


def _card(name: str, posts: str) -> list[str]:
    return [name, "Members", f"{posts} posts", "315 Reputation", "June 14, 2024", "Quote"]


def _thread() -> list[str]:
    lines = [*_MENU, "If the forum comes to an end soon", *_card("ColdJ", "2.8k"), _POSTS[0]]
    lines += ["4 Replies", *_card("Vanamonde", "19k"), _ONE_LINER]
    for n, post in enumerate(_POSTS[1:]):
        lines += [*_card(f"Poster{n}", f"{n + 1}.1k"), post]
    return [*lines, *_FOOTER]


def test_a_forum_threads_replies_are_kept_with_its_first_post() -> None:
    """On a forum thread's page every post stays, from the first to the last, a one-line
    reply among them, though the replies' count heads them as a comment count heads the
    comments under an article; the posters' cards and the page's menus and footer go."""
    paragraphs = extract_text("\n".join(_thread())).paragraphs
    assert paragraphs == (_POSTS[0], _ONE_LINER, *_POSTS[1:])


def test_posts_above_a_headline_found_in_the_thread_are_kept() -> None:
    """When the headline search lands inside the thread (a reply's title over a long post),
    the posts above it, under their cards, stay in the body."""
    long_post = " ".join(_POSTS[1:3])
    lines = [*_MENU, *_card("ColdJ", "2.8k"), _POSTS[0], *_card("B", "3k"), _POSTS[3]]
    lines += [*_card("C", "4k"), "What Happens to the Old Guides If the Board Closes", long_post]
    found = extract_text("\n".join([*lines, *_FOOTER]))
    assert found.title == "What Happens to the Old Guides If the Board Closes"
    assert found.paragraphs == (_POSTS[0], _POSTS[3], long_post)


def test_replies_under_comment_headers_without_cards_are_still_comments() -> None:
    """Under an article, comments (no poster's counts, the comment count as their heading)
    are still no part of the story: without cards the page is no thread."""
    story = list(_POSTS[:3])
    comments = ["2 Comments", "Jane says:", _POSTS[3], "Bob says:", _POSTS[0]]
    page = [*_MENU, "Why the Board May Close", *story, *comments, *_FOOTER]
    paragraphs = extract_text("\n".join(page)).paragraphs
    assert _POSTS[3] not in paragraphs
    assert paragraphs[: len(story)] == tuple(story)


def test_member_stat_reads_posters_cards() -> None:
    """Post counts, reputation, join dates and a Q&A site's badge counts are card lines; a
    menu's "Posts" or a sentence about posts is not."""
    assert member_stat("2.8k posts")
    assert member_stat("Messages: 1,234")
    assert member_stat("Joined: Jan 2010")
    assert member_stat("14.6k2020 gold badges8383 silver badges131131 bronze badges")
    assert not member_stat("Posts")
    assert not member_stat("Top 10 posts of the week")


def test_forum_thread_needs_three_card_lines() -> None:
    """Two card lines (an author's box on an article) make no thread; three do."""
    lines = ["Intro", "2.8k posts", "Text", "Joined: Jan 2010"]
    assert not forum_thread(lines)
    assert forum_thread([*lines, "315 Reputation"])


def test_posts_numbered_under_their_dates_make_a_thread() -> None:
    """Posts numbered under their dates ("Jul 9, 2022" then "#2") make a thread, its replies
    kept under their count; a ranking's numbers ("#2" over an entry's name) do not."""
    lines = [*_MENU, "Which graphics card should I buy?"]
    for n, post in enumerate(_POSTS, start=1):
        lines += [f"Poster{n}", "Well-known member", f"Jul {n}, 2022", f"#{n}", post]
        lines += ["3 Replies"] if n == 1 else []
    assert extract_text("\n".join([*lines, *_FOOTER])).paragraphs == _POSTS
    ranking = [line for n in range(1, 5) for line in (f"#{n}", f"University {n}", "Public")]
    assert not forum_thread(ranking)


def test_thread_span_runs_from_the_first_post_to_the_last() -> None:
    """The span grows from the densest post up to the first post under a card and down to the
    last post above the footer's legal line."""
    lines = ["Menu", *_card("A", "12"), _POSTS[0], *_card("B", "13"), _POSTS[1]]
    lines += [*_card("C", "14"), _POSTS[2], "© 2024 The Forum. All rights reserved.", _POSTS[3]]
    first, last = thread_span(lines, (lines.index(_POSTS[1]), lines.index(_POSTS[1])))
    assert (first, last) == (lines.index(_POSTS[0]), lines.index(_POSTS[2]))


def test_thread_span_stops_at_a_long_run_of_short_lines() -> None:
    """Prose under a long run of short lines after the last post (a share bar and buttons,
    then the reply form's notice) is no post: the thread ends at the last post."""
    form = "You can post now and register later. If you have an account, sign in now to post."
    lines = ["Menu", *_card("A", "12"), _POSTS[0], *_card("B", "13"), _POSTS[1]]
    lines += ["Quote", "Share", "Share on X", "Share on Facebook", "Followers", form]
    first, last = thread_span(lines, (lines.index(_POSTS[0]), lines.index(_POSTS[0])))
    assert (first, last) == (lines.index(_POSTS[0]), lines.index(_POSTS[1]))


def test_post_lines_keep_one_line_posts_only() -> None:
    """Of a card's run, a sentence of four words or more stays; names, counts and buttons go."""
    run = ["Vanamonde", "Lead Moderator", "19k posts", "June 14, 2024", _ONE_LINER, "Quote"]
    assert post_lines(run) == [_ONE_LINER]


def test_join_date_labels_read_as_card_lines() -> None:
    """A card's join date under the label forum software prints ("Join Date: Mar 2016") is a
    card line, as "Joined: Jan 2010" is."""
    assert member_stat("Join Date: Mar 2016")
    assert forum_thread(["Intro", "Join Date: Mar 2016", "Text", "Posts: 1", "Join Date: Jun 2024"])


def test_card_labels_over_their_values_make_a_thread() -> None:
    """A card laid out as a table, each label over its value ("Join Date" then "Nov 2024",
    "Posts" then "8,197"), makes a thread; a menu's "Posts" over a heading does not."""
    card = ["Join Date", "Nov 2024", "Posts", "8,197"]
    assert forum_thread(["Intro", *card, "Text", "Join Date", "Aug 2004"])
    assert not forum_thread(["Posts", "Latest news", "Messages", "Inbox", "Reputation", "Help"])


def test_posted_headers_over_their_dates_make_a_thread() -> None:
    """Posts headed "Posted" over their dates ("Posted" then "October 29, 2025") make a
    thread, its replies kept under their posters' cards; one such header, a blog's over its
    story, does not."""
    lines = [*_MENU, "How to change a payment method"]
    for n, post in enumerate(_POSTS, start=1):
        lines += [f"Poster{n}", "Posted", f"October {n}, 2025", "Members", f"{n}60", post]
    assert extract_text("\n".join([*lines, *_FOOTER])).paragraphs == _POSTS
    assert not forum_thread(["My trip to the coast", "Posted", "October 2, 2025", _POSTS[0]])


def test_first_card_is_where_a_thread_s_first_card_stands() -> None:
    """The first poster's card of a thread is found; a page with no thread has none."""
    assert (
        first_card(["Menu", "Title", "ColdJ", "2.8k posts", "Text", "19k posts", "3k posts"]) == 3
    )
    assert first_card(["Menu", "Title", "ColdJ", "2.8k posts", "Text"]) is None
