"""Validation before sending: bad input raises RequestValidationError and sends nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import respx

from itglue_async import ITGlue, RequestValidationError
from tests.conftest import BASE

pytestmark = pytest.mark.anyio

CASES: list[tuple[str, Callable[[ITGlue], Any], str]] = [
    ("unknown filter", lambda c: c.configurations.list(filter={"nope": 1}), "valid filters"),
    ("wrong filter type", lambda c: c.configurations.list(filter={"id": "x"}), "integer"),
    (
        "enum violation",
        lambda c: c.configurations.list(filter={"psa_integration_type": "x"}),
        "one of",
    ),
    ("unknown sort", lambda c: c.configurations.list(sort="-nope"), "valid"),
    ("unknown include", lambda c: c.configurations.list(include=["nope"]), "valid"),
    ("page size", lambda c: c.configurations.list(page_size=1001), "1 to 1000"),
    ("flexible assets type filter", lambda c: c.flexible_assets.list(), "flexible_asset_type_id"),
    ("missing required attribute", lambda c: c.configurations.create({"name": "x"}), "required"),
    ("wrong attribute type", lambda c: c.configurations.update(1, {"name": 123}), "string"),
    (
        "not permitted in PATCH",
        lambda c: c.configurations.update(1, {"configuration_interfaces": []}),
        "not an attribute",
    ),
    ("unknown attribute", lambda c: c.configurations.update(1, {"nmae": "x"}), "valid"),
    ("null on non-nullable", lambda c: c.configurations.update(1, {"name": None}), "null"),
    ("bulk item without id", lambda c: c.configurations.bulk_update([{"name": "x"}]), "id"),
    (
        "ids and filter",
        lambda c: c.configurations.bulk_destroy([1], filter={"id": 1}),
        "never both",
    ),
    ("attachment type", lambda c: c.attachments.create("nope", 1, b"x"), "one of"),
    ("bad file", lambda c: c.attachments.create("configurations", 1, 42), "pathlib.Path"),
    ("body not a mapping", lambda c: c.organizations.create(42), "mapping"),
    ("update body not a mapping", lambda c: c.organizations.update(1, "x"), "mapping"),
    ("bulk item not a mapping", lambda c: c.configurations.bulk_update([7]), r"items\[0\]"),
    (
        "required parent passed as None",
        lambda c: c.configuration_interfaces.list(configuration_id=None),
        "configuration_id",
    ),
]


@pytest.mark.parametrize(("name", "call", "words"), CASES, ids=[c[0] for c in CASES])
async def test_refused_before_sending(
    client: ITGlue, name: str, call: Callable[[ITGlue], Any], words: str
) -> None:
    """The call raises a ValueError naming the problem, and no request leaves the client."""
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        mock.route().respond(json={"data": []})
        with pytest.raises(RequestValidationError, match=words) as info:
            result = call(client)
            if isinstance(result, Awaitable):
                await result
        assert isinstance(info.value, ValueError)
        assert not mock.calls
