"""Decoding: the same models with and without orjson, no empty containers, nothing dropped."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
from typing import Any

import attrs
import orjson
import pytest

from itglue_async import ITGlue, models
from itglue_async._converter import structurer
from itglue_async._json import loads
from itglue_async._jsonapi import kebab
from itglue_async._model import EMPTY
from itglue_async.testing import FakeITGlue

pytestmark = pytest.mark.anyio
API = ITGlue._api


async def _pages() -> list[bytes]:
    fake = FakeITGlue(rate_limit=None)
    fake.populate(organizations=5, configurations=300, passwords=50, seed=4)
    out = []
    async with fake.client() as client:
        for path, params in (
            ("/configurations", {"page[size]": "300", "include": "configuration_interfaces"}),
            ("/passwords", {"page[size]": "50"}),
            ("/organizations", {}),
        ):
            response = await client._http.get(
                fake.base_url + path, params=params, headers={"x-api-key": "fake-api-key"}
            )
            out.append(response.content)
    return out


def _models(payload: Any, model: type[Any]) -> list[Any]:
    return API.dialect.decode(payload, model, API.models, many=True).items


async def test_orjson_and_the_standard_library_give_identical_models() -> None:
    """Pages decoded from orjson.loads and json.loads give equal models, included ones too."""
    for content, model in zip(
        await _pages(), (models.Configuration, models.Password, models.Organization), strict=True
    ):
        via_orjson = _models(orjson.loads(content), model)
        via_json = _models(json.loads(content), model)
        assert via_orjson == via_json and len(via_json) > 0
        assert [m.extra for m in via_orjson] == [m.extra for m in via_json]
        assert [[r.id for r in m.related("configuration_interfaces")] for m in via_orjson] == [
            [r.id for r in m.related("configuration_interfaces")] for m in via_json
        ]


def test_what_orjson_refuses_the_standard_library_still_reads() -> None:
    """NaN, which orjson refuses, is read by the fallback as before; garbage is a ValueError."""
    assert str(loads(b'{"a": NaN, "b": [1, 2.5, "x"]}')["a"]) == "nan"
    assert loads(b'{"a": 9223372036854775807}') == {"a": 2**63 - 1}
    with pytest.raises(ValueError):
        loads(b"<html>")


def test_records_without_extras_share_one_empty_mapping() -> None:
    """A record with only declared attributes carries no dict of its own for extra/relationships."""
    raw = {"data": [{"id": "1", "type": "organizations", "attributes": {"name": "A"}}] * 2}
    first, second = _models(raw, models.Organization)
    assert first.extra is EMPTY and second.extra is EMPTY and first.relationships is EMPTY


def test_fast_path_keeps_types_unknown_keys_and_bad_values() -> None:
    """Declared values are typed, undeclared keys kept, values that do not fit kept in extra."""
    attributes = {
        "name": "Acme",
        "created-at": "2026-01-05T10:00:00.000Z",
        "updated-at": "not a time",
        "organization-status-id": "12",
        "brand-new-attribute": [1, 2],
        "short_name": "py-spelled",
    }
    (org,) = _models(
        {"data": [{"id": "9", "type": "organizations", "attributes": attributes}]},
        models.Organization,
    )
    assert org.id == 9 and org.name == "Acme"
    assert org.created_at == dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC)
    assert org.updated_at is None and org.extra["updated-at"] == "not a time"
    assert org.organization_status_id == 12
    assert org.extra["brand-new-attribute"] == [1, 2]
    assert org.short_name == "py-spelled"


def test_sniffio_is_a_runtime_dependency() -> None:
    """sniffio stays declared: without it httpcore probes for it on every request, slower."""
    requires = importlib.metadata.requires("itglue-async") or []
    runtime = [r.split(";")[0].strip() for r in requires if "extra ==" not in r]
    assert any(r.startswith("sniffio") for r in runtime)


async def test_records_of_one_type_share_one_type_name() -> None:
    """A page's records hold one shared type string, not a copy each (memory for bulk jobs)."""
    content = (await _pages())[0]
    page = API.dialect.decode(json.loads(content), models.Configuration, API.models, many=True)
    odd = {**json.loads(content)["data"][0], "@extra": 1}  # the slow path (kept members)
    slow = _models({"data": [odd, odd]}, models.Configuration)
    for items in (page.items, page.included, slow):
        assert len(items) > 1
        assert len({id(m.wire_type) for m in items if m.wire_type == items[0].wire_type}) == 1


def _all_models() -> set[type[Any]]:
    from itglue_async.bluetally import BlueTally

    return set(API.models.values()) | set(BlueTally._api.models.values())


def test_models_have_nothing_init_would_do_beyond_setting_fields() -> None:
    """Decoding builds models without __init__, which is right only while no model has a
    validator, a converter, a factory default or a post-init hook: this keeps that true."""
    for cls in _all_models():
        assert not hasattr(cls, "__attrs_post_init__"), cls
        for field in attrs.fields(cls):
            assert field.validator is None and field.converter is None, (cls, field.name)
            assert not isinstance(field.default, attrs.Factory), (cls, field.name)  # type: ignore[arg-type]


async def test_models_built_without_init_equal_what_init_builds() -> None:
    """Every decoded model (live-shaped pages, unknown keys and dates included) equals, field
    for field and in its repr, the model __init__ builds from the same values."""
    extras = 0
    for content, model in zip(
        await _pages(), (models.Configuration, models.Password, models.Organization), strict=True
    ):
        decoded = _models(orjson.loads(content), model)
        extras += sum(1 for m in decoded if m.extra)  # unknown keys take a path of their own
        for item in decoded:
            values = {f.name: getattr(item, f.name) for f in attrs.fields(type(item)) if f.init}
            rebuilt = type(item)(**values)
            assert rebuilt == item and repr(rebuilt) == repr(item)
            assert rebuilt.extra == item.extra and rebuilt.relationships == item.relationships
    assert extras > 0


def test_dates_and_timestamps_parse_on_the_fast_path() -> None:
    """A date given as a full timestamp keeps its day; a value that is no date goes to extra."""
    build = structurer(models.Configuration, kebab)
    item = build(
        {"purchased-at": "2021-02-10T00:00:00Z", "installed-at": "not a date", "name": "x"},
        1,
        "configurations",
        None,
        None,
    )
    assert item.purchased_at == dt.date(2021, 2, 10) and item.installed_at is None
    assert item.extra == {"installed-at": "not a date"} and item.name == "x"
