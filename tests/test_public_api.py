"""The public surface: ``__all__`` is sorted, complete and importable."""

from __future__ import annotations

import importlib

import itglue_async


def test_all_is_sorted() -> None:
    """__all__ is sorted the way ruff keeps it: CONSTANTS, then Classes, then the rest."""

    def key(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert itglue_async.__all__ == sorted(itglue_async.__all__, key=key)


def test_all_names_import() -> None:
    """Every name in __all__ exists on the package."""
    for name in itglue_async.__all__:
        assert hasattr(itglue_async, name), name


def test_all_is_complete() -> None:
    """Every public name defined in the package namespace is listed in __all__."""
    public = {n for n in vars(itglue_async) if not n.startswith("_")}
    modules = {"models", "testing", "bluetally", "cli", "mcp"}
    assert public - set(itglue_async.__all__) - modules == set()


def test_design_errors_are_exported() -> None:
    """The error names of the design contract are importable from the package."""
    names = [
        "ITGlueError",
        "APIError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "UnsupportedMediaTypeError",
        "UnprocessableEntityError",
        "RateLimitError",
        "ServerError",
        "APIConnectionError",
        "APITimeoutError",
        "RequestValidationError",
    ]
    for name in names:
        assert issubclass(getattr(itglue_async, name), Exception)
    assert issubclass(itglue_async.RequestValidationError, ValueError)


def test_models_module_exposes_design_models() -> None:
    """itglue_async.models holds the model classes the design names."""
    models = importlib.import_module("itglue_async.models")
    for name in (
        "Organization",
        "Configuration",
        "ConfigurationInterface",
        "FlexibleAsset",
        "Password",
        "UserMetric",
    ):
        assert name in models.__all__
        assert getattr(models, name).__name__ == name


def test_bluetally_surface() -> None:
    """itglue_async.bluetally exports the client, ROUTES, models and the shared errors."""
    bluetally = importlib.import_module("itglue_async.bluetally")
    for name in bluetally.__all__:
        assert hasattr(bluetally, name), name
    for name in ("BlueTally", "ROUTES", "models", "RateLimit", "APIError", "NotFoundError"):
        assert name in bluetally.__all__
    assert bluetally.APIError is itglue_async.APIError
    assert "Asset" in bluetally.models.__all__
