"""Content fingerprints: sha256 of the body and a 64-bit SimHash for near-duplicate detection.

SimHash features are word 3-grams of the lower-cased ``\\w+`` tokens: single words make unrelated
texts in one language look alike, while 3-grams change locally when an editor rewrites a sentence,
so a republished wire story stays within a few bits and an unrelated story lands near 32.
A word's hash is a pair of seeded CRC-32s of its UTF-8 bytes (stable across runs and machines,
unlike ``hash()``; not a cryptographic hash, which SimHash does not need); a 3-gram's hash
combines its three word hashes with odd multipliers and the splitmix64 finaliser.

Everything runs as whole-array numpy operations, with no Python step per word (a per-word
``re.findall`` + dict + ``zlib.crc32`` took ~80% of the time): tokens are the runs of code points
that ``re``'s own ``\\w`` matches (a lookup table built from the same regex), and CRC-32, being
linear over GF(2), is the XOR of one table entry per byte (by the byte's value and how many bytes
follow it in the word) and one per word length. The fingerprints are bit-identical to the
per-word implementation (kept in ``newswire.bench.simhash_reference``; a property test compares
the two), so nothing changes for consumers.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from typing import Final

import numpy as np
from librt.vecs import vec
from mypy_extensions import i64

from newswire import native
from newswire.pipeline.bit_vote import gram_majority, majority_bits
from newswire.pipeline.word_crcs import word_hashes as _compiled_word_hashes

_WORD: Final = re.compile(r"\w+")

#: Seeds of the two CRC-32s that make a word's 64-bit hash (low and high half).
_SEED_LOW, _SEED_HIGH = 0, 0x9E3779B9


def content_hash(body: str, utf8: bytes | None = None) -> str:
    """The sha256 of the body's UTF-8 (``utf8``: those bytes, when the caller has them)."""
    return hashlib.sha256(body.encode("utf-8") if utf8 is None else utf8).hexdigest()


#: SimHash looks at the first this many words (~300 KB of text): plenty to tell near-duplicates
#: apart, and it keeps a 10 MB body from costing seconds of per-3-gram hashing.
SIMHASH_MAX_WORDS: Final = 50_000


_P1: Final = np.uint64(0x9E3779B97F4A7C15)
_P2: Final = np.uint64(0xC2B2AE3D27D4EB4F)
_M1: Final = np.uint64(0xBF58476D1CE4E5B9)
_M2: Final = np.uint64(0x94D049BB133111EB)


_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)


def _mix(x: np.ndarray) -> np.ndarray:
    """``x`` through splitmix64's finaliser, IN PLACE (callers pass an array of their own): every
    input bit affects every output bit (uint64 arithmetic wraps). In place, the 3-grams' arrays
    are not allocated five more times (~6 µs of ~40 for a 700-word body)."""
    x ^= x >> _S30
    x *= _M1
    x ^= x >> _S27
    x *= _M2
    x ^= x >> _S31
    return x


_BUILT_PLANES: Final[set[int]] = set()


@functools.cache
def _word_table(planes: int) -> np.ndarray:
    """``table[cp]``: does ``re``'s ``\\w`` match code point ``cp``, for the first ``planes``
    Unicode planes? Built from the regex itself, so tokens are exactly ``re.findall``'s. The
    Basic Multilingual Plane takes a few ms; all 17 planes (emoji, rare CJK) 0.1-0.3 s, built
    once per process on the first text that needs them."""
    everything = np.arange(planes * 0x10000, dtype=np.uint32)
    text = everything.tobytes().decode("utf-32-le", "surrogatepass")
    table = np.zeros(len(text), dtype=np.bool_)
    for match in _WORD.finditer(text):
        table[match.start() : match.end()] = True
    _BUILT_PLANES.add(planes)
    return table


_word_table(1)


def build_tables() -> None:
    """Build now the tables built on first need: all 17 planes' word table, which the first
    body with a character beyond the Basic Multilingual Plane (an emoji) would otherwise pay
    for (0.1-0.3 s, session 49: a worker's first Korean page with an emoji took 25-60 ms more
    than its later ones). A worker's start-up calls this; one-shot commands need not."""
    _word_table(17)


def built_planes() -> list[int]:
    """How many planes each word table built so far covers."""
    return sorted(_BUILT_PLANES)


@functools.cache
def _lower_changes() -> np.ndarray:
    """``table[cp]``: is a non-ASCII code point ``cp`` of the Basic Multilingual Plane changed
    by ``str.lower`` ("É", "Σ", "İ"); ASCII letters are lowered as bytes (``bytes.lower``).
    Built once per process (~10 ms)."""
    return np.array(
        [cp >= 0x80 and chr(cp).lower() != chr(cp) for cp in range(0x10000)], dtype=np.bool_
    )


_lower_changes()

#: Words of up to this many UTF-8 bytes are hashed by table; longer ones (a run of CJK text with
#: no spaces is one ``\w+`` token) call zlib, one call per such word.
_TABLE_BYTES: Final = 64


def _crc_tables() -> tuple[np.ndarray, np.ndarray]:
    """CRC-32 of a word = (its length's term, both seeds in one uint64) XOR (per byte: the term
    of that byte value followed by k bytes of the word, the same for both seeds; row
    ``_TABLE_BYTES`` is all zeros)."""
    zeros = [zlib.crc32(bytes(k)) for k in range(_TABLE_BYTES + 1)]
    per_byte = np.array(
        [
            [zlib.crc32(bytes([value]) + bytes(k)) ^ zeros[k + 1] for value in range(256)]
            for k in range(_TABLE_BYTES)
        ],
        dtype=np.uint32,
    )
    per_length = np.array(
        [
            zlib.crc32(bytes(n), _SEED_LOW) | zlib.crc32(bytes(n), _SEED_HIGH) << 32
            for n in range(_TABLE_BYTES + 1)
        ],
        dtype=np.uint64,
    )
    # A last row of zeros: the term of a byte outside any word hashed by table.
    per_byte = np.vstack([per_byte, np.zeros(256, dtype=np.uint32)])
    # Each term twice, in the low and the high half (the per-byte terms do not depend on the
    # seed): the XORs below then make both halves of the hash at once, with no cast or product
    # per body.
    return per_byte.reshape(-1).astype(np.uint64) * np.uint64(0x1_0000_0001), per_length


_CRC_PER_BYTE, _CRC_PER_LENGTH = _crc_tables()


#: A text with fewer spaces than this has few words (under ~500 characters of a spaced script) or
#: long ones (Chinese, Japanese: a ``\w+`` token is a whole clause); there a Python step per word
#: costs less than the ~25 µs of fixed numpy overhead and the per-byte tables do not apply
#: (measured per word vs arrays: 7 vs 25 µs at 50 characters, even at ~500; a Japanese page of
#: 1,600 characters 117 vs 107). Both ways give the same hashes.
_FEW_SPACES: Final = 80


@functools.lru_cache(maxsize=4)
def _positions_upto(size: int) -> np.ndarray:
    return np.arange(1, size + 1, dtype=np.intp) << 8


def _positions(size: int) -> np.ndarray:
    """``(i + 1) * 256`` for each byte position ``i < size``, from a cached array (a power of two
    long, so a few sizes serve every body) instead of a new ``arange`` per body."""
    return _positions_upto(1 << max(size - 1, 1).bit_length())[:size]


def _word_hash(word: bytes) -> int:
    return zlib.crc32(word, _SEED_LOW) | (zlib.crc32(word, _SEED_HIGH) << 32)


#: Per UTF-16 code unit: 1 where ``re``'s ``\\w`` matches the code point, plus 2 where
#: ``str.lower`` changes it (non-ASCII only, see ``_lower_changes``) or where it is a surrogate
#: (half of a character beyond the Basic Multilingual Plane, or a lone one). One gather of a
#: body's code units answers all three questions: under 2 everywhere, the units are the code
#: points and lower-casing the UTF-8 bytes is enough. (UTF-16, not UTF-32: half the bytes to
#: encode and read, and no separate maximum for the plane; each numpy call counts here, as in
#: the pipeline each costs several times its warm cost.)
_BMP_CLASSES: Final = _word_table(1).astype(np.uint8) | (_lower_changes().astype(np.uint8) << 1)
_BMP_CLASSES[0xD800:0xE000] |= 2
#: Python's one capital whose lower case depends on its place (final sigma at a word's end).
_CAPITAL_SIGMA: Final = 0x3A3


def _compiled_tables() -> tuple[bytes, bytes]:
    """The classes for the compiled pass (``word_crcs``), which the compiled build takes first
    (one loop, no numpy call: right after extraction each kind of numpy call is costly), and
    the lower cases it reads: a capital that ``str.lower`` maps to one character wherever it
    stands is 4 plus its lower case's ``\\w`` (that code point, two bytes little-endian, in
    the second table); one whose lower case is longer ("İ") or Σ stays flagged for the
    caller's ``str.lower`` (a body with an "É" or in Cyrillic paid for ``str.lower``, its
    encoding and a second pass: SimHash ~150 µs against ~90 this way, compiled, on the 36 of
    wcxb-dev's and ScrapingHub's bodies with such a capital)."""
    classes = _BMP_CLASSES.copy()
    lowered = np.zeros(0x10000, dtype="<u2")
    words = _word_table(1)
    for point in _lower_changes().nonzero()[0].tolist():
        lower = chr(point).lower()
        if len(lower) == 1 and ord(lower) < 0x10000 and point != _CAPITAL_SIGMA:
            lowered[point] = ord(lower)
            classes[point] = 4 | int(words[ord(lower)])
    return classes.tobytes(), lowered.tobytes()


_CLASS_BYTES, _LOWER_CASES = _compiled_tables()
#: The same for a text already lower-cased by ``str.lower``: only surrogates are flagged.
_LOWERED_CLASSES: Final = _word_table(1).astype(np.uint8)
_LOWERED_CLASSES[0xD800:0xE000] |= 2
_LOWERED_CLASS_BYTES: Final = _LOWERED_CLASSES.tobytes()
_COMPILED: Final = native.MODE == "compiled"
#: Code points from which UTF-8 takes 2, 3 and 4 bytes (a lone surrogate, "surrogatepass", 3).
_UTF8_LIMITS: Final = np.array([0x80, 0x800, 0x10000], dtype=np.uint32)
#: UTF-8 bytes per code point of the Basic Multilingual Plane.
_UTF8_BYTES: Final = (
    _UTF8_LIMITS.searchsorted(np.arange(0x10000, dtype=np.uint32), side="right") + 1
).astype(np.uint8)


def _lowered(text: str, *, ascii_only: bool) -> tuple[np.ndarray, np.ndarray]:
    """The UTF-8 bytes of ``text.lower()`` and, per byte, whether ``\\w`` matches the
    character it belongs to (nonzero)."""
    # ``str.lower`` of a body was ~60 µs of the fingerprint's ~550. A text whose only letters that
    # lower-casing changes are ASCII ones (most bodies in a Latin script: their non-ASCII
    # characters are quotes, dashes, accented lower-case letters) is lowered as UTF-8 bytes
    # (``bytes.lower`` changes "A"-"Z" alone, and every byte of a non-ASCII character is >= 0x80);
    # any other (an "É", a "Σ" whose lower case depends on its place) by ``str.lower``.
    if ascii_only:
        data = np.frombuffer(text.encode("ascii").lower(), dtype=np.uint8)
        return data, _word_table(1).take(data)
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    classes = _BMP_CLASSES.take(units)
    # Each character's answer repeated over its UTF-8 bytes: words are then found in byte
    # offsets directly (mapping code point offsets to byte offsets took six more numpy calls).
    if classes.max() < 2:
        utf8 = text.encode("utf-8", "surrogatepass").lower()
        return np.frombuffer(utf8, dtype=np.uint8), classes.repeat(_UTF8_BYTES.take(units))
    text = text.lower()
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _word_table(1 if int(points.max()) < 0x10000 else 17)
    sizes = _UTF8_LIMITS.searchsorted(points, side="right") + 1
    data = np.frombuffer(text.encode("utf-8", "surrogatepass"), dtype=np.uint8)
    return data, table.take(points).repeat(sizes)


def _word_hashes(text: str, utf8: bytes | None = None) -> np.ndarray:
    """The 64-bit hash of each of the first ``SIMHASH_MAX_WORDS`` ``\\w+`` tokens of
    ``text.lower()`` (``utf8``: the text's UTF-8, when the caller has it)."""
    if _few_spaces(text):
        words = _WORD.findall(text.lower())[:SIMHASH_MAX_WORDS]
        return np.fromiter((_word_hash(word.encode()) for word in words), np.uint64, len(words))
    found = _compiled_hashes(text, utf8) if _COMPILED else None
    if found is not None:
        return np.frombuffer(memoryview(found), dtype=np.uint64)
    return _numpy_word_hashes(text)


def _few_spaces(text: str) -> bool:
    """Whether ``text`` has under ``_FEW_SPACES`` spaces (a prefix that already has enough
    settles it without counting a long body's)."""
    return text.count(" ", 0, 4096) < _FEW_SPACES and text.count(" ") < _FEW_SPACES


def _compiled_hashes(text: str, utf8: bytes | None) -> vec[i64] | None:
    """``_word_hashes`` by the compiled pass (``word_crcs``), or None where it leaves the text
    to numpy (a lone surrogate, or an astral character that ``str.lower``'s text still has to
    lower)."""
    encoded = text.encode("utf-8", "surrogatepass") if utf8 is None else utf8
    found = _compiled_word_hashes(
        encoded, _CLASS_BYTES, _LOWER_CASES, _SEED_HIGH, SIMHASH_MAX_WORDS
    )
    if found is None:
        # A letter whose lower case is longer or depends on its place ("İ", "Σ": most bodies
        # in Greek, some in Turkish): the same pass over ``text.lower()``, where no letter is
        # left to lower (its table flags surrogates alone), rather than the numpy path's
        # fifteen calls. An astral character is read by the pass (an emoji: 14
        # of every 8th dev body's, where one sent the body to numpy, ~650 µs against ~70).
        lowered = text.lower().encode("utf-8", "surrogatepass")
        found = _compiled_word_hashes(
            lowered, _LOWERED_CLASS_BYTES, _LOWER_CASES, _SEED_HIGH, SIMHASH_MAX_WORDS
        )
    return found


def _numpy_word_hashes(text: str) -> np.ndarray:
    """``_word_hashes`` by whole-array numpy calls (the pure-Python build's way)."""
    ascii_only = text.isascii()
    data, in_word = _lowered(text, ascii_only=ascii_only)
    flags = np.zeros(len(in_word) + 2, dtype=in_word.dtype)
    flags[1:-1] = in_word
    changes = (flags[1:] != flags[:-1]).nonzero()[0]
    starts, ends = changes[0::2][:SIMHASH_MAX_WORDS], changes[1::2][:SIMHASH_MAX_WORDS]
    if not len(starts):
        return np.zeros(0, dtype=np.uint64)
    # Per byte up to the last word's end: its row of the per-byte table (how many bytes of its
    # word follow it) times 256, plus its value. Each word's start holds its end (times 256), a
    # running maximum carries that end over the word's bytes, and subtracting (position + 1) *
    # 256 leaves the count. One pass over the bytes instead of gathering each word's bytes.
    lengths = ends - starts
    size = int(ends[-1])
    index = np.zeros(size, dtype=np.intp)
    index[starts] = ends << 8
    np.maximum.accumulate(index, out=index)
    index -= _positions(size)
    index += data[:size]
    # The bytes between words (negative rows) and those of words longer than _TABLE_BYTES (rows
    # past the table, or any row: zlib replaces those words' hashes below) read clipped entries:
    # a word's XOR below spans its own bytes only, so what they read cancels out.
    running = np.zeros(size + 1, dtype=np.uint64)
    np.bitwise_xor.accumulate(_CRC_PER_BYTE.take(index, mode="clip"), out=running[1:])
    # ("clip": words longer than the table read its last length, replaced below.)
    hashes: np.ndarray = _CRC_PER_LENGTH.take(lengths, mode="clip")
    hashes ^= running[ends]
    hashes ^= running[starts]
    long = (lengths > _TABLE_BYTES).nonzero()[0]
    for i in long:
        hashes[i] = _word_hash(data[starts[i] : ends[i]].tobytes())
    return hashes


def simhash(body: str, utf8: bytes | None = None) -> str:
    """The body's 64-bit SimHash as 16 hex digits (``utf8``: the body's UTF-8, when the caller
    has it: the enrich stage encodes the body once for this and the sha256)."""
    text = body[: SIMHASH_MAX_WORDS * 12]
    utf8 = utf8 if len(text) == len(body) else None
    if _COMPILED and not _few_spaces(text):
        found = _compiled_hashes(text, utf8)
        if found is not None and len(found) >= 3:
            # The 3-grams made and voted in one compiled pass (``bit_vote.gram_majority``): the
            # numpy products, finaliser and copies below cost ~12M instructions on the e2e
            # corpus's 139 bodies (callgrind).
            return f"{gram_majority(found):016x}"
        words = (
            _numpy_word_hashes(text)
            if found is None
            else np.frombuffer(memoryview(found), dtype=np.uint64)
        )
    else:
        words = _word_hashes(text, utf8)
    if len(words) >= 3:
        features = words[:-2] * _P1
        features += words[1:-1] * _P2
        features += words[2:]
        _mix(features)
    else:  # one feature for a text of fewer than three words
        features = _mix(np.array([sum(int(w) for w in words) % (1 << 64)], dtype=np.uint64))
    if _COMPILED:
        # One compiled pass over the features' bytes (``bit_vote``): the same counts.
        return f"{majority_bits(features.astype('<u8', copy=False).tobytes()):016x}"
    # Per bit position, how many features have it set (uint64 -> 64 little-endian bits each).
    little = np.asarray(features, dtype="<u8").view(np.uint8)
    ones = np.unpackbits(little, bitorder="little").reshape(-1, 64)
    # uint16 counts suffice (at most SIMHASH_MAX_WORDS features) and add faster than intp;
    # einsum's column sums skip the buffered uint8 -> uint16 cast that ``sum(axis=0)`` makes
    # (same integers, ~5 µs less for a 700-word body).
    # (2c > n is c > n // 2 for integers: no cast or product of the counts.)
    majority = np.einsum("ij->j", ones, dtype=np.uint16) > len(features) // 2
    # Bit 63 first as the characters "0" and "1": Python reads the number (numpy's packbits cost
    # one more call).
    value = int(majority[::-1].tobytes().translate(_BINARY_DIGITS), 2)
    return f"{value:016x}"


#: False / True bytes -> "0" / "1".
_BINARY_DIGITS: Final = bytes.maketrans(b"\x00\x01", b"01")


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()
