"""The page type's sums in compiled loops over ``librt.vecs`` arrays: the compiled build's way to
apply the boosted trees and add up the lexicon's weights (``model`` and ``lexicon`` call these
only when the build runs; pure Python keeps their numpy calls, which make the same sums).

Right after an extraction each kind of numpy call pays ~10-25 µs of cold code before it runs,
and the trees and the lexicon made about a dozen kinds a page (session 43, compiled, CPU right
after an extraction, median of 63 wcxb-dev pages on a loaded machine: the trees' numpy calls 109
µs, this walk 31; the lexicon's sums 66 µs, these 26; the whole classification, paired page by
page over 107 pages, 105 µs less of ~480). Compiled, these loops read unboxed
doubles and make no numpy call. Session 39's compiled walk over Python lists was slower than
numpy even warm (94 against 22 µs: a boxed float per node read, a branch per node the CPU
mispredicts half the time); this one reads native arrays and turns each comparison into the
next node's index with no branch (6 µs warm).

Both add in numpy's order (``np.bincount``: the trees one after the other into their class's
sum, the lexicon's rows in the order given), so the sums are the same to the last bit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from librt.vecs import vec
from mypy_extensions import i32, i64


class TreeWalk:
    """Complete binary trees of ``depth`` levels (``model.TreeModel``'s, node arrays
    breadth-first) as native arrays, and their scores for one feature vector."""

    def __init__(
        self,
        feature: vec[i32],
        threshold: vec[float],
        leaves: vec[float],
        tree_class: vec[i32],
        *,
        depth: i64,
        baseline: list[float],
    ) -> None:
        #: Each tree's ``2**depth - 1`` split nodes one after the other: the feature each reads
        #: and its threshold (the node sends left when the value is at most the threshold).
        self.feature = feature
        self.threshold = threshold
        #: Each tree's ``2**depth`` leaves, left to right.
        self.leaves = leaves
        #: The class whose score each tree adds to.
        self.tree_class = tree_class
        self.depth = depth
        self.baseline = baseline

    def scores(self, values: Sequence[float]) -> list[float]:
        """Each class's raw score for the features ``values``: its baseline plus its trees'
        leaves (``TreeModel.score_list``)."""
        x = vec[float](values)
        feature, threshold, leaves = self.feature, self.threshold, self.leaves
        tree_class, depth, baseline = self.tree_class, self.depth, self.baseline
        splits: i64 = (i64(1) << depth) - 1
        classes: i64 = len(baseline)
        sums = vec[float]([0.0] * classes)
        trees: i64 = len(tree_class)
        nodes: i64 = 0
        tree: i64 = 0
        while tree < trees:
            node: i64 = 0
            level: i64 = 0
            while level < depth:
                at = nodes + node
                # Left child 2n + 1 when the node sends left, else right child 2n + 2: the
                # comparison's outcome added, not branched on (a node's outcome is a coin toss
                # to the CPU's predictor, and each miss costs more than the node).
                node = 2 * node + 2 - i64(x[i64(feature[at])] <= threshold[at])
                level += 1
            target = i64(tree_class[tree])
            sums[target] = sums[target] + leaves[nodes + tree + node - splits]
            nodes += splits
            tree += 1
        return [baseline[index] + sums[index] for index in range(classes)]


def row_sums(weights: vec[float], rows: Iterable[int], classes: i64) -> list[float]:
    """Each class's sum of the weights of ``rows`` (``weights``: rows of ``classes`` numbers
    one after the other), the rows added in the order given."""
    sums = vec[float]([0.0] * classes)
    for row in rows:
        start = i64(row) * classes
        index: i64 = 0
        while index < classes:
            sums[index] = sums[index] + weights[start + index]
            index += 1
    return [sums[index] for index in range(classes)]
