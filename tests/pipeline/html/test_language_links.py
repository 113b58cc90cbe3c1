"""Links to the page in another language (``language_links``)."""

from __future__ import annotations

from newswire.pipeline.html.language_links import other_edition, primary_language


def test_the_primary_subtag_of_a_language_tag() -> None:
    """A tag's primary subtag, lowered ("pt" of "pt-BR", "zh" of "zh_Hant"); None for what
    names no language ("x-default", empty, None)."""
    assert primary_language("pt-BR") == "pt"
    assert primary_language(" zh_Hant ") == "zh"
    assert primary_language("EN") == "en"
    assert primary_language("x-default") is None
    assert primary_language("") is None
    assert primary_language(None) is None


def test_a_link_to_another_languages_edition() -> None:
    """A link whose ``hreflang`` names another primary language than the page's leads to
    another edition; the page's own language in another region, no ``hreflang``, or a page
    that declares no language, does not."""
    assert other_edition({"hreflang": "de"}, "en")
    assert not other_edition({"hreflang": "en-GB"}, "en")
    assert not other_edition({"href": "/de/"}, "en")
    assert not other_edition({"hreflang": "de"}, None)
    assert not other_edition({"hreflang": "x-default"}, "en")
