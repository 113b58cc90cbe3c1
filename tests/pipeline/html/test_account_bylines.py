"""The writer behind a collective's or a CMS account's signature: the story's signed last
line, else the name beside the date under the headline."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_the_storys_written_by_line_beats_a_collective_account_in_the_markup() -> None:
    """A company blog whose markup names its account ("Team Tiger Data") while the story's text
    ends "Written by Paulinho Giovannini" is the guest's story: the text's writer is the
    author. A person in the markup keeps the story, and so does the account where no line of
    the text signs it."""

    def given(markup: str, signed: str) -> tuple[str, ...]:
        head = f'<meta name="author" content="{markup}">'
        html = page("<h1>Query tips</h1>" + prose("story", 4) + signed, head)
        return extract_html(html, url="https://www.tigerdata.example/blog/tips").authors

    written = "<p>Written by <a href='https://dev.example/paulogio'>Paulinho Giovannini</a></p>"
    assert given("Team Tiger Data", written) == ("Paulinho Giovannini",)
    assert given("Automateed Team", written) == ("Paulinho Giovannini",)
    assert given("Ana Ruiz", written) == ("Ana Ruiz",)
    assert given("Team Tiger Data", "") == ("Team Tiger Data",)


def test_the_name_beside_the_date_beats_a_collective_account_in_the_markup() -> None:
    """A company blog whose markup names its account ("Automateed Team") while the reader sees
    "Stefan" beside the date under the headline: the name the reader sees is the author. A
    team the page shows beside the date, or no name there, keeps the account."""

    def given(markup: str, credit: str) -> tuple[str, ...]:
        head = f'<meta name="author" content="{markup}">'
        body = f"<h1>Podcast checklist</h1><div>{credit}<span>March 5, 2026</span></div>"
        html = page(body + prose("story", 4), head)
        return extract_html(html, url="https://www.automateed.example/podcast").authors

    assert given("Automateed Team", "<span>Stefan Ruiz</span>") == ("Stefan Ruiz",)
    assert given("Automateed Team", "<span>Marketing Team</span>") == ("Automateed Team",)
    assert given("Automateed Team", "") == ("Automateed Team",)
    assert given("Ana Ruiz", "<span>Stefan Ruiz</span>") == ("Ana Ruiz",)
