"""Contributor entry point: ``nox -l`` lists the sessions."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typing", "codegen"]
nox.options.default_venv_backend = "venv"


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install("ruff>=0.5")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict on the package (generated code included) and the typed usage file."""
    session.install("-e", ".[dev]")
    session.run("mypy")


@nox.session
def codegen(session: nox.Session) -> None:
    """Fail when the generated code or the spec drifted from their sources."""
    session.install("-e", ".[codegen]")
    session.run("python", "-m", "codegen", "--check")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against the loopback fake; one table of ratios (``-- --write-readme`` to keep it)."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "tests.bench", *session.posargs)


@nox.session
def mutants(session: nox.Session) -> None:
    """Mutation testing of the modules whose promises the README states (not part of CI).

    mutmut 3 mutates ``_limiter``, ``_retry``, ``_bulk``, ``_pagination``, ``_validation`` and
    the dialects (``[tool.mutmut]`` in pyproject.toml), runs only the tests that cover each
    mutant, and prints the survivors; ``mutants.md`` explains every one of them.
    """
    session.install("-e", ".[test]", "mutmut>=3.3,<4")
    session.run("mutmut", "run", "--max-children", "2", *session.posargs)
    session.run("mutmut", "results")
