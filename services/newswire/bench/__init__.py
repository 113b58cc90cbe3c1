"""Benchmarks (``make bench``): they print figures and never assert a timing."""
