"""A site's cookie notice left at the end of a page's text: the consent banner's sentence, read
as the last line when its box says nothing by its names nor by its place (a site builder's
banner in hashed classes, not pinned by any style the page declares)."""

from __future__ import annotations

import re

# The banner's sentence says both that the site sets cookies and how the reader consents to
# them ("This site uses cookies from Google to deliver its services ... By clicking "accept",
# you agree to its use of cookies."): a page about cookies (a privacy policy, a browser's
# guide) explains them, and its last line seldom asks for the reader's click. Only the last
# lines, and at most one line this long: a notice is one short paragraph. Half A all types
# 0.896903 -> 0.896931 (a service page +0.022: a site builder's banner; none worse), hashed
# names the same; half B, articles and ScrapingHub unchanged (no page ends so).
_NOTICE_CHARS = 400
_NOTICE_KEEP = 3
_USES_COOKIES = re.compile(
    r"\b(?:(?:this|our) (?:web)?site uses|we use) cookies\b.{0,300}?"
    r"\b(?:by clicking|by continuing|by using|you (?:agree|consent)|accept)",
    re.IGNORECASE,
)


def without_consent_notice(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the last lines that are the site's cookie notice (see above),
    while at least ``_NOTICE_KEEP`` lines stay."""
    end = len(paragraphs)
    while (
        end > _NOTICE_KEEP
        and len(paragraphs[end - 1]) < _NOTICE_CHARS
        and "ookie" in paragraphs[end - 1]
        and _USES_COOKIES.search(paragraphs[end - 1])
    ):
        end -= 1
    return paragraphs[:end]
