"""What every aiokafka client is given: the bootstrap, the security protocol and credentials."""

from __future__ import annotations

from newswire.bus.connection import Connection


def test_plaintext_connection_passes_no_credentials() -> None:
    """A PLAINTEXT connection gives the bootstrap and client id only: no SASL, no TLS context."""
    kwargs = Connection("127.0.0.1:9092").client_kwargs()
    assert kwargs == {
        "bootstrap_servers": "127.0.0.1:9092",
        "client_id": "newswire",
        "security_protocol": "PLAINTEXT",
    }


def test_sasl_credentials_are_passed_but_never_shown() -> None:
    """SASL settings reach the client (PLAIN when no mechanism is named), while the object's repr
    (what a log line would print) leaves the password out."""
    connection = Connection(
        "broker:9094",
        security_protocol="SASL_PLAINTEXT",
        sasl_username="user",
        sasl_password="s3cret",  # noqa: S106 - a test value, checked not to leak
    )
    kwargs = connection.client_kwargs()
    assert kwargs["sasl_mechanism"] == "PLAIN"
    assert (kwargs["sasl_plain_username"], kwargs["sasl_plain_password"]) == ("user", "s3cret")
    assert "s3cret" not in repr(connection)
