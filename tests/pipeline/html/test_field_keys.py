"""A shop template's raw custom fields (code-named keys over raw values) on a product's page."""

from __future__ import annotations

from newswire.pipeline.html.field_keys import without_field_keys


def test_code_named_keys_and_their_values_are_dropped() -> None:
    """Keys written as code names ("retail_price_tier1:", "tab_Shipping and Returns:",
    "shipping_chunk-1:"), three or more on the page, go with the value line under each; the
    product's own lines and a reader's labels ("Fabric:") stay."""
    lines = [
        "Staple Tee",
        "retail_price_tier1:",
        "$20.00_1-9 items",
        "cat_thumb_Bone:",
        "https://cdn.example.com/5001_BONE_THUMB.jpg",
        "Fabric:",
        "100% combed cotton",
        "tab_Shipping and Returns:",
        "TRUE",
        "shipping_chunk-1:",
        "We ship nationwide.",
    ]
    assert without_field_keys(lines) == ["Staple Tee", "Fabric:", "100% combed cotton"]


def test_one_or_two_keys_of_that_shape_stay() -> None:
    """A line or two that look like a code name (a forum's quote header naming a poster
    "tea_lilly said:") are not a template's field list: nothing goes."""
    lines = ["tea_lilly_x:", "I agree with this.", "A reply of mine.", "av_integrated:", "Yes."]
    assert without_field_keys(lines) == lines
