"""Dev tooling, apart from the service: the harness that tests and benchmarks share."""
