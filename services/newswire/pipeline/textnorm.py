"""Character-level clean-up shared by the text and HTML extractors."""

from __future__ import annotations

import re

# NBSP, narrow NBSP, figure space, ideographic space and the other Unicode spaces all mean " ".
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Zero-width characters and soft hyphens are invisible and break word matching.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_RUNS_OF_SPACE = re.compile(r" {2,}")
_UNUSUAL = re.compile(
    "|".join(pattern.pattern for pattern in (_SPACES, _INVISIBLE, _CONTROL)), re.UNICODE
)
# Typical UTF-8-read-as-Latin-1 sequences: "Ã©", "â€™", "Â " … (two chars from the C2/C3/E2 rows).
_MOJIBAKE = re.compile(
    r"[\u00c2\u00c3\u00c5\u00e2][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u0192]"
)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as Latin-1/cp1252, when that is clearly what happened."""
    if not _MOJIBAKE.search(text):
        return text
    for legacy in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(legacy).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        # Only accept the repair if it removed the telltale pairs instead of creating new ones.
        if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(text)):
            return fixed
    return text


def clean_line(line: str) -> str:
    # The HTML extractor cleans every text node near the headline and every paragraph (~700
    # lines a page), half of them the whitespace between tags, which cleans to "" (what is
    # removed or made a space is all stripped). The others: one scan for the three kinds of
    # unusual characters and a substring test for a run of spaces instead of four
    # substitutions, as most lines hold none.
    if line.isspace():
        return ""
    if _UNUSUAL.search(line):
        line = _INVISIBLE.sub("", line)
        line = _CONTROL.sub("", line)
        line = _SPACES.sub(" ", line)
    if "  " in line:
        line = _RUNS_OF_SPACE.sub(" ", line)
    return line.strip()


def clean_text(text: str) -> str:
    """``clean_line`` of every line, joined by ``\n``: the substitutions run once over the whole
    text (none of them matches or removes a line break once ``splitlines`` has cut the text,
    so the result is the same) instead of four regex calls per line, a tenth of a text
    scrape's extraction time."""
    text = "\n".join(repair_mojibake(text).splitlines())
    if _UNUSUAL.search(text):  # one scan; most texts need none of the three
        text = _INVISIBLE.sub("", text)
        text = _CONTROL.sub("", text)
        text = _SPACES.sub(" ", text)
    if "  " in text:
        text = _RUNS_OF_SPACE.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))
