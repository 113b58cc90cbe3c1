"""Finding the headline of a text scrape."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.headline_shape import dated_line, headline_like

_STORY = (
    "Pemerintah Provinsi DKI Jakarta menyiapkan sejumlah langkah untuk mengatasi banjir yang "
    "melanda beberapa wilayah ibu kota pada pekan ini, kata pejabat setempat.",
    "Menurut data Badan Penanggulangan Bencana Daerah, sedikitnya 120 rumah warga terendam air "
    "setinggi satu meter sejak Senin malam dan warga mulai mengungsi.",
)


def test_a_phone_number_printed_twice_in_the_header_is_not_the_headline() -> None:
    """A page header prints the phone number twice (top bar and menu): a line with no letters
    is no headline, however long its one "word", so the headline above the story wins."""
    page = "\n".join(
        [
            "208-595-5095",
            "Bill Pay",
            "Menu",
            "208-595-5095",
            "Patient Portal",
            "Tips for Sleep Training Your Toddler",
            *_STORY,
        ]
    )
    assert extract_text(page).title == "Tips for Sleep Training Your Toddler"


#: One article's lines under its headline that a page's menu rule would toll: a one-line reply,
#: a recipe's label and its items.
_SHORT_STORY_LINES = (
    '"Setuju," jawab para peserta rapat.',
    "Bahan:",
    "200 g tepung",
    "2 butir telur",
)


def _article(*top: str) -> str:
    """One article's text: ``top`` (the headline, with what a scraper prints around it), a
    blank line, then a story with short lines among its paragraphs."""
    body = [_STORY[0], *_SHORT_STORY_LINES, _STORY[1]]
    return "\n".join(top) + "\n\n" + "\n\n".join(body) + "\n"


def test_a_headline_opening_on_a_label_word_still_heads_one_article() -> None:
    """A first-line headline whose first word is also a credit or byline label ("Foto-foto …",
    "Sumber …", "Oleh-oleh …": Indonesian headlines) is the title, and the text under its blank
    line is one article: its reply, label and list items stay."""
    for headline in (
        "Foto-foto Banjir Jakarta yang Rendam Ribuan Rumah",
        "Sumber Air Warga Mengering, Pemkab Kirim Bantuan",
        "Oleh-oleh Khas Bandung yang Wajib Dibeli",
        "Kisah Seorang Reporter",
    ):
        found = extract_text(_article(headline))
        assert found.title == headline
        assert all(line in found.paragraphs for line in _SHORT_STORY_LINES), headline


def test_an_ad_label_above_the_headline_or_a_date_under_it_keeps_one_article() -> None:
    """An ad label or close button printed above the headline, or a date line right under it
    before the blank line, leaves the text one article's: the headline is the title and the
    story's short lines stay."""
    headline = "Jokowi Resmikan Tol Baru di Jawa Tengah"
    for top in (
        ("ADVERTISEMENT", "", headline),
        ("x", "", headline),
        (headline, "Kamis, 24 Okt 2020 10:00 WIB"),
    ):
        found = extract_text(_article(*top))
        assert found.title == headline
        assert all(line in found.paragraphs for line in _SHORT_STORY_LINES), top


def test_a_page_text_without_blank_lines_is_still_read_as_a_page() -> None:
    """A page's "get text" (one line per block, no blank line) under the same headline is a
    page: its menu run of one-word entries goes, whatever the first line is."""
    page = "\n".join(["Foto-foto Banjir Jakarta", _STORY[0], "Home", "News", "Sport", _STORY[1]])
    found = extract_text(page)
    assert "Home" not in found.paragraphs
    assert _STORY[1] in found.paragraphs


def test_a_headline_glued_to_the_first_paragraph_still_heads_one_article() -> None:
    """A headline with its first paragraph on the very next line (one line break, no blank
    line) over a text of blank-line paragraphs is the title, however short, and the text is one
    article: a short lede and the story's short lines stay."""
    for headline, lede in (
        (
            "Tidak Berjalan Baik",
            "Rapat warga kemarin tidak berjalan baik karena banyak yang absen.",
        ),
        ("Eropa Memastikan Kemenangan", "Jakarta - Kami bertengkar. Hormat kepada Thomas."),
    ):
        text = _article(headline).replace(f"{headline}\n\n", f"{headline}\n{lede}\n\n", 1)
        found = extract_text(text)
        assert found.title == headline
        assert found.paragraphs[0] in {lede, lede.removeprefix("Jakarta - ")}
        assert all(line in found.paragraphs for line in _SHORT_STORY_LINES), headline


def test_a_glued_first_line_needs_a_blank_line_under_its_paragraph() -> None:
    """Without a blank line under the paragraph below it (a page's "get text", one line per
    block) a first line is not taken for a glued headline: the page's menu run still goes."""
    page = "\n".join(["Home", _STORY[0], "News", "Sport", "Video", _STORY[1]])
    found = extract_text(page)
    assert found.title != "Home"
    assert "Sport" not in found.paragraphs


def test_a_breadcrumb_trail_is_not_the_headline() -> None:
    """A breadcrumb trail ending with its sign ("Home » Column »") leads to the page and does
    not name it: above a story whose headline is too short to be sought, the title is None,
    and above a story with a headline, the headline wins over the trail nearer the story."""
    trail = ["Home", "Blog", "Games", "Home » Column »", "13 Aug", "About bugs"]
    assert extract_text("\n".join([*trail, "August 13, 2018", *_STORY])).title is None
    page = [*trail[:3], "Tips for Sleep Training Your Toddler", "Home › Parenting › Sleep ›"]
    assert extract_text("\n".join([*page, *_STORY])).title == (
        "Tips for Sleep Training Your Toddler"
    )


def test_a_headline_glued_to_a_short_line_over_a_blank_line_heads_one_article() -> None:
    """A headline with a short line of the story right under it (a subheading, a month, a
    reading time) and a blank line under that is the title; the short line opens the body and
    the story's short lines stay."""
    for headline, short in (
        ("Wine Regions", "An Intro to Wine Regions of the World"),
        ("The Five Best Noise-Canceling Headphones", "November 2015"),
        ("Podcast Equipment Guide", "Reading Time: 8 minutes"),
    ):
        found = extract_text(_article(headline, short))
        assert found.title == headline
        assert found.paragraphs[0] == short
        assert all(line in found.paragraphs for line in _SHORT_STORY_LINES), headline


def test_two_menu_entries_over_a_blank_line_are_no_glued_headline() -> None:
    """Two short menu entries over a blank line ("About Us" / "Contact") are not a headline
    and its subheading: the text is not read as one article under them, and the second entry
    does not open its body."""
    assert "Contact" not in extract_text(_article("About Us", "Contact")).paragraphs


def test_a_photo_credit_is_never_the_headline() -> None:
    """A photo's or a wire's credit printed just above the story, beside the byline ("(Reed
    Saxon / Associated Press)", "REUTERS/Willy Kurniawan", "Photo: Jane Doe / AFP", a caption
    ending with its credit) is never taken for the headline; the headline above it is."""
    for credit in (
        "(Reed Saxon / Associated Press)",
        "(Reuters)",
        "REUTERS/Willy Kurniawan",
        "Photo: Jane Doe / AFP",
        "Warga mengungsi di Jakarta Utara. (Foto: ANTARA/Hafidz)",
    ):
        page = ["Home", "News", "Tips for Sleep Training Your Toddler", credit, "By Jane Doe"]
        found = extract_text("\n".join([*page, *_STORY]))
        assert found.title == "Tips for Sleep Training Your Toddler", credit


def test_a_deck_under_the_headline_is_not_the_headline() -> None:
    """When the share bar under a headline and its one-sentence deck pushes the headline far
    from the story, the deck (a sentence ending with a stop) is not the title: the line without
    a stop right above it is."""
    deck = (
        "The Walt Disney Co. said overwhelming consumer demand led to some problems as it "
        "rolled out the Disney+ streaming service."
    )
    share = ["Facebook", "Twitter", "Show more sharing options", "LinkedIn", "Email", "Print"]
    page = ["Home", "Company Town", "Disney+ glitches follow the launch", deck, "By Jane Doe"]
    found = extract_text("\n".join([*page, "Nov. 19, 2019", *share * 2, *_STORY]))
    assert found.title == "Disney+ glitches follow the launch"
    lone = ["Home", "Company Town", deck, "By Jane Doe", "Nov. 19, 2019", *share * 2]
    # With no headline-like line above it (a section's two-word label), the deck stays.
    assert extract_text("\n".join([*lone, *_STORY])).title == deck


def test_a_byline_naming_the_writers_role_is_never_the_headline() -> None:
    """A byline naming the writer's role ("Written by …", "Medically reviewed by …", "Ditulis
    oleh …") above the story is a credit, not the headline: the headline above it wins, and a
    headline opening with a participle before "by" ("Stand by Me …") is still one."""
    for byline in (
        "Written by Danielle DeSiato, Donna Enzmann, and Natalie Nguyen",
        "Medically reviewed by Kristina Katt, CPA, EA",
        "Edited by Marie White, CEPF®",
        "Ditulis oleh Rina Wulandari dan Tim Redaksi",
        "Authored by: Dr. Jane Doe",
    ):
        page = ["Home", "News", "Tips for Sleep Training Your Toddler", byline, "June 11, 2024"]
        found = extract_text("\n".join([*page, *_STORY]))
        assert found.title == "Tips for Sleep Training Your Toddler", byline
    page = ["Home", "News", "Stand by Me at forty: the film that made us", "June 11, 2024"]
    assert extract_text("\n".join([*page, *_STORY])).title == page[2]


def test_a_reading_time_line_is_never_the_headline() -> None:
    """A story's reading time above it ("~ 6 minutes read", "Bridgestone Team | 5 min read",
    printed twice or not) is page furniture: the headline above it is the title."""
    for reading in ("~ 6 minutes read", "Bridgestone Team | 5 min read", "· 12 minute read"):
        page = ["Home", "Tips for Sleep Training Your Toddler", reading, "Share", reading]
        found = extract_text("\n".join([*page, *_STORY]))
        assert found.title == "Tips for Sleep Training Your Toddler", reading


def test_a_skip_link_on_the_first_line_does_not_outrank_the_headline() -> None:
    """A page's first line "Skip to main content" (four words, like a headline) does not take
    precedence over the headline just above the story."""
    page = ["Skip to main content", "Columnists", "Editorials", "How meditation rewires brains"]
    assert extract_text("\n".join([*page, *_STORY])).title == page[-1]


def test_a_skip_link_on_the_first_line_is_never_the_fallback_title() -> None:
    """A page's text whose only headline-like line is its first, a skip link ("Skip to
    content") over one-word menu entries, has no title rather than the skip link; the same
    shape of line over a blank line and a story heads one article's text ("Tech conferences
    in Americas 2026 / 2027": a gallery counter's shape)."""
    page = ["Skip to content", "Home", "About", "Contact", "Blog"]
    assert extract_text("\n".join([*page, *_STORY])).title is None
    headline = "Tech conferences in Americas 2026 / 2027"
    assert extract_text("\n\n".join([headline, *_STORY])).title == headline


def test_a_call_to_action_above_the_story_is_not_the_headline() -> None:
    """A banner's call to action ("Start Your Free Trial Today", "Learn about our editorial
    policies") right above the story is no headline: the headline above it is."""
    for action in ("Start Your Free Trial Today", "Learn about our editorial policies"):
        page = ["Menu", "How Meditation Rewires the Brain", action]
        assert extract_text("\n".join([*page, *_STORY])).title == page[1], action
    assert not headline_like("Subscribe to Our Newsletter Today")
    assert headline_like("Startups Join Forces Over Flood Relief")


def test_one_long_word_of_a_menu_is_not_headline_like() -> None:
    """A menu's single word of ten letters or more ("Photography", "Columnists") is one word,
    not a line of a script written without spaces: the four-word headline further from the
    story wins; a Japanese headline of one run of characters is still found."""
    page = ["Menu", "Poor man's productivity trick", "JavaScript", "Photography"]
    assert extract_text("\n".join([*page, *_STORY])).title == page[1]
    story = [
        "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。",
        "商品を改造して販売する行為は、商標権の侵害になる場合があるので注意が必要です。",
    ]
    assert extract_text("\n".join(["ホーム", "商品の改造が商標法違反に！？", *story])).title == (
        "商品の改造が商標法違反に！？"
    )


def test_page_notes_around_the_headline_are_never_the_headline() -> None:
    """A copyright line, a link to the site's editorial process, a print button and a dated
    publishing byline printed near the story name no article: the headline is the title, and
    a headline about copyright law stays one."""
    for note in (
        "© A.M. Best Company, Inc. — used by permission",
        "Learn about our editorial process",
        "Print This Page Click to Print",
        "Published on December 2nd, 2025 by Chen Zhao and Daryl Fairweather",
    ):
        page = ["Home", "Tips for Sleep Training Your Toddler", note, "Share"]
        found = extract_text("\n".join([*page, *_STORY]))
        assert found.title == "Tips for Sleep Training Your Toddler", note
    page = ["Home", "Copyright law changes that matter in 2026", "Share"]
    assert extract_text("\n".join([*page, *_STORY])).title == page[1]


def test_the_line_a_breadcrumb_trail_ends_with_is_the_headline() -> None:
    """A breadcrumb trail above the story names the page last ("Home > Blog > …"): the line
    equal to its last step is the headline, not the trail itself nor a button printed twice;
    a trail whose last step no line repeats changes nothing."""
    headline = "Top Dental Resolutions for 2025"
    page = ["Book a Demo Now", "Book a Demo Now", headline, "January 8, 2025"]
    trail = f"Home > Blog > {headline}"
    assert extract_text("\n".join([*page, trail, *_STORY])).title == headline
    assert extract_text("\n".join([trail, *page, *_STORY])).title == headline
    other = ["Menu", "Home » Columns » Opinion", "Stand by Me at forty: the film that made us"]
    assert extract_text("\n".join([*other, *_STORY])).title == other[-1]


def test_of_two_lines_printed_twice_the_pair_nearest_the_story_is_the_headline() -> None:
    """A page's header prints its buttons twice (desktop and mobile menus); the headline
    printed twice (heading and share text) stands nearer the story and wins."""
    headline = "How To Use Gym Equipment (With Confidence!)"
    page = ["Unlock Sweat x Calm", "Articles", "Unlock Sweat x Calm", "Blogs", headline, headline]
    assert extract_text("\n".join([*page, *_STORY])).title == headline


def test_a_title_case_headline_over_its_sentence_deck_is_the_headline() -> None:
    """A headline in title case over a deck written as a sentence without a stop: the
    headline, not the deck nearer the story; a deck in title case too stays the nearer line."""
    page = ["Menu", "Making Google Sans Flex", "How seven design problems shaped a typeface"]
    assert extract_text("\n".join([*page, *_STORY])).title == page[1]
    page = ["Menu", "Making Google Sans Flex", "How Seven Design Problems Shaped It"]
    assert extract_text("\n".join([*page, *_STORY])).title == page[2]


def test_a_site_name_on_the_first_line_does_not_outrank_the_headline() -> None:
    """A page's first line of four words and more (its site's name, a menu glued into one
    line) is no headline when a headline-like line stands just above the story."""
    page = [
        "Learning Loom - Tales of Technology",
        "Archive",
        "Reimplementing Unix correct: The Lost Corrector",
    ]
    assert extract_text("\n".join([*page, *_STORY])).title == page[-1]


def test_a_headline_whose_date_stands_under_its_deck_outranks_the_deck() -> None:
    """A page prints its headline, a deck or a credit, then the byline, date or reading time:
    the line with such a line within the next three is the headline, not the deck or a box's
    heading nearer the story."""
    page = [
        "Menu",
        "Forbidden Career Advice for Software Developers",
        "Brian Jenney",
        "6 min read",
        "Share",
        "The Stuff No One Tells You About",
    ]
    assert extract_text("\n".join([*page, *_STORY])).title == page[1]


def test_a_table_of_contents_above_the_story_neither_outranks_nor_hides_the_headline() -> None:
    """A guide lists its sections under its headline and prints each again over its own
    paragraphs: an entry (or its heading right above the first paragraph) is never the
    headline, and the list counts for no distance, however long."""
    headline = "The Complete Guide To Growing Tomatoes At Home"
    sections = [f"Step {n}: Caring For Your Tomato Plants Part {n}" for n in range(1, 19)]
    page = ["Menu", headline, "By Jane Doe", "Table of Contents", *sections]
    story = [line for section in sections for line in (section, *_STORY)]
    assert extract_text("\n".join([*page, *story])).title == headline


def test_a_sentence_case_headline_over_its_sentence_deck_is_the_headline() -> None:
    """A headline written as a sentence over a deck written as one too, the byline under them:
    the headline, not the deck nearer the story."""
    page = [
        "Menu",
        "These are the best major appliances of 2025",
        "Here is what we are excited about this year",
        "Written by Jane Doe",
    ]
    assert extract_text("\n".join([*page, *_STORY])).title == page[1]


def _list_article(byline: str) -> str:
    """A list article's page: menus, the headline with ``byline`` under it, an intro paragraph,
    a table of contents longer than the headline window, then the densest prose (the first
    entry's section)."""
    entries = [f"{rank}. Rental Company Number {rank} Reviewed" for rank in range(1, 19)]
    section = (
        "Enterprise has the largest fleet of any rental company in the country, and its "
        "branches stand in most towns, so a renter rarely drives far to pick up a car. "
    ) * 3
    return "\n".join(
        [
            "Home",
            "Travel Guides and Deals",
            "The 10 Best Car Rental Companies in 2025 [Rates, Service, Loyalty]",
            byline,
            "We rented cars from a dozen companies over two years to find the best ones.",
            "Table of Contents",
            *entries,
            "Best Car Rental Companies by Category",
            section,
            section,
        ]
    )


def test_a_dated_headline_above_a_long_list_heads_the_story() -> None:
    """A list article's densest prose stands far down, under its table of contents: the
    headline-like line with its byline under it and the intro paragraph below is the headline,
    not the section heading nearest the dense prose."""
    found = extract_text(_list_article("By Jane Doe"))
    assert found.title == "The 10 Best Car Rental Companies in 2025 [Rates, Service, Loyalty]"


def test_an_undated_line_above_a_long_list_is_not_taken_for_the_headline() -> None:
    """Without a date or byline under it, a line above the window is no headline: the nearest
    headline-like line above the dense prose stays the title."""
    found = extract_text(_list_article("Rated by our readers"))
    assert found.title == "Best Car Rental Companies by Category"


def test_a_date_with_an_ordinal_day_marks_the_headline_above_it() -> None:
    """A date written with an ordinal day ("June 5th, 2025") under the headline is a date: the
    headline with it under it outranks a deck line nearer the story."""
    assert dated_line("June 5th, 2025")
    assert dated_line("Posted on 21st March 2024")
    page = "\n".join(
        [
            "Menu",
            "Where To Store Office Supplies",
            "June 5th, 2025",
            "Digital Organization Office Tips",
            *_STORY,
        ]
    )
    assert extract_text(page).title == "Where To Store Office Supplies"


def test_a_line_of_page_controls_yields_to_the_headline() -> None:
    """A line naming the page's controls ("Toggle Menu Toggle Site Search") ranks below a
    headline of four words, even nearer the story and longer."""
    page = "\n".join(
        [
            "Log in to use authoring capabilities",
            "Toggle Menu Toggle Site Search",
            "Keep Your Teeth Healthy",
            "Sign in with Email Login",
            *_STORY,
        ]
    )
    assert extract_text(page).title == "Keep Your Teeth Healthy"


def test_a_disclosure_opening_the_densest_prose_is_passed_over_for_the_headline_under_it() -> None:
    """A review page prints its affiliate disclosure as a paragraph right above the headline:
    the story starts after it and the headline under it is the title, not a line above."""
    disclosure = (
        "We independently evaluate all of our recommendations. If you click on links we "
        "provide, we may receive compensation."
    )
    page = "\n".join(
        [
            "Medical Expert Board",
            "Testing and Vetting Products",
            disclosure,
            "After Testing Over 40 Electric Toothbrushes, These Are the Best for Every Need",
            *_STORY,
        ]
    )
    title = "After Testing Over 40 Electric Toothbrushes, These Are the Best for Every Need"
    assert extract_text(page).title == title
    # A story that opens on a paragraph naming a commission keeps its start.
    story = "\n".join(["Council Approves the New Budget Today", disclosure, *_STORY])
    assert extract_text(story).title == "Council Approves the New Budget Today"


def test_a_control_line_under_the_deck_does_not_stop_the_climb_to_the_headline() -> None:
    """A sentence-case headline, its sentence-case deck, then a control line read as a deck of
    its own ("Manage alerts for this article"): the headline at the top of that run of decks
    is the title, not the deck one line up from the control."""
    page = [
        "Health",
        "Employers drop coverage for weight loss drugs as direct programs grow",
        "Prices touted as discounts will remain unaffordable for many workers",
        "Manage alerts for this article",
    ]
    assert extract_text("\n".join([*page, *_STORY])).title == page[1]


def test_a_headline_restated_after_a_few_glued_words_is_the_shorter_line() -> None:
    """A line nearer the story restating the headline after a few glued words (a trail
    printed without its signs) gives the headline it restates; more than three glued words
    before it are a sentence of their own, not a restatement."""
    page = [
        "Menu",
        "Top Home Gym Must Haves For Every Budget",
        "Home Blog Fitness Top Home Gym Must Haves For Every Budget",
    ]
    assert extract_text("\n".join([*page, *_STORY])).title == page[1]
    page[2] = "Why We Think That Top Home Gym Must Haves For Every Budget"
    assert extract_text("\n".join([*page, *_STORY])).title == page[2]


def test_a_date_with_a_comma_before_its_year_is_no_headline() -> None:
    """A date written "Sat, 20 Dec, 2025 - 06:36" is a date line, never the headline above it."""
    page = ["Menu", "Sat, 20 Dec, 2025 - 06:36", "In the garden: three great evergreens"]
    found = extract_text("\n".join([*page, *_STORY]))
    assert found.title == page[2]


def test_a_name_under_a_lone_byline_label_is_not_the_headline() -> None:
    """A byline's label printed alone ("By:") with the name on the next line: the name, four
    words and nearer the story, is no headline; the headline above them is."""
    page = [
        "Menu",
        "Renovation Trends and Why They Are Smart",
        "By:",
        "The Great Day Editorial Team",
    ]
    assert extract_text("\n".join([*page, *_STORY])).title == page[1]


def test_a_caption_with_its_photo_credit_after_a_pipe_is_not_the_headline() -> None:
    """A picture's caption closed by its credit after a pipe ("… this year. | Photo by Jane
    Doe"), nearest the story, is no headline: the headline above it is; a headline holding a
    pipe but no credit after it stays headline-like."""
    page = [
        "Menu",
        "Paris Baguette wants to be the neighborhood bakery",
        "Facebook",
        "The chain opened 80 units in North America this year. | Photo by Jane Doe",
    ]
    assert extract_text("\n".join([*page, *_STORY])).title == page[1]
    assert headline_like("Best Residential Movers in 2025 | Top 19 Companies")


def test_a_byline_label_alone_dates_the_headline_above_it() -> None:
    """A byline's label on its own line ("By", the name on the next line) marks the headline
    above it as a byline does."""
    assert dated_line("By")
    assert dated_line("Author:")
    assert not dated_line("Get Our Newsletter For Parents Today")
    page = "\n".join(
        [
            "Home",
            "Tips for Sleep Training Your Toddler",
            "By",
            "Jane Doe",
            "Get Our Newsletter For Parents Today",
            *_STORY,
        ]
    )
    assert extract_text(page).title == "Tips for Sleep Training Your Toddler"
