"""Finding the story in a page's text (one line per block): which stretch of prose wins."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.lines import is_paragraph
from newswire.pipeline.text.span import story_span
from newswire.pipeline.text.story import main_block

_STORY = (
    "Pemerintah Provinsi DKI Jakarta menyiapkan sejumlah langkah untuk mengatasi banjir yang "
    "melanda beberapa wilayah ibu kota pada pekan ini, kata pejabat setempat.",
    "Menurut data Badan Penanggulangan Bencana Daerah, sedikitnya 120 rumah warga terendam air "
    "setinggi satu meter sejak Senin malam dan warga mulai mengungsi.",
    "Petugas gabungan mendirikan dapur umum di tiga kelurahan dan menyiapkan perahu karet untuk "
    "mengevakuasi warga lanjut usia serta anak-anak dari rumah yang terendam.",
    "Gubernur meminta warga di bantaran sungai tetap waspada karena hujan deras diperkirakan "
    "masih turun hingga akhir pekan, menurut prakiraan cuaca terbaru.",
)
_HEADLINE = "Banjir Rendam Ratusan Rumah di Jakarta"


def _page(*parts: list[str] | tuple[str, ...]) -> str:
    return "\n".join(line for part in parts for line in part)


def test_cut_off_teaser_excerpts_do_not_outweigh_the_story() -> None:
    """A sidebar of teasers (a headline, then its excerpt cut off with an ellipsis) weighs
    more characters than the story, but its excerpts are no prose: the story wins."""
    teasers = []
    for n in range(8):
        teasers += [
            f"Deal Alert: Laptop Number {n} Discounted",
            "Amazon is not waiting until Black Friday to offer deep laptop discounts at its web "
            "store, and today you can get the latest model with more storage for much less, "
            "making it a saving of twenty percent on the price of the featur...",
        ]
    page = _page(["Home", "News", _HEADLINE], _STORY, ["Advertisement", "Deals"], teasers)
    assert extract_text(page).paragraphs == _STORY


def test_a_page_made_only_of_cut_off_excerpts_keeps_them() -> None:
    """Without a story beside them (a listing page), the excerpts are the page's text."""
    excerpts = [
        f"Story number {n} tells how the council of the city approved a budget for flood "
        "defences after a long debate in the chamber that lasted until late on..."
        for n in range(4)
    ]
    page = _page(
        ["Home", "News"], *([f"Headline Number {n} Here", e] for n, e in enumerate(excerpts))
    )
    assert set(excerpts) <= set(extract_text(page).paragraphs)


def test_a_comment_thread_under_the_story_is_not_the_story() -> None:
    """A thread of comments, each under its header ("name says:", "by name ( 123 ) writes:"),
    holds more prose than the story above it: each header ends a stretch, so no comment run
    outweighs the story."""
    comments = [
        "It is a good thing we have no fans left, because this is a dumpster fire again and "
        "again, season after season, with the same quarterback throwing the same passes away.",
        "Time to put him on the shelf. He just does not have it anymore and everyone can see "
        "it but the coaches, who keep calling the same plays week after week after week.",
    ]
    for header in ("fan{} says:", "by fan{} ( 12345 ) writes: on Friday December 19, 2025"):
        thread = []
        for n in range(6):
            thread += [header.format(n), "November 19, 2019 at 6:34 am", *comments]
        page = _page(["Home", "News", _HEADLINE], _STORY, ["Share this:"], thread)
        assert extract_text(page).paragraphs == _STORY, header


def test_one_quote_opened_by_writes_does_not_cut_the_story() -> None:
    """A story line "As Joel writes:" opens a quote: one such line is no comment thread."""
    page = _page(["Home", _HEADLINE], _STORY[:2], ["As Joel writes:"], _STORY[2:])
    assert extract_text(page).paragraphs == (*_STORY[:2], "As Joel writes:", *_STORY[2:])


def test_prose_below_a_section_heading_must_weigh_twice_the_story_to_replace_it() -> None:
    """Under the story, past a heading such as "More Videos", a run of testimonials (a
    sentence, then a name) may weigh a little more than the story: it does not replace it."""
    quote = (
        "Everyone at the office has been great, and it has been easy to set up appointments "
        "with the staff, who always take the time to listen to every question we ask them."
    )
    testimonials = []
    for n in range(7):
        testimonials += [quote, f"Parent {n}."]
    page = _page(["Home", _HEADLINE], _STORY, ["More Videos", "Video Library"], testimonials)
    assert extract_text(page).paragraphs == _STORY


def test_subheadings_that_look_like_footer_lines_do_not_cut_the_story() -> None:
    """ "Copyright Complexity in a Fragmented World" is a subheading (a copyright line names a
    year or the reservation of rights) and "More posts ≠ more subscribers." a sentence (a
    teaser block's heading has no full stop): neither ends the story."""
    for line in ("Copyright Complexity in a Fragmented World", "More posts ≠ more subscribers."):
        page = _page(["Home", _HEADLINE], _STORY[:2], [line], _STORY[2:], ["Related Posts"])
        assert extract_text(page).paragraphs == (*_STORY[:2], line, *_STORY[2:]), line


_MENU = ["Home", "About", "Contact", "Latest", "Politics", "Sports", "Entertainment", "Events"]
_UNSTOPPED = (
    "Chelsea have this morning paid the record fee to the Spanish league to secure the signing of "
    "the keeper from Athletic Bilbao ahead of the deadline",
    "This has freed the way for the move of their first-choice keeper to Real Madrid",
)
_FOOTER = ["Tags:", "Facebook", "Twitter", "Popular Posts", "Privacy Policy", "Contact Us"]


def test_unstopped_first_lines_of_a_short_post_stay_with_it() -> None:
    """Long lines left without a final stop between a page's headline and its story are the
    story's first paragraphs, not teasers: a short post keeps them."""
    page = _page(_MENU, [_HEADLINE, "LinkNaija August 08, 2018"], _UNSTOPPED, _STORY[:2], _FOOTER)
    assert extract_text(page).paragraphs == (*_UNSTOPPED, *_STORY[:2])


def test_unstopped_lines_away_from_the_headline_stay_out() -> None:
    """Unstopped lines that do not reach up to the headline (teaser headlines in sentence case
    under a block's heading) are not taken into the story."""
    teasers = [
        "The county fair will be free to attend for every visitor starting from next summer",
        "Man dies after crashing his car into a power pole in the city center on Sunday night",
    ]
    page = _page(_MENU, [_HEADLINE, "March 3, 2020", "More news"], teasers, _STORY, _FOOTER)
    assert extract_text(page).paragraphs == _STORY


def test_an_unstopped_caption_above_the_story_stays_out() -> None:
    """A long caption right under the headline, marked by its credit label, is no lede."""
    caption = (
        "The lander will be able to carry many tons of cargo to the surface of the moon far more "
        "than required under the program Credit: SpaceX"
    )
    page = _page(_MENU, [_HEADLINE, caption], _STORY, _FOOTER)
    assert caption not in extract_text(page).paragraphs


def test_a_long_thread_under_its_comments_on_heading_never_replaces_the_story() -> None:
    """Under a heading naming the post's comment thread ("59 Comments on “…”", as long as the
    title it quotes), a thread of unsigned comments (a name, a date, the comment) outweighing
    the story many times over is never the story."""
    comment = (
        "I watched it again last week with my kids and it still holds up, every scene of the "
        "bug war is as loud and as silly as I remember it from the cinema back then."
    )
    thread = []
    for n in range(30):
        thread += [f"Reader {n}", "December 18, 2025, 9:46 pm", comment, comment]
    heading = f"30 Comments on “{_HEADLINE}: a look back at the film twenty years on”"
    page = _page(["Home", "News", _HEADLINE], _STORY, ["Share this:"], [heading, *thread])
    assert extract_text(page).paragraphs == _STORY


def test_a_long_thread_under_a_bare_comment_count_never_replaces_the_story() -> None:
    """Under a comment thread's heading that only counts the comments ("30 Comments"), a
    thread outweighing the story many times over is never the story."""
    comment = (
        "I watched it again last week with my kids and it still holds up, every scene of the "
        "bug war is as loud and as silly as I remember it from the cinema back then."
    )
    thread = []
    for n in range(30):
        thread += [f"Reader {n} says", "December 18, 2025 at 9:46 pm", comment, comment]
    page = _page(["Home", "News", _HEADLINE], _STORY, ["Share this:"], ["30 Comments", *thread])
    assert extract_text(page).paragraphs == _STORY


def test_a_story_the_page_prints_twice_is_kept_once() -> None:
    """A page rendering its article twice (two layouts one after the other) gives the story
    once: a paragraph repeated right under itself or in a run of three repeated lines goes."""
    page = _page(["Home", "News", _HEADLINE], _STORY, ["Home", "News", "Sport"], _STORY)
    assert extract_text(page).paragraphs == _STORY
    doubled = [line for line in _STORY for _ in range(2)]
    page = _page(["Home", "News", _HEADLINE], doubled, ["Privacy", "Contact"])
    assert extract_text(page).paragraphs == _STORY


def test_a_paragraph_repeated_under_each_entry_of_a_list_stays() -> None:
    """A sentence a page prints under each entry of its list ("This webcam image is provided
    courtesy of …") is repeated alone, not as a copy of the story: every instance stays."""
    note = (
        "This webcam image is provided courtesy of the park's conservancy, and the view is "
        "refreshed every few minutes throughout the day."
    )
    entries = []
    for story_line in _STORY:
        entries += [story_line, note]
    page = _page(["Home", "News", _HEADLINE], entries, ["Privacy", "Contact"])
    assert extract_text(page).paragraphs == tuple(entries)


def test_quotes_closed_by_their_attribution_are_the_story() -> None:
    """A feature quoting its sources, each quote a paragraph closed by a dashed attribution
    after its last stop ("… week after week. <en dash> Jane Doe, CIO, Example Corp") under a short
    heading, is the story, not the page's teasers around it; a dash inside a sentence that
    runs to the line's end without a stop is no attribution."""
    quote = (
        "One of my favourite podcasts is this one. The two hosts do a terrific job researching "
        "the subject and explaining how each company grew, week after week after week. "
        "– {name}, chief information officer, Example Corp"
    )
    podcasts = []
    for n in range(6):
        podcasts += [f"Podcast {n}", quote.format(name=f"Jane Doe{n}")]
    teasers = [
        "Opinion",
        "Why senior management loses confidence in new tools before they reach full scale",
        "By Someone Else",
    ] * 3
    page = _page(["Home", "News", _HEADLINE], _STORY[:1], podcasts, ["Related content"], teasers)
    found = extract_text(page).paragraphs
    assert all(line in found for line in podcasts[1::2])
    assert not is_paragraph("The plan – as the minister put it – holds for the next five years")


def test_a_teaser_block_set_inside_the_story_does_not_end_it() -> None:
    """A "You May Also Like" block of teaser headlines set between two parts of the story,
    the story resumed under it with long paragraphs, leaves both parts the story's; the same
    block with only a short line under it still closes the story."""
    part = [
        " ".join([sentence] * 3)
        for sentence in (
            "Research also shows that fasting can influence glucose regulation in many adults.",
            "Other studies show additional benefits for people with insulin resistance too.",
        )
    ]
    block = ["You May Also Like", "HEALTH", "A walk after eating can change how you feel"]
    page = _page(["Home", _HEADLINE], _STORY[:2], block, part)
    assert extract_text(page).paragraphs == (*_STORY[:2], *part)
    page = _page(["Home", _HEADLINE], _STORY, block, [part[0]])
    assert extract_text(page).paragraphs == _STORY


def test_an_up_next_heading_in_one_articles_text_is_the_storys() -> None:
    """In one article's text (a headline, a blank line, the story), an "UP NEXT" heading over
    the game's schedule lines is the story's own closing section, kept."""
    closing = ["UP NEXT", "Thunder: Host the Lakers on Friday.", "Lakers: Visit the Thunder."]
    text = "\n\n".join([_HEADLINE, *_STORY, *closing])
    assert extract_text(text).paragraphs[-3:] == tuple(closing)


def test_a_paragraph_ending_with_a_colon_opens_a_list_the_stretch_runs_through() -> None:
    """On a page, the short lines under a paragraph that announces them with a colon are the
    list it opens (its bullets dropped): the densest stretch runs through them to the story's
    next paragraphs; under a paragraph that ends its sentence they are tolled and cut it."""
    items = [f"Langkah persiapan nomor {n}" for n in range(1, 9)]
    after = [
        "Warga diminta melapor kepada petugas kelurahan setempat.",
        "Petugas akan mendata kebutuhan setiap keluarga yang mengungsi.",
        "Bantuan logistik dibagikan mulai besok pagi di posko utama.",
    ]
    announcing = _STORY[3].removesuffix(".") + ", dengan langkah berikut:"
    menu = ["Beranda", "Berita", "Kontak"]
    lines = [*menu, *_STORY[:3], announcing, *items, *after]
    assert story_span(lines, teasers=True, sections=True) == (3, len(lines) - 1)
    lines[6] = _STORY[3]
    assert story_span(lines, teasers=True, sections=True) == (3, 6)


def test_a_reviews_pros_and_cons_lists_do_not_cut_the_page_body() -> None:
    """On a page, the items under a review's "Pros" and "Cons" labels (bullets dropped) cost
    the body's stretch nothing: it runs on to the paragraphs after them. The headline search's
    stretch (no page sections asked) still tolls them: it does not run across them."""
    pros = ["Pros", "Fast setup in minutes", "Flexible monthly billing", "Strong data privacy"]
    cons = ["Cons", "Custom hardware takes days", "Few managed services", "Small global reach"]
    lists = [*pros, *cons, "Key Features", "Hourly billing option", "Private network links"]
    lines = ["Beranda", "Berita", "Kontak", *_STORY[:2], *lists, *_STORY[2:]]
    assert story_span(lines, teasers=True, sections=True) == (3, len(lines) - 1)
    assert story_span(lines, teasers=True, legal=True) == (len(lines) - 2, len(lines) - 1)


def test_a_forum_card_laid_out_as_a_table_is_no_post() -> None:
    """On a forum thread whose posters' cards put each label over its value ("Joined" /
    "Feb 8, 2015", "Posts" / "6,696"), a run holding such a card keeps its one-line posts
    only: the card's lines go, however much of a quote stands around them."""
    posts = [
        "I currently own a pair of open headphones for my media consumption, but I am "
        "considering selling them for a closed pair that my family can sleep next to at night.",
        "Closed headphones with a wide stage are rare, and I would look at the used market "
        "first, since the older flagship models sell for half of their price and still sound "
        "great.",
        "I went through the same search last year and ended up with a studio pair, which "
        "isolate well enough for the night and have a neutral sound that I like a lot.",
    ]
    one_liner = "Might also consider adding the closed one to that list."
    lines = ["Home", "Forums", "Best closed headphones as of 07/2024"]
    for n, post in enumerate(posts):
        lines += [f"Jul {n + 5}, 2024 at 7:30 PM Post #{n + 1} of 3", f"Poster{n}", "Reviewer"]
        lines += ["Joined", f"Feb {n + 8}, 2015", "Posts", f"{n + 5},696", "Likes", "9,236"]
        lines += ["Location", "Kansas City, MO", "Poster said:", "Wide stage", "Click to expand..."]
        lines += [one_liner, post, "Thanks a lot in advance", "Reactions: MindBreak"]
    kept = main_block(lines)
    assert posts[0] in kept
    assert posts[1] in kept
    assert one_liner in kept
    assert not {"Joined", "Posts", "6,696", "Kansas City, MO"} & set(kept)
