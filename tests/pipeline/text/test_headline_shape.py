"""What a headline looks like as a line of a scrape: the lines that never are one (credits,
bylines, reading times, calls to action, page notes, captions) and the date lines under one."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.headline_shape import dated_line, headline_like
from tests.pipeline.text.scrapes import STORY_LINES


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
        found = extract_text("\n".join([*page, *STORY_LINES]))
        assert found.title == "Tips for Sleep Training Your Toddler", credit


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
        found = extract_text("\n".join([*page, *STORY_LINES]))
        assert found.title == "Tips for Sleep Training Your Toddler", byline
    page = ["Home", "News", "Stand by Me at forty: the film that made us", "June 11, 2024"]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[2]


def test_a_reading_time_line_is_never_the_headline() -> None:
    """A story's reading time above it ("~ 6 minutes read", "Bridgestone Team | 5 min read",
    printed twice or not) is page furniture: the headline above it is the title."""
    for reading in ("~ 6 minutes read", "Bridgestone Team | 5 min read", "· 12 minute read"):
        page = ["Home", "Tips for Sleep Training Your Toddler", reading, "Share", reading]
        found = extract_text("\n".join([*page, *STORY_LINES]))
        assert found.title == "Tips for Sleep Training Your Toddler", reading


def test_a_call_to_action_above_the_story_is_not_the_headline() -> None:
    """A banner's call to action ("Start Your Free Trial Today", "Learn about our editorial
    policies") right above the story is no headline: the headline above it is."""
    for action in ("Start Your Free Trial Today", "Learn about our editorial policies"):
        page = ["Menu", "How Meditation Rewires the Brain", action]
        assert extract_text("\n".join([*page, *STORY_LINES])).title == page[1], action
    assert not headline_like("Subscribe to Our Newsletter Today")
    assert headline_like("Startups Join Forces Over Flood Relief")


def test_one_long_word_of_a_menu_is_not_headline_like() -> None:
    """A menu's single word of ten letters or more ("Photography", "Columnists") is one word,
    not a line of a script written without spaces: the four-word headline further from the
    story wins; a Japanese headline of one run of characters is still found."""
    page = ["Menu", "Poor man's productivity trick", "JavaScript", "Photography"]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[1]
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
        found = extract_text("\n".join([*page, *STORY_LINES]))
        assert found.title == "Tips for Sleep Training Your Toddler", note
    page = ["Home", "Copyright law changes that matter in 2026", "Share"]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[1]


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
            *STORY_LINES,
        ]
    )
    assert extract_text(page).title == "Where To Store Office Supplies"


def test_a_date_with_a_comma_before_its_year_is_no_headline() -> None:
    """A date written "Sat, 20 Dec, 2025 - 06:36" is a date line, never the headline above it."""
    page = ["Menu", "Sat, 20 Dec, 2025 - 06:36", "In the garden: three great evergreens"]
    found = extract_text("\n".join([*page, *STORY_LINES]))
    assert found.title == page[2]


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
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[1]
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
            *STORY_LINES,
        ]
    )
    assert extract_text(page).title == "Tips for Sleep Training Your Toddler"
