"""Benchmarks against the loopback fake: ``python -m tests.bench`` (wrapped by ``nox -s bench``)."""
