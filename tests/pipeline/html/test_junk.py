"""What the walk skips: here, elements named by their script's hook rather than a class."""

from __future__ import annotations

from tests.pipeline.html.pages import page, prose, text_of


def test_a_signature_named_by_its_script_hook_is_dropped_whatever_its_class() -> None:
    """A thread's posts each end in their poster's signature that only its script's hook names
    (Invision's ``data-role="memberSignature"``; its classes hashed): the signature goes, the
    posts stay."""
    signature = (
        '<div data-role="memberSignature" class="x91f q2b"><p>Message me on discord for more '
        "help. My rig: Ryzen 7, 32 GB, two screens and a cat on the desk.</p></div>"
    )
    posts = "".join(
        f'<div class="a7c"><div class="k3e">{prose(f"post{number}", 2)}</div>{signature}</div>'
        for number in range(3)
    )
    text = text_of(page(f'<div class="m0d">{posts}</div>'))
    assert "post0 1" in text
    assert "post2 1" in text
    assert "Message me on discord" not in text
