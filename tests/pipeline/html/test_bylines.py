"""Authors: the sources asked in order (markup, author links, byline elements, the author box),
the site's own name where the page signs with it, and collective signatures."""

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


def test_an_author_boxs_name_line_in_lower_case_is_the_signature_as_shown() -> None:
    """The author box's name element holding a CMS account's display name in lower case
    ("crazy lennys") names the author as the box shows it; the same words in a byline element
    that is not the box's name line are no name."""
    box = "<div class='elementor-author-box'><h4 class='elementor-author-box__name'>{}</h4></div>"
    story = "<h1>Choosing an eBike</h1>" + prose("story", 4)
    assert extract_html(page(box.format("crazy lennys") + story)).authors == ("crazy lennys",)
    plain = "<span class='author-name'>crazy lennys</span>"
    assert extract_html(page(plain + story)).authors == ()


def test_a_page_declaring_a_product_and_no_story_names_no_author() -> None:
    """A shop's item page (JSON-LD Product, or og:type "product") names no author: its "By …"
    line is the brand's; a review article declaring the product it rates as well as itself an
    article keeps its byline."""
    body = "<h1>Toasted Almond Thins</h1><p>By Almondina</p>" + prose("item", 4)
    product = '<script type="application/ld+json">{"@type": "Product", "name": "Thins"}</script>'
    assert extract_html(page(body, product)).authors == ()
    assert extract_html(page(body, '<meta property="og:type" content="product">')).authors == ()
    review = product + '<meta property="og:type" content="article">'
    assert extract_html(page(body, review)).authors == ("Almondina",)


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


def test_a_sites_front_page_names_no_author() -> None:
    """The byline on a site's front page is one teaser's of many: the page at the site's root
    gives no author, the same page at a story's URL gives the byline's name."""
    html = page('<h1>The Blog</h1><div class="byline">By Keith Randall</div>' + prose("teaser", 4))
    assert extract_html(html, url="https://blog.example.org/").authors == ()
    assert extract_html(html, url="https://blog.example.org/a-post").authors == ("Keith Randall",)


def test_the_name_beside_the_date_picks_the_opener_among_byline_boxes() -> None:
    """A thread whose every post has a byline box ("Pepper Pot", then two repliers') and whose
    opener's name stands beside the date under the headline is signed by the opener alone;
    without that date the boxes' names all stay."""

    def given(date: str) -> tuple[str, ...]:
        posts = "".join(
            f'<div><span class="author">{name}</span></div>' + prose(name, 2)
            for name in ("Philipp Jones", "Ed Miller")
        )
        opener = f'<div><span class="author">Pepper Pot</span>{date}</div>'
        html = page("<h1>Starting projects</h1>" + opener + prose("story", 3) + posts)
        return extract_html(html, url="https://forum.example.com/topic/starting").authors

    assert given("<span>May 2, 2025</span>") == ("Pepper Pot",)
    assert given("") == ("Pepper Pot", "Philipp Jones", "Ed Miller")
