"""The compiled build of the hot pipeline modules, loaded only while it matches the sources.

``make install`` compiles the modules of ``COMPILED`` with mypyc (``newswire.dev.native``) into
``newswire/_native/``, beside a manifest holding a digest of every ``.py`` file of the package as
compiled. At ``import newswire``, ``activate`` puts a finder in front of Python's own that loads
those modules from ``_native/`` only if the package's sources still have that digest: an edited
(or merged) ``.py`` anywhere in the package turns the whole build off, so a stale binary never
runs old code (mypyc bakes other modules' ``Final`` constants and signatures into each module,
so a partial fallback would not be safe). Without a build, with a stale one, or with
``NEWSWIRE_PURE_PYTHON=1``, newswire runs as pure Python, the same outputs more slowly;
``MODE`` says which runs and why.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).resolve().parent
NATIVE = PACKAGE / "_native"
MANIFEST = NATIVE / "manifest.json"

#: What the build compiles: every module of the pipeline (html, text, page type, dates,
#: fingerprints) but these, each for its reason: ``pipeline.pipeline`` (tests monkeypatch its
#: names), ``html.page_elements`` (its ``Page`` subclasses selectolax's parser, which a mypyc
#: native class cannot; its time is lexbor's parse and queries, in C already), ``language`` (reads
#: its word list beside its ``__file__``, which a compiled module has in ``_native/``), ``decode``
#: and ``legacy_charset`` (pydantic validation, decompression and codecs: C already), and the
#: stages' plain records (``options``, ``extracted``, ``enrich``: dataclasses built once a page,
#: which callers ``replace`` and compare; nothing to gain), ``html.noscript_frames`` (one function
#: generic over ``str`` and ``bytes``, which mypyc's type check rejects). Session 37 measured the
#: 94 against the 18 hot ones: 0.956 of their CPU a page (cost_ab --as-built, every 2nd page, 3
#: repeats).
COMPILED: tuple[str, ...] = (
    "newswire.pipeline.bit_vote",
    "newswire.pipeline.byte_ngrams",
    "newswire.pipeline.byte_walk",
    "newswire.pipeline.clock_times",
    "newswire.pipeline.date_words",
    "newswire.pipeline.dates",
    "newswire.pipeline.extract",
    "newswire.pipeline.fingerprint",
    "newswire.pipeline.html.above_main",
    "newswire.pipeline.html.account_bylines",
    "newswire.pipeline.html.age_stamps",
    "newswire.pipeline.html.ancestry",
    "newswire.pipeline.html.aria_roles",
    "newswire.pipeline.html.author_bios",
    "newswire.pipeline.html.author_elements",
    "newswire.pipeline.html.author_markup",
    "newswire.pipeline.html.body",
    "newswire.pipeline.html.body_texts",
    "newswire.pipeline.html.breadcrumb_trails",
    "newswire.pipeline.html.buy_buttons",
    "newswire.pipeline.html.byline_elements",
    "newswire.pipeline.html.byline_lines",
    "newswire.pipeline.html.bylines",
    "newswire.pipeline.html.callouts",
    "newswire.pipeline.html.card_bylines",
    "newswire.pipeline.html.card_grids",
    "newswire.pipeline.html.card_overlays",
    "newswire.pipeline.html.category_links",
    "newswire.pipeline.html.class_values",
    "newswire.pipeline.html.closing_labels",
    "newswire.pipeline.html.comment_threads",
    "newswire.pipeline.html.component_names",
    "newswire.pipeline.html.consent_lines",
    "newswire.pipeline.html.consent_names",
    "newswire.pipeline.html.controls",
    "newswire.pipeline.html.credit_lines",
    "newswire.pipeline.html.cross_links",
    "newswire.pipeline.html.date_labels",
    "newswire.pipeline.html.date_markup",
    "newswire.pipeline.html.dates",
    "newswire.pipeline.html.discount_lines",
    "newswire.pipeline.html.doubled_lines",
    "newswire.pipeline.html.drawn_pictures",
    "newswire.pipeline.html.embed_codes",
    "newswire.pipeline.html.extractor",
    "newswire.pipeline.html.facet_panels",
    "newswire.pipeline.html.field_keys",
    "newswire.pipeline.html.figures",
    "newswire.pipeline.html.fine_print",
    "newswire.pipeline.html.footnote_marks",
    "newswire.pipeline.html.furniture_lines",
    "newswire.pipeline.html.handles",
    "newswire.pipeline.html.head",
    "newswire.pipeline.html.heading_words",
    "newswire.pipeline.html.headline_case",
    "newswire.pipeline.html.headline_dates",
    "newswire.pipeline.html.headline_headings",
    "newswire.pipeline.html.headline_kicker",
    "newswire.pipeline.html.headline_texts",
    "newswire.pipeline.html.hidden",
    "newswire.pipeline.html.hidden_pages",
    "newswire.pipeline.html.hiding_classes",
    "newswire.pipeline.html.holds",
    "newswire.pipeline.html.hover_cards",
    "newswire.pipeline.html.initials_cards",
    "newswire.pipeline.html.intro",
    "newswire.pipeline.html.item_datelines",
    "newswire.pipeline.html.item_ratings",
    "newswire.pipeline.html.item_rivers",
    "newswire.pipeline.html.junk",
    "newswire.pipeline.html.labelled_dates",
    "newswire.pipeline.html.labelled_names",
    "newswire.pipeline.html.language_links",
    "newswire.pipeline.html.layout_wrappers",
    "newswire.pipeline.html.lead_dispatch",
    "newswire.pipeline.html.listed_writers",
    "newswire.pipeline.html.listing_intros",
    "newswire.pipeline.html.lost_characters",
    "newswire.pipeline.html.markup_accounts",
    "newswire.pipeline.html.marquee_lines",
    "newswire.pipeline.html.mastheads",
    "newswire.pipeline.html.meta_boxes",
    "newswire.pipeline.html.meta_rows",
    "newswire.pipeline.html.microdata_authors",
    "newswire.pipeline.html.microdata_items",
    "newswire.pipeline.html.modal_sheets",
    "newswire.pipeline.html.named_sections",
    "newswire.pipeline.html.named_threads",
    "newswire.pipeline.html.names",
    "newswire.pipeline.html.newsletter_pitches",
    "newswire.pipeline.html.noscript_pages",
    "newswire.pipeline.html.offer_names",
    "newswire.pipeline.html.page_branch",
    "newswire.pipeline.html.page_links",
    "newswire.pipeline.html.page_region",
    "newswire.pipeline.html.page_root",
    "newswire.pipeline.html.paragraphs",
    "newswire.pipeline.html.people",
    "newswire.pipeline.html.permalink",
    "newswire.pipeline.html.photo_credits",
    "newswire.pipeline.html.placement",
    "newswire.pipeline.html.plain_names",
    "newswire.pipeline.html.portrait_names",
    "newswire.pipeline.html.post_headers",
    "newswire.pipeline.html.post_series",
    "newswire.pipeline.html.poster_cards",
    "newswire.pipeline.html.poster_counters",
    "newswire.pipeline.html.poster_lines",
    "newswire.pipeline.html.price_lines",
    "newswire.pipeline.html.priced_cards",
    "newswire.pipeline.html.prices",
    "newswire.pipeline.html.product_cards",
    "newswire.pipeline.html.profile_links",
    "newswire.pipeline.html.promo_cards",
    "newswire.pipeline.html.qa_comments",
    "newswire.pipeline.html.quantity_fields",
    "newswire.pipeline.html.reaction_lines",
    "newswire.pipeline.html.reference_lists",
    "newswire.pipeline.html.repeated_bylines",
    "newswire.pipeline.html.repeats",
    "newswire.pipeline.html.result_counts",
    "newswire.pipeline.html.review_cards",
    "newswire.pipeline.html.review_strips",
    "newswire.pipeline.html.review_tabs",
    "newswire.pipeline.html.role_buttons",
    "newswire.pipeline.html.sales_boxes",
    "newswire.pipeline.html.scoring",
    "newswire.pipeline.html.screen_reader",
    "newswire.pipeline.html.search_boxes",
    "newswire.pipeline.html.section_names",
    "newswire.pipeline.html.sentence_links",
    "newswire.pipeline.html.series_headers",
    "newswire.pipeline.html.shop_lines",
    "newswire.pipeline.html.shop_promises",
    "newswire.pipeline.html.shop_tail",
    "newswire.pipeline.html.shown_dates",
    "newswire.pipeline.html.shown_over_markup",
    "newswire.pipeline.html.signature_lines",
    "newswire.pipeline.html.signup_boxes",
    "newswire.pipeline.html.site_footer",
    "newswire.pipeline.html.site_menus",
    "newswire.pipeline.html.site_names",
    "newswire.pipeline.html.site_owner",
    "newswire.pipeline.html.slot_series",
    "newswire.pipeline.html.slug_links",
    "newswire.pipeline.html.social_pitches",
    "newswire.pipeline.html.standing_story",
    "newswire.pipeline.html.stated_body",
    "newswire.pipeline.html.stated_faq",
    "newswire.pipeline.html.stated_origin",
    "newswire.pipeline.html.stated_product",
    "newswire.pipeline.html.story_footer",
    "newswire.pipeline.html.story_pages",
    "newswire.pipeline.html.streamed_segments",
    "newswire.pipeline.html.strip_headings",
    "newswire.pipeline.html.strips",
    "newswire.pipeline.html.teaser_cards",
    "newswire.pipeline.html.teasers",
    "newswire.pipeline.html.text",
    "newswire.pipeline.html.thread_opener",
    "newswire.pipeline.html.thread_posts",
    "newswire.pipeline.html.thread_region",
    "newswire.pipeline.html.title",
    "newswire.pipeline.html.title_headings",
    "newswire.pipeline.html.tooltip_dates",
    "newswire.pipeline.html.tweet_quotes",
    "newswire.pipeline.html.unclosed_landmarks",
    "newswire.pipeline.html.unit_prices",
    "newswire.pipeline.html.update_label",
    "newswire.pipeline.html.walk",
    "newswire.pipeline.html.walk_elements",
    "newswire.pipeline.html.word_breaks",
    "newswire.pipeline.local_date_forms",
    "newswire.pipeline.month_names",
    "newswire.pipeline.normalize",
    "newswire.pipeline.pagetype.declared",
    "newswire.pipeline.pagetype.features",
    "newswire.pipeline.pagetype.lexicon",
    "newswire.pipeline.pagetype.model",
    "newswire.pipeline.pagetype.names",
    "newswire.pipeline.pagetype.scrape",
    "newswire.pipeline.pagetype.script",
    "newswire.pipeline.pagetype.structure",
    "newswire.pipeline.pagetype.tree_walk",
    "newswire.pipeline.pagetype.urlshape",
    "newswire.pipeline.pagetype.voice",
    "newswire.pipeline.pagetype.word_table",
    "newswire.pipeline.pagetype.wording",
    "newswire.pipeline.relative_dates",
    "newswire.pipeline.rounding",
    "newswire.pipeline.short_year",
    "newswire.pipeline.text.consent_dialog",
    "newswire.pipeline.text.extractor",
    "newswire.pipeline.text.forum_posts",
    "newswire.pipeline.text.headline",
    "newswire.pipeline.text.headline_glued",
    "newswire.pipeline.text.headline_inside",
    "newswire.pipeline.text.headline_near",
    "newswire.pipeline.text.headline_pair",
    "newswire.pipeline.text.headline_product",
    "newswire.pipeline.text.headline_rank",
    "newswire.pipeline.text.headline_shape",
    "newswire.pipeline.text.headline_thread",
    "newswire.pipeline.text.label_values",
    "newswire.pipeline.text.lines",
    "newswire.pipeline.text.menu_runs",
    "newswire.pipeline.text.patterns",
    "newswire.pipeline.text.price_grid",
    "newswire.pipeline.text.route",
    "newswire.pipeline.text.site_title",
    "newswire.pipeline.text.span",
    "newswire.pipeline.text.story",
    "newswire.pipeline.text.tag_lines",
    "newswire.pipeline.textnorm",
    "newswire.pipeline.thread_labels",
    "newswire.pipeline.time_zones",
    "newswire.pipeline.update_lines",
    "newswire.pipeline.variant_tails",
    "newswire.pipeline.vocabulary",
    "newswire.pipeline.word_crcs",
    "newswire.pipeline.words",
)

#: "compiled" or "pure (why)", set by ``activate``.
MODE = "pure (not activated)"


def source_digest(package: Path = PACKAGE) -> str:
    """SHA-256 over every ``.py`` file of the package (relative path and bytes, in path order)."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def source_file(module: ModuleType) -> Path:
    """The ``.py`` file a module of the package is built from, compiled or not.

    A compiled module's ``__file__`` names a binary under ``_native/`` (mypyc writes a path that
    need not even exist), so code that reads a module's source or finds files beside it goes
    through here rather than through ``__file__``.
    """
    return PACKAGE.joinpath(*module.__name__.split(".")[1:]).with_suffix(".py")


class _NativeFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules (by their dotted names) in ``_native/``; nothing else."""

    def __init__(self, files: dict[str, Path]) -> None:
        self._files = files

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        file = self._files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def _check(manifest: dict[str, object], digest: str) -> tuple[dict[str, Path], str]:
    """The compiled files to load and the mode, from a build's manifest and today's digest."""
    if manifest.get("python") != sys.implementation.cache_tag:
        return {}, f"pure (the build is for {manifest.get('python')})"
    if manifest.get("digest") != digest:
        return {}, "pure (stale build: sources changed since it; make install rebuilds it)"
    modules = manifest.get("modules")
    if not isinstance(modules, dict):
        return {}, "pure (a manifest without modules)"
    files = {str(name): NATIVE / str(file) for name, file in modules.items()}
    missing = [name for name, file in files.items() if not file.is_file()]
    if missing:
        return {}, f"pure (build incomplete: {missing[0]} missing)"
    return files, "compiled"


def activate() -> str:
    """Load the compiled modules from now on if the build matches the sources; the mode."""
    global MODE  # noqa: PLW0603 - set once, at the package's import
    if os.environ.get("NEWSWIRE_PURE_PYTHON", "") not in ("", "0"):
        MODE = "pure (NEWSWIRE_PURE_PYTHON)"
    elif not MANIFEST.is_file():
        MODE = "pure (no compiled build)"
    else:
        files, MODE = _check(json.loads(MANIFEST.read_text()), source_digest())
        if files:
            sys.meta_path.insert(0, _NativeFinder(files))
    return MODE
