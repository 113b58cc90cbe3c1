"""Plain-text scrapes: which lines are the story's (prose, lists, labels, replies) and which
are the page's (menus, teasers, comments, footers)."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from tests.pipeline.text.scrapes import HEADLINE, LEDE, MORE, PARAGRAPH


def test_the_story_is_the_densest_stretch_of_prose() -> None:
    """Teaser headlines and menus above the story and a footer of links below it are left out:
    the body is the stretch with the most prose, even when a teaser reads like a sentence."""
    text = "\n".join(
        [
            "Home",
            "News",
            "Sport",
            "Why are some countries rich and others poor, asks a new report?",
            "Weather",
            "Contact",
            "Council approves the budget after a long night",
            *(f"{PARAGRAPH} ({i})" for i in range(5)),
            "Most read",
            "Storm hits the coast",
            "Prices rise again",
            "Local team wins the cup",
            "About us",
        ]
    )
    extracted = extract_text(text)
    assert extracted.title == "Council approves the budget after a long night"
    assert extracted.paragraphs == tuple(f"{PARAGRAPH} ({i})" for i in range(5))


def test_numbered_items_inside_the_story_stay() -> None:
    """A numbered list between paragraphs (a listicle's items) is part of the story; a menu of
    the same length is not."""
    items = [f"{n}) Lego set number {n}" for n in range(1, 8)]
    text = "\n".join(["Ten gifts for nostalgic readers", PARAGRAPH, *items, PARAGRAPH + " Again."])
    assert all(item in extract_text(text).paragraphs for item in items)
    menu = ["World", "Politics", "Business", "Tech", "Science", "Health", "Travel"]
    text = "\n".join(["Ten gifts for nostalgic readers", PARAGRAPH, *menu, PARAGRAPH + " Again."])
    assert not set(menu) & set(extract_text(text).paragraphs)


def test_labels_lists_and_one_line_replies_inside_the_story_stay() -> None:
    """A label ending in ":" with its short list items, and one-line quotes or replies, are
    story lines, not a menu run."""
    lines = [
        PARAGRAPH,
        "Bahan:",
        "200 gram tepung terigu",
        "2 butir telur",
        "1 sendok teh garam",
        "Cara membuat:",
        "Campur semua bahan.",
        PARAGRAPH,
        '"Setuju," jawab para peserta rapat.',
        '"Kapan mulai?"',
        "Besok pagi, katanya.",
        PARAGRAPH,
    ]
    found = extract_text("Cara Membuat Kue Sederhana\n\n" + "\n\n".join(lines))
    assert found.title == "Cara Membuat Kue Sederhana"
    assert list(found.paragraphs) == lines


def test_labelled_list_after_the_last_paragraph_is_kept() -> None:
    """A label ending in ":" and its short items closing the story are the story's."""
    found = extract_text(
        f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\nSyarat pendaftaran:\nKTP asli\nKartu keluarga\n"
    )
    assert found.paragraphs == (LEDE, MORE, "Syarat pendaftaran:", "KTP asli", "Kartu keluarga")


def test_a_run_of_cut_off_teasers_on_a_page_is_not_the_story() -> None:
    """On a page's text (no blank lines), teasers are headlines run into an excerpt cut off
    mid-sentence (no final stop): a run of them beside the story is not taken with it; in one
    article's text (blank lines) such long lines are the story's."""
    teasers = [
        f"Council Story Number {i} Makes HeadlinesA man and a woman have been arrested in "
        "connection with the death of a student athlete in the city on"
        for i in range(6)
    ]
    page = "\n".join(["Home", "News", *teasers, "Latest", "Council approves the budget"])
    story = [LEDE, MORE, LEDE + " Lagi."]
    found = extract_text(page + "\n" + "\n".join(story))
    assert found.paragraphs == tuple(story)
    article = "\n\n".join(["Council approves the budget", LEDE, *teasers[:2], MORE])
    assert extract_text(article).paragraphs == (LEDE, *teasers[:2], MORE)


def test_teasers_glued_to_whole_excerpts_on_a_page_are_not_the_story() -> None:
    """On a page's text, teasers whose title-case headline runs into its excerpt with no space
    ("… At Troy SteakhouseA party of six left …") weigh nothing beside the story even when each
    excerpt is a whole sentence; a name with a capital inside ("McCombs") is no glue."""
    teasers = [
        f"Council Story Number {i} Makes HeadlinesA man and a woman have been arrested in "
        "connection with the death of a student athlete in the city on Monday night."
        for i in range(8)
    ]
    story = [LEDE, MORE, LEDE + " Lagi.", MORE + " Lagi."]
    page = ["Home", "News", *teasers, "Weather", "Sports", "Radio", "Council approves it", *story]
    assert extract_text("\n".join(page)).paragraphs == tuple(story)
    named = "UT Austin Business School McCombs is well respected in the state and far outside it."
    again = named.replace("respected", "known")
    page = ["Home", "News", named, again, "Weather", "Sports", "Radio", "Sign in", LEDE[:60]]
    assert extract_text("\n".join(page)).paragraphs == (named, again)


def test_a_page_story_does_not_run_into_its_comments_footer_or_teaser_blocks() -> None:
    """On a page's text, a comment thread's opening ("3 responses to …"), a teaser block's
    heading ("Read This Next") and a footer's legal lines (copyright, cookie banner) end the
    story, however much prose (comments, teaser decks, cookie text) stands after them."""
    story = [LEDE, MORE, LEDE + " Lagi."]
    comment = "It is a good thing we have no fans left, because this is a dumpster fire again."
    after = [
        ["3 responses to “Banjir Rendam Jalan”", "joe says:", comment, "ann says:", comment],
        ["Read This Next", comment, "Dec 17, 2025", comment + " Yes.", "Airlines", comment],
        ["Copyright © 2025 Example Media Group Ltd, Media Centre, Horncastle", comment, comment],
        ["This website uses cookies to improve your experience while you navigate.", comment],
    ]
    for tail in after:
        page = "\n".join(["Home", "News", "Banjir Rendam Ratusan Rumah", *story, *tail])
        assert extract_text(page).paragraphs == tuple(story), tail[0]


def test_a_story_written_one_sentence_per_line_outweighs_the_page_furniture() -> None:
    """On a page's text, an essay written one short sentence per line is the story, not the
    author's bio paragraph below it; testimonials signed with an initial ("Mallory R.") make
    no such story."""
    essay = [
        "Trains lose connectivity.",
        "Factories operate behind firewalls.",
        "Hospitals isolate their systems.",
        "Devices move, disconnect, and fail.",
        "This is not a limitation of hardware.",
        "It is a limitation of our mindset.",
        "Offline is not an edge case.",
        "Offline is the baseline for every application.",
        "The cloud is too far away.",
        "Build software that works without permission.",
        "Then watch it keep working.",
        "Every single day of the year.",
    ]
    page = "\n".join(
        [
            "Subscribe",
            "Sign in",
            "The Edge-First Software Manifesto",
            "Dec 19, 2025",
            *essay,
            "About the author",
            LEDE + " " + MORE,
        ]
    )
    found = extract_text(page)
    assert found.title == "The Edge-First Software Manifesto"
    assert found.paragraphs[: len(essay)] == tuple(essay)
    signed = [
        line
        for pair in zip(essay, [f"Mallory {c}." for c in "RSTUVWXYZABC"], strict=True)
        for line in pair
    ]
    found = extract_text("\n".join(["Home", "Reviews", *signed, LEDE + " " + MORE]))
    assert found.paragraphs == (LEDE + " " + MORE,)


def test_a_labelled_list_inside_a_page_story_stays_and_a_form_field_opens_none() -> None:
    """On a page's text, a label of three words or more ("Key cost factors to consider:") and
    its short items between two paragraphs are the story's; under a one- or two-word label
    ("Follow us:", a form field's "Password:") the short lines are the page's furniture."""
    items = [f"Cost item number {n} here" for n in range(1, 9)]
    page = ["Home", "News", HEADLINE, LEDE, "Key cost factors to consider:", *items, MORE]
    found = extract_text("\n".join(page))
    assert found.paragraphs == (LEDE, "Key cost factors to consider:", *items, MORE)
    page[4] = "Follow us:"
    assert extract_text("\n".join(page)).paragraphs in {(LEDE,), (MORE,)}


def test_hard_wrapped_prose_on_a_page_is_the_story_and_a_byline_stays_apart() -> None:
    """Prose cut into lines of a fixed width (each line part of a sentence, the next opening
    in lower case) is joined again and read as the story, not tolled as a menu beside a
    paragraph of the page's furniture; a byline or a dated line under the headline is not
    joined to it, so the headline stays the title."""
    wrapped = [
        "Cardio machines are an essential part of any gym, as they provide a convenient",
        "way to improve cardiovascular health and burn calories. Treadmills are one of",
        "the most popular cardio machines, offering a versatile platform for walking,",
        "jogging, or running at various speeds and inclines. They provide a great way",
        "to simulate outdoor running while offering the convenience of an indoor",
        "workout at any hour of the day.",
    ]
    banner = (
        "Join our newsletter today and receive weekly tips, exclusive offers and early access"
        " to every new guide we publish for our members."
    )
    headline = "The Beginner's Guide to Gym Equipment and How to Use It"
    for byline in ("by Jane Doe", "by jane | Apr 21, 2025"):
        menu = ["Classes", "Trainers", "Prices", "Blog"]
        page = ["Home", banner, *menu, headline, byline, *wrapped, "About us", "Privacy"]
        found = extract_text("\n".join(page))
        assert found.title == headline
        assert found.paragraphs == (" ".join(wrapped),)


def test_a_title_case_headline_is_not_joined_to_the_lower_case_line_under_it() -> None:
    """A headline in title case is no piece of prose a hard wrap cut: the line under it
    opening in lower case (a byline with its section and reading time, a deck opening with a
    brand written in lower case) stays apart and the headline is the title; hard-wrapped
    prose, written as sentences, is still joined."""
    wrapped = [
        "Search engine optimization continues to evolve at a rapid pace and staying",
        "ahead requires a blend of technical expertise, great content and patience.",
    ]
    headline = "Eleven Strategies for 2025 to Boost Rankings and Stay Ahead"
    for under in ("by Jane Doe | SEO | 8 min Read", "iRunFar reviews the best shoes for running"):
        page = ["Home", "Services", "Blog", headline, under, *wrapped, PARAGRAPH, "Privacy"]
        found = extract_text("\n".join(page))
        assert found.title == headline
        assert found.paragraphs[0] == " ".join(wrapped)


def test_a_checklist_without_stops_on_a_page_is_the_story_and_sentence_case_teasers_are_not() -> (
    None
):
    """On a page's text, a checklist written as instructions in lower case without stops
    ("Visit and book your reception venue") between the story's paragraphs is the story's; a run
    of teaser headlines in sentence case, which name people and places, stays out, as do
    calls to action and a category list with its counts."""
    checklist = [
        "Sit down with your partner and discuss your ideal day",
        "Draw up a budget and agree on it",
        "Visit and book your reception venue",
        "Research potential suppliers near the venue",
        "Consider and review wedding insurance options",
        "Decide what type of music you want",
    ]
    page = ["Home", "Shop", HEADLINE, LEDE, *checklist, MORE, "Privacy", "Contact"]
    assert extract_text("\n".join(page)).paragraphs == (LEDE, *checklist, MORE)
    teasers = [
        "Simone Biles offended by a banner",
        "Ferris wheel becomes giant Christmas lantern",
        "Amateur fighter dies after a bout in Ohio",
        "Teen used toy car to smuggle drugs into Texas",
        "Bella wears unbuttoned pants to an event in Paris",
        "Royal twins steal the spotlight in Monaco",
    ]
    page = ["Home", "Shop", HEADLINE, LEDE, *teasers, MORE, "Privacy", "Contact"]
    assert extract_text("\n".join(page)).paragraphs in {(LEDE,), (MORE,)}
    calls = ["Be the first to comment", "What do you think of it?", "Add a new comment here"]
    counts = [f"Anxiety and stress ({n}) items in category" for n in range(10, 14)]
    page = ["Home", "Shop", HEADLINE, LEDE, *calls, *counts, MORE, "Privacy", "Contact"]
    assert extract_text("\n".join(page)).paragraphs in {(LEDE,), (MORE,)}


def test_a_checklist_whose_items_name_a_brand_or_two_is_the_story() -> None:
    """On a page's text, a list of pros written as instructions without stops stays the
    story's when an item names two proper nouns ("Strong GDPR compliance with European data
    centers"): the run as a whole is still in lower case."""
    pros = [
        "Rapid deployment times for preconfigured servers",
        "Flexible scaling between virtual and physical infrastructure",
        "Strong GDPR compliance with European data centers",
        "Support for payments in several currencies",
        "Full automation through an open interface",
    ]
    page = ["Home", "Shop", HEADLINE, LEDE, *pros, MORE, "Privacy", "Contact"]
    assert extract_text("\n".join(page)).paragraphs == (LEDE, *pros, MORE)


def test_a_sentence_announcing_a_list_opens_a_page_story() -> None:
    """On a page's text, a sentence of eight words or more ending with a colon ("… its services
    include:") is prose: the story that opens with it keeps it."""
    intro = "The function of the department is to promote public safety; its services include:"
    page = ["Home", "Services", "Contact", HEADLINE, intro, PARAGRAPH, PARAGRAPH + " Again."]
    found = extract_text("\n".join([*page, "Privacy", "Terms"]))
    assert found.paragraphs == (intro, PARAGRAPH, PARAGRAPH + " Again.")


def test_a_transliterated_verse_stays_in_the_story_wherever_it_stands() -> None:
    """A transliterated verse (its first line often one word, "Bismillahirrahmanirrahim")
    under a label or a sentence announcing it, between paragraphs or closing the story, is the
    story's: blank lines between its lines or not."""
    verse = [
        "Bismillahirrahmanirrahim",
        "Allahumma baarik lanaa fiimaa razaqtanaa",
        "wa qinaa adzaaban naar",
    ]
    intro = "Sebelum makan, umat Islam dianjurkan membaca doa berikut ini agar makanan berkah:"
    for lines in (
        [LEDE, "Berikut bacaan doanya:", *verse, MORE],
        [LEDE, intro, *verse, MORE],
        [LEDE, MORE, "Bacaan doanya:", *verse],
        [LEDE, *verse, MORE],
    ):
        for between in ("\n\n", "\n"):
            found = extract_text(f"{HEADLINE}\n\n" + between.join(lines))
            assert list(found.paragraphs) == lines


def test_one_article_keeps_what_closes_it_down_to_its_footer_heading() -> None:
    """Under a first-line headline (one article's text), the lines after its last paragraph
    are the article's down to a navigation heading: a checklist written without stops, a
    subheading over it, a sign-off; the heading ("Tags") and what follows it are the page's."""
    closing = [
        "Persiapan sebelum berangkat",
        "Bawa kartu identitas dan fotokopinya",
        "Siapkan uang tunai secukupnya",
        "Cek jadwal keberangkatan kereta",
        "Salam hangat,",
        "Redaksi Warga",
    ]
    text = "\n\n".join([HEADLINE, LEDE, MORE, *closing, "Tags", "banjir", "jakarta", "bpbd"])
    assert extract_text(text).paragraphs == (LEDE, MORE, *closing)


def test_a_navigation_word_high_in_one_article_is_a_subheading_not_its_footer() -> None:
    """A navigation word standing over a section of the story ("Trending", "Terkini") is no
    footer heading while more of the article's prose is below it than above: the story after
    it stays; under most of the prose, it opens the footer."""
    text = "\n\n".join([HEADLINE, LEDE, "Terkini", MORE, PARAGRAPH, PARAGRAPH + " Lagi."])
    assert extract_text(text).paragraphs == (
        LEDE,
        "Terkini",
        MORE,
        PARAGRAPH,
        PARAGRAPH + " Lagi.",
    )
    text = "\n\n".join(
        [
            HEADLINE,
            LEDE,
            MORE,
            "Terkini",
            "Ketikkan komentar di sini, silakan tulis pendapat Anda.",
        ]
    )
    assert extract_text(text).paragraphs == (LEDE, MORE)


def test_a_single_paragraph_ending_without_a_stop_under_a_headline_is_kept() -> None:
    """A headline with one long paragraph under it that ends on a link (no stop) is one article:
    the headline is its title and the paragraph its body, not a page's footer."""
    body = (
        "If you have ever had to explore the interfaces of a device, you know how opaque many of "
        "them can be. While working on this problem, I put together a small tool that I now use "
        "every day to discover commands. You can find the project here: https://example.org/tool"
    )
    extracted = extract_text(f"Exploring Device Commands\n\n{body}\n")
    assert extracted.title == "Exploring Device Commands"
    assert extracted.paragraphs == (body,)
