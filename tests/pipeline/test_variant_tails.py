"""A product's name without the variant its shop sets after it."""

from __future__ import annotations

from newswire.pipeline.variant_tails import without_variant_tail


def test_a_counted_variant_after_the_name_is_cut() -> None:
    """A last part of a few words holding a number (a count, a size, an edition) after a
    separator is the variant on sale: the product's name is before it."""
    assert without_variant_tail("Moray Driver Kit - 32 Precision Bits") == "Moray Driver Kit"
    assert without_variant_tail("Hifiman Sundara Headphones | 2020 Edition") == (
        "Hifiman Sundara Headphones"
    )
    assert without_variant_tail("CBD Relax Berries - (30ct) 300mg") == "CBD Relax Berries"


def test_a_part_without_a_number_is_the_names_own() -> None:
    """A last part without a number names the model: the title stays."""
    assert without_variant_tail("Nintendo Switch - OLED Model") == "Nintendo Switch - OLED Model"


def test_a_lone_code_after_the_name_stays() -> None:
    """One token after the name is the product's style number, part of its name."""
    assert without_variant_tail("Staple Tee - 5001") == "Staple Tee - 5001"


def test_a_long_last_part_or_a_one_word_name_stays() -> None:
    """A last part of five words or more is a description, and a name of one word left alone
    is a brand: the title stays."""
    long = "Desk Lamp - 3 Modes With Dimmer And Timer"
    assert without_variant_tail(long) == long
    assert without_variant_tail("Kettle - 2 Litres") == "Kettle - 2 Litres"
    assert without_variant_tail("Desk Lamp") == "Desk Lamp"
