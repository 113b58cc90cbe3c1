"""A heading's words as a reader reads them."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.heading_words import form_heading, heading_text, named_in_passing
from tests.pipeline.html.pages import page, prose


def _h1(html: str) -> str:
    node = LexborHTMLParser(html).css_first("h1")
    assert node is not None
    return heading_text(node)


def test_a_headings_texts_are_joined_as_read() -> None:
    """Texts of a heading's elements are joined by spaces, a decorated initial stays in its
    word and a possessive stays on its name."""
    assert _h1("<h1><span>C</span>ycle <a>routes</a> of <a>Erik</a>'s town</h1>") == (
        "Cycle routes of Erik's town"
    )


def test_a_date_a_button_and_a_permalink_inside_a_heading_are_left_out() -> None:
    """A <time>, a button and a one-symbol permalink anchor are no words of the heading."""
    html = "<h1><time>Dec 18</time> Preparing a move <button>Copy</button><a>¶</a></h1>"
    assert _h1(html) == "Preparing a move"


def test_a_mark_in_an_element_of_its_own_between_words_is_kept_as_written() -> None:
    """A sentence's mark set in an element of its own between the heading's texts (a wiki's
    namespace separator, a typography filter's ampersand) is one of its words' marks, written
    against the texts it touches in the markup and spaced where the markup spaces it; the
    same mark opening or closing the heading, or a permalink's symbol, is left out."""
    wiki = "<h1><span>Category</span><span>:</span><span>Programming languages</span></h1>"
    assert _h1(wiki) == "Category:Programming languages"
    assert _h1('<h1>Salt <span class="amp">&amp;</span> Pepper</h1>') == "Salt & Pepper"
    assert _h1("<h1>AT<span>&amp;</span>T results</h1>") == "AT&T results"
    assert _h1("<h1><span>:</span> Results <a>-</a></h1>") == "Results"
    assert _h1('<h1>Results <a href="#r">#</a> today</h1>') == "Results today"


def test_an_element_with_the_hidden_attribute_inside_a_heading_is_left_out() -> None:
    """A tooltip nested in the <h1> with the ``hidden`` attribute is not shown: no words of it."""
    html = "<h1>IAM overview<span hidden><span>Stay organized with collections</span></span></h1>"
    assert _h1(html) == "IAM overview"


def test_a_one_word_heading_the_title_names_only_past_its_head_is_named_in_passing() -> None:
    """A one-word heading that the page's titles use only from their fourth word on is a word
    they mention in passing (a story's section, a menu's entry); one among a title's first
    three words, several words, or a word no title has are not."""
    pwned = "How we pwned X (Twitter), Vercel, Cursor, Discord, and hundreds of companies"
    assert named_in_passing("Discord", (pwned, None))
    assert named_in_passing("Houston", ("Mountain Bike Trails near Houston", ""))
    assert not named_in_passing("Microphones", ("Thomann Buy Microphones at Thomann", None))
    assert not named_in_passing("Sudo", ("Sudo - ArchWiki", "Sudo - ArchWiki"))
    assert not named_in_passing("Cursor Discord", (pwned, None))
    assert not named_in_passing("Mintlify", (pwned, None))


def test_the_title_passes_over_a_heading_the_title_names_in_passing() -> None:
    """The page's title, not a section's one-word <h1> that the title mentions deep in its
    wording, is the headline."""
    title = "How we pwned Vercel, Cursor, Discord, and hundreds of companies"
    html = page("<h1>Discord</h1>" + prose("story", 4), f"<title>{title}</title>")
    assert extract_html(html).title == title


def test_a_double_encoded_permalink_symbol_is_left_out() -> None:
    """A permalink anchor whose symbol a double-encoded page shows as two characters ("Â¶"
    for "¶") is left out of the heading's words, as the symbol itself is."""
    html = '<h1>Functions for looping<a class="headerlink" href="#m">\u00c2\u00b6</a></h1>'
    assert _h1(html) == "Functions for looping"


def _first_h1_in_form(html: str) -> bool:
    node = LexborHTMLParser(html).css_first("h1")
    assert node is not None
    return form_heading(node)


def test_a_sign_up_forms_and_a_dialogs_headings_title_them_not_the_page() -> None:
    """A heading inside a small <form>, a <dialog>, a <modal-dialog> or an element with
    role="dialog" or aria-modal="true" titles that, not the page; a heading outside all of
    them does not."""
    assert _first_h1_in_form("<form><h1>Don't miss the news</h1><input name=email></form>")
    assert _first_h1_in_form("<dialog><h1>Search the site</h1></dialog>")
    assert _first_h1_in_form("<modal-dialog><div><h1>Search code</h1></div></modal-dialog>")
    assert _first_h1_in_form('<div role="dialog"><h1>Saved searches</h1></div>')
    assert _first_h1_in_form('<div aria-modal="true"><h1>Sign in</h1></div>')
    assert not _first_h1_in_form("<main><h1>Cloud</h1></main>")


def test_a_form_around_the_whole_page_leaves_its_headline_the_pages() -> None:
    """A <form> holding the page's text (ASP.NET's one form around the body) is no sign-up:
    the headline inside it stays the page's."""
    assert not _first_h1_in_form(
        "<form><h1>Council approves the budget</h1>" + prose("s", 6) + "</form>"
    )


def test_the_headline_is_the_pages_h1_not_a_sign_up_forms() -> None:
    """A topic front whose newsletter form comes first with its own <h1> is titled by its own
    <h1>, the form's heading passed over."""
    html = page(
        "<form><h1>Don't miss tomorrow's cloud industry news</h1><input name=email></form>"
        "<h1>Cloud</h1>" + prose("story", 4),
        "<title>Latest Cloud Computing News | CIO Dive</title>",
    )
    assert extract_html(html).title == "Cloud"
