"""Credit lines without a "By" at the headline: a line of fields with a date, a name (or a
paper's list of names) beside a date, a name over a job title; the site's own name signing a
company blog's post; a "This post was written by …" note in an author box."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_a_credit_line_with_a_date_below_the_headline_names_the_author() -> None:
    """ "Aaron Ricadela | Senior Writer | July 2, 2025" just below the <h1> names its first
    field's person; a line of fields without a date ("Health | Science") or whose first field
    is no name names no one."""

    def authors_of(line: str) -> tuple[str, ...]:
        return extract_html(
            page(f"<header><h1>Story</h1><p>{line}</p></header>" + prose("s", 4))
        ).authors

    assert authors_of("Aaron Ricadela | Senior Writer | July 2, 2025") == ("Aaron Ricadela",)
    assert authors_of("Aaron Ricadela | Senior Writer") == ()
    assert authors_of("the health desk | July 2, 2025") == ()


def test_a_name_in_its_own_element_beside_a_date_at_the_headline_names_the_author() -> None:
    """ "Dec 17, 2025" then "Julian K. Arni" in spans of their own just above the headline (or
    just below it, a "·" between) name the author; a linked label beside the date (a
    category), the page's section, a heading shaped like a name and the headline's words
    repeated above it (a breadcrumb's last item) do not."""

    def names(credit: str, *, head: str = "", below: str = "") -> tuple[str, ...]:
        body = f"{credit}<h1>Attested builds</h1>{below}" + prose("s", 4)
        return extract_html(page(body, head)).authors

    assert names("<div><span>Dec 17, 2025</span><span>Julian K. Arni</span></div>") == (
        "Julian K. Arni",
    )
    below = "<div><span>2025-12-17</span><span>·</span><a title='T'>Trond Teigen</a></div>"
    assert names("", below=below) == ("Trond Teigen",)
    tag = "<div><span>December 18, 2025</span><a href='/category/nt/'>Nonessential Thoughts</a>"
    assert names("", below=tag + "</div>") == ()
    section = '<meta property="article:section" content="Press Release">'
    assert (
        names("<div><span>Press Release</span><span>May 2, 2025</span></div>", head=section) == ()
    )
    assert names("", below="<p>May 2, 2025</p><h2>Spring Cleaning</h2>") == ()
    crumb = "<div><span>Attested Builds</span></div><p>July 29, 2025</p>"
    assert names(crumb) == ()


def test_a_dated_name_in_a_link_to_the_page_itself_names_the_author() -> None:
    """A name and a date wrapped in a link marked as the page the reader is on
    (``aria-current="page"``, a site builder's permalink around the story's credit) name the
    author; the same link to another page (a category's) does not."""

    def names(current: str) -> tuple[str, ...]:
        credit = (
            f'<a href="/post/video-trends"{current}><div>Jane Marlow</div>'
            "<div>September 4, 2025</div></a>"
        )
        return extract_html(page("<h1>Video trends</h1>" + credit + prose("s", 4))).authors

    assert names(' aria-current="page"') == ("Jane Marlow",)
    assert names("") == ()


def test_a_deck_given_twice_does_not_push_the_dated_name_out_of_reach() -> None:
    """A deck shown twice in a row under the headline (the phone's copy and the desktop's)
    counts once, so "Shauna Mitchell" then "August 25, 2024" after it still name the author;
    two different lines before the pair do push it out of the texts read."""

    def names(decks: str) -> tuple[str, ...]:
        credit = "<div><div>Shauna Mitchell</div><div>August 25, 2024</div></div>"
        body = f"<h1>Pricing yoga classes</h1>{decks}{credit}" + prose("s", 4)
        return extract_html(page(body)).authors

    deck = "<p>A guide to what a class costs.</p>"
    assert names(deck + deck) == ("Shauna Mitchell",)
    assert names(deck + "<p>Another line entirely.</p>") == ()


def test_a_dated_credit_filed_in_a_section_or_over_a_date_label_names_the_author() -> None:
    """A name beside a date at the headline names the author also when the credit files the
    story in a section ("Mahua Das in" then the section's link) and when a date's label in
    its own text stands for the date ("Matteo Laratta" then "Last Updated:"); a name beside a
    label that is no date's ("Share:") names nobody."""

    def names(below: str) -> tuple[str, ...]:
        return extract_html(page(f"<h1>Pricing guide</h1>{below}" + prose("s", 4))).authors

    filed = "<div><span>Dec 26, 2025</span><span>Mahua Das in</span><a href='/pm'>PM</a></div>"
    assert names(filed) == ("Mahua Das",)
    labelled = "<div><p>Matteo Laratta</p><div>Last Updated:</div></div>"
    assert names(labelled) == ("Matteo Laratta",)
    assert names("<div><p>Matteo Laratta</p><div>Share:</div></div>") == ()


def test_a_name_over_a_job_title_under_the_headline_names_the_author() -> None:
    """ "Juliette Carreiro" then "Tech Writer" in texts of their own just below the headline
    name the author; a name over a line that is no job title, a linked name and a name far
    below the headline do not."""

    def names(below: str) -> tuple[str, ...]:
        return extract_html(page(f"<h1>Cloud trends</h1>{below}" + prose("s", 4))).authors

    assert names("<div><p>Juliette Carreiro</p><p>Tech Writer</p></div>") == ("Juliette Carreiro",)
    assert names("<div><p>Juliette Carreiro</p><p>Share this story</p></div>") == ()
    assert names("<div><a href='/p/jc'>Juliette Carreiro</a><p>Tech Writer</p></div>") == ()
    far = "".join(f"<p>Line {i}</p>" for i in range(8))
    assert names(far + "<div><p>Juliette Carreiro</p><p>Tech Writer</p></div>") == ()


def test_a_name_over_a_job_title_at_its_employer_names_the_author() -> None:
    """A job title followed by its employer as a profile writes it ("Founder at Oakywood",
    "Editor @ Acme", "Editor | Acme") under a name just below the headline names the author;
    a line that only mentions an employer ("Made at Oakywood") does not."""

    def names(role: str) -> tuple[str, ...]:
        card = f"<div><p>Mateusz Haberny</p><p>{role}</p></div>"
        return extract_html(page(f"<h1>Desk setup</h1>{card}" + prose("s", 4))).authors

    assert names("Founder at Oakywood") == ("Mateusz Haberny",)
    assert names("Editor @ Acme") == ("Mateusz Haberny",)
    assert names("Editor | Acme") == ("Mateusz Haberny",)
    assert names("Made at Oakywood") == ()


def test_a_written_by_line_naming_the_site_outranks_the_markups_account() -> None:
    """ "Written by Model Remodel" under the headline, the site's own name, signs the story
    over the CMS account the markup names; a lower-case account named for the site ("by"
    then "modelremodel") does not, and the markup's person stays."""
    head = (
        '<meta property="og:site_name" content="Model Remodel">'
        '<meta name="author" content="Max Mittler">'
    )
    url = "https://modelremodel.com/blog/renovate/"

    def authors_of(credit: str) -> tuple[str, ...]:
        body = f"<h1>Renovate</h1><p>Jan 30, 2025</p><p>{credit}</p>" + prose("s", 4)
        return extract_html(page(body, head), url=url).authors

    assert authors_of("Written by Model Remodel") == ("Model Remodel",)
    assert authors_of("By <span>modelremodel</span>") == ("Max Mittler",)
    assert authors_of("Written by Ann Lee") != ("Model Remodel",)


def test_the_markups_site_name_beside_the_date_under_the_headline_signs_the_story() -> None:
    """The site's name as the markup's author is kept when the page shows it in a text of its
    own beside the date under the headline ("Supermove" then "February 8, 2022"); without
    the date beside it the text is a tagline or a menu's, and the name stays out."""
    head = (
        '<meta name="author" content="Supermove"><meta property="og:site_name" content="Supermove">'
    )
    url = "https://www.supermove.com/blog/movers"
    dated = page("<h1>Movers</h1><p>Supermove</p><p>February 8, 2022</p>" + prose("s", 4), head)
    assert extract_html(dated, url=url).authors == ("Supermove",)
    undated = page("<h1>Movers</h1><p>Supermove</p><p>Moving made easy</p>" + prose("s", 4), head)
    assert extract_html(undated, url=url).authors == ()


def test_the_sites_own_name_or_desk_beside_the_date_under_the_headline_signs_the_story() -> None:
    """With no markup naming anyone, the site's own name (og:site_name) or a newsroom's desk
    ("Newsdesk") in a text of its own beside the date under the headline is the story's credit;
    the site's name linked (the logo's link home) or away from the date, or another one-word
    text beside the date (a label, a button), names no one."""
    head = '<meta property="og:site_name" content="EcoFlow">'

    def names(credit: str) -> tuple[str, ...]:
        body = f"<h1>How many watts does a laptop use</h1>{credit}" + prose("s", 4)
        return extract_html(page(body, head)).authors

    assert names("<div><span>EcoFlow</span><time>2025/4/29</time></div>") == ("EcoFlow",)
    assert names("<div><div>19 Dec, 2025</div><div>Newsdesk</div></div>") == ("Newsdesk",)
    assert names("<div><a href='/'>EcoFlow</a><time>2025/4/29</time></div>") == ()
    assert names("<div><span>EcoFlow</span><span>Power stations</span></div>") == ()
    assert names("<div><span>Share</span><time>2025/4/29</time></div>") == ()


def test_a_date_then_the_writer_in_one_credit_line_names_the_writer() -> None:
    """ "Dec. 19, 2025 · Niko Matsakis on behalf of" a group's link just below the headline
    names the writer, the words tying the name to the group left out; a date then a text that
    is no name ("Dec. 19, 2025 · the design team") names nobody."""

    def authors_of(line: str) -> tuple[str, ...]:
        body = f"<header><h1>Rust love</h1><div>{line}</div></header>" + prose("s", 4)
        return extract_html(page(body)).authors

    grouped = "Dec. 19, 2025 &middot; Niko Matsakis on behalf of <a href='/g'>Vision group</a>"
    assert authors_of(grouped) == ("Niko Matsakis",)
    assert authors_of("Dec. 19, 2025 &middot; the design team") == ()


def test_a_papers_list_of_names_beside_its_date_names_every_author() -> None:
    """A text that is a list of full names ("Naftali Tishby, Fernando C. Pereira, William
    Bialek") beside a date under the headline names them all; a list with a one-word part
    ("Tishby, Pereira") names nobody."""

    def authors_of(names: str) -> tuple[str, ...]:
        body = f"<h1>Bottleneck</h1><div><p>{names}</p><p>24 Apr 2000</p></div>" + prose("s", 4)
        return extract_html(page(body)).authors

    listed = "Naftali Tishby, Fernando C. Pereira, William Bialek"
    assert authors_of(listed) == ("Naftali Tishby", "Fernando C. Pereira", "William Bialek")
    assert authors_of("Tishby, Pereira") == ()


def test_a_written_by_note_in_an_author_box_names_the_writer() -> None:
    """ "This post was written by Danielle Padula, Head of Marketing" in an element named for
    the author (an author box the story's lines leave out) names the writer; a bio there that
    only mentions the writer names nobody."""
    note = "This post was written by Danielle Padula, Head of Marketing and Community"
    boxed = f"<div class='author-bio'>{note}</div>"
    extracted = extract_html(page("<h1>Indexing</h1>" + prose("s", 4) + boxed))
    assert extracted.authors == ("Danielle Padula",)
    sentence = "<div class='author-bio'>Danielle Padula writes about journals and indexing.</div>"
    assert extract_html(page("<h1>Indexing</h1>" + prose("s", 4) + sentence)).authors == ()


def test_a_name_under_the_headline_whose_bio_closes_the_story_names_the_writer() -> None:
    """ "Julia Gralberg" in a text of its own under the headline, and "Julia Gralberg is a
    freelance travel writer…" among the story's last lines, name the writer; the same name
    whose sentence opens the story (a profile of its subject) names nobody."""
    name = "<p><span>Julia Gralberg</span></p>"
    bio = "<p>Julia Gralberg is a freelance travel writer and the editor of a hotel guide.</p>"
    closing = extract_html(page("<h1>Travel hacks</h1>" + name + prose("s", 6) + bio))
    assert closing.authors == ("Julia Gralberg",)
    opening = extract_html(page("<h1>Travel hacks</h1>" + name + bio + prose("s", 6)))
    assert opening.authors == ()


def test_a_post_headers_name_over_its_date_and_reading_time_names_the_writer() -> None:
    """Name, date ("Sep 26, 2022", "Jun 9", "2 days ago") and reading time ("2 min read") in
    texts of their own under the headline (a site builder's post header): the name signs the
    post, one word or in capitals, linked to the writer's profile or not; without the reading
    time, or with a category link in the name's place, no one is named."""

    def names(name: str, when: str = "Jun 9", reading: str = "5 min read") -> tuple[str, ...]:
        header = f"<div><span>{name}</span><span>{when}</span><span>{reading}</span></div>"
        return extract_html(
            page("<h1>Why music lessons help</h1>" + header + prose("s", 4))
        ).authors

    assert names("Kalyn Keen") == ("Kalyn Keen",)
    assert names("Gabo", "2 days ago", "11 min read") == ("Gabo",)
    profile = '<a href="/profile/leonardogarcia/profile">LEONARDO GARCIA</a>'
    assert names(profile, "Sep 26, 2022", "2 min read") == ("LEONARDO GARCIA",)
    assert names("Kalyn Keen", reading="Updated: Jun 10") == ()
    assert names('<a href="/blog/categories/music">Music</a>') == ()
