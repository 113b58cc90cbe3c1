"""Elements kept by their class and id alone (``plain_names``), without ``is_junk``'s steps."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import plain_names
from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.junk import NAMES_ONLY, is_junk
from newswire.pipeline.html.names import Verdict
from newswire.pipeline.html.plain_names import kept_by_names, name_verdict

_NAMES = (
    "",
    "post-4721 entry hentry",
    "entry-content",
    "share-bar",
    "sidebar",
    "site-header fixed top-0",
    "user-avatar",
    "comments",
    "card-body",
    "col-md-8",
    "hidden",
    "widget",
)


def test_names_that_keep_an_element_keep_it_whatever_it_holds() -> None:
    """Where ``kept_by_names`` keeps an element judged by class and id alone, ``is_junk``
    keeps it too, on a walk that reads names, whatever the element holds; a furniture, weak,
    pinned or avatar name is left to ``is_junk``, and so is a span or a <dl> whose names say
    nothing (a digest: maybe a price's label or a card's fields for screen readers), not a
    <div> of the same names."""
    holds_text = "".join(f"<p>{n}</p>" for n in range(6))
    elements = "".join(
        f"<div class='{names}' id='x{index}'>{content}</div>"
        for index, names in enumerate(_NAMES)
        for content in ("", "J", holds_text, "<p>Read the story</p>")
    )
    tree = LexborHTMLParser(f"<body><main>{elements}</main></body>")
    assert tree.body is not None
    holds = Holds(tree.body)
    kept = set()
    for node in tree.body.css("div"):
        attrs = node.attributes
        assert attrs.keys().isdisjoint(NAMES_ONLY)
        if kept_by_names(attrs.get("class") or "", attrs.get("id") or "", "div"):
            kept.add(attrs.get("class"))
            assert not is_junk(
                node, "div", attrs, holds, by_name=True, noscript=False, hidden=False
            )
    assert kept == {"", "post-4721 entry hentry", "entry-content", "card-body", "col-md-8"}
    assert kept_by_names("", "", "div")
    assert not kept_by_names("col-md-8", "", "span")
    assert not kept_by_names("x1a2b", "", "span")
    assert not kept_by_names("x1a2b", "", "dl")
    assert kept_by_names("x1a2b", "", "div")


# Class and id pairs whose tokens meet across the two: a story name beside a furniture one,
# a bare "hidden" beside a breakpoint's display class, a pinned or avatar name in the id.
_CLASSES = ("", "hidden", "md:block", "share-bar", "sidebar", "entry-content", "card x-fixed")
_IDS = ("", "hidden", "md:flex", "comments", "main-content", "widget-3", "fixed-nav", "avatar")


def test_class_and_id_judged_apart_answer_as_the_names_joined() -> None:
    """An element's class and id, judged apart and joined, keep it exactly where the two
    joined as ``is_junk`` joins them are none, or neither pinned nor an avatar's and of a
    story or neutral: a "hidden" class shown by an id's breakpoint class, a story id beside
    a furniture class."""
    for classes in _CLASSES:
        for ident in _IDS:
            names = f"{classes} {ident}"
            joined = len(names) < 2 or (
                "fixed" not in names
                and "vatar" not in names
                and name_verdict(names) in (Verdict.POSITIVE, Verdict.NEUTRAL)
            )
            assert kept_by_names(classes, ident, "div") is joined, names
    assert kept_by_names("hidden", "md:flex", "div")
    assert not kept_by_names("hidden", "x", "div")
    assert kept_by_names("share-bar", "main-content", "div")
    assert not kept_by_names("entry-content", "fixed-nav", "div")


def test_a_tokens_verdict_does_not_depend_on_the_names_it_was_first_judged_in() -> None:
    """Each class token is judged once for every element that carries it: "hidden" met first
    alone (hidden) is still cancelled beside a breakpoint class, and a story-naming token
    rescues an element whatever token came before it."""
    assert name_verdict("hidden") is Verdict.NEGATIVE
    assert name_verdict("hidden lg:flex") is Verdict.NEUTRAL
    assert name_verdict("share-bar") is Verdict.NEGATIVE
    assert name_verdict("share-bar entry-content") is Verdict.POSITIVE
    assert name_verdict("entry-content share-bar") is Verdict.POSITIVE
    assert name_verdict("share-bar sidebar-hidden") is Verdict.NEGATIVE


def test_a_class_attribute_new_to_the_cache_answers_as_its_tokens_do() -> None:
    """A new class attribute made of tokens met before in others (each token's marks are
    cached alone) keeps or leaves an element as the same tokens judged afresh would: a
    furniture token, a breakpoint that shows a "hidden" element, a story token's rescue."""
    assert kept_by_names("col-md-8 card-body", "", "div")
    assert not kept_by_names("col-md-8 share-bar", "", "div")
    assert not kept_by_names("card-body hidden", "", "div")
    assert kept_by_names("card-body hidden md:block", "", "div")
    assert kept_by_names("share-bar entry-content col-md-8", "", "div")


def test_the_verdict_caches_stay_bounded_and_answer_the_same_once_emptied() -> None:
    """A service running for weeks sees ever new class names: each cache is emptied when it
    reaches its size, and a name judged again after that gets the answer it got before."""
    before = {names: (name_verdict(names), kept_by_names(names, "", "div")) for names in _NAMES}
    for number in range(plain_names._VERDICTS_MAX + 10):
        name_verdict(f"unseen-{number}")
        kept_by_names(f"other-{number} box", "", "div")
    assert len(plain_names._verdicts) <= plain_names._VERDICTS_MAX
    assert len(plain_names._class_marks_cache) <= plain_names._CLASS_MARKS_MAX
    assert len(plain_names._token_marks_cache) <= plain_names._TOKEN_MARKS_MAX
    after = {names: (name_verdict(names), kept_by_names(names, "", "div")) for names in _NAMES}
    assert after == before
