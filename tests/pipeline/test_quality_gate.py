"""Extraction quality gate (like trafilatura's tests/eval_gate.py): the whole pipeline, as
``newswire process`` runs it, over both development corpora, may not fall below pinned floors.

The corpora live beside the project (``../shared/bench``: the 118 ScrapingHub pages, MIT; the
1,497 wcxb-dev pages, CC-BY-4.0; too large to vendor); where they are absent the gate is skipped
and says so. ``make bench-extract`` prints the same figures beside trafilatura's.

Floors are the values measured when pinned minus a small margin (the figures and the command are
in each commit that moves them). Raise them when extraction improves; lower one only
deliberately, with the measurement in the commit message.
"""

from __future__ import annotations

import pytest

from newswire.bench.corpora import SCRAPINGHUB, WCXB_DEV, shingle_f1
from newswire.bench.scoring import PageScore, dead_letters, mean_f1, rate

#: The benchmark's shingle F1 on the 118 ScrapingHub dev pages (issue 4's floor; 0.980 when
#: pinned, through the whole pipeline).
SCRAPINGHUB_F1_FLOOR = 0.975
#: WCXB word F1, mean over pages: the 793 wcxb-dev articles (0.951 when raised in session 8:
#: half A 0.955, half B 0.947; 0.954 when raised in session 9: A 0.958, B 0.950, a story's
#: holes between its chosen parts filled; 0.955 when raised in session 10: A 0.959, B 0.951,
#: a widened story cut before the site's teaser grid; 0.9556 when raised in session 11: A
#: 0.9597, B 0.9512, a story's own container cut before its teaser grid and a short tail of
#: furniture under its own line; 0.9581 when raised in session 12: A 0.9614, B 0.9545, a
#: section in a numbered layout slot kept, a layout wrapper named like furniture around the
#: headline and most paragraphs walked; 0.9592 when raised in session 13: A 0.9635, B 0.9545,
#: link runs after a widened story dropped, a newsletter issue marked up as an <article>
#: walked), and all 1,497 pages (0.862 when raised in session
#: 8: A 0.858, B 0.868; 0.865 when raised in session 9: A 0.861, B 0.870, forum signatures, posters' cards
#: and disclaimers dropped; 0.868 when raised in session 10: A 0.864, B 0.873, articles
#: 0.955, a shop's filters, card buttons and listing counters dropped, a reply's quotes
#: given once, a recommendation strip dropped whole; 0.8687 when raised in session 11: A
#: 0.8645, B 0.8734; 0.870 when raised again in session 11: A 0.8665, B 0.8736, a <main>
#: holding next to nothing no region, control lines dropped; 0.8715 when raised in session
#: 12: A 0.8686, B 0.8748, linked headings kept in a story's container, a thread's date
#: lines and posters' counters dropped; 0.8723 when raised again in session 12: A 0.8687,
#: B 0.8763, the two body rules above; 0.8734 when raised in session 13: A 0.8699, B
#: 0.8772, the session's page, walk and body rules); a margin of 0.01 below each, but the
#: all-types floor raised in session 14 to 0.872 from 0.8746 (A 0.8713, B 0.8783: a row of
#: fields' words apart, a listing's linked item titles kept), a margin of 4 pages, and the
#: article floor raised in session 14 to 0.955 from 0.9595 (A 0.9636, B 0.9551: an author's
#: box and a reader survey after the story dropped), a margin of 3.6 pages, and to 0.956 in
#: session 15 (0.9599: A 0.9641, B 0.9555, a story's intro in a component built like its
#: own), a margin of 3.1 pages; the all-types floor to 0.873 in session 15 (0.8754: A 0.8719,
#: B 0.8794, a poster's counters as label and number lines, a thread's bare numbers and theme
#: placeholder text dropped, on main after the intro rule), a margin of 3.6 pages; the
#: article floor to 0.957 in session 16 (0.9606: A 0.9645, B 0.9564, a quote in a <figure>
#: walked, a few link lines before a widened story dropped), a margin of 2.8 pages; the
#: all-types floor to 0.874 in session 16 (0.8765: A 0.8732, B 0.8801, cookie-consent banners
#: dropped, "hidden-print"-like names no longer hidden), a margin of 3.7 pages; the all-types
#: floor to 0.876 in session 17 (0.8786: A 0.8749, B 0.8828, a <main> marked aria-hidden
#: behind a modal read, XenForo's poster rank and counters dropped, a card given twice in a
#: row given once, a story's mixed list kept), a margin of 3.9 pages; the article floor to
#: 0.958 in session 17 (0.9611: A 0.9649, B 0.9571, a linked item of a story's mixed list
#: kept), a margin of 2.5 pages; the all-types floor to 0.877 in session 18 (0.8791: A 0.8754,
#: B 0.8833, a forum platform's sign-in wall and a shop's listing toolbar as furniture lines,
#: microdata counters skipped, with the session's other rules), a margin of 3.1 pages; and to
#: 0.878 in session 21 (0.8797: A 0.8762, B 0.8836, a listing's item titles kept past a meta
#: line and under an <h1> each, hidden panels named by aria-controls), a margin of 2.6 pages;
#: and to 0.879 in session 22 (0.8808: A 0.8782, B 0.8838, a story opening with a heading
#: given its lead under the headline, a longer invitation or the site's pitch ending a story,
#: phpBB's post author lines kept), a margin of 2.7 pages;
#: the article floor to 0.959 in session 21 (0.9621: A 0.9665, B 0.9574, a widened story
#: whose region adds next to nothing given as a story standing alone), a margin of 2.5 pages;
#: both raised in session 25 (articles 0.9634: A 0.9680, B 0.9584, all types 0.8823: A
#: 0.8797, B 0.8853; lines a page's JSON-LD articleBody leaves out dropped, a sibling after
#: the story with its text deep inside joined, with the session's other rules): the article
#: floor to 0.960, a margin of 2.7 pages, the all-types floor to 0.880, a margin of 3.5 pages;
#: the all-types floor to 0.881 in session 26 (0.8827: A 0.8800, B 0.8858; an FAQ's answer
#: hidden just after its question kept, with the session's other rules), a margin of 2.6 pages;
#: to 0.883 in session 29 (0.8859: A 0.8824, B 0.8899; CMS slot sections and heroes of landing
#: pages kept, a shop's priced card grid joined to the prose that outscored it, a <div> footer
#: known by its place and copyright line), a margin of 4.4 pages;
#: to 0.885 in session 30 (0.887: A 0.884, B 0.891 in bench-extract on 118cc2b; menus above
#: the story, date-named and tab sections, hidden alternatives beside a shown twin, microdata
#: Comment threads, product pages' repeats and overlay cards), a margin of ~3 pages.
WCXB_ARTICLE_F1_FLOOR = 0.960
WCXB_ALL_F1_FLOOR = 0.885
#: Shares of wcxb-dev articles whose truth has the field, under the bench's exact checks:
#: publish date right (86.3% when pinned: the story's own footer and a CMS's widget column
#: read, a shown date well before the markup's; 86.6% when raised to 0.86: a UTC markup one
#: day off the permalink takes the local day; 87.3% when raised to 0.868 in session 8: the
#: date line under the headline read in a "list" wrapper; 87.6% when raised to 0.872 in
#: session 9: a date inside the story's page template under any layout; 88.0% when raised to
#: 0.876 in session 11: JSON-LD written into an attribute, a facts column's date headed
#: "Published"; 88.2% when raised to 0.877 in session 15: a shown date before every local
#: day of the markup's moment), title exact (84.6%; 84.9% when
#: raised to 0.84: a logo <h1> sharing only the site's name skipped; 85.2% when raised to
#: 0.848: a classic blog's post heading under the blog's name; 86.0% when raised to 0.855 in
#: session 10: an <h1>'s curled quotes given straight where both page titles type them so;
#: 86.8% when raised to 0.862 in session 12: a <h2> repeating the page's title over an <h1>
#: saying something else, the title's count or year the <h1> lacks; 86.9% when raised to
#: 0.864: an <h1> over 200 characters is a paragraph, not the headline),
#: author right (76.7%: the
#: names given must be the truth's, no more; 79.8% when raised to 0.79 in session 8: a shown
#: byline naming the site, the site's credit after the names, an author box's name line;
#: 81.1% when raised to 0.805 in session 9: a "Written by" line after the story, one author
#: written twice given once, a lower-case account shown in its author link, a role with its
#: beat run into the name; 81.4% when raised to 0.81 in session 10: the name heading an
#: author box after the story; 81.7% when raised to 0.813 in session 11: a "Name | Role |
#: Date" credit line under the headline, a personal site's owner in lower case, a <meta>
#: author repeating the JSON-LD's name not split into two; 82.0% when raised to 0.815 in
#: session 12: byline elements holding only job titles give way to the author box's name;
#: 82.7% when raised to 0.822 in session 12: the "By …" line under the headline outranks a
#: markup author it does not name; 83.3% when raised to 0.828 in session 13: a collective
#: signature ("Staff", "team") signs a story no person signs, a "By …" line naming the site
#: picks among byline elements; 84.0% when raised to 0.834 in session 15: an "All articles
#: by …" link, a name in its own element beside a date at the headline; 84.3% when raised to
#: 0.838 in session 16: an author link's name apart from the role in its sibling element,
#: author links in the story's prose, commenters' and initials avatars' bylines left out;
#: 84.6% when raised to 0.841 in session 17: a username in lower case, "by ibby" under the
#: headline or one handle in the author links, signs a story no person signs; 84.8% when
#: raised to 0.843 in session 18: a name over a job title under the headline; 85.3% when
#: raised to 0.848 in session 19: a lower heading repeating the title shows the headline, the
#: name beside an author photo; 85.8% (530 of 618) when raised to 0.852 in session 22: a
#: team's signature with "the" and its noun in lower case; 86.1% (532 of 618) when raised to
#: 0.855 in session 22: "This post was written by …", a testimonial's attribution no byline;
#: 86.9% (537 of 618) when raised to 0.862 in session 24: a related story's author link no
#: byline, a dietitian's licence no second author, the session's other helpers' work beside;
#: 87.1% (538 of 618) when raised to 0.865 in session 25: a role line's beat no second author;
#: 88.2% (545 of 618: A 282 / 307, B 263 / 311) when raised to 0.877 in session 32: the
#: site's own name as the byline under the headline ("Written by …", beside the date) over
#: the markup's account, a job title with its organisation after the name; 89.6% (554 of
#: 618: A 283 / 307, B 271 / 311) when raised to 0.891 in session 33: a footnote's star after
#: the name, the byline under a <h2> naming the title above a story's section <h1>, a paper's
#: names beside its date, an author box's "This post was written by …", an "Author(s)" list,
#: a plural role after the names, a credit "with" a second writer, a seat on a committee as
#: a role, a brand starting with a digit; 89.8% (555 of 618: A 283 / 307, B 272 / 311) when
#: raised to 0.893 in session 33: a name under the headline whose bio closes the story; 90.6%
#: (560 of 618: A 284 / 307, B 276 / 311) when raised to 0.901 in session 34: the byline after
#: a headline set in a <p>, an author box's lower-case name line, a personal site's home link
#: naming its owner (margin 3 pages); 90.8% (561 of 618: A 284 / 307, B 277 / 311) when
#: raised to 0.902 in session 35: a "by" inside a link after a title credits that work
#: (margin 3 pages); and the date 88.3% when raised to
#: 0.879 in session 19: the date in the author link's card where no other date is shown;
#: 88.6% (584 of 659) when raised to 0.883 in session 22: the date under the headline
#: between the markup's publication and its last modification; 89.5% (590 of 659) when raised
#: to 0.889 in session 24: the modification where the page shows it as the story's date;
#: 91.5% (603 of 659) when raised to 0.910 in session 25: the update the page shows alone,
#: or the modification's day shown, where its publication is in its structured data only;
#: 91.8% (605 of 659) when raised to 0.913 in session 28: an update shown before the
#: markup's publication, a month alone under the headline where no date is shown;
#: 92.1% (607 of 659) when raised to 0.917 in session 29: a date element labelled
#: "Published" well before the markup's, a header's clock of today's date left out; 92.6%
#: (610 of 659: A 310 / 333, B 300 / 326) when raised to 0.922 in session 30: an ISO day after
#: a label, the story's "Last updated" line and the date beside the author's plain name in
#: a card where nothing else dates the page; 92.9% (612 of 659: A 310 / 333, B 302 / 326) when
#: raised to 0.924 in session 31: a story's "originally published on …" note under a later
#: unlabelled date; 93.2% (614 of 659: A 310 / 333, B 304 / 326) when raised to 0.927 in
#: session 32: a hyphenated "04-ago-2021" stamp, a "Last Updated: June 2022" month at the
#: story's foot).
#: Each raised floor keeps a margin of 2-4 pages.
WCXB_DATE_RIGHT_FLOOR = 0.927
#: Publish date right over every page type of wcxb-dev whose truth has a date: 91.8% (718 of
#: 782: half A 362 / 392, half B 356 / 390) when pinned in session 31 (a forum's join dates no
#: date line, a Q&A page dated by its question, a relative <time> by its attribute; 90.0%
#: before), margin 3 pages; 92.1% (720 of 782: A 362 / 392, B 358 / 390) when raised to 0.916
#: in session 32 (the two article shapes above), margin 3 pages; 92.2% (721 of 782: B 359 /
#: 390) when raised to 0.918 in session 32 (JSON-LD with raw newlines in its strings read),
#: margin 3 pages; 92.8% (726 of 782: A 364 / 392, B 362 / 390) when raised to 0.924 in
#: session 33 (a call to action's "today" no date, a forum thread's first post dating it, a
#: "noSidebar" column no sidebar), margin 3 pages; 93.1% (728 of 782: A 365 / 392, B 363 /
#: 390) when raised to 0.927 in session 34 (a thread's UTC or zoneless structured-data moment
#: shown on the forum's own clock, a day later or earlier), margin 3 pages; 93.2% (729 of 782:
#: A 366 / 392, B 363 / 390) when raised to 0.928 in session 35 (a relative age's tooltip
#: attribute naming the absolute date), margin 3 pages.
WCXB_ALL_TYPES_DATE_RIGHT_FLOOR = 0.928
WCXB_TITLE_EXACT_FLOOR = 0.864
WCXB_AUTHOR_RIGHT_FLOOR = 0.902
#: Share of wcxb-dev articles without an author in their truth that newswire gives one (6.9%;
#: 6.3% when lowered to 0.08: a byline's category link is no name; 6.3% again when lowered to
#: 0.075 in session 8, 11 of 175).
WCXB_AUTHOR_INVENTED_CEILING = 0.075
#: The same share over every page type of wcxb-dev (a listing's teasers, a product's reviews, a
#: service page's testimonials sign no page): 8.0% (61 of 758: half A 36 of 425, half B 25 of
#: 333) when pinned in session 26, customers' reviews and testimonials no byline (9.4% before);
#: 6.5% (49 of 758: half A 29, half B 20) when lowered in session 27, a listing's teaser cards
#: sign no page (margin 3 pages); 5.9% (45 of 758: half A 26, half B 19) when lowered in
#: session 28, a list's rows without headings sign no page (margin 3 pages); 4.5% (34 of
#: 758: half A 19, half B 15) when lowered in session 29, a site's front page and a wiki's
#: crowd of contributors sign no page (margin 3 pages); 4.0% (30 of 758: half A 17, half B 13)
#: when lowered in session 34, a page declaring a product and no story signs no page (margin
#: 3 pages); 3.8% (29 of 758: half A 17, half B 12) when lowered in session 35, an
#: institution's formal name signs no page (margin 3 pages).
WCXB_ALL_TYPES_AUTHOR_INVENTED_CEILING = 0.043
#: Share of all 1,615 development pages that end as a DeadLetter (issue 13: at most 1%); 10 of
#: 1,497 wcxb-dev pages when pinned (0.7%), each with an empty truth (nothing to extract).
DEAD_LETTER_CEILING = 0.01

pytestmark = pytest.mark.skipif(
    not (SCRAPINGHUB.is_dir() and WCXB_DEV.is_dir()),
    reason=f"development corpora not found at {SCRAPINGHUB.parent}",
)


def test_scrapinghub_f1_stays_above_the_floor(scrapinghub: list[PageScore]) -> None:
    """The benchmark's F1 over the 118 ScrapingHub pages >= the floor, and no page empty."""
    f1, precision, recall = shingle_f1((row.shingle_p, row.shingle_r) for row in scrapinghub)
    empty = [row.id for row in scrapinghub if row.empty]
    print(f"ScrapingHub: F1 {f1:.3f} precision {precision:.3f} recall {recall:.3f}")
    assert f1 >= SCRAPINGHUB_F1_FLOOR, f"F1 {f1:.3f} fell below {SCRAPINGHUB_F1_FLOOR}"
    assert not empty, f"pages with no body: {empty}"


def test_wcxb_body_f1_stays_above_the_floors(wcxb: list[PageScore]) -> None:
    """WCXB's word F1 over wcxb-dev's articles, and over all its page types, >= the floors."""
    articles = mean_f1([row for row in wcxb if row.type == "article"])[0]
    every = mean_f1(wcxb)[0]
    print(f"wcxb-dev word F1: articles {articles:.3f}, all types {every:.3f}")
    assert articles >= WCXB_ARTICLE_F1_FLOOR, f"articles {articles:.3f} < {WCXB_ARTICLE_F1_FLOOR}"
    assert every >= WCXB_ALL_F1_FLOOR, f"all types {every:.3f} < {WCXB_ALL_F1_FLOOR}"


def test_wcxb_article_metadata_stays_above_the_floors(wcxb: list[PageScore]) -> None:
    """Title exact, author right and publish date right on wcxb-dev's articles >= the floors,
    and an author invented (given where the truth has none) at most as often as the ceiling."""
    articles = [row for row in wcxb if row.type == "article"]
    found = {
        key: rate(getattr(row, key) for row in articles)
        for key in ("title_ok", "author_ok", "author_invented", "date_ok")
    }
    figures = {key: value[0] if value else 0.0 for key, value in found.items()}
    print("wcxb-dev articles:", {key: f"{value:.1%}" for key, value in figures.items()})
    assert figures["date_ok"] >= WCXB_DATE_RIGHT_FLOOR
    assert figures["title_ok"] >= WCXB_TITLE_EXACT_FLOOR
    assert figures["author_ok"] >= WCXB_AUTHOR_RIGHT_FLOOR
    assert figures["author_invented"] <= WCXB_AUTHOR_INVENTED_CEILING


def test_wcxb_authors_invented_on_all_page_types_stay_under_the_ceiling(
    wcxb: list[PageScore],
) -> None:
    """Over all of wcxb-dev's page types, an author is given on pages whose truth has none at
    most as often as the ceiling."""
    found = rate(row.author_invented for row in wcxb)
    invented = found[0] if found else 0.0
    print(f"wcxb-dev all types: author invented {invented:.1%}")
    assert invented <= WCXB_ALL_TYPES_AUTHOR_INVENTED_CEILING


def test_wcxb_dates_on_all_page_types_stay_above_the_floor(wcxb: list[PageScore]) -> None:
    """Over all of wcxb-dev's page types whose truth has a date (forum threads, documentation,
    listings beside the articles), the publish date is right at least as often as the floor."""
    found = rate(row.date_ok for row in wcxb)
    right = found[0] if found else 0.0
    print(f"wcxb-dev all types: date right {right:.1%}")
    assert right >= WCXB_ALL_TYPES_DATE_RIGHT_FLOOR


def test_no_real_page_ends_as_extraction_failed_in_the_gate_run(
    scrapinghub: list[PageScore], wcxb: list[PageScore]
) -> None:
    """In the gate's own run, none of the 1,615 real pages ends as extraction_failed (an
    exception inside the extractor); tests/pipeline/test_real_pages.py checks each corpus."""
    failed = [
        f"{row.corpus}/{row.id}: {row.error[:120]}"
        for row in (*scrapinghub, *wcxb)
        if row.dead == "extraction_failed"
    ]
    print("DeadLetters:", dict(dead_letters([*scrapinghub, *wcxb])))
    assert not failed, f"{len(failed)} pages failed: {failed[:10]}"


def test_at_most_one_page_in_a_hundred_is_dead_lettered(
    scrapinghub: list[PageScore], wcxb: list[PageScore]
) -> None:
    """At most 1% of the 1,615 real pages end as a DeadLetter of any reason: a page with text
    of its own (even only hidden, or only in its head's excerpt) becomes an Article."""
    rows = [*scrapinghub, *wcxb]
    dead = sum(1 for row in rows if row.dead)
    assert dead <= DEAD_LETTER_CEILING * len(rows), f"{dead} of {len(rows)} dead-lettered"
