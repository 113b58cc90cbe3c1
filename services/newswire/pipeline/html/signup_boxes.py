"""A page's e-mail sign-up box: the form with an e-mail field and the few lines around it that
pitch it ("Enter your email for 15% off your first order, plus the latest news.", "Email me
when back in stock", "By providing my email, I am consenting to receive ... emails")."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.page_elements import EMAIL_FIELDS, Page, page_elements

# A shop puts its sign-up box anywhere (its footer in plain <div>s, under the price as a
# back-in-stock alert, between a story's paragraphs as a deals newsletter; a service page's
# contact or trial form): the form itself goes as controls, but its pitch, its consent line
# and its messages ("Please enter a valid email", "You are already subscribed") stay, in
# wrappers whose names say nothing ("FormWrapper", "container-main"). Their shape tells them:
# the form holds an e-mail field, and the wrappers just around it (at most _BOX_LEVELS above
# the form) hold at most _BOX_WORDS words: a pitch is a line or two, a consent line a
# sentence; the story, a product's description, a listing around a box hold far more. A
# wrapper that holds a heading stops the climb: a heading names a section of the page (a
# listing's "Would you like a 4 day work week?" that the page keeps as an item, a footer's
# column), not a box's line. Half A all types 0.903480 -> 0.903584 (product 0.776 -> 0.777: two
# shops' footer and back-in-stock boxes), half B 0.914323 -> 0.914359 (articles 0.964947 ->
# 0.964980: a deals box between a story's paragraphs; three service pages' contact, login and
# trial forms); no page worse, ScrapingHub unchanged (0.990773); hashed names A 0.886988 ->
# 0.887273, B 0.895676 -> 0.895779 (15 pages better, none worse). Without the heading stop, a
# listing's pitch heading that its truth keeps went (-0.15). Costs no walk: the fields come
# from the page's shared query, and a form with one reads a few small subtrees' texts.
_BOX_WORDS: Final = 60
_BOX_LEVELS: Final = 3
_HEADINGS: Final = "h1, h2, h3, h4, h5, h6"
# How far above its field a form is looked for (a field sits inside its label's wrappers).
_FIELD_DEPTH: Final = 8
_TOP_TAGS: Final = frozenset({"body", "html"})


def _small_box(node: LexborNode) -> bool:
    """``node`` holds few words and no heading (see above)."""
    return len(node.text(deep=True).split()) <= _BOX_WORDS and node.css_first(_HEADINGS) is None


def _form_of(field: LexborNode) -> LexborNode | None:
    node = field.parent
    for _ in range(_FIELD_DEPTH):
        if node is None or node.tag in _TOP_TAGS:
            return None
        if node.tag == "form":
            return node
        node = node.parent
    return None


def _email_fields(root: LexborNode) -> list[LexborNode]:
    """``root.css(EMAIL_FIELDS)``: on the parsed page, its shared query's (``page_elements``),
    found anyway (lexbor matches the ``type`` in any case); on another tree (a test's), a query
    of its own."""
    parser = root.parser
    if not isinstance(parser, Page):
        return root.css(EMAIL_FIELDS)
    return [
        node
        for node, tag, attrs in page_elements(parser)
        if tag == "input" and (attrs.get("type") or "").lower() == "email"
    ]


def signup_boxes(root: LexborNode) -> frozenset[int]:
    """The element ids (``mem_id``) of the sign-up boxes under ``root`` (see above): each the
    outermost wrapper, up to _BOX_LEVELS above a form with an e-mail field, that is a small box
    as the form is."""
    boxes: set[int] = set()
    forms: set[int] = set()
    for field in _email_fields(root):
        form = _form_of(field)
        if form is None or form.mem_id in forms:
            continue
        forms.add(form.mem_id)
        box: LexborNode | None = None
        node: LexborNode | None = form
        for _ in range(_BOX_LEVELS + 1):
            if node is None or node.tag in _TOP_TAGS or not _small_box(node):
                break
            box = node
            node = node.parent
        if box is not None:
            boxes.add(box.mem_id)
    return frozenset(boxes)
