"""A page's cookie or consent dialog in its text: the banner's lines are consent prose, never the
story or its headline, wherever the scrape prints them (top, end, between menus)."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.text.patterns import LEGAL_LINE

# A consent banner's notice says that the site (or "we and our partners") sets cookies or
# processes the reader's data, and asks for the reader's say ("By clicking "Accept"", "you
# consent", "manage your preferences", "Reject all"). A scrape prints the dialog as prose at the
# top or the end of the page's text, among its menus: on a listing, a shop's category or a
# product page (little prose of their own), it was the densest prose, taken for the story and
# its heading ("About Your Privacy", "We Care About Your Privacy") or a line over it for the
# headline. A page about cookies explains them; it does not ask for the reader's click in a
# sentence saying it uses them, and the site speaks of itself ("we", "our", "this site"): a
# story on consent rules speaks of other sites.
_NOTICE: Final = re.compile(
    r"(?=.*\b(?:we|our|us|this (?:web)?site)\b)"
    r"(?=.*(?:\b(?:use|uses|using|store|stores|set|sets|placed) (?:\w+ ){0,6}?cookies\b"
    r"|\bwith our cookies\b|\bcookies (?:on|to) \w+|\bprocess (?:your |personal )?data\b"
    r"|\bcookies are small\b|\buse of cookies\b|\boptional cookies\b))"
    r"(?=.*\b(?:by (?:clicking|continuing|using|entering)|you (?:agree|consent|accept)"
    r"|your (?:consent|preferences|choices|rights?)|consent|accept|opt[- ]out|reject|assume"
    r"|dismiss|cookie (?:settings|preferences|policy)|manage)\b)",
    re.IGNORECASE | re.DOTALL,
)
#: The longest line a dialog's notice or its own lines make (a notice is one short paragraph).
DIALOG_LINE_MAX_CHARS: Final = 800
# The dialog's own lines speak of cookies, consent, privacy, the partners or vendors its consent
# covers or the reader's data ("Performance Cookies", "Your Privacy Choices", "We and our
# partners process data for the following purposes", "Privacy Preference Center").
_DIALOG_WORDS: Final = re.compile(r"cookie|consent|privacy", re.IGNORECASE)
# In a sentence, not alone: a menu's "Partners" is the site's, no dialog's.
_DIALOG_SENTENCE_WORDS: Final = re.compile(
    r"partners|vendors|\b(?:your|personal) data\b|personali[sz]ed (?:ads|advertising|content)"
    r"|tracking|legitimate interest|\bIAB\b",
    re.IGNORECASE,
)
#: The fewest words of a line that is a dialog's sentence.
SENTENCE_MIN_WORDS: Final = 4
# A dialog's buttons and toggles ("Accept All", "Reject All Cookies", "Save", "Confirm",
# "Always Active", "Alright! Reject cookies Further info").
_BUTTON_MAX_CHARS: Final = 40
_BUTTON: Final = re.compile(
    r".{0,20}\b(?:accept|reject|decline|settings|save|confirm|cancel|dismiss|got it|agree|allow"
    r"|close|preferences|customi[sz]e|learn more|more info|further info|always active|ok)\b.{0,20}",
    re.IGNORECASE,
)
#: The most lines between two of a dialog's own lines that belong to it too (its toggles' and
#: purposes' labels: "Targeted Advertising", "Purposes", "Powered by").
DIALOG_GAP_LINES: Final = 4
#: The fewest non-empty lines a text keeps without its dialogs (a text the dialog all but is
#: keeps it).
KEPT_MIN_LINES: Final = 3


def _dialog_line(line: str) -> bool:
    if len(line) <= _BUTTON_MAX_CHARS and _BUTTON.fullmatch(line):
        return True
    if len(line) > DIALOG_LINE_MAX_CHARS:
        return False
    if _DIALOG_WORDS.search(line):
        return True
    return (
        line.count(" ") + 1 >= SENTENCE_MIN_WORDS
        and _DIALOG_SENTENCE_WORDS.search(line) is not None
    )


def _notice(line: str) -> bool:
    return (
        len(line) <= DIALOG_LINE_MAX_CHARS
        and ("ookie" in line or "data" in line)
        and _NOTICE.match(line) is not None
    )


def without_consent_dialogs(lines: list[str]) -> list[str]:
    """``lines`` without each consent dialog: a notice (above) and the lines around it that are
    the dialog's own (its headings, buttons, toggles, purposes), up and down as long as one
    comes within ``DIALOG_GAP_LINES`` non-empty lines of the last."""
    # One substring test a page: most pages' texts print no consent dialog.
    text = "\n".join(lines)
    if "ookie" not in text and "onsent" not in text:
        return lines
    filled = [i for i, line in enumerate(lines) if line]
    dropped: set[int] = set()
    for k, index in enumerate(filled):
        if index in dropped or not _notice(lines[index]):
            continue
        dropped.add(index)
        for step in (-1, 1):
            last, gap = k, 0
            j = k + step
            while 0 <= j < len(filled) and gap <= DIALOG_GAP_LINES:
                # A footer's legal line ends the page's story (span.story_span's barrier):
                # the dialog beside it never takes it.
                if LEGAL_LINE.match(lines[filled[j]]):
                    break
                if _dialog_line(lines[filled[j]]):
                    for m in range(min(last, j), max(last, j) + 1):
                        dropped.add(filled[m])
                    last, gap = j, 0
                else:
                    gap += 1
                j += step
    if not dropped or len(filled) - len(dropped) < KEPT_MIN_LINES:
        return lines
    return [line for i, line in enumerate(lines) if i not in dropped]
