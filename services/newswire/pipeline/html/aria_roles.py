"""The ARIA roles (and scripts' data-role hooks) that mark an element as the page's chrome, not
its content."""

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
# (Tried, session 66: role="tooltip", the name-free twin of ``names``' "tooltip": class/id
# hashed, half B 0.896984 -> 0.897641 (three marketplace pages, a legal service's plan
# tiles), half A 0.889134 -> 0.889063; as is, half A 0.903971 -> 0.903638 (an auction's
# shipping infotips -0.23, a blog's hover cards -0.08; two articles +0.02) and half B 0.914859 -> 0.914012 (a
# marketplace's listing -0.60: a search-ads tooltip moved its retry's choice): not kept.)


# A forum poster's signature under each post, named by its script's hook (Invision's
# data-role="memberSignature") where its classes say nothing ("ipsBorder_top"), a hook that a
# build hashing class names keeps: never the thread's text (no dev truth keeps one of the 10
# on 3 boards). The names rule drops an element named "signature" (``names``).
def junk_script_role(script_role: str | None) -> bool:
    """Whether an element's ``data-role`` (its script's hook) names a poster's signature."""
    return script_role is not None and "ignature" in script_role
