"""Main-content extraction from HTML pages: one page in, an ``Extracted`` out.

Where things live:

* ``extractor``: ``extract_html``, joining the parts below;
* ``walk``: the tree walk that turns the page into text blocks, skipping junk elements;
* ``names``: what class and id names say about an element (story, furniture, widget);
* ``scoring``: readability's container scoring, which picks the blocks of the story;
* ``body``: the story's blocks as clean paragraphs (and the retry without name rules);
* ``head``: ``<meta>`` tags and JSON-LD as a typed ``HeadMetadata``; canonical, tags, language;
* ``title``, ``bylines``, ``dates``, ``figures``: the headline, authors, date strings and the
  lead image as the page shows them; ``permalink``: the date in the URL and the local day it
  settles. Authors come from ``author_markup``, ``author_elements`` and ``byline_lines``
  (ranked in ``bylines``); dates from ``date_markup`` and ``shown_dates`` (ranked in ``dates``).
"""

from newswire.pipeline.html.extractor import extract_html

__all__ = ["extract_html"]
