"""A thread's poster cards, known by their shape where their class names are hashed."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.poster_cards import poster_details
from newswire.pipeline.html.walk import walk

_RANKS = ("Well-known member", "Moderator")
_WORDS = (
    "The liftgate lights fit without any cutting, and the wiring took me an afternoon.",
    "Did you have to remove the trim panel first, or does the harness reach as it is?",
    "I removed the panel; the harness is short by a few inches otherwise, sadly.",
    "Same here, though mine needed an extension cable from the parts store as well.",
)


def _post(n: int, card_extra: str = "") -> str:
    """Post ``n``: its card (hashed names, the poster's link, rank and fields; two posters
    take turns) beside its text, longer than a card."""
    who = n % 2
    return (
        f'<div class="q1"><div class="q2"><div class="q3">'
        f'<h4><a href="/members/poster{who}.{who}/">poster{who}</a></h4>'
        f'<h5 class="q4">{_RANKS[who]}</h5>{card_extra}'
        f'<dl class="q5"><dt>Messages</dt><dd>{who * 37}</dd></dl>'
        f'<dl class="q5"><dt>Location</dt><dd>Town {who}</dd></dl>'
        f'</div></div><div class="q6"><p>{" ".join(_WORDS[n % 4 :] + _WORDS[: n % 4])}</p></div></div>'
    )


def _found(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    found = poster_details(tree.body)
    return [" ".join(n.text().split()) for n in tree.body.traverse() if n.mem_id in found]


def test_each_posts_card_loses_its_rank_and_fields_not_its_name() -> None:
    """On a thread of four posts, each card's rank and member fields are found; the posters'
    names and the posts' words are not."""
    found = _found(f"<body>{''.join(_post(n) for n in range(4))}</body>")
    assert "Well-known member" in found
    assert "Moderator" in found
    assert "Messages37" in found
    assert "LocationTown 1" in found
    assert not any(line.startswith("poster") for line in found)
    assert not any("liftgate" in line for line in found)


def test_two_posts_make_no_series_of_cards() -> None:
    """Two cards are no thread's series: nothing is found."""
    assert _found(f"<body>{_post(0)}{_post(1)}</body>") == []


def test_a_card_that_dates_its_post_is_the_posts_header() -> None:
    """A card holding the post's age ("3 hours ago") or a <time> is the header over the post,
    which the thread's text keeps: nothing of it is found."""
    aged = "".join(_post(n, card_extra="<span>3 hours ago</span>") for n in range(4))
    assert _found(f"<body>{aged}</body>") == []
    timed = "".join(_post(n, card_extra="<time>May 2</time>") for n in range(4))
    assert _found(f"<body>{timed}</body>") == []


def test_a_cards_own_longer_words_stay() -> None:
    """A line said in one card alone and longer than a rank or a place (a reply's own words
    set in its card) is not found; the shared ranks are."""
    said = "A short reply set right in the card, longer than any rank"
    posts = _post(0, card_extra=f"<div>{said}</div>") + "".join(_post(n) for n in range(1, 4))
    found = _found(f"<body>{posts}</body>")
    assert said not in found
    assert "Moderator" in found


def test_the_walk_drops_the_details_on_a_thread_only() -> None:
    """The walk of a page that says it is a thread leaves the cards' ranks out and keeps the
    names and posts; another page's walk keeps the ranks."""
    tree = LexborHTMLParser(f"<body>{''.join(_post(n) for n in range(4))}</body>")
    assert tree.body is not None
    thread = " ".join(block.text for block in walk(tree.body, by_name=True, discussion=True)[0])
    assert "Moderator" not in thread
    assert "poster1" in thread
    assert "liftgate" in thread
    other = " ".join(block.text for block in walk(tree.body, by_name=True)[0])
    assert "Moderator" in other


def test_member_fields_are_compared_by_their_labels() -> None:
    """Fields whose values are each member's own ("Native Language: Spanish") are shared by
    their labels: four posters' cards of such fields are found whole, values and all."""

    def post(n: int) -> str:
        fields = "".join(
            f'<dl class="q5"><dt>{label}</dt><dd>{label[:4]} value {n}</dd></dl>'
            for label in ("Member Type", "Native Language", "Home Country")
        )
        words = " ".join(_WORDS[n:] + _WORDS[:n])
        return (
            f'<div class="q1"><div class="q2"><h4><a href="/members/m{n}.{n}/">member{n}</a>'
            f'</h4>{fields}</div><div class="q6"><p>{words}</p></div></div>'
        )

    found = _found(f"<body>{''.join(post(n) for n in range(4))}</body>")
    assert "Native LanguageNati value 2" in found
    assert len(found) == 12  # three fields of four cards


def test_a_longer_list_of_dated_items_does_not_hide_the_cards() -> None:
    """Below a thread of four posts, a list of six similar threads (each its starter's link
    and date, cards of one shape too) is passed over as dated: the posts' cards' ranks are
    found, the list's items are not."""
    similar = "".join(
        f'<li class="r1"><h3 class="r2">Other thread {n} about wiring the liftgate lights</h3>'
        f'<a href="/members/s{n}.{n}/">'
        f"starter{n}</a><time>Nov {n + 1}, 2025</time><span>Replies: {n}</span></li>"
        for n in range(6)
    )
    found = _found(f"<body>{''.join(_post(n) for n in range(4))}<ul>{similar}</ul></body>")
    assert "Moderator" in found
    assert not any("Replies" in line or "Other thread" in line for line in found)
