"""The words of a page as evidence of its kind: a bag-of-words logistic regression over the
extracted title and the body's opening, whose seven class probabilities the boosted trees read as
seven more features (stacking).

The hand-picked word groups of ``features`` (voice, topic words, title kind words) name a few
dozen words; a story, a shop page, a manual and a forum thread differ in thousands ("inning",
"warranty", "deprecated", "thread"...). Only words seen on at least ``MIN_DOMAINS`` training
domains are kept, so a site's own name or product never becomes evidence.

A token is a word lower-cased and stripped of edge punctuation (``canonical``), present or not
(each counted once). The body's are read from the enrich stage's own whitespace split (no second
pass over the text): its first ``SPAN`` words are looked up as they are in a dict that holds
each vocabulary word as written in running text — lower-case and capitalized, bare and followed
by "," or "." (96% of the vocabulary's occurrences in wcxb-dev's bodies; the rest, in quotes or
brackets, are missed) —, with no lower-casing or stripping of each word (half the cost). The
title's few words are made canonical and prefixed ``t:`` (a word in the title says more than
one in the body). Training (``make train-page-type``, scikit-learn) reads pages through the
same ``Lexicon.rows``, so it sees what the pipeline sees.

A page written in Chinese, Japanese or Korean holds none of the vocabulary's words (wcxb-dev, the
training data, has no such page): what the regression says of a page without a known word is its
intercepts' softmax, the kind of the training pages with fewest words, "collection" at ~0.58 —
read by the trees as strong evidence, it made every retrained model of session 28 call CJK
stories collections. Such a page gets the training pages' class shares instead (``prior``): the
lexicon knows nothing of it, and says so.

So does a page in a Latin or Cyrillic language the vocabulary does not hold (Russian,
Indonesian: fewer than ``UNREAD_SHARE`` of its opening words known, however they are written):
the regression read ScrapingHub's Russian and Indonesian stories (0.5-2.5% known words) as
"collection" 0.57-0.62, its intercepts again, and one of them, a Russian diet story, was called a
listing. French, Spanish or German pages share enough words with English (wcxb-dev's French shop
pages: 14-19%) to stay the regression's. An English page in capitals (a shop's tile grid, "CAST
IRON SKILLET") is read by the regression as the vocabulary's case forms find it, as before: only
a second, lower-cased count (run for the rare page under the share) tells it from a foreign one.
Without that count the capitals page (a wcxb-dev collection) got the prior too, and the HTML
halves moved with the retrained trees: train A -> test B 7-class / article P / R / accuracy
0.860 / 0.876 / 0.987 / 0.918 -> 0.853 / 0.870 / 0.987 / 0.914 (session 30). With it no
wcxb-dev page is under the share and the halves' verdicts are main's, page for page.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np
import numpy.typing as npt
from librt.vecs import vec

from newswire import native
from newswire.events import PAGE_TYPES
from newswire.pipeline.pagetype.script import char_width
from newswire.pipeline.pagetype.tree_walk import row_sums
from newswire.pipeline.pagetype.word_table import WordTable

#: Words of the body read (its opening, ~1,200 characters). Domain-grouped CV on wcxb-dev, HTML,
#: against 400 words (session 19, same folds): 7-class 0.860 / 0.859, article-vs-rest accuracy
#: 0.922 / 0.909 (97 / 114 false articles), train A -> test B 0.823 / 0.837 and 0.885 / 0.888,
#: B -> A 0.843 / 0.846 and 0.920 / 0.923 (article recall 0.956 / 0.964), at ~60% of the cost
#: (the dict look-ups are most of it).
SPAN: Final = 200
#: Training domains a token must be seen on to be in the vocabulary. Session 30, HTML halves on
#: main 0b1054e's extraction (7-class / article P / R / accuracy): 5 A -> B 0.859 / 0.884 / 0.984
#: / 0.922, B -> A 0.851 / 0.900 / 0.961 / 0.924; 3: 0.851 / 0.870 / 0.987 / 0.914, 0.856 /
#: 0.904 / 0.956 / 0.924; 8: 0.833 / 0.841 / 0.984 / 0.891, 0.852 / 0.910 / 0.959 / 0.929.
#: Neither better both ways.
MIN_DOMAINS: Final = 5
#: Characters stripped from both ends of a word: ASCII punctuation, typographic quotes,
#: dashes and the ellipsis (a word at a sentence's end or in quotes is the same word).
EDGE: Final = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»„…–—·•"
#: What follows a body word as the lookup dict holds it (bare, ending a clause, a sentence).
MARKS: Final = ("", ",", ".")
#: Prefix of the title's tokens.
TITLE: Final = "t:"
LEXICON_NAMES: Final = tuple(f"lexicon_{page_type}" for page_type in PAGE_TYPES)
#: Body words whose script tells whether the lexicon can read the page (a CJK body's first
#: whitespace "words" are whole phrases: a few hold a sample's worth of characters).
SCRIPT_WORDS: Final = 50
#: Share of the body's opening words the vocabulary must know for the regression to read a page:
#: ScrapingHub's Russian and Indonesian stories know 0.5-2.5% (shipped lexicon), wcxb-dev's
#: least-known page in lower case (a coffee shop's tiles) 9.5%, its French pages 14-19%.
UNREAD_SHARE: Final = 0.05
#: Body words under which a page keeps the regression whatever it knows: a near-empty body's
#: title words may be all the evidence there is (wcxb-dev's 11 bodies without words are shops,
#: services and listings the trees learned with the regression's answer).
UNREAD_MIN_WORDS: Final = 20


def _layout_rank(form: str) -> tuple[bool, bool, int]:
    """Where a body form's entry goes in the look-up dict: the bare forms before those ending a
    clause or a sentence, lower-case before capitalized, short words before long ones (the
    commonest words of running text are short, Zipf's law: a proxy for frequency that needs no
    counts). A token never ends in "," or "." (``EDGE`` strips both)."""
    marked = form.endswith(MARKS[1:])
    return marked, form != form.lower(), len(form)


def canonical(word: str) -> str:
    """A word as a token: lower-cased, stripped of ``EDGE`` ("" when nothing is left)."""
    return word.lower().strip(EDGE)


def page_tokens(title: str | None, words: Sequence[str]) -> set[str]:
    """Every canonical token of a page (the vocabulary is chosen among them): the body's first
    ``SPAN`` words and the title's (prefixed ``TITLE``)."""
    found = set(map(canonical, words[:SPAN]))
    found.update(TITLE + canonical(word) for word in (title or "").split())
    found.discard("")
    found.discard(TITLE)
    return found


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A multinomial logistic regression over token presence (one row of weights per token)."""

    vocabulary: tuple[str, ...]
    #: (tokens, classes) weights and (classes,) intercepts, in ``PAGE_TYPES`` order.
    weights: npt.NDArray[np.float64]
    bias: npt.NDArray[np.float64]
    #: The training pages' share of each class, in ``PAGE_TYPES`` order: the features of a page
    #: in a script the vocabulary cannot hold (None: a model file from before session 29, whose
    #: pages all get the regression's answer).
    prior: tuple[float, ...] | None = None
    #: Body words as written -> their token's row + 1 (0: no token; row 0 of ``_padded``).
    _body: dict[str, int] = field(init=False, repr=False, compare=False)
    #: Title tokens (``TITLE`` + canonical word) -> row + 1.
    _title: dict[str, int] = field(init=False, repr=False, compare=False)
    #: ``weights`` under a row of zeros, for the words outside the vocabulary.
    _padded: npt.NDArray[np.float64] = field(init=False, repr=False, compare=False)
    #: The class of each element of ``_padded``'s rows taken and flattened (``_COLUMN_ROWS`` rows).
    _columns: npt.NDArray[np.intp] = field(init=False, repr=False, compare=False)
    #: ``bias`` as a list of floats.
    _bias: list[float] = field(init=False, repr=False, compare=False)
    #: In the compiled build, ``_padded`` as a native array for ``tree_walk.row_sums`` (no numpy
    #: call a page); None in pure Python.
    _native_padded: vec[float] | None = field(init=False, repr=False, compare=False)
    #: In the compiled build, ``_body`` as a compact native table (``word_table``: one cache
    #: miss a word right after an extraction, not three); None in pure Python.
    _native_body: WordTable | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.weights.shape != (len(self.vocabulary), len(PAGE_TYPES)):
            raise ValueError("lexicon weights must be (vocabulary, classes)")
        body: dict[str, int] = {}
        title: dict[str, int] = {}
        for row, token in enumerate(self.vocabulary, start=1):
            if token.startswith(TITLE):
                title[token] = row
                continue
            for form in dict.fromkeys((token, token.capitalize())):
                for mark in MARKS:
                    body.setdefault(form + mark, row)
        set_ = object.__setattr__
        # The same entries reinserted likeliest first (``_layout_rank``): right after an
        # extraction the dict is out of the CPU caches, and each look-up pays for the lines of
        # its entry; with the common forms' entries side by side a page's ~120 distinct words
        # share more of them (CPU right after an extraction, wcxb-dev half B, every 3rd page:
        # -15 µs of ~115 a page, median paired; a frequency order learned on half A, -20).
        set_(self, "_body", {form: body[form] for form in sorted(body, key=_layout_rank)})
        set_(self, "_title", title)
        set_(self, "_padded", np.vstack([np.zeros((1, len(PAGE_TYPES))), self.weights]))
        set_(self, "_columns", _columns(_COLUMN_ROWS))
        set_(self, "_bias", [float(value) for value in self.bias])
        compiled = native.MODE == "compiled"
        set_(self, "_native_padded", vec[float](self._padded.ravel().data) if compiled else None)
        set_(self, "_native_body", WordTable(self._body) if compiled else None)

    def rows(self, title: str | None, words: Sequence[str]) -> set[int]:
        """Rows (+1) of the tokens a page holds; 0 stands for the words outside the vocabulary."""
        return self._with_title(title, set(map(self._body.get, words[:SPAN], itertools.repeat(0))))

    def _with_title(self, title: str | None, found: set[int]) -> set[int]:
        """``found`` (the body's rows) with the title's added."""
        if title:
            # ``canonical`` of each title word in C-level passes (lower-casing the title before
            # the split splits it the same: no character lower-cases into whitespace or out of
            # it).
            stripped = map(str.strip, title.lower().split(), itertools.repeat(EDGE))
            found.update(map(self._title.get, map(TITLE.__add__, stripped), itertools.repeat(0)))
        return found

    def probabilities(self, rows: Collection[int]) -> list[float]:
        """P(class) of a page whose tokens are ``rows``, in ``PAGE_TYPES`` order."""
        if self._native_padded is not None:
            sums = row_sums(self._native_padded, rows, len(PAGE_TYPES))
        else:
            sums = self._numpy_sums(rows)
        scores = list(map(operator.add, sums, self._bias))
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return [value / total for value in exps]

    def _numpy_sums(self, rows: Collection[int]) -> list[float]:
        """Each class's sum of the weights of ``rows``, added in the order given, by numpy."""
        # The rows straight into an index array (``fromiter`` with its length: no list, no
        # type discovery) and no bounds check (every row is one of ``_padded``'s by
        # construction): the same rows in the same order, so the same sums, ~1 µs less a page.
        indexes = np.fromiter(rows, np.intp, len(rows))
        taken = self._padded.take(indexes, axis=0, mode="clip")
        # Each class's column summed row after row by ``bincount`` (the trees' own call, whose
        # code is then warm for them), not by a reduction, and the intercepts added in Python:
        # right after an extraction every kind of numpy call pays for its evicted code. The same
        # additions in the same order as ``taken.sum(axis=0) + bias``, so the same sums.
        columns = self._columns if len(rows) <= _COLUMN_ROWS else _columns(len(rows))
        sums: list[float] = np.bincount(
            columns[: taken.size], weights=taken.ravel(), minlength=len(PAGE_TYPES)
        ).tolist()
        return sums

    def values(self, title: str | None, words: Sequence[str]) -> list[float]:
        """The seven ``LEXICON_NAMES`` features of a page: ``prior`` for a Chinese, Japanese or
        Korean body (``script.char_width`` of its first words above 1) and for a body in a
        language the vocabulary does not hold (``unread``)."""
        table = self._native_body
        if table is not None:
            found = table.rows(words, SPAN)
        else:
            found = set(map(self._body.get, words[:SPAN], itertools.repeat(0)))
        if self.prior is not None and (
            char_width(" ".join(words[:SCRIPT_WORDS])) > 1.0 or self.unread(words, found)
        ):
            return list(self.prior)
        return self.probabilities(self._with_title(title, found))

    def unread(self, words: Sequence[str], found: set[int]) -> bool:
        """Whether fewer than ``UNREAD_SHARE`` of the body's first ``SPAN`` words are vocabulary
        words, lower-cased, among at least ``UNREAD_MIN_WORDS`` (``found``: their rows as
        written, 0 for unknown words)."""
        span = min(len(words), SPAN)
        # Distinct rows as written are never more than the words known lower-cased (a word the
        # dict holds as written is known lower-cased too): enough rows settle it for nearly
        # every page without a second pass.
        if span < UNREAD_MIN_WORDS or len(found) - (0 in found) >= UNREAD_SHARE * span:
            return False
        # The rare page under the share (a foreign story, or capitals the dict's case forms
        # miss): one more look-up pass, lower-cased, tells them apart.
        lowered = " ".join(words[:SPAN]).lower().split()
        return sum(map(self._body.__contains__, lowered)) < UNREAD_SHARE * span


#: Rows of a page ``Lexicon._columns`` serves: the body's ``SPAN`` words and a long title's.
_COLUMN_ROWS: Final = SPAN + 56


def _columns(rows: int) -> npt.NDArray[np.intp]:
    """The class of each weight of ``rows`` rows of the weights, flattened (0, 1, ... 6, 0, ...)."""
    return np.tile(np.arange(len(PAGE_TYPES), dtype=np.intp), rows)


def from_arrays(arrays: Mapping[str, Any]) -> Lexicon | None:
    """The lexicon ``to_arrays`` wrote, or None when the model file has none."""
    if "lexicon_vocabulary" not in arrays:
        return None
    vocabulary = str(arrays["lexicon_vocabulary"])
    prior = arrays.get("lexicon_prior")
    return Lexicon(
        vocabulary=tuple(vocabulary.split("\n")) if vocabulary else (),
        weights=np.asarray(arrays["lexicon_weights"], dtype=np.float64).reshape(
            -1, len(PAGE_TYPES)
        ),
        bias=np.asarray(arrays["lexicon_bias"], dtype=np.float64),
        prior=None if prior is None else tuple(np.asarray(prior, dtype=np.float64).tolist()),
    )


def to_arrays(lexicon: Lexicon) -> dict[str, npt.NDArray[Any]]:
    """The arrays of a lexicon for ``np.savez_compressed``: the vocabulary as one string (one
    token a line: tokens hold no whitespace), the weights as float32 (training rounds them so
    before it computes the stacked features, so these are the values it used)."""
    arrays = {
        "lexicon_vocabulary": np.array("\n".join(lexicon.vocabulary)),
        "lexicon_weights": lexicon.weights.astype(np.float32),
        "lexicon_bias": lexicon.bias.astype(np.float64),
    }
    if lexicon.prior is not None:
        arrays["lexicon_prior"] = np.array(lexicon.prior, dtype=np.float64)
    return arrays
