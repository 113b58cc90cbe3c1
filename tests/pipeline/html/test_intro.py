"""The story's intro in a component of its own before the story's, built like the story."""

from __future__ import annotations

from newswire.pipeline.html.intro import reads_as_title, with_intro, with_lead
from newswire.pipeline.html.walk import Block
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of

_INTRO = "Our standfirst sets the scene for the council's long budget debate this week."


def _component(inner: str) -> str:
    return f'<div class="text-component"><div class="rich-text">{inner}</div></div>'


def test_an_intro_in_a_component_like_the_storys_joins_the_story() -> None:
    """A short intro paragraph in a rich-text component of its own, before a figure and the
    story's component of the same names, is the story's first line."""
    html = page(
        f"<h1>Budget</h1>{_component(f'<p>{_INTRO}</p>')}"
        f'<div class="media"><img src="a.jpg"></div>{_component(prose("story", 5))}'
    )
    text = text_of(html)
    assert text.startswith(_INTRO)
    assert "story 4" in text


def test_a_key_points_list_beside_the_intro_joins_it() -> None:
    """A "Key points" heading and list in the intro's component, before its paragraph, are
    the story's first lines; a list of links there (a table of contents) is not."""
    intro = (
        "<h2>Key points</h2><ul><li>Rents rose by a tenth over the year.</li>"
        "<li>Wages rose by half as much.</li></ul>"
        '<ul><li><a href="/a">Rents by city, this year and the last</a></li></ul>'
        f"<p>{_INTRO}</p>"
    )
    html = page(
        f"<h1>Budget</h1>{_component(intro)}"
        f'<div class="media"><img src="a.jpg"></div>{_component(prose("story", 5))}'
    )
    text = text_of(html)
    assert text.startswith("Key points\nRents rose by a tenth over the year.")
    assert _INTRO in text
    assert "Rents by city" not in text
    assert "story 4" in text


def test_short_sentences_beside_the_intro_join_it_and_a_byline_does_not() -> None:
    """Short paragraphs that are whole sentences in the intro's component join it; a byline
    and a job title there (no sentences) stay out."""
    intro = f"<p>By Jo Lane</p><p>Chief Economist</p><p>Rents rose again.</p><p>{_INTRO}</p>"
    html = page(
        f"<h1>Budget</h1>{_component(intro)}"
        f'<div class="media"><img src="a.jpg"></div>{_component(prose("story", 5))}'
    )
    text = text_of(html)
    assert text.startswith(f"Rents rose again.\n{_INTRO}")
    assert "By Jo Lane" not in text
    assert "Chief Economist" not in text


def test_a_paragraph_built_otherwise_before_the_story_stays_out() -> None:
    """A paragraph before the story in containers of other names (a sidebar's blurb) or in
    bare <div>s is not the story's intro."""
    blurb = "A sidebar blurb that tells readers about the newsletter and its weekly picks."
    bare = "A bare paragraph in plain wrappers that says nothing about the story at all."
    html = page(
        f'<div class="promo-box"><div class="blurb"><p>{blurb}</p></div></div>'
        f"<div><div><p>{bare}</p></div></div>"
        f'<div class="main-col">{_component(prose("story", 5))}</div>'
    )
    text = text_of(html)
    assert "story 0" in text
    assert blurb not in text
    assert bare not in text


def test_nothing_is_added_to_an_empty_story_or_to_one_without_prose() -> None:
    """With no story blocks, or none of them prose, the story is returned as it is, however
    the page's blocks are built (paths too short to have containers included)."""
    short = Block(text=SENTENCE, tag="p", link_chars=0, path=(0,))
    line = Block(text="A heading", tag="h2", link_chars=0, path=(0, 1, 2))
    assert with_intro([short], [], {}, lambda block: True) == []
    assert with_intro([short, line], [line], {1: "a", 2: "b"}, lambda block: False) == [line]
    assert with_intro([short, line], [line], {}, lambda block: True) == [line]


def test_an_intro_in_a_component_with_a_modifier_of_its_own_joins_the_story() -> None:
    """The intro's component may carry a modifier class beside its name ("text-component
    lead"): the same component as the story's, its intro."""
    html = page(
        f'<h1>Budget</h1><div class="text-component lead"><div class="rich-text">'
        f"<p>{_INTRO}</p></div></div>"
        f'<div class="media"><img src="a.jpg"></div>{_component(prose("story", 5))}'
    )
    assert text_of(html).startswith(_INTRO)


def test_an_intro_in_a_variant_of_the_storys_component_joins_the_story() -> None:
    """The intro's container may be named by one of the story's container's class names only
    ("rich-text" beside the story's "body-text rich-text"): the same component, its intro."""
    story = f'<div class="text-component"><div class="body-text rich-text">{prose("story", 5)}'
    html = page(
        f"<h1>Budget</h1>{_component(f'<p>{_INTRO}</p>')}"
        f'<div class="media"><img src="a.jpg"></div>{story}</div></div>'
    )
    text = text_of(html)
    assert text.startswith(_INTRO)
    assert "story 4" in text


def test_a_container_named_where_the_storys_is_bare_is_no_component_of_it() -> None:
    """A named container is not alike a bare one: a blurb in a named box where the story's
    paragraphs sit in a bare <div> stays out."""
    blurb = "A sidebar blurb that tells readers about the newsletter and its weekly picks."
    html = page(
        f'<div class="text-component"><div class="blurb"><p>{blurb}</p></div></div>'
        f'<div class="media"><img src="a.jpg"></div>'
        f'<div class="text-component"><div>{prose("story", 5)}</div></div>'
    )
    text = text_of(html)
    assert "story 0" in text
    assert blurb not in text


_LEAD = (
    "Saving money is easier with a plan, and these tips, gathered from readers and planners "
    "over the years, show where to start and what to keep an eye on."
)
_HEADLINE = "Ten tips for saving money"


def test_a_lead_between_the_headline_and_a_story_opening_with_a_heading_joins_it() -> None:
    """A guide whose chosen container opens with its first section heading starts after its
    lead: the paragraph of prose between the headline and that container is the story's first
    line, while the byline line beside it stays out."""
    html = page(
        f'<div class="header"><h1>{_HEADLINE}</h1><p class="byline">By Jo Lane</p>'
        f'<div class="standfirst"><p>{_LEAD}</p></div></div>'
        f'<div class="story"><h2>1. Make a budget</h2>{prose("tip", 5)}</div>',
        head=f"<title>{_HEADLINE}</title>",
    )
    text = text_of(html)
    assert text.startswith(_LEAD)
    assert "tip 4" in text
    assert "By Jo Lane" not in text


def test_a_lead_under_a_labelled_headline_joins_the_story() -> None:
    """A headline that carries its section's label before a colon ("Blog: <title>") is still
    the headline the lead sits under: the lead before a story opening with a heading joins it."""
    html = page(
        f'<div class="header"><h1><strong>Blog:</strong> {_HEADLINE}</h1>'
        f'<div class="summary"><p>{_LEAD}</p></div></div>'
        f'<div class="story"><h2>1. Make a budget</h2>{prose("tip", 5)}</div>',
        head=f"<title>{_HEADLINE}</title>",
    )
    text = text_of(html)
    assert text.startswith(_LEAD)
    assert "tip 4" in text


def test_a_heading_reads_as_the_title_without_a_short_label_or_a_separated_name() -> None:
    """A heading reads as the title whole, after a label of one or two words and a colon, or
    before a separator and a name without figures; not after a longer head, nor before a
    product's size."""
    folded = "how to save money"
    assert reads_as_title("How to Save Money", folded)
    assert reads_as_title("Blog: How to Save Money", folded)
    assert reads_as_title("Product Summary: How to Save Money", folded)
    assert reads_as_title("How to Save Money | Opinion", folded)
    assert not reads_as_title("Our best money guide: How to Save Money", folded)
    assert not reads_as_title("How to Save Money | 44MM", folded)
    assert not reads_as_title("How to Save Money Fast", folded)


def test_a_summary_list_in_the_leads_container_joins_the_lead() -> None:
    """A "Key takeaways" heading and list in the lead's container, between the headline and a
    story that opens with a heading, join the lead; a list outside that container does not."""
    html = page(
        f'<div class="header"><h1>{_HEADLINE}</h1><ul class="tags"><li>Money tips</li></ul>'
        '<div class="standfirst"><h2>Key takeaways</h2><ul><li>Start with a budget.</li>'
        f"<li>Save before you spend.</li></ul><p>{_LEAD}</p></div></div>"
        f'<div class="story"><h2>1. Make a budget</h2>{prose("tip", 5)}</div>',
        head=f"<title>{_HEADLINE}</title>",
    )
    text = text_of(html)
    assert text.startswith("Key takeaways\nStart with a budget.\nSave before you spend.")
    assert _LEAD in text
    assert "Money tips" not in text


def test_prose_above_a_story_that_opens_with_prose_stays_out() -> None:
    """A story that opens with a paragraph of prose has its lead: a long caption between the
    headline and the story is not joined to it."""
    caption = (
        "In this file photo, made available by the agency, two workers carry the old sign "
        "down the stairs of the town hall, which closed its doors in the spring of that year."
    )
    html = page(
        f'<div class="header"><h1>{_HEADLINE}</h1>'
        f'<div class="figure"><p>{caption}</p></div></div>'
        f'<div class="story">{prose("tip", 5)}</div>',
        head=f"<title>{_HEADLINE}</title>",
    )
    text = text_of(html)
    assert "tip 0" in text
    assert caption not in text


def test_no_lead_is_looked_for_without_the_headline_before_the_story() -> None:
    """Without a heading that reads as the title before the story (a site name's <h1>, no
    title), the prose above the story is not taken for its lead."""
    sidebar = Block(text=SENTENCE, tag="p", link_chars=0, path=(0, 1, 2))
    logo = Block(text="The Daily Site", tag="h1", link_chars=0, path=(0, 1, 3))
    first = Block(text="1. Make a budget", tag="h2", link_chars=0, path=(0, 4, 5))
    blocks = [logo, sidebar, first]
    assert with_lead(blocks, [first], _HEADLINE, lambda block: block.tag == "p") == [first]
    assert with_lead(blocks, [first], None, lambda block: block.tag == "p") == [first]
    assert with_lead(blocks, [first], "The Daily Site", lambda b: b.tag == "p") == [
        sidebar,
        first,
    ]


def test_a_lead_under_a_headline_in_the_pages_header_joins_the_story() -> None:
    """A headline set in the page's <header> (dropped with the site's chrome) leaves no heading
    to anchor the lead on: the paragraph of prose right before a story that opens with a
    heading is its first line."""
    html = page(
        f"<header><h1>{_HEADLINE}</h1></header>"
        f'<div class="intro"><p>{_LEAD}</p></div>'
        f'<div class="story"><h2>1. Make a budget</h2>{prose("tip", 5)}</div>',
        head=f"<title>{_HEADLINE}</title>",
    )
    text = text_of(html)
    assert text.startswith(_LEAD)
    assert "tip 4" in text


def _headerless(before: list[Block]) -> list[Block]:
    first = Block(text="1. Make a budget", tag="h2", link_chars=0, path=(0, 9, 10))
    return with_lead([*before, first], [first], _HEADLINE, lambda block: block.tag == "p")[:-1]


def test_a_headerless_lead_may_stand_one_line_above_the_story_and_no_more() -> None:
    """Without the headline before the story, the run of prose paragraphs right before it is
    its lead, past one line that is no prose (an editor's note); past two such lines, or with
    an <h1> before them (a site name's), the paragraphs are another part of the page."""
    lead = Block(text=SENTENCE, tag="p", link_chars=0, path=(0, 1, 2))
    more = Block(text=SENTENCE, tag="p", link_chars=0, path=(0, 1, 3))
    note = Block(text="Editor's note: updated", tag="div", link_chars=0, path=(0, 4, 5))
    toc = Block(text="Table of contents", tag="h4", link_chars=0, path=(0, 6, 7))
    logo = Block(text="The Daily Site", tag="h1", link_chars=0, path=(0, 8))
    assert _headerless([lead, more]) == [lead, more]
    assert _headerless([lead, more, note]) == [lead, more]
    assert _headerless([lead, note, toc]) == []
    assert _headerless([logo, lead, more]) == []


def test_a_headerless_lead_may_stand_above_a_table_of_contents() -> None:
    """A table of contents between the lead and the story (a column of links to its
    sections beside it: lines all link text) does not end the lead; a line of its own that
    is only partly a link still counts as the one other line."""
    lead = Block(text=SENTENCE, tag="p", link_chars=0, path=(0, 1, 2))
    entries = [
        Block(text=f"Step {n}: the part", tag="li", link_chars=16, path=(0, 6, 7 + n))
        for n in range(4)
    ]
    partly = Block(text="Step 5: the part, and more", tag="div", link_chars=15, path=(0, 6, 20))
    assert _headerless([lead, *entries]) == [lead]
    assert _headerless([lead, partly, *entries]) == [lead]
    assert _headerless([lead, partly, partly, *entries]) == []


_PURPOSE = "SELECT, TABLE, WITH — retrieve rows from a table or view"
_SYNOPSIS = "SELECT [ ALL | DISTINCT ] expression FROM from_item"


def _reference_blocks(lead: list[tuple[str, str]], *, home: int = 3) -> list[Block]:
    """A banner's line, then in the entry's container (element 3) its headline and ``lead``
    (tag, text) in an element of their own (``home``), then two sections of prose."""
    blocks = [Block(text=SENTENCE, tag="p", link_chars=0, path=(0, 1, 2))]
    blocks.append(Block(text="SELECT", tag="h2", link_chars=0, path=(0, 3, 4, 5)))
    blocks += [
        Block(text=text, tag=tag, link_chars=0, path=(0, home, 6, 7 + index))
        for index, (tag, text) in enumerate(lead)
    ]
    for section in (20, 30):
        blocks.append(Block(text="Description", tag="h2", link_chars=0, path=(0, 3, section, 1)))
        blocks.append(Block(text=SENTENCE, tag="p", link_chars=0, path=(0, 3, section, 2)))
    return blocks


def _story_of(blocks: list[Block]) -> list[Block]:
    return with_lead(blocks, blocks[-4:], "SELECT", lambda block: len(block.text) > 100)


def test_a_reference_entrys_purpose_and_synopsis_join_the_story() -> None:
    """A manual's entry whose story opens with a section heading, in the container that holds
    its headline too, starts with the lines between them: its one-line purpose, and its
    synopsis heading over a block of code; the banner's line above stays out."""
    blocks = _reference_blocks([("p", _PURPOSE), ("h2", "Synopsis"), ("pre", _SYNOPSIS)])
    assert [block.text for block in _story_of(blocks)[:3]] == [_PURPOSE, "Synopsis", _SYNOPSIS]
    assert len(_story_of(blocks)) == 7


def test_a_line_of_capitalised_names_over_a_reference_story_stays_out() -> None:
    """Between the headline and a story opening with a heading, a line of capitalised words
    alone (the authors' names), a list's items and the heading over them are not the entry's
    own lines."""
    names = "Naftali Tishby, Fernando Pereira, William Bialek"
    blocks = _reference_blocks(
        [("h3", "Authors"), ("p", names), ("li", "Filter by the rows of a table or view")]
    )
    assert _story_of(blocks) == blocks[-4:]


def test_no_reference_lines_join_above_a_story_in_a_container_of_its_own() -> None:
    """A purpose line and code outside the element that holds the whole story stay out: a
    header above the story's container holds none of its lines; and so does a container
    that holds the page's first block too (the page itself)."""
    outside = _reference_blocks([("p", _PURPOSE), ("pre", _SYNOPSIS)], home=9)
    outside[1] = Block(text="SELECT", tag="h2", link_chars=0, path=(0, 9, 4, 5))
    assert _story_of(outside) == outside[-4:]
    whole = _reference_blocks([("p", _PURPOSE), ("pre", _SYNOPSIS)])
    whole[0] = Block(text=SENTENCE, tag="p", link_chars=0, path=(0, 3, 1, 2))
    assert _story_of(whole) == whole[-4:]
