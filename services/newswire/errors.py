"""Every error newswire raises, each knowing whether it is worth retrying and its dead-letter reason.

::

    NewswireError
    ├── RejectedInput            the message itself is bad: dead-letter it, move on (retriable=False)
    │   ├── TooLarge             reason "too_large"
    │   ├── InvalidEnvelope      reason "invalid_envelope"
    │   ├── Undecodable          reason "undecodable"   (charset, compression)
    │   ├── NoContent            reason "no_content"    (empty, whitespace, nothing article-like)
    │   ├── TooComplex           reason "too_complex"   (markup past the node or depth limits)
    │   ├── ExtractionFailed     reason "extraction_failed" (a stage broke on this input)
    │   └── Poison               reason "poison" (in flight while workers died, K times)
    ├── InfrastructureError      the bus or the network: retry with backoff, never dead-letter
    │   ├── BrokerUnavailable    connection refused, timeouts, leader moves (retriable=True)
    │   ├── Fenced               a newer owner of the partition fenced our transactional producer
    │   └── FatalKafkaError      authentication, authorisation, bad config (retriable=False)
    ├── ConfigurationError       settings that cannot work; exit at start
    └── LocalBrokerError         `newswire broker …` could not fetch, start or stop the broker

A stage signals a rejection by raising; it never returns ``None`` (the reason would be lost).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar


class DeadLetterReason(StrEnum):
    """Stable, machine-readable codes in ``DeadLetter.reason``; part of the public contract."""

    INVALID_ENVELOPE = "invalid_envelope"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too_large"
    NO_CONTENT = "no_content"
    EXTRACTION_FAILED = "extraction_failed"
    TOO_COMPLEX = "too_complex"
    POISON = "poison"


class Stage(StrEnum):
    """Where in the pipeline a rejection happened."""

    DECODE = "decode"
    EXTRACT = "extract"
    ENRICH = "enrich"
    NORMALIZE = "normalize"


class NewswireError(Exception):
    retriable: ClassVar[bool] = False


class RejectedInput(NewswireError):
    """The input can never become an Article; it goes to the dead-letter topic."""

    reason: ClassVar[DeadLetterReason] = DeadLetterReason.EXTRACTION_FAILED

    def __init__(self, message: str, *, stage: Stage) -> None:
        super().__init__(message)
        self.stage = stage


class TooLarge(RejectedInput):
    reason = DeadLetterReason.TOO_LARGE


class InvalidEnvelope(RejectedInput):
    reason = DeadLetterReason.INVALID_ENVELOPE


class Undecodable(RejectedInput):
    reason = DeadLetterReason.UNDECODABLE


class NoContent(RejectedInput):
    reason = DeadLetterReason.NO_CONTENT


class TooComplex(RejectedInput):
    reason = DeadLetterReason.TOO_COMPLEX


class ExtractionFailed(RejectedInput):
    reason = DeadLetterReason.EXTRACTION_FAILED


class Poison(RejectedInput):
    """Workers died (crash, hang, budget) K times while processing this input: never run it again."""

    reason = DeadLetterReason.POISON


class InfrastructureError(NewswireError):
    """The bus failed, not the message: never dead-letter because of it."""


class BrokerUnavailable(InfrastructureError):
    retriable = True


class Fenced(InfrastructureError):
    """Another member owns the partition now (we are a zombie): our batch is void, we rejoin.

    Not retriable in place: retrying would fence the rightful owner in turn.
    """


class FatalKafkaError(InfrastructureError):
    """Retrying cannot help (bad credentials, missing ACL, invalid configuration)."""


class ConfigurationError(NewswireError):
    pass


class LocalBrokerError(NewswireError):
    pass
