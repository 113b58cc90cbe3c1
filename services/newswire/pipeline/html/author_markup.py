"""Authors named by a page's markup: JSON-LD ``author`` (inline or by ``@id`` in a ``@graph``),
the ``<meta>`` names of CMSs and analytics tags, Highwire Press citation tags, and Slack's
unfurl labels ("Written by" in ``twitter:label1``)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.byline_lines import BY_LINE
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.vocabulary import split_names


def ld_author_names(meta: HeadMetadata) -> list[str]:
    """The names of the JSON-LD ``author``, inline or by ``@id`` in a ``@graph``."""
    names: list[str] = []
    author = meta.ld.get("author")
    for given in author if isinstance(author, list) else [author]:
        item = given
        if isinstance(item, dict) and not isinstance(item.get("name"), str):
            item = _ld_node(meta, item.get("@id"))  # {"@id": "…#person"}: named in the @graph
        if isinstance(item, Mapping) and isinstance(item.get("name"), str):
            names.append(str(item["name"]))
        elif isinstance(item, str):
            names.append(item)
    return names


def markup_names(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    names = ld_author_names(meta)
    ld_names = set(names)
    for key in (
        "author",
        "article:author",
        "byl",
        "dc.creator",
        "sailthru.author",
        "parsely-author",
    ):
        for value in meta.all(key):
            # A <meta> author repeating the JSON-LD's name whole adds no one; split at its
            # commas it would add a credential as a name ("Jane Roe CPP, PSP" -> "PSP").
            if not value.startswith(("http://", "https://")) and value not in ld_names:
                names.extend(split_markup(value))
    # Highwire Press tags of scholarly pages (PubMed Central, JMIR, repositories): one author
    # per tag, in the paper's order, each kept whole ("Smith, Jane" is one person).
    for key in ("citation_author", "citation_authors"):
        names.extend(meta.all(key))
    return names


def unfurl_labels(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """Slack's unfurl labels: <meta name="twitter:label1" content="Written by"> and the names
    in twitter:data1 (Yoast writes them on every post): asked after the markup's author."""
    return [name for value in unfurl_values(meta) for name in split_markup(value)]


def unfurl_values(meta: HeadMetadata) -> list[str]:
    """The values of the unfurl labels that say "Written by", as written."""
    values: list[str] = []
    for index in range(1, 5):
        label = meta.first(f"twitter:label{index}") or ""
        found = BY_LINE.fullmatch(label.strip())
        if found and not found["names"]:
            values.extend(meta.all(f"twitter:data{index}"))
    return values


def _ld_node(meta: HeadMetadata, node_id: object) -> Mapping[str, object] | None:
    """The JSON-LD object of the page whose ``@id`` is ``node_id`` (top level or in a @graph)."""
    if not isinstance(node_id, str) or not node_id:
        return None
    for root in meta.ld_roots:
        for item in root if isinstance(root, list) else [root]:
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            for node in [item, *(graph if isinstance(graph, list) else [])]:
                if isinstance(node, dict) and node.get("@id") == node_id and "name" in node:
                    return node
    return None


def split_markup(value: str) -> list[str]:
    return split_names(re.sub(r"^by\s+", "", value, flags=re.I))
