"""Map aiokafka's exceptions to ours at the boundary (as httpx maps httpcore's)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from aiokafka import errors as kafka_errors

from newswire.errors import BrokerUnavailable, FatalKafkaError

# Errors that retrying cannot fix: credentials, ACLs, configuration, a producer fenced by a newer one.
_FATAL: tuple[type[BaseException], ...] = (
    kafka_errors.AuthenticationFailedError,
    kafka_errors.AuthenticationMethodNotSupported,
    kafka_errors.TopicAuthorizationFailedError,
    kafka_errors.GroupAuthorizationFailedError,
    kafka_errors.ClusterAuthorizationFailedError,
    kafka_errors.TransactionalIdAuthorizationFailed,
    kafka_errors.UnsupportedVersionError,
    kafka_errors.InvalidConfigurationError,
    kafka_errors.UnsupportedSaslMechanismError,
    kafka_errors.IllegalSaslStateError,
    kafka_errors.RecordTooLargeError,
)


@contextmanager
def kafka_errors_mapped(action: str) -> Iterator[None]:
    """Re-raise any aiokafka error as BrokerUnavailable (retry) or FatalKafkaError (give up)."""
    try:
        yield
    except _FATAL as exc:
        raise FatalKafkaError(f"{action}: {type(exc).__name__}: {exc}") from exc
    except kafka_errors.KafkaError as exc:
        raise BrokerUnavailable(f"{action}: {type(exc).__name__}: {exc}") from exc
    except (OSError, TimeoutError) as exc:
        raise BrokerUnavailable(f"{action}: {type(exc).__name__}: {exc}") from exc
