"""Pictures drawn in HTML: a landing page's mock-up of its product, named as a graphic."""

from __future__ import annotations

import re
from typing import Final

# A software maker's landing page draws its product in HTML beside each feature's text (an
# editor's window with its code and chat, a tracker's board of issues, a chart's axis labels)
# and names the drawing a "graphic", an "illustration" or a "mockup" ("swimlane-graphic",
# "PageSection_illustration__P1Yb9", "ProductFeatureCard__graphic"): a picture whose words are
# the picture's, never the page's text, however many. Simulated, then measured: half A
# service 0.87164 -> 0.87726 (an editor's home page 0.277 -> 0.794), half B service 0.87144
# -> 0.87429 (a tracker's home page 0.573 -> 0.781); no page worse; articles, the other
# types (a shop's product +0.002) and ScrapingHub unchanged.
PICTURE_WORDS: Final = frozenset({"graphic", "illustration", "mockup"})
# As the token's last part only, before a CSS module's build hash: a first part names a
# variant of something else ("graphic-list", "graphic-design": a studio's list of services).
_HASH_SUFFIX: Final = re.compile(r"(?:--|__|[-_])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{4,10}$")
_PARTS: Final = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
# A hero "with a graphic" ("n-page-hero-graphic") is the page's opening section: its headline
# and lead stand beside the picture (without this: half B, a host's home page lost its lead,
# -0.013; without the capitals test below, a shop's category page -0.029).
_HERO: Final = "hero"


def drawn_picture(token: str) -> bool:
    """Whether a class or id ``token`` names a picture drawn in HTML (``PICTURE_WORDS`` as
    its last part), not a hero section around one. A capitalized word alone or after a dash
    is a value the template fills in (a shop's category card "plpLinkCard-link-Graphic" for
    its graphic tees), not what the element is; a camelCase hump ("FeatureGraphic") is."""
    lowered = token.lower()
    # Asked of every new class token: the substring tests spare the regexes on nearly all.
    if "graphic" not in lowered and "illustration" not in lowered and "mockup" not in lowered:
        return False
    bare = _HASH_SUFFIX.sub("", token)
    last = _PARTS.split(bare)[-1]
    if last.lower() not in PICTURE_WORDS or _HERO in lowered:
        return False
    return last[0].islower() or bare[: -len(last)][-1:].islower()
