"""What extraction found: the body and the raw metadata that enrichment will parse."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from newswire.events import Image, Related


@dataclass(frozen=True, slots=True)
class Extracted:
    title: str | None
    paragraphs: tuple[str, ...]
    description: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    attributions: tuple[str, ...] = ()
    dateline: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    related: tuple[Related, ...] = ()
    #: Date strings as found (ISO from markup, or visible text such as "24 Oktober 2020, 06:25 WIB").
    published_raw: tuple[str, ...] = ()
    modified_raw: tuple[str, ...] = ()
    #: Language declared by the page (``<html lang>``, Content-Language), not yet checked.
    language_hint: str | None = None
    #: HTML only: the page's layout in numbers, for the page-type classifier (pagetype.structure).
    structure: Mapping[str, float] | None = None
    #: HTML only: the offer's name in the page's <title> where its <h1> is a marketing sentence
    #: (``html.offer_names``); the title of a page the classifier says is a service's (enrich).
    offer_name: str | None = None
