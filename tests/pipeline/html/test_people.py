"""Which names a byline source gave are people (not the site's name, a placeholder, a company's
legal name, a username or a job title beside a name, a label), and which are one person
written twice."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.people import people
from tests.pipeline.html.pages import page, prose


def test_one_author_written_twice_is_one_author() -> None:
    """The markup's and the byline's spellings of one author ("Tina Flint Huffman", "Tina
    Huffman"), and a name run into the author box's next words ("Spencer McIntyreAuthor
    Posts"), give the author once; two people sharing a first name stay two."""
    assert people(["Tina Flint Huffman", "Tina Huffman"], set()) == ("Tina Flint Huffman",)
    assert people(["Spencer McIntyre", "Spencer McIntyreAuthor Posts"], set()) == (
        "Spencer McIntyre",
    )
    assert people(["Tina Huffman", "Tina Flint"], set()) == ("Tina Huffman", "Tina Flint")


def test_a_role_with_its_beat_run_into_the_name_is_taken_off() -> None:
    """ "Keith Barry Senior Autos Reporter": the byline box's role line (seniority, beat, role)
    run into the name is no part of it; "Rachel MacDonald Writer" loses the role only."""
    assert people(["Keith Barry Senior Autos Reporter"], set()) == ("Keith Barry",)
    assert people(["Rachel MacDonald Writer"], set()) == ("Rachel MacDonald",)


def test_the_beat_after_a_role_line_is_no_second_author() -> None:
    """ "Zackery Cuevas Writer, Hardware" split at its comma: the one word after the name's
    role line is the role's beat, not a second person; a one-word name after a name with no
    role ("Linny", "Peter") stays."""
    assert people(["Zackery Cuevas Writer", "Hardware"], set()) == ("Zackery Cuevas",)
    assert people(["Linny", "Peter"], set()) == ("Linny", "Peter")
    assert people(["Rachel MacDonald Writer", "Keith Barry"], set()) == (
        "Rachel MacDonald",
        "Keith Barry",
    )


def test_no_author_is_invented_from_a_site_name_a_handle_or_admin() -> None:
    """The site's own name (og:site_name, the domain), a username and "admin" are no authors."""
    for name in ("Homeyou", "homeyou", "mdelatorreq6vkpg2ma0ci", "brandon-peaktwo", "admin"):
        head = (
            f'<meta name="author" content="{name}"><meta property="og:site_name" content="Homeyou">'
        )
        html = page(prose("story", 4), head)
        assert extract_html(html, url="https://www.homeyou.com/a").authors == (), name


def test_labels_months_and_link_words_in_byline_boxes_are_no_names() -> None:
    """A byline box's form label ("Name"), a month standing alone where a date's parts sit in
    separate elements ("Feb") and its links' words ("View Full Profile") are not authors; the name beside them
    is."""
    box = page(
        '<div class="author-box"><span class="author-name">Maya Perez</span></div>'
        '<div class="author-label">Name</div>'
        '<div class="author-link"><a href="/p">View Full Profile</a></div>' + prose("s", 4)
    )
    assert extract_html(box).authors == ("Maya Perez",)
    month = page('<div class="byline"><span class="month">Feb</span></div>' + prose("s", 4))
    assert extract_html(month).authors == ()


def test_a_company_by_its_legal_form_is_no_author() -> None:
    """A name closing with a legal form ("SmartEtailing Inc", "Acme Ltd.") is the company that
    owns the site, from any source; an institution's plain name still signs."""
    for name, kept in (("SmartEtailing Inc", ()), ("Acme Ltd.", ()), ("Children's Hospital", None)):
        html = page(
            "<h1>Story</h1>" + prose("s", 4),
            f'<script type="application/ld+json">{{"@type": "Article", "author": '
            f'{{"@type": "Organization", "name": "{name}"}}}}</script>',
        )
        assert extract_html(html).authors == (kept if kept is not None else (name,)), name


def test_an_institutions_formal_name_is_no_author() -> None:
    """A university's, a college's, an association's or a clinic's formal name as the markup's
    author ("Loyola Marymount University", "Obesity Medicine Association") is the site's
    publisher, from any source; a hospital's, a centre's or an agency's name still signs, and
    a person's name is kept."""
    for name, signs in (
        ("Loyola Marymount University", False),
        ("Obesity Medicine Association", False),
        ("Cleveland Clinic", False),
        ("Children's Hospital", True),
        ("Thrive Agency", True),
        ("Jane Collegeman", True),
    ):
        assert people([name], set()) == ((name,) if signs else ()), name


def test_a_username_or_a_job_title_beside_a_full_name_is_no_author() -> None:
    """Beside a full name, a lower-case username from the markup ("kffnirmitap") and a job
    title read from the author box as a name ("Marketing Director") are dropped; the person
    stays."""
    head = (
        '<meta name="author" content="Nirmita Panchal"><meta name="author" content="kffnirmitap">'
    )
    assert extract_html(page(prose("story", 4), head)).authors == ("Nirmita Panchal",)
    box = (
        "<h1>Short videos</h1><div class='post-author'><span class='author-name'>Liza Burke"
        "</span><span class='author-role'>Marketing Director</span></div>" + prose("story", 4)
    )
    assert extract_html(page(box)).authors == ("Liza Burke",)


def test_a_desk_after_the_writers_name_is_no_second_author() -> None:
    """ "By Jane Doe, Global Desk": the desk the writer files for is no author beside the
    writers' full names; a desk signing alone ("News Desk") stays the credit."""
    assert people(["Jane Doe", "Global Desk"], set()) == ("Jane Doe",)
    assert people(["Jane Doe", "John Roe", "Metro Desk"], set()) == ("Jane Doe", "John Roe")
    assert people(["Jane Doe", "Newsdesk"], set()) == ("Jane Doe",)
    assert people(["News Desk"], set()) == ("News Desk",)
    byline = "<h1>Council passes budget</h1><p class='byline'>By Jane Doe, Global Desk</p>"
    assert extract_html(page(byline + prose("story", 4))).authors == ("Jane Doe",)


def test_the_sites_credit_after_the_markups_names_is_taken_off() -> None:
    """ "Names, The Paper" in a newspaper group's JSON-LD and "Name - Site Editorial Team" in
    a meta author give the names alone: the credit after them starts with the site's name."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": '
        '"Person", "name": "Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal"}}</script>'
        '<meta property="og:site_name" content="The Commercial Appeal">'
    )
    assert extract_html(page(prose("story", 4), ld)).authors == (
        "Manoj Jain and Jagpreet Chhatwal",
    )
    head = (
        '<meta name="author" content="David Jackson - FullStack Editorial Team">'
        '<meta property="og:site_name" content="FullStack">'
    )
    assert extract_html(page(prose("story", 4), head)).authors == ("David Jackson",)


def test_a_wikis_crowd_of_contributors_is_no_author() -> None:
    """ "Contributors to Wikimedia projects" (a wiki's crowd credited in its markup) names no
    one; one contributor's credit ("SFist Contributor") and a person stay."""
    assert people(["Contributors to Wikimedia projects"], set()) == ()
    assert people(["Contributors to Wikimedia projects", "Jane Roe"], set()) == ("Jane Roe",)
    assert people(["SFist Contributor"], set()) == ("SFist Contributor",)


def test_a_web_address_is_no_author() -> None:
    """A web address given as a name ("www.facebook.com/jane.roe", "facebook.com/janeroe",
    "https://…") names no one; a name with initials ("J.R. Smith") stays."""
    for address in ("www.facebook.com/jane.roe", "facebook.com/janeroe", "https://x.com/jroe"):
        assert people([address, "Jane Roe"], set()) == ("Jane Roe",), address
    assert people(["J.R. Smith"], set()) == ("J.R. Smith",)
    head = '<meta property="article:author" content="www.facebook.com/jane.roe.writes">'
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4), head)).authors == ()
