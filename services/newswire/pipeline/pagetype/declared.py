"""What a page says it is: ``og:type`` and its JSON-LD ``@type`` names, grouped, one-hot.

Many listings call themselves "article" and many shops "website": each family is a feature and
the model learns how far to trust it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

# Declared types, grouped: JSON-LD @type names (lower-cased) that say the same thing.
_LD_FAMILIES: Final[dict[str, frozenset[str]]] = {
    "article": frozenset(
        {
            "newsarticle",
            "article",
            "blogposting",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "liveblogposting",
            "report",
            "scholarlyarticle",
            "socialmediaposting",
        }
    ),
    "product": frozenset(
        {"product", "offer", "aggregateoffer", "productgroup", "individualproduct", "itempage"}
    ),
    "collection": frozenset({"collectionpage", "itemlist", "searchresultspage", "offercatalog"}),
    "forum": frozenset(
        {"discussionforumposting", "qapage", "question", "answer", "comment", "conversation"}
    ),
    "docs": frozenset(
        {"techarticle", "apireference", "softwaresourcecode", "softwareapplication", "howto"}
    ),
    "service": frozenset(
        {
            "service",
            "localbusiness",
            "professionalservice",
            "organization",
            "corporation",
            "contactpage",
            "aboutpage",
            "faqpage",
            "medicalbusiness",
            "legalservice",
            "homeandconstructionbusiness",
        }
    ),
    "webpage": frozenset({"webpage", "website"}),
    "breadcrumb": frozenset({"breadcrumblist"}),
    "person": frozenset({"person", "profilepage"}),
}
_OG_TYPES: Final = ("article", "product", "website", "blog", "profile")
#: (og:type, its prefix for subtypes) and JSON-LD family members, in ``DECLARED_NAMES`` order.
_OG_MATCH: Final = tuple((name, name + ".") for name in _OG_TYPES)
_LD_MEMBERS: Final = tuple(_LD_FAMILIES.values())
DECLARED_NAMES: Final = (
    *(f"og_{name}" for name in _OG_TYPES),
    "og_missing",
    *(f"ld_{family}" for family in _LD_FAMILIES),
    "ld_missing",
)
#: What the extractor itself concluded from the page's markup before its walk (``extractor``):
#: a thread (a JSON-LD discussion item, or posts marked as comments in microdata), one
#: product's page (one Product in JSON-LD or microdata, og:type "product", or one product's buy
#: buttons), a question with its answers (a QAPage whose answers are microdata Answer items).
#: Microdata and buy buttons reach where og:type and JSON-LD say nothing: 38 of wcxb-dev's 53
#: threads known so declare no JSON-LD discussion, 21 of its 100 products known so declare no
#: product; none of the 793 stories is a thread so and one a product. Free: the extractor has
#: them already. Session 57, 20 domain splits: see ``pagetype_recipe``.
MARKED_NAMES: Final = ("marked_thread", "marked_product", "marked_answers")


def declared_values(og_type: str | None, ld_types: Iterable[str]) -> list[float]:
    """``declared_types``'s numbers in ``DECLARED_NAMES`` order."""
    og = (og_type or "").strip().lower()
    values = [1.0 if og == name or og.startswith(subtype) else 0.0 for name, subtype in _OG_MATCH]
    values.append(0.0 if og else 1.0)
    types = {str(kind).lower() for kind in ld_types}
    values += [0.0 if types.isdisjoint(members) else 1.0 for members in _LD_MEMBERS]
    values.append(0.0 if types else 1.0)
    return values


def marked_values(*, thread: bool, product: bool, answers: bool) -> list[float]:
    """``MARKED_NAMES``' numbers: 1 for each thing the extractor concluded, else 0."""
    return [1.0 if thread else 0.0, 1.0 if product else 0.0, 1.0 if answers else 0.0]


def declared_types(og_type: str | None, ld_types: Iterable[str]) -> dict[str, float]:
    """One-hot ``og:type`` and JSON-LD @type families (the model learns how far to trust them)."""
    return dict(zip(DECLARED_NAMES, declared_values(og_type, ld_types), strict=True))
