"""The shapes session 37 added to the synthetic Indonesian scrapes (``id_scrapes``), drawn from
a stream of their own so that the earlier scrapes' draws are unchanged.

Real scrapes of a large Indonesian news site carry, beside the seed's furniture: other datelines
("Jakarta, CNN Indonesia -- ", "KOMPAS.com - "), the editor's initials "(lir/imk)",
"Penulis:"/"Editor:"/"Sumber:" lines, a tag line or hashtags, a flattened pager ("Halaman
selanjutnya", "1 2 Selanjutnya"), "Baca Selengkapnya", an ad label between dashes or joined to
its scroll hint, a headline ending in "?" or "!", quoted or in capitals, and the text's
encoding: CRLF line ends, a byte-order mark, trailing spaces, NBSP. Written from that list, not
tuned against the extractor (pagers, tag lines and "- Advertisement -" were lost before session
37's rules). Not here: HTML character references ("&quot;") are left as they stand (wcxb-dev's
ground truths keep them literally), and hashtag lines stay (a listing's teasers carry them)."""

from __future__ import annotations

import random
import re

#: Session 37's shapes: other datelines of the same kind of site (the story's first line).
DATELINES = ("Jakarta, CNN Indonesia -- ", "KOMPAS.com - ", "JAKARTA, KOMPAS.com - ")
#: Lines under the story's last paragraph: the editor's initials, credits, tags.
CLOSERS = (
    ("(lir/imk)",),
    ("(dnu/dnu)",),
    ("Penulis: Nur Rohmi Aida", "Editor: Inten Esti Pratiwi"),
    ("Sumber: Antara",),
    ("Tag: banjir, jakarta, cuaca",),
    ("Topik: Pemilu 2024 | Jakarta",),
)
#: Lines between paragraphs: pagers, read-more links, ad slots.
BETWEEN = (
    "Halaman selanjutnya",
    "Halaman 2",
    "1 2 Selanjutnya",
    "Baca Selengkapnya",
    "- Advertisement -",
    "ADVERTISEMENT SCROLL TO RESUME CONTENT",
)
#: Share of scrapes with each kind of session 37 shape (drawn one kind after another).
SHAPE_SHARE = 0.15


def furniture(
    rng: random.Random, blocks: list[list[str]], content: list[str], furniture: list[str]
) -> None:
    """Another dateline on the first paragraph, a pager, read-more or ad line between
    paragraphs, closing lines under the last: in the scrape's ``blocks``, each line recorded as
    the story's ``content`` or as ``furniture``."""
    if rng.random() < SHAPE_SHARE and blocks[0][0] == content[0]:
        lead = re.sub(r"^(?:Jakarta|Bandung|Surabaya|Medan) - ", "", blocks[0][0])
        blocks[0][0] = content[0] = rng.choice(DATELINES) + lead
    if rng.random() < SHAPE_SHARE and len(blocks) > 1:
        line = rng.choice(BETWEEN)
        furniture.append(line)
        blocks.insert(rng.randrange(1, len(blocks)), [line])
    if rng.random() < SHAPE_SHARE:
        last = max(i for i, block in enumerate(blocks) if block[0] in content)
        closing = rng.choice(CLOSERS)
        furniture.extend(closing)
        blocks[last + 1 : last + 1] = [[line] for line in closing]


def encodings(rng: random.Random, text: str) -> str:
    """Encodings of the whole text: NBSP between some words, trailing spaces, CRLF line ends,
    a byte-order mark."""
    if rng.random() < SHAPE_SHARE:
        text = text.replace(" ", "\u00a0", rng.randint(1, 40))
    if rng.random() < SHAPE_SHARE:
        text = text.replace("\n", "  \n")
    if rng.random() < SHAPE_SHARE:
        text = text.replace("\n", "\r\n")
    if rng.random() < SHAPE_SHARE:
        text = "\ufeff" + text
    return text
