"""Each kind of element read out of the page's shared query is what its own query gives."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.microdata_items import microdata_elements
from newswire.pipeline.html.page_elements import (
    BUTTONS,
    DISCLAIMERS,
    FRAMES,
    QUANTITY_FIELDS,
    Element,
    Page,
    body_text,
    button_elements,
    class_selectors,
    disclaimer_elements,
    figure_elements,
    frame_elements,
    h1_elements,
    head_elements,
    heading_elements,
    may_hold_class,
    may_hold_segments,
    page_elements,
    quantity_elements,
)

# Elements matching several selectors of the shared query (a <meta itemprop>, an <h1
# itemprop>), a JSON-LD type in capitals, a script of another type with an itemprop.
_PAGE = (
    "<html><head><meta name='a' content='1'><meta itemprop='b' content='2'>"
    "<script type='Application/LD+JSON'>{}</script><script type='text/javascript'>1</script>"
    "<script type='application/ld+json '>{}</script><script itemprop='c'>{}</script>"
    "</head><body><h1 itemprop='headline'>T</h1><figure itemprop='image'><h1>F</h1></figure>"
    "<div itemprop='author'>A</div><figure></figure><H1>Two</H1></body></html>"
)


def _ids(nodes: list[LexborNode]) -> list[int]:
    return [node.mem_id for node in nodes]


def _element_ids(elements: list[Element]) -> list[int]:
    return [node.mem_id for node, _, _ in elements]


def test_each_kind_equals_its_own_query() -> None:
    """Every reader gives the elements its own selector would, in page order, each once."""
    tree = LexborHTMLParser(_PAGE)
    head = tree.css('meta, script[type="application/ld+json"]')
    assert _element_ids(head_elements(tree)) == _ids(head)
    assert _element_ids(microdata_elements(tree)) == _ids(tree.css("[itemprop]"))
    assert _ids(h1_elements(tree)) == _ids(tree.css("h1"))
    assert _ids(figure_elements(tree)) == _ids(tree.css("figure"))


def test_counts_of_each_kind() -> None:
    """The page has 3 head elements (the JSON-LD type in any case, not with a trailing space),
    5 microdata elements, 3 headings and 2 figures."""
    tree = LexborHTMLParser(_PAGE)
    assert [len(head_elements(tree)), len(microdata_elements(tree))] == [3, 5]
    assert [len(h1_elements(tree)), len(figure_elements(tree))] == [3, 2]


def test_each_element_comes_with_its_tag_and_attributes() -> None:
    """An element of the shared query comes with its tag and its attributes as the node has
    them (a <meta>'s name and content)."""
    [(node, tag, attrs), *_] = head_elements(LexborHTMLParser(_PAGE))
    assert (tag, attrs) == ("meta", {"name": "a", "content": "1"}) == (node.tag, node.attributes)


def test_a_page_reads_its_elements_once_and_gives_the_same() -> None:
    """A parsed ``Page`` gives the shared query's elements a plain parser gives (each element
    once, the date elements and author links among them), and the same list when asked
    again (read once a page)."""
    html = _PAGE + "<time class='date'>May 1</time><a rel='author' href='/author/x'>X</a>"
    page = Page(html)
    plain = page_elements(LexborHTMLParser(html))
    assert [(tag, attrs) for _, tag, attrs in page.elements] == [
        (tag, attrs) for _, tag, attrs in plain
    ]
    assert [tag for _, tag, _ in plain][-2:] == ["time", "a"]
    assert len(plain) == len({node.mem_id for node, _, _ in plain})
    assert page_elements(page) is page.elements


def test_a_page_forgets_its_queries_when_its_tree_changed() -> None:
    """After ``forget`` a ``Page`` queries its tree again: a heading taken out of the tree
    after the shared query was read is gone from it, and from a query made before."""
    page = Page(_PAGE)
    assert len(h1_elements(page)) == len(page.css("h1")) == 3
    for node in page.css("figure h1"):
        node.decompose()
    page.forget()
    assert [node.text() for node in h1_elements(page)] == ["T", "Two"]
    assert len(page.css("h1")) == 2


def test_the_body_text_is_the_bodys_whole_text_built_once_and_forgotten() -> None:
    """``body_text`` is the body's ``text(deep=True)`` on a plain parser and on a ``Page``
    (built once: the same string when asked again), "" on a tree without a body, and built
    again after ``forget`` from the changed tree."""
    html = "<html><body><h1>Jo Doe</h1><p>One <b>two</b></p> <footer>\u00a9 Jo Doe</footer>"
    page = Page(html)
    assert page.body is not None
    assert body_text(page) == page.body.text(deep=True) == body_text(LexborHTMLParser(html))
    assert body_text(page) is body_text(page)
    for node in page.css("footer"):
        node.decompose()
    page.forget()
    assert body_text(page) == "Jo DoeOne two "
    tree = LexborHTMLParser("<p>x</p>")
    if tree.body is not None:
        tree.body.decompose()
    assert body_text(tree) == ""


def test_a_hidden_element_with_an_id_may_be_a_streamed_segment() -> None:
    """A page may hold React's streamed segments when an element has both a ``hidden``
    attribute and an id (a segment: '<div hidden id="S:0">'), not with either alone."""
    assert may_hold_segments(LexborHTMLParser('<div hidden id="S:0"><p>x</p></div>'))
    assert may_hold_segments(Page('<p>a</p><div hidden="" id="S:1"></div>'))
    assert not may_hold_segments(LexborHTMLParser('<div hidden></div><div id="S:0"></div>'))
    assert not may_hold_segments(LexborHTMLParser(_PAGE))


def test_the_shared_query_holds_every_element_whose_id_may_be_a_posts() -> None:
    """Every element whose id starts as a forum post's does ("post-1", "p2", "msg3",
    "js-post-4", and "page" too: the reader checks the whole id), in page order, each once."""
    tree = LexborHTMLParser(
        "<html><body><div id='page'><li id='post-1'><p id='p2' itemprop='text'>a</p></li>"
        "<div id='msg3' class='date'>b</div><div id='js-post-4'>c</div>"
        "<div id='x5'>d</div></div></body></html>"
    )
    posts = tree.css('[id^="msg"], [id^="p"], [id^="js-post"]')
    assert len(posts) == 5
    shared = [node.mem_id for node, _, attrs in page_elements(tree) if "id" in attrs]
    assert shared == _ids(posts)


# Controls of each kind, the link's role and the input's type in other cases, headings of
# both levels, classes naming a disclaimer as written and in capitals.
_OFTEN = (
    "<body><h2>A</h2><button id=b1>Buy</button><input type='SUBMIT'><input type=' submit'>"
    "<input type='Button'><input type='text'><a role='BUTTON'>x</a><a role='button'>y</a>"
    "<h1>T</h1><div class='PostDisclaimer'>d</div><div class='DISCLAIMER'>e</div>"
    "<svg><button></button></svg><h2 hidden id='h'>B</h2><p class='post-disclaimer x'>f</p>"
    "</body>"
)


def test_headings_buttons_and_disclaimers_equal_their_own_queries() -> None:
    """The <h2>s (and <h1>s with them), the page's controls (an input's type in any case, a
    link's role as written) and the elements whose class names a disclaimer (as written) are
    what their own queries give, in page order."""
    tree = LexborHTMLParser(_OFTEN)
    assert _ids(heading_elements(tree, frozenset({"h2"}))) == _ids(tree.css("h2"))
    h1_h2 = heading_elements(tree, frozenset({"h1", "h2"}))
    assert _ids(h1_h2) == _ids(tree.css("h1, h2"))
    assert [len(tree.css("h2")), len(h1_h2)] == [2, 3]
    assert _element_ids(button_elements(tree)) == _ids(tree.css(BUTTONS))
    assert len(button_elements(tree)) == 5
    assert _element_ids(disclaimer_elements(tree)) == _ids(tree.css(DISCLAIMERS))
    assert len(disclaimer_elements(tree)) == 2


def test_only_a_hidden_div_with_an_id_may_be_a_streamed_segment() -> None:
    """A hidden heading or button with an id is no streamed segment (each is a <div>)."""
    assert not may_hold_segments(LexborHTMLParser(_OFTEN))


def test_frames_and_templates_equal_their_own_query() -> None:
    """The <iframe>s and <template>s are what their own query gives, in page order, and a
    frame's attributes bring it to no other reader (an <iframe> is no <h1>, no button)."""
    tree = LexborHTMLParser(
        "<body><iframe src='/a'></iframe><h1>T</h1><template id='B:0'></template>"
        "<iframe class='date'></iframe></body>"
    )
    assert _ids(frame_elements(tree)) == _ids(tree.css(FRAMES))
    assert [node.tag for node in frame_elements(tree)] == ["iframe", "template", "iframe"]
    assert [node.tag for node in h1_elements(tree)] == ["h1"]
    assert button_elements(tree) == []


def test_quantity_fields_are_the_inputs_and_selects_their_own_query_gives() -> None:
    """The fields named for a quantity (in any case, "qty" inside a longer name) are the
    <input>s and <select>s that their own query gives, in page order; a <meta> or a <div>
    with such a name is no field, and a field reaches no other reader."""
    tree = LexborHTMLParser(
        "<head><meta name='quantity' content='1'></head><body><input name='QTY' value='1'>"
        "<div name='quantity'>1</div><select name='vwquantity'><option>1</option></select>"
        "<input name='email'></body>"
    )
    fields = [node for node in tree.css(QUANTITY_FIELDS) if node.tag in {"input", "select"}]
    assert _element_ids(quantity_elements(tree)) == _ids(fields)
    assert [tag for _, tag, _ in quantity_elements(tree)] == ["input", "select"]
    assert button_elements(tree) == []


def test_a_page_is_parsed_with_one_selector_engine_a_thread() -> None:
    """Pages parsed one after the other query with the same engine, and each query finds its
    own page's elements."""
    first, second = Page("<p>a</p>"), Page("<p>b</p><p>c</p>")
    assert first.selector is second.selector
    assert [node.text() for node in first.css("p")] == ["a"]
    assert second.body is not None
    assert [node.text() for node in second.body.css("p")] == ["b", "c"]


def test_a_page_asks_only_the_class_words_its_classes_may_hold() -> None:
    """A ``Page`` selects by the words some class of it holds, in any case ("Post-Date" holds
    "date"), by the value holding it where few do, none when no class holds one ("posted" in
    the text or an id is in no class); a plain parser by every word."""
    page = Page('<div class="Post-Date" id="posted">posted</div>')
    assert class_selectors(page, ("date", "posted")) == '[class="post-date" i]'
    assert class_selectors(page, ("posted", "meta")) == ""
    plain = LexborHTMLParser('<div class="x">')
    assert class_selectors(plain, ("date", "posted")) == '[class*="date" i], [class*="posted" i]'


def test_a_page_finds_the_elements_of_every_class_word_a_plain_parser_does() -> None:
    """The shared query of a ``Page`` (its class selectors cut to the words its classes hold)
    finds the elements a plain parser's finds, in the same order: date and disclaimer classes
    in any case, a class word in the text only."""
    html = (
        "<body><p class='MetaBox'>a</p><time>b</time><div class='x'>posted</div>"
        "<span class='Updated-DATE'>c</span><p class='post-disclaimer'>d</p></body>"
    )
    page = Page(html)
    assert [(tag, attrs) for _, tag, attrs in page.elements] == [
        (tag, attrs) for _, tag, attrs in page_elements(LexborHTMLParser(html))
    ]
    assert [tag for _, tag, _ in page.elements] == ["p", "time", "span", "p"]


def test_a_page_may_hold_a_class_word_its_class_values_hold_in_any_case() -> None:
    """``may_hold_class``: on a ``Page``, whether some class value holds the word in any case
    (not an id or the text); on a plain parser, always."""
    page = Page("<div class='Entry-Content' id=post-body>article-body</div>")
    assert may_hold_class(page, "entry-content")
    assert not may_hold_class(page, "post-body")
    assert not may_hold_class(page, "article-body")
    assert may_hold_class(LexborHTMLParser("<p>"), "post-body")


def test_the_grouped_selectors_find_what_their_plain_lists_find() -> None:
    """The shared query's selectors grouped behind their tag or attribute (``:is()``) find the
    elements their plain selector lists find, each once, in page order: a link matching two
    author paths, a post id, a streamed segment, the submit and button inputs, the quantity names,
    an author link made a button, an e-mail field (its type in any case)."""
    html = (
        "<body><a href='/Authors/writer/x' id=a>A</a><a href='/byline/y'>B</a><p id=post-1>c</p>"
        "<div id=msg2>d</div><div hidden id=S:1></div><input type=SUBMIT><input type=button name=Qty-quantity>"
        "<select name=quantity></select><a href='/contributors/z' rel=author>E</a>"
        "<a href='/writer/q' role=button>F</a><input type=Email></body>"
    )
    plain = (
        '[rel="author"], a[href*="/author" i], a[href*="/contributor" i], a[href*="/writer" i], '
        'a[href*="/byline/" i], div[hidden][id^="S:"], [id^="msg"], [id^="p"], [id^="js-post"], button, '
        'input[type="submit"], input[type="button"], a[role="button"], [name*="qty" i], '
        '[name*="quantity" i], input[type="email"]'
    )
    tree = LexborHTMLParser(html)
    once: list[int] = []
    for node in tree.css(plain):
        if not once or once[-1] != node.mem_id:
            once.append(node.mem_id)
    assert len(once) == 11
    assert _element_ids(page_elements(tree)) == once
