"""The writer named by a link to one person's LinkedIn profile, when nothing else names anyone."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose

_LINK = "https://www.linkedin.com/in/{}/"


def _authors(after_story: str) -> tuple[str, ...]:
    return extract_html(page("<h1>Coding with models</h1>" + prose("s", 4) + after_story)).authors


def test_a_card_linking_one_persons_profile_names_the_author() -> None:
    """A card whose link to a LinkedIn profile wraps the name over the role names the author,
    as does a link whose words are the name alone; a company's page (``/company/``) does not."""
    card = (
        f"<div><a href='{_LINK.format('joakim-edin')}'><div>Joakim Edin</div>"
        "<div>Research &amp; Development</div></a></div>"
    )
    assert _authors(card) == ("Joakim Edin",)
    plain = f"<div><a href='{_LINK.format('jane-roe')}'>Jane Roe</a></div>"
    assert _authors(plain) == ("Jane Roe",)
    company = "<div><a href='https://www.linkedin.com/company/acme/'>Acme Labs</a></div>"
    assert _authors(company) == ()


def test_two_profiles_or_a_profile_in_running_text_name_no_one() -> None:
    """Two people's profile links (a team, experts quoted) name no one, nor does one profile
    linked from a sentence or a run of credits."""
    two = (
        f"<div><a href='{_LINK.format('jane-roe')}'>Jane Roe</a></div>"
        f"<div><a href='{_LINK.format('john-doe')}'>John Doe</a></div>"
    )
    assert _authors(two) == ()
    credits = (
        "<p>Designed with Juan Luis Blanco, Kalapi Gajjar, Knaz Uiyamathiti, Khaled Hosny and "
        f"<a href='{_LINK.format('lipi-raval')}'>Lipi Raval</a>, with thanks to the whole type "
        "team for their drawings, reviews and months of testing.</p>"
    )
    assert _authors(credits) == ()
