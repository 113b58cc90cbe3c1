"""Dev tooling, kept apart from the service: nothing in the running service imports it.

- ``harness.py``  the one harness tests and benchmarks share (broker, service process, topics,
                  publishing inputs, reading outputs read_committed);
- ``up.py``       ``newswire up`` (``make run``): broker, service, replay, results shown;
- ``replay.py``   ``newswire replay``: files, folders and JSON Lines published to the raw topic.
"""
