"""The name a service's page gives its offer in its <title>, where its <h1> is a slogan."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.offer_names import offer_name


def _offer(title: str, h1: str, headline: str | None = None) -> str | None:
    tree = LexborHTMLParser(
        f"<html><head><title>{title}</title></head><body><h1>{h1}</h1><p>Text.</p></body></html>"
    )
    return offer_name(tree, h1 if headline is None else headline, tree.css_first("h1"))


def test_a_slogan_h1_gives_way_to_the_offer_the_title_names() -> None:
    """An <h1> written as a sentence under a <title> naming the offer in Title Case before
    the company's name: the offer's name is the <title>'s first part."""
    assert (
        _offer(
            "Business Text Messaging | Twilio",
            "Business messaging that scales without slowing you down",
        )
        == "Business Text Messaging"
    )


def test_a_title_case_h1_is_a_name_already() -> None:
    """An <h1> in Title Case (its long words capitalised, prepositions aside) names the offer
    itself where the <title> says other words: no name is taken from the <title>."""
    assert _offer("Email Marketing Tools | Mailchimp", "Marketing Made Simple with AI") is None


def test_a_label_h1_gives_way_to_the_fuller_name_of_the_title() -> None:
    """A Title Case <h1> whose every word the <title>'s first part has, with words saying which
    or whose: the <title> names the offer in full."""
    assert _offer("Pet Insurance for Dogs & Cats | Progressive", "Pet Insurance") == (
        "Pet Insurance for Dogs & Cats"
    )
    assert _offer("Stripe Payments | Global Payments", "Payments") == "Stripe Payments"
    assert _offer("Cybersecurity Consulting Services | IBM", "Cybersecurity Services") == (
        "Cybersecurity Consulting Services"
    )


def test_a_title_adding_only_the_offers_kind_keeps_the_label() -> None:
    """A <title> that is the <h1> and one word after it ("Services", "Degree") says the same
    name longer: the <h1> stands."""
    assert _offer("Writing & Translation Services | Upwork", "Writing & Translation") is None


def test_a_site_name_before_the_label_keeps_the_label() -> None:
    """A <title> that is a department's or site's name, a colon, then the <h1>: the <h1> is the
    page's own name."""
    assert (
        _offer(
            "City of Marion Building Department: Home Repair Assistance Program",
            "Home Repair Assistance Program",
        )
        is None
    )


def test_a_title_written_as_a_sentence_names_no_offer() -> None:
    """A <title> whose first part has a long word in lower case is a sentence too."""
    assert _offer("Deploy apps close to your users · Fly", "Build fast, deploy anywhere") is None


def test_the_same_words_in_another_case_are_the_h1s_own() -> None:
    """A <title> that repeats the <h1>'s words in Title Case is the same name: the <h1>
    stands."""
    assert _offer("Data Analytics Services | Luxoft", "Data analytics services") is None


def test_only_a_headline_that_is_the_h1_is_replaced() -> None:
    """A headline taken from elsewhere than the <h1> it is shown in (another text than the
    heading's) is left to the title rules."""
    assert (
        _offer(
            "Business Text Messaging | Twilio",
            "Business messaging that scales",
            headline="Business messaging, a guide",
        )
        is None
    )


def test_a_long_title_case_h1_is_the_pages_own_heading() -> None:
    """A Title Case <h1> of more than five words is a heading written for the page, not a
    label: the <title> is not read for a fuller name."""
    assert (
        _offer(
            "The Best Pet Insurance for Dogs & Cats in 2026 | Progressive",
            "The Best Pet Insurance for Dogs",
        )
        is None
    )


def _own(title: str, h1: str, og_title: str | None, site: str | None = None) -> str | None:
    tree = LexborHTMLParser(
        f"<html><head><title>{title}</title></head><body><h1>{h1}</h1><p>Text.</p></body></html>"
    )
    return offer_name(tree, h1, tree.css_first("h1"), og_title=og_title, site=site)


def test_a_title_written_once_for_the_page_names_the_offer() -> None:
    """A <title> that is the og:title word for word, without a separator or a site's name, is
    the offer's name however the <h1> words it: a longer label, another case."""
    title = "Queen Creek, AZ Pest Control & Termite Control Specialists"
    assert _own(title, "Queen Creek, AZ Pest Control Services", title) == title
    cased = "Compare Professional Tax Software"
    assert _own(cased, "Compare professional tax software", cased) == cased


def test_a_title_the_og_title_does_not_repeat_or_the_site_names_is_no_own_title() -> None:
    """The whole <title> is not taken where the og:title differs or is missing, where the title
    has a separator, is one word, is the site's name, or ends in ": <h1>" after a department's
    name."""
    label = "Personal Retirement Calculator Tool"
    assert _own("Retirement Planning", label, "Retirement planning made easy") is None
    assert _own("Retirement Planning", label, None) is None
    assert _own("Glossier", label, "Glossier") is None
    assert _own("Acme Tools Online", label, "Acme Tools Online", site="Acme Tools Online") is None
    department = "City of Marion Building Department: Home Repair Assistance Program"
    assert _own(department, "Home Repair Assistance Program", department) is None
    split = "Retirement Calculator - Plan Ahead"
    assert _own(split, "Plan ahead for retirement today", split) != split
