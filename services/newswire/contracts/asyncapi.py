"""The AsyncAPI 3.0 document of newswire's topics, generated from the code (``make schemas``).

Everything a consumer team needs comes from the source of truth it describes: channels from the
``*_topic`` settings (a new topic setting without a role here fails generation, so a topic cannot
be published undocumented), servers and security schemes from the SASL/SSL settings' enums,
payloads by reference to the published JSON Schemas, the consumer group and transactional ids from
the settings' defaults, and the examples from what the pipeline makes of a seed. The document is
written as YAML by :func:`newswire.contracts.yamltext.to_yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newswire import __version__
from newswire.contracts.asyncapi_messages import KAFKA_BINDING, messages
from newswire.settings import SaslMechanism, SecurityProtocol, Settings

ASYNCAPI_FILE = "asyncapi.yaml"


@dataclass(frozen=True, slots=True)
class TopicRole:
    """What newswire does with the topic a ``*_topic`` setting names."""

    action: str  # "receive" or "send"
    messages: tuple[str, ...]
    summary: str


#: Every ``*_topic`` setting must be listed: generation fails on one that is not (see
#: :func:`topic_settings`). Entries whose setting does not exist (yet) are skipped.
TOPIC_ROLES: dict[str, TopicRole] = {
    "raw_topic": TopicRole(
        "receive",
        ("RawEnvelope", "RawBody"),
        "Raw scraped pages, one per record: a JSON envelope or a bare body with headers.",
    ),
    "articles_topic": TopicRole(
        "send", ("Article",), "One Article per input that became an article."
    ),
    "pages_topic": TopicRole(
        "send", ("Article",), "Articles of inputs that are not news articles (page types)."
    ),
    "deadletter_topic": TopicRole(
        "send",
        ("DeadLetter",),
        "One DeadLetter per input that could not become an Article, with its original bytes.",
    ),
}


_SASL_SCHEMES = {
    SaslMechanism.PLAIN: ("saslPlain", "plain"),
    SaslMechanism.SCRAM_SHA_256: ("saslScramSha256", "scramSha256"),
    SaslMechanism.SCRAM_SHA_512: ("saslScramSha512", "scramSha512"),
}


def topic_settings() -> dict[str, str]:
    """``{setting name: default topic}`` for every ``*_topic`` setting newswire has."""
    found = {
        name: str(field.default)
        for name, field in Settings.model_fields.items()
        if name.endswith("_topic")
    }
    unknown = sorted(set(found) - set(TOPIC_ROLES))
    if unknown:
        raise ValueError(
            f"topic setting(s) {unknown} have no role in newswire.asyncapi.TOPIC_ROLES: "
            "say what newswire does with the topic so the AsyncAPI document lists it"
        )
    return found


def document() -> dict[str, Any]:
    """The AsyncAPI document as a plain dict (YAML-ready, deterministic)."""
    defaults = Settings.model_fields
    topics = topic_settings()
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    for setting, address in topics.items():
        role = TOPIC_ROLES[setting]
        channel = _camel(setting.removesuffix("_topic"))
        env = f"NEWSWIRE_{setting.upper()}"
        channels[channel] = {
            "address": address,
            "title": address,
            "summary": role.summary,
            "description": (
                f"Topic named by `{env}` (default `{address}`). Created at start when "
                "`NEWSWIRE_CREATE_TOPICS` is true, with `NEWSWIRE_TOPIC_PARTITIONS` partitions."
            ),
            "messages": {name: {"$ref": f"#/components/messages/{name}"} for name in role.messages},
            "bindings": {"kafka": _topic_binding(address, defaults)},
        }
        operations[f"{role.action}{channel[0].upper()}{channel[1:]}"] = _operation(
            role, channel, defaults
        )
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "newswire",
            "version": __version__,
            "description": (
                "Streaming news ingestion: raw scraped pages in, one schema-checked event per "
                "input out (an Article, or a DeadLetter with the original bytes), exactly once. "
                "Generated from the code by `make schemas`; payloads are the JSON Schemas in "
                "this folder. Read the output topics with `isolation.level=read_committed`."
            ),
            "license": {"name": "MIT"},
        },
        "defaultContentType": "application/json",
        "servers": _servers(),
        "channels": channels,
        "operations": operations,
        "components": {
            "messages": messages(),
            "securitySchemes": _security_schemes(),
        },
    }


def _topic_binding(address: str, defaults: dict[str, Any]) -> dict[str, Any]:
    binding: dict[str, Any] = {
        "topic": address,
        "partitions": defaults["topic_partitions"].default,
    }
    # Unset means the cluster's default.replication.factor: the binding then says nothing
    # (its `replicas` must be an integer).
    replicas = defaults["topic_replication_factor"].default
    if replicas is not None:
        binding["replicas"] = replicas
    binding["bindingVersion"] = KAFKA_BINDING
    return binding


def _operation(role: TopicRole, channel: str, defaults: dict[str, Any]) -> dict[str, Any]:
    group = defaults["group_id"].default
    operation: dict[str, Any] = {
        "action": role.action,
        "channel": {"$ref": f"#/channels/{channel}"},
        "summary": role.summary,
        "messages": [{"$ref": f"#/channels/{channel}/messages/{name}"} for name in role.messages],
    }
    if role.action == "receive":
        operation["description"] = (
            f"newswire's workers consume as consumer group `{group}` (`NEWSWIRE_GROUP_ID`). "
            "Every record becomes exactly one Article or DeadLetter; the record's offset is "
            "committed in the same Kafka transaction as that output (exactly_once, default)."
        )
        operation["bindings"] = {
            "kafka": {
                "groupId": {"type": "string", "enum": [group]},
                "clientId": {"type": "string", "enum": [defaults["kafka_client_id"].default]},
                "bindingVersion": KAFKA_BINDING,
            }
        }
        return operation
    prefix = defaults["transactional_id_prefix"].default
    operation["description"] = (
        "Published in Kafka transactions (`NEWSWIRE_PROCESSING_GUARANTEE=exactly_once`, "
        f"default), one per input partition, transactional id `{prefix}-{{group}}-{{topic}}-"
        "{partition}`, each carrying the outputs and the input offsets: read with "
        "`isolation.level=read_committed` to see each input's output exactly once. With "
        "`at_least_once`: an idempotent acks=all producer, and a crash may repeat outputs."
    )
    operation["x-newswire-delivery"] = {
        "guarantee": "exactly_once",
        "transactional": True,
        "transactionalIdPattern": f"{prefix}-{{group}}-{{topic}}-{{partition}}",
        "consumerIsolationLevel": "read_committed",
        "alternative": "at_least_once",
    }
    return operation


def _servers() -> dict[str, Any]:
    """One server per security protocol newswire can speak (``NEWSWIRE_KAFKA_SECURITY_*``)."""
    sasl = [{"$ref": f"#/components/securitySchemes/{name}"} for name, _ in _SASL_SCHEMES.values()]
    security = {
        SecurityProtocol.PLAINTEXT: ("kafka", []),
        SecurityProtocol.SASL_PLAINTEXT: ("kafka", sasl),
        SecurityProtocol.SSL: (
            "kafka-secure",
            [{"$ref": "#/components/securitySchemes/mutualTls"}],
        ),
        SecurityProtocol.SASL_SSL: ("kafka-secure", sasl),
    }
    servers: dict[str, Any] = {}
    for protocol in SecurityProtocol:
        kind, schemes = security[protocol]
        server: dict[str, Any] = {
            "host": "{bootstrap}",
            "protocol": kind,
            "description": (
                f"`NEWSWIRE_KAFKA_SECURITY_PROTOCOL={protocol.value}`"
                + (
                    "; the client certificate (`NEWSWIRE_KAFKA_SSL_CERTFILE`/`_KEYFILE`) is "
                    "optional, the CA bundle is `NEWSWIRE_KAFKA_SSL_CAFILE`."
                    if protocol is SecurityProtocol.SSL
                    else "."
                )
            ),
            "variables": {
                "bootstrap": {
                    "default": "localhost:9092",
                    "description": "`NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS`",
                }
            },
        }
        if schemes:
            server["security"] = schemes
        servers[protocol.value.lower().replace("_", "-")] = server
    return servers


def _security_schemes() -> dict[str, Any]:
    schemes: dict[str, Any] = {
        name: {
            "type": kind,
            "description": (
                f"SASL {mechanism.value} (`NEWSWIRE_KAFKA_SASL_MECHANISM`), user and password "
                "in `NEWSWIRE_KAFKA_SASL_USERNAME` / `NEWSWIRE_KAFKA_SASL_PASSWORD`."
            ),
        }
        for mechanism, (name, kind) in _SASL_SCHEMES.items()
    }
    schemes["mutualTls"] = {
        "type": "X509",
        "description": "TLS client certificate (`NEWSWIRE_KAFKA_SSL_CERTFILE`, `_KEYFILE`).",
    }
    return schemes


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part.title() for part in rest)
