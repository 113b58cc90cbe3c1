"""A page's consent dialog in its text: dropped, headings, buttons and all."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.consent_dialog import without_consent_dialogs

_DIALOG = [
    "About Your Privacy",
    "We process your data to deliver content or advertisements. We share this information with"
    " our partners on the basis of consent. You may exercise your right to consent below.",
    "Purposes",
    "Features",
    "Below, you will find a list of the purposes for which your data is being processed.",
    "Save",
    "Reject AllI Accept",
]
_STORY = [
    "Dinner Recipes",
    "What's for dinner? Take the work out of searching for an answer to this question with"
    " these popular five-star dinner recipes from our home cooks, tested in real kitchens.",
    "Quick and easy dinners for one, cooking for two and sheet pan dinners all have a place"
    " here, with slow cooker main dishes and vegetarian main dishes for busy weeknights.",
]


def test_a_dialog_at_the_top_is_dropped_with_its_heading_and_buttons() -> None:
    """The notice, its heading and the dialog's own lines around it go; the page stays."""
    lines = ["Menu", *_DIALOG, "Recipes", *_STORY]
    assert without_consent_dialogs(lines) == ["Menu", "Recipes", *_STORY]


def test_the_dialog_is_neither_the_story_nor_its_headline() -> None:
    """With the dialog the densest prose, its heading was the title; without it, the page's."""
    found = extract_text("\n".join(["Menu", "Recipes", *_STORY, "Newsletter", *_DIALOG]))
    assert found.title == "Dinner Recipes"
    assert not any("your data" in paragraph for paragraph in found.paragraphs)


def test_a_footer_legal_line_and_a_menu_entry_stay() -> None:
    """A footer's copyright line ends the story (a barrier) and a menu's "Partners" is the
    site's: the dialog beside them does not take them."""
    notice = (
        'This Website uses cookies. By clicking "agree" or by continuing to browse this Website,'
        " you consent to our use of cookies."
    )
    lines = [*_STORY, "Partners", "© 2026 Example Inc. All rights reserved.", notice, "Agree"]
    assert without_consent_dialogs(lines) == lines[:-2]


def test_a_story_on_cookies_is_no_dialog() -> None:
    """A story explaining cookies (no ask for the reader's click, no site speaking of itself)
    and a page without any dialog are kept whole."""
    story = [
        "Cookies are small files that websites use to remember visitors.",
        "Regulators say that sites which use cookies for advertising must ask for consent first.",
        "Privacy groups welcomed the ruling.",
    ]
    assert without_consent_dialogs(story) == story
    assert without_consent_dialogs(_STORY) is _STORY


def test_a_text_the_dialog_all_but_is_keeps_it() -> None:
    """Fewer than three lines would stay: the text is kept as it is."""
    lines = ["Menu", *_DIALOG]
    assert without_consent_dialogs(lines) == lines
