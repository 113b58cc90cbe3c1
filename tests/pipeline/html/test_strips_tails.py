"""The last lines of a story that are the site's or the agency's, not the story's: a line of
tags or categories, a news agency's credit line, a short tail under its first line."""

from __future__ import annotations

from newswire.pipeline.html.strips import without_tail, without_wire_credit
from tests.pipeline.html.pages import page, prose, text_of


def test_a_line_of_tags_after_the_story_ends_it() -> None:
    """A story whose container ends with its tags ("Tags: a, b", "Filed under" over a line of
    topics, "Categories:") ends before that line; the same words in the story's first half,
    before most of its text, stay."""
    for tail in (
        "<p>Tags: Employment, Health &amp; Fitness, Paul Example</p>",
        "<p>Filed under</p><p>Restaurant Openings, Dining, Bars</p>",
        "<p>Filed under: Dining |</p>",
        "<p>Categories:</p><p>Administration</p><p>Benchmarking</p>",
    ):
        text = text_of(page(f'<article class="post">{prose("story", 6)}{tail}</article>'))
        assert "story 5" in text
        for word in ("Tags", "Filed under", "Categories", "Dining", "Benchmarking"):
            assert word not in text
    early = page(
        f'<article class="post"><p>Filed under</p><p>Restaurant Openings</p>{prose("story", 6)}'
        "</article>"
    )
    assert "Restaurant Openings" in text_of(early)


def test_a_news_agencys_credit_line_closing_the_story_is_dropped() -> None:
    """A story that closes with its agency's credit line ("(Reporting by ...; Editing by
    ...)", "... contributed to this report.", "... contributed reporting from ...") ends
    before it; such a line before the story's last paragraph stays."""
    for credit in (
        "(Reporting by Jane Example; Editing by John Sample)",
        "Reporting by Jane Example; additional reporting by John Sample",
        "Associated Press writers Jane Example and John Sample contributed to this report.",
        "Jane Example contributed reporting from Hong Kong.",
    ):
        text = text_of(page(f'<article class="post">{prose("story", 4)}<p>{credit}</p></article>'))
        assert "story 3" in text
        assert "Example" not in text
    inside = page(
        f'<article class="post">{prose("story", 4)}<p>Reporting by Jane Example.</p>'
        f"{prose('more', 1)}</article>"
    )
    assert "Reporting by Jane Example." in text_of(inside)


def test_a_credit_line_is_never_the_whole_text() -> None:
    """A credit line after less than two lines of story is given back as it is."""
    credit = "(Reporting by Jane Example)"
    assert without_wire_credit([credit]) == [credit]
    assert without_wire_credit(["A line.", credit]) == ["A line.", credit]
    assert without_wire_credit(["A line.", "Another.", credit]) == ["A line.", "Another."]


def test_a_paywalls_offer_after_the_storys_teaser_ends_it() -> None:
    """A paywalled story whose container ends with the publisher's offer to read this piece
    ("Become a paid subscriber to ... to unlock this piece", "Unlock this article — ...", "...
    is a reader-supported publication.") ends before the offer and the perks listed under it;
    a sentence of the story about unlocking or subscribing keeps its place."""
    for offer in (
        "Become a paid subscriber to Example Weekly to unlock this piece and learn about:",
        "Unlock this article — plus in-depth analysis, newsletters, premium events and alerts",
        "Example Notes is a reader-supported publication. To receive new posts and support my "
        "work, consider becoming a free or paid subscriber.",
    ):
        html = page(
            f'<article class="post">{prose("story", 6)}<p>{offer}</p>'
            "<ul><li>Daily insights from the newsroom</li><li>Early access to new tools</li></ul>"
            "</article>"
        )
        text = text_of(html)
        assert "story 5" in text
        assert offer not in text
        assert "Daily insights" not in text
    for sentence in (
        "Residents who subscribe to the council's alerts can unlock the bridge's bike lockers.",
        "The mayor said she would become a member of the board to read the reports herself.",
    ):
        kept = page(f'<article class="post">{prose("story", 6)}<p>{sentence}</p></article>')
        assert sentence in text_of(kept)


def test_a_donation_appeal_after_the_story_ends_it() -> None:
    """A nonprofit's appeal for donations after the story ("... we have a small favor to
    ask.", "please consider making a donation") ends the story with what follows it; a
    sentence of the story about donations stays."""
    for appeal in (
        "Since you made it to the bottom of this article, we have a small favor to ask.",
        "If you find these forms helpful, please consider making a donation to the center.",
    ):
        html = page(
            f'<article class="post">{prose("story", 6)}<p>{appeal}</p>'
            "<p>Thank you.</p><p>Jane Doe, Editor in chief</p></article>"
        )
        text = text_of(html)
        assert "story 5" in text
        assert appeal not in text
        assert "Editor in chief" not in text
    sentence = "The council will consider donations from residents to repair the bridge."
    kept = page(f'<article class="post">{prose("story", 6)}<p>{sentence}</p></article>')
    assert sentence in text_of(kept)


def test_a_sign_up_pitch_closing_the_story_is_dropped() -> None:
    """A story that closes with the site's pitch for its newsletter or subscription ("Sign up
    for ... today", "... delivered to your inbox", "... delivered through your letterbox")
    ends before it; a sentence of the story that mentions a newsletter or subscribers stays,
    and so does a pitch before the story's last paragraph."""
    for pitch in (
        "There's plenty more where that came from. Sign up for The Example Brief today to get "
        "the free daily newsletter.",
        "Get Example Monthly delivered through your letterbox every month. 12 issues for £11.99.",
        "Sign up today and make this your healthiest fall yet.",
    ):
        text = text_of(page(f'<article class="post">{prose("story", 6)}<p>{pitch}</p></article>'))
        assert "story 5" in text
        assert pitch not in text
    for sentence in (
        "The paper's newsletter now reaches forty thousand subscribers in the county, she said.",
        "Sign up for the bridge run opens on Monday at the council's office.",
    ):
        kept = page(f'<article class="post">{prose("story", 6)}<p>{sentence}</p></article>')
        assert sentence in text_of(kept)
    early = page(
        '<article class="post"><p>Sign up today and make this your healthiest fall yet.</p>'
        f"{prose('story', 6)}</article>"
    )
    assert "healthiest fall" in text_of(early)


def test_a_tails_share_does_not_tip_with_the_spaces_between_links() -> None:
    """A shop's hub of link lists ending in an "Explore more" list of about 0.4 of its text
    keeps it whether its masthead's links are glued ("Weekly AdRegistry...") or spaced; a
    shorter list goes either way."""
    links = ["Weekly Ad", "Registry", "Find Stores", "Gift Cards", "Deals", "Circle", "Orders"]
    links += ["Help", "Sign in", "Cart"]
    for glue in ("", " "):
        hub = [glue.join(links), *(f"Board games aisle {i}" for i in range(12))]
        for shelves, kept in ((10, True), (9, False)):
            tail = ["Explore more", *(f"Board games shelf {i}" for i in range(shelves))]
            assert without_tail(hub + tail) == (hub + tail if kept else hub)


def test_a_tail_short_in_words_or_in_characters_goes() -> None:
    """A tail goes when it is short counted either way: a health story's print box of short
    words after long-worded prose (0.34 of the characters but spaces, 0.66 of the words), a
    forum's strip of long-worded thread titles after short-worded replies (0.21 of the words,
    0.46 of the characters but spaces)."""
    prose = [
        f"Regular exercise considerably improves psychological wellbeing {i}." for i in range(6)
    ]
    box = [
        "Print this page",
        *(f"It is not a way to do it, so go to a GP if ill {i}." for i in range(5)),
    ]
    assert without_tail(prose + box) == prose
    replies = [
        f"Reply {i}: I tried it too, and it is fine if you do it as I did." for i in range(6)
    ]
    strip = ["Similar discussions"]
    strip += [f"Recommendations regarding mechanical keyboards {i}" for i in range(5)]
    assert without_tail(replies + strip) == replies


def test_a_requirements_tables_recommended_column_stays() -> None:
    """A requirements table's second column under its label "Recommended:" (after the
    "Minimum:" one) is the product's own and stays; a bare "Recommended" over a strip of
    teasers after the story still ends it."""
    column = (
        "<p>Minimum:</p><ul><li>Memory: 8 GB RAM</li><li>Storage: 110 GB available space</li></ul>"
        "<p>Recommended:</p><ul><li>Memory: 16 GB RAM</li><li>Graphics: a recent card</li></ul>"
    )
    text = text_of(page(f'<article class="post">{prose("story", 6)}{column}</article>'))
    assert "Memory: 16 GB RAM" in text
    assert "Graphics: a recent card" in text
    strip = "<p>Recommended</p><p>Ten bridges to see this spring</p><p>The best river walks</p>"
    text = text_of(page(f'<article class="post">{prose("story", 6)}{strip}</article>'))
    assert "story 5" in text
    assert "Ten bridges" not in text


def test_a_strip_opened_by_a_sentence_or_a_link_label_ends_the_story() -> None:
    """A strip of other stories after the story, opened by a sentence that presents it ("On a
    related note, here are some interesting articles.") or by "Read more articles", goes; a
    line of the story opening "On a related note," on its own subject stays."""
    story = [f"The team kept a rolling file of its tasks, day after day {i}." for i in range(6)]
    teasers = ["Why Developers Build Unfinished Calculators", "Do you work remote?"]
    for opener in ("On a related note, here are some interesting articles.", "Read more articles"):
        assert without_tail([*story, opener, *teasers]) == story
    aside = "On a related note, if your solution has many projects, pin their versions."
    assert without_tail([*story, aside, *story[:2]]) == [*story, aside, *story[:2]]
