"""The ARIA roles that mark an element as the page's chrome, not its content."""

from __future__ import annotations

from typing import Final

# Landmarks around the page's content (its header, sidebars, footer), its menus, dialogs and
# search box. Roles survive where a build hashes the class names (CSS modules,
# styled-components, Tailwind) and lays the page out in plain <div>s: there they are the only
# words left that name the chrome.
JUNK_ROLES: Final = frozenset(
    {
        "navigation",
        "complementary",
        "banner",
        "contentinfo",
        "dialog",
        "alert",
        # A modal asking for the reader's answer: OneTrust's cookie preference center.
        "alertdialog",
        "menu",
        "menubar",
        # A menu's entries, each a link (or a list item wrapping one): in a mega-menu of plain
        # <div>s the menu's own element may carry no role while its entries do, and the entries
        # never hold the page's text (an item's submenu is a menu of its own).
        "menuitem",
        "menuitemcheckbox",
        "menuitemradio",
        "search",
        "toolbar",
    }
)
