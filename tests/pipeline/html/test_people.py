"""Which names a byline source gave are people, and which are one person written twice."""

from __future__ import annotations

from newswire.pipeline.html.people import people


def test_one_author_written_twice_is_one_author() -> None:
    """The markup's and the byline's spellings of one author ("Tina Flint Huffman", "Tina
    Huffman"), and a name run into the author box's next words ("Spencer McIntyreAuthor
    Posts"), give the author once; two people sharing a first name stay two."""
    assert people(["Tina Flint Huffman", "Tina Huffman"], set()) == ("Tina Flint Huffman",)
    assert people(["Spencer McIntyre", "Spencer McIntyreAuthor Posts"], set()) == (
        "Spencer McIntyre",
    )
    assert people(["Tina Huffman", "Tina Flint"], set()) == ("Tina Huffman", "Tina Flint")


def test_a_role_with_its_beat_run_into_the_name_is_taken_off() -> None:
    """ "Keith Barry Senior Autos Reporter": the byline box's role line (seniority, beat, role)
    run into the name is no part of it; "Rachel MacDonald Writer" loses the role only."""
    assert people(["Keith Barry Senior Autos Reporter"], set()) == ("Keith Barry",)
    assert people(["Rachel MacDonald Writer"], set()) == ("Rachel MacDonald",)


def test_the_beat_after_a_role_line_is_no_second_author() -> None:
    """ "Zackery Cuevas Writer, Hardware" split at its comma: the one word after the name's
    role line is the role's beat, not a second person; a one-word name after a name with no
    role ("Linny", "Peter") stays."""
    assert people(["Zackery Cuevas Writer", "Hardware"], set()) == ("Zackery Cuevas",)
    assert people(["Linny", "Peter"], set()) == ("Linny", "Peter")
    assert people(["Rachel MacDonald Writer", "Keith Barry"], set()) == (
        "Rachel MacDonald",
        "Keith Barry",
    )
