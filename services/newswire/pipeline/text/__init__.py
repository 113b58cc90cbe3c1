"""Extraction from plain-text scrapes (a page's visible text, one block per line).

``extractor`` runs the steps; ``headline`` finds the title, ``story`` the body's stretch of prose,
``route`` sends the lines around it to metadata; ``lines`` holds the questions asked of one line
and ``patterns`` the shapes of line they match.
"""

from newswire.pipeline.text.extractor import extract_text

__all__ = ["extract_text"]
