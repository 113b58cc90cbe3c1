"""Authors from the visible byline when no markup names them."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_visible_byline_date_and_figure_fill_missing_markup() -> None:
    """Without author/date markup, the innermost byline element gives the names ("By" and
    "and" removed), a date element gives published and updated dates, and the figure showing
    the og:image gives the lead image's caption and credit."""
    body = (
        '<div class="byline"><em class="byline__by">By</em> '
        '<span class="byline__author">Lisa Kaczke and Trevor J. Mitchell</span></div>'
        '<div class="publish-date">Published 10:02 AM EST Nov 19, 2019</div>'
        '<div class="updated-date">Updated 11:30 AM EST Nov 19, 2019</div>'
        '<figure><img src="/promo/cover.jpg"><figcaption>Subscribe to our magazine!'
        "</figcaption></figure>"
        '<figure><img src="https://cdn.example.com/img/meth-campaign-1234.jpg?w=800">'
        '<figcaption>Materials from the campaign. <span class="credit">Photo: Jane Roe/AP'
        "</span></figcaption></figure>"
        "<article>" + prose("story", 4) + "</article>"
    )
    head = '<meta property="og:image" content="https://cdn.example.com/meth-campaign-1234.jpg">'
    extracted = extract_html(page(body, head))
    assert extracted.authors == ("Lisa Kaczke", "Trevor J. Mitchell")
    assert extracted.published_raw == ("2019-11-19T10:02:00-05:00",)
    assert extracted.modified_raw == ("2019-11-19T11:30:00-05:00",)
    (image,) = extracted.images
    assert image.caption == "Materials from the campaign."
    assert image.credit == "Jane Roe/AP"


def test_sentences_and_form_labels_in_author_elements_are_no_bylines() -> None:
    """An author-named element holding a sentence or a form label gives no authors."""
    body = (
        '<p class="author-note">The Russian and Syrian defense ministries accused them</p>'
        '<label class="comment-author">Nama (wajib)</label>' + prose("story", 4)
    )
    assert extract_html(page(body)).authors == ()


def test_a_by_line_below_the_headline_names_the_author() -> None:
    """ "By Amy Wilhelm •" under the <h1>, in an element with no telling class, gives the name;
    "<span>By</span> <a>Name</a>" too."""
    inline = page(
        "<h1>Story</h1><p class='text-sm'>By Amy Wilhelm • 5 min read</p>" + prose("s", 4)
    )
    assert extract_html(inline).authors == ("Amy Wilhelm",)
    split = page("<h1>Story</h1><p><span>By</span> <a href='/x'>Jerry Chu</a></p>" + prose("s", 4))
    assert extract_html(split).authors == ("Jerry Chu",)


def test_no_author_is_invented_from_a_site_name_a_handle_or_admin() -> None:
    """The site's own name (og:site_name, the domain), a username and "admin" are no authors."""
    for name in ("Homeyou", "homeyou", "mdelatorreq6vkpg2ma0ci", "brandon-peaktwo", "admin"):
        head = (
            f'<meta name="author" content="{name}"><meta property="og:site_name" content="Homeyou">'
        )
        html = page(prose("story", 4), head)
        assert extract_html(html, url="https://www.homeyou.com/a").authors == (), name


def test_a_collective_signature_signs_a_story_no_person_signs() -> None:
    """A collective signature ("Staff", "team", "Anonymous") as the only author is kept as
    written; beside a person's name it is dropped, and a CMS placeholder ("admin") alone
    still gives no author."""

    def authors(markup: str, byline: str = "") -> tuple[str, ...]:
        head = f'<meta name="author" content="{markup}">'
        return extract_html(page(f"<h1>Story</h1>{byline}" + prose("s", 4), head)).authors

    assert authors("Staff") == ("Staff",)
    assert authors("team") == ("team",)
    assert authors("Anonymous") == ("Anonymous",)
    assert authors("Staff", "<p>By <a href='/author/ann'>Ann Lee</a></p>") == ("Ann Lee",)
    assert authors("admin") == ()


def test_the_by_line_naming_the_site_beats_other_byline_elements() -> None:
    """A personal blog's "By …" line under the headline names the site's owner, the site's
    own name; another byline element further down (a commenter's box) does not sign it."""
    head = '<meta property="og:site_name" content="Heather Handmade">'
    body = (
        "<h1>Story</h1><p>By <span class='author-name'>Heather Handmade</span></p>"
        + prose("s", 4)
        + "<div class='post-author'>Elaine J Winter</div>"
    )
    url = "https://www.heatherhandmade.com/story/"
    assert extract_html(page(body, head), url=url).authors == ("Heather Handmade",)


def test_an_author_label_without_a_colon_is_no_part_of_the_name() -> None:
    """A byline element reading "Author" (or "Written by") and then the name, with no colon
    between (the label in an element of its own), gives the name alone."""
    for label in ("Author", "Written by"):
        body = f"<div class='post-author'><span>{label}</span> <span>Ann Lee</span></div>"
        assert extract_html(page(body + prose("s", 4))).authors == ("Ann Lee",), label


def test_the_site_as_author_is_kept_where_the_page_signs_with_it() -> None:
    """The site's name as the markup's author is kept when the page shows it as its byline,
    or when it is a person's name the domain spells (a personal site); unseen one-word brands
    stay out."""
    head = '<meta name="author" content="CottageCare"><meta property="og:site_name" content="CottageCare">'
    signed = page(
        "<h1>Story</h1><p>By <a href='/author/cc'>CottageCare</a></p>" + prose("s", 4), head
    )
    assert extract_html(signed, url="https://cottagecare.com/b").authors == ("CottageCare",)
    unsigned = page("<h1>Story</h1>" + prose("s", 4), head)
    assert extract_html(unsigned, url="https://cottagecare.com/b").authors == ()
    personal = page(
        "<h1>Story</h1>" + prose("s", 4),
        '<meta name="author" content="Elizabeth McCravy">'
        '<meta property="og:site_name" content="Elizabeth McCravy">',
    )
    assert extract_html(personal, url="https://elizabethmccravy.com/p").authors == (
        "Elizabeth McCravy",
    )


def test_the_by_line_keeps_the_writer_from_reviewers_in_author_links() -> None:
    """Author links name the writer and the reviewer; the "By" line under the headline names
    the writer only, and wins."""
    body = (
        "<h1>Story</h1><p>By <a href='/author/ann-lee'>Ann Lee</a></p>"
        "<p>Reviewed by <a href='/author/bo-chan'>Bo Chan</a></p>" + prose("s", 4)
    )
    assert extract_html(page(body)).authors == ("Ann Lee",)


def test_markup_references_labels_and_dated_bylines_give_names() -> None:
    """A JSON-LD author given by @id is named in the @graph; Slack's "Written by" label names
    one; a byline element sharing its line with a date gives the name without it; entities,
    quotes and a role run into the name are taken off."""
    graph = (
        '<script type="application/ld+json">{"@graph": [{"@type": "Article", "author": '
        '{"@id": "#p1"}}, {"@type": "Person", "@id": "#p1", "name": "Maria &amp; Katerina"}]}'
        "</script>"
    )
    assert extract_html(page(prose("s", 4), graph)).authors == ("Maria & Katerina",)
    label = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Nawaz Dhandala">'
    assert extract_html(page(prose("s", 4), label)).authors == ("Nawaz Dhandala",)
    dated = page(
        '<h1>Defer</h1><p class="author">Andrew Gerrand<br>4 August 2010</p>' + prose("s", 4)
    )
    assert extract_html(dated).authors == ("Andrew Gerrand",)
    role = page('<div class="author-name">Rachel MacDonald Writer</div>' + prose("s", 4))
    assert extract_html(role).authors == ("Rachel MacDonald",)
    quoted = page(prose("s", 4), '<meta name="author" content="&quot;David Kim&quot;">')
    assert extract_html(quoted).authors == ("David Kim",)


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


def test_a_site_named_after_its_author_keeps_the_signature_not_an_institution() -> None:
    """A markup author that is also the site's name and reads as a signature of two words or
    more ("Cory Dransfeldt" on coryd.dev, also as Yoast's "Written by" label) is the author; a
    company's or institution's formal name ("Kneib Dentistry PC", "Michigan Technological
    University") is not."""

    def given(name: str, how: str = "meta") -> tuple[str, ...]:
        markup = (
            f'<meta name="author" content="{name}">'
            if how == "meta"
            else f'<meta name="twitter:label1" content="Written by">'
            f'<meta name="twitter:data1" content="{name}">'
        )
        head = markup + f'<meta property="og:site_name" content="{name}">'
        html = page("<h1>Story</h1>" + prose("s", 4), head)
        return extract_html(html, url="https://www.coryd.dev/posts/a").authors

    assert given("Cory Dransfeldt") == ("Cory Dransfeldt",)
    assert given("Cory Dransfeldt", how="label") == ("Cory Dransfeldt",)
    assert given("Kneib Dentistry PC") == ()
    assert given("Michigan Technological University") == ()


def test_pieces_of_a_byline_and_a_one_word_link_beside_a_name_are_dropped() -> None:
    """ "Maria & Katerina" in JSON-LD and each in a <meta> gives the byline once; a one-word link to a
    team page beside a full name's author link is no author, a degree is kept."""
    split = page(
        "<h1>Story</h1>" + prose("s", 4),
        '<script type="application/ld+json">{"@type": "BlogPosting", "author": '
        '{"@type": "Person", "name": "Maria & Katerina"}}</script>'
        '<meta name="author" content="Maria"><meta name="author" content="Katerina">',
    )
    assert extract_html(split).authors == ("Maria & Katerina",)
    box = page(
        "<h1>Story</h1><div><a href='/author/oleg'>Oleg Parashchak</a> "
        "<a href='/author/experts'>Experts</a> <a href='/author/rd'>RD</a></div>" + prose("s", 4)
    )
    assert extract_html(box).authors == ("Oleg Parashchak", "RD")


def test_a_scholarly_pages_citation_authors_are_its_authors() -> None:
    """Highwire Press tags name every author of a paper, one per tag and in order, each kept
    whole; a byline box's "The Author" label is no name."""
    paper = page(
        "<h1>Study</h1>" + prose("s", 4),
        '<meta name="citation_author" content="Aditya Mahindru">'
        '<meta name="citation_author_institution" content="Medical College, Wardha">'
        '<meta name="citation_author" content="Pradeep Patil">'
        '<meta name="citation_authors" content="Kaufman, Jeff T.">',
    )
    assert extract_html(paper).authors == ("Aditya Mahindru", "Pradeep Patil", "Kaufman, Jeff T.")
    labelled = page(
        "<h1>Story</h1><div class='author'><span class='author-name'>The Author</span></div>"
        + prose("s", 4),
        '<meta name="author" content="The Author">',
    )
    assert extract_html(labelled).authors == ()


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


def test_one_author_link_naming_two_people_gives_both() -> None:
    """A link to a shared author page reading "Moses Kim and Kate Shokurova" gives both names;
    a link whose words are not all names gives none."""
    html = page(
        "<h1>Story</h1>"
        + prose("s", 4)
        + "<div class='post-footer'><a href='/blog/author/moses-kim-and-kate-shokurova'>Moses "
        "Kim and Kate Shokurova</a></div>"
    )
    assert extract_html(html).authors == ("Moses Kim", "Kate Shokurova")
    sentence = page(
        "<h1>Story</h1>" + prose("s", 4) + "<a href='/author/team'>Meet the team behind us</a>"
    )
    assert extract_html(sentence).authors == ()


def test_a_bylines_category_link_is_no_author() -> None:
    """A byline section's category link ("byline__category": "Wellness & Prevention" beside
    the date) names the story's section, not two people."""
    body = (
        '<section class="byline"><span class="byline__release-date"><time '
        'datetime="2023-03-20">March 20, 2023</time></span> | <span class="byline__category">'
        '<a href="/wellness">Wellness &amp; Prevention</a></span></section>' + prose("story", 4)
    )
    assert extract_html(page(body)).authors == ()


def test_a_shown_byline_naming_the_site_signs_the_story() -> None:
    """The site's own name shown as the byline ("By WSET Global" in the byline element, an
    author link) is the author, though the same name in the markup alone is not; beside a
    person's name in the same byline it is the company's credit, and the person signs."""
    head = '<meta property="og:site_name" content="WSET Global">'
    alone = page(
        "<h1>Wine styles</h1><div class='post-author'>by <a href='/blog?author=wset'>"
        "WSET Global</a></div>" + prose("story", 4),
        head,
    )
    assert extract_html(alone, url="https://www.wsetglobal.com/b/1").authors == ("WSET Global",)
    both = page(
        "<h1>Wine styles</h1><a href='/author/wset'>WSET Global</a> "
        "<a href='/author/ann-lee'>Ann Lee</a>" + prose("story", 4),
        head,
    )
    assert extract_html(both, url="https://www.wsetglobal.com/b/1").authors == ("Ann Lee",)


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


def test_a_full_name_by_line_wins_over_a_one_word_markup_author() -> None:
    """A one-word markup author ("KatieS", the CMS account) yields to the "By …" line under
    the headline giving a full name; without such a line the markup's word stands."""
    head = '<meta name="author" content="KatieS">'
    signed = page("<h1>Rental cars</h1><p>By Aoife O'Riordan</p>" + prose("story", 4), head)
    assert extract_html(signed).authors == ("Aoife O'Riordan",)
    assert extract_html(page("<h1>Rental cars</h1>" + prose("story", 4), head)).authors == (
        "KatieS",
    )


def test_an_author_boxs_name_line_names_the_author() -> None:
    """An author box at the end of a post (Elementor's) is no byline as a whole (it holds a
    bio), but its element named for the name gives the author."""
    box = (
        "<div class='elementor-author-box'><img alt='Picture of Liz Kenny' src='/l.jpg'>"
        "<div class='elementor-author-box__text'><h4 class='elementor-author-box__name'>"
        "Liz Kenny</h4><div class='elementor-author-box__bio'><p>Former McKinsey Consultant"
        "</p></div></div></div>"
    )
    assert extract_html(page("<h1>Consulting</h1>" + prose("story", 4) + box)).authors == (
        "Liz Kenny",
    )


def test_a_written_by_line_after_the_story_signs_it() -> None:
    """A story whose only byline is its author box at the end ("Written by" and the name in
    the next element, or on one line), after more text than the headline's byline rules read,
    is signed by that name; a "written by" inside a sentence of the text names someone
    else's work and signs nothing."""
    quoted = "<p>The regex module, a library written by Matthew Barnett in C, is fast.</p>"
    after = '<div class="outro"><p>Written by <span>John Crenshaw</span></p></div>'
    story = prose("story", 50)
    extracted = extract_html(page("<h1>Story</h1>" + quoted + story + after))
    assert extracted.authors == ("John Crenshaw",)
    one_line = '<h3 class="wp-block-heading">Written by Cassidy Horton</h3>'
    assert extract_html(page("<h1>Story</h1>" + story + one_line)).authors == ("Cassidy Horton",)
    assert extract_html(page("<h1>Story</h1>" + quoted + story)).authors == ()


def test_a_company_blog_signed_by_its_account_in_lower_case_keeps_the_signature() -> None:
    """A company blog whose markup names the site as author ("whova", the CMS account) and
    whose author link shows that name signs the post with it, lower case and all; the same
    markup name with no author link on the page is the CMS's default, no signature."""
    head = '<meta property="og:site_name" content="Whova"><meta name="author" content="whova">'
    link = '<p class="post-meta">by <a href="https://whova.com/author/whova" rel="author">whova</a></p>'
    url = "https://whova.com/blog/trends/"
    signed = extract_html(page("<h1>Trends</h1>" + link + prose("story", 4), head), url=url)
    assert signed.authors == ("whova",)
    unsigned = extract_html(page("<h1>Trends</h1>" + prose("story", 4), head), url=url)
    assert unsigned.authors == ()


def test_the_name_heading_an_author_box_after_the_story_names_the_author() -> None:
    """An author box after the story, its name line first and a bio after it (too long to read
    as a byline whole), gives the name when no other source names anyone; a commenter's box
    shaped alike does not."""
    bio = (
        "is a growth-focused marketing professional who writes about search for small clinics"
        " and the people who run them."
    )
    box = (
        '<div class="blog_author-text"><div class="text-small">Lauren Vetter</div>'
        f'<div class="blog_author-bio"><p>Lauren Vetter {bio}</p></div></div>'
    )
    html = page("<h1>SEO tips for clinics</h1>" + prose("story", 4) + box)
    assert extract_html(html).authors == ("Lauren Vetter",)
    comment = (
        '<div class="comment-author"><div class="text-small">Mark Dolan</div>'
        f"<p>Mark Dolan {bio}</p></div>"
    )
    html = page("<h1>SEO tips for clinics</h1>" + prose("story", 4) + comment)
    assert extract_html(html).authors == ()


def test_a_meta_author_repeating_the_json_ld_name_adds_no_one() -> None:
    """A ``<meta name="author">`` that repeats the JSON-LD author's name whole is the same
    person: its credentials after a comma ("Jane Roe CPP, PSP") are not read as a second
    author."""
    head = (
        '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Person",'
        ' "name": "Jane Roe CPP, PSP"}}</script><meta name="author" content="Jane Roe CPP, PSP">'
    )
    extracted = extract_html(page("<h1>Story</h1>" + prose("story", 4), head))
    assert extracted.authors == ("Jane Roe CPP, PSP",)


def test_a_personal_sites_owner_in_lower_case_signs_its_posts() -> None:
    """A markup author in lower case ("annette thurmon") that is the site's name spelt as a
    person's (og:site_name "Annette Thurmon") is the author, as the CMS spells it; an account
    run together ("levinemusic" on the site "Levine Music") or a one-word brand is not."""

    def given(author: str, site: str) -> tuple[str, ...]:
        head = (
            f'<meta itemprop="author" content="{author}">'
            f'<meta property="og:site_name" content="{site}">'
        )
        html = page("<h1>Story</h1>" + prose("s", 4), head)
        return extract_html(html, url="https://www.farmlife.example/blog/a").authors

    assert given("annette thurmon", "Annette Thurmon") == ("annette thurmon",)
    assert given("levinemusic", "Levine Music") == ()
    assert given("acme", "Acme") == ()


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


def test_an_author_boxs_role_lines_are_no_byline_its_name_line_is() -> None:
    """Where the byline elements hold only job titles ("Head Winemaker", "Co-Founder"), they
    sign nothing: the next source, the name heading the author box, gives the author."""
    box = (
        '<div class="post-author"><p>Matt Check</p>'
        '<span class="author-role">Head Winemaker</span>'
        '<span class="author-role">Co-Founder</span>'
        "<p>Matt has made wine in the valley for twenty years and teaches tasting classes "
        "to beginners every spring.</p></div>"
    )
    extracted = extract_html(page("<article>" + prose("story", 4) + "</article>" + box))
    assert extracted.authors == ("Matt Check",)


def test_the_by_line_under_the_headline_outranks_a_different_markup_author() -> None:
    """A guest's story uploaded by an editor: the markup names the CMS account, the "By …"
    line under the headline the writer, and no one is in both: the shown byline signs the
    story. A "Reviewed by" line names a reviewer and leaves the markup's author standing."""
    head = '<meta name="author" content="Jawad Khan">'
    guest = page("<h1>Nine platforms</h1><p>By Jeff Cobb</p>" + prose("story", 4), head)
    assert extract_html(guest).authors == ("Jeff Cobb",)
    reviewed = page("<h1>Nine platforms</h1><p>Reviewed by Jeff Cobb</p>" + prose("story", 4), head)
    assert extract_html(reviewed).authors == ("Jawad Khan",)


def test_an_all_articles_by_link_names_the_author_when_nothing_else_does() -> None:
    """An author box whose name line has no telling class still links to the writer's other
    stories ("All articles by Elliot Raba", a button too): that link names the author. "More
    from …" (a section or a site) and a link inside a sentence name no one."""
    box = "<div class='box'><p>Elliot Raba</p><button>All articles by Elliot Raba</button></div>"
    assert extract_html(page("<h1>Shared services</h1>" + prose("s", 4) + box)).authors == (
        "Elliot Raba",
    )
    linked = "<p><a href='/a/ann-lee'>View all posts by Ann Lee (see all)</a></p>"
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4) + linked)).authors == ("Ann Lee",)
    section = "<a href='/home'>More from Home Garden</a>"
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4) + section)).authors == ()
    sentence = "<a href='/x'>Read all the articles we liked by the lake this summer, Ann</a>"
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4) + sentence)).authors == ()


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


def test_a_line_of_author_links_completes_the_markups_first_author() -> None:
    """Where the markup names one author, the first of a line of author links joined only by
    commas and "&" ("Rui Ma, Heba Ledwon & Suparn Patra"), the line names every writer; a
    line with other words (a fact-checker's label) or a name beside a profile link keeps the
    markup's one author."""
    head = (
        '<script type="application/ld+json">{"@type": "Article", "author": '
        '{"@type": "Person", "name": "Rui Ma"}}</script>'
    )

    def authors_of(line: str) -> tuple[str, ...]:
        return extract_html(
            page("<h1>Story</h1><div>" + line + "</div>" + prose("s", 4), head)
        ).authors

    names = ("Rui Ma", "Heba Ledwon", "Suparn Patra")
    links = [f"<a href='/author/{i}'>{name}</a>" for i, name in enumerate(names)]
    assert authors_of(f"{links[0]}, {links[1]} &amp; {links[2]}") == names
    assert authors_of(f"By {links[0]} | Fact-checked by {links[1]}") == ("Rui Ma",)
    assert authors_of(f"{links[0]} <a href='/author/0'>Author Profile</a>") == ("Rui Ma",)
