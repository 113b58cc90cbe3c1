"""Other products' cards on one product's page."""

from __future__ import annotations

from newswire.pipeline.html.product_cards import without_product_cards
from newswire.pipeline.html.walk import Block, Tree
from tests.pipeline.html.pages import page, prose, text_of

_CARDS = "".join(
    f'<div class="tile"><a href="/p/{i}">Other lamp {i} in brass ${i}9.00</a></div>'
    for i in range(5)
)
_PRODUCT_LD = '<script type="application/ld+json">{"@type": "Product", "name": "Lamp"}</script>'


def _product_page(head: str) -> str:
    return page(f'<main><div class="description">{prose("lamp", 1)}</div>{_CARDS}</main>', head)


def test_a_grid_of_other_products_cards_on_a_product_page_goes() -> None:
    """On a page whose JSON-LD declares one Product, or whose og:type is "product", a row of
    five short whole-link tiles of one class after the description goes; the description
    stays."""
    for head in (_PRODUCT_LD, '<meta property="og:type" content="product">'):
        text = text_of(_product_page(head))
        assert "lamp 0" in text
        assert "Other lamp" not in text


def test_a_collections_cards_stay() -> None:
    """A collection's cards are its content: on a page that declares "product.group", many
    Products or nothing at all, the same tiles stay."""
    many = "".join(
        f'<script type="application/ld+json">{{"@type": "Product", "name": "Lamp {i}"}}</script>'
        for i in range(2)
    )
    for head in ("", many, '<meta property="og:type" content="product.group">'):
        assert "Other lamp 4" in text_of(_product_page(head))


def test_cards_must_be_many_short_links_after_the_products_own_text() -> None:
    """Two tiles, tiles of long text, tiles of plain text, and tiles before the first
    third of the page's text (a picker of the product's own sizes) are no grid of other
    products: kept; so is every grid on a page that does not say it is one product's."""

    def block(text: str, links: int, card: int) -> Block:
        return Block(text, "div", links, (0, 1, card))

    parents = {1: 0, **dict.fromkeys(range(2, 9), 1)}
    walked = Tree(parents, dict.fromkeys(range(3, 9), "tile"), [], [], product=True)
    description = [block("A brass lamp with a linen shade. " * 4, 0, 2)]
    grid = [block("Other lamp $19.00", 14, card) for card in range(3, 7)]
    assert without_product_cards(description + grid, walked) == description
    assert without_product_cards(description + grid[:3], walked) == description
    assert without_product_cards(description + grid[:2], walked) == [
        *description,
        *grid[:2],
    ]
    assert without_product_cards(grid + description, walked) == grid + description
    plain = [block("Other lamp $19.00", 0, card) for card in range(3, 7)]
    assert without_product_cards(description + plain, walked) == description + plain
    long = [block("x" * 400, 400, card) for card in range(3, 7)]
    assert without_product_cards(description + long, walked) == description + long
    assert without_product_cards([], walked) == []
    walked.product = False
    assert without_product_cards(description + grid, walked) == description + grid


def test_priced_cards_near_the_top_go_when_they_are_a_small_share_of_the_page() -> None:
    """A row of other products' tiles right under the buy box, each with its own price,
    goes where the row is a small share of the page's text; swatches without prices there
    stay, and so do priced cards that are most of the page (a collection's)."""

    def block(text: str, links: int, card: int) -> Block:
        return Block(text, "div", links, (0, 1, card))

    parents = {1: 0, **dict.fromkeys(range(2, 9), 1)}
    walked = Tree(parents, dict.fromkeys(range(3, 7), "tile"), [], [], product=True)
    title = [block("Brass lamp $99.00", 0, 2)]
    description = [block("A brass lamp with a linen shade. " * 20, 0, 8)]
    grid = [block("Other lamp $19.00", 17, card) for card in range(3, 7)]
    assert without_product_cards(title + grid + description, walked) == title + description
    swatches = [block("Brass", 5, card) for card in range(3, 7)]
    kept = title + swatches + description
    assert without_product_cards(kept, walked) == kept
    kept = title + grid + [block("A brass lamp.", 0, 8)]
    assert without_product_cards(kept, walked) == kept


def test_cards_with_an_overlay_link_go_and_plain_tiles_stay() -> None:
    """A tile whose link is an empty <a> laid over it beside the name and price (an image
    wrapper may hold it) is a whole link: a row of priced ones after the description goes;
    so does a row whose every tile is wrapped in a list item of no class; the same tiles
    without a link stay, and so do overlaid tiles without a price (a shop's "Find a showroom"
    service tiles)."""

    def grid(link: str, price: str = "<p>${i}9.00</p>") -> str:
        return "".join(
            f'<div class="tile"><div class="pic">{link.format(i=i)}</div>'
            f"<p>Other lamp {i} in brass</p>{price.format(i=i)}</div>"
            for i in range(4)
        )

    def shown(cards: str) -> str:
        description = f'<div class="description">{prose("lamp", 1)}</div>'
        return text_of(page(f"<main>{description}{cards}</main>", _PRODUCT_LD))

    assert "Other lamp" not in shown(grid('<a href="/p/{i}"><img src="/p/{i}.jpg"></a>'))
    assert "Other lamp 3" in shown(grid('<img src="/p/{i}.jpg">'))
    wrapped = grid('<a href="/p/{i}"></a>').replace('<div class="tile">', '<li><div class="tile">')
    assert "Other lamp" not in shown(
        "<ul>" + wrapped.replace("</p></div>", "</p></div></li>") + "</ul>"
    )
    assert "Other lamp 3" in shown(grid(""))
    assert "Other lamp 3" in shown(grid('<a href="/p/{i}"></a>', price=""))


def test_the_grids_place_is_its_place_among_all_the_walks_blocks() -> None:
    """A grid after the first third of the page counts as after the product's own text even
    where other rules (``shown``) already took away most of what came before it (a strip of
    other items above it); told nothing, the blocks given are the page."""

    def block(text: str, links: int, card: int) -> Block:
        return Block(text, "div", links, (0, 1, card))

    parents = {1: 0, **dict.fromkeys(range(2, 10), 1)}
    walked = Tree(parents, dict.fromkeys(range(3, 9), "tile"), [], [], product=True)
    description = [block("A brass lamp.", 0, 2)]
    strip = [block("Other items we sell, one line after another. " * 6, 0, 9)]
    grid = [block("Other lamp $19.00", 14, card) for card in range(3, 7)]
    kept = description + grid
    assert without_product_cards(kept, walked) == kept
    assert without_product_cards(kept, walked, description + strip + grid) == description


def test_cards_in_wrappers_of_one_child_each_make_one_row() -> None:
    """A carousel whose slides are list items, the first one named and the others not, each
    holding one card: the cards are one row of the list, and go."""

    def slide(i: int, name: str) -> str:
        return (
            f'<li{name}><div class="card"><div class="pic"><a href="/p/{i}"></a></div>'
            f"<p>Other lamp {i} in brass</p><p>${i}9.00</p></div></li>"
        )

    cards = "".join(slide(i, ' class="first"' if i == 0 else "") for i in range(4))
    description = f'<div class="description">{prose("lamp", 1)}</div>'
    text = text_of(page(f"<main>{description}<ul>{cards}</ul></main>", _PRODUCT_LD))
    assert "lamp 0" in text
    assert "Other lamp" not in text


def test_a_page_that_declares_nothing_is_one_products_by_its_buy_button() -> None:
    """Without a Product in its markup, a page with one "Add to cart" button is one
    product's: the other products' grid after its description goes; not so on a page that
    says it is a collection ("product.group"), nor on one whose every card has the button."""
    button = "<button>Add to cart</button>"

    def shown(head: str, buttons: str) -> str:
        description = f'<div class="description">{prose("lamp", 1)}{buttons}</div>'
        return text_of(page(f"<main>{description}{_CARDS}</main>", head))

    assert "Other lamp" not in shown("", button)
    assert "Other lamp 4" in shown('<meta property="og:type" content="product.group">', button)
    assert "Other lamp 4" in shown("", button * 3)


def test_a_page_whose_cards_carry_buy_buttons_is_one_products_by_its_buy_box() -> None:
    """A page that declares nothing, with more buy buttons than one product's (its other
    products' cards carry them too), is one product's when one sits under its headline
    before the next heading: the other products' grid goes; not so when the buttons are the
    cards' only."""
    button = "<button>Add to cart</button>"

    def shown(box: str) -> str:
        description = f'<div class="description">{prose("lamp", 1)}</div>'
        cards = _CARDS.replace("</a></div>", f"</a>{button}</div>")
        return text_of(
            page(f"<main><h1>Desk lamp</h1>{box}<h2>About</h2>{description}{cards}</main>")
        )

    assert "Other lamp" not in shown(f"<p>$49.00</p>{button}")
    assert "Other lamp 4" in shown("<p>$49.00</p>")


def test_a_page_that_declares_one_microdata_product_is_one_products() -> None:
    """A page that declares one Product in microdata (itemtype) and nothing else is one
    product's: the other products' grid after its description goes; with two such items (a
    category's cards) or with og:type "product.group" the grid stays."""

    def shown(items: int, head: str = "") -> str:
        product = '<div itemscope itemtype="http://schema.org/Product"><p>Desk lamp</p></div>'
        description = f'<div class="description">{prose("lamp", 1)}</div>'
        return text_of(page(f"<main>{product * items}{description}{_CARDS}</main>", head))

    assert "Other lamp" not in shown(1)
    assert "lamp 0" in shown(1)
    assert "Other lamp 4" in shown(2)
    assert "Other lamp 4" in shown(0)
    assert "Other lamp 4" in shown(1, '<meta property="og:type" content="product.group">')
