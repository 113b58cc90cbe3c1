"""A modal's sheet laid out in the page: the text a shop's theme would open in a dialog
(the product's details, its measurements), printed in place for readers without scripts."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.names import TOKEN_PARTS

_MODAL: Final = "modal"
# A shop's product page may name the sheets of its "Product details" and "Measurements"
# dialogs for the dialog ("product-details-modal", "measurements-modal") and still print
# them in the page, for crawlers and readers without scripts: the product's description,
# its designer, its care and its sizes under their headings. The truths keep them. A
# modal that pops over the page (a newsletter sign-up, a cookie notice, a region picker, a
# gallery's lightbox) is a dialog: marked so (role="dialog", aria-modal), or with a control
# to act or to close it (a button, a field, a form); a menu's drop-down sheet is links. So a
# modal-named element with none of those, holding at least _MIN_HEADINGS headings over text
# that is mostly not links (under _LINK_SHARE of it), is the page's text: its other names
# judge it.
_MIN_HEADINGS: Final = 2
_LINK_SHARE: Final = 0.5
_DIALOG_ROLES: Final = frozenset({"dialog", "alertdialog"})
_CONTROLS: Final = "button, input, select, textarea, form, [role=button]"
_HEADINGS: Final = "h1, h2, h3, h4, h5, h6, [role=heading]"


def modal_named(names: str) -> bool:
    """A token of ``names`` (class and id) starts or ends with "modal"."""
    if _MODAL not in names.lower():
        return False
    return any(_modal_token(token) for token in names.split())


def _modal_token(token: str) -> bool:
    parts = [part.lower() for part in TOKEN_PARTS.split(token) if part]
    return bool(parts) and _MODAL in (parts[0], parts[-1])


def shown_sheet(node: LexborNode, names: str) -> bool:
    """The modal-named ``node`` (``names``: its class and id) is a sheet printed in the page,
    not a dialog (see above)."""
    if not modal_named(names):
        return False
    attrs = node.attributes
    if (attrs.get("role") or "").lower() in _DIALOG_ROLES or "aria-modal" in attrs:
        return False
    if node.css_first(_CONTROLS) is not None or len(node.css(_HEADINGS)) < _MIN_HEADINGS:
        return False
    text = len(node.text(deep=True, strip=True))
    links = sum(len(link.text(deep=True, strip=True)) for link in node.css("a"))
    return links < _LINK_SHARE * text


def without_modal_names(names: str) -> str:
    """``names`` (class and id) without the tokens that start or end with "modal"."""
    return " ".join(token for token in names.split() if not _modal_token(token))
