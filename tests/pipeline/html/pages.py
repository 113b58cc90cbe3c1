"""Small HTML pages for the extraction tests: a page around a body, prose paragraphs."""

from __future__ import annotations

from newswire.pipeline.html import extract_html

SENTENCE = (
    "The council met on Tuesday, after weeks of delay, to discuss the budget, the new bus lines "
    "and the repairs to the old bridge, which residents have asked for since spring."
)


def prose(label: str, count: int = 3) -> str:
    return "".join(f"<p>{label} {i}: {SENTENCE}</p>" for i in range(count))


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def text_of(html: str) -> str:
    return "\n".join(extract_html(html).paragraphs)
