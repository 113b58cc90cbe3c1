"""Telling a run of short lines in a text scrape's story from a menu (``menu_runs``)."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.menu_runs import drawn, unless_menu
from tests.pipeline.text.scrapes import HEADLINE, LEDE, MORE, PARAGRAPH, STORY_LINES


def test_a_drawing_in_characters_inside_one_article_is_kept() -> None:
    """A grid drawn in characters (".#X#" / "##.X": no space, as many marks as letters) between
    a programming post's paragraphs is data, not a menu run of one-word entries; a menu's
    separator lines ("|") hold no letter and are no drawing."""
    grid = ["..#XXX#..", "..X...X..", "..#XXX#..", "ends up looking like", ".#X#", "##.X"]
    text = "\n\n".join([HEADLINE, STORY_LINES[0], *grid, STORY_LINES[1]])
    found = extract_text(text)
    assert all(line in found.paragraphs for line in grid)
    assert drawn(".#X#")
    assert not drawn("|")
    assert not drawn("Home")
    assert not drawn("")


def test_a_list_a_short_sentence_announces_with_a_colon_is_the_storys() -> None:
    """In one article's text, a run of one- and two-word names opened by a sentence of eight
    words or more ending with a colon is the list it announces, kept; the same names under a
    two-word label ("Follow us:") are a menu."""
    prose = "Expanding your personal insurance to cover rideshare trips could protect you more."
    names = ["AAA", "Esurance", "State Farm", "Allstate", "Farmers", "Travelers"]
    label = "These insurers may offer rideshare and delivery coverage options:"
    after = "Contact your insurance agent or broker to learn about the options you have."
    run = [label, *names]
    assert unless_menu(run, article=True, above=prose, below=after) == run
    menu = ["Follow us:", *names]
    assert unless_menu(menu, article=True, above=prose, below=after) == []


def test_a_list_the_story_announces_between_its_paragraphs_stays_on_a_page() -> None:
    """On a page, a run of short entries between two of the story's paragraphs stays when
    the paragraph above announces it with a colon; the same run under a paragraph that ends
    its own sentence is a menu and goes."""
    items = ["Reporting losses", "Rental counter steps", "International drivers"]
    announcing = "Petugas menyebut beberapa hal yang dibahas dalam panduan keselamatan ini:"
    kept = unless_menu(items, above=announcing, below=STORY_LINES[1])
    assert kept == items
    assert unless_menu(items, above=STORY_LINES[0], below=STORY_LINES[1]) == []
    # At the story's end (no paragraph below) a run is a page's menu or footer.
    assert unless_menu(items, above=announcing) == []


def test_a_share_bar_label_does_not_open_a_list() -> None:
    """ "Share this:" and its one-word buttons after the story are not a labelled list."""
    text = "\n\n".join(
        [
            "Jalan Rusak Diperbaiki Bulan Depan",
            PARAGRAPH,
            PARAGRAPH,
            "Share this:",
            "Facebook",
            "Twitter",
            "Cetak",
            "Lagi",
            "LinkedIn",
            "Reddit",
            "Sukai ini:",
            "Terkait",
            "Ketikkan komentar di sini... silakan tulis pendapat Anda.",
        ]
    )
    assert extract_text(text).paragraphs == (PARAGRAPH, PARAGRAPH)


def test_a_run_of_data_or_code_lines_in_one_article_is_no_menu() -> None:
    """In one article's text, a run of short lines holding figures or marks (a table's column,
    a recipe's times, a code block) stays; a run of plain one-word entries (a share bar, a
    pager's bare numbers) between the same paragraphs is a menu and goes."""
    for data in (
        ["Persiapan", "10 menit", "Memasak", "45 menit", "Hasil", "4 porsi"],
        ["Jakarta, DKI", "Bandung, Jabar", "Surabaya, Jatim"],
        ["let x = 1;", "x += 2;", "print(x)"],
    ):
        text = "\n\n".join([HEADLINE, LEDE, *data, MORE])
        assert extract_text(text).paragraphs == (LEDE, *data, MORE)
    for menu in (
        ["Facebook", "Twitter", "WhatsApp", "Salin tautan"],
        ["1", "2", "3", "Berikutnya"],
    ):
        text = "\n\n".join([HEADLINE, LEDE, *menu, MORE])
        assert extract_text(text).paragraphs == (LEDE, MORE)


def test_a_list_the_story_announces_or_leads_into_is_no_menu() -> None:
    """In one article's text, a run of short plain items is the story's list when the prose line
    above announces it (a colon, or "the following" / "berikut" in its last sentence), when it leads into a bulleted list, or when a third of its
    lines are data (a product card's price); the same run after a sentence-ended paragraph, with
    no list below and no data, is a share bar or menu and goes."""
    items = ["Google Keyword Planner", "Ubersuggest", "AnswerThePublic"]
    announced = LEDE[:-1] + " Gunakan alat seperti:"
    text = "\n\n".join([HEADLINE, announced, *items, MORE])
    assert extract_text(text).paragraphs == (announced, *items, MORE)
    in_words = LEDE + " Syaratnya sebagai berikut."
    text = "\n\n".join([HEADLINE, in_words, *items, MORE])
    assert extract_text(text).paragraphs == (in_words, *items, MORE)
    labels = ["Persiapan", "Memanggang", "Bahan"]
    bullets = ["- 500 g tepung terigu protein tinggi merek apa saja yang ada di dapur Anda"]
    text = "\n\n".join([HEADLINE, LEDE, *labels, *bullets, MORE])
    assert extract_text(text).paragraphs == (LEDE, *labels, *bullets, MORE)
    card = ["Lampu lantai Govee", "Rp1.500.000", "Terbaik"]
    text = "\n\n".join([HEADLINE, LEDE, *card, MORE])
    assert extract_text(text).paragraphs == (LEDE, *card, MORE)
    menu = ["Facebook", "Twitter", "WhatsApp", "Salin tautan"]
    text = "\n\n".join([HEADLINE, LEDE, *menu, MORE])
    assert extract_text(text).paragraphs == (LEDE, MORE)


def test_a_list_number_alone_over_its_item_is_no_menu() -> None:
    """A numbered entry split by the page's markup ("1." / "Squarespace" / a subheading) stays
    in one article's text: no menu holds a bare list number with its stop."""
    entry = ["1.", "Squarespace", "Kenapa masuk daftar"]
    text = "\n\n".join([HEADLINE, LEDE, *entry, MORE])
    assert extract_text(text).paragraphs == (LEDE, *entry, MORE)


def test_steps_in_a_script_without_spaces_are_no_menu() -> None:
    """One-line steps of a Japanese how-to are words of a script without spaces, not one-word
    menu entries: they stay in the story."""
    lede = "困った挙げ句、色々調べた結果、別の方法でこの設定を変更することにしました。以下、その手順です。"
    steps = [
        "まずスタートメニューからプログラムを探し、右クリック。",
        "表示されるメニューから「プロパティ」をクリック。",
        "再起動して設定の変更は完了",
    ]
    text = "\n\n".join(["Kindleの設定を変える方法", lede, *steps])
    assert extract_text(text).paragraphs == (lede, *steps)
