"""The perturbation bench's rewrites: names hashed, region tags made plain, nothing else moved."""

from __future__ import annotations

import re

from newswire.bench.perturb import digest, perturb

_PAGE = (
    b'<html><body class="page page--story"><header id="top">Site</header>'
    b'<main><article class=\'story-body\' data-id="7" role="article">'
    b'<p class="lede">class="quoted" stays in the text</p><aside class=box>Note</aside>'
    b"</article></main><NAV>menu</NAV><footer>foot</footer></body></html>"
)


def test_hashing_replaces_every_class_token_and_id_with_its_digest() -> None:
    """Each class token and id becomes its digest, quoted as before; other attributes and the
    text keep their bytes."""
    out = perturb(_PAGE, hash_names=True, plain_tags=False)
    assert b'class="%s %s"' % (digest(b"page"), digest(b"page--story")) in out
    assert b'id="%s"' % digest(b"top") in out
    assert b"class='%s'" % digest(b"story-body") in out
    assert b"class=%s>" % digest(b"box") in out
    assert b'data-id="7" role="article"' in out
    assert b'class="quoted" stays in the text' in out
    for word in (b"page", b"story-body", b"lede", b"box", b"top"):
        assert b'"' + word not in out
        assert b"'" + word not in out


def test_the_same_name_gives_the_same_digest_and_no_word() -> None:
    """Digests are stable, differ between names, and hold no letters but the leading one."""
    assert digest(b"card") == digest(b"card") != digest(b"cards")
    assert re.fullmatch(rb"q\d{8}", digest(b"article-body"))


def test_plain_tags_turns_region_tags_into_divs_in_any_case() -> None:
    """<article>, <main>, <aside>, <nav>, <header>, <footer> open and close as <div>, whatever
    their case; their attributes stay, and hashing is off."""
    out = perturb(_PAGE, hash_names=False, plain_tags=True)
    assert not re.search(rb"</?(article|main|aside|nav|header|footer)\b", out, re.IGNORECASE)
    assert b'<div class=\'story-body\' data-id="7" role="article">' in out
    assert b'<div id="top">Site</div>' in out
    assert out.count(b"<div") == out.count(b"</div>") == 6


def test_without_a_perturbation_the_page_is_unchanged() -> None:
    """With both rewrites off, the bytes come back as they were."""
    assert perturb(_PAGE, hash_names=False, plain_tags=False) == _PAGE
