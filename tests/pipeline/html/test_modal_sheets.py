"""A modal's sheet printed in the page (headings over text, no controls, not a dialog) is
the page's text; a dialog, a sign-up modal with its form and a menu's sheet of links are not."""

from __future__ import annotations

from newswire.pipeline.html.modal_sheets import modal_named, without_modal_names
from tests.pipeline.html.pages import page, prose, text_of

_SHEET = (
    '<div class="pipf-product-details-modal">'
    '<h2 class="pipf-product-details-modal__title">Product details</h2>'
    f'<div class="pipf-product-details-modal__container">{prose("details", 2)}</div>'
    '<h3 class="pipf-product-details-modal__header">Materials and care</h3>'
    "<p>Particleboard, fiberboard and acrylic paint; wipe clean with a damp cloth.</p></div>"
)


def _product(extra: str) -> str:
    return page(f"<main><h1>Shelf unit, white</h1>{prose('intro', 2)}{extra}</main>")


def test_a_modal_sheet_printed_in_the_page_is_kept() -> None:
    """The product's details under their headings, in an element named for the dialog that
    would show them, with no control to close it, are walked."""
    text = text_of(_product(_SHEET))
    assert "details 1" in text
    assert "Particleboard" in text


def test_dialogs_forms_and_menus_named_modal_are_dropped() -> None:
    """The same sheet marked as a dialog, a sign-up modal with its field and button, and a
    drop-down sheet of links under headings are still furniture."""
    dialog = _SHEET.replace("<div ", '<div role="dialog" ', 1)
    assert "details 1" not in text_of(_product(dialog))
    signup = (
        '<div class="newsletter-modal"><h2>Join us</h2><h3>Ten percent off</h3>'
        f'{prose("signup", 2)}<form><input type="email"><button>Go</button></form></div>'
    )
    assert "signup 1" not in text_of(_product(signup))
    links = "".join(
        f'<li><a href="/c{i}">Category number {i} of the shop</a></li>' for i in range(9)
    )
    menu = (
        f'<div class="nav-modal"><h3>Rooms</h3><ul>{links}</ul><h3>Ideas</h3><ul>{links}</ul></div>'
    )
    assert "Category number" not in text_of(_product(menu))


def test_modal_names_are_told_by_their_first_or_last_part() -> None:
    """A token that starts or ends with "modal" names a modal, camelCase too; one with the
    word inside ("nomodalx") does not, and only the modal tokens are taken out."""
    assert modal_named("pipf-product-details-modal")
    assert modal_named("modal__container")
    assert modal_named("sizeGuideModal")
    assert not modal_named("nomodalx other")
    assert without_modal_names("box product-details-modal modal-open") == "box"
