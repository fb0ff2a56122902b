"""Generated docstrings read as prose: no dangling example intros, no boilerplate filters."""

from __future__ import annotations

import inspect

import pytest

from itglue_async._generated.itglue import resources

VERBS = ("list", "get", "create", "update", "delete", "bulk_update", "bulk_destroy")
METHODS = [
    (f"{cls}.{verb}", getattr(getattr(resources, cls), verb))
    for cls in resources.__all__
    for verb in VERBS
    if hasattr(getattr(resources, cls), verb)
]


@pytest.mark.parametrize(("where", "method"), METHODS, ids=[w for w, _ in METHODS])
def test_no_paragraph_ends_with_a_colon(where: str, method: object) -> None:
    """No paragraph introduces an example the docstring does not show."""
    doc = inspect.getdoc(method) or ""
    for paragraph in doc.split("\n\n"):
        if paragraph.strip().startswith("Args:"):
            continue
        assert not paragraph.rstrip().endswith(":"), f"{where}: {paragraph[-60:]!r}"


def test_filter_arguments_name_their_keys() -> None:
    """Each ``filter`` argument lists the filters of its route, not a generic sentence."""
    documented = [inspect.getdoc(m) or "" for _, m in METHODS]
    with_filters = [d for d in documented if "\n    filter:" in d]
    assert len(with_filters) > 40
    assert all("keys:" in d for d in with_filters)
    assert not any("filters by name" in d for d in documented)
