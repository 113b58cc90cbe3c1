"""Render benchmark HTML pages to plain text as a scraper delivers it, for text-mode seeds.

``python -m newswire.bench.render_text --pages ../shared/bench/article-extraction`` writes, for a
fixed selection of pages in several languages, ``seeds/text/<lang>_<id>.txt`` (the rendered page:
every visible block on its own line, navigation, share bars and footers included, scripts and
styles left out — what a crawler's "get text" gives) and ``tests/golden/text_seeds/<lang>_<id>.txt``
(the benchmark's ground-truth article body, for the quality gate). Origins go to
``seeds/text/ORIGIN.md``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.language import LanguageDetector
from newswire.settings import REPO_ROOT

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "tr",
        "br",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "figcaption",
        "figure",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "table",
        "title",
        "time",
        "main",
        "dd",
        "dt",
    ]
)
_DROP = "script, style, noscript, template, svg, iframe"
_SPACE = re.compile(r"\s+")
#: Non-English pages first (all of them), then English ones, up to this many seeds.
_COUNT = 20
_ENGLISH = 7


def render(html: str) -> str:
    tree = LexborHTMLParser(html)
    for node in tree.css(_DROP):
        node.decompose()
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(buffer)).strip()
        if text:
            lines.append(text)
        buffer.clear()

    root = tree.body or tree.root
    if root is None:
        return ""
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            flush()
            continue
        if node.tag == "-text":
            buffer.append(node.text(deep=False) or "")
            continue
        if node.tag in _BLOCKS:
            flush()
            stack.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    flush()
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=Path, required=True)
    args = parser.parse_args(argv)
    truth = json.loads((args.pages / "ground-truth.json").read_text())
    detector = LanguageDetector()
    by_language: dict[str, list[str]] = {}
    for page in sorted(truth):
        detected = detector.detect(truth[page]["articleBody"], None)
        by_language.setdefault(detected.language if detected else "und", []).append(page)
    chosen = [
        (lang, page)
        for lang, pages in sorted(by_language.items())
        if lang != "en"
        for page in pages
    ]
    chosen += [("en", page) for page in by_language.get("en", [])][
        : max(_ENGLISH, _COUNT - len(chosen))
    ]
    seeds, golden = REPO_ROOT / "seeds" / "text", REPO_ROOT / "tests" / "golden" / "text_seeds"
    golden.mkdir(parents=True, exist_ok=True)
    origin = [
        "# Text seeds rendered from the article-extraction benchmark",
        "",
        "Rendered by `python -m newswire.bench.render_text` from pages of the Scrapinghub/Zyte",
        "article-extraction benchmark (https://github.com/scrapinghub/article-extraction-benchmark,",
        "MIT licence, Copyright (c) 2020 Scrapinghub), as shipped in `../shared/bench/article-extraction/`:",
        "every visible block on its own line, boilerplate included, as a scraper delivers a page's text.",
        "The benchmark's ground-truth body of each is in `tests/golden/text_seeds/` (the quality gate).",
        "",
        "| seed | language | page |",
        "|---|---|---|",
    ]
    for lang, page in chosen:
        name = f"{lang}_{page[:12]}.txt"
        html = gzip.decompress((args.pages / "html" / f"{page}.html.gz").read_bytes())
        (seeds / name).write_text(render(html.decode("utf-8", "replace")), encoding="utf-8")
        (golden / name).write_text(truth[page]["articleBody"] + "\n", encoding="utf-8")
        origin.append(f"| `{name}` | {lang} | {truth[page]['url']} |")
    (seeds / "ORIGIN.md").write_text("\n".join(origin) + "\n", encoding="utf-8")
    print(f"wrote {len(chosen)} seeds in {len(by_language)} languages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
