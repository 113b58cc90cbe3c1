"""A decoded input (``decode``'s result), whose text may be made only when first read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from newswire.events import ContentType


@dataclass(frozen=True, slots=True, init=False, eq=False)
class RawArticle:
    """A decoded input: text plus what the envelope or headers said about it."""

    content_type: ContentType
    url: str | None
    fetched_at: datetime | None
    source: str | None
    charset: str
    #: HTTP Content-Language (header or envelope), e.g. "id" or "en-US, en".
    content_language: str | None
    #: The body's bytes when ``text`` is exactly their strict UTF-8 decoding (no BOM, no NUL,
    #: nothing replaced), else None: the HTML parser reads UTF-8 bytes, and given the text it
    #: would encode it back into these same bytes first (~260 µs of a ~1.1 ms parse per page).
    utf8: bytes | None
    #: The text, or None until it is first read when it is ``utf8``'s decoding (see ``text``).
    _text: str | None

    def __init__(
        self,
        text: str | None,
        *,
        content_type: ContentType,
        url: str | None,
        fetched_at: datetime | None,
        source: str | None,
        charset: str,
        content_language: str | None = None,
        utf8: bytes | None = None,
    ) -> None:
        if text is None and utf8 is None:
            raise ValueError("a RawArticle needs its text or its UTF-8 bytes")
        for name, value in (
            ("content_type", content_type),
            ("url", url),
            ("fetched_at", fetched_at),
            ("source", source),
            ("charset", charset),
            ("content_language", content_language),
            ("utf8", utf8),
            ("_text", text),
        ):
            object.__setattr__(self, name, value)

    @property
    def text(self) -> str:
        """The decoded input. An HTML page whose bytes are valid UTF-8 is decoded only if read:
        the parser reads the bytes, and nothing else of an HTML page's path reads its text
        (a str of a page of 260 KB is ~95 µs to make right after the base64, ~45 to check)."""
        text = self._text
        if text is None:
            text = cast("bytes", self.utf8).decode("utf-8")  # __init__ holds one or the other
            object.__setattr__(self, "_text", text)
        return text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RawArticle):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        # By value, as the frozen dataclass it was hashed.
        return hash(self._fields())

    def _fields(self) -> tuple[object, ...]:
        return (
            self.text,
            self.content_type,
            self.url,
            self.fetched_at,
            self.source,
            self.charset,
            self.content_language,
            self.utf8,
        )
