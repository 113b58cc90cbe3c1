"""aiokafka's exceptions become ours at the bus boundary, with their classification."""

from __future__ import annotations

import pytest
from aiokafka import errors as kafka_errors

from newswire.bus.errors import kafka_errors_mapped
from newswire.errors import BrokerUnavailable, FatalKafkaError


@pytest.mark.parametrize(
    "raised",
    [kafka_errors.KafkaConnectionError(), kafka_errors.RequestTimedOutError(), TimeoutError()],
    ids=["connection", "request timeout", "timeout"],
)
def test_transient_errors_become_retriable_broker_unavailable(raised: Exception) -> None:
    """Connection loss and timeouts are retriable: BrokerUnavailable, naming the action and
    keeping the client's exception as the cause."""
    with pytest.raises(BrokerUnavailable) as caught, kafka_errors_mapped("publish"):
        raise raised
    assert caught.value.retriable
    assert str(caught.value).startswith("publish: ")
    assert caught.value.__cause__ is raised


@pytest.mark.parametrize(
    "raised",
    [
        kafka_errors.TopicAuthorizationFailedError(),
        kafka_errors.AuthenticationFailedError(),
        kafka_errors.RecordTooLargeError(),
    ],
    ids=["acl", "credentials", "record too large"],
)
def test_errors_retrying_cannot_fix_are_fatal(raised: Exception) -> None:
    """ACLs, credentials and configuration errors are FatalKafkaError, never retried."""
    with pytest.raises(FatalKafkaError) as caught, kafka_errors_mapped("commit"):
        raise raised
    assert not caught.value.retriable


def test_other_exceptions_pass_through_unchanged() -> None:
    """A bug of ours (not a client error) is not disguised as an infrastructure error."""
    with pytest.raises(KeyError), kafka_errors_mapped("fetch"):
        raise KeyError("ours")
