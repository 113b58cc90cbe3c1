"""What a page says it is: ``og:type`` and its JSON-LD ``@type`` names, grouped, one-hot.

Many listings call themselves "article" and many shops "website": each family is a feature and
the model learns how far to trust it.
"""

from __future__ import annotations

from collections.abc import Iterable

# Declared types, grouped: JSON-LD @type names (lower-cased) that say the same thing.
_LD_FAMILIES: dict[str, frozenset[str]] = {
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
_OG_TYPES = ("article", "product", "website", "blog", "profile")
#: (og:type, its prefix for subtypes) and JSON-LD family members, in ``DECLARED_NAMES`` order.
_OG_MATCH = tuple((name, name + ".") for name in _OG_TYPES)
_LD_MEMBERS = tuple(_LD_FAMILIES.values())
DECLARED_NAMES = (
    *(f"og_{name}" for name in _OG_TYPES),
    "og_missing",
    *(f"ld_{family}" for family in _LD_FAMILIES),
    "ld_missing",
)


def declared_values(og_type: str | None, ld_types: Iterable[str]) -> list[float]:
    """``declared_types``'s numbers in ``DECLARED_NAMES`` order."""
    og = (og_type or "").strip().lower()
    values = [1.0 if og == name or og.startswith(subtype) else 0.0 for name, subtype in _OG_MATCH]
    values.append(0.0 if og else 1.0)
    types = {str(kind).lower() for kind in ld_types}
    values += [0.0 if types.isdisjoint(members) else 1.0 for members in _LD_MEMBERS]
    values.append(0.0 if types else 1.0)
    return values


def declared_types(og_type: str | None, ld_types: Iterable[str]) -> dict[str, float]:
    """One-hot ``og:type`` and JSON-LD @type families (the model learns how far to trust them)."""
    return dict(zip(DECLARED_NAMES, declared_values(og_type, ld_types), strict=True))
